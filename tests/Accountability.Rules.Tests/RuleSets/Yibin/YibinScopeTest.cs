using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.RuleSets.Yibin;

/// <summary>Art. 19 ¶2 (other proceedings alongside, noted), Art. 34 (handled under other rules) and Art. 33 (people no longer in post are still handled).</summary>
public sealed class YibinScopeTest(YibinRuleSet ruleSet) : IClassFixture<YibinRuleSet>
{
    private YibinSession Case() => ruleSet.Session().Matter(500_000m, 1_000_000_000m);

    // Art. 19 ¶2 names the other proceedings' loss standard; Art. 27, 29 and 30 have accountability
    // proceed alongside: no scope flag, the tier and rows as usual, and a note.
    [Fact]
    public void Scope_DisciplineOrCriminal_EvaluatedWithNoteOnTheOtherStandard()
    {
        var session = Case().Person("P1", responsibility: "direct").Circumstance("discipline-or-criminal");

        Assert.Empty(session.Query("scopeFlag"));
        Assert.Equal("general", session.One("lossTier")["tier"].AsText);
        Assert.Single(session.Query("sanction"));
        var note = Assert.Single(session.Notes("lossSeverity"), n => n.Contains("proceedings alongside", StringComparison.Ordinal));
        Assert.Contains("遵照相关党内法规和国家法律法规的规定执行", note, StringComparison.Ordinal);
        Assert.Equal(["art19-2-discipline-or-criminal"], session.RuleIds(session.One("note", "subject", "lossSeverity")));
    }

    [Theory]
    [InlineData("safety-production-accident", "art34-safety-production")]
    [InlineData("environmental-pollution-accident", "art34-environmental-pollution")]
    [InlineData("major-stability-event", "art34-major-stability")]
    public void Scope_Art34Incident_IsHandledUnderOtherRules(string code, string rule)
    {
        var session = Case().Circumstance(code);

        var flag = session.One("scopeFlag");
        Assert.Equal(code, flag["code"].AsText);
        Assert.Equal("按照国家有关规定另行处理", flag["note"].AsText);
        Assert.Equal([rule], session.RuleIds(flag));
    }

    [Theory]
    [InlineData("severe-consequences")]
    [InlineData("sasac-direct")]
    public void Scope_OtherCircumstance_NoFlag(string code) =>
        Assert.Empty(Case().Circumstance(code).Query("scopeFlag"));

    [Theory]
    [InlineData("transferred")]
    [InlineData("resigned")]
    [InlineData("retired")]
    public void StillHandled_PersonNoLongerInPost_IsStillHandled(string status)
    {
        var session = Case().Person("P1", responsibility: "direct", status: status);

        var handled = session.One("stillHandled");
        Assert.Equal("P1", handled["person"].AsText);
        Assert.Equal(status, handled["status"].AsText);
        Assert.Equal(["art33-still-handled"], session.RuleIds(handled));
        Assert.Single(session.Query("sanction"));
    }

    [Fact]
    public void StillHandled_ServingPerson_NotFlagged() =>
        Assert.Empty(Case().Person("P1", responsibility: "direct").Query("stillHandled"));
}
