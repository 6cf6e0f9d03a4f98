using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.NRules;
using Accountability.Rules.NRules.Facts;
using Accountability.Rules.Tests.TestAssets;
using NRules.Fluent;

namespace Accountability.Rules.Tests.NRules;

/// <summary>An NRules host adds its own fluent rules to a ruleset and reads both kinds of conclusion from one session.</summary>
public sealed class HostRulesTest
{
    private static readonly NRulesRuleSet WithHostRule = NRulesEngine.For(Resolve("major-loss-ratio.json").RuleSet).WithHostRules(HostRules());

    [Fact]
    public void Fire_MajorLossAtGroupEnterprise_HostRuleRaisesItsOwnFact()
    {
        var session = Fired(WithHostRule, Resolve("major-loss-ratio.json"));

        var notice = Assert.Single(session.Session.Query<BoardNotice>());
        Assert.Equal(("YB-WATER", "major"), (notice.Enterprise, notice.Tier));
        Assert.Equal("major", Assert.Single(session.Query<LossTierFact>()).Tier);
    }

    [Fact]
    public void Fire_LargerLoss_HostRuleDoesNotFire()
    {
        var resolved = Resolve("larger-loss.yaml");
        var session = Fired(NRulesEngine.For(resolved.RuleSet).WithHostRules(HostRules()), resolved);

        Assert.Empty(session.Session.Query<BoardNotice>());
        Assert.Equal("larger", Assert.Single(session.Query<LossTierFact>()).Tier);
    }

    [Fact]
    public void Fire_HostRule_FiresAfterEveryRulesetRule()
    {
        var resolved = Resolve("major-loss-ratio.json");
        var session = WithHostRule.CreateSession(new SessionOptions { AsOf = resolved.DecidedOn });
        var fired = new List<string>();
        session.Session.Events.RuleFiredEvent += (_, e) => fired.Add(e.Rule.Name);
        session.InsertAll(resolved.Case.Facts);
        session.Fire();

        Assert.Equal(BoardNoticeRule.RuleName, fired[^1]);
        Assert.Equal(1, fired.Count(name => name == BoardNoticeRule.RuleName));
        Assert.Equal(session.Explain().Firings.Length, fired.Count(name => WithHostRule.RuleSet.Definition.Rules.Any(r => r.Id == name)));
    }

    [Fact]
    public void Evaluate_WithHostRules_GivesTheRulesetsOwnResult()
    {
        var resolved = Resolve("major-loss-ratio.json");

        var plain = CaseEvaluator.Evaluate(resolved.RuleSet, resolved.Case.Facts, resolved.DecidedOn);
        var hosted = CaseEvaluator.Evaluate(WithHostRule, resolved.Case.Facts, resolved.DecidedOn);

        Assert.Equal(Accountability.Rules.Json.CaseResultJson.ToJson(plain), Accountability.Rules.Json.CaseResultJson.ToJson(hosted));
    }

    [Fact]
    public void For_SameCompiledRuleSet_TranslatesOnce()
    {
        var ruleSet = Resolve("larger-loss.yaml").RuleSet;

        Assert.Same(NRulesEngine.For(ruleSet), NRulesEngine.For(ruleSet));
        Assert.Equal(NRulesEngine.Name, NRulesEngine.For(ruleSet).Engine);
        Assert.Equal(ruleSet.Definition.Rules.Length, NRulesEngine.For(ruleSet).RuleDefinitions.Length);
    }

    private static NRulesSession Fired(NRulesRuleSet engine, ResolvedCase resolved)
    {
        var session = engine.CreateSession(new SessionOptions { AsOf = resolved.DecidedOn });
        session.InsertAll(resolved.Case.Facts);
        session.Fire();
        return session;
    }

    private static ResolvedCase Resolve(string example)
    {
        var resolved = CaseLoader.LoadAndResolve(RepositoryRoot.Combine($"examples/yibin-2020/{example}"), RuleSetCatalog.Bundled);
        Assert.True(resolved.Succeeded, string.Join(Environment.NewLine, resolved.Errors));
        return resolved.Value;
    }

    private static IEnumerable<global::NRules.RuleModel.IRuleDefinition> HostRules()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(BoardNoticeRule)));
        return repository.GetRuleSets().SelectMany(set => set.Rules);
    }
}
