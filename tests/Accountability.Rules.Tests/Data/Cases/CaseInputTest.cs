using System.Text;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Cases;

/// <summary>A case from a stream or from text, as a host receives one: the same case as from a file, every problem a load error.</summary>
public sealed class CaseInputTest
{
    [Theory]
    [InlineData("examples/yibin-2020/larger-loss.yaml")]
    [InlineData("examples/yibin-2020/major-loss-ratio.json")]
    public void Load_Stream_IsTheCaseTheFileGives(string example)
    {
        var path = RepositoryRoot.Combine(example);
        using var stream = File.OpenRead(path);

        var fromStream = LoadAssert.Loaded(CaseLoader.Load(stream, path));

        Assert.Equal(LoadAssert.Loaded(CaseLoader.LoadFile(path)).Facts.Select(f => f.ToString()), fromStream.Facts.Select(f => f.ToString()));
        Assert.True(stream.CanRead, "The stream is left open.");
    }

    [Fact]
    public void Load_StreamWithAByteOrderMark_ReadsTheText()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(SmallCase.Yaml)]);

        Assert.Equal("small-2024", LoadAssert.Loaded(CaseLoader.Load(stream, SmallCase.FileName)).RulesetId);
    }

    [Fact]
    public void Load_StreamLargerThanAFileMayBe_IsAnErrorAtTheStart()
    {
        using var stream = new MemoryStream(new byte[(4 * 4 * 1024 * 1024) + 1]);

        var result = CaseLoader.Load(stream, "huge.yaml");

        var error = LoadAssert.SingleError(result, "ACR0102", (1, 1));
        Assert.Equal("huge.yaml", error.Location!.File);
        Assert.Contains("more than 16777216", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StreamThatCannotBeRead_IsAnError()
    {
        using var stream = new MemoryStream();
        stream.Dispose();

        var result = CaseLoader.Load(stream, "closed.yaml");

        LoadAssert.SingleError(result, "ACR0101", (1, 1));
    }

    [Fact]
    public void LoadAndResolve_Text_ReportsStructureAndCodesTogether()
    {
        const string text = "ruleset: yibin-2020\ndecidedOn: 2024-06-28\nlosses:\n  - { id: L1, amount: lots, kind: direct }\npersons:\n  - { id: P1, role: chairman }\n";

        var result = CaseLoader.LoadAndResolve(text, "posted.yaml", RuleSetCatalog.Bundled);

        LoadAssert.HasError(result, "ACR0206", (4, 23));
        Assert.Equal("posted.yaml", LoadAssert.HasError(result, "ACR0603", (6, 21)).Location!.File);
    }

    [Fact]
    public void LoadAndResolve_Text_ResolvesTheBundledRuleset()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("examples/yibin-2020/larger-loss.yaml"));

        var resolved = LoadAssert.Loaded(CaseLoader.LoadAndResolve(text, "posted.yaml", RuleSetCatalog.Bundled));

        Assert.Equal("yibin-2020", resolved.RuleSet.Definition.Id);
        Assert.Equal(new NodaTime.LocalDate(2024, 6, 28), resolved.DecidedOn);
    }
}
