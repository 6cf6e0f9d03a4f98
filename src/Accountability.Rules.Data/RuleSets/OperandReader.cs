using Accountability.Rules.Diagnostics;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads an operand of a condition or an assignment: a literal (typed by the kind of the field it
/// is compared with or assigned to), <c>null</c>, a reference (<c>$alias.field</c> or
/// <c>$alias</c>), or a function of <see cref="FunctionSignature"/> (<c>{ percentOf: [a, b] }</c>,
/// <c>{ plusWorkingDays: [date, 10] }</c>, <c>{ coalesce: [...] }</c>...), whose literal arguments are typed
/// by the function's parameters (or, for <c>coalesce</c>, <c>max</c> and <c>min</c>, by the expected kind). Returns <c>null</c> when the operand has an error (reported).
/// </summary>
internal sealed partial class OperandReader
{
    /// <summary>The function names, as <see cref="FunctionSignature.ByName"/> gives them, in order.</summary>
    public static ImmutableArray<string> Functions => FunctionSignature.OrderedNames;

    private readonly RuleSetContext _context;
    private readonly AliasScope _scope;

    /// <summary>Creates a reader over the aliases bound so far.</summary>
    public OperandReader(RuleSetContext context, AliasScope scope)
    {
        _context = context;
        _scope = scope;
    }

    private LoadErrors Errors => _context.Errors;

    /// <summary>Reads an operand whose literals are of kind <paramref name="kind"/>.</summary>
    public ExpressionElement? Read(YamlNode node, ValueKind kind, string path) => node switch
    {
        YamlInvalidNode => null,
        YamlScalar { IsNull: true } => Expressions.Null,
        YamlScalar { IsPlain: true } scalar when scalar.Value.StartsWith('$') => Reference(scalar),
        YamlScalar scalar => Literal(scalar, kind, path),
        YamlMapping mapping => Function(mapping, kind, path),
        YamlSequence sequence when kind == ValueKind.TextList => TextList(sequence, path),
        _ => Unexpected(node, path),
    };

    /// <summary>Whether a mapping is a function call rather than an operator map.</summary>
    public static bool IsFunction(YamlMapping mapping) => IsFunction(mapping, out _);

    private static bool IsFunction(YamlMapping mapping, out BuiltInFunction function)
    {
        function = default;
        return mapping.Entries.Length == 1 && FunctionSignature.TryFind(mapping.Entries[0].KeyText, out function);
    }

    private ConstantExpression? Literal(YamlScalar scalar, ValueKind kind, string path)
    {
        if (kind == ValueKind.TextList)
        {
            Errors.Add(scalar.Start, LoadDiagnostics.ExpectedList, path, scalar.Describe());
            return null;
        }

        Value? value = kind switch
        {
            ValueKind.Number => YamlValues.Number(scalar, path, Errors) is { } n ? Value.Of(n) : null,
            ValueKind.Boolean => YamlValues.Boolean(scalar, path, Errors) is { } b ? Value.Of(b) : null,
            ValueKind.Date => YamlValues.Date(scalar, path, Errors) is { } d ? Value.Of(d) : null,
            ValueKind.Period => YamlValues.Period(scalar, path, Errors) is { } p ? Value.Of(p) : null,
            _ => Value.Of(scalar.Value),
        };
        return value is { } v ? new ConstantExpression(v) : null;
    }

    private ConstantExpression? TextList(YamlSequence sequence, string path) =>
        YamlValues.ScalarList(sequence, path, Errors) is { } items && items.Length == sequence.Items.Length
            ? Expressions.TextList([.. items.Select(i => i.Value)])
            : null;

    private ExpressionElement? Reference(YamlScalar scalar)
    {
        var match = ReferenceRegex().Match(scalar.Value);
        if (!match.Success)
        {
            Errors.Add(scalar.Start, LoadDiagnostics.BadReference, scalar.Value);
            return null;
        }

        var alias = match.Groups["alias"].Value;
        var field = match.Groups["field"].Success ? match.Groups["field"].Value : null;
        if (_scope.IsBroken(alias))
        {
            return null;
        }

        if (!_scope.TryGet(alias, out var fact))
        {
            if (_scope.Names.Count == 0)
            {
                Errors.Add(scalar.Start, LoadDiagnostics.NoAliasBound, alias);
            }
            else
            {
                Errors.Add(scalar.Start, LoadDiagnostics.UnknownAlias, alias, Suggestions.Hint(alias, [.. _scope.Names], "aliases bound before this use"));
            }

            return null;
        }

        return (fact, field) switch
        {
            (null, null) => new BindingExpression(alias),
            (null, { } f) => Fail(scalar, LoadDiagnostics.AliasIsValue, alias, f),
            ({ } schema, null) => Fail(scalar, LoadDiagnostics.AliasIsFact, alias, schema.Fields[0].Name),
            ({ } schema, { } f) when !schema.TryGetField(f, out _) =>
                Fail(scalar, LoadDiagnostics.UnknownField, schema.Name, f, FieldHint(schema, f)),
            _ => new FieldExpression(alias, field!),
        };
    }

    private CallExpression? Function(YamlMapping mapping, ValueKind kind, string path)
    {
        if (!IsFunction(mapping, out var function))
        {
            var key = mapping.Entries.IsEmpty ? "{}" : mapping.Entries[0].KeyText;
            Errors.Add(mapping.Start, LoadDiagnostics.NotOneOf, key, "function", Suggestions.Hint(key, Functions, "functions"));
            return null;
        }

        var (name, argsNode) = (mapping.Entries[0].KeyText, mapping.Entries[0].Value);
        if (YamlValues.Sequence(argsNode, path + "." + name, Errors) is not { } args)
        {
            return null;
        }

        var signature = FunctionSignature.Of(function);
        var expected = signature.Variadic ? "two or more" : signature.Parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (signature.Variadic ? args.Items.Length < 2 : args.Items.Length != signature.Parameters.Length)
        {
            var shape = string.Join(", ", Enumerable.Repeat("operand", signature.Variadic ? 2 : signature.Parameters.Length));
            Errors.Add(argsNode.Start, LoadDiagnostics.WrongArity, name, expected, args.Items.Length, shape);
            return null;
        }

        ImmutableArray<ValueKind> kinds = signature.Variadic
            ? [.. args.Items.Select(_ => signature.Parameters[0] == ValueKind.Null ? kind : signature.Parameters[0])]
            : signature.Parameters;
        var operands = args.Items.Select((a, i) => Read(a, kinds[i], path + "." + name)).ToArray();
        return operands.Any(o => o is null) ? null : new CallExpression(function, [.. operands!]);
    }

    private ExpressionElement? Unexpected(YamlNode node, string path)
    {
        if (node is not YamlInvalidNode)
        {
            Errors.Add(node.Start, LoadDiagnostics.ExpectedOperand, path, node.Describe());
        }

        return null;
    }

    private ExpressionElement? Fail(YamlScalar at, DiagnosticKind kind, params object?[] arguments)
    {
        Errors.Add(at.Start, kind, arguments);
        return null;
    }

    /// <summary>A hint naming the fields of a fact type and the closest to what was written.</summary>
    public static string FieldHint(FactSchema schema, string written) =>
        Suggestions.Hint(written, [.. schema.Fields.Select(f => f.Name)], $"fields of '{schema.Name}'");

    [GeneratedRegex(@"^\$(?<alias>[a-z][A-Za-z0-9]*)(\.(?<field>[A-Za-z][A-Za-z0-9]*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceRegex();
}
