using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Cases;

/// <summary>The typed case builder's methods are written from the standard catalogue and kept current.</summary>
public sealed class CaseBuilderSourceTest
{
    [Fact]
    public void GeneratedSource_IsCurrent()
    {
        var path = RepositoryRoot.Combine(CaseBuilderSource.RelativePath);
        var expected = CaseBuilderSource.Write(FactCatalog.Standard);
        if (Environment.GetEnvironmentVariable("ACCOUNTABILITY_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.ReadAllText(path) == expected,
            $"{CaseBuilderSource.RelativePath} is not what the catalogue gives: run the tests with ACCOUNTABILITY_REGENERATE=1 and commit the file.");
    }
}
