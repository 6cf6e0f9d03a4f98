using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Tests.TestAssets.Equivalence;

namespace Accountability.Rules.Tests.CaseGeneration;

/// <summary>A case printed as YAML reads back, through the CLI's loading, to the same facts in the same order and the same decision date.</summary>
public sealed class CaseReproYamlTest
{
    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void ToYaml_GeneratedCases_LoadBackToTheSameFacts(string target)
    {
        var corpus = GeneratedCorpus.Of(target);

        foreach (var loaded in corpus.Loaded.Take(400))
        {
            var repro = new CaseRepro(loaded.DecidedOn, loaded.Case.Facts);
            var yaml = repro.ToYaml(["printed"]);
            var reloaded = corpus.Target.Load(new GeneratedCase(target, 0, CaseFormat.Yaml, yaml));

            Assert.True(reloaded.Succeeded, $"{string.Join(Environment.NewLine, reloaded.Errors)}{Environment.NewLine}{yaml}");
            Assert.Equal(repro.Facts.Select(f => f.ToString()), reloaded.Value!.Case.Facts.Select(f => f.ToString()));
            Assert.Equal(repro.DecidedOn, reloaded.Value.DecidedOn);
            Assert.Equal(repro, new CaseRepro(reloaded.Value.DecidedOn, reloaded.Value.Case.Facts));
        }
    }

    [Fact]
    public void ToYaml_DerivedFact_Throws()
    {
        var loaded = GeneratedCorpus.Of("yibin-2020").Loaded.First();
        var note = Facts.Fact.Create(Facts.FactCatalog.Standard["note"], ("text", Facts.Value.Of("x")));

        var repro = new CaseRepro(loaded.DecidedOn, loaded.Case.Facts.Add(note));

        Assert.Throws<ArgumentException>(() => repro.ToYaml());
    }
}
