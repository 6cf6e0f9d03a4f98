using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets.Equivalence;

namespace Accountability.Rules.Tests.CaseGeneration;

/// <summary>
/// The first 2,000 generated cases of each ruleset cover what the case format allows under it:
/// every code of every code list a case can use, every section its rules read, every rule fired, loss totals on and
/// just below every amount threshold and ratios on every asset-ratio threshold, known, zero and
/// unknown assets, decision dates before and in the period in force, YAML and JSON.
/// </summary>
public sealed class CaseGeneratorCoverageTest
{
    /// <summary>The fields of the fixed case sections whose values are codes, and their code lists.</summary>
    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Corpus_UsesEveryCodeOfEveryUsableCodeList(string target)
    {
        var corpus = GeneratedCorpus.Of(target);
        var definition = corpus.Target.RuleSet.Definition;
        var fields = FactCatalog.Standard.Types
            .Where(t => t.Origin == FactOrigin.Input)
            .SelectMany(t => t.Fields.Where(f => !f.Input.CodeLists.IsEmpty).Select(f => (t.Name, f.Name, f.Input.CodeLists.ToArray())))
            .ToList();
        var used = new HashSet<(string List, string Code)>();
        foreach (var fact in corpus.Loaded.SelectMany(c => c.Case.Facts))
        {
            foreach (var (_, field, lists) in fields.Where(f => f.Item1 == fact.Schema.Name))
            {
                if (!fact[field].IsNull)
                {
                    used.UnionWith(lists.Select(l => (l, fact[field].AsText)));
                }
            }
        }

        var declared = definition.CodeLists.SelectMany(l => l.Value.Select(c => (List: l.Key, c.Code)))
            .Concat(definition.Responsibilities.Select(r => (List: "responsibilities", r.Code)))
            .Where(c => fields.Any(f => f.Item3.Contains(c.List)))
            .ToList();
        var missing = declared.Where(c => !used.Contains(c)).ToList();

        Assert.NotEmpty(declared);
        Assert.True(missing.Count == 0, $"Codes never generated: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Corpus_StatesEverySectionTheRulesRead_AndBothFormats(string target)
    {
        var corpus = GeneratedCorpus.Of(target);
        var read = corpus.Target.RuleSet.Definition.Rules.SelectMany(r => r.Conditions).Select(c => c.FactType)
            .Where(t => FactCatalog.Standard[t].Origin == FactOrigin.Input && t != "case")
            .ToHashSet(StringComparer.Ordinal);
        var stated = corpus.Loaded.SelectMany(c => c.Case.Facts).Select(f => f.Schema.Name).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(read);
        Assert.Empty(read.Except(stated));
        Assert.Contains(corpus.Cases, c => c.Generated.Format == CaseFormat.Json);
        Assert.Contains(corpus.Cases, c => c.Generated.Format == CaseFormat.Yaml);
    }

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Corpus_FiresEveryRuleOfTheRuleSet(string target)
    {
        var corpus = GeneratedCorpus.Of(target);
        var fired = corpus.Loaded.Take(500).AsParallel()
            .SelectMany(c => EngineRunner.Run(corpus.Target.RuleSet, new CaseRepro(c.DecidedOn, c.Case.Facts)).Firings)
            .Select(f => f[..f.IndexOf(" <= ", StringComparison.Ordinal)])
            .ToHashSet(StringComparer.Ordinal);

        var never = corpus.Target.RuleSet.Definition.Rules.Select(r => r.Id).Where(id => !fired.Contains(id)).ToList();

        Assert.True(never.Count == 0, $"Rules no generated case fires: {string.Join(", ", never)}");
    }

    [Theory]
    [MemberData(nameof(GenerationTargets.Names), MemberType = typeof(GenerationTargets))]
    public void Corpus_DecisionDatesBeforeOnAndWithinThePeriodInForce(string target)
    {
        var corpus = GeneratedCorpus.Of(target);
        var from = corpus.Target.RuleSet.Definition.InForceFrom;
        var dates = corpus.Loaded.Select(c => c.DecidedOn).ToList();

        Assert.Contains(from.PlusDays(-1), dates);
        Assert.Contains(from, dates);
        Assert.True(dates.Count(d => d < from) > 40, "Too few cases before the period in force.");
        Assert.True(dates.Count(d => d > from) > 1_500, "Too few cases in the period in force.");
    }

    [Theory]
    [InlineData("yibin-2020")]
    [InlineData("yibin-enterprise-example")]
    public void Corpus_LossTotalsOnAndAroundEveryThreshold(string target)
    {
        var corpus = GeneratedCorpus.Of(target);
        var lossTiers = corpus.Target.RuleSet.Definition.Rules.Where(r => r.Id.StartsWith("lossTiers/", StringComparison.Ordinal)).ToList();
        var amounts = Thresholds(lossTiers, "amount");
        var ratios = Thresholds(lossTiers, "assetRatioPercent");
        var totals = corpus.Loaded.Select(c => (Total: CountedTotal(c.Case.Facts), Assets: c.Case.Facts.Single(f => f.Schema.Name == "enterprise")["priorYearEndTotalAssets"].AsNullableNumber)).ToList();

        Assert.Equal(2, amounts.Length);
        Assert.Equal(2, ratios.Length);
        Assert.All(amounts, t =>
        {
            Assert.Contains(totals, c => c.Total == t);
            Assert.Contains(totals, c => c.Total == t - 0.01m);
            Assert.Contains(totals, c => c.Total == t + 0.01m);
        });
        Assert.All(ratios, r => Assert.Contains(totals, c => c.Assets > 0m && c.Total * 100m / c.Assets == r));
        Assert.Contains(totals, c => c.Assets is null);
        Assert.Contains(totals, c => c.Assets == 0m);
        Assert.Contains(totals, c => c.Total == 0m);
    }

    [Fact]
    public void Corpus_LossesOfEveryKind_AssessedAndNot()
    {
        var losses = GeneratedCorpus.Of("yibin-2020").Loaded.SelectMany(c => c.Case.Facts).Where(f => f.Schema.Name == "loss").ToList();

        Assert.All(new[] { ("direct", false), ("indirect", false), ("contingent", true), ("contingent", false), ("direct", true) }, k =>
            Assert.Contains(losses, l => l["kind"].AsText == k.Item1 && l["assessedByIntermediary"].AsBoolean == k.Item2));
    }

    [Fact]
    public void Corpus_FactorsCaseWideAndPerPerson_CircumstancesBareAndWithNotes_DecisionsOnMonthEnds()
    {
        var facts = GeneratedCorpus.Of("yibin-2020").Loaded.SelectMany(c => c.Case.Facts).ToList();

        Assert.Contains(facts, f => f.Schema.Name == "factor" && f["person"].IsNull);
        Assert.Contains(facts, f => f.Schema.Name == "factor" && !f["person"].IsNull);
        Assert.Contains(facts, f => f.Schema.Name == "circumstance" && f["note"].IsNull);
        Assert.Contains(facts, f => f.Schema.Name == "circumstance" && !f["note"].IsNull);
        Assert.Contains(facts, f => f.Schema.Name == "decision" && f["on"].AsDate.Day == 31);
        Assert.Contains(facts, f => f.Schema.Name == "decision" && f["on"].AsDate is { Month: 2, Day: 29 });
        Assert.Contains(facts, f => f.Schema.Name == "person" && !f["responsibility"].IsNull);
        Assert.Contains(facts, f => f.Schema.Name == "concurrentDeduction" && f["percent"].AsNumber == 50m);
    }

    [Fact]
    public void Generators_CoverEveryCaseSectionOfTheCatalogue()
    {
        var keys = Accountability.Rules.CaseGeneration.Sections.SectionGenerators.All.SelectMany(g => g.Keys).ToHashSet(StringComparer.Ordinal);

        var sections = FactCatalog.Standard.Types.Where(t => t.CaseSection is not null).Select(t => t.CaseSection!);

        Assert.Empty(sections.Except(keys));
    }

    /// <summary>The constants the lossTiers rules compare a field of the loss total with.</summary>
    private static ImmutableArray<decimal> Thresholds(IEnumerable<RuleDefinition> rules, string field) =>
    [
        .. rules.SelectMany(r => r.Conditions.OfType<PatternElement>())
            .SelectMany(p => Comparisons(p.Condition))
            .Where(c => c.Left is FieldExpression f && f.Field == field && c.Right is ConstantExpression)
            .Select(c => ((ConstantExpression)c.Right).Value.AsNumber)
            .Distinct(),
    ];

    private static IEnumerable<ComparisonExpression> Comparisons(ExpressionElement? expression) => expression switch
    {
        ComparisonExpression comparison => [comparison],
        LogicalExpression logical => logical.Operands.SelectMany(Comparisons),
        _ => [],
    };

    private static decimal CountedTotal(IEnumerable<Fact> facts) =>
        facts.Where(f => f.Schema.Name == "loss" && (f["kind"].AsText != "contingent" || f["assessedByIntermediary"].AsBoolean)).Sum(f => f["amount"].AsNumber);
}
