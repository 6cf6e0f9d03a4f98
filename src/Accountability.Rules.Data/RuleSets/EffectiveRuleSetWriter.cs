using System.Globalization;
using System.Text;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Writes an effective ruleset (an overlay chain resolved into one) as YAML for reading: its
/// identity, parents and content hash, its declarations, the changes it applied with their
/// citations, and every rule in declaration order with its citation, policy, period, table row and
/// conditions and actions in expression form. The output is deterministic: the same chain always
/// gives the same text. It documents the ruleset; it is not meant to be loaded again.
/// </summary>
internal static class EffectiveRuleSetWriter
{
    /// <summary>The YAML text of a loaded ruleset.</summary>
    public static string Write(LoadedRuleSet loaded)
    {
        var d = loaded.Definition;
        var w = new StringBuilder();
        w.Append("# Effective ruleset ").Append(d.Id).Append(' ').Append(d.Version)
            .Append(d.Parents.IsEmpty ? string.Empty : " (" + string.Join(" <- ", d.Parents.Select(p => p.ToString())) + " with its changes applied)")
            .Append('\n');
        w.Append("ruleset:\n");
        Line(w, 1, "id", d.Id);
        Line(w, 1, "version", d.Version);
        Line(w, 1, "title", d.Title);
        Line(w, 1, "titleEnglish", d.TitleEnglish);
        w.Append("  inForce: { from: ").Append(Date(d.InForceFrom)).Append(d.InForceTo is { } to ? ", to: " + Date(to) : string.Empty).Append(" }\n");
        Line(w, 1, "cites", d.InForceCitation?.ToString());
        if (!d.Parents.IsEmpty)
        {
            w.Append("  parents: [").Append(string.Join(", ", d.Parents.Select(p => Quote(p.ToString())))).Append("]\n");
        }

        Line(w, 1, "contentHash", d.ContentHash);
        w.Append("documents:\n");
        foreach (var document in d.Documents)
        {
            w.Append("  - id: ").Append(document.Id).Append('\n');
            Line(w, 2, "title", document.Title);
            Line(w, 2, "number", document.Number);
            Line(w, 2, "source", document.Source);
        }

        if (!d.Policies.IsEmpty)
        {
            w.Append("policies:\n");
            foreach (var policy in d.Policies)
            {
                w.Append("  - id: ").Append(policy.Id).Append('\n');
                Line(w, 2, "title", policy.Title);
                Line(w, 2, "statement", policy.Statement);
                Line(w, 2, "cites", policy.Citation?.ToString());
            }
        }

        w.Append("conventions:\n");
        Line(w, 1, "currency", d.Currency);
        Line(w, 1, "calendar", d.CalendarId);
        if (!d.Boundaries.IsEmpty)
        {
            w.Append("  boundaries: { ").Append(string.Join(", ", d.Boundaries.Select(b => $"{b.Word}: {(b.Inclusive ? "inclusive" : "exclusive")}"))).Append(" }\n");
        }

        Codes(w, "tiers", d.Tiers, 0);
        Codes(w, "responsibilities", d.Responsibilities, 0);
        if (!d.CodeLists.IsEmpty)
        {
            w.Append("codes:\n");
            foreach (var (name, codes) in d.CodeLists)
            {
                Codes(w, name, codes, 1);
            }
        }

        if (!loaded.Changes.IsEmpty)
        {
            w.Append("changes:\n");
            foreach (var change in loaded.Changes)
            {
                w.Append("  - ").Append(change.Kind).Append(": ").Append(Quote(change.Target)).Append('\n');
                Line(w, 2, "cites", change.Citation.ToString());
                w.Append("    rules: [").Append(string.Join(", ", change.RuleIds.Select(Quote))).Append("]\n");
                if (!change.DroppedCodes.IsDefaultOrEmpty)
                {
                    w.Append("    codesDropped: [").Append(string.Join(", ", change.DroppedCodes.Select(Quote))).Append("]\n");
                }
            }
        }

        w.Append("rules:\n");
        foreach (var rule in d.Rules)
        {
            Rule(w, rule, loaded.Rows.TryGetValue(rule.Id, out var row) ? row.RowId : null);
        }

        return w.ToString();
    }

    private static void Rule(StringBuilder w, RuleDefinition rule, string? row)
    {
        w.Append("  - id: ").Append(Quote(rule.Id)).Append('\n');
        Line(w, 2, "title", rule.Title);
        Line(w, 2, "cites", rule.Citation.ToString());
        Line(w, 2, "row", row);
        w.Append("    salience: ").Append(rule.Salience.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Line(w, 2, "policy", rule.PolicyId);
        if (rule.InForceFrom is not null || rule.InForceTo is not null)
        {
            w.Append("    inForce: { ").Append(string.Join(", ", new[] { rule.InForceFrom is { } f ? "from: " + Date(f) : null, rule.InForceTo is { } t ? "to: " + Date(t) : null }.OfType<string>())).Append(" }\n");
        }

        w.Append("    when:\n");
        foreach (var element in rule.Conditions)
        {
            w.Append("      - ").Append(Quote(Element(element))).Append('\n');
        }

        w.Append("    then:\n");
        foreach (var action in rule.Actions)
        {
            w.Append("      - ").Append(Quote($"assert {action.FactType}({string.Join(", ", action.Fields.Select(f => $"{f.Field}={f.Value}"))})")).Append('\n');
        }
    }

    private static string Element(RuleElement element) => element switch
    {
        PatternElement p => $"{p.Alias}: {p.Type}" + (p.Condition is null ? string.Empty : $" where {p.Condition}"),
        NotElement n => $"not {n.Alias}: {n.Type}" + (n.Condition is null ? string.Empty : $" where {n.Condition}"),
        AggregateElement a => $"{a.Alias} = {a.Function.ToString().ToLowerInvariant()}{(a.Field is null ? string.Empty : " " + a.Field)} of {a.ItemAlias}: {a.Type}" + (a.Condition is null ? string.Empty : $" where {a.Condition}"),
        _ => element.ToString() ?? string.Empty,
    };

    private static void Codes(StringBuilder w, string name, System.Collections.Immutable.ImmutableArray<CodeDefinition> codes, int level)
    {
        if (codes.IsDefaultOrEmpty && level == 0)
        {
            return;
        }

        var indent = new string(' ', level * 2);
        w.Append(indent).Append(name).Append(codes.IsDefaultOrEmpty ? ": []\n" : ":\n");
        foreach (var code in codes.IsDefault ? [] : codes)
        {
            w.Append(indent).Append("  - { code: ").Append(Quote(code.Code)).Append(", name: ").Append(Quote(code.Name));
            if (code.English is not null)
            {
                w.Append(", english: ").Append(Quote(code.English));
            }

            if (code.Citation is not null)
            {
                w.Append(", cites: ").Append(Quote(code.Citation.ToString()));
            }

            w.Append(" }\n");
        }
    }

    private static void Line(StringBuilder w, int level, string key, string? value)
    {
        if (value is not null)
        {
            w.Append(' ', level * 2).Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A YAML double-quoted scalar (JSON escapes), so any text reads back as written.</summary>
    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text, QuoteOptions);

    private static readonly System.Text.Json.JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
