using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Minimising;

namespace Accountability.Rules.CaseGeneration;

/// <summary>
/// Shrinks a case that shows a failure (e.g. two engines that differ) to a smallest case that still
/// shows it: removes parts of the case (first many at once, then one at a time) while the failure
/// holds, then simplifies what is left (optional fields left out, numbers made round), and repeats
/// until nothing more can go. Every step keeps a case that a case file can state, so the result
/// prints with <see cref="CaseRepro.ToYaml"/>. Deterministic; thread-safe if the predicate is.
/// </summary>
public static class CaseMinimiser
{
    /// <summary>The smallest case found that still fails.</summary>
    /// <param name="failing">A case for which <paramref name="stillFails"/> holds.</param>
    /// <param name="stillFails">Whether a case shows the failure; called once per candidate.</param>
    /// <param name="maxAttempts">The most candidates tried before the case found so far is returned.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stillFails"/> does not hold for <paramref name="failing"/>.</exception>
    public static CaseRepro Minimise(CaseRepro failing, Func<CaseRepro, bool> stillFails, int maxAttempts = 5_000)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ArgumentNullException.ThrowIfNull(stillFails);
        if (!stillFails(failing))
        {
            throw new ArgumentException("The case to minimise does not fail.", nameof(failing));
        }

        var attempts = 0;
        bool Try(CaseRepro candidate)
        {
            attempts++;
            return stillFails(candidate);
        }

        var current = failing;
        bool changed;
        do
        {
            changed = false;
            var removed = Remove(current, Try, () => attempts < maxAttempts);
            changed |= !ReferenceEquals(removed, current);
            current = removed;
            var simplified = Simplify(current, Try, () => attempts < maxAttempts);
            changed |= !ReferenceEquals(simplified, current);
            current = simplified;
        }
        while (changed && attempts < maxAttempts);

        return current;
    }

    /// <summary>Removes chunks of removal units, halving the chunk size down to one unit.</summary>
    private static CaseRepro Remove(CaseRepro current, Func<CaseRepro, bool> fails, Func<bool> budget)
    {
        var units = RemovalUnits.Of(current);
        var chunk = Math.Max(1, units.Count / 2);
        while (units.Count > 0 && budget())
        {
            var progress = false;
            for (var start = 0; start < units.Count && budget(); start += chunk)
            {
                var candidate = current.Without(units.Skip(start).Take(chunk).SelectMany(u => u));
                if (fails(candidate))
                {
                    current = candidate;
                    units = RemovalUnits.Of(current);
                    progress = true;
                    break;
                }
            }

            if (!progress)
            {
                if (chunk == 1)
                {
                    break;
                }

                chunk = Math.Max(1, chunk / 2);
            }
            else
            {
                chunk = Math.Max(1, Math.Min(chunk, units.Count / 2));
            }
        }

        return current;
    }

    /// <summary>Replaces each fact by the first simpler version of it that still fails, until none does.</summary>
    private static CaseRepro Simplify(CaseRepro current, Func<CaseRepro, bool> fails, Func<bool> budget)
    {
        for (var i = 0; i < current.Facts.Length && budget(); i++)
        {
            var simplerFound = true;
            while (simplerFound && budget())
            {
                simplerFound = false;
                foreach (var simpler in Simplifications.Of(current.Facts[i]).ToImmutableArray())
                {
                    var candidate = current.With(i, simpler);
                    if (fails(candidate))
                    {
                        current = candidate;
                        simplerFound = true;
                        break;
                    }
                }
            }
        }

        return current;
    }
}
