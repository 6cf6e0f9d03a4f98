using System.Globalization;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// Checks the rules expanded from <c>lossTiers</c> rows, per criterion: the ranges, read from the
/// rules' comparisons (so as <c>conventions.boundaries</c> made them), meet without gap or overlap
/// up to the top of the domain (unbounded for amounts, 100% for ratios); a larger value never gives
/// a lower tier; every declared tier is given by some row. The criteria combine by the highest tier
/// reached, so a criterion may start above 0 (Yibin's ratio starts at 1%) as long as another
/// criterion (the amount) covers the domain from 0; when none does, each criterion's bottom gap is reported.
/// </summary>
internal static class TierTableCheck
{
    /// <summary>Checks the tier rows among <paramref name="rules"/> (the rules in force in one slice).</summary>
    public static void Check(LoadedRuleSet loaded, IReadOnlyList<RuleDefinition> rules, string slice, Action<Diagnostic, string?> report)
    {
        var rows = rules.Select(r => Row.Of(r, loaded)).OfType<Row>().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var bottomGaps = new List<(Diagnostic Finding, string Element)>();
        var complete = false;
        foreach (var criterion in rows.GroupBy(r => r.Criterion).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (CheckCriterion(criterion.Key, [.. criterion], slice, report) is { } bottom)
            {
                bottomGaps.Add(bottom);
            }
            else
            {
                complete = true;
            }
        }

        if (!complete)
        {
            bottomGaps.ForEach(g => report(g.Finding, g.Element));
        }

        var given = rows.Select(r => r.Tier).ToHashSet(StringComparer.Ordinal);
        foreach (var tier in loaded.Definition.Tiers.Where(t => !given.Contains(t.Code)))
        {
            report(VerificationDiagnostics.TierUnreachable.At(rows[0].Rule.Source, tier.Code, slice), "tiers/" + tier.Code);
        }
    }

    /// <summary>Reports the gaps above the lowest row, the overlaps and the order; returns the gap below the lowest row, if any.</summary>
    private static (Diagnostic Finding, string Element)? CheckCriterion(string criterion, List<Row> rows, string slice, Action<Diagnostic, string?> report)
    {
        var percent = criterion != "amount";
        var name = percent ? $"a {criterion} of" : "an amount of";
        decimal? top = percent ? 100m : null;
        rows.Sort((a, b) => a.Lower.Value != b.Lower.Value ? a.Lower.Value.CompareTo(b.Lower.Value) : b.Lower.Included.CompareTo(a.Lower.Included));

        // The first value not yet covered: (value, whether the value itself is covered already).
        var cursor = (Value: 0m, Covered: false);
        var infinite = false;
        Row? previous = null;
        Row? highest = null;
        (Diagnostic Finding, string Element)? bottom = null;
        foreach (var row in rows)
        {
            var (lower, lowerIncluded) = row.Lower;
            if (!infinite && (lower > cursor.Value || (lower == cursor.Value && !cursor.Covered && !lowerIncluded)))
            {
                var range = Interval(cursor.Value, !cursor.Covered, lower, !lowerIncluded, percent);
                var gap = VerificationDiagnostics.TierGap.At(row.Rule.Source, name, range, slice);
                if (previous is null)
                {
                    bottom = (gap, row.Id);
                }
                else
                {
                    report(gap, row.Id);
                }
            }
            else if (previous is not null && (infinite || lower < cursor.Value || (lower == cursor.Value && cursor.Covered && lowerIncluded)))
            {
                var (end, endIncluded) = infinite ? (row.Upper?.Value, row.Upper?.Included ?? false) : Min(row.Upper, (cursor.Value, cursor.Covered));
                report(VerificationDiagnostics.TierOverlap.At(row.Rule.Source, previous.Id, row.Id, name, Interval(lower, lowerIncluded, end, endIncluded, percent), slice), row.Id);
            }

            if (highest is not null && row.Rank < highest.Rank)
            {
                report(VerificationDiagnostics.TierNotMonotone.At(row.Rule.Source, row.Id, row.Tier, criterion, highest.Id, highest.Tier, slice), row.Id);
            }

            if (highest is null || row.Rank > highest.Rank)
            {
                highest = row;
            }

            if (row.Upper is not { } upper)
            {
                infinite = true;
            }
            else if (!infinite && (upper.Value > cursor.Value || (upper.Value == cursor.Value && upper.Included)))
            {
                cursor = (upper.Value, upper.Included);
            }

            previous = row;
        }

        if (!infinite && (top is not { } t || cursor.Value < t || (cursor.Value == t && !cursor.Covered)))
        {
            report(VerificationDiagnostics.TierGap.At(previous!.Rule.Source, name, Interval(cursor.Value, !cursor.Covered, top, false, percent), slice), previous.Id);
        }

        return bottom;
    }

    private static (decimal? Value, bool Included) Min((decimal Value, bool Included)? a, (decimal Value, bool Included) b) =>
        a is not { } x || x.Value > b.Value || (x.Value == b.Value && x.Included) ? (b.Value, b.Included) : (x.Value, x.Included);

    private static string Interval(decimal from, bool fromIncluded, decimal? to, bool toIncluded, bool percent)
    {
        string N(decimal v) => v.ToString("#,0.####", CultureInfo.InvariantCulture) + (percent ? "%" : string.Empty);
        if (to is null)
        {
            return $"from {N(from)} ({(fromIncluded ? "included" : "excluded")}) upwards";
        }

        if (from == to)
        {
            return $"of exactly {N(from)}";
        }

        return $"from {N(from)} ({(fromIncluded ? "included" : "excluded")}) to {N(to.Value)} ({(toIncluded ? "included" : "excluded")})";
    }

    /// <summary>One criterion rule of a tier row: its range and the tier it gives.</summary>
    private sealed record Row(RuleDefinition Rule, string Id, string Tier, int Rank, string Criterion, (decimal Value, bool Included) Lower, (decimal Value, bool Included)? Upper)
    {
        public static Row? Of(RuleDefinition rule, LoadedRuleSet loaded)
        {
            if (!loaded.Rows.TryGetValue(rule.Id, out var row) || row.Table != "lossTiers"
                || rule.Actions.FirstOrDefault(a => a.FactType == "tierCriterion") is not { } action
                || RuleSetVerifier.Constant(action, "tier") is not { Kind: ValueKind.Text } tier
                || RuleSetVerifier.Constant(action, "rank") is not { Kind: ValueKind.Number } rank
                || RuleSetVerifier.Constant(action, "criterion") is not { Kind: ValueKind.Text } criterion
                || rule.Conditions.OfType<PatternElement>().FirstOrDefault() is not { Condition: { } condition } pattern)
            {
                return null;
            }

            (decimal, bool) lower = (0m, true);
            (decimal, bool)? upper = null;
            foreach (var comparison in Comparisons(condition, pattern.Alias))
            {
                var value = ((ConstantExpression)comparison.Right).Value.AsNumber;
                switch (comparison.Operator)
                {
                    case ComparisonOperator.GreaterThanOrEqual: lower = (value, true); break;
                    case ComparisonOperator.GreaterThan: lower = (value, false); break;
                    case ComparisonOperator.LessThanOrEqual: upper = (value, true); break;
                    case ComparisonOperator.LessThan: upper = (value, false); break;
                }
            }

            return new Row(rule, row.RowId, tier.AsText, (int)rank.AsNumber, criterion.AsText, lower, upper);
        }

        private static IEnumerable<ComparisonExpression> Comparisons(ExpressionElement condition, string alias) => condition switch
        {
            ComparisonExpression { Left: FieldExpression f, Right: ConstantExpression { Value.Kind: ValueKind.Number } } c when f.Alias == alias => [c],
            LogicalExpression { All: true } and => and.Operands.SelectMany(o => Comparisons(o, alias)),
            _ => [],
        };
    }
}
