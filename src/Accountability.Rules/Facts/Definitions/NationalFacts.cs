using static Accountability.Rules.Facts.Definitions.FieldShorthand;

namespace Accountability.Rules.Facts.Definitions;

/// <summary>
/// Fact types of the national opinion (国办发〔2016〕63号) that the accountability types cannot state:
/// a person who no longer draws performance salary from the enterprise when responsibility is
/// determined (五(二)3), and the base the deductions are then computed on.
/// </summary>
internal static class NationalFacts
{
    public static void Define(FactCatalogBuilder builder)
    {
        builder.AddCaseSection(
            "noPerformanceSalary",
            CaseSectionInput.List("noPerformanceSalary"),
            "A person who, when responsibility is determined, no longer draws performance salary (绩效年薪) from the enterprise (责任人在责任认定已不在本企业领取绩效年薪).",
            F("person", Txt, Req, "The person's id."),
            F("note", Txt, Opt, "Free text, e.g. since when and why."));

        builder.Add(
            "deductionBase",
            FactOrigin.Derived,
            "What a person's salary deductions are computed on, when not the performance salary of the determination year.",
            ("person", Txt, Req, "The person's id."),
            ("base", Txt, Req, "The base in the text's words, e.g. 离职前全部绩效年薪及前三年任期激励收入总和."),
            ("effect", Txt, Req, "How the prescribed percentages apply to it, under the ruleset's reading."));
    }
}
