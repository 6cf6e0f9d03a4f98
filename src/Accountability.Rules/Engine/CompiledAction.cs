using Accountability.Rules.Calendars;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// An assert action: the derived fact type and one evaluator per field (null: absent). When a field
/// counts working days in a year the calendar lacks, the action asserts a <c>calendarGap</c> fact
/// naming the type, the field and the year instead of the fact it cannot complete, so that the
/// session goes on and the result says what is missing. Both engines evaluate actions here.
/// </summary>
internal sealed class CompiledAction(FactSchema schema, Evaluator?[] fields, FactSchema? calendarGap)
{
    public FactSchema Schema { get; } = schema;

    public Evaluator?[] Fields { get; } = fields;

    /// <summary>The fact the action asserts for a match's bindings; the compiler has type-checked its values.</summary>
    public Fact Evaluate(MatchContext context)
    {
        var values = new Value[Fields.Length];
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
            for (; i < values.Length; i++)
            {
                values[i] = Fields[i] is { } evaluate ? evaluate(context) : Value.Null;
            }
        }
        catch (CalendarCoverageException missing) when (calendarGap is not null)
        {
            return Fact.CreateUnchecked(calendarGap, [Value.Of(Schema.Name), Value.Of(Schema.Fields[i].Name), Value.Of(missing.CalendarId), Value.Of(missing.Year)]);
        }

        return null;
    }
}
