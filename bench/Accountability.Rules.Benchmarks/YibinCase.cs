using System.Collections.Immutable;
using Accountability.Rules.Facts;
using NodaTime;

namespace Accountability.Rules.Benchmarks;

/// <summary>A representative case: three loss components, three persons, a factor and a decision.</summary>
internal static class YibinCase
{
    public static readonly LocalDate DecidedOn = new(2024, 6, 28);

    public static ImmutableArray<Fact> Facts { get; } = Build();

    private static ImmutableArray<Fact> Build()
    {
        var catalog = FactCatalog.Standard;
        Fact Make(string type, params (string, Value)[] fields) => Fact.Create(catalog[type], fields);
        return
        [
            Make("case", ("decidedOn", Value.Of(DecidedOn)), ("ruleset", Value.Of("yibin-2020"))),
            Make("enterprise", ("level", Value.Of("subsidiary")), ("priorYearEndTotalAssets", Value.Of(250_000_000m))),
            Make("loss", ("id", Value.Of("L1")), ("amount", Value.Of(2_100_000m)), ("kind", Value.Of("direct")), ("assessedByIntermediary", Value.False)),
            Make("loss", ("id", Value.Of("L2")), ("amount", Value.Of(640_000m)), ("kind", Value.Of("indirect")), ("assessedByIntermediary", Value.False)),
            Make("loss", ("id", Value.Of("L3")), ("amount", Value.Of(500_000m)), ("kind", Value.Of("contingent")), ("assessedByIntermediary", Value.True)),
            Make("person", ("id", Value.Of("P1")), ("role", Value.Of("principal-head")), ("status", Value.Of("serving"))),
            Make("conduct", ("person", Value.Of("P1")), ("code", Value.Of("principal-duty"))),
            Make("person", ("id", Value.Of("P2")), ("role", Value.Of("enterprise-head")), ("status", Value.Of("serving"))),
            Make("conduct", ("person", Value.Of("P2")), ("code", Value.Of("oversaw-area"))),
            Make("person", ("id", Value.Of("P3")), ("role", Value.Of("manager")), ("status", Value.Of("serving"))),
            Make("conduct", ("person", Value.Of("P3")), ("code", Value.Of("decisive-role"))),
            Make("conduct", ("person", Value.Of("P3")), ("code", Value.Of("Y09-06"))),
            Make("factor", ("code", Value.Of("external-supervision")), ("person", Value.Of("P3"))),
            Make("decision", ("person", Value.Of("P3")), ("measure", Value.Of("诫勉")), ("on", Value.Of(new LocalDate(2024, 7, 15)))),
        ];
    }
}
