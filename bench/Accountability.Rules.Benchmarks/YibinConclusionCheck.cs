using System.Collections.Immutable;
using Accountability.Rules.Benchmarks.HandWrittenNRules;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using NRules;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// Checks that the hand-written versions conclude exactly what the compiled engine concludes from the
/// YAML ruleset: every derived fact, compared as text (<see cref="Fact.ToString"/>), duplicates included.
/// </summary>
internal static class YibinConclusionCheck
{
    /// <summary>Throws <see cref="InvalidOperationException"/> naming the differences when a version disagrees with the engine.</summary>
    public static void AssertSame(CompiledRuleSet ruleSet, ISessionFactory nrules, ImmutableArray<Fact> facts, string caseName)
    {
        var engine = EngineConclusions(ruleSet, facts);
        var typed = YibinTypedCase.From(facts);
        Compare(caseName, "hand-written C# (HandWrittenYibinFull)", engine, Texts(ruleSet.Catalog, HandWrittenYibinFull.Evaluate(typed)));
        Compare(caseName, "hand-written NRules (YibinNRules)", engine, Texts(ruleSet.Catalog, YibinNRules.Evaluate(nrules, typed)));
    }

    /// <summary>Every derived fact of the compiled engine for the case, as sorted text.</summary>
    public static List<string> EngineConclusions(CompiledRuleSet ruleSet, ImmutableArray<Fact> facts)
    {
        var session = ruleSet.CreateSession(new SessionOptions { RecordExplanation = false });
        session.InsertAll(facts);
        session.Fire();
        var texts = new List<string>();
        foreach (var schema in ruleSet.Catalog.Types)
        {
            if (schema.Origin == FactOrigin.Derived)
            {
                texts.AddRange(session.Query(schema.Name).Select(f => f.ToString()));
            }
        }

        texts.Sort(StringComparer.Ordinal);
        return texts;
    }

    /// <summary>The hand-written conclusions as the engine's facts would print, sorted.</summary>
    public static List<string> Texts(FactCatalog catalog, YibinConclusions c)
    {
        var texts = new List<string>();
        void Add(string type, params ReadOnlySpan<(string, Value)> fields) => texts.Add(Fact.Create(catalog[type], fields).ToString());

        c.CountedLosses.ForEach(x => Add("countedLoss", ("loss", Value.Of(x.Loss)), ("amount", Value.Of(x.Amount)), ("kind", Value.Of(x.Kind))));
        c.ExcludedLosses.ForEach(x => Add("excludedLoss", ("loss", Value.Of(x.Loss)), ("amount", Value.Of(x.Amount)), ("reason", Value.Of(x.Reason))));
        c.LossTotals.ForEach(x => Add("lossTotal", ("amount", Value.Of(x.Amount)), ("assets", Value.Of(x.Assets)), ("assetRatioPercent", Value.Of(x.AssetRatioPercent))));
        c.TierCriteria.ForEach(x => Add("tierCriterion", ("tier", Value.Of(x.Tier)), ("rank", Value.Of((decimal)x.Rank)), ("criterion", Value.Of(x.Criterion))));
        c.LossTiers.ForEach(x => Add("lossTier", ("tier", Value.Of(x.Tier)), ("rank", Value.Of((decimal)x.Rank))));
        c.ResponsibilityBases.ForEach(x => Add("responsibilityBasis", ("person", Value.Of(x.Person)), ("responsibility", Value.Of(x.Responsibility)), ("rank", Value.Of((decimal)x.Rank)), ("basis", Value.Of(x.Basis))));
        c.Responsibilities.ForEach(x => Add("personResponsibility", ("person", Value.Of(x.Person)), ("responsibility", Value.Of(x.Responsibility)), ("basis", Value.Of(x.Basis))));
        c.Sanctions.ForEach(x => Add(
            "sanction",
            ("person", Value.Of(x.Person)),
            ("tier", Value.Of(x.Row.Tier)),
            ("responsibility", Value.Of(x.Row.Responsibility)),
            ("measures", Value.Of(x.Row.Measures)),
            ("salaryMinPercent", Value.Of(x.Row.SalaryMinPercent)),
            ("salaryMaxPercent", Value.Of(x.Row.SalaryMaxPercent)),
            ("salaryMaxExclusive", Value.Of(x.Row.SalaryMaxExclusive)),
            ("termIncentiveMinPercent", Value.Of(x.Row.TermIncentiveMinPercent)),
            ("termIncentiveMaxPercent", Value.Of(x.Row.TermIncentiveMaxPercent)),
            ("salaryDeferred", Value.Of(x.Row.SalaryDeferred)),
            ("longTermIncentives", Value.Of(x.Row.LongTermIncentives)),
            ("nonePrescribed", Value.Of(x.Row.NonePrescribed))));
        c.FactorFindings.ForEach(x => Add("factorFinding", ("person", Value.Of(x.Person)), ("factor", Value.Of(x.Factor)), ("direction", Value.Of(x.Direction)), ("terms", Value.Of(x.Terms))));
        c.ToleranceDenials.ForEach(x => Add("toleranceDenied", ("person", Value.Of(x.Person)), ("ground", Value.Of(x.Ground))));
        c.Adjustments.ForEach(x => Add("adjustment", ("person", Value.Of(x.Person)), ("direction", Value.Of(x.Direction)), ("terms", Value.Of(x.Terms)), ("effect", Value.Of(x.Effect))));
        c.Restrictions.ForEach(x => Add("restriction", ("person", Value.Of(x.Person)), ("kind", Value.Of(x.Kind)), ("measure", Value.Of(x.Measure)), ("on", Value.Of(x.On)), ("lastDay", Value.Of(x.LastDay)), ("source", Value.Of(x.Source))));
        c.PromotionRestrictions.ForEach(x => Add("promotionRestriction", ("person", Value.Of(x.Person)), ("kind", Value.Of(x.Kind)), ("measure", Value.Of(x.Measure)), ("lastDay", Value.Of(x.LastDay)), ("source", Value.Of(x.Source))));
        c.Authorities.ForEach(x => Add("authority", ("authority", Value.Of(x.Name)), ("reason", Value.Of(x.Reason))));
        c.ScopeFlags.ForEach(x => Add("scopeFlag", ("code", Value.Of(x.Code)), ("note", Value.Of(x.Note))));
        c.StillHandled.ForEach(x => Add("stillHandled", ("person", Value.Of(x.Person)), ("status", Value.Of(x.Status))));
        c.DeductionStandards.ForEach(x => Add("deductionStandard", ("person", Value.Of(x.Person)), ("source", Value.Of(x.Source)), ("pay", Value.Of(x.Pay)), ("percent", Value.Of(x.Percent)), ("note", Value.Of(x.Note))));
        c.DeductionBases.ForEach(x => Add("deductionBase", ("person", Value.Of(x.Person)), ("base", Value.Of(x.Base)), ("effect", Value.Of(x.Effect))));
        c.Notes.ForEach(x => Add("note", ("text", Value.Of(x.Text)), ("subject", Value.Of(x.Subject))));
        texts.Sort(StringComparer.Ordinal);
        return texts;
    }

    private static void Compare(string caseName, string version, List<string> engine, List<string> other)
    {
        if (engine.SequenceEqual(other, StringComparer.Ordinal))
        {
            return;
        }

        var missing = engine.Except(other, StringComparer.Ordinal).ToList();
        var extra = other.Except(engine, StringComparer.Ordinal).ToList();
        throw new InvalidOperationException(
            $"The {version} conclusions differ from the compiled engine's. Case={caseName} EngineCount={engine.Count} {version}Count={other.Count}"
            + Environment.NewLine + "Only the engine: " + string.Join(Environment.NewLine + "  ", missing)
            + Environment.NewLine + "Only " + version + ": " + string.Join(Environment.NewLine + "  ", extra));
    }
}
