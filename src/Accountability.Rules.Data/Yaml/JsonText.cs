using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Accountability.Rules.Data.Yaml;

/// <summary>
/// JSON text on one line, with text outside ASCII written as it is (a YAML double-quoted scalar takes the
/// same escapes). Written with <see cref="Utf8JsonWriter"/>, not the reflection-based serializer, which a
/// trimmed, natively compiled command does not have.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A string as a JSON string: quoted, with JSON escapes.</summary>
    public static string Quote(string text) => Write(text, static (writer, value) => writer.WriteStringValue(value));

    /// <summary>A JSON value as compact text.</summary>
    public static string Compact(JsonElement element) => Write(element, static (writer, value) => value.WriteTo(writer));

    private static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
