using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.NRules.Facts;
using NRules.Aggregators;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Keeps a sum or a count up to date as facts join and leave the aggregate, instead of recomputing
/// it from a collection on every read. An empty aggregate yields 0, as in the compiled engine.
/// </summary>
internal sealed class SumCountAggregator(AggregateFunction function, int fieldIndex) : IAggregator
{
    private readonly List<RuleSetFact> _items = [];
    private decimal _sum;
    private AggregateValue? _current;

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        foreach (var fact in facts)
        {
            var item = (RuleSetFact)fact.Value!;
            _items.Add(item);
            _sum += Amount(item);
        }

        return Result(facts);
    }

    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        // Working-memory facts of a ruleset are immutable: an update replaces the object in place.
        foreach (var fact in facts)
        {
            var item = (RuleSetFact)fact.Value!;
            var index = _items.FindIndex(i => ReferenceEquals(i, item));
            if (index >= 0)
            {
                _sum += Amount(item) - Amount(_items[index]);
                _items[index] = item;
            }
        }

        return Result(facts);
    }

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts)
    {
        foreach (var fact in facts)
        {
            var item = (RuleSetFact)fact.Value!;
            var index = _items.FindIndex(i => ReferenceEquals(i, item));
            if (index >= 0)
            {
                _sum -= Amount(item);
                _items.RemoveAt(index);
            }
        }

        return Result(facts);
    }

    private decimal Amount(RuleSetFact item) => fieldIndex < 0 ? 0m : item.Fact[fieldIndex].AsNumber;

    private AggregationResult[] Result(IReadOnlyCollection<IFact> source)
    {
        var previous = _current;
        var value = Value.Of(function == AggregateFunction.Count ? _items.Count : _sum);
        _current = new AggregateValue(value, [.. _items.Select(i => i.Fact)]);
        return previous is null
            ? [AggregationResult.Added(_current, source)]
            : [AggregationResult.Modified(_current, previous, source)];
    }
}
