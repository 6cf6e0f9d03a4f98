using Accountability.Rules.NRules.Runtime;
using NRules.Aggregators;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Counts the supports of each derived fact: yields the derived fact's entry when its first support
/// arrives and takes it back when its last support goes; a support in between changes nothing
/// downstream, so a second derivation of a held fact costs no propagation.
/// </summary>
internal sealed class HoldAggregator : IAggregator
{
    private readonly Dictionary<DerivedEntry, int> _supports = [];

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        List<AggregationResult>? results = null;
        foreach (var fact in facts)
        {
            var entry = ((Support)fact.Value!).Entry;
            _supports.TryGetValue(entry, out var count);
            _supports[entry] = count + 1;
            if (count == 0)
            {
                (results ??= []).Add(AggregationResult.Added(entry, [fact]));
            }
        }

        return results ?? (IReadOnlyCollection<AggregationResult>)AggregationResult.Empty;
    }

    /// <summary>Supports are immutable: an update changes nothing.</summary>
    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) =>
        AggregationResult.Empty;

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        List<AggregationResult>? results = null;
        foreach (var fact in facts)
        {
            var entry = ((Support)fact.Value!).Entry;
            if (!_supports.TryGetValue(entry, out var count))
            {
                continue;
            }

            if (count > 1)
            {
                _supports[entry] = count - 1;
            }
            else
            {
                _supports.Remove(entry);
                (results ??= []).Add(AggregationResult.Removed(entry));
            }
        }

        return results ?? (IReadOnlyCollection<AggregationResult>)AggregationResult.Empty;
    }
}
