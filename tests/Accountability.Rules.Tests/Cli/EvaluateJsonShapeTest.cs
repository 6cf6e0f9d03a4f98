using System.Globalization;
using System.Text.Json;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>The JSON output keeps the fields other systems read; decimals are strings, dates ISO.</summary>
public sealed class EvaluateJsonShapeTest
{
    [Fact]
    public void Json_HasRulesetDateStatusAndSeverity()
    {
        using var json = Evaluate("major-loss-ratio.json");
        var root = json.RootElement;

        var ruleset = root.GetProperty("ruleset");
        Assert.Equal("yibin-2020", ruleset.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(ruleset.GetProperty("version").GetString()));
        Assert.Matches("^[0-9a-f]{64}$", ruleset.GetProperty("contentHash").GetString());
        var parent = Assert.Single(ruleset.GetProperty("parents").EnumerateArray());
        Assert.Equal("national-2016", parent.GetProperty("id").GetString());
        Assert.Equal("2025-01-20", root.GetProperty("decidedOn").GetString());
        Assert.Equal("evaluated", root.GetProperty("status").GetString());

        var loss = root.GetProperty("lossSeverity");
        Assert.Equal("major", loss.GetProperty("tier").GetString());
        Assert.Equal("4800000", loss.GetProperty("totalLoss").GetString());
        Assert.Equal("4", loss.GetProperty("assetRatio").GetString());
        Assert.Equal(JsonValueKind.Array, loss.GetProperty("notes").ValueKind);
        Assert.Equal("sasac", root.GetProperty("handling").GetProperty("authority").GetString());
    }

    [Fact]
    public void Json_PersonsHaveResponsibilitySanctionRestrictionsAndCitations()
    {
        using var json = Evaluate("major-loss-ratio.json");
        var persons = json.RootElement.GetProperty("persons");

        Assert.Equal(["P1", "P2"], persons.EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var p2 = persons[1];
        Assert.Equal("direct", p2.GetProperty("responsibility").GetString());
        Assert.Contains("降职", p2.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        var salary = p2.GetProperty("performanceSalaryDeduction");
        Assert.Equal("100", salary.GetProperty("minPercent").GetString());
        Assert.Equal("100", salary.GetProperty("maxPercent").GetString());
        Assert.False(salary.GetProperty("maxExclusive").GetBoolean());
        Assert.Equal(JsonValueKind.Object, p2.GetProperty("termIncentiveDeduction").ValueKind);
        Assert.Equal(JsonValueKind.String, p2.GetProperty("longTermIncentives").ValueKind);
        var restriction = Assert.Single(p2.GetProperty("promotionRestrictions").EnumerateArray());
        Assert.Equal("no-promotion", restriction.GetProperty("kind").GetString());
        Assert.Equal("2027-01-20", restriction.GetProperty("lastDay").GetString());
        Assert.Equal("aggravate", p2.GetProperty("adjustment").GetProperty("direction").GetString());
        Assert.Contains(
            p2.GetProperty("citations").EnumerateArray(),
            c => c.GetProperty("document").GetString() == "yibin-2020" && c.GetProperty("article").GetString() == "Art. 28(3)");
    }

    [Fact]
    public void Json_GeneralLoss_HasExclusiveMaximumAndAssetNote()
    {
        using var json = Evaluate("general-loss-unknown-assets.yaml");
        var root = json.RootElement;
        var loss = root.GetProperty("lossSeverity");

        Assert.Equal("general", loss.GetProperty("tier").GetString());
        Assert.Equal("386500.5", loss.GetProperty("totalLoss").GetString());
        Assert.Equal(JsonValueKind.Null, loss.GetProperty("assetRatio").ValueKind);
        Assert.Contains(loss.GetProperty("notes").EnumerateArray(), n => n.GetProperty("text").GetString()!.Contains("total assets unknown", StringComparison.Ordinal));
        var salary = root.GetProperty("persons")[0].GetProperty("performanceSalaryDeduction");
        Assert.Equal("0", salary.GetProperty("minPercent").GetString());
        Assert.Equal("50", salary.GetProperty("maxPercent").GetString());
        Assert.True(salary.GetProperty("maxExclusive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("persons")[0].GetProperty("termIncentiveDeduction").ValueKind);
    }

    [Fact]
    public void Json_ExplanationListsEveryFiringInOrder()
    {
        using var json = Evaluate("larger-loss.yaml");
        var explanation = json.RootElement.GetProperty("explanation").EnumerateArray().ToList();

        Assert.NotEmpty(explanation);
        Assert.Equal(Enumerable.Range(1, explanation.Count), explanation.Select(e => e.GetProperty("sequence").GetInt32()));
        Assert.All(explanation, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("rule").GetString()));
            Assert.Equal(JsonValueKind.Object, e.GetProperty("citation").ValueKind);
            Assert.NotEmpty(e.GetProperty("asserted").EnumerateArray());
        });
        Assert.Contains(explanation, e => e.GetProperty("policy").ValueKind == JsonValueKind.Object);
    }

    [Theory]
    [InlineData("larger-loss.yaml")]
    [InlineData("major-loss-ratio.json")]
    [InlineData("general-loss-unknown-assets.yaml")]
    [InlineData("out-of-scope.yaml")]
    public void Json_DecimalsAreInvariantStringsAndDatesIso(string example)
    {
        using var json = Evaluate(example);

        foreach (var (name, value) in Properties(json.RootElement))
        {
            if (value.ValueKind == JsonValueKind.Number)
            {
                Assert.True(name is "tierRank" or "rank" or "sequence", $"'{name}' is a JSON number; only ranks and sequence numbers may be.");
            }

            if (name is "totalLoss" or "assets" or "assetRatio" or "amount" or "minPercent" or "maxPercent" or "percent" && value.ValueKind == JsonValueKind.String)
            {
                var text = value.GetString()!;
                Assert.Matches(@"^-?\d+(\.\d*[1-9])?$", text);
                Assert.True(decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _), text);
            }

            if (name is "decidedOn" or "lastDay" or "inForceFrom")
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", value.GetString());
            }
        }
    }

    [Fact]
    public void Json_KeepsChineseReadable()
    {
        var outcome = CliRun.Run("evaluate", CliRun.Example("larger-loss.yaml"), "--format", "json");

        Assert.Contains("较大资产损失", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", outcome.Out, StringComparison.Ordinal);
    }

    private static JsonDocument Evaluate(string example)
    {
        var outcome = CliRun.Run("evaluate", CliRun.Example(example), "--format", "json");
        Assert.True(outcome.ExitCode is 0 or 1, outcome.ToString());
        return JsonDocument.Parse(outcome.Out);
    }

    private static IEnumerable<(string Name, JsonElement Value)> Properties(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                yield return (property.Name, property.Value);
                foreach (var nested in Properties(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in Properties(item))
                {
                    yield return nested;
                }
            }
        }
    }
}
