using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>An assert action: the derived fact type and one evaluator per field (null: absent).</summary>
internal sealed class CompiledAction(FactSchema schema, Evaluator?[] fields)
{
    public FactSchema Schema { get; } = schema;

    public Evaluator?[] Fields { get; } = fields;

    /// <summary>The fact the action asserts for a match's bindings; the compiler has type-checked its values.</summary>
    public Fact Evaluate(MatchContext context)
    {
        var values = new Value[Fields.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Fields[i] is { } evaluate ? evaluate(context) : Value.Null;
        }

        return Fact.CreateUnchecked(Schema, values);
    }
}
