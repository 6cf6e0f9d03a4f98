using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads the <c>where</c> of a pattern, negation or aggregate into one boolean expression over the
/// element's own fields (<see cref="FieldExpression"/> on its alias). A field maps to a literal
/// (equality), a list (one of), <c>null</c> (absent), a reference, a function, or an operator map
/// (<c>eq, ne, lt, le, gt, ge, in, notIn</c> and the declared boundary words). Several fields and
/// several operators are joined with <c>and</c>.
/// </summary>
internal sealed class WhereReader
{
    /// <summary>The operators of an operator map, besides the boundary words.</summary>
    public static ImmutableArray<string> Operators { get; } = ["eq", "ne", "lt", "le", "gt", "ge", "in", "notIn"];

    private readonly RuleSetContext _context;
    private readonly OperandReader _operands;

    /// <summary>Creates a reader.</summary>
    public WhereReader(RuleSetContext context, OperandReader operands)
    {
        _context = context;
        _operands = operands;
    }

    private LoadErrors Errors => _context.Errors;

    /// <summary>
    /// Reads the condition; <c>null</c> when there is none. Errors are reported; the caller compares
    /// <see cref="LoadErrors.Reported"/> to learn whether there were any.
    /// </summary>
    public ExpressionElement? Read(YamlNode? node, string alias, FactSchema schema, string path)
    {
        if (node is null or YamlScalar { IsNull: true } || YamlValues.Mapping(node, path, Errors) is not { } mapping)
        {
            return null;
        }

        var conditions = new List<ExpressionElement>();
        foreach (var entry in mapping.Entries)
        {
            if (!schema.TryGetField(entry.KeyText, out var field))
            {
                Errors.Add(entry.KeyStart, LoadDiagnostics.UnknownField, schema.Name, entry.KeyText, OperandReader.FieldHint(schema, entry.KeyText));
                continue;
            }

            if (Field(entry.Value, new FieldExpression(alias, field.Name), field, path + "." + field.Name) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        return And(conditions);
    }

    private ExpressionElement? Field(YamlNode value, FieldExpression operand, FieldSchema field, string path)
    {
        var itemKind = field.Kind == ValueKind.TextList ? ValueKind.Text : field.Kind;
        return value switch
        {
            YamlSequence list => OneOf(list, operand, itemKind, path),
            YamlMapping mapping when OperandReader.IsFunction(mapping) => Compare(ComparisonOperator.Equal, operand, _operands.Read(mapping, field.Kind, path)),
            YamlMapping mapping => OperatorMap(mapping, operand, field, path),
            YamlScalar { IsNull: false } scalar when field.Kind == ValueKind.TextList =>
                _operands.Read(scalar, ValueKind.Text, path) is { } item ? new MembershipExpression(operand, [item]) : null,
            _ => Compare(ComparisonOperator.Equal, operand, _operands.Read(value, field.Kind, path)),
        };
    }

    private MembershipExpression? OneOf(YamlSequence list, FieldExpression operand, ValueKind itemKind, string path)
    {
        var items = list.Items.Select(i => _operands.Read(i, itemKind, path)).ToArray();
        return items.Any(i => i is null) ? null : new MembershipExpression(operand, [.. items!]);
    }

    private ExpressionElement? OperatorMap(YamlMapping mapping, FieldExpression operand, FieldSchema field, string path)
    {
        if (mapping.Entries.IsEmpty)
        {
            Errors.Add(mapping.Start, LoadDiagnostics.EmptyOperatorMapping, path, OperatorHint("{}"));
            return null;
        }

        var conditions = new List<ExpressionElement>();
        foreach (var entry in mapping.Entries)
        {
            var key = entry.KeyText;
            var condition = key switch
            {
                "in" or "notIn" when YamlValues.Sequence(entry.Value, path + "." + key, Errors) is { } list =>
                    OneOf(list, operand, field.Kind == ValueKind.TextList ? ValueKind.Text : field.Kind, path + "." + key) is { } oneOf
                        ? key == "in" ? oneOf : new NegationExpression(oneOf)
                        : null,
                "in" or "notIn" => null,
                "eq" or "ne" or "lt" or "le" or "gt" or "ge" => Compare(OperatorOf(key), operand, _operands.Read(entry.Value, field.Kind, path + "." + key)),
                _ when _context.Boundaries.TryGetValue(key, out var reading) => Compare(BoundaryOperator(key, reading.Inclusive), operand, _operands.Read(entry.Value, field.Kind, path + "." + key)),
                _ => Unknown(entry.Key),
            };
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return And(conditions);
    }

    private ExpressionElement? Unknown(YamlScalar key)
    {
        if (BoundaryWords.All.Contains(key.Value, StringComparer.Ordinal))
        {
            Errors.Add(key.Start, LoadDiagnostics.UndeclaredBoundary, key.Value);
        }
        else
        {
            Errors.Add(key.Start, LoadDiagnostics.UnknownOperator, key.Value, OperatorHint(key.Value));
        }

        return null;
    }

    private string OperatorHint(string written) =>
        Suggestions.Hint(written, [.. Operators, .. _context.Boundaries.Keys, .. OperandReader.Functions], "operators, declared boundary words and functions");

    private static ComparisonExpression? Compare(ComparisonOperator op, ExpressionElement left, ExpressionElement? right) =>
        right is null ? null : new ComparisonExpression(op, left, right);

    private static ComparisonOperator OperatorOf(string key) => key switch
    {
        "eq" => ComparisonOperator.Equal,
        "ne" => ComparisonOperator.NotEqual,
        "lt" => ComparisonOperator.LessThan,
        "le" => ComparisonOperator.LessThanOrEqual,
        "gt" => ComparisonOperator.GreaterThan,
        _ => ComparisonOperator.GreaterThanOrEqual,
    };

    private static ComparisonOperator BoundaryOperator(string word, bool inclusive) => BoundaryWords.IsLower(word)
        ? inclusive ? ComparisonOperator.GreaterThanOrEqual : ComparisonOperator.GreaterThan
        : inclusive ? ComparisonOperator.LessThanOrEqual : ComparisonOperator.LessThan;

    private static ExpressionElement? And(List<ExpressionElement> conditions) => conditions.Count switch
    {
        0 => null,
        1 => conditions[0],
        _ => new LogicalExpression(true, [.. conditions]),
    };
}
