using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>concurrentDeductions</c>: deductions of either source and either pay (or the pay left to its
/// default) at every percentage the ruleset writes (the bounds of its salary ranges), just below and
/// above them, and at random within 0–100.
/// </summary>
internal sealed class DeductionSection : ISectionGenerator
{
    private static readonly ImmutableArray<string> Sources = ["party-discipline", "government-sanction"];

    private static readonly ImmutableArray<string> Pays = ["performance-salary", "term-incentive"];

    public ImmutableArray<string> Keys => ["concurrentDeductions"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        if (context.PersonIds.Count == 0 || !context.Includes("concurrentDeduction"))
        {
            return;
        }

        var percents = context.Profile.Constants.Numbers.Where(n => n is >= 0m and <= 100m).Append(0m).Append(100m).ToList();
        var deductions = new CaseSequence();
        for (var i = context.Count(3); i > 0; i--)
        {
            var person = context.Pick(context.PersonIds);
            var source = context.Pick(Sources);
            var percent = Percent(context, percents);
            if (context.Chance(0.3))
            {
                deductions.Add(Deduction(context, person, source, null, percent));
                continue;
            }

            // Sometimes both pays at one figure: each is compared with its own range.
            var pay = context.Pick(Pays);
            deductions.Add(Deduction(context, person, source, pay, percent));
            if (context.Chance(0.5))
            {
                deductions.Add(Deduction(context, person, source, Pays.Single(p => p != pay), percent));
            }
        }

        sections.Add("concurrentDeductions", deductions);
    }

    private static CaseMapping Deduction(GenerationContext context, string person, string source, string? pay, decimal percent)
    {
        var deduction = new CaseMapping { Flow = context.Chance(0.6) }
            .Add("person", CaseScalar.Of(person))
            .Add("source", context.Code(source));
        return (pay is null ? deduction : deduction.Add("pay", context.Code(pay))).Add("percent", context.Number(percent));
    }

    private static decimal Percent(GenerationContext context, List<decimal> percents)
    {
        var percent = context.Pick(percents);
        return context.Random.NextDouble() switch
        {
            < 0.5 => percent,
            < 0.6 => Math.Max(0m, percent - 0.01m),
            < 0.7 => Math.Min(100m, percent + 0.01m),
            _ => Math.Round((decimal)context.Random.NextDouble() * 100m, context.Between(0, 2)),
        };
    }
}
