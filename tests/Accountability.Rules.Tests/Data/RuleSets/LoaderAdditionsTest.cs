using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>conventions.calendar, a rule's own inForce, the functions of FunctionSignature, policy on tables and rows.</summary>
public sealed class LoaderAdditionsTest
{
    private const string Calendar = "cn-mainland-holidays";

    private const string DeadlineRule = """
          - id: deadline
            title: The work plan is due within 10 working days
            cites: "Art. 9"
            salience: 10
            inForce: { from: 2024-03-01, to: 2024-12-31 }
            when:
              - fact: decision
                as: d
            then:
              - assert: restriction
                set: { person: $d.person, kind: due, measure: $d.measure, on: $d.on, lastDay: { plusWorkingDays: [$d.on, 10] }, source: test }
        """;

    private static string WithDeadline(string calendarLine = "  calendar: " + Calendar + "\n") =>
        SmallRuleSet.With("  currency: CNY\n", "  currency: CNY\n" + calendarLine) + "\n" + DeadlineRule;

    [Fact]
    public void Calendar_Known_IsNamedByTheDefinitionAndCompiledWith()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(WithDeadline(), SmallRuleSet.FileName));

        Assert.Equal(Calendar, definition.CalendarId);
        Assert.True(RuleSetCatalog.Create([definition]).TryGet("small-2024", out var compiled));
        Assert.Equal(Calendar, compiled.Calendar?.Id);
    }

    [Fact]
    public void Calendar_Unknown_ErrorListsTheCalendars()
    {
        var text = WithDeadline("  calendar: cn-holidays\n");

        var error = LoadAssert.HasError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0301", TextPosition.Of(text, "cn-holidays"));

        Assert.Contains(Calendar, error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkingDayFunction_WithoutACalendar_IsARuleProblem()
    {
        var text = WithDeadline(string.Empty);

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        Assert.Contains(result.Errors, e => e.Id == "ACR0729" && e.Message.StartsWith("rule 'deadline'", StringComparison.Ordinal));
    }

    [Fact]
    public void RuleInForce_BecomesTheRulesPeriod()
    {
        var rule = LoadAssert.Loaded(RuleSetLoader.Load(WithDeadline(), SmallRuleSet.FileName)).Rules.Single(r => r.Id == "deadline");

        Assert.Equal(new LocalDate(2024, 3, 1), rule.InForceFrom);
        Assert.Equal(new LocalDate(2024, 12, 31), rule.InForceTo);
        Assert.False(rule.IsInForceOn(new LocalDate(2024, 2, 29)));
        Assert.True(rule.IsInForceOn(new LocalDate(2024, 3, 1)));
        Assert.True(rule.IsInForceOn(new LocalDate(2024, 12, 31)));
        Assert.False(rule.IsInForceOn(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void RuleInForce_EndingBeforeItStarts_ErrorAtTo()
    {
        var text = WithDeadline().Replace("to: 2024-12-31", "to: 2024-02-01", StringComparison.Ordinal);

        LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0413", TextPosition.Of(text, "2024-02-01"));
    }

    [Fact]
    public void RuleInForce_FiresOnlyOnDatesInItsPeriod()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(WithDeadline(), SmallRuleSet.FileName));
        Assert.True(RuleSetCatalog.Create([definition]).TryGet("small-2024", out var compiled));

        string? Due(LocalDate asOf)
        {
            var session = TestEngine.Of(compiled).CreateSession(new SessionOptions { AsOf = asOf });
            session.Insert(Fact.Create(compiled.Catalog["decision"], ("person", Value.Of("P1")), ("measure", Value.Of("诫勉")), ("on", Value.Of(new LocalDate(2024, 9, 27)))));
            session.Fire();
            return session.Query("restriction").Where(f => f["kind"].AsText == "due").Select(f => f["lastDay"].ToString()).SingleOrDefault();
        }

        Assert.Null(Due(new LocalDate(2024, 2, 29)));
        Assert.Equal("2024-10-16", Due(new LocalDate(2024, 10, 1)));
        Assert.Null(Due(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Functions_WrongArity_NamesTheFunctionsShape()
    {
        var text = WithDeadline().Replace("{ plusWorkingDays: [$d.on, 10] }", "{ plusWorkingDays: [$d.on] }", StringComparison.Ordinal);

        var error = LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0402", TextPosition.Of(text, "[$d.on]"));

        Assert.Equal("write plusWorkingDays: [operand, operand]", error.Hint);
    }

    [Fact]
    public void Functions_LiteralTypedByTheParameter_TextIsNotANumber()
    {
        var text = WithDeadline().Replace("[$d.on, 10]", "[$d.on, ten]", StringComparison.Ordinal);

        LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0206", TextPosition.Of(text, "ten]"));
    }

    [Fact]
    public void Policy_OnATable_AppliesToEveryRowUnlessTheRowNamesItsOwn()
    {
        var text = SmallRuleSet.With("sanctionMatrix:\n  rows:\n", "sanctionMatrix:\n  policy: highest-tier\n  rows:\n")
            .Replace("  other-doc\n", "  other-doc\n", StringComparison.Ordinal);
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(text, SmallRuleSet.FileName));

        Assert.All(definition.Rules.Where(r => r.Id.StartsWith("sanctionMatrix/", StringComparison.Ordinal)), r => Assert.Equal("highest-tier", r.PolicyId));
        Assert.Null(definition.Rules.Single(r => r.Id == "promotionRestrictions/1/no-promotion").PolicyId);
    }

    [Fact]
    public void Policy_OnARow_AppliesToItsRulesOnly()
    {
        var text = SmallRuleSet.With("      direction: aggravating\n", "      direction: aggravating\n      policy: highest-tier\n");
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(text, SmallRuleSet.FileName));

        Assert.Equal("highest-tier", definition.Rules.Single(r => r.Id == "factorEffects/1").PolicyId);
        Assert.Null(definition.Rules.Single(r => r.Id == "factorEffects/2").PolicyId);
    }

    [Fact]
    public void Policy_UnknownOnARow_ErrorListsThePolicies()
    {
        var text = SmallRuleSet.With("      direction: aggravating\n", "      direction: aggravating\n      policy: highest\n");

        var error = LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0301", TextPosition.Of(text, "highest\n"));

        Assert.Contains("highest-tier", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void InForce_OnATableRow_AppliesToItsRules()
    {
        var text = SmallRuleSet.With("    - measures: [诫勉]\n", "    - measures: [诫勉]\n      inForce: { from: 2024-07-01 }\n");
        var rule = LoadAssert.Loaded(RuleSetLoader.Load(text, SmallRuleSet.FileName)).Rules.Single(r => r.Id == "promotionRestrictions/1/no-promotion");

        Assert.Equal(new LocalDate(2024, 7, 1), rule.InForceFrom);
        Assert.Null(rule.InForceTo);
    }
}
