using System.Security.Cryptography;
using System.Text;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.RuleSets;

public sealed class RuleSetLoaderTest
{
    [Fact]
    public void Load_SmallRuleSet_MapsEverySection()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

        Assert.Equal("small-2024", definition.Id);
        Assert.Equal("1.0.0", definition.Version);
        Assert.Equal("Small test measures", definition.TitleEnglish);
        Assert.Equal(new LocalDate(2024, 1, 1), definition.InForceFrom);
        Assert.Null(definition.InForceTo);
        Assert.Equal(new Citation("small-doc", "Art. 9"), definition.InForceCitation);
        Assert.Equal("CNY", definition.Currency);
        Assert.Equal(["small-doc", "other-doc"], definition.Documents.Select(d => d.Id));
        Assert.Null(definition.Documents[0].Number);
        Assert.Equal("highest-tier", Assert.Single(definition.Policies).Id);
        Assert.Equal([("以上", true), ("以下", false)], definition.Boundaries.Select(b => (b.Word, b.Inclusive)));
        Assert.Equal(new Citation("small-doc", "Art. 2 ¶3"), definition.Boundaries[0].Citation);
        Assert.Equal(["general", "larger", "major"], definition.Tiers.Select(t => t.Code));
        Assert.Equal(["leadership", "direct"], definition.Responsibilities.Select(r => r.Code));
        Assert.Equal(["circumstances", "conduct", "factors", "measures", "personStatuses", "roles", "violations"], definition.CodeLists.Keys);
        Assert.Equal("担保", definition.FindCode("violations", "Y01-01")?.Group);
    }

    [Fact]
    public void Load_SmallRuleSet_ExpandsTablesAndRulesInFileOrder()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

        Assert.Equal(
            [
                "lossTiers/general/amount", "lossTiers/larger/amount", "lossTiers/larger/assetRatio",
                "lossTiers/major/amount", "lossTiers/major/assetRatio", "lossTiers/combine",
                "sanctionMatrix/general/direct", "sanctionMatrix/larger/direct", "sanctionMatrix/general/leadership",
                "promotionRestrictions/1/no-promotion",
                "factorEffects/1", "factorEffects/2",
                "loss-total", "given-responsibility",
            ],
            definition.Rules.Select(r => r.Id));
    }

    [Fact]
    public void Load_ContentHash_IsLowerCaseSha256OfTheUtf8Text()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(SmallRuleSet.Text)));
        Assert.Equal(expected, definition.ContentHash);
    }

    [Fact]
    public void Load_RuleSource_IsThePositionOfTheRuleOrRow()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

        var rule = definition.Rules.Single(r => r.Id == "loss-total");
        var row = definition.Rules.Single(r => r.Id == "lossTiers/larger/assetRatio");
        Assert.Equal(new SourceLocation(SmallRuleSet.FileName, 102, 5), rule.Source);
        Assert.Equal(TextPosition.Of(SmallRuleSet.Text, "id: loss-total"), (rule.Source!.Line, rule.Source.Column));
        Assert.Equal(TextPosition.Of(SmallRuleSet.Text, "tier: larger"), (row.Source!.Line, row.Source.Column));
        Assert.Equal(new Citation("other-doc", "Art. 1"), rule.Citation);
        Assert.Equal(new Citation("small-doc", "Art. 2(2)"), row.Citation);
    }

    [Fact]
    public void Load_GeneralRule_ReadsPatternsAggregatesAndFunctions()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));

        var rule = definition.Rules.Single(r => r.Id == "loss-total");
        Assert.Equal(100, rule.Salience);
        var aggregate = Assert.IsType<AggregateElement>(rule.Conditions[1]);
        Assert.Equal(("total", "loss", AggregateFunction.Sum, "amount"), (aggregate.Alias, aggregate.Type, aggregate.Function, aggregate.Field));
        var action = Assert.Single(rule.Actions);
        Assert.Equal(new BindingExpression("total"), action.Fields[0].Value);
        Assert.Equal(new FieldExpression("e", "priorYearEndTotalAssets"), action.Fields[1].Value);
        var call = Assert.IsType<CallExpression>(action.Fields[2].Value);
        Assert.Equal(BuiltInFunction.PercentOf, call.Function);
        Assert.Equal<ExpressionElement>([new BindingExpression("total"), new FieldExpression("e", "priorYearEndTotalAssets")], call.Arguments.AsEnumerable());
    }

    [Fact]
    public void LoadFile_MissingFile_IsAnErrorNotAnException()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-ruleset-" + Guid.NewGuid().ToString("N") + ".yaml");

        var result = RuleSetLoader.LoadFile(path);

        var error = LoadAssert.SingleError(result, "ACR0101", (1, 1));
        Assert.Equal(path, error.Location!.File);
    }

    [Fact]
    public void Load_ValidRuleSet_CompilesAndClassifiesTheBoundaryAmountAsTheHigherTier()
    {
        var definition = LoadAssert.Loaded(RuleSetLoader.Load(SmallRuleSet.Text, SmallRuleSet.FileName));
        var session = TestEngine.Of(Accountability.Rules.Engine.RuleCompiler.Compile(definition)).CreateSession();
        session.Insert(Fact.Create(FactCatalog.Standard["enterprise"], ("priorYearEndTotalAssets", Value.Of(500_000_000m))));
        session.Insert(Fact.Create(
            FactCatalog.Standard["loss"],
            ("id", Value.Of("L1")),
            ("amount", Value.Of(1_000_000m)),
            ("kind", Value.Of("direct")),
            ("assessedByIntermediary", Value.False)));

        session.Fire();

        var tier = Assert.Single(session.Query("lossTier"));
        Assert.Equal("larger", tier["tier"].AsText);
    }
}
