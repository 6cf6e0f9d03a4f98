using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// Verification beyond loading, over the effective (canonical) ruleset: the tier table, the
/// sanction matrix and restriction periods per date slice (each period in which the set of rules
/// in force is constant), the codes rules name and define, the fact types rules read, and the
/// citations of the file. A finding about a parent's rows in an
/// overlay is reported at the overlay's first line unless the parent has the same finding itself,
/// so the hole an overlay opens is found in the overlay and a parent's own findings are not
/// repeated. Used by <see cref="Catalog.RuleSetCatalog.Validate"/>; one verifier per validation.
/// </summary>
internal sealed class RuleSetVerifier(Func<RuleSetParent, LoadedRuleSet?> parentOf)
{
    private readonly SourceLibrary _sources = new();
    private readonly Dictionary<LoadedRuleSet, ImmutableArray<Diagnostic>> _tables = [];

    /// <summary>The findings of one loaded ruleset.</summary>
    public ImmutableArray<Diagnostic> Verify(LoadedRuleSet loaded)
    {
        var findings = new List<Diagnostic>();
        var inherited = loaded.Definition.Parents.IsEmpty || parentOf(loaded.Definition.Parents[0]) is not { } parent
            ? []
            : ModelFindings(parent).Select(Key).ToHashSet(StringComparer.Ordinal);
        findings.AddRange(ModelFindings(loaded).Where(f => !inherited.Contains(Key(f))).Select(f => Place(f, loaded.File)));
        CitationCheck.Check(loaded, _sources, findings.Add);
        return [.. findings.Distinct()];
    }

    /// <summary>The findings over the tables of a ruleset, with the positions of the rows (in whichever file of the chain they are).</summary>
    private ImmutableArray<Diagnostic> ModelFindings(LoadedRuleSet loaded)
    {
        if (_tables.TryGetValue(loaded, out var known))
        {
            return known;
        }

        var findings = new List<Diagnostic>();
        var slices = Slices(loaded.Definition);
        foreach (var (from, to) in slices)
        {
            var label = slices.Count == 1 ? string.Empty : $" (rules in force {Format(from)} to {(to is { } t ? Format(t) : "open end")})";
            var rules = loaded.Definition.Rules.Where(r => r.IsInForceOn(from)).ToList();
            TierTableCheck.Check(loaded, rules, label, findings.Add);
            SanctionMatrixCheck.Check(loaded, rules, label, findings.Add);
        }

        CodeCheck.Check(loaded, FactCatalog.Standard, findings.Add);
        if (loaded.Definition.Parents.IsEmpty)
        {
            // The loader checks this for overlays; a ruleset of its own is checked here, with the same id.
            var supplied = new LoadErrors();
            RuleSetLibrary.CheckSupplied(loaded.Definition, FactCatalog.Standard, loaded.File, supplied);
            findings.AddRange(supplied.ToImmutable());
        }

        return _tables[loaded] = [.. findings.Distinct()];
    }

    /// <summary>The periods in which the set of rules in force is constant, within the ruleset's own period.</summary>
    internal static List<(LocalDate From, LocalDate? To)> Slices(RuleSetDefinition definition)
    {
        var end = definition.InForceTo;
        var starts = new SortedSet<LocalDate> { definition.InForceFrom };
        foreach (var rule in definition.Rules)
        {
            if (rule.InForceFrom is { } f)
            {
                starts.Add(f);
            }

            if (rule.InForceTo is { } t && t < LocalDate.MaxIsoValue)
            {
                starts.Add(t.PlusDays(1));
            }
        }

        var inside = starts.Where(d => d >= definition.InForceFrom && (end is not { } e || d <= e)).ToList();
        return [.. inside.Select((d, i) => (d, i + 1 < inside.Count ? inside[i + 1].PlusDays(-1) : end))];
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A finding without its position, to compare an overlay's with its parent's.</summary>
    private static string Key(Diagnostic d) => d.Id + "\n" + d.Message;

    /// <summary>A finding at a row of another file of the chain is reported at the overlay's first line (the message names the row).</summary>
    private static Diagnostic Place(Diagnostic finding, string file) =>
        finding.Location is { } at && at.File == file ? finding : finding with { Location = new SourceLocation(file, 1, 1) };

    /// <summary>The constant a rule's assertion sets a field to, when it sets a constant.</summary>
    internal static Value? Constant(AssertAction action, string field) =>
        action.Fields.FirstOrDefault(f => f.Field == field)?.Value is ConstantExpression c ? c.Value : null;

    /// <summary>The constant texts a condition allows for a field of an alias (equality or membership, through conjunctions); <c>null</c> when it does not constrain the field.</summary>
    internal static ImmutableHashSet<string>? AllowedTexts(ExpressionElement? condition, string alias, string field)
    {
        switch (condition)
        {
            case ComparisonExpression { Operator: ComparisonOperator.Equal, Left: FieldExpression l, Right: ConstantExpression { Value.Kind: ValueKind.Text } c } when l.Alias == alias && l.Field == field:
                return [c.Value.AsText];
            case MembershipExpression { Operand: FieldExpression m } member when m.Alias == alias && m.Field == field:
                return [.. member.Items.OfType<ConstantExpression>().Where(c => c.Value.Kind == ValueKind.Text).Select(c => c.Value.AsText)];
            case LogicalExpression { All: true } and:
                ImmutableHashSet<string>? result = null;
                foreach (var operand in and.Operands)
                {
                    if (AllowedTexts(operand, alias, field) is { } allowed)
                    {
                        result = result is null ? allowed : result.Intersect(allowed);
                    }
                }

                return result;
            default:
                return null;
        }
    }
}
