using System.Collections.Immutable;

namespace Accountability.Rules.Data.Cases;

/// <summary>One field of a case fact whose value must be a code of the ruleset.</summary>
/// <param name="FactType">The fact type, e.g. <c>person</c>.</param>
/// <param name="Field">The field, e.g. <c>role</c>.</param>
/// <param name="Lists">The code lists whose codes are valid (<c>responsibilities</c> for the ruleset's responsibility types).</param>
/// <param name="What">How messages name the code, e.g. <c>role</c>.</param>
internal sealed record CodeCheck(string FactType, string Field, ImmutableArray<string> Lists, string What)
{
    /// <summary>The pseudo-list name for the ruleset's responsibility types.</summary>
    public const string Responsibilities = "responsibilities";

    /// <summary>The checks a case passes against its ruleset.</summary>
    public static ImmutableArray<CodeCheck> All { get; } =
    [
        new("person", "role", ["roles"], "role"),
        new("person", "responsibility", [Responsibilities], "responsibility"),
        new("person", "status", ["personStatuses"], "person status"),
        new("conduct", "code", ["violations", "conduct"], "conduct code"),
        new("factor", "code", ["factors"], "factor"),
        new("decision", "measure", ["measures"], "measure"),
        new("circumstance", "code", ["circumstances"], "circumstance"),
    ];
}
