using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// Type-checks an expression against the aliases in scope and turns it into an
/// <see cref="Evaluator"/>. Names are resolved here, once; the delegates read by position.
/// </summary>
internal sealed class ExpressionCompiler(IReadOnlyDictionary<string, AliasBinding> scope, Action<string, string> problem)
{
    private static readonly Evaluator NullEvaluator = static _ => Value.Null;

    public CompiledExpression Compile(ExpressionElement expression) => expression switch
    {
        ConstantExpression constant => Constant(constant.Value),
        FieldExpression field => Field(field),
        BindingExpression binding => Binding(binding),
        ComparisonExpression comparison => Comparison(comparison),
        LogicalExpression logical => Logical(logical),
        NegationExpression negation => Negation(negation),
        MembershipExpression membership => Membership(membership),
        CallExpression call => Call(call),
        _ => Fail($"Unsupported expression {expression.GetType().Name}.", "Use a supported expression."),
    };

    private static CompiledExpression Constant(Value value) => new(_ => value, value.Kind, value.IsNull);

    private CompiledExpression Field(FieldExpression expression)
    {
        if (!scope.TryGetValue(expression.Alias, out var binding))
        {
            return Fail($"Alias '{expression.Alias}' is not bound here.", AliasHint());
        }

        if (binding.Schema is null)
        {
            return Fail($"'{expression.Alias}' is an aggregate value and has no fields.", $"Write '${expression.Alias}' for the value.");
        }

        if (!binding.Schema.TryGetField(expression.Field, out var field))
        {
            return Fail(
                $"'{binding.Schema.Name}' has no field '{expression.Field}'.",
                $"'{binding.Schema.Name}' has: " + string.Join(", ", binding.Schema.Fields.Select(f => f.Name)) + ".");
        }

        var slot = binding.Slot;
        var index = field.Index;
        return new(context => context.Facts[slot]![index], field.Kind, field.Optional && !binding.Present.Contains(field.Name));
    }

    private CompiledExpression Binding(BindingExpression expression)
    {
        if (!scope.TryGetValue(expression.Alias, out var binding))
        {
            return Fail($"Alias '{expression.Alias}' is not bound here.", AliasHint());
        }

        if (binding.Schema is not null)
        {
            return Fail($"'{expression.Alias}' is a fact, not a value.", $"Name one of its fields, e.g. '${expression.Alias}.{binding.Schema.Fields[0].Name}'.");
        }

        var slot = binding.Slot;
        return new(context => context.Values[slot], binding.ValueKind, false);
    }

    private CompiledExpression Comparison(ComparisonExpression expression)
    {
        var left = Compile(expression.Left);
        var right = Compile(expression.Right);
        var op = expression.Operator;
        var ordering = op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
        if (!left.AlwaysNull && !right.AlwaysNull && left.Kind != right.Kind)
        {
            return Fail($"'{expression}' compares {left.Kind} with {right.Kind}.", "Compare values of the same kind.");
        }

        var kind = left.AlwaysNull ? right.Kind : left.Kind;
        if (ordering && kind is not (ValueKind.Number or ValueKind.Date or ValueKind.Text))
        {
            return Fail($"'{expression}' orders values of kind {kind}.", "Only numbers, dates and texts are ordered.");
        }

        var l = left.Evaluate;
        var r = right.Evaluate;
        Evaluator evaluate = op switch
        {
            ComparisonOperator.Equal => c => Value.Of(l(c).Equals(r(c))),
            ComparisonOperator.NotEqual => c => Value.Of(!l(c).Equals(r(c))),
            _ => c => Value.Of(Order(op, l(c), r(c))),
        };
        return new(evaluate, ValueKind.Boolean, false);
    }

    private static bool Order(ComparisonOperator op, Value left, Value right)
    {
        if (left.IsNull || right.IsNull)
        {
            return false;
        }

        var order = left.CompareTo(right);
        return op switch
        {
            ComparisonOperator.LessThan => order < 0,
            ComparisonOperator.LessThanOrEqual => order <= 0,
            ComparisonOperator.GreaterThan => order > 0,
            _ => order >= 0,
        };
    }

    private CompiledExpression Logical(LogicalExpression expression)
    {
        var operands = expression.Operands.Select(CompileBoolean).ToArray();
        var all = expression.All;
        return new(
            context =>
            {
                foreach (var operand in operands)
                {
                    if (IsTrue(operand(context)) != all)
                    {
                        return Value.Of(!all);
                    }
                }

                return Value.Of(all);
            },
            ValueKind.Boolean,
            false);
    }

    private CompiledExpression Negation(NegationExpression expression)
    {
        var operand = CompileBoolean(expression.Operand);
        return new(context => Value.Of(!IsTrue(operand(context))), ValueKind.Boolean, false);
    }

    private CompiledExpression Membership(MembershipExpression expression)
    {
        var operand = Compile(expression.Operand);
        var items = expression.Items.Select(Compile).ToArray();
        var itemKind = operand.Kind == ValueKind.TextList ? ValueKind.Text : operand.Kind;
        foreach (var (item, source) in items.Zip(expression.Items))
        {
            if (!item.AlwaysNull && item.Kind != itemKind)
            {
                return Fail($"'{source}' is {item.Kind}, but '{expression.Operand}' is {operand.Kind}.", "List values of the same kind.");
            }
        }

        var test = operand.Evaluate;
        var candidates = items.Select(i => i.Evaluate).ToArray();
        if (operand.Kind == ValueKind.TextList)
        {
            return new(
                context =>
                {
                    var list = test(context);
                    if (list.IsNull)
                    {
                        return Value.False;
                    }

                    var texts = list.AsTextList;
                    foreach (var candidate in candidates)
                    {
                        var value = candidate(context);
                        if (!value.IsNull && texts.Contains(value.AsText, StringComparer.Ordinal))
                        {
                            return Value.True;
                        }
                    }

                    return Value.False;
                },
                ValueKind.Boolean,
                false);
        }

        return new(
            context =>
            {
                var value = test(context);
                foreach (var candidate in candidates)
                {
                    if (value.Equals(candidate(context)))
                    {
                        return Value.True;
                    }
                }

                return Value.False;
            },
            ValueKind.Boolean,
            false);
    }

    private CompiledExpression Call(CallExpression call)
    {
        var args = call.Arguments.Select(Compile).ToImmutableArray();
        switch (call.Function)
        {
            case BuiltInFunction.PercentOf:
            {
                if (!Expect(call, args, ValueKind.Number, ValueKind.Number))
                {
                    return Failed();
                }

                var part = args[0].Evaluate;
                var whole = args[1].Evaluate;
                return new(
                    context =>
                    {
                        var p = part(context);
                        var w = whole(context);
                        return p.IsNull || w.IsNull || w.AsNumber == 0m ? Value.Null : Value.Of(p.AsNumber * 100m / w.AsNumber);
                    },
                    ValueKind.Number,
                    true);
            }

            case BuiltInFunction.Plus:
            {
                if (!Expect(call, args, ValueKind.Date, ValueKind.Period))
                {
                    return Failed();
                }

                var date = args[0].Evaluate;
                var period = args[1].Evaluate;
                return new(
                    context =>
                    {
                        var d = date(context);
                        var p = period(context);
                        return d.IsNull || p.IsNull ? Value.Null : Value.Of(d.AsDate.Plus(p.AsPeriod));
                    },
                    ValueKind.Date,
                    args[0].MayBeNull || args[1].MayBeNull);
            }

            case BuiltInFunction.Coalesce:
            {
                var kinds = args.Where(a => !a.AlwaysNull).Select(a => a.Kind).Distinct().ToArray();
                if (args.IsEmpty || kinds.Length > 1)
                {
                    return Fail($"'{call}' mixes kinds or has no arguments.", "Give coalesce arguments of one kind.");
                }

                var evaluators = args.Select(a => a.Evaluate).ToArray();
                return new(
                    context =>
                    {
                        foreach (var evaluate in evaluators)
                        {
                            var value = evaluate(context);
                            if (!value.IsNull)
                            {
                                return value;
                            }
                        }

                        return Value.Null;
                    },
                    kinds.Length == 0 ? ValueKind.Null : kinds[0],
                    args.All(a => a.MayBeNull));
            }

            default:
                return Fail($"Unknown function {call.Function}.", "Use percentOf, plus or coalesce.");
        }
    }

    private bool Expect(CallExpression call, ImmutableArray<CompiledExpression> args, params ValueKind[] kinds)
    {
        if (args.Length != kinds.Length)
        {
            problem($"'{call}' takes {kinds.Length} arguments, not {args.Length}.", $"Give {string.Join(" and ", kinds)}.");
            return false;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (!args[i].AlwaysNull && args[i].Kind != kinds[i])
            {
                problem($"Argument {i + 1} of '{call}' is {args[i].Kind}, not {kinds[i]}.", $"Give {string.Join(" and ", kinds)}.");
                return false;
            }
        }

        return true;
    }

    private Evaluator CompileBoolean(ExpressionElement expression)
    {
        var compiled = Compile(expression);
        if (compiled.Kind is not (ValueKind.Boolean or ValueKind.Null))
        {
            problem($"'{expression}' is {compiled.Kind}, not a boolean.", "Use a comparison.");
        }

        return compiled.Evaluate;
    }

    private static bool IsTrue(Value value) => value.Kind == ValueKind.Boolean && value.AsBoolean;

    private string AliasHint() =>
        scope.Count == 0 ? "Bind a pattern with 'as' before referring to it." : "Aliases bound here: " + string.Join(", ", scope.Keys) + ".";

    private CompiledExpression Fail(string message, string hint)
    {
        problem(message, hint);
        return Failed();
    }

    private static CompiledExpression Failed() => new(NullEvaluator, ValueKind.Null, true);
}
