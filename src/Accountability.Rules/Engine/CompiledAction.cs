using Accountability.Rules.Calendars;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// An assert action: the derived fact type and how each field is set (absent, a constant, a field of a bound fact, or
/// another expression). When a field counts working days in a year the calendar lacks, the action asserts a
/// <c>calendarGap</c> fact naming the type, the field and the year instead of the fact it cannot complete, so that the
/// session goes on and the result says what is missing. Both engines evaluate actions here.
/// </summary>
internal sealed class CompiledAction
{
    private readonly FactSchema? _calendarGap;

    /// <summary>Per field, its value when it is a constant (or absent); otherwise unused.</summary>
    private readonly Value[] _constants;

    /// <summary>Per field, where it is read when it is a field of a bound fact; a slot of -1 otherwise.</summary>
    private readonly FieldRead[] _reads;

    /// <summary>Per field, the delegate of any other expression; null for an absent, constant or read field.</summary>
    private readonly Evaluator?[] _computed;

    /// <param name="schema">The derived type asserted.</param>
    /// <param name="fields">The compiled expression of each field, by field index; null for a field left absent.</param>
    /// <param name="calendarGap">The <c>calendarGap</c> type of the catalogue, if it has one.</param>
    public CompiledAction(FactSchema schema, CompiledExpression?[] fields, FactSchema? calendarGap)
    {
        Schema = schema;
        _calendarGap = calendarGap;
        _constants = new Value[fields.Length];
        _reads = new FieldRead[fields.Length];
        _computed = new Evaluator?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            _reads[i] = new FieldRead(-1, -1);
            switch (fields[i])
            {
                case null:
                    _constants[i] = Value.Null;
                    break;
                case { Constant: { } constant }:
                    _constants[i] = constant;
                    break;
                case { Read: { } read }:
                    _reads[i] = read;
                    break;
                case { } expression:
                    _computed[i] = expression.Evaluate;
                    break;
            }
        }
    }

    public FactSchema Schema { get; }

    /// <summary>The number of fields of <see cref="Schema"/>: the values an evaluation writes.</summary>
    public int FieldCount => _constants.Length;

    /// <summary>The fact the action asserts for a match's bindings; the compiler has type-checked its values.</summary>
    public Fact Evaluate(MatchContext context)
    {
        var values = new Value[FieldCount];
        return Evaluate(context, values) ?? Fact.CreateUnchecked(Schema, values);
    }

    /// <summary>
    /// Evaluates the fields of the fact the action asserts for a match's bindings into
    /// <paramref name="values"/> (one per field), so that a caller holding an equal fact need not make
    /// one. Returns null, or the <c>calendarGap</c> fact to assert instead when a field counts working
    /// days in a year the calendar lacks.
    /// </summary>
    public Fact? Evaluate(MatchContext context, Span<Value> values)
    {
        var i = 0;
        try
        {
            var facts = context.Facts;
            for (; i < values.Length; i++)
            {
                var read = _reads[i];
                values[i] = read.Slot >= 0 ? facts[read.Slot]![read.Index]
                    : _computed[i] is { } compute ? compute(context, null)
                    : _constants[i];
            }
        }
        catch (CalendarCoverageException missing) when (_calendarGap is not null)
        {
            return Fact.CreateUnchecked(_calendarGap, [Value.Of(Schema.Name), Value.Of(Schema.Fields[i].Name), Value.Of(missing.CalendarId), Value.Of(missing.Year)]);
        }

        return null;
    }
}
