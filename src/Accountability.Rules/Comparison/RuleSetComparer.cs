using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Comparison;

/// <summary>
/// Compares two rulesets in the canonical model, item by item: two rulesets, two versions of one, or
/// a ruleset and an overlay of it (whose effective definition has its changes applied). Tables are
/// compared row by row through the rules they expand into, each named by its row.
/// </summary>
public static class RuleSetComparer
{
    /// <summary>The differences from <paramref name="left"/> to <paramref name="right"/>.</summary>
    /// <exception cref="ArgumentNullException">A ruleset is null.</exception>
    public static RuleSetDifference Compare(RuleSetDefinition left, RuleSetDefinition right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var before = Describe(left);
        var after = Describe(right);
        var differences = new List<Difference>();
        foreach (var area in before.Concat(after).Select(i => i.Area).Distinct(StringComparer.Ordinal))
        {
            Items(differences, area, before.Where(i => i.Area == area), after.Where(i => i.Area == area));
        }

        return new RuleSetDifference(
            $"{left.Id} {left.Version}",
            $"{right.Id} {right.Version}",
            [.. differences.OrderBy(d => AreaRank(d.Area)).ThenBy(d => d.Area, StringComparer.Ordinal).ThenBy(d => d.Item, StringComparer.Ordinal).ThenBy(d => d.Aspect, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// A ruleset as the comparison sees it: every item (the header, each document, policy, boundary
    /// reading, tier, responsibility type, code and rule) with its area and its aspects as text, in
    /// the comparison's order (the declarations' areas first, then the rules by the fact type they
    /// conclude, each rule in declaration order). <see cref="Compare"/> compares two of these; a
    /// side-by-side view of several rulesets (the book's comparison page) lines them up by area.
    /// </summary>
    /// <param name="ruleSet">The ruleset (its effective definition).</param>
    /// <returns>The items.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static ImmutableArray<RuleSetItem> Describe(RuleSetDefinition ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var items = new List<RuleSetItem>
        {
            Item("header", "ruleset", Header(ruleSet)),
        };
        items.AddRange(ruleSet.Documents.Select(d => Item("documents", d.Id, Document(d))));
        items.AddRange(ruleSet.Policies.Select(p => Item("policies", p.Id, Policy(p))));
        items.AddRange(ruleSet.Boundaries.Select(b => Item("boundaries", b.Word, Boundary(b))));
        items.AddRange(Scale("tiers", ruleSet.Tiers));
        items.AddRange(Scale("responsibilities", ruleSet.Responsibilities));
        foreach (var (list, codes) in ruleSet.CodeLists)
        {
            items.AddRange(codes.Select(c => Item("codes/" + list, c.Code, Code(c))));
        }

        var rules = ruleSet.Rules.Select(r => Item(Area(r), r.Id, Rule(r))).ToList();
        items.AddRange(rules.Select(r => r.Area).Distinct(StringComparer.Ordinal).SelectMany(area => rules.Where(r => r.Area == area)));
        return [.. items];
    }

    /// <summary>The area of a rule: the fact type it concludes (its first assertion), else <c>rules</c>.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The area, e.g. <c>sanction</c> or <c>tierCriterion</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public static string Area(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Actions.IsDefaultOrEmpty ? "rules" : rule.Actions[0].FactType;
    }

    /// <summary>The declarations first (header, documents, policies, boundaries, scales, code lists), then the rules by area.</summary>
    private static int AreaRank(string area) => area switch
    {
        "header" => 0,
        "documents" => 1,
        "policies" => 2,
        "boundaries" => 3,
        "tiers" => 4,
        "responsibilities" => 5,
        _ when area.StartsWith("codes/", StringComparison.Ordinal) => 6,
        _ => 7,
    };

    private static void Items(List<Difference> differences, string area, IEnumerable<RuleSetItem> left, IEnumerable<RuleSetItem> right)
    {
        var before = left.ToDictionary(i => i.Item, i => i.Aspects, StringComparer.Ordinal);
        var after = right.ToDictionary(i => i.Item, i => i.Aspects, StringComparer.Ordinal);
        foreach (var (key, aspects) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            differences.Add(new Difference(area, key, DifferenceKind.Removed, null, Whole(aspects), null));
        }

        foreach (var (key, aspects) in after.Where(a => !before.ContainsKey(a.Key)))
        {
            differences.Add(new Difference(area, key, DifferenceKind.Added, null, null, Whole(aspects)));
        }

        foreach (var (key, aspects) in after.Where(a => before.ContainsKey(a.Key)))
        {
            var old = before[key].ToDictionary(a => a.Name, a => a.Text, StringComparer.Ordinal);
            var now = aspects.ToDictionary(a => a.Name, a => a.Text, StringComparer.Ordinal);
            foreach (var aspect in old.Keys.Union(now.Keys))
            {
                var was = old.GetValueOrDefault(aspect);
                var @is = now.GetValueOrDefault(aspect);
                if (!string.Equals(was, @is, StringComparison.Ordinal))
                {
                    differences.Add(new Difference(area, key, DifferenceKind.Changed, aspect, was, @is));
                }
            }
        }
    }

    private static string Whole(ImmutableArray<ItemAspect> aspects) =>
        string.Join("; ", aspects.Where(a => a.Text.Length > 0).Select(a => $"{a.Name}: {a.Text}"));

    private static RuleSetItem Item(string area, string key, ImmutableArray<(string Aspect, string Text)> aspects) =>
        new(area, key, [.. aspects.Select(a => new ItemAspect(a.Aspect, a.Text))]);

    private static IEnumerable<RuleSetItem> Scale(string area, ImmutableArray<CodeDefinition> scale) =>
        scale.Select((c, rank) => Item(area, c.Code, Code(c).Add(("rank", (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

    private static ImmutableArray<(string, string)> Header(RuleSetDefinition d) =>
    [
        ("id", d.Id),
        ("version", d.Version),
        ("title", d.Title),
        ("inForce", $"{Date(d.InForceFrom)} to {(d.InForceTo is { } to ? Date(to) : "open")}"),
        ("inForce cites", d.InForceCitation?.ToString() ?? string.Empty),
        ("decisiveDate", string.Join(", ", d.DecisiveDates.Select(x => $"{x.FactType}.{x.Field}"))),
        ("currency", d.Currency),
        ("calendar", d.CalendarId ?? string.Empty),
        ("extends", string.Join(" <- ", d.Parents)),
    ];

    private static ImmutableArray<(string, string)> Document(DocumentReference d) =>
        [("title", d.Title), ("number", d.Number ?? string.Empty), ("source", d.Source ?? string.Empty)];

    private static ImmutableArray<(string, string)> Policy(PolicyDefinition p) =>
        [("title", p.Title), ("statement", p.Statement), ("cites", p.Citation?.ToString() ?? string.Empty)];

    private static ImmutableArray<(string, string)> Boundary(BoundaryReading b) =>
        [("inclusive", b.Inclusive ? "inclusive" : "exclusive"), ("cites", b.Citation?.ToString() ?? string.Empty), ("policy", b.PolicyId ?? string.Empty)];

    private static ImmutableArray<(string, string)> Code(CodeDefinition c) =>
        [("name", c.Name), ("english", c.English ?? string.Empty), ("cites", c.Citation?.ToString() ?? string.Empty), ("group", c.Group ?? string.Empty)];

    private static ImmutableArray<(string, string)> Rule(RuleDefinition r) =>
    [
        ("title", r.Title),
        ("cites", r.Citation.ToString()),
        ("policy", r.PolicyId ?? string.Empty),
        ("salience", r.Salience.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("inForce", r.InForceFrom is null && r.InForceTo is null ? string.Empty : $"{(r.InForceFrom is { } from ? Date(from) : "start")} to {(r.InForceTo is { } to ? Date(to) : "open")}"),
        ("when", string.Join("; ", r.Conditions.Select(RuleText.Element))),
        ("then", string.Join("; ", r.Actions.Select(RuleText.Action))),
    ];

    private static string Date(NodaTime.LocalDate date) => IsoDate.Format(date);
}

/// <summary>A rule's conditions and actions as one line of text each, for comparison and display.</summary>
internal static class RuleText
{
    public static string Element(RuleElement element) => element switch
    {
        PatternElement p => $"{p.Type} {p.Alias}{Where(p.Condition)}",
        NotElement n => $"not {n.Type}{Where(n.Condition)}",
        AggregateElement a => $"{a.Alias} = {a.Function.ToString().ToLowerInvariant()}({a.Type} {a.ItemAlias}{(a.Field is null ? string.Empty : "." + a.Field)}{Where(a.Condition)})",
        _ => element.ToString() ?? string.Empty,
    };

    public static string Action(AssertAction action) =>
        $"assert {action.FactType} {{{string.Join(", ", action.Fields.Select(f => $"{f.Field}: {f.Value}"))}}}";

    private static string Where(ExpressionElement? condition) => condition is null ? string.Empty : $" where {condition}";
}
