using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>
/// The CLI's JSON with its <c>explanation</c> made order-free: each firing without its sequence
/// number and with its matched facts sorted, the firings sorted. Two engines may fire activations of equal rank in another order; everything
/// else of the result must be the same, in the same order.
/// </summary>
internal static class ResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string OrderFree(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (root["explanation"] is JsonArray explanation)
        {
            var entries = explanation
                .Select(e =>
                {
                    var entry = e!.DeepClone().AsObject();
                    entry.Remove("sequence");
                    if (entry["matched"] is JsonArray matched)
                    {
                        // The facts a firing matched form a set: an aggregate collects them in the order they came.
                        entry["matched"] = new JsonArray([.. matched.Select(m => m!.GetValue<string>()).Order(StringComparer.Ordinal).Select(m => (JsonNode)JsonValue.Create(m))]);
                    }

                    return entry.ToJsonString(Options);
                })
                .Order(StringComparer.Ordinal)
                .Select(text => JsonNode.Parse(text))
                .ToArray();
            root["explanation"] = new JsonArray(entries);
        }

        return root.ToJsonString(Options);
    }
}
