using System.Collections.Immutable;
using Accountability.Rules.Benchmarks;
using Accountability.Rules.Benchmarks.HandWrittenNRules;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;
using NRules;

namespace Accountability.Rules.Tests.Bench;

/// <summary>
/// The benchmarks' hand-written Yibin versions (straight C# and NRules fluent rules) conclude exactly
/// what the compiled engine concludes from rulesets/yibin-2020.yaml: on the benchmark case, the Yibin
/// examples and cases that reach every rule.
/// </summary>
public sealed class HandWrittenYibinTest(YibinRuleSet yibin) : IClassFixture<YibinRuleSet>
{
    private static readonly Lazy<ISessionFactory> NRules = new(YibinNRules.Compile);

    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(RepositoryRoot.Combine("examples/yibin-2020")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Crafted() => [.. CraftedCases.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Evaluate_BenchmarkCase_SameAsCompiledEngine() =>
        YibinConclusionCheck.AssertSame(yibin.Compiled, NRules.Value, YibinCase.Facts, nameof(YibinCase));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_Example_SameAsCompiledEngine(string fileName)
    {
        var loaded = CaseLoader.LoadFile(RepositoryRoot.Combine($"examples/yibin-2020/{fileName}"));
        Assert.True(loaded.Succeeded, loaded.ToString());
        YibinConclusionCheck.AssertSame(yibin.Compiled, NRules.Value, loaded.Value!.Facts, fileName);
    }

    [Theory]
    [MemberData(nameof(Crafted))]
    public void Evaluate_CraftedCase_SameAsCompiledEngine(string name) =>
        YibinConclusionCheck.AssertSame(yibin.Compiled, NRules.Value, CraftedCases[name], name);

    [Fact]
    public void Evaluate_BenchmarkCase_LargerTierAndRows()
    {
        var result = HandWrittenYibinFull.Evaluate(YibinTypedCase.From(YibinCase.Facts));

        Assert.Equal("larger", Assert.Single(result.LossTiers).Tier);
        Assert.Equal(3_240_000m, Assert.Single(result.LossTotals).Amount);
        Assert.Equal([30m, 50m, 50m], result.Sanctions.OrderBy(s => s.Person, StringComparer.Ordinal).Select(s => s.SalaryMinPercent!.Value));
        Assert.Equal(new LocalDate(2025, 1, 15), Assert.Single(result.PromotionRestrictions, r => r.Kind == "no-promotion").LastDay);
    }

    private static readonly Dictionary<string, ImmutableArray<Fact>> CraftedCases = new(StringComparer.Ordinal)
    {
        ["general-unknown-assets-every-person-kind"] =
        [
            F("enterprise"),
            Loss("L1", 300_000m, "direct", false),
            Loss("L2", 200_000m, "contingent", false),
            Person("P1", "principal-head"),
            Conduct("P1", "principal-duty"),
            Person("P2", "manager"),
            Conduct("P2", "decisive-role"),
            Conduct("P2", "oversaw-area"),
            Person("P3", "manager"),
            Person("P4", "enterprise-head", status: "retired", responsibility: "supervisory"),
            F("factor", ("code", Value.Of("recovered-loss"))),
            F("factor", ("code", Value.Of("intent")), ("person", Value.Of("P2"))),
            Deduction("P1", "party-discipline", "performance-salary", 20m),
            Deduction("P2", "government-sanction", "performance-salary", 30m),
            Deduction("P2", "party-discipline", "term-incentive", 30m),
            F("noPerformanceSalary", ("person", Value.Of("P4"))),
            Decision("P2", "降职", new LocalDate(2024, 8, 31)),
            F("disciplineSanction", ("person", Value.Of("P2")), ("sanction", Value.Of("党内严重警告")), ("on", Value.Of(new LocalDate(2024, 3, 1))), ("influencePeriod", Value.Of(Period.FromMonths(18)))),
            Circumstance("safety-production-accident"),
        ],
        ["major-group-heads-tolerance-and-posts"] =
        [
            Enterprise("group", 100_000_000m),
            Loss("L1", 12_000_000m, "direct", false),
            Person("P1", "principal-head"),
            Conduct("P1", "art24-3"),
            Conduct("P1", "principal-duty"),
            Person("P2", "enterprise-head"),
            Conduct("P2", "oversaw-area"),
            Person("P3", "manager"),
            Conduct("P3", "decisive-role"),
            F("factor", ("code", Value.Of("concealed")), ("person", Value.Of("P3"))),
            F("factor", ("code", Value.Of("minor")), ("person", Value.Of("P3"))),
            F("factor", ("code", Value.Of("arbitrary")), ("person", Value.Of("P3"))),
            F("factor", ("code", Value.Of("loss-grew"))),
            F("factor", ("code", Value.Of("self-reported")), ("person", Value.Of("P2"))),
            F("factor", ("code", Value.Of("minor")), ("person", Value.Of("P1"))),
            F("factor", ("code", Value.Of("defied-bans")), ("person", Value.Of("P1"))),
            Decision("P1", "免职", new LocalDate(2024, 2, 29)),
            Decision("P3", "改任非管理职务", new LocalDate(2024, 1, 31)),
            Decision("P3", "诫勉", new LocalDate(2024, 1, 31)),
            Deduction("P3", "party-discipline", "term-incentive", 100m),
            Deduction("P2", "government-sanction", "performance-salary", 10m),
            Deduction("P2", "government-sanction", "term-incentive", 80m),
            Deduction("P1", "party-discipline", "term-incentive", 50m),
            Circumstance("sasac-direct"),
            Circumstance("discipline-or-criminal"),
            Circumstance("severe-consequences"),
        ],
        ["larger-by-ratio-severe-mitigated"] =
        [
            Enterprise("subsidiary", 50_000_000m),
            Loss("L1", 600_000m, "direct", false),
            Loss("L2", 50_000m, "contingent", true),
            Person("P1", "manager", status: "resigned"),
            Conduct("P1", "decisive-role"),
            F("factor", ("code", Value.Of("minor")), ("person", Value.Of("P1"))),
            Decision("P1", "调离工作岗位", new LocalDate(2024, 5, 20)),
            Decision("P1", "责令辞职", new LocalDate(2024, 5, 20)),
            Circumstance("severe-consequences"),
            Circumstance("major-stability-event"),
        ],
        ["no-enterprise"] =
        [
            Loss("L1", 5_000_000m, "indirect", false),
            Person("P1", "manager"),
            Conduct("P1", "decisive-role"),
        ],
        ["subsidiary-general-group-direct"] =
        [
            Enterprise("subsidiary", 900_000_000m),
            Loss("L1", 400_000m, "direct", false),
            Person("P1", "principal-head"),
            Conduct("P1", "principal-duty"),
            Circumstance("group-direct"),
        ],
        ["subsidiary-major-heads"] =
        [
            Enterprise("subsidiary", 900_000_000m),
            Loss("L1", 12_000_000m, "direct", false),
            Person("P1", "principal-head"),
            Conduct("P1", "principal-duty"),
        ],
        ["level-unknown-major"] =
        [
            F("enterprise", ("priorYearEndTotalAssets", Value.Of(900_000_000m))),
            Loss("L1", 12_000_000m, "direct", false),
            Person("P1", "enterprise-head"),
            Conduct("P1", "oversaw-area"),
        ],
        ["level-unknown-larger-severe"] =
        [
            Loss("L1", 2_000_000m, "direct", false),
            Person("P1", "manager"),
            Conduct("P1", "decisive-role"),
            Circumstance("severe-consequences"),
        ],
        ["level-unknown-general-group-direct"] =
        [
            Loss("L1", 300_000m, "direct", false),
            Person("P1", "manager"),
            Circumstance("group-direct"),
        ],
        ["nothing-counted"] =
        [
            Enterprise("subsidiary", 80_000_000m),
            Person("P1", "enterprise-head"),
            Conduct("P1", "oversaw-area"),
        ],
    };

    private static Fact F(string type, params (string, Value)[] fields) => Fact.Create(FactCatalog.Standard[type], fields);

    private static Fact Enterprise(string level, decimal assets) =>
        F("enterprise", ("level", Value.Of(level)), ("priorYearEndTotalAssets", Value.Of(assets)));

    private static Fact Loss(string id, decimal amount, string kind, bool assessed) =>
        F("loss", ("id", Value.Of(id)), ("amount", Value.Of(amount)), ("kind", Value.Of(kind)), ("assessedByIntermediary", Value.Of(assessed)));

    private static Fact Person(string id, string role, string status = "serving", string? responsibility = null) =>
        F("person", ("id", Value.Of(id)), ("role", Value.Of(role)), ("status", Value.Of(status)), ("responsibility", Value.Of(responsibility)));

    private static Fact Deduction(string person, string source, string pay, decimal percent) =>
        F("concurrentDeduction", ("person", Value.Of(person)), ("source", Value.Of(source)), ("pay", Value.Of(pay)), ("percent", Value.Of(percent)));

    private static Fact Conduct(string person, string code) => F("conduct", ("person", Value.Of(person)), ("code", Value.Of(code)));

    private static Fact Decision(string person, string measure, LocalDate on) =>
        F("decision", ("person", Value.Of(person)), ("measure", Value.Of(measure)), ("on", Value.Of(on)));

    private static Fact Circumstance(string code) => F("circumstance", ("code", Value.Of(code)));
}
