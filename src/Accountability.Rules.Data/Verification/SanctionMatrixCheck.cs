using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// Checks the sanction matrix: every tier × responsibility pair is covered by a
/// <c>sanctionMatrix</c> row (one with <c>nonePrescribed: true</c> counts) or by a rule that reads
/// a <c>lossTier</c> of that tier and a <c>personResponsibility</c> (of that type or any), such as
/// national-2016's rule for 五(四) that says the opinion prescribes nothing for a general loss; each
/// prescribed deduction lies within 0–100% with its minimum not above its maximum; and each
/// restriction period is positive. Only a ruleset with sanction rows in the slice is checked.
/// </summary>
internal static class SanctionMatrixCheck
{
    private static readonly (string What, string Min, string Max)[] Ranges =
        [("the performance salary deduction", "salaryMinPercent", "salaryMaxPercent"), ("the term incentive deduction", "termIncentiveMinPercent", "termIncentiveMaxPercent")];

    /// <summary>Checks the rules in force in one slice.</summary>
    public static void Check(LoadedRuleSet loaded, IReadOnlyList<RuleDefinition> rules, string slice, Action<Diagnostic, string?> report)
    {
        CheckRanges(loaded, rules, report);
        var rows = rules.Where(r => loaded.Rows.TryGetValue(r.Id, out var row) && row.Table == "sanctionMatrix").ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var definition = loaded.Definition;
        foreach (var tier in definition.Tiers)
        {
            foreach (var responsibility in definition.Responsibilities)
            {
                if (!rules.Any(r => Covers(r, tier.Code, responsibility.Code)))
                {
                    var at = rows.FirstOrDefault(r => Asserted(r, "tier") == tier.Code) ?? rows[0];
                    report(VerificationDiagnostics.SanctionCellMissing.At(at.Source, tier.Code, responsibility.Code, slice), $"sanctionMatrix/{tier.Code}/{responsibility.Code}");
                }
            }
        }
    }

    private static void CheckRanges(LoadedRuleSet loaded, IReadOnlyList<RuleDefinition> rules, Action<Diagnostic, string?> report)
    {
        foreach (var rule in rules)
        {
            foreach (var action in rule.Actions)
            {
                if (action.FactType == "sanction")
                {
                    foreach (var (what, minField, maxField) in Ranges)
                    {
                        if (RuleSetVerifier.Constant(action, minField) is { Kind: ValueKind.Number } min
                            && RuleSetVerifier.Constant(action, maxField) is { Kind: ValueKind.Number } max
                            && (min.AsNumber < 0m || max.AsNumber > 100m || min.AsNumber > max.AsNumber))
                        {
                            report(VerificationDiagnostics.SanctionRangeInvalid.At(rule.Source, rule.Id, what, min.AsNumber, max.AsNumber), rule.Id);
                        }
                    }
                }

                foreach (var assignment in action.Fields.Where(_ => action.FactType == "restriction" && loaded.Rows.TryGetValue(rule.Id, out var row) && row.Table == "promotionRestrictions"))
                {
                    if (assignment.Value is CallExpression { Function: BuiltInFunction.Plus } call
                        && call.Arguments.OfType<ConstantExpression>().FirstOrDefault(c => c.Value.Kind == ValueKind.Period) is { } constant
                        && !Positive(constant.Value.AsPeriod))
                    {
                        report(VerificationDiagnostics.PeriodNotPositive.At(rule.Source, rule.Id, PeriodPattern.Roundtrip.Format(constant.Value.AsPeriod)), rule.Id);
                    }
                }
            }
        }
    }

    private static bool Positive(Period period) =>
        period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
        && (period.Years > 0 || period.Months > 0 || period.Weeks > 0 || period.Days > 0);

    private static string? Asserted(RuleDefinition rule, string field) =>
        rule.Actions.Where(a => a.FactType == "sanction").Select(a => RuleSetVerifier.Constant(a, field)).FirstOrDefault(v => v is { Kind: ValueKind.Text }) is { } v ? v.AsText : null;

    /// <summary>Whether a rule speaks of a loss of the tier and a person of the responsibility: it matches a lossTier constrained to the tier and a personResponsibility of that type or any.</summary>
    private static bool Covers(RuleDefinition rule, string tier, string responsibility)
    {
        var patterns = rule.Conditions.OfType<PatternElement>().ToList();
        return patterns.Any(p => p.Type == "lossTier" && RuleSetVerifier.AllowedTexts(p.Condition, p.Alias, "tier") is { } tiers && tiers.Contains(tier))
            && patterns.Any(p => p.Type == "personResponsibility" && (RuleSetVerifier.AllowedTexts(p.Condition, p.Alias, "responsibility") is not { } types || types.Contains(responsibility)));
    }
}
