using System.Collections.Immutable;
using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Benchmarks.HandWrittenNRules;

/// <summary>A Yibin case as typed facts, read once from the engine's facts (outside the measured code).</summary>
internal sealed class YibinTypedCase
{
    public ImmutableArray<Enterprise> Enterprises { get; private init; } = [];
    public ImmutableArray<Loss> Losses { get; private init; } = [];
    public ImmutableArray<Person> Persons { get; private init; } = [];
    public ImmutableArray<Conduct> Conduct { get; private init; } = [];
    public ImmutableArray<Factor> Factors { get; private init; } = [];
    public ImmutableArray<Decision> Decisions { get; private init; } = [];
    public ImmutableArray<DisciplineSanction> DisciplineSanctions { get; private init; } = [];
    public ImmutableArray<ConcurrentDeduction> ConcurrentDeductions { get; private init; } = [];
    public ImmutableArray<Circumstance> Circumstances { get; private init; } = [];
    public ImmutableArray<NoPerformanceSalary> NoPerformanceSalary { get; private init; } = [];

    /// <summary>Every fact, for inserting into an NRules session.</summary>
    public ImmutableArray<object> All { get; private init; } = [];

    /// <summary>
    /// Reads the input facts the Yibin rules match. The <c>case</c> fact is left out: no Yibin rule
    /// matches it. Throws <see cref="InvalidOperationException"/> for any other fact type.
    /// </summary>
    public static YibinTypedCase From(IEnumerable<Fact> facts)
    {
        var e = ImmutableArray.CreateBuilder<Enterprise>();
        var l = ImmutableArray.CreateBuilder<Loss>();
        var p = ImmutableArray.CreateBuilder<Person>();
        var c = ImmutableArray.CreateBuilder<Conduct>();
        var f = ImmutableArray.CreateBuilder<Factor>();
        var d = ImmutableArray.CreateBuilder<Decision>();
        var s = ImmutableArray.CreateBuilder<DisciplineSanction>();
        var cd = ImmutableArray.CreateBuilder<ConcurrentDeduction>();
        var ci = ImmutableArray.CreateBuilder<Circumstance>();
        var n = ImmutableArray.CreateBuilder<NoPerformanceSalary>();
        foreach (var fact in facts)
        {
            switch (fact.Schema.Name)
            {
                case "case":
                    break;
                case "enterprise":
                    e.Add(new(fact["level"].AsNullableText, fact["priorYearEndTotalAssets"].AsNullableNumber));
                    break;
                case "loss":
                    l.Add(new(fact["id"].AsText, fact["amount"].AsNumber, fact["kind"].AsText, fact["assessedByIntermediary"].AsBoolean));
                    break;
                case "person":
                    p.Add(new(fact["id"].AsText, fact["role"].AsText, fact["responsibility"].AsNullableText, fact["status"].AsText));
                    break;
                case "conduct":
                    c.Add(new(fact["person"].AsText, fact["code"].AsText));
                    break;
                case "factor":
                    f.Add(new(fact["code"].AsText, fact["person"].AsNullableText));
                    break;
                case "decision":
                    d.Add(new(fact["person"].AsText, fact["measure"].AsText, fact["on"].AsDate));
                    break;
                case "disciplineSanction":
                    s.Add(new(fact["person"].AsText, fact["sanction"].AsText, fact["on"].AsDate, fact["influencePeriod"].AsPeriod));
                    break;
                case "concurrentDeduction":
                    cd.Add(new(fact["person"].AsText, fact["source"].AsText, fact["pay"].AsText, fact["percent"].AsNumber));
                    break;
                case "circumstance":
                    ci.Add(new(fact["code"].AsText));
                    break;
                case "noPerformanceSalary":
                    n.Add(new(fact["person"].AsText));
                    break;
                default:
                    throw new InvalidOperationException($"The hand-written Yibin rules do not read this fact type. FactType={fact.Schema.Name}");
            }
        }

        ImmutableArray<object> all =
        [
            .. e, .. l, .. p, .. c, .. f, .. d, .. s, .. cd, .. ci, .. n,
        ];
        return new YibinTypedCase
        {
            Enterprises = e.ToImmutable(),
            Losses = l.ToImmutable(),
            Persons = p.ToImmutable(),
            Conduct = c.ToImmutable(),
            Factors = f.ToImmutable(),
            Decisions = d.ToImmutable(),
            DisciplineSanctions = s.ToImmutable(),
            ConcurrentDeductions = cd.ToImmutable(),
            Circumstances = ci.ToImmutable(),
            NoPerformanceSalary = n.ToImmutable(),
            All = all,
        };
    }
}
