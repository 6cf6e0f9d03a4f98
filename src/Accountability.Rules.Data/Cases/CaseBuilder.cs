using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Builds a case in C#, one typed method per case section of the standard fact catalogue
/// (<c>Loss(...)</c>, <c>Person(...)</c>, <c>Interview(...)</c> …; the methods are written from the
/// catalogue, so that every section of every ruleset has one). <see cref="Build"/> gives the case as
/// the case file loader would read it, checked the same way (types, fixed vocabularies, ranges,
/// duplicate ids, references to persons): a built case and a case file are one path. Codes of the
/// ruleset's code lists are checked when the case is resolved against its ruleset
/// (<see cref="CaseLoader.Resolve"/>). Mutable; not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var built = new CaseBuilder("yibin-2020", new LocalDate(2024, 6, 28))
///     .Enterprise(id: "E1", level: "subsidiary", priorYearEndTotalAssets: 486_000_000m)
///     .Loss("L1", 2_150_000m, "direct")
///     .Person("P1", "manager", conduct: ["decisive-role"])
///     .Build();
/// </code>
/// </example>
public sealed partial class CaseBuilder
{
    private readonly string _rulesetId;
    private readonly LocalDate _decidedOn;
    private readonly List<(string Section, bool Single, List<(string Key, object Value)> Entry)> _entries = [];

    /// <summary>Starts a case under a ruleset, decided on a date.</summary>
    /// <param name="rulesetId">The id of the ruleset the case names, e.g. <c>yibin-2020</c>.</param>
    /// <param name="decidedOn">The date responsibility is determined or the decision is made.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rulesetId"/> is <c>null</c>.</exception>
    public CaseBuilder(string rulesetId, LocalDate decidedOn)
    {
        ArgumentNullException.ThrowIfNull(rulesetId);
        _rulesetId = rulesetId;
        _decidedOn = decidedOn;
    }

    /// <summary>
    /// The case, or every problem found, as <see cref="CaseLoader.Load(string, string)"/> reports them
    /// for a file: each diagnostic names the section and field (e.g. <c>'losses.kind'</c>) and its
    /// position in the case document the builder wrote (<see cref="ToJson"/>: each field on its own line).
    /// </summary>
    /// <param name="name">The name diagnostics give the case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <c>null</c>.</exception>
    public LoadResult<CaseFile> Build(string name = "built-case.json")
    {
        ArgumentNullException.ThrowIfNull(name);
        return CaseLoader.Load(ToJson(), name);
    }

    /// <summary>The case as a case file in JSON, each field on its own line: what <see cref="Build"/> loads.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("ruleset", _rulesetId);
            json.WriteString("decidedOn", IsoDate.Format(_decidedOn));
            foreach (var (section, single) in _entries.Select(e => (e.Section, e.Single)).Distinct())
            {
                var entries = _entries.Where(e => e.Section == section).Select(e => e.Entry);
                if (single)
                {
                    // Each call writes the key again: a second call is the loader's duplicate-key error.
                    foreach (var entry in entries)
                    {
                        json.WritePropertyName(section);
                        WriteEntry(json, entry);
                    }
                }
                else
                {
                    json.WriteStartArray(section);
                    foreach (var entry in entries)
                    {
                        WriteEntry(json, entry);
                    }

                    json.WriteEndArray();
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Adds an entry to a section; fields given as <c>null</c> are left out.</summary>
    private CaseBuilder Add(string section, bool single, params (string Key, object? Value)[] fields)
    {
        _entries.Add((section, single, [.. fields.Where(f => f.Value is not null).Select(f => (f.Key, f.Value!))]));
        return this;
    }

    private static void WriteEntry(Utf8JsonWriter json, List<(string Key, object Value)> entry)
    {
        json.WriteStartObject();
        foreach (var (key, value) in entry)
        {
            json.WritePropertyName(key);
            switch (value)
            {
                case string text:
                    json.WriteStringValue(text);
                    break;
                case decimal number:
                    json.WriteNumberValue(number);
                    break;
                case bool flag:
                    json.WriteBooleanValue(flag);
                    break;
                case LocalDate date:
                    json.WriteStringValue(IsoDate.Format(date));
                    break;
                case Period period:
                    json.WriteStringValue(PeriodPattern.Roundtrip.Format(period));
                    break;
                case IEnumerable<string> items:
                    json.WriteStartArray();
                    foreach (var item in items)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    throw new InvalidOperationException($"A case builder value has a kind no section field has. Key={key} Type={value.GetType().Name}");
            }
        }

        json.WriteEndObject();
    }
}
