using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>
/// <c>losses</c>: counted components (direct, indirect, contingent assessed by an intermediary) that
/// add up exactly to the planned total, and contingent losses not assessed (stated as such or left
/// to the default), in shuffled order. Also chooses the assets the enterprise section states.
/// </summary>
internal sealed class LossSection : ISectionGenerator
{
    private static readonly ImmutableArray<string> CountedKinds = ["direct", "indirect", "contingent"];

    public ImmutableArray<string> Keys => ["losses"];

    public void Generate(GenerationContext context, CaseMapping sections)
    {
        var plan = LossPlan.Draw(context);
        context.Assets = plan.Assets;
        if (!context.Includes("loss"))
        {
            return;
        }

        var losses = new List<CaseMapping>();
        if (plan.Total > 0m || context.Chance(0.5))
        {
            foreach (var amount in Split(context, plan.Total, context.Between(1, 4)))
            {
                var kind = context.Pick(CountedKinds);
                losses.Add(Loss(context, amount, kind, assessed: kind == "contingent" ? true : context.Chance(0.2) ? context.Chance(0.5) : null));
            }
        }

        for (var i = context.Count(2); i > 0; i--)
        {
            losses.Add(Loss(context, LossPlan.LogUniform(context, 1m, 50_000_000m), "contingent", context.Chance(0.6) ? false : null));
        }

        if (context.Chance(0.08))
        {
            losses.Add(Loss(context, 0m, context.Pick(CountedKinds), null));
        }

        var items = losses.OrderBy(_ => context.Random.Next()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            items[i].Reorder(entries => [new("id", CaseScalar.Of("L" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))), .. entries]);
        }

        sections.Add("losses", new CaseSequence(items));
    }

    /// <summary>Splits a total into parts that add up to it exactly (cents, the last part taking the rest).</summary>
    private static IEnumerable<decimal> Split(GenerationContext context, decimal total, int parts)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => context.Random.Next(1, 100)).ToList();
        var sum = weights.Sum();
        var rest = total;
        for (var i = 0; i < parts - 1; i++)
        {
            var part = Math.Floor(total * weights[i] / sum * 100m) / 100m;
            rest -= part;
            yield return part;
        }

        yield return rest;
    }

    private static CaseMapping Loss(GenerationContext context, decimal amount, string kind, bool? assessed)
    {
        var loss = new CaseMapping { Flow = context.Chance(0.5) }
            .Add("amount", context.Number(amount))
            .Add("kind", context.Code(kind));
        if (assessed is { } flag)
        {
            loss.Add("assessedByIntermediary", context.Boolean(flag));
        }

        return loss.Add("description", context.Maybe(TextPool.LossDescriptions, 0.4));
    }
}
