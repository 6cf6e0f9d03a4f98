using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Profiles;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Generation;

/// <summary>
/// The state of the generation of one case: the random source (seeded), the ruleset's profile, the
/// decision date and the ids generated so far, which later sections refer to. Mutable; one per case.
/// </summary>
internal sealed class GenerationContext
{
    public GenerationContext(RuleSetProfile profile, int seed)
    {
        Profile = profile;
        Random = new Random(seed);
    }

    public RuleSetProfile Profile { get; }

    public Random Random { get; }

    public LocalDate DecidedOn { get; set; }

    /// <summary>The prior-year-end total assets the loss plan chose; <c>null</c> when unknown.</summary>
    public decimal? Assets { get; set; }

    public List<string> PersonIds { get; } = [];

    /// <summary>Whether a section of facts of this type is generated: mostly when the rules read it, rarely when not.</summary>
    public bool Includes(string factType) => Chance(Profile.Reads(factType) ? 0.88 : 0.04);

    public bool Chance(double probability) => Random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => Random.Next(min, max + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A count from 0 to <paramref name="max"/>: now and then none, else small counts likelier.</summary>
    public int Count(int max) => max < 1 || Chance(0.15) ? 0 : Math.Min(Between(1, max), Between(1, max));

    /// <summary>Up to <paramref name="max"/> items, each distinct but for an occasional repeat.</summary>
    public ImmutableArray<T> Several<T>(IReadOnlyList<T> items, int max)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var picked = items.OrderBy(_ => Random.Next()).Take(Count(max)).ToList();
        if (picked.Count > 0 && Chance(0.05))
        {
            picked.Add(Pick(picked));
        }

        return [.. picked];
    }

    public LocalDate Near(LocalDate around, int before, int after) => around.PlusDays(Between(-before, after));

    public LocalDate Between(LocalDate first, LocalDate last) =>
        last <= first ? first : first.PlusDays(Random.Next(Period.Between(first, last, PeriodUnits.Days).Days + 1));

    /// <summary>Text from a pool, or <c>null</c> (the key left out) with probability 1 − <paramref name="probability"/>.</summary>
    public CaseScalar? Maybe(IReadOnlyList<string> pool, double probability) => Chance(probability) ? CaseScalar.Of(Pick(pool)) : null;

    /// <summary>A number as a case file may write it: mostly plain, sometimes quoted or with trailing zeros.</summary>
    public CaseScalar Number(decimal value)
    {
        var roll = Random.NextDouble();
        return roll switch
        {
            < 0.05 => CaseScalar.Of(value, quoted: true),
            < 0.09 when decimal.Truncate(value) == value => new CaseScalar(value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), ScalarKind.Number),
            _ => CaseScalar.Of(value),
        };
    }

    /// <summary>A date: mostly plain, sometimes quoted.</summary>
    public CaseScalar Date(LocalDate date) => CaseScalar.Of(date, quoted: Chance(0.08));

    /// <summary>A boolean, now and then in capitals (<c>True</c>), as YAML 1.2 allows.</summary>
    public CaseScalar Boolean(bool value) =>
        Chance(0.05) ? new CaseScalar(value ? "True" : "FALSE", ScalarKind.Boolean) : CaseScalar.Of(value);

    /// <summary>A code of a list: usually plain, sometimes quoted.</summary>
    public CaseScalar Code(string code) => new(code, ScalarKind.Text, quoted: Chance(0.05));
}
