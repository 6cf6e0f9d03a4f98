using System.Collections.Immutable;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// What one test case expects: a partial match on the JSON result (<see cref="Result"/>, the
/// entries of <c>expect:</c> other than the three below, checked against the result's schema when
/// the suite loads), the exit code <c>accountability evaluate</c> would give, and the rules that
/// must fire or must not fire.
/// </summary>
internal sealed record Expectation(
    ImmutableArray<YamlEntry> Result,
    int? ExitCode,
    SourceLocation? ExitCodeAt,
    ImmutableArray<YamlScalar> Fired,
    ImmutableArray<YamlScalar> NotFired)
{
    /// <summary>The keys of <c>expect:</c> that are not keys of the JSON result.</summary>
    public static readonly ImmutableArray<string> OwnKeys = ["exitCode", "fired", "notFired"];
}
