using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>A scalar of a case document: its literal text, its kind, and whether to quote it.</summary>
internal sealed class CaseScalar : CaseNode
{
    public CaseScalar(string text, ScalarKind kind, bool quoted = false)
    {
        Text = text;
        Kind = kind;
        Quoted = quoted;
    }

    /// <summary>The literal, e.g. <c>2150000.00</c> or <c>2024-06-28</c>.</summary>
    public string Text { get; }

    public ScalarKind Kind { get; }

    /// <summary>Whether the writer quotes it even where it need not (numbers and dates may be quoted in case files).</summary>
    public bool Quoted { get; }

    public static CaseScalar Of(string text) => new(text, ScalarKind.Text);

    public static CaseScalar Of(decimal number, bool quoted = false) => new(number.ToString(CultureInfo.InvariantCulture), ScalarKind.Number, quoted);

    public static CaseScalar Of(bool value) => new(value ? "true" : "false", ScalarKind.Boolean);

    public static CaseScalar Of(LocalDate date, bool quoted = false) => new(LocalDatePattern.Iso.Format(date), ScalarKind.Date, quoted);

    public static CaseScalar Of(Period period) => new(PeriodPattern.Roundtrip.Format(period), ScalarKind.Period);
}
