using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads a range written with plain bounds (<c>min</c>, <c>max</c>: inclusive) or with the text's
/// boundary words, read as <c>conventions.boundaries</c> declares.
/// </summary>
internal static class RangeReader
{
    /// <summary>The keys that set a bound.</summary>
    public static ImmutableArray<string> BoundKeys { get; } = ["min", "max", .. BoundaryWords.All];

    /// <summary>
    /// Reads a range. <paramref name="extraKeys"/> are other keys allowed in the same mapping (the
    /// caller reads them). Returns <c>null</c> when the range has an error (reported).
    /// </summary>
    public static ValueRange? Read(YamlNode node, string path, RangeUnit unit, RuleSetContext context, ImmutableArray<string> extraKeys = default)
    {
        var errors = context.Errors;
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }

        var mark = errors.Reported;
        _ = new MappingReader(mapping, path, extraKeys.IsDefault ? BoundKeys : [.. BoundKeys, .. extraKeys], errors);
        RangeBound? lower = null;
        RangeBound? upper = null;
        foreach (var entry in mapping.Entries.Where(e => BoundKeys.Contains(e.KeyText, StringComparer.Ordinal)))
        {
            var key = entry.KeyText;
            if (ReadBound(entry, path, unit, context) is not { } bound)
            {
                continue;
            }

            var isLower = key == "min" || (key != "max" && BoundaryWords.IsLower(key));
            ref var slot = ref isLower ? ref lower : ref upper;
            if (slot is not null)
            {
                errors.Add(entry.KeyStart, LoadDiagnostics.RangeTwoBounds, isLower ? "lower" : "upper", slot.Key, key);
                continue;
            }

            slot = bound;
        }

        if (errors.Reported != mark)
        {
            return null;
        }

        if (lower is null && upper is null)
        {
            errors.Add(mapping.Start, LoadDiagnostics.RangeNoBound);
            return null;
        }

        if (lower is not null && upper is not null && !CheckOrder(lower, upper, mapping, errors))
        {
            return null;
        }

        return new ValueRange(lower, upper, mapping.Start);
    }

    private static RangeBound? ReadBound(YamlEntry entry, string path, RangeUnit unit, RuleSetContext context)
    {
        var key = entry.KeyText;
        var errors = context.Errors;
        bool inclusive;
        if (key is "min" or "max")
        {
            inclusive = true;
        }
        else if (context.Boundaries.TryGetValue(key, out var reading))
        {
            inclusive = reading.Inclusive;
        }
        else
        {
            errors.Add(entry.KeyStart, LoadDiagnostics.UndeclaredBoundary, key);
            return null;
        }

        if (YamlValues.Number(entry.Value, path + "." + key, errors) is not { } value)
        {
            return null;
        }

        if (unit == RangeUnit.Percent && value is < 0m or > 100m)
        {
            errors.Add(entry.Value.Start, LoadDiagnostics.PercentOutOfRange, value);
            return null;
        }

        if (unit == RangeUnit.Amount && value < 0m)
        {
            errors.Add(entry.Value.Start, LoadDiagnostics.NegativeAmount, value);
            return null;
        }

        return new RangeBound(value, inclusive, key);
    }

    private static bool CheckOrder(RangeBound lower, RangeBound upper, YamlMapping mapping, LoadErrors errors)
    {
        if (lower.Value > upper.Value)
        {
            errors.Add(mapping.Start, LoadDiagnostics.RangeMinAboveMax, lower.Value, upper.Value);
            return false;
        }

        if (lower.Value == upper.Value && !(lower.Inclusive && upper.Inclusive))
        {
            errors.Add(mapping.Start, LoadDiagnostics.RangeEmpty, lower.Value);
            return false;
        }

        return true;
    }
}
