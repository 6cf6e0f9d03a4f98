using Accountability.Rules.Evaluation;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// The reasons of a result as a tree: each conclusion, the rule that drew it (its article and policy)
/// and the facts it used, down to the case's own facts; then the near misses. Built from the
/// result's explanation, whose firings name the facts they matched and asserted by the same text.
/// </summary>
internal static class ReasonsRenderer
{
    /// <summary>
    /// The result's header and its reasons (the <c>explain</c> command); with <paramref name="articleText"/>
    /// (<c>--articles</c>), then the original text of each article cited, once, in the order the rules fired, then the near misses'.
    /// </summary>
    public static string Render(CaseResult result, Func<Citation, string?>? articleText = null)
    {
        var text = new TextLines(result.PrimaryDocumentId);
        TextRenderer.Header(text, result);
        Reasons(text, result);
        if (articleText is not null)
        {
            Articles(text, result, articleText);
        }

        return text.ToString();
    }

    /// <summary>Appends the reasons tree and the near misses.</summary>
    public static void Reasons(TextLines text, CaseResult result)
    {
        var firings = result.Explanation.Where(e => !e.Withdrawn).ToList();
        var derivations = firings
            .SelectMany(e => e.Asserted.Select(fact => (Fact: fact, Entry: e)))
            .GroupBy(x => x.Fact, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Entry).ToList(), StringComparer.Ordinal);
        var used = firings.SelectMany(e => e.Matched).ToHashSet(StringComparer.Ordinal);
        var conclusions = firings.SelectMany(e => e.Asserted).Where(f => !used.Contains(f)).Distinct(StringComparer.Ordinal).ToList();

        text.Blank();
        text.Line("Reasons: each conclusion, the rule that drew it (<-) and the facts that rule used, down to the case's own facts");
        if (conclusions.Count == 0)
        {
            text.Line("  no rule fired" + (result.Explanation.IsEmpty && result.Status == CaseStatus.NotInForce ? ": the ruleset is not in force on the decision date" : string.Empty));
        }

        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var conclusion in conclusions)
        {
            Fact(text, conclusion, derivations, shown, "  ");
        }

        WithdrawnFirings(text, result);
        NearMisses(text, result);
    }

    private static void Fact(TextLines text, string fact, Dictionary<string, List<ExplanationEntry>> derivations, HashSet<string> shown, string indent)
    {
        if (!derivations.TryGetValue(fact, out var entries))
        {
            text.Line($"{indent}{fact}  (stated in the case)");
            return;
        }

        if (!shown.Add(fact))
        {
            text.Line($"{indent}{fact}  (reasons above)");
            return;
        }

        text.Line($"{indent}{fact}");
        foreach (var entry in entries)
        {
            text.Line($"{indent}  <- {entry.RuleId}: {entry.Title}", [entry.Citation], entry.Policy is { } p ? [p.Id] : []);
            foreach (var matched in entry.Matched)
            {
                Fact(text, matched, derivations, shown, indent + "     ");
            }
        }
    }

    /// <summary>Each article the reasons cite, once, with its text as the source has it.</summary>
    private static void Articles(TextLines text, CaseResult result, Func<Citation, string?> articleText)
    {
        var cited = result.Explanation.Where(e => !e.Withdrawn).Select(e => e.Citation)
            .Concat(result.Explanation.Where(e => e.Withdrawn).Select(e => e.Citation))
            .Concat(result.NearMisses.IsDefault ? [] : result.NearMisses.Select(m => m.Citation))
            .Distinct()
            .ToList();
        text.Blank();
        text.Line("Articles: the text of each article cited above, as the source text has it");
        foreach (var citation in cited)
        {
            text.Line($"  [{Formats.Citation(citation, result.PrimaryDocumentId)}]");
            foreach (var line in (articleText(citation) ?? "(the source text of this document is not available)").Split('\n'))
            {
                text.Line("    " + line);
            }
        }
    }

    private static void WithdrawnFirings(TextLines text, CaseResult result)
    {
        var withdrawn = result.Explanation.Where(e => e.Withdrawn).ToList();
        if (withdrawn.Count == 0)
        {
            return;
        }

        text.Blank();
        text.Line("Withdrawn: conclusions drawn and later withdrawn because a fact they rested on stopped holding");
        foreach (var entry in withdrawn)
        {
            text.Line($"  {string.Join(", ", entry.Asserted)} <- {entry.RuleId}: {entry.Title}", [entry.Citation], entry.Policy is { } p ? [p.Id] : []);
        }
    }

    private static void NearMisses(TextLines text, CaseResult result)
    {
        if (result.NearMisses.IsDefaultOrEmpty)
        {
            return;
        }

        text.Blank();
        text.Line("Near misses: rules a single threshold kept from firing");
        foreach (var miss in result.NearMisses)
        {
            text.Line($"  not {miss.RuleId}: {miss.Title}", [miss.Citation], miss.Policy is { } p ? [p.Id] : []);
            text.Line($"    needs {miss.Field} {miss.OperatorSymbol} {Formats.Value(miss.Threshold)}; the fact has {Formats.Value(miss.Actual)}: {miss.Fact}");
        }
    }
}
