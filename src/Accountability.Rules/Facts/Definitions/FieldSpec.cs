namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// A field of a case section as the fact definitions declare it: name, kind, whether a fact may
/// lack it, meaning, and how a case states it (<see cref="FieldInput"/>). Made with
/// <see cref="FieldShorthand.F"/> and refined with <c>Codes</c>, <see cref="OneOf"/>,
/// <see cref="AsPercent"/> and <see cref="DefaultsTo"/>. Immutable.
/// </summary>
internal sealed record FieldSpec(string Name, ValueKind Kind, bool Optional, string Description)
{
    /// <summary>How a case states the field.</summary>
    public FieldInput Input { get; init; } = FieldInput.None;

    /// <summary>The values are codes of these ruleset code lists (<see cref="FieldInput.Responsibilities"/> for the responsibility types).</summary>
    public FieldSpec Codes(string what, params string[] lists) => this with { Input = Input with { CodeLists = [.. lists], What = what } };

    /// <summary>The values are codes of one ruleset code list, named "&lt;field&gt; code" in messages.</summary>
    public FieldSpec Codes(string list) => this with { Input = Input with { CodeLists = [list] } };

    /// <summary>The value is one of a fixed vocabulary, whatever the ruleset.</summary>
    public FieldSpec OneOf(string what, params string[] values) => this with { Input = Input with { AllowedValues = [.. values], What = what } };

    /// <summary>The number is a percentage, 0 to 100.</summary>
    public FieldSpec AsPercent() => this with { Input = Input with { Percent = true } };

    /// <summary>The value when the case leaves the field out (the field is then optional in the case, never absent in the fact).</summary>
    public FieldSpec DefaultsTo(Value value) => this with { Input = Input with { Default = value } };
}
