using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.RuleSets;

/// <summary>
/// <c>ruleset.decisiveDate</c>: the date that decides applicability becomes, at load time, a
/// condition on that date (or year) of every pattern on the fact type it names.
/// </summary>
public sealed class DecisiveDateTest
{
    private const string Marker = "  - id: given-responsibility";
    private const string Header = "  cites: \"Art. 9\"";

    private static string Text(string decisiveDate, string rule) =>
        SmallRuleSet.Replace(SmallRuleSet.With(Header, Header + "\n  decisiveDate: " + decisiveDate), Marker, rule + "\n" + Marker);

    private static RuleSetDefinition Load(string decisiveDate, string rule) =>
        LoadAssert.Loaded(RuleSetLoader.Load(Text(decisiveDate, rule), SmallRuleSet.FileName));

    private const string InterviewRule = """
          - id: probe
            title: probe
            cites: "Art. 1"
            when:
              - fact: interview
                as: i
                where: { place: 会议室 }
              - fact: interview
                as: early
                where: { heldOn: { lt: 2024-01-01 } }
              - not:
                  fact: interview
                  where: { place: 二楼 }
            then:
              - assert: note
                set: { text: probe }
        """;

    [Fact]
    public void InterviewDay_EveryPatternOnAnInterview_IsWithinTheRulesetsPeriod()
    {
        var definition = Load("{ fact: interview, field: heldOn }", InterviewRule);
        var rule = definition.Rules.Single(r => r.Id == "probe");

        Assert.Equal([new DecisiveDate("interview", "heldOn")], definition.DecisiveDates.ToArray());
        Assert.Equal("(i.place == '会议室' and i.heldOn >= 2024-01-01)", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
        // A pattern that speaks of the date itself, and a negation, are left as written.
        Assert.Equal("early.heldOn < 2024-01-01", ((PatternElement)rule.Conditions[1]).Condition?.ToString());
        Assert.Equal("_3.place == '二楼'", ((NotElement)rule.Conditions[2]).Condition?.ToString());
    }

    [Fact]
    public void Year_TheRulesOwnPeriod_BoundsTheYears()
    {
        var rule = Load("{ fact: companyYear, field: year }", """
              - id: probe
                title: probe
                cites: "Art. 1"
                inForce: { from: 2024-07-01, to: 2025-12-31 }
                when:
                  - fact: companyYear
                    as: y
                then:
                  - assert: note
                    set: { text: probe }
            """).Rules.Single(r => r.Id == "probe");

        Assert.Equal("(y.year >= 2024 and y.year <= 2025)", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
    }

    [Fact]
    public void List_EachFactTypeItsOwnYear_EveryPatternOnEither()
    {
        var definition = Load("[{ fact: companyYear, field: year }, { fact: interview, field: heldOn }]", """
              - id: probe
                title: probe
                cites: "Art. 1"
                when:
                  - fact: companyYear
                    as: y
                  - fact: interview
                    as: i
                then:
                  - assert: note
                    set: { text: probe }
            """);
        var rule = definition.Rules.Single(r => r.Id == "probe");

        Assert.Equal([new DecisiveDate("companyYear", "year"), new DecisiveDate("interview", "heldOn")], definition.DecisiveDates.ToArray());
        Assert.Equal("y.year >= 2024", ((PatternElement)rule.Conditions[0]).Condition?.ToString());
        Assert.Equal("i.heldOn >= 2024-01-01", ((PatternElement)rule.Conditions[1]).Condition?.ToString());
    }

    [Fact]
    public void List_AFactTypeNamedTwice_IsADuplicate()
    {
        var text = Text("[{ fact: companyYear, field: year }, { fact: companyYear, field: reports }]", InterviewRule);

        LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0303", TextPosition.Of(text, "{ fact: companyYear, field: reports }"));
    }

    [Fact]
    public void DecidedOn_TheDefault_RulesUnchanged()
    {
        var stated = Load("decidedOn", InterviewRule);
        var absent = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.With(Marker, InterviewRule + "\n" + Marker), SmallRuleSet.FileName));

        Assert.Empty(stated.DecisiveDates);
        Assert.Equal("i.place == '会议室'", ((PatternElement)stated.Rules.Single(r => r.Id == "probe").Conditions[0]).Condition?.ToString());
        Assert.Equal(absent.Rules.Select(r => r.Conditions), stated.Rules.Select(r => r.Conditions));
    }

    [Theory]
    [InlineData("heldOnDay", "{ fact: interview, field: heldOnDay }")]
    [InlineData("place", "{ fact: interview, field: place }")]
    [InlineData("interviw", "{ fact: interviw, field: heldOn }")]
    [InlineData("decided", "decided")]
    public void NotADateOfAFactType_IsAnUnknownReference(string written, string decisiveDate)
    {
        var text = Text(decisiveDate, InterviewRule);

        LoadAssert.SingleError(RuleSetLoader.Load(text, SmallRuleSet.FileName), "ACR0301", TextPosition.Of(text, written));
    }
}
