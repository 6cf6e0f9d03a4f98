using Accountability.Rules.Facts;

namespace Accountability.Rules.CaseGeneration.Minimising;

/// <summary>
/// Simpler versions of one fact that a case file can still state: an optional field left out
/// (a factor's person among them, which makes it case-wide), a loss not assessed, and a number
/// replaced by zero or by the same number rounded to fewer significant digits. Required text, dates
/// and years (which link yearly figures, clues and disclosures) stay as they are.
/// </summary>
internal static class Simplifications
{
    private static readonly string[] Linking = ["fiscalYear", "year"];

    public static IEnumerable<Fact> Of(Fact fact)
    {
        if (fact.Schema.Name == "case")
        {
            yield break;
        }

        foreach (var field in fact.Schema.Fields)
        {
            var value = fact[field.Index];
            if (value.IsNull)
            {
                continue;
            }

            if (field.Optional)
            {
                yield return Replace(fact, field, Value.Null);
            }
            else if (fact.Schema.Name == "loss" && field.Name == "assessedByIntermediary" && value.AsBoolean)
            {
                yield return Replace(fact, field, Value.False);
            }

            if (value.Kind == ValueKind.Number && !Linking.Contains(field.Name, StringComparer.Ordinal))
            {
                foreach (var number in Simpler(value.AsNumber))
                {
                    yield return Replace(fact, field, Value.Of(number));
                }
            }
        }
    }

    /// <summary>Zero, then the number rounded to one, two … significant digits, then to whole units.</summary>
    internal static IEnumerable<decimal> Simpler(decimal number)
    {
        var candidates = new List<decimal> { 0m };
        var magnitude = number == 0m ? 0 : (int)Math.Floor(Math.Log10((double)Math.Abs(number)));
        for (var digits = 1; digits <= 6; digits++)
        {
            var scale = magnitude - digits + 1;
            var unit = scale >= 0 ? Pow10(scale) : 1m / Pow10(-scale);
            candidates.Add(Math.Round(number / unit, MidpointRounding.AwayFromZero) * unit);
        }

        candidates.Add(decimal.Truncate(number));
        return candidates.Select(Normalise).Where(c => c != number || c.Scale < number.Scale).Distinct().Where(c => c.Scale <= number.Scale || c == 0m);
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }

    /// <summary>The number without trailing zeros in its scale (<c>1000.00</c> → <c>1000</c>).</summary>
    private static decimal Normalise(decimal number) => number / 1.0000000000000000000000000000m;

    private static Fact Replace(Fact fact, FieldSchema field, Value value)
    {
        var values = fact.Values.ToArray();
        values[field.Index] = value;
        return Fact.Create(fact.Schema, values);
    }
}
