using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Facts.Definitions;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>Compiles one rule, collecting problems instead of stopping at the first.</summary>
internal sealed class RuleCompilation
{
    private readonly RuleDefinition _rule;
    private readonly int _order;
    private readonly FactCatalog _catalog;
    private readonly WorkingDayCalendar? _calendar;
    private readonly ImmutableArray<Diagnostic>.Builder _problems;
    private readonly Dictionary<string, AliasBinding> _scope = new(StringComparer.Ordinal);
    private int _slots;

    public RuleCompilation(RuleDefinition rule, int order, FactCatalog catalog, WorkingDayCalendar? calendar, ImmutableArray<Diagnostic>.Builder problems)
    {
        _rule = rule;
        _order = order;
        _catalog = catalog;
        _calendar = calendar;
        _problems = problems;
    }

    public CompiledRule Compile()
    {
        var elements = ImmutableArray.CreateBuilder<CompiledElement>(_rule.Conditions.Length);
        var readTypes = ImmutableArray.CreateBuilder<int>(_rule.Conditions.Length);
        foreach (var element in _rule.Conditions)
        {
            if (CompileElement(element) is { } compiled)
            {
                elements.Add(compiled);
                if (!readTypes.Contains(compiled.TypeOrdinal))
                {
                    readTypes.Add(compiled.TypeOrdinal);
                }
            }
        }

        readTypes.Sort();

        if (_rule.Actions.IsDefaultOrEmpty)
        {
            Problem(CompilerDiagnostics.AssertsNothing);
        }

        var actions = ImmutableArray.CreateBuilder<CompiledAction>();
        foreach (var action in _rule.Actions.IsDefault ? [] : _rule.Actions)
        {
            if (CompileAction(action) is { } compiled)
            {
                actions.Add(compiled);
            }
        }

        return new CompiledRule
        {
            Definition = _rule,
            Order = _order,
            Elements = elements.ToImmutable(),
            Actions = actions.ToImmutable(),
            SlotCount = _slots,
            ReadTypes = readTypes.DrainToImmutable(),
        };
    }

    private CompiledElement? CompileElement(RuleElement element)
    {
        if (!_catalog.TryGet(element.FactType, out var schema))
        {
            Problem(CompilerDiagnostics.UnknownFactType, element.FactType, string.Join(", ", _catalog.Types.Select(t => t.Name)));
            return null;
        }

        switch (element)
        {
            case PatternElement pattern:
            {
                var slot = Bind(pattern.Alias, AliasBinding.ForFact(_slots, schema));
                var condition = CompileCondition(pattern.Condition, slot);
                var parts = CompileParts(pattern.Condition, pattern.Alias, slot);

                // Later elements and the actions see the fields the condition proves present.
                var constraints = ConditionConstraints.Of(pattern.Condition, pattern.Alias);
                _scope[pattern.Alias] = _scope[pattern.Alias] with { Present = constraints.Present };
                return new CompiledElement
                {
                    Kind = ElementKind.Pattern,
                    TypeOrdinal = schema.Ordinal,
                    FactSlot = slot,
                    Condition = condition,
                    Parts = parts,
                    Filter = Filter(parts, slot),
                    Key = constraints.Key(schema),
                    Join = Join(pattern.Condition, pattern.Alias, schema),
                };
            }

            case NotElement not:
            {
                var slot = Bind(not.Alias, AliasBinding.ForFact(_slots, schema));
                var condition = CompileCondition(not.Condition, slot);
                var parts = CompileParts(not.Condition, not.Alias, slot);
                var join = Join(not.Condition, not.Alias, schema);
                _scope.Remove(not.Alias);
                return new CompiledElement { Kind = ElementKind.Not, TypeOrdinal = schema.Ordinal, FactSlot = slot, Condition = condition, Parts = parts, Filter = Filter(parts, slot), Join = join };
            }

            case AggregateElement aggregate:
            {
                var itemSlot = Bind(aggregate.ItemAlias, AliasBinding.ForFact(_slots, schema));
                var condition = CompileCondition(aggregate.Condition, itemSlot);
                var parts = CompileParts(aggregate.Condition, aggregate.ItemAlias, itemSlot);
                var join = Join(aggregate.Condition, aggregate.ItemAlias, schema);
                _scope.Remove(aggregate.ItemAlias);
                var fieldIndex = -1;
                if (aggregate.Function == AggregateFunction.Sum)
                {
                    if (aggregate.Field is null || !schema.TryGetField(aggregate.Field, out var field))
                    {
                        Problem(CompilerDiagnostics.SumFieldUnknown, schema.Name, aggregate.Field, Fields(schema));
                    }
                    else if (field.Kind != ValueKind.Number)
                    {
                        Problem(CompilerDiagnostics.SumFieldNotNumber, schema.Name, field.Name, field.Kind, Fields(schema));
                    }
                    else
                    {
                        fieldIndex = field.Index;
                    }
                }

                var valueSlot = Bind(aggregate.Alias, AliasBinding.ForValue(_slots, ValueKind.Number));
                return new CompiledElement
                {
                    Kind = ElementKind.Aggregate,
                    TypeOrdinal = schema.Ordinal,
                    FactSlot = itemSlot,
                    ValueSlot = valueSlot,
                    Condition = condition,
                    Parts = parts,
                    Filter = Filter(parts, itemSlot),
                    Join = join,
                    Function = aggregate.Function,
                    FieldIndex = fieldIndex,
                };
            }

            default:
                Problem(CompilerDiagnostics.UnsupportedElement, element.GetType().Name);
                return null;
        }
    }

    private int Bind(string alias, AliasBinding binding)
    {
        if (_scope.ContainsKey(alias))
        {
            Problem(CompilerDiagnostics.AliasBoundTwice, alias);
        }

        _scope[alias] = binding;
        return _slots++;
    }

    /// <summary>An element's condition, which reads the element's own alias, bound to <paramref name="ownSlot"/>, as the candidate it tries (see <see cref="Evaluator"/>).</summary>
    private Condition? CompileCondition(ExpressionElement? condition, int ownSlot)
    {
        if (condition is null)
        {
            return null;
        }

        var compiled = new ExpressionCompiler(_scope, Problem, _calendar, inCondition: true, candidateSlot: ownSlot).Compile(condition);
        if (compiled.Kind is not (ValueKind.Boolean or ValueKind.Null))
        {
            Problem(CompilerDiagnostics.ConditionNotBoolean, condition, compiled.Kind);
        }

        return compiled.Holds();
    }

    /// <summary>
    /// The condition in at most two parts, each with the slots it reads: the conjuncts that read
    /// only the element's own fact (a filter on that fact type alone), then the others (a join).
    /// Problems were reported when the whole condition compiled, so they are not reported again.
    /// </summary>
    private ImmutableArray<ConditionPart> CompileParts(ExpressionElement? condition, string ownAlias, int ownSlot)
    {
        if (condition is null)
        {
            return [];
        }

        var conjuncts = condition is LogicalExpression { All: true } and ? and.Operands : [condition];
        var own = new List<ExpressionElement>();
        var join = new List<ExpressionElement>();
        foreach (var conjunct in conjuncts)
        {
            var aliases = new HashSet<string>(StringComparer.Ordinal);
            ExpressionAliases.Collect(conjunct, aliases);
            (aliases.All(alias => alias == ownAlias) ? own : join).Add(conjunct);
        }

        var parts = ImmutableArray.CreateBuilder<ConditionPart>(2);
        foreach (var group in (List<ExpressionElement>[])[own, join])
        {
            if (group.Count > 0)
            {
                parts.Add(CompilePart(group.Count == 1 ? group[0] : new LogicalExpression(true, [.. group]), ownSlot));
            }
        }

        return parts.ToImmutable();
    }

    /// <summary>
    /// The first conjunct of a condition that equates a field of the element's own fact with a field of a fact bound
    /// before it (<see cref="CompiledElement.Join"/>), as an index and a read; null when there is none.
    /// </summary>
    private JoinKey? Join(ExpressionElement? condition, string ownAlias, FactSchema schema)
    {
        foreach (var conjunct in ConditionConstraints.Conjuncts(condition))
        {
            if (conjunct is not ComparisonExpression { Operator: ComparisonOperator.Equal, Left: FieldExpression left, Right: FieldExpression right })
            {
                continue;
            }

            var (own, other) = left.Alias == ownAlias ? (left, right) : (right, left);
            if (own.Alias == ownAlias
                && other.Alias != ownAlias
                && schema.TryGetField(own.Field, out var ownField)
                && _scope.TryGetValue(other.Alias, out var bound)
                && bound.Schema is { } boundSchema
                && boundSchema.TryGetField(other.Field, out var boundField))
            {
                return new JoinKey(ownField.Index, new FieldRead(bound.Slot, boundField.Index));
            }
        }

        return null;
    }

    /// <summary>The first part as a test when it reads no slot but the element's own (<see cref="CompiledElement.Filter"/>); otherwise null.</summary>
    private static Condition? Filter(ImmutableArray<ConditionPart> parts, int ownSlot)
    {
        if (parts.IsEmpty)
        {
            return null;
        }

        foreach (var read in parts[0].Reads)
        {
            if (read.Slot != ownSlot)
            {
                return null;
            }
        }

        return parts[0].Holds;
    }

    private ConditionPart CompilePart(ExpressionElement expression, int ownSlot)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        ExpressionAliases.Collect(expression, aliases);
        // In slot order (every alias has a slot of its own, so the order is total), each read put in
        // its place as it comes: a part reads few aliases, and a sort of structs would be compiled at
        // run time at every start.
        var reads = new List<SlotRead>(aliases.Count);
        foreach (var alias in aliases)
        {
            if (_scope.TryGetValue(alias, out var binding))
            {
                var at = reads.Count;
                while (at > 0 && reads[at - 1].Slot > binding.Slot)
                {
                    at--;
                }

                reads.Insert(at, new SlotRead(binding.Slot, binding.Schema is null));
            }
        }
        var compiled = new ExpressionCompiler(_scope, static (_, _) => { }, _calendar, inCondition: true, candidateSlot: ownSlot).Compile(expression);
        return new ConditionPart(compiled.Evaluate, compiled.Holds(), [.. reads], ownSlot);
    }

    private CompiledAction? CompileAction(AssertAction action)
    {
        if (!_catalog.TryGet(action.FactType, out var schema))
        {
            Problem(CompilerDiagnostics.UnknownAssertedType, action.FactType, string.Join(", ", _catalog.Types.Where(t => t.Origin == FactOrigin.Derived).Select(t => t.Name)));
            return null;
        }

        if (schema.Origin != FactOrigin.Derived)
        {
            Problem(CompilerDiagnostics.AssertsCaseFact, schema.Name);
        }

        var fields = new CompiledExpression?[schema.Fields.Length];
        var assigned = new bool[schema.Fields.Length];
        var expressions = new ExpressionCompiler(_scope, Problem, _calendar);
        foreach (var assignment in action.Fields)
        {
            if (!schema.TryGetField(assignment.Field, out var field))
            {
                Problem(CompilerDiagnostics.UnknownField, schema.Name, assignment.Field, Fields(schema));
                continue;
            }

            if (assigned[field.Index])
            {
                Problem(CompilerDiagnostics.FieldSetTwice, schema.Name, field.Name);
            }

            assigned[field.Index] = true;
            var compiled = expressions.Compile(assignment.Value);
            if (compiled.Kind == ValueKind.Null ? !field.Optional && compiled.AlwaysNull : compiled.Kind != field.Kind)
            {
                Problem(CompilerDiagnostics.FieldKindMismatch, schema.Name, field.Name, field.Kind, assignment.Value, compiled.Kind);
            }
            else if (!field.Optional && compiled.MayBeNull)
            {
                Problem(CompilerDiagnostics.RequiredFieldMayBeAbsent, schema.Name, field.Name, assignment.Value);
            }

            fields[field.Index] = compiled;
        }

        foreach (var field in schema.Fields.Where(f => !f.Optional && !assigned[f.Index]))
        {
            Problem(CompilerDiagnostics.RequiredFieldNotSet, schema.Name, field.Name, field.Description);
        }

        return new CompiledAction(schema, fields, _catalog.TryGet(AccountabilityFacts.CalendarGapType, out var gap) ? gap : null);
    }

    private static string Fields(FactSchema schema) =>
        string.Join(", ", schema.Fields.Select(f => $"{f.Name} ({f.Kind})"));

    /// <summary>Reports a problem of this rule at its source; the rule's id fills the kind's first placeholder.</summary>
    private void Problem(DiagnosticKind kind, params object?[] arguments) => _problems.Add(kind.At(_rule.Source, [_rule.Id, .. arguments]));
}
