using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.CaseGeneration.Profiles;

/// <summary>
/// The constants a ruleset's rules compare fields with and assert: numbers by the field they are
/// compared with (<c>amount</c> → 1000000, 10000000), every number, and every date. Generated
/// values are drawn on and around them, so that every boundary of the ruleset is exercised.
/// </summary>
internal sealed class RuleConstants
{
    private readonly Dictionary<string, SortedSet<decimal>> _byField = new(StringComparer.Ordinal);
    private readonly SortedSet<decimal> _numbers = [];
    private readonly SortedSet<LocalDate> _dates = [];

    public RuleConstants(RuleSetDefinition definition)
    {
        foreach (var rule in definition.Rules)
        {
            foreach (var element in rule.Conditions)
            {
                Visit(element switch
                {
                    PatternElement pattern => pattern.Condition,
                    NotElement not => not.Condition,
                    AggregateElement aggregate => aggregate.Condition,
                    _ => null,
                });
            }

            foreach (var assignment in rule.Actions.SelectMany(a => a.Fields))
            {
                Visit(assignment.Value);
            }

            if (rule.InForceFrom is { } from)
            {
                _dates.Add(from);
            }

            if (rule.InForceTo is { } to)
            {
                _dates.Add(to);
            }
        }
    }

    /// <summary>The numbers some rule compares a field of this name with, ascending.</summary>
    public ImmutableArray<decimal> ComparedWith(string field) =>
        _byField.TryGetValue(field, out var numbers) ? [.. numbers] : [];

    /// <summary>Every number the rules write, ascending.</summary>
    public ImmutableArray<decimal> Numbers => [.. _numbers];

    /// <summary>Every date the rules write (in conditions, assertions and periods in force), ascending.</summary>
    public ImmutableArray<LocalDate> Dates => [.. _dates];

    private void Visit(ExpressionElement? expression)
    {
        switch (expression)
        {
            case ComparisonExpression comparison:
                Compared(comparison.Left, comparison.Right);
                Compared(comparison.Right, comparison.Left);
                Visit(comparison.Left);
                Visit(comparison.Right);
                break;
            case LogicalExpression logical:
                logical.Operands.ToList().ForEach(Visit);
                break;
            case NegationExpression negation:
                Visit(negation.Operand);
                break;
            case MembershipExpression membership:
                Visit(membership.Operand);
                membership.Items.ToList().ForEach(Visit);
                break;
            case CallExpression call:
                call.Arguments.ToList().ForEach(Visit);
                break;
            case ConstantExpression { Value.Kind: ValueKind.Number } number:
                _numbers.Add(number.Value.AsNumber);
                break;
            case ConstantExpression { Value.Kind: ValueKind.Date } date:
                _dates.Add(date.Value.AsDate);
                break;
        }
    }

    private void Compared(ExpressionElement field, ExpressionElement constant)
    {
        if (field is FieldExpression { Field: var name } && constant is ConstantExpression { Value.Kind: ValueKind.Number } number)
        {
            if (!_byField.TryGetValue(name, out var numbers))
            {
                _byField[name] = numbers = [];
            }

            numbers.Add(number.Value.AsNumber);
        }
    }
}
