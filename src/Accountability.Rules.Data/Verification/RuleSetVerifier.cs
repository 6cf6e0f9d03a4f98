using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Data.Sources;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

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
    private readonly SourceTexts _sources = new();
    private readonly Dictionary<LoadedRuleSet, ImmutableArray<Finding>> _tables = [];

    /// <summary>
    /// The findings of one loaded ruleset; a finding the ruleset acknowledges (<c>acknowledged:</c>)
    /// for its element's current content is left out.
    /// </summary>
    public ImmutableArray<Diagnostic> Verify(LoadedRuleSet loaded)
    {
        var findings = new List<Finding>();
        var inherited = loaded.Definition.Parents.IsEmpty || parentOf(loaded.Definition.Parents[0]) is not { } parent
            ? []
            : ModelFindings(parent).Select(f => Key(f.Diagnostic)).ToHashSet(StringComparer.Ordinal);
        findings.AddRange(ModelFindings(loaded).Where(f => !inherited.Contains(Key(f.Diagnostic))).Select(f => f with { Diagnostic = Place(f.Diagnostic, loaded.File) }));
        CitationCheck.Check(loaded, _sources, (d, element) => findings.Add(new Finding(d, element)));
        return Acknowledge(loaded, findings.Distinct());
    }

    /// <summary>Leaves out the findings acknowledged for their element's current content; tells how to acknowledge the others, and reports acknowledgements that no longer hold.</summary>
    private static ImmutableArray<Diagnostic> Acknowledge(LoadedRuleSet loaded, IEnumerable<Finding> findings)
    {
        var result = new List<Diagnostic>();
        var matched = new HashSet<Acknowledgement>();
        foreach (var (diagnostic, element) in findings)
        {
            if (element is null)
            {
                result.Add(diagnostic);
                continue;
            }

            var hash = Hash(loaded, element);
            if (loaded.Acknowledgements.FirstOrDefault(a => a.Finding == diagnostic.Id && a.At == element) is not { } acknowledgement)
            {
                result.Add(diagnostic with { Hint = $"{diagnostic.Hint}; once reviewed, it can be acknowledged with {{ finding: {diagnostic.Id}, at: \"{element}\", hash: {hash}, reason: … }} under acknowledged:" });
                continue;
            }

            matched.Add(acknowledgement);
            if (acknowledgement.Hash != hash)
            {
                result.Add(diagnostic);
                result.Add(VerificationDiagnostics.AcknowledgementStale.At(acknowledgement.Start, diagnostic.Id, element, acknowledgement.Hash ?? "none", hash));
            }
        }

        foreach (var acknowledgement in loaded.Acknowledgements.Where(a => !matched.Contains(a)))
        {
            result.Add(VerificationDiagnostics.AcknowledgementUnmatched.At(acknowledgement.Start, acknowledgement.Finding, acknowledgement.At));
        }

        return [.. result.Distinct()];
    }

    /// <summary>The first 12 hex digits of the SHA-256 of an element's content (<see cref="Content"/>).</summary>
    internal static string Hash(LoadedRuleSet loaded, string element) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Content(loaded, element))))[..12];

    /// <summary>
    /// What an acknowledgement is tied to: the rules of a rule or row id; for a sanction cell, every
    /// sanction row and every rule that reads a tier; for a tier, the tiers and the tier rows; for a
    /// code, its entry; for a citation or a document, the text written. A change to any of it wakes the finding.
    /// </summary>
    private static string Content(LoadedRuleSet loaded, string element)
    {
        var definition = loaded.Definition;
        bool FromTable(RuleDefinition r, string table) => loaded.Rows.TryGetValue(r.Id, out var row) && row.Table == table;
        IEnumerable<RuleDefinition> rules = definition.Rules.Where(r => r.Id == element || (loaded.Rows.TryGetValue(r.Id, out var row) && row.RowId == element)).ToList();
        string[] parts = element.Split('/');
        if (!rules.Any() && parts[0] == "sanctionMatrix")
        {
            rules = definition.Rules.Where(r => FromTable(r, "sanctionMatrix") || r.Conditions.Any(c => c.FactType == "lossTier"));
        }
        else if (!rules.Any() && parts[0] == "tiers")
        {
            rules = definition.Rules.Where(r => FromTable(r, "lossTiers"));
        }

        var text = new StringBuilder(element).Append('\n');
        if (parts is ["tiers", ..])
        {
            text.AppendJoin(",", definition.Tiers.Select(t => t.Code)).Append('\n');
        }

        if (parts is ["codes", var list, var code] && definition.FindCode(list, code) is { } entry)
        {
            text.Append(entry).Append('|').Append(entry.English).Append('|').Append(entry.Citation).Append('|').Append(entry.Group).Append('\n');
        }

        foreach (var rule in rules)
        {
            text.Append(rule.Id).Append('|').Append(rule.Title).Append('|').Append(rule.Citation).Append('|').Append(rule.PolicyId).Append('|')
                .Append(rule.Salience).Append('|').Append(rule.InForceFrom).Append('|').Append(rule.InForceTo).Append('\n');
            foreach (var condition in rule.Conditions)
            {
                text.Append(condition switch
                {
                    PatternElement p => $"{p.Type} {p.Alias} {p.Condition}",
                    NotElement n => $"not {n.Type} {n.Alias} {n.Condition}",
                    AggregateElement a => $"aggregate {a.Type} {a.Alias} {a.ItemAlias} {a.Condition} {a.Function} {a.Field}",
                    _ => condition.FactType,
                }).Append('\n');
            }

            foreach (var action in rule.Actions)
            {
                text.Append(action.FactType).Append(": ").AppendJoin(", ", action.Fields.Select(f => $"{f.Field}={f.Value}")).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The findings over the model of a ruleset, with the positions of the rows (in whichever file of the chain they are).</summary>
    private ImmutableArray<Finding> ModelFindings(LoadedRuleSet loaded)
    {
        if (_tables.TryGetValue(loaded, out var known))
        {
            return known;
        }

        var findings = new List<Finding>();
        void Report(Diagnostic diagnostic, string? element) => findings.Add(new Finding(diagnostic, element));
        var slices = Slices(loaded.Definition);
        foreach (var (from, to) in slices)
        {
            var label = slices.Count == 1 ? string.Empty : $" (rules in force {Format(from)} to {(to is { } t ? Format(t) : "open end")})";
            var rules = loaded.Definition.Rules.Where(r => r.IsInForceOn(from)).ToList();
            TierTableCheck.Check(loaded, rules, label, Report);
            SanctionMatrixCheck.Check(loaded, rules, label, Report);
        }

        CodeCheck.Check(loaded, FactCatalog.Standard, Report);
        if (loaded.Definition.Parents.IsEmpty)
        {
            // The loader checks this for overlays; a ruleset of its own is checked here, with the same id.
            var supplied = new LoadErrors();
            RuleSetLibrary.CheckSupplied(loaded.Definition, FactCatalog.Standard, loaded.File, supplied);
            findings.AddRange(supplied.ToImmutable().Select(d => new Finding(d, null)));
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

    /// <summary>A finding and the element an acknowledgement names it by (<c>null</c>: not acknowledgeable).</summary>
    private sealed record Finding(Diagnostic Diagnostic, string? Element);

    private static string Format(LocalDate date) => IsoDate.Format(date);

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
