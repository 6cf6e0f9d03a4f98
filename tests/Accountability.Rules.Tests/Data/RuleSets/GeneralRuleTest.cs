using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>The forms of <c>where</c> and <c>set</c> in general rules, and how literals are typed.</summary>
public sealed class GeneralRuleTest
{
    private const string Marker = "  - id: given-responsibility";

    private static string WithRule(string rule) => SmallRuleSet.With(Marker, rule + "\n" + Marker);

    private static RuleDefinition LoadRule(string rule, string id = "probe") =>
        LoadAssert.Loaded(RuleSetLoader.Load(WithRule(rule), SmallRuleSet.FileName)).Rules.Single(r => r.Id == id);

    [Fact]
    public void Where_Forms_BecomeComparisonsMembershipAndAbsence()
    {
        var rule = LoadRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: lossTier
                    as: t
                  - fact: loss
                    where: { kind: [direct, indirect, null], description: null, id: { ne: $t.tier }, amount: { 以上: 100, 以下: 200 } }
                then:
                  - assert: note
                    set: { text: probe }
            """);

        var pattern = Assert.IsType<PatternElement>(rule.Conditions[1]);
        Assert.Equal("_2", pattern.Alias);
        Assert.Equal(
            "(_2.kind in ['direct', 'indirect', null] and _2.description == null and _2.id != t.tier and (_2.amount >= 100 and _2.amount < 200))",
            pattern.Condition?.ToString());
    }

    [Fact]
    public void Where_NumericLookingText_StaysText()
    {
        var rule = LoadRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: loss
                    as: l
                    where: { id: 123, amount: 123 }
                then:
                  - assert: note
                    set: { text: 456 }
            """);

        var condition = Assert.IsType<LogicalExpression>(((PatternElement)rule.Conditions[0]).Condition);
        Assert.Equal(Value.Of("123"), ((ConstantExpression)((ComparisonExpression)condition.Operands[0]).Right).Value);
        Assert.Equal(Value.Of(123m), ((ConstantExpression)((ComparisonExpression)condition.Operands[1]).Right).Value);
        Assert.Equal(Value.Of("456"), ((ConstantExpression)rule.Actions[0].Fields[0].Value).Value);
    }

    [Fact]
    public void Where_OperatorMap_ReadsEveryOperatorAndNotIn()
    {
        var rule = LoadRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: decision
                    as: d
                    where: { on: { ge: 2024-01-01, lt: 2025-01-01 }, measure: { notIn: [降职] } }
                then:
                  - assert: note
                    set: { text: $d.measure }
            """);

        Assert.Equal("((d.on >= 2024-01-01 and d.on < 2025-01-01) and not d.measure in ['降职'])", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
    }

    [Fact]
    public void Where_ListFieldWithAText_TestsThatTheListContainsIt()
    {
        var rule = LoadRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                salience: 10
                when:
                  - fact: sanction
                    as: s
                    where: { measures: 降职 }
                then:
                  - assert: note
                    set: { text: demotion, subject: $s.person }
            """);

        Assert.Equal("s.measures in ['降职']", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
    }

    [Fact]
    public void Set_FunctionsAndTypedLiterals_BecomeCalls()
    {
        var rule = LoadRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                salience: 10
                when:
                  - fact: decision
                    as: d
                  - not:
                      fact: promotionRestriction
                      where: { person: $d.person }
                then:
                  - assert: restriction
                    set:
                      person: $d.person
                      kind: no-promotion
                      measure: $d.measure
                      on: $d.on
                      lastDay: { plus: [$d.on, P1Y6M] }
                      source: accountability
            """);

        var not = Assert.IsType<NotElement>(rule.Conditions[1]);
        Assert.Equal("_2.person == d.person", not.Condition?.ToString());
        var plus = Assert.IsType<CallExpression>(rule.Actions[0].Fields[4].Value);
        Assert.Equal(BuiltInFunction.Plus, plus.Function);
        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6), ((ConstantExpression)plus.Arguments[1]).Value.AsPeriod);
    }

    [Fact]
    public void Aggregate_Count_BindsTheValue()
    {
        var rule = LoadRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - aggregate:
                      fact: person
                      where: { status: retired }
                      count: true
                    as: retired
                  - fact: enterprise
                    where: { priorYearEndTotalAssets: { gt: $retired } }
                then:
                  - assert: note
                    set: { text: count }
            """);

        var aggregate = Assert.IsType<AggregateElement>(rule.Conditions[0]);
        Assert.Equal(("retired", AggregateFunction.Count, "_1item.status == 'retired'"), (aggregate.Alias, aggregate.Function, aggregate.Condition?.ToString()));
        Assert.Equal("_2.priorYearEndTotalAssets > retired", ((PatternElement)rule.Conditions[1]).Condition?.ToString());
    }

    [Fact]
    public void Where_LiteralThatDoesNotParseAsTheFieldsKind_IsAnError()
    {
        var text = WithRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: decision
                    where: { on: 2024-13-01 }
                then:
                  - assert: note
                    set: { text: x }
            """);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0209", TextPosition.Of(text, "2024-13-01"));
    }

    [Fact]
    public void Where_UnknownOperator_ErrorListsOperatorsAndDeclaredWords()
    {
        var text = WithRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: loss
                    where: { amount: { eqq: 5 } }
                then:
                  - assert: note
                    set: { text: x }
            """);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0314", TextPosition.Of(text, "eqq"));
        Assert.Equal("did you mean 'eq'? operators, declared boundary words and functions: eq, ne, lt, le, gt, ge, in, notIn, 以上, 以下, add, ceiling, coalesce, date, divide, max, min, multiply, onOrNextWorkingDay, percentOf, plus, plusWorkingDays, subtract, year", error.Hint);
    }

    [Fact]
    public void Where_UndeclaredBoundaryWord_IsAnError()
    {
        var text = WithRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: loss
                    where: { amount: { 不满: 5 } }
                then:
                  - assert: note
                    set: { text: x }
            """);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0315", TextPosition.Of(text, "不满"));
    }

    [Fact]
    public void Reference_ToAFactWithoutField_SaysToNameAField()
    {
        var text = WithRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: loss
                    as: l
                then:
                  - assert: note
                    set: { text: $l }
            """);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        var error = LoadAssert.SingleError(result, "ACR0311", TextPosition.Of(text, "$l }"));
        Assert.Equal("write $l.field, e.g. $l.id", error.Hint);
    }

    [Fact]
    public void Condition_OfUnknownForm_IsAnError()
    {
        var text = WithRule("""
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - facts: loss
                then:
                  - assert: note
                    set: { text: x }
            """);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        LoadAssert.SingleError(result, "ACR0401", TextPosition.Of(text, "facts: loss"));
    }
}
