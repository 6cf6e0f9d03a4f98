using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// What a condition says for certain about the fields of one alias, read from its top-level
/// conjuncts: the constants a field must equal (<c>f == c</c>, <c>f in [c1, c2]</c>) and the
/// fields that cannot be absent (<c>f != null</c>, or equality with a constant that is not null).
/// Used for null narrowing and for the stratification check.
/// </summary>
internal sealed class ConditionConstraints
{
    /// <summary>
    /// For a field, the only constants it may equal. Arrays in a dictionary that is never changed after
    /// <see cref="Of"/>, rather than an ImmutableDictionary of ImmutableArray: ReadyToRun cannot precompile the
    /// framework's collections over <see cref="Value"/>, and every ruleset load compiles its rules.
    /// </summary>
    private readonly Dictionary<string, Value[]> _allowed;

    private ConditionConstraints(Dictionary<string, Value[]> allowed, ImmutableHashSet<string> present)
    {
        _allowed = allowed;
        Present = present;
    }

    /// <summary>Fields the condition proves present.</summary>
    public ImmutableHashSet<string> Present { get; }

    public static ConditionConstraints Of(ExpressionElement? condition, string alias)
    {
        var allowed = new Dictionary<string, Value[]>(StringComparer.Ordinal);
        var present = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var conjunct in Conjuncts(condition))
        {
            switch (conjunct)
            {
                case ComparisonExpression { Operator: ComparisonOperator.NotEqual } c when FieldOf(c.Left, alias) is { } f && c.Right is ConstantExpression { Value.IsNull: true }:
                    present.Add(f);
                    break;
                case ComparisonExpression { Operator: ComparisonOperator.Equal } c when FieldOf(c.Left, alias) is { } f && c.Right is ConstantExpression k:
                    allowed[f] = [k.Value];
                    if (!k.Value.IsNull)
                    {
                        present.Add(f);
                    }

                    break;
                case MembershipExpression m when FieldOf(m.Operand, alias) is { } f && m.Items.All(i => i is ConstantExpression):
                    var values = new Value[m.Items.Length];
                    var anyNull = false;
                    for (var i = 0; i < values.Length; i++)
                    {
                        values[i] = ((ConstantExpression)m.Items[i]).Value;
                        anyNull |= values[i].IsNull;
                    }

                    allowed[f] = values;
                    if (!anyNull)
                    {
                        present.Add(f);
                    }

                    break;
            }
        }

        return new ConditionConstraints(allowed, present.ToImmutable());
    }

    /// <summary>
    /// The text field of <paramref name="schema"/> the condition allows the fewest texts for (no absent value among
    /// them), with those texts: a fact whose field holds none of them fails the condition (see <see cref="Priming"/>).
    /// Null when the condition allows no text field only some texts. The texts are interned (see <see cref="PatternKey"/>).
    /// </summary>
    public PatternKey? Key(FactSchema schema)
    {
        PatternKey? best = null;
        foreach (var (name, values) in _allowed)
        {
            if (!schema.TryGetField(name, out var field) || field.Kind != ValueKind.Text || Array.Exists(values, value => value.Text is null))
            {
                continue;
            }

            ImmutableArray<string> texts = [.. values.Select(value => string.Intern(value.Text!)).Distinct(StringComparer.Ordinal)];
            if (best is null || texts.Length < best.Texts.Length)
            {
                best = new PatternKey(field.Index, texts);
            }
        }

        return best;
    }

    /// <summary>Whether a fact asserted with these constant fields could satisfy the condition.</summary>
    public bool CouldMatch(AssertAction action)
    {
        foreach (var assignment in action.Fields)
        {
            if (assignment.Value is ConstantExpression constant
                && _allowed.TryGetValue(assignment.Field, out var values)
                && !Array.Exists(values, value => value == constant.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static string? FieldOf(ExpressionElement expression, string alias) =>
        expression is FieldExpression field && field.Alias == alias ? field.Field : null;

    internal static IEnumerable<ExpressionElement> Conjuncts(ExpressionElement? condition)
    {
        switch (condition)
        {
            case null:
                yield break;
            case LogicalExpression { All: true } and:
                foreach (var operand in and.Operands)
                {
                    foreach (var inner in Conjuncts(operand))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                yield return condition;
                break;
        }
    }
}
