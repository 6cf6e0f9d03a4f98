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

    /// <summary>The number of fields of <see cref="Schema"/>.</summary>
    private readonly int _fieldCount;

    /// <summary>The fields set to a constant other than absent: the asserted field's index and the constant.</summary>
    private readonly (int Field, Value Constant)[] _constants;

    /// <summary>The fields set from a field of a bound fact: the asserted field's index and where it is read.</summary>
    private readonly (int Field, FieldRead Read)[] _reads;

    /// <summary>The fields set by any other expression: the asserted field's index and the expression's delegate.</summary>
    private readonly (int Field, Evaluator Compute)[] _computed;

    /// <summary>The fields left absent.</summary>
    private readonly int[] _absent;

    /// <param name="schema">The derived type asserted.</param>
    /// <param name="fields">The compiled expression of each field, by field index; null for a field left absent.</param>
    /// <param name="calendarGap">The <c>calendarGap</c> type of the catalogue, if it has one.</param>
    public CompiledAction(FactSchema schema, CompiledExpression?[] fields, FactSchema? calendarGap)
    {
        Schema = schema;
        _calendarGap = calendarGap;
        _fieldCount = fields.Length;
        var constants = new List<(int, Value)>();
        var reads = new List<(int, FieldRead)>();
        var computed = new List<(int, Evaluator)>();
        var absent = new List<int>();
        for (var i = 0; i < fields.Length; i++)
        {
            switch (fields[i])
            {
                case null:
                case { Constant.IsNull: true }:
                    absent.Add(i);
                    break;
                case { Constant: { } constant }:
                    constants.Add((i, constant));
                    break;
                case { Read: { } read }:
                    reads.Add((i, read));
                    break;
                case { } expression:
                    computed.Add((i, expression.Evaluate));
                    break;
            }
        }

        _constants = [.. constants];
        _reads = [.. reads];
        _computed = [.. computed];
        _absent = [.. absent];
    }

    public FactSchema Schema { get; }

    /// <summary>The number of fields of <see cref="Schema"/>: the values an evaluation writes.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>The fact the action asserts for a match's bindings; the compiler has type-checked its values.</summary>
    public Fact Evaluate(MatchContext context)
    {
        var values = new Value[FieldCount];
        return Evaluate(context, values) ?? Fact.CreateUnchecked(Schema, values);
    }

    /// <summary>
    /// Evaluates the fields of the fact the action asserts for a match's bindings into
    /// <paramref name="values"/> (one per field, each written, whatever it held: the values of a fact reused, <see cref="FactPool"/>),
    /// so that a caller holding an equal fact need not make one: the absent fields, the constants, then the fields read from
    /// bound facts, then the other expressions in field order. Returns null, or the <c>calendarGap</c> fact to assert instead when a field counts
    /// working days in a year the calendar lacks.
    /// </summary>
    public Fact? Evaluate(MatchContext context, Span<Value> values)
    {
        foreach (var field in _absent)
        {
            values[field] = default;
        }

        foreach (var (field, constant) in _constants)
        {
            values[field] = constant;
        }

        var facts = context.Facts;
        foreach (var (field, read) in _reads)
        {
            values[field] = facts[read.Slot]![read.Index];
        }

        var i = 0;
        try
        {
            for (; i < _computed.Length; i++)
            {
                var (field, compute) = _computed[i];
                values[field] = compute(context, null);
            }
        }
        catch (CalendarCoverageException missing) when (_calendarGap is not null)
        {
            return Fact.CreateUnchecked(_calendarGap, [Value.Of(Schema.Name), Value.Of(Schema.Fields[_computed[i].Field].Name), Value.Of(missing.CalendarId), Value.Of(missing.Year)]);
        }

        return null;
    }
}
