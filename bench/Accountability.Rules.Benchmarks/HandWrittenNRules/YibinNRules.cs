using Accountability.Rules.Benchmarks.HandWrittenNRules.Rules;
using NRules;
using NRules.Fluent;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules;

/// <summary>
/// The hand-written NRules version of the Yibin ruleset: typed facts, fluent rules, tables as C#
/// lookups, no explanations. Compile once with <see cref="Compile"/>; evaluate a case with
/// <see cref="Evaluate"/> (session, insert, fire, read). NRules loads public rule classes only, so the
/// rules are public while their facts stay internal.
/// </summary>
internal static class YibinNRules
{
    /// <summary>The rules, in the ruleset's order.</summary>
    public static readonly Type[] RuleTypes =
    [
        typeof(CountedLossRule), typeof(ExcludedLossRule), typeof(ExcludedLossNoteRule), typeof(ExcludedTierNoteRule), typeof(LossTotalRule),
        typeof(RatioNotEvaluatedRule), typeof(AmountCriterionRule), typeof(RatioCriterionRule), typeof(LossTierRule),
        typeof(DirectBasisRule), typeof(SupervisoryBasisRule), typeof(LeadershipBasisRule), typeof(GivenResponsibilityRule),
        typeof(ResponsibilityPrecedenceRule), typeof(NoResponsibilityRule), typeof(SanctionRule), typeof(MayDeductNoteRule), typeof(FactorFindingRule),
        typeof(ToleranceDeniedRule), typeof(NoPerformanceSalaryRule), typeof(LeftTheEnterpriseRule), typeof(AggravateRule), typeof(MitigateRule),
        typeof(WeighRule), typeof(MitigateAfterTheFactRule), typeof(WeighAfterTheFactRule), typeof(ToleranceDeniedAdjustmentRule), typeof(AggravateToleranceDeniedRule),
        typeof(NoPromotionRestrictionRule), typeof(NoPostRestrictionRule), typeof(NoImportantPostRestrictionRule), typeof(NoHigherPostRestrictionRule),
        typeof(DisciplineRestrictionRule), typeof(LongerPeriodRule), typeof(SasacHeadRule), typeof(SasacDirectRule),
        typeof(EnterpriseLevelUnknownRule), typeof(SubsidiaryLargerMajorRule), typeof(SubsidiaryGeneralRule), typeof(GroupDirectRule),
        typeof(LevelUnknownGeneralRule), typeof(LevelUnknownLargerRule), typeof(LevelUnknownMajorRule), typeof(LevelUnknownLargerSevereRule),
        typeof(GroupAuthorityRule), typeof(SasacMajorRule), typeof(SasacLargerSevereRule), typeof(DisciplineProceedingsRule), typeof(ScopeFlagRule), typeof(StillHandledRule), typeof(DeductionStandardRule),
    ];

    /// <summary>Loads the rules into a repository and compiles them (slow: hundreds of milliseconds cold).</summary>
    public static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(RuleTypes));
        return repository.Compile();
    }

    /// <summary>Creates a session, inserts the case's typed facts, fires and reads the conclusions.</summary>
    public static YibinConclusions Evaluate(ISessionFactory factory, YibinTypedCase input)
    {
        var session = factory.CreateSession();
        session.InsertAll(input.All);
        session.Fire();
        var conclusions = new YibinConclusions();
        foreach (var fact in session.Query<object>())
        {
            conclusions.Add(fact);
        }

        return conclusions;
    }
}
