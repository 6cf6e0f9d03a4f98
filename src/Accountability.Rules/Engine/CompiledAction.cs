using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>An assert action: the derived fact type and one evaluator per field (null: absent).</summary>
internal sealed class CompiledAction(FactSchema schema, Evaluator?[] fields)
{
    public FactSchema Schema { get; } = schema;

    public Evaluator?[] Fields { get; } = fields;
}
