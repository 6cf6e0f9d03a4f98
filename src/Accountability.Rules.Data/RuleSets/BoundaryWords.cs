using System.Collections.Immutable;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// The boundary words a text may use in ranges and which end of a range each sets: 以上 (above)
/// and 超过 (exceeding) set the lower bound; 以下 (below) and 不满 (under) set the upper bound.
/// Whether the number itself is included is the text's reading, declared in
/// <c>conventions.boundaries</c>, never assumed.
/// </summary>
internal static class BoundaryWords
{
    /// <summary>The words that may be declared.</summary>
    public static ImmutableArray<string> All { get; } = ["以上", "以下", "不满", "超过"];

    /// <summary>Whether the word sets the lower bound (otherwise the upper).</summary>
    public static bool IsLower(string word) => word is "以上" or "超过";
}
