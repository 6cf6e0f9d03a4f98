using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Accountability.Rules.Model;

namespace Accountability.Rules.Json;

/// <summary>
/// The compact JSON of the ruleset objects results repeat case after case (a <see cref="Citation"/>,
/// a <see cref="PolicyDefinition"/>): written once per object and reused as UTF-8 bytes. The bytes are
/// kept with their object (a <see cref="ConditionalWeakTable{TKey, TValue}"/> entry lives as long as
/// its key), so they go when the compiled ruleset holding the object goes. They are the bytes a compact
/// writer with the contract's encoder writes, so only such a writer (<see cref="Fits"/>) takes them: an
/// indented writer indents by depth, and another encoder escapes other characters. Thread-safe.
/// </summary>
internal static class RulesetJson
{
    private static readonly JsonWriterOptions Compact = CaseResultJson.WriterOptions with { Indented = false };

    private static readonly ConditionalWeakTable<object, byte[]> Encoded = new();

    /// <summary>Whether a writer writes the bytes of this class: compact, with the contract's encoder.</summary>
    public static bool Fits(Utf8JsonWriter json) => !json.Options.Indented && ReferenceEquals(json.Options.Encoder, Compact.Encoder);

    /// <summary>The compact JSON <paramref name="write"/> gives of <paramref name="value"/>, written on the first call for the object.</summary>
    public static byte[] Of<T>(T value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (Encoded.TryGetValue(value, out var bytes))
        {
            return bytes;
        }

        // Two threads may encode the same object at once: equal bytes, either kept.
        bytes = Encode(value, write);
        Encoded.AddOrUpdate(value, bytes);
        return bytes;
    }

    /// <summary>The compact JSON <paramref name="write"/> gives of <paramref name="value"/> (one value), written now and not kept.</summary>
    public static byte[] Encode<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            write(json, value);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
