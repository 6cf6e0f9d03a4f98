using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>Compiles one rule, collecting problems instead of stopping at the first.</summary>
internal sealed class RuleCompilation
{
    private readonly RuleDefinition _rule;
    private readonly int _order;
    private readonly FactCatalog _catalog;
    private readonly WorkingDayCalendar? _calendar;
    private readonly ImmutableArray<RuleProblem>.Builder _problems;
    private readonly Dictionary<string, AliasBinding> _scope = new(StringComparer.Ordinal);
    private int _slots;

    public RuleCompilation(RuleDefinition rule, int order, FactCatalog catalog, WorkingDayCalendar? calendar, ImmutableArray<RuleProblem>.Builder problems)
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
        var readTypes = new SortedSet<int>();
        foreach (var element in _rule.Conditions)
        {
            if (CompileElement(element) is { } compiled)
            {
                elements.Add(compiled);
                readTypes.Add(compiled.TypeOrdinal);
            }
        }

        if (_rule.Actions.IsDefaultOrEmpty)
        {
            Problem("Rule asserts nothing.", "Add at least one 'then' action.");
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
            ReadTypes = [.. readTypes],
        };
    }

    private CompiledElement? CompileElement(RuleElement element)
    {
        if (!_catalog.TryGet(element.FactType, out var schema))
        {
            Problem($"Unknown fact type '{element.FactType}'.", "Use one of: " + string.Join(", ", _catalog.Types.Select(t => t.Name)) + ".");
            return null;
        }

        switch (element)
        {
            case PatternElement pattern:
            {
                var slot = Bind(pattern.Alias, AliasBinding.ForFact(_slots, schema));
                var condition = CompileCondition(pattern.Condition);
                var parts = CompileParts(pattern.Condition, pattern.Alias);

                // Later elements and the actions see the fields the condition proves present.
                _scope[pattern.Alias] = _scope[pattern.Alias] with { Present = ConditionConstraints.Of(pattern.Condition, pattern.Alias).Present };
                return new CompiledElement
                {
                    Kind = ElementKind.Pattern,
                    TypeOrdinal = schema.Ordinal,
                    FactSlot = slot,
                    Condition = condition,
                    Parts = parts,
                };
            }

            case NotElement not:
            {
                var slot = Bind(not.Alias, AliasBinding.ForFact(_slots, schema));
                var condition = CompileCondition(not.Condition);
                var parts = CompileParts(not.Condition, not.Alias);
                _scope.Remove(not.Alias);
                return new CompiledElement { Kind = ElementKind.Not, TypeOrdinal = schema.Ordinal, FactSlot = slot, Condition = condition, Parts = parts };
            }

            case AggregateElement aggregate:
            {
                var itemSlot = Bind(aggregate.ItemAlias, AliasBinding.ForFact(_slots, schema));
                var condition = CompileCondition(aggregate.Condition);
                var parts = CompileParts(aggregate.Condition, aggregate.ItemAlias);
                _scope.Remove(aggregate.ItemAlias);
                var fieldIndex = -1;
                if (aggregate.Function == AggregateFunction.Sum)
                {
                    if (aggregate.Field is null || !schema.TryGetField(aggregate.Field, out var field))
                    {
                        Problem($"Sum needs a number field of '{schema.Name}'; '{aggregate.Field}' is not one.", FieldHint(schema));
                    }
                    else if (field.Kind != ValueKind.Number)
                    {
                        Problem($"Sum needs a number field; '{schema.Name}.{field.Name}' is {field.Kind}.", FieldHint(schema));
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
                    Function = aggregate.Function,
                    FieldIndex = fieldIndex,
                };
            }

            default:
                Problem($"Unsupported element {element.GetType().Name}.", "Use a pattern, a negation or an aggregate.");
                return null;
        }
    }

    private int Bind(string alias, AliasBinding binding)
    {
        if (_scope.ContainsKey(alias))
        {
            Problem($"Alias '{alias}' is bound twice.", "Give each pattern its own alias.");
        }

        _scope[alias] = binding;
        return _slots++;
    }

    private Evaluator? CompileCondition(ExpressionElement? condition)
    {
        if (condition is null)
        {
            return null;
        }

        var compiled = new ExpressionCompiler(_scope, Problem, _calendar).Compile(condition);
        if (compiled.Kind is not (ValueKind.Boolean or ValueKind.Null))
        {
            Problem($"Condition '{condition}' is {compiled.Kind}, not a boolean.", "Compare the value with something.");
        }

        return compiled.Evaluate;
    }

    /// <summary>
    /// The condition in at most two parts, each with the slots it reads: the conjuncts that read
    /// only the element's own fact (a filter on that fact type alone), then the others (a join).
    /// Problems were reported when the whole condition compiled, so they are not reported again.
    /// </summary>
    private ImmutableArray<ConditionPart> CompileParts(ExpressionElement? condition, string ownAlias)
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
                parts.Add(CompilePart(group.Count == 1 ? group[0] : new LogicalExpression(true, [.. group])));
            }
        }

        return parts.ToImmutable();
    }

    private ConditionPart CompilePart(ExpressionElement expression)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        ExpressionAliases.Collect(expression, aliases);
        var reads = aliases
            .Where(_scope.ContainsKey)
            .Select(alias => new SlotRead(_scope[alias].Slot, _scope[alias].Schema is null))
            .OrderBy(read => read.Slot)
            .ToImmutableArray();
        var compiler = new ExpressionCompiler(_scope, static (_, _) => { }, _calendar);
        return new ConditionPart(compiler.Compile(expression).Evaluate, reads);
    }

    private CompiledAction? CompileAction(AssertAction action)
    {
        if (!_catalog.TryGet(action.FactType, out var schema))
        {
            Problem($"Unknown fact type '{action.FactType}' in an assert.", "Assert one of the derived types: " + string.Join(", ", _catalog.Types.Where(t => t.Origin == FactOrigin.Derived).Select(t => t.Name)) + ".");
            return null;
        }

        if (schema.Origin != FactOrigin.Derived)
        {
            Problem($"Rules cannot assert '{schema.Name}': it is a case fact.", "Assert a derived fact type instead.");
        }

        var fields = new Evaluator?[schema.Fields.Length];
        var assigned = new bool[schema.Fields.Length];
        var expressions = new ExpressionCompiler(_scope, Problem, _calendar);
        foreach (var assignment in action.Fields)
        {
            if (!schema.TryGetField(assignment.Field, out var field))
            {
                Problem($"'{schema.Name}' has no field '{assignment.Field}'.", FieldHint(schema));
                continue;
            }

            if (assigned[field.Index])
            {
                Problem($"Field '{schema.Name}.{field.Name}' is set twice.", "Set each field once.");
            }

            assigned[field.Index] = true;
            var compiled = expressions.Compile(assignment.Value);
            if (compiled.Kind == ValueKind.Null ? !field.Optional && compiled.AlwaysNull : compiled.Kind != field.Kind)
            {
                Problem($"Field '{schema.Name}.{field.Name}' is {field.Kind}; '{assignment.Value}' is {compiled.Kind}.", $"Give '{field.Name}' a {field.Kind} value.");
            }
            else if (!field.Optional && compiled.MayBeNull)
            {
                Problem($"Field '{schema.Name}.{field.Name}' is required, but '{assignment.Value}' may be absent.", "Use a value that is always present, or coalesce it with a default.");
            }

            fields[field.Index] = compiled.Evaluate;
        }

        foreach (var field in schema.Fields.Where(f => !f.Optional && !assigned[f.Index]))
        {
            Problem($"Required field '{schema.Name}.{field.Name}' is not set.", $"Set '{field.Name}': {field.Description}");
        }

        return new CompiledAction(schema, fields);
    }

    private static string FieldHint(FactSchema schema) =>
        $"'{schema.Name}' has: " + string.Join(", ", schema.Fields.Select(f => $"{f.Name} ({f.Kind})")) + ".";

    private void Problem(string message, string hint) => _problems.Add(new RuleProblem(_rule.Id, _rule.Source, message, hint));
}
