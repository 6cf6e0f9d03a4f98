using Accountability.Rules.Tests.TestAssets.Equivalence;

namespace Accountability.Rules.Tests.CaseGeneration;

/// <summary>Every generated case loads, through the CLI's own loading, without an error: a case the loader rejects is a generator bug.</summary>
public sealed class CaseGeneratorLoadTest
{
    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Generate_2000Cases_AllLoadWithoutErrors(string target)
    {
        var corpus = GeneratedCorpus.Of(target);

        var failures = corpus.Cases.Where(c => !c.Loaded.Succeeded).ToList();

        Assert.Equal(2_000, corpus.Cases.Length);
        Assert.True(failures.Count == 0, $"{failures.Count} of {corpus.Cases.Length} generated cases do not load; the first:{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures.Take(1).Select(f => $"{string.Join(Environment.NewLine, f.Loaded.Errors)}{Environment.NewLine}{f.Generated.Text}")));
    }

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Generate_SameSeed_SameText_OtherSeeds_OtherTexts(string target)
    {
        var generator = GenerationTargets.Named(target).Generator;

        var first = generator.Generate(5, 50).ToList();
        var again = generator.Generate(5, 50).ToList();

        Assert.Equal(first.Select(c => c.Text), again.Select(c => c.Text));
        Assert.True(first.Select(c => c.Text).Distinct(StringComparer.Ordinal).Count() >= 48);
    }
}
