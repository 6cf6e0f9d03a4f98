using System.Text.Json;
using Accountability.Rules.Tests.Data.Verification;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary><c>accountability validate</c> end to end: verification findings in text and JSON, with positions and exit codes.</summary>
public sealed class ValidateCommandTest : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_ATierGap_Exits2WithTheFindingAtTheRow()
    {
        var text = SmallRuleSet.With("amount: { 以下: 1000000 }", "amount: { 以下: 900000 }");
        var file = Write(text);

        var outcome = CliRun.Run("validate", file);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        var (line, column) = TextPosition.Of(text, "tier: larger\n      amount");
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"{file}:{line}:{column}: error ACR1101: no row of lossTiers gives a tier to an amount of from 900,000 (included) to 1,000,000 (excluded) (hint: ", StringComparison.Ordinal));
        Assert.Contains($"ok small-2024 1.0.0: ", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_OnlyWarnings_Exits0AndPrintsThem()
    {
        var text = SmallRuleSet.Text + """

              - id: larger-major-none
                title: No rows for the rest
                cites: "Art. 5"
                when:
                  - fact: lossTier
                    where: { tier: [larger, major] }
                  - fact: personResponsibility
                    as: r
                then:
                  - assert: note
                    set: { subject: $r.person, text: "no row" }
            """;
        var file = Write(text);

        var outcome = CliRun.Run("validate", file);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains(outcome.ErrorLines, l => l.StartsWith($"{file}:", StringComparison.Ordinal) && l.Contains(": warning ACR1132: code 'severe-consequences'", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_AWrongCitation_Exits2WithTheFindingsPosition()
    {
        var text = SmallRuleSet.With("cites: \"Art. 5 ¶2\"", "cites: \"Art. 5 ¶3\"");
        var file = Write(text);

        var outcome = CliRun.Run("validate", file, "--format", "json");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        using var json = JsonDocument.Parse(outcome.Out);
        var root = json.RootElement;
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        Assert.Equal(2, root.GetProperty("exitCode").GetInt32());
        Assert.Equal("small-2024", root.GetProperty("rulesets")[0].GetProperty("id").GetString());
        var finding = Assert.Single(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "ACR1121");
        var (line, column) = TextPosition.Of(text, "\"Art. 5 ¶3\"");
        Assert.Equal(file, finding.GetProperty("file").GetString());
        Assert.Equal(line, finding.GetProperty("line").GetInt32());
        Assert.Equal(column, finding.GetProperty("column").GetInt32());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("article 5 has 2 paragraphs, not ¶3", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(outcome.Error);
    }

    [Fact]
    public void Json_BundledRulesets_Exits0Clean()
    {
        var outcome = CliRun.Run("validate", RepositoryRoot.Combine("rulesets"), "--format", "json");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        using var json = JsonDocument.Parse(outcome.Out);
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        Assert.Equal(7, json.RootElement.GetProperty("rulesets").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    private string Write(string text)
    {
        _folder.Write("docs/sources/small.txt", VerificationTest.SmallSource);
        return _folder.Write("rules/small.yaml", text).Replace('\\', '/');
    }
}
