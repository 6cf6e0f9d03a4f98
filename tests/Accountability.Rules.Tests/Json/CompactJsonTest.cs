using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.Tests.Batch;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Json;

/// <summary>
/// The compact JSON of a result (the batch's rows) is its indented JSON without the indentation, to
/// the byte: also where the writer reuses the bytes of the ruleset's citations and policies written
/// once (<see cref="RulesetJson"/>) and of its texts encoded once (<see cref="RulesetTexts"/>), and a
/// writer with another encoder gets its own escaping, not those bytes.
/// </summary>
public sealed class CompactJsonTest
{
    private const int Cases = 42;

    private static readonly JsonWriterOptions Compact = CaseResultJson.WriterOptions with { Indented = false };

    [Fact]
    public void Write_Compact_IsTheIndentedJsonWithoutIndentation()
    {
        foreach (var result in Results())
        {
            var indented = CaseResultJson.ToJson(result);

            Assert.Equal(WithoutIndentation(indented), Written(result, Compact));
            Assert.Equal(WithoutIndentation(indented), Written(result, Compact));
        }
    }

    [Fact]
    public void Write_CompactWithTheRulesetsEncodedTexts_IsTheJsonWithoutThem()
    {
        var found = 0;
        foreach (var result in Results())
        {
            Assert.Equal(Written(result with { Texts = null }, Compact), Written(result, Compact));
            if (result.Status == CaseStatus.NotInForce)
            {
                continue;
            }

            var texts = result.Texts;
            Assert.NotNull(texts);
            found += result.Persons.Count(p => texts.TryGet(p.Role, out _))
                + result.Conclusions.Count(c => texts.TryGet(c.Type, out _) && c.Source.RuleIds.All(id => texts.TryGet(id, out _)));
        }

        Assert.True(found > 0, "No text of a result was the ruleset's own: the writer would encode every text again.");
    }

    [Fact]
    public void Write_CompactWithAnotherEncoder_EscapesAsThatEncoder()
    {
        var escaping = new JsonWriterOptions { Encoder = JavaScriptEncoder.Default };
        foreach (var result in Results())
        {
            var compact = Written(result, escaping);

            Assert.Equal(WithoutIndentation(Written(result, escaping with { Indented = true })), compact);
            Assert.All(compact, c => Assert.True(c < 128, $"{result.RuleSetId}: a character the default encoder escapes, as is"));
        }
    }

    /// <summary>Results of generated cases of every bundled ruleset with policies, citations and explanations, written once before.</summary>
    private static IEnumerable<CaseResult> Results()
    {
        for (var seed = 0; seed < Cases; seed++)
        {
            var loaded = CaseLoader.LoadAndResolve(BatchCases.Line(seed), "case.json", RuleSetCatalog.Bundled).Value!;
            var result = CaseEvaluator.Evaluate(TestEngine.Of(loaded.RuleSet), loaded.Case.Facts, loaded.DecidedOn, new EvaluationOptions { Explain = true });
            Written(result, Compact);
            yield return result;
        }
    }

    private static string Written(CaseResult result, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            CaseResultJson.Write(json, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>JSON text without the white space between its tokens (the text of strings kept as is).</summary>
    private static string WithoutIndentation(string json)
    {
        var text = new StringBuilder(json.Length);
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                text.Append(c);
                if (c == '\\')
                {
                    text.Append(json[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
                inString = c == '"';
            }
        }

        return text.ToString();
    }
}
