using System.Collections.Immutable;

namespace Accountability.Rules.Facts;

/// <summary>
/// How a case file states one field of an input fact type, beyond its kind: the values it may take
/// (a fixed vocabulary, or the codes of ruleset code lists), the range of a number, and the value
/// it takes when the case leaves it out. The case reader and the check against a ruleset read these,
/// so that every case section is read and checked the one way. Immutable.
/// </summary>
internal sealed record FieldInput
{
    /// <summary>The pseudo code list of a ruleset's responsibility types (<c>responsibilities:</c>).</summary>
    public const string Responsibilities = "responsibilities";

    /// <summary>A field with no checks beyond its kind.</summary>
    public static FieldInput None { get; } = new();

    /// <summary>
    /// The ruleset code lists whose codes are valid values (checked against the ruleset the case is
    /// evaluated under); for a derived field, the code list that names its values.
    /// </summary>
    public ImmutableArray<string> CodeLists { get; init; } = [];

    /// <summary>The values the field may take whatever the ruleset (e.g. the loss kinds); empty when any.</summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];

    /// <summary>How messages name a value of the field, e.g. <c>role</c> or <c>loss kind</c>; <c>null</c> for "&lt;field&gt; code".</summary>
    public string? What { get; init; }

    /// <summary>Whether the field is a percentage (0 to 100); other numbers of a case are not negative.</summary>
    public bool Percent { get; init; }

    /// <summary>The value the field takes when the case leaves it out; <c>null</c> when it stays absent (or is required).</summary>
    public Value? Default { get; init; }
}
