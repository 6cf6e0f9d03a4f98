using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Json;

/// <summary>
/// The JSON contract of a <see cref="CaseResult"/>, for other systems: one object in camelCase,
/// described by the JSON Schema <see cref="Schema"/> (draft 2020-12, <c>docs/schemas/case-result.v1.schema.json</c>
/// in the repository) and versioned by <see cref="SchemaVersion"/>, which every document carries as
/// <c>schemaVersion</c>. Decimals are strings (invariant, no exponent, trailing zeros trimmed) so
/// that no reader rounds them; dates are ISO strings; absent values are <c>null</c>, never left out.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Versioning: a change a reader of the previous version can ignore (a new property, a new value of
/// an open code such as a conclusion type) raises the minor version (1.0 to 1.1); a change that can
/// break a reader (a property removed, renamed or retyped, a new <c>status</c> value, a changed
/// meaning) raises the major version (1.x to 2.0) and comes with a new schema file.
/// </remarks>
public static class CaseResultJson
{
    /// <summary>The version of the contract this library writes, <c>major.minor</c>.</summary>
    public const string SchemaVersion = "1.1";

    /// <summary>The longest decimal <see cref="FormatDecimal(decimal)"/> writes: a sign, 29 digits, a point and a leading zero.</summary>
    internal const int MaxDecimalLength = 32;

    private static readonly Lazy<string> SchemaText = new(ReadSchema);

    /// <summary>
    /// The options <see cref="Write(Stream, CaseResult)"/> and <see cref="ToJson"/> write with:
    /// indented by two spaces, line feeds, Chinese and other text as is (only the characters JSON
    /// requires escaped).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>The JSON Schema (draft 2020-12) of the contract, version <see cref="SchemaVersion"/>; embedded in the library.</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Writes a result as one JSON object to a writer the caller owns and configures; the writer is not flushed.</summary>
    /// <param name="writer">The writer, positioned where a value may start.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The writer is not where a value may start.</exception>
    public static void Write(Utf8JsonWriter writer, CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        new CaseResultJsonWriter(writer).Write(result);
    }

    /// <summary>Writes a result to a stream as UTF-8 JSON with <see cref="WriterOptions"/>, without a final line feed. The stream stays open.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The stream is not writable.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(Stream stream, CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(writer, result);
    }

    /// <summary>A result as JSON text with <see cref="WriterOptions"/>, without a final line feed.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string ToJson(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        Write(stream, result);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// A decimal as the contract writes it: invariant, no exponent, no thousands separator, trailing
    /// zeros trimmed (<c>3250000</c>, <c>386500.5</c>).
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string FormatDecimal(decimal value)
    {
        Span<byte> utf8 = stackalloc byte[MaxDecimalLength];
        return Encoding.UTF8.GetString(utf8[..FormatDecimal(value, utf8)]);
    }

    /// <summary>
    /// A decimal as <see cref="FormatDecimal(decimal)"/> writes it, formatted into UTF-8: the general
    /// format (which for a decimal has no exponent and keeps the value's scale, <c>1.50</c>) with the
    /// trailing zeros of the fraction trimmed, the same text as the custom format
    /// <c>0.############################</c>. A value whose digits fit in 64 bits (every amount and
    /// ratio of a case) is written from its digits and scale, in a fraction of the time the general
    /// format takes; any other value is the general format trimmed.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="utf8">Room for the text: <see cref="MaxDecimalLength"/> bytes hold any decimal.</param>
    /// <returns>The number of bytes written.</returns>
    internal static int FormatDecimal(decimal value, Span<byte> utf8)
    {
        if (utf8.Length < MaxDecimalLength)
        {
            throw new ArgumentException("Too little room for a decimal.", nameof(utf8));
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var digits = unchecked((uint)bits[0] | ((ulong)(uint)bits[1] << 32));
        if (bits[2] != 0)
        {
            return FormatGeneral(value, utf8);
        }

        if (digits == 0)
        {
            // Zero of any scale or sign.
            utf8[0] = (byte)'0';
            return 1;
        }

        return FormatDigits(digits, (bits[3] >> 16) & 0xFF, bits[3] < 0, utf8);
    }

    /// <summary>
    /// Writes the number <paramref name="digits"/> × 10^-<paramref name="scale"/> (not zero), the fraction's
    /// trailing zeros left out: <c>-</c> when negative, the integer part (<c>0</c> when there is none),
    /// then a point and the fraction when there is one.
    /// </summary>
    private static int FormatDigits(ulong digits, int scale, bool negative, Span<byte> utf8)
    {
        while (scale > 0 && digits % 10 == 0)
        {
            digits /= 10;
            scale--;
        }

        var written = 0;
        if (negative)
        {
            utf8[written++] = (byte)'-';
        }

        Span<byte> text = stackalloc byte[20];
        digits.TryFormat(text, out var count, default, CultureInfo.InvariantCulture);
        if (scale == 0)
        {
            text[..count].CopyTo(utf8[written..]);
            return written + count;
        }

        var whole = count - scale;
        if (whole > 0)
        {
            text[..whole].CopyTo(utf8[written..]);
            written += whole;
            utf8[written++] = (byte)'.';
            text[whole..count].CopyTo(utf8[written..]);
            return written + scale;
        }

        // Less than one: 0, the point, the zeros after it, the digits.
        utf8[written++] = (byte)'0';
        utf8[written++] = (byte)'.';
        utf8.Slice(written, -whole).Fill((byte)'0');
        written -= whole;
        text[..count].CopyTo(utf8[written..]);
        return written + count;
    }

    /// <summary>The general format of <paramref name="value"/>, the fraction's trailing zeros (and a point left last) taken off.</summary>
    private static int FormatGeneral(decimal value, Span<byte> utf8)
    {
        if (!value.TryFormat(utf8, out var written, default, CultureInfo.InvariantCulture))
        {
            throw new ArgumentException("Too little room for a decimal.", nameof(utf8));
        }

        if (utf8[..written].IndexOf((byte)'.') is var point and >= 0)
        {
            while (utf8[written - 1] == (byte)'0')
            {
                written--;
            }

            if (written - 1 == point)
            {
                written--;
            }
        }

        return written;
    }

    private static string ReadSchema()
    {
        using var stream = typeof(CaseResultJson).Assembly.GetManifestResourceStream("Accountability.Rules.Json.case-result.v1.schema.json")
            ?? throw new InvalidOperationException("The case-result schema is not embedded in the library.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
