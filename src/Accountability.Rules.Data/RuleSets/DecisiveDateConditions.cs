using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Makes a ruleset's decisive dates (<c>ruleset.decisiveDate</c>) conditions of its rules: every
/// pattern on a fact type one names gets "its date (or year) lies within the rule's period in
/// force" (the rule's own <c>inForce</c>, else the ruleset's), unless the pattern already states a
/// condition on that field (the rule then speaks of the date itself, such as a note on facts dated
/// before the rules). Data, not an engine special case: both engines compile the condition as written.
/// </summary>
internal static class DecisiveDateConditions
{
    /// <summary>The rule with the conditions of every decisive date added; unchanged when there is none or no such pattern.</summary>
    public static RuleDefinition Apply(RuleDefinition rule, ImmutableArray<DecisiveDate> decisive, LocalDate from, LocalDate? to, FactCatalog catalog) =>
        decisive.Aggregate(rule, (current, date) => Apply(current, date, from, to, catalog));

    private static RuleDefinition Apply(RuleDefinition rule, DecisiveDate decisive, LocalDate from, LocalDate? to, FactCatalog catalog)
    {
        if (rule.Conditions.IsDefault || !rule.Conditions.Any(c => Governed(c, decisive)))
        {
            return rule;
        }

        var year = catalog[decisive.FactType].Fields.Single(f => f.Name == decisive.Field).Kind == ValueKind.Number;
        Value Bound(LocalDate date) => year ? Value.Of((decimal)date.Year) : Value.Of(date);
        var first = rule.InForceFrom ?? from;
        var last = rule.InForceTo ?? to;
        return rule with
        {
            Conditions = [.. rule.Conditions.Select(c => c is PatternElement p && Governed(p, decisive) ? p with { Condition = And(p, first, last) } : c)],
        };

        ExpressionElement And(PatternElement pattern, LocalDate start, LocalDate? end)
        {
            var field = new FieldExpression(pattern.Alias, decisive.Field);
            ImmutableArray<ExpressionElement> bounds =
            [
                new ComparisonExpression(ComparisonOperator.GreaterThanOrEqual, field, new ConstantExpression(Bound(start))),
                .. end is { } e ? [new ComparisonExpression(ComparisonOperator.LessThanOrEqual, field, new ConstantExpression(Bound(e)))] : Array.Empty<ExpressionElement>(),
            ];
            return pattern.Condition is null && bounds.Length == 1 ? bounds[0] : new LogicalExpression(true, [.. pattern.Condition is null ? [] : new[] { pattern.Condition }, .. bounds]);
        }
    }

    private static bool Governed(RuleElement element, DecisiveDate decisive) =>
        element is PatternElement pattern && pattern.Type == decisive.FactType && !Mentions(pattern.Condition, pattern.Alias, decisive.Field);

    /// <summary>Whether the expression reads the field of the alias.</summary>
    private static bool Mentions(ExpressionElement? expression, string alias, string field) => expression switch
    {
        FieldExpression f => f.Alias == alias && f.Field == field,
        ComparisonExpression c => Mentions(c.Left, alias, field) || Mentions(c.Right, alias, field),
        LogicalExpression l => l.Operands.Any(o => Mentions(o, alias, field)),
        NegationExpression n => Mentions(n.Operand, alias, field),
        MembershipExpression m => Mentions(m.Operand, alias, field) || m.Items.Any(i => Mentions(i, alias, field)),
        CallExpression call => call.Arguments.Any(a => Mentions(a, alias, field)),
        _ => false,
    };
}
