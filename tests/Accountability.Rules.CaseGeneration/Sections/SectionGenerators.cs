using System.Collections.Immutable;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// Every section generator, in the order they run: the losses before the enterprise (which states
/// the assets the loss plan chose), the persons before what refers to them.
/// </summary>
internal static class SectionGenerators
{
    public static ImmutableArray<ISectionGenerator> All { get; } =
    [
        new LossSection(),
        new EnterpriseSection(),
        new PersonSection(),
        new FactorSection(),
        new DecisionSection(),
        new DisciplineSection(),
        new DeductionSection(),
        new CircumstanceSection(),
        new NoPerformanceSalarySection(),
        new InterviewSection(),
        new ClueLedgerSection(),
        new DisclosureSection(),
    ];

    /// <summary>The top-level keys of a case file in the order the examples write them; generic sections follow in generation order.</summary>
    public static ImmutableArray<string> FixedOrder { get; } =
        ["ruleset", "decidedOn", "enterprise", "losses", "persons", "factors", "decisions", "disciplineSanctions", "concurrentDeductions", "circumstances"];
}
