using NRules.Aggregators;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Network;

/// <summary>Makes the hold rule's <see cref="HoldAggregator"/>.</summary>
internal sealed class HoldAggregatorFactory : IAggregatorFactory
{
    public const string Name = "hold";

    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
    }

    public IAggregator Create(AggregationContext context) => new HoldAggregator();
}
