using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Suites;

/// <summary>One expectation of a test case that the result does not meet.</summary>
/// <param name="Path">Where in the result: a path of the JSON result such as <c>lossSeverity.tier</c> or <c>persons[1].measures</c>, or <c>exitCode</c>, <c>fired</c>, <c>notFired</c>.</param>
/// <param name="Location">The expectation's position in the suite.</param>
/// <param name="Expected">The expectation, as written (YAML flow style on one line).</param>
/// <param name="Actual">What the result has there, on one line (JSON for an object or a list).</param>
/// <param name="Reasons">
/// The part of the explanation behind the actual value: the firings of the rules that derived it
/// (or of the rule named under <c>fired</c> / <c>notFired</c>), one line each, with their articles,
/// policies and the facts they matched and asserted. Empty when no rule stands behind it.
/// </param>
public sealed record TestMismatch(string Path, SourceLocation Location, string Expected, string Actual, ImmutableArray<string> Reasons)
{
    /// <inheritdoc />
    public bool Equals(TestMismatch? other) =>
        other is not null && Path == other.Path && Location == other.Location && Expected == other.Expected && Actual == other.Actual && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Location, Expected, Actual, Reasons.Length);
}
