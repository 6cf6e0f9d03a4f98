using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Engine;

/// <summary>
/// Type-checks an expression against the aliases in scope and turns it into an
/// <see cref="Evaluator"/>; a test (comparison, logical or membership test) into a
/// <see cref="Condition"/> as well, which conditions run without making boolean values
/// (<see cref="CompiledExpression.Holds"/>). Names are resolved here, once; the delegates read by position. An
/// element's condition is compiled with the element's own slot as <c>candidateSlot</c>: its alias is read from the
/// candidate the delegate is given (<see cref="FieldRead.Candidate"/>), every other alias from its slot.
/// </summary>
internal sealed class ExpressionCompiler(IReadOnlyDictionary<string, AliasBinding> scope, Action<DiagnosticKind, object?[]> problem, WorkingDayCalendar? calendar, bool inCondition = false, int candidateSlot = -1)
{
    private static readonly Evaluator NullEvaluator = static (_, _) => Value.Null;

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
        _ => Fail(CompilerDiagnostics.UnsupportedExpression, expression.GetType().Name),
    };

    /// <summary>
    /// A constant. A text is the runtime's interned string of its text, as the JSON case reader's texts are
    /// where the same text was interned (and C# literals are under the JIT; a natively compiled program does
    /// not put its literals in the pool): equal texts are then mostly the same string, which the equality
    /// tests find by reference without comparing characters.
    /// </summary>
    private static CompiledExpression Constant(Value value)
    {
        if (value.Text is { } text)
        {
            value = Value.Of(string.Intern(text));
        }

        return new((_, _) => value, value.Kind, value.IsNull) { Constant = value };
    }

    private CompiledExpression Field(FieldExpression expression)
    {
        if (!scope.TryGetValue(expression.Alias, out var binding))
        {
            return Fail(CompilerDiagnostics.AliasNotBound, expression.Alias, BoundAliases());
        }

        if (binding.Schema is null)
        {
            return Fail(CompilerDiagnostics.AggregateValueHasNoFields, expression.Alias);
        }

        if (!binding.Schema.TryGetField(expression.Field, out var field))
        {
            return Fail(CompilerDiagnostics.UnknownField, binding.Schema.Name, expression.Field, string.Join(", ", binding.Schema.Fields.Select(f => f.Name)));
        }

        var index = field.Index;
        var mayBeNull = field.Optional && !binding.Present.Contains(field.Name);
        if (binding.Slot == candidateSlot)
        {
            return new((_, candidate) => candidate![index], field.Kind, mayBeNull) { Read = new FieldRead(FieldRead.Candidate, index) };
        }

        var slot = binding.Slot;
        return new((context, _) => context.Facts[slot]![index], field.Kind, mayBeNull) { Read = new FieldRead(slot, index) };
    }

    private CompiledExpression Binding(BindingExpression expression)
    {
        if (!scope.TryGetValue(expression.Alias, out var binding))
        {
            return Fail(CompilerDiagnostics.AliasNotBound, expression.Alias, BoundAliases());
        }

        if (binding.Schema is not null)
        {
            return Fail(CompilerDiagnostics.AliasIsFact, expression.Alias, binding.Schema.Fields[0].Name);
        }

        var slot = binding.Slot;
        return new((context, _) => context.Values[slot], binding.ValueKind, false);
    }

    private CompiledExpression Comparison(ComparisonExpression expression)
    {
        var left = Compile(expression.Left);
        var right = Compile(expression.Right);
        var op = expression.Operator;
        var ordering = op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
        if (!left.AlwaysNull && !right.AlwaysNull && left.Kind != right.Kind)
        {
            return Fail(CompilerDiagnostics.ComparesKinds, expression, left.Kind, right.Kind);
        }

        var kind = left.AlwaysNull ? right.Kind : left.Kind;
        if (ordering && kind is not (ValueKind.Number or ValueKind.Date or ValueKind.Text))
        {
            return Fail(CompilerDiagnostics.OrdersKind, expression, kind);
        }

        return CompiledExpression.Of(ordering ? Ordering(op, left, right) : Equality(left, right, op == ComparisonOperator.Equal));
    }

    /// <summary>
    /// An ordering test, folded as <see cref="Equality"/> is; a constant on the left moves to the right
    /// with the operator mirrored (<c>3 &lt; x</c> is <c>x &gt; 3</c>), as the order of values is antisymmetric.
    /// </summary>
    private static Condition Ordering(ComparisonOperator op, CompiledExpression left, CompiledExpression right)
    {
        if (left.Constant is not null)
        {
            (left, right, op) = (right, left, op switch
            {
                ComparisonOperator.LessThan => ComparisonOperator.GreaterThan,
                ComparisonOperator.LessThanOrEqual => ComparisonOperator.GreaterThanOrEqual,
                ComparisonOperator.GreaterThan => ComparisonOperator.LessThan,
                _ => ComparisonOperator.LessThanOrEqual,
            });
        }

        if (left.Read is { } read && right.Constant is { } constant)
        {
            var (slot, index) = (read.Slot, read.Index);
            return (c, candidate) => Order(op, Bound(c, candidate, slot)[index], constant);
        }

        if (left.Read is { } first && right.Read is { } second)
        {
            var (slot, index, otherSlot, otherIndex) = (first.Slot, first.Index, second.Slot, second.Index);
            return (c, candidate) => Order(op, Bound(c, candidate, slot)[index], Bound(c, candidate, otherSlot)[otherIndex]);
        }

        var l = left.Evaluate;
        var r = right.Evaluate;
        return (c, candidate) => Order(op, l(c, candidate), r(c, candidate));
    }

    /// <summary>
    /// An equality test (<paramref name="equal"/>) or inequality test, folded where a side reads a field:
    /// one delegate reads the slot and compares with the constant or the other field, instead of one
    /// delegate per side. The same semantics as <see cref="Value.Equals(Value)"/>, which is symmetric.
    /// </summary>
    private static Condition Equality(CompiledExpression left, CompiledExpression right, bool equal)
    {
        if (left.Constant is not null)
        {
            (left, right) = (right, left);
        }

        if (left.Read is { } read && right.Constant is { } constant)
        {
            return ReadEquals(read, constant, equal);
        }

        if (left.Read is { } first && right.Read is { } second)
        {
            var (slot, index, otherSlot, otherIndex) = (first.Slot, first.Index, second.Slot, second.Index);
            return (c, candidate) => Bound(c, candidate, slot)[index].Equals(Bound(c, candidate, otherSlot)[otherIndex]) == equal;
        }

        var l = left.Evaluate;
        var r = right.Evaluate;
        return (c, candidate) => l(c, candidate).Equals(r(c, candidate)) == equal;
    }

    private static Condition ReadEquals(FieldRead read, Value constant, bool equal)
    {
        var (slot, index) = (read.Slot, read.Index);
        if (constant.IsNull)
        {
            return (c, candidate) => Bound(c, candidate, slot)[index].IsNull == equal;
        }

        var text = constant.Text;
        return text is not null
            ? (c, candidate) => (Bound(c, candidate, slot)[index].Text == text) == equal
            : (c, candidate) => Bound(c, candidate, slot)[index].Equals(constant) == equal;
    }

    /// <summary>The fact a read of <paramref name="slot"/> reads: the candidate for <see cref="FieldRead.Candidate"/>, else the fact bound to the slot.</summary>
    private static Fact Bound(MatchContext context, Fact? candidate, int slot) => slot == FieldRead.Candidate ? candidate! : context.Facts[slot]!;

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
        if (operands.Length == 2)
        {
            var (first, second) = (operands[0], operands[1]);
            return CompiledExpression.Of(all ? (c, candidate) => first(c, candidate) && second(c, candidate) : (c, candidate) => first(c, candidate) || second(c, candidate));
        }

        return CompiledExpression.Of((context, candidate) =>
        {
            foreach (var operand in operands)
            {
                if (operand(context, candidate) != all)
                {
                    return !all;
                }
            }

            return all;
        });
    }

    private CompiledExpression Negation(NegationExpression expression)
    {
        var operand = CompileBoolean(expression.Operand);
        return CompiledExpression.Of((context, candidate) => !operand(context, candidate));
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
                return Fail(CompilerDiagnostics.ListKinds, source, item.Kind, expression.Operand, operand.Kind);
            }
        }

        if (Array.TrueForAll(items, i => i.Constant is not null))
        {
            // Loops rather than LINQ over values: each LINQ method over a struct is compiled at run time, at every start.
            var constants = new Value[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                constants[i] = items[i].Constant!.Value;
            }

            return CompiledExpression.Of(ConstantMembership(operand, constants));
        }

        var test = operand.Evaluate;
        var evaluators = items.Select(i => i.Evaluate).ToArray();
        if (operand.Kind == ValueKind.TextList)
        {
            return CompiledExpression.Of((context, candidate) =>
            {
                var list = test(context, candidate);
                if (list.IsNull)
                {
                    return false;
                }

                var texts = list.AsTextList;
                foreach (var evaluate in evaluators)
                {
                    var value = evaluate(context, candidate);
                    if (!value.IsNull && texts.Contains(value.AsText, StringComparer.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            });
        }

        return CompiledExpression.Of((context, candidate) =>
        {
            var value = test(context, candidate);
            foreach (var evaluate in evaluators)
            {
                if (value.Equals(evaluate(context, candidate)))
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>
    /// A membership test whose items are all constants, prepared once: the texts of a text or text list
    /// test (absent items match an absent text, and no item of a list), the values of any other. The same
    /// semantics as comparing with each item by <see cref="Value.Equals(Value)"/>.
    /// </summary>
    private static Condition ConstantMembership(CompiledExpression operand, Value[] items)
    {
        var (test, kind) = (operand.Evaluate, operand.Kind);
        if (kind is ValueKind.Text or ValueKind.TextList)
        {
            var present = new List<string>(items.Length);
            foreach (var item in items)
            {
                if (!item.IsNull)
                {
                    present.Add(item.AsText);
                }
            }

            var texts = present.ToArray();
            if (kind == ValueKind.TextList)
            {
                return (c, candidate) => test(c, candidate) is { IsNull: false } list && ContainsAny(list.AsTextList, texts);
            }

            var anyNull = Array.Exists(items, i => i.IsNull);
            if (operand.Read is { } read)
            {
                var (slot, index) = (read.Slot, read.Index);
                return (c, candidate) => Bound(c, candidate, slot)[index] is var field && field.Text is { } text ? Contains(texts, text) : field.IsNull && anyNull;
            }

            return (c, candidate) => test(c, candidate) is var value && value.Text is { } text ? Contains(texts, text) : value.IsNull && anyNull;
        }

        return (c, candidate) =>
        {
            var value = test(c, candidate);
            foreach (var item in items)
            {
                if (value.Equals(item))
                {
                    return true;
                }
            }

            return false;
        };
    }

    private static bool ContainsAny(ImmutableArray<string> list, string[] texts)
    {
        foreach (var text in list)
        {
            if (Contains(texts, text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(string[] texts, string text)
    {
        foreach (var candidate in texts)
        {
            if (candidate == text)
            {
                return true;
            }
        }

        return false;
    }

    private CompiledExpression Call(CallExpression call)
    {
        var signature = FunctionSignature.Of(call.Function);
        var args = call.Arguments.Select(Compile).ToImmutableArray();
        ValueKind kind;
        if (signature.Variadic)
        {
            // The kind the arguments that are not always null share (null when every one is); mixed when they differ.
            kind = ValueKind.Null;
            var mixed = false;
            foreach (var arg in args.Where(a => !a.AlwaysNull))
            {
                mixed |= kind != ValueKind.Null && arg.Kind != kind;
                kind = arg.Kind;
            }

            if (args.Length < 2 || mixed)
            {
                return Fail(CompilerDiagnostics.ArgumentsOfOneKind, call, signature.Name);
            }
            if (call.Function is BuiltInFunction.Max or BuiltInFunction.Min && kind is not (ValueKind.Number or ValueKind.Date or ValueKind.Null))
            {
                return Fail(CompilerDiagnostics.ComparesNonOrdered, call, kind, signature.Name);
            }
        }
        else
        {
            if (!Expect(call, args, signature))
            {
                return Failed();
            }

            kind = signature.Result;
        }

        if (signature.NeedsCalendar && inCondition)
        {
            // An action turns a year the calendar lacks into a calendarGap (CompiledAction); a condition could only throw.
            return Fail(CompilerDiagnostics.WorkingDaysInCondition, call);
        }

        if (signature.NeedsCalendar && calendar is null)
        {
            return Fail(CompilerDiagnostics.NoCalendar, call);
        }

        var a = args.Select(x => x.Evaluate).ToArray();
        var anyMayBeNull = args.Any(x => x.MayBeNull);
        return call.Function switch
        {
            BuiltInFunction.PercentOf => new((c, candidate) => Numbers(a, c, candidate, out var p, out var w) && w != 0m ? Value.Of(p * 100m / w) : Value.Null, kind, true),
            BuiltInFunction.Divide => new((c, candidate) => Numbers(a, c, candidate, out var p, out var w) && w != 0m ? Value.Of(p / w) : Value.Null, kind, true),
            BuiltInFunction.Add => new((c, candidate) => Numbers(a, c, candidate, out var x, out var y) ? Value.Of(x + y) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.Subtract => new((c, candidate) => Numbers(a, c, candidate, out var x, out var y) ? Value.Of(x - y) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.Multiply => new((c, candidate) => Numbers(a, c, candidate, out var x, out var y) ? Value.Of(x * y) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.Ceiling => new((c, candidate) => a[0](c, candidate) is { IsNull: false } v ? Value.Of(decimal.Ceiling(v.AsNumber)) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.Year => new((c, candidate) => a[0](c, candidate) is { IsNull: false } v ? Value.Of((decimal)v.AsDate.Year) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.Date => new(MakeDate(a), kind, true),
            BuiltInFunction.Plus => new((c, candidate) => a[0](c, candidate) is { IsNull: false } d && a[1](c, candidate) is { IsNull: false } p ? Value.Of(d.AsDate.Plus(p.AsPeriod)) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.PlusWorkingDays => new(PlusWorkingDays(a, calendar!), kind, anyMayBeNull),
            BuiltInFunction.OnOrNextWorkingDay => new((c, candidate) => a[0](c, candidate) is { IsNull: false } d ? Value.Of(calendar!.OnOrNextWorkingDay(d.AsDate)) : Value.Null, kind, anyMayBeNull),
            BuiltInFunction.Coalesce => new((c, candidate) => First(a, c, candidate), kind, args.All(x => x.MayBeNull)),
            BuiltInFunction.Max => new((c, candidate) => Extreme(a, c, candidate, 1), kind, args.All(x => x.MayBeNull)),
            BuiltInFunction.Min => new((c, candidate) => Extreme(a, c, candidate, -1), kind, args.All(x => x.MayBeNull)),
            _ => Fail(CompilerDiagnostics.UnknownFunction, call.Function, string.Join(", ", FunctionSignature.ByName.Keys)),
        };
    }

    private static bool Numbers(Evaluator[] args, MatchContext context, Fact? candidate, out decimal first, out decimal second)
    {
        var x = args[0](context, candidate);
        var y = args[1](context, candidate);
        first = x.IsNull ? 0m : x.AsNumber;
        second = y.IsNull ? 0m : y.AsNumber;
        return !x.IsNull && !y.IsNull;
    }

    private static Evaluator MakeDate(Evaluator[] args) => (context, candidate) =>
    {
        var y = args[0](context, candidate);
        var m = args[1](context, candidate);
        var d = args[2](context, candidate);
        if (y.IsNull || m.IsNull || d.IsNull)
        {
            return Value.Null;
        }

        var (year, month, day) = (y.AsNumber, m.AsNumber, d.AsNumber);
        if (year != decimal.Truncate(year) || month != decimal.Truncate(month) || day != decimal.Truncate(day) || year is < 1 or > 9999 || month is < 1 or > 12 || day < 1)
        {
            return Value.Null;
        }

        return day > CalendarSystem.Iso.GetDaysInMonth((int)year, (int)month) ? Value.Null : Value.Of(new LocalDate((int)year, (int)month, (int)day));
    };

    private static Evaluator PlusWorkingDays(Evaluator[] args, WorkingDayCalendar calendar) => (context, candidate) =>
    {
        var d = args[0](context, candidate);
        var n = args[1](context, candidate);
        if (d.IsNull || n.IsNull || n.AsNumber < 0m || n.AsNumber != decimal.Truncate(n.AsNumber) || n.AsNumber > 3660m)
        {
            return Value.Null;
        }

        return Value.Of(calendar.AddWorkingDays(d.AsDate, (int)n.AsNumber));
    };

    private static Value First(Evaluator[] args, MatchContext context, Fact? candidate)
    {
        foreach (var evaluate in args)
        {
            var value = evaluate(context, candidate);
            if (!value.IsNull)
            {
                return value;
            }
        }

        return Value.Null;
    }

    private static Value Extreme(Evaluator[] args, MatchContext context, Fact? candidate, int sign)
    {
        var best = Value.Null;
        foreach (var evaluate in args)
        {
            var value = evaluate(context, candidate);
            if (!value.IsNull && (best.IsNull || value.CompareTo(best) * sign > 0))
            {
                best = value;
            }
        }

        return best;
    }

    private bool Expect(CallExpression call, ImmutableArray<CompiledExpression> args, FunctionSignature signature)
    {
        var kinds = signature.Parameters;
        if (args.Length != kinds.Length)
        {
            problem(CompilerDiagnostics.ArgumentCount, [call, kinds.Length, args.Length, signature.Name, string.Join(" and ", kinds)]);
            return false;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (!args[i].AlwaysNull && args[i].Kind != kinds[i])
            {
                problem(CompilerDiagnostics.ArgumentKind, [i + 1, call, args[i].Kind, kinds[i], signature.Name, string.Join(" and ", kinds)]);
                return false;
            }
        }

        return true;
    }

    private Condition CompileBoolean(ExpressionElement expression)
    {
        var compiled = Compile(expression);
        if (compiled.Kind is not (ValueKind.Boolean or ValueKind.Null))
        {
            problem(CompilerDiagnostics.NotBoolean, [expression, compiled.Kind]);
        }

        return compiled.Holds();
    }

    private string BoundAliases() => scope.Count == 0 ? "none" : string.Join(", ", scope.Keys);

    private CompiledExpression Fail(DiagnosticKind kind, params object?[] arguments)
    {
        problem(kind, arguments);
        return Failed();
    }

    private static CompiledExpression Failed() => new(NullEvaluator, ValueKind.Null, true);
}
