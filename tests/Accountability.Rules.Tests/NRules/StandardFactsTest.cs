using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.NRules;

/// <summary>The typed working-memory classes are written from the standard catalogue and kept current.</summary>
public sealed class StandardFactsTest
{
    [Fact]
    public void GeneratedSource_IsCurrent()
    {
        var path = RepositoryRoot.Combine(StandardFactsSource.RelativePath);
        var expected = StandardFactsSource.Write(FactCatalog.Standard);
        if (Environment.GetEnvironmentVariable("ACCOUNTABILITY_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.ReadAllText(path) == expected,
            $"{StandardFactsSource.RelativePath} is not what the catalogue gives: run the tests with ACCOUNTABILITY_REGENERATE=1 and commit the file.");
    }

    [Fact]
    public void Of_StandardFact_IsItsTypedClass()
    {
        var schema = FactCatalog.Standard["loss"];
        var fact = Fact.Create(schema, ("id", Value.Of("L1")), ("amount", Value.Of(1_500_000m)), ("kind", Value.Of("direct")), ("assessedByIntermediary", Value.Of(false)));

        var typed = Assert.IsType<LossFact>(RuleSetFact.Of(fact));

        Assert.Equal(("L1", 1_500_000m, "direct", false, (string?)null), (typed.Id, typed.Amount, typed.Kind, typed.AssessedByIntermediary, typed.Description));
        Assert.Same(fact, typed.Fact);
    }

    [Fact]
    public void Of_EveryStandardType_HasItsOwnClass()
    {
        var types = FactCatalog.Standard.Types.Select(RuleSetFact.TypeOf).ToList();

        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.All(FactCatalog.Standard.Types, schema => Assert.Equal(StandardFactsSource.ClassName(schema), RuleSetFact.TypeOf(schema).Name));
    }
}
