using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Json;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>Invariant, deterministic formatting of numbers, dates and citations for both renderers.</summary>
internal static class Formats
{
    /// <summary>A decimal as plain invariant text, as the JSON contract writes it (<c>3250000</c>, <c>2.5</c>).</summary>
    public static string Decimal(decimal value) => CaseResultJson.FormatDecimal(value);

    /// <summary>An amount with thousands separators, trailing zeros trimmed (<c>3,250,000</c>, <c>1,234.5</c>).</summary>
    public static string Amount(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    /// <summary>
    /// A percentage for people: exact up to four decimals (<c>2.5%</c>); longer values are cut (not
    /// rounded) to four decimals and marked approximate (<c>≈0.6211%</c>), so that a value below a
    /// boundary never reads as the boundary.
    /// </summary>
    public static string Percent(decimal value)
    {
        var cut = Math.Round(value, 4, MidpointRounding.ToZero);
        return (cut == value ? string.Empty : "≈") + Decimal(cut) + "%";
    }

    /// <summary>An ISO date, <c>2024-06-28</c>.</summary>
    public static string Date(LocalDate date) => IsoDate.Format(date);

    /// <summary>A citation; the ruleset's primary document is left out (<c>Art. 19(2)</c>, <c>national-2016 五(二)3</c>).</summary>
    public static string Citation(Citation citation, string primaryDocumentId) =>
        citation.DocumentId == primaryDocumentId ? citation.Article : $"{citation.DocumentId} {citation.Article}";

    /// <summary>
    /// A ruleset's own text that quotes an article in brackets (<c>负责实施本企业的责任追究 (Art. 37(1))</c>):
    /// each <c>(article)</c> of a citation whose document is not the ruleset's first (an inherited
    /// rule under an overlay) names its document, <c>(yibin-2020 Art. 37(1))</c>.
    /// </summary>
    public static string QualifyArticles(string text, ImmutableArray<Citation> citations, string primaryDocumentId)
    {
        foreach (var citation in citations.Where(c => c.DocumentId != primaryDocumentId))
        {
            text = text.Replace($"({citation.Article})", $"({Citation(citation, primaryDocumentId)})", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Citations and policies in brackets, e.g. <c>[Art. 19(2); policy: highest-tier-any-criterion]</c>; empty when there are none.</summary>
    public static string Brackets(ImmutableArray<Citation> citations, ImmutableArray<string> policies, string primaryDocumentId)
    {
        var parts = citations.Select(c => Citation(c, primaryDocumentId)).ToList();
        if (!policies.IsDefaultOrEmpty)
        {
            parts.Add((policies.Length == 1 ? "policy: " : "policies: ") + string.Join(", ", policies));
        }

        return parts.Count == 0 ? string.Empty : "[" + string.Join("; ", parts) + "]";
    }

    /// <summary>The brackets of a provenance.</summary>
    public static string Brackets(Provenance? source, string primaryDocumentId) =>
        source is null ? string.Empty : Brackets(source.Citations, source.PolicyIds, primaryDocumentId);

    /// <summary>
    /// A fact value as text: a number plain (<c>2.5</c>), a date ISO, a period ISO-8601, a boolean
    /// <c>true</c>/<c>false</c>, a list of texts joined with <c>, </c>; empty for the absent value.
    /// </summary>
    public static string Value(Value value) => value.Kind switch
    {
        ValueKind.Number => Decimal(value.AsNumber),
        ValueKind.Date => Date(value.AsDate),
        ValueKind.Boolean => value.AsBoolean ? "true" : "false",
        ValueKind.Period => PeriodPattern.NormalizingIso.Format(value.AsPeriod),
        ValueKind.TextList => string.Join(", ", value.AsTextList),
        ValueKind.Text => value.AsText,
        _ => string.Empty,
    };
}
