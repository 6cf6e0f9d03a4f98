using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.CaseGeneration;

/// <summary>
/// A case as an engine evaluates it: its input facts (in the order the case loader gives them) and
/// the decision date. What the minimiser shrinks, and what <see cref="ToYaml"/> prints as a case file
/// a user can rerun. Immutable.
/// </summary>
/// <param name="DecidedOn">The decision date the case is evaluated as of.</param>
/// <param name="Facts">The input facts: one <c>case</c> fact (naming the ruleset), one <c>enterprise</c> fact, then the rest.</param>
public sealed record CaseRepro(LocalDate DecidedOn, ImmutableArray<Fact> Facts)
{
    /// <summary>The facts and decision date of a loaded case file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="caseFile"/> is <c>null</c>.</exception>
    public static CaseRepro From(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        return new CaseRepro(caseFile.DecidedOn, caseFile.Facts);
    }

    /// <summary>
    /// The case as a YAML case file which the case loader reads back to the same facts, in the same
    /// order, with the same decision date.
    /// </summary>
    /// <param name="comment">Lines written first, as YAML comments.</param>
    /// <exception cref="ArgumentException">
    /// A fact cannot be written in a case file: a derived type, a type no case section states, or a
    /// conduct fact of a person the facts do not have.
    /// </exception>
    public string ToYaml(IEnumerable<string>? comment = null) => YamlCaseWriter.Write(FactDocument.From(this), comment);

    /// <summary>The same case without the facts at the given positions.</summary>
    public CaseRepro Without(IEnumerable<int> positions)
    {
        var removed = positions.ToHashSet();
        return this with { Facts = [.. Facts.Where((_, i) => !removed.Contains(i))] };
    }

    /// <summary>The same case with the fact at <paramref name="position"/> replaced.</summary>
    public CaseRepro With(int position, Fact fact) => this with { Facts = Facts.SetItem(position, fact) };

    /// <summary>Value equality: the same decision date and the same facts (by their text), in the same order.</summary>
    public bool Equals(CaseRepro? other) =>
        other is not null && DecidedOn == other.DecidedOn && Facts.Select(f => f.ToString()).SequenceEqual(other.Facts.Select(f => f.ToString()), StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DecidedOn, Facts.Length);
}
