using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>How tables become canonical rules.</summary>
public sealed class TableExpansionTest
{
    private static RuleSetDefinition Load(string text) => LoadAssert.Loaded(RuleSetLoader.Load(text, SmallRuleSet.FileName));

    private static RuleDefinition Rule(RuleSetDefinition definition, string id) => definition.Rules.Single(r => r.Id == id);

    private static ComparisonExpression Compare(ComparisonOperator op, string field, decimal value) =>
        new(op, new FieldExpression("total", field), new ConstantExpression(Value.Of(value)));

    [Fact]
    public void LossTiers_YiShangInclusiveYiXiaExclusive_BecomeGreaterOrEqualAndLessThan()
    {
        var rule = Rule(Load(SmallRuleSet.Text), "lossTiers/larger/amount");

        var pattern = Assert.IsType<PatternElement>(Assert.Single(rule.Conditions));
        Assert.Equal(("total", "lossTotal"), (pattern.Alias, pattern.Type));
        var range = Assert.IsType<LogicalExpression>(pattern.Condition);
        Assert.True(range.All);
        Assert.Equal<ExpressionElement>(
            [Compare(ComparisonOperator.GreaterThanOrEqual, "amount", 1_000_000m), Compare(ComparisonOperator.LessThan, "amount", 10_000_000m)],
            range.Operands.AsEnumerable());
        Assert.Equal(LossTierTable.DefaultSalience, rule.Salience);
        Assert.Equal(new Citation("small-doc", "Art. 2(2)"), rule.Citation);
    }

    [Fact]
    public void LossTiers_ReadingsSwapped_BecomeGreaterThanAndLessOrEqual()
    {
        var text = SmallRuleSet.With("以上: inclusive\n    以下: exclusive", "以上: exclusive\n    以下: inclusive");

        var rule = Rule(Load(text), "lossTiers/larger/amount");

        var range = Assert.IsType<LogicalExpression>(Assert.IsType<PatternElement>(rule.Conditions[0]).Condition);
        Assert.Equal<ExpressionElement>(
            [Compare(ComparisonOperator.GreaterThan, "amount", 1_000_000m), Compare(ComparisonOperator.LessThanOrEqual, "amount", 10_000_000m)],
            range.Operands.AsEnumerable());
    }

    [Fact]
    public void LossTiers_SingleBoundAndPlainMinimum_AreSingleComparisons()
    {
        var definition = Load(SmallRuleSet.Text);

        Assert.Equal(Compare(ComparisonOperator.LessThan, "amount", 1_000_000m), ((PatternElement)Rule(definition, "lossTiers/general/amount").Conditions[0]).Condition);
        Assert.Equal(Compare(ComparisonOperator.GreaterThanOrEqual, "assetRatioPercent", 3m), ((PatternElement)Rule(definition, "lossTiers/major/assetRatio").Conditions[0]).Condition);
    }

    [Fact]
    public void LossTiers_Criterion_AssertsTierRankAndCriterion()
    {
        var action = Assert.Single(Rule(Load(SmallRuleSet.Text), "lossTiers/major/assetRatio").Actions);

        Assert.Equal("tierCriterion", action.FactType);
        Assert.Equal(
            [("tier", "'major'"), ("rank", "3"), ("criterion", "'assetRatio'")],
            action.Fields.Select(f => (f.Field, f.Value.ToString())));
    }

    [Fact]
    public void LossTiers_Combine_AssertsTheTierNoHigherCriterionBeats()
    {
        var rule = Rule(Load(SmallRuleSet.Text), "lossTiers/combine");

        Assert.Equal("highest-tier", rule.PolicyId);
        Assert.Equal(new Citation("small-doc", "Art. 2"), rule.Citation);
        Assert.Equal(LossTierTable.DefaultSalience - 10, rule.Salience);
        Assert.Equal(new PatternElement("c", "tierCriterion", null), rule.Conditions[0]);
        var not = Assert.IsType<NotElement>(rule.Conditions[1]);
        Assert.Equal("c2.rank > c.rank", not.Condition?.ToString());
        Assert.Equal("lossTier", Assert.Single(rule.Actions).FactType);
        Assert.Equal(["tier=c.tier", "rank=c.rank"], rule.Actions[0].Fields.Select(f => $"{f.Field}={f.Value}"));
    }

    [Fact]
    public void LossTiers_TableSalience_SetsCriteriaAndCombineTenBelow()
    {
        var definition = Load(SmallRuleSet.With("  combine: highest-tier\n", "  combine: highest-tier\n  salience: 95\n"));

        Assert.Equal(95, Rule(definition, "lossTiers/general/amount").Salience);
        Assert.Equal(85, Rule(definition, "lossTiers/combine").Salience);
    }

    [Fact]
    public void SanctionMatrix_YiXiaFifty_IsZeroToFiftyWithTheMaximumExcluded()
    {
        var rule = Rule(Load(SmallRuleSet.Text), "sanctionMatrix/general/direct");

        Assert.Equal(
            [
                "person=r.person", "tier='general'", "responsibility='direct'", "measures=诫勉",
                "salaryMinPercent=0", "salaryMaxPercent=50", "salaryMaxExclusive=true", "salaryDeferred=false", "nonePrescribed=false",
            ],
            Assert.Single(rule.Actions).Fields.Select(f => $"{f.Field}={f.Value}"));
        Assert.Equal("t.tier == 'general'", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
        Assert.Equal("r.responsibility == 'direct'", ((PatternElement)rule.Conditions[1]).Condition?.ToString());
        Assert.Equal(SanctionMatrixTable.DefaultSalience, rule.Salience);
    }

    [Fact]
    public void SanctionMatrix_PlainBoundsAndTermIncentive_AreInclusiveAndDeferred()
    {
        var fields = Assert.Single(Rule(Load(SmallRuleSet.Text), "sanctionMatrix/larger/direct").Actions).Fields
            .Where(f => f.Value is ConstantExpression)
            .ToDictionary(f => f.Field, f => ((ConstantExpression)f.Value).Value, StringComparer.Ordinal);

        Assert.Equal(["诫勉", "降职"], fields["measures"].AsTextList.AsEnumerable());
        Assert.Equal((50m, 100m, false), (fields["salaryMinPercent"].AsNumber, fields["salaryMaxPercent"].AsNumber, fields["salaryMaxExclusive"].AsBoolean));
        Assert.Equal((50m, 100m, true), (fields["termIncentiveMinPercent"].AsNumber, fields["termIncentiveMaxPercent"].AsNumber, fields["salaryDeferred"].AsBoolean));
        Assert.Equal("终止尚未行使的中长期激励权益", fields["longTermIncentives"].AsText);
    }

    [Fact]
    public void SanctionMatrix_NonePrescribed_HasNoMeasuresOrPay()
    {
        var action = Assert.Single(Rule(Load(SmallRuleSet.Text), "sanctionMatrix/general/leadership").Actions);

        Assert.Equal(
            ["person=r.person", "tier='general'", "responsibility='leadership'", "measures=", "salaryMaxExclusive=false", "salaryDeferred=false", "nonePrescribed=true"],
            action.Fields.Select(f => $"{f.Field}={f.Value}"));
    }

    [Fact]
    public void PromotionRestrictions_Row_AssertsARestrictionEndingAfterThePeriod()
    {
        var rule = Rule(Load(SmallRuleSet.Text), "promotionRestrictions/1/no-promotion");

        Assert.Equal("d.measure in ['诫勉']", ((PatternElement)Assert.Single(rule.Conditions)).Condition?.ToString());
        Assert.Equal(
            ["person=d.person", "kind='no-promotion'", "measure=d.measure", "on=d.on", "lastDay=Plus(d.on, P6M)", "source='accountability'"],
            Assert.Single(rule.Actions).Fields.Select(f => $"{f.Field}={f.Value}"));
        var lastDay = (CallExpression)rule.Actions[0].Fields[4].Value;
        Assert.Equal(Period.FromMonths(6), ((ConstantExpression)lastDay.Arguments[1]).Value.AsPeriod);
        Assert.Equal(PromotionRestrictionTable.DefaultSalience, rule.Salience);
    }

    [Fact]
    public void FactorEffects_Aggravating_AssertsAFindingForEachPersonConcerned()
    {
        var rule = Rule(Load(SmallRuleSet.Text), "factorEffects/1");

        Assert.Equal("f.code in ['concealed']", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
        Assert.Equal("r.person == Coalesce(f.person, r.person)", ((PatternElement)rule.Conditions[1]).Condition?.ToString());
        Assert.Equal(
            ["person=r.person", "factor=f.code", "direction='aggravating'", "terms='从重或加重'"],
            Assert.Single(rule.Actions).Fields.Select(f => $"{f.Field}={f.Value}"));
    }

    [Fact]
    public void FactorEffects_ExcludesTolerance_AssertsToleranceDenied()
    {
        var action = Assert.Single(Rule(Load(SmallRuleSet.Text), "factorEffects/2").Actions);

        Assert.Equal("toleranceDenied", action.FactType);
        Assert.Equal(["person=r.person", "ground=f.code"], action.Fields.Select(f => $"{f.Field}={f.Value}"));
    }
}
