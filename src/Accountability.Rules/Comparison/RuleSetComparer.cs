using System.Collections.Immutable;
using Accountability.Rules.Model;
using NodaTime.Text;

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
        var differences = new List<Difference>();
        Items(differences, "header", [("ruleset", Header(left))], [("ruleset", Header(right))]);
        Items(differences, "documents", Keyed(left.Documents, d => d.Id, Document), Keyed(right.Documents, d => d.Id, Document));
        Items(differences, "policies", Keyed(left.Policies, p => p.Id, Policy), Keyed(right.Policies, p => p.Id, Policy));
        Items(differences, "boundaries", Keyed(left.Boundaries, b => b.Word, Boundary), Keyed(right.Boundaries, b => b.Word, Boundary));
        Items(differences, "tiers", Scale(left.Tiers), Scale(right.Tiers));
        Items(differences, "responsibilities", Scale(left.Responsibilities), Scale(right.Responsibilities));
        foreach (var list in left.CodeLists.Keys.Union(right.CodeLists.Keys).Order(StringComparer.Ordinal))
        {
            Items(differences, "codes/" + list, Keyed(left.CodeLists.GetValueOrDefault(list, []), c => c.Code, Code), Keyed(right.CodeLists.GetValueOrDefault(list, []), c => c.Code, Code));
        }

        foreach (var area in left.Rules.Concat(right.Rules).Select(Area).Distinct(StringComparer.Ordinal))
        {
            Items(differences, area, Keyed(left.Rules.Where(r => Area(r) == area), r => r.Id, Rule), Keyed(right.Rules.Where(r => Area(r) == area), r => r.Id, Rule));
        }

        return new RuleSetDifference(
            $"{left.Id} {left.Version}",
            $"{right.Id} {right.Version}",
            [.. differences.OrderBy(d => AreaRank(d.Area)).ThenBy(d => d.Area, StringComparer.Ordinal).ThenBy(d => d.Item, StringComparer.Ordinal).ThenBy(d => d.Aspect, StringComparer.Ordinal)]);
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

    /// <summary>The area of a rule: the fact type it concludes (its first assertion), else <c>rules</c>.</summary>
    private static string Area(RuleDefinition rule) => rule.Actions.IsDefaultOrEmpty ? "rules" : rule.Actions[0].FactType;

    private static void Items(List<Difference> differences, string area, IEnumerable<(string Key, ImmutableArray<(string Aspect, string Text)> Aspects)> left, IEnumerable<(string Key, ImmutableArray<(string Aspect, string Text)> Aspects)> right)
    {
        var before = left.ToDictionary(i => i.Key, i => i.Aspects, StringComparer.Ordinal);
        var after = right.ToDictionary(i => i.Key, i => i.Aspects, StringComparer.Ordinal);
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
            var old = before[key].ToDictionary(a => a.Aspect, a => a.Text, StringComparer.Ordinal);
            var now = aspects.ToDictionary(a => a.Aspect, a => a.Text, StringComparer.Ordinal);
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

    private static string Whole(ImmutableArray<(string Aspect, string Text)> aspects) =>
        string.Join("; ", aspects.Where(a => a.Text.Length > 0).Select(a => $"{a.Aspect}: {a.Text}"));

    private static IEnumerable<(string, ImmutableArray<(string, string)>)> Keyed<T>(IEnumerable<T> items, Func<T, string> key, Func<T, ImmutableArray<(string, string)>> aspects) =>
        items.Select(i => (key(i), aspects(i)));

    private static IEnumerable<(string, ImmutableArray<(string, string)>)> Scale(ImmutableArray<CodeDefinition> scale) =>
        scale.Select((c, rank) => (c.Code, Code(c).Add(("rank", (rank + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

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

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
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
