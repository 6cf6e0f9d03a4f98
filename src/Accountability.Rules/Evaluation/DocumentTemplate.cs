using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// A <c>documentLine</c> text read once into its parts: the literal texts and the placeholders
/// between them (see <see cref="DocumentFiller"/> for the placeholder syntax). The templates a
/// ruleset's rules state are read when it is compiled (<see cref="ProjectionTables.Template"/>),
/// so that filling a line appends its parts without matching the text again. Immutable.
/// </summary>
internal sealed partial class DocumentTemplate
{
    private DocumentTemplate(string text, ImmutableArray<Segment> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The line as the template writes it.</summary>
    public string Text { get; }

    /// <summary>The literal texts and placeholders, in the order of the line; empty when the line has no placeholder.</summary>
    public ImmutableArray<Segment> Segments { get; }

    /// <summary>Reads a template line.</summary>
    public static DocumentTemplate Parse(string text)
    {
        var matches = PlaceholderPattern().Matches(text);
        if (matches.Count == 0)
        {
            return new DocumentTemplate(text, []);
        }

        var segments = ImmutableArray.CreateBuilder<Segment>((2 * matches.Count) + 1);
        var end = 0;
        foreach (Match match in matches)
        {
            if (match.Index > end)
            {
                segments.Add(new Segment(text[end..match.Index], null));
            }

            var name = match.Groups["name"].Value;
            var format = match.Groups["format"].Value;
            var blank = match.Groups["blank"];
            segments.Add(new Segment(null, new Placeholder(name, format, blank.Success ? blank.Value : Blank(format, IsDateName(name)))));
            end = match.Index + match.Length;
        }

        if (end < text.Length)
        {
            segments.Add(new Segment(text[end..], null));
        }

        return new DocumentTemplate(text, segments.DrainToImmutable());
    }

    /// <summary>The blank of a placeholder without its own: a time's, a date's, or ×××.</summary>
    private static string Blank(string format, bool isDate) => format switch
    {
        "hour" => "××时",
        "halfDay" => "上(下)午××:××",
        _ => isDate ? "××××年××月××日" : "×××",
    };

    /// <summary>A field named for a date (<c>heldOn</c>, <c>materialsDue</c>) reads blank as a date: ××××年××月××日.</summary>
    private static bool IsDateName(string name) =>
        name.EndsWith("On", StringComparison.Ordinal) || name.EndsWith("Due", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>hour|halfDay))?(?:\|(?<blank>[^{}]*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    /// <summary>A literal text or a placeholder.</summary>
    /// <param name="Literal">The literal text; null for a placeholder.</param>
    /// <param name="Placeholder">The placeholder; null for a literal text.</param>
    internal readonly record struct Segment(string? Literal, Placeholder? Placeholder);

    /// <summary>A placeholder: <c>{name}</c>, <c>{name:format}</c> or <c>{name|blank}</c>.</summary>
    /// <param name="Name">The field name.</param>
    /// <param name="Format">The format of a time: <c>hour</c>, <c>halfDay</c>, or empty.</param>
    /// <param name="Blank">
    /// What the line reads when the field has no value: the placeholder's own blank (the text after a
    /// bar), else a time's (××时), a date's for a field named for one (××××年××月××日), or ×××. (A field
    /// with a date value is never without one, so its name alone tells a date.)
    /// </param>
    internal sealed record Placeholder(string Name, string Format, string Blank);
}
