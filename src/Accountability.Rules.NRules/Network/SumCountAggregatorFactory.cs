using System.Globalization;
using AggregateFunction = Accountability.Rules.Model.AggregateFunction;
using NRules.Aggregators;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Makes <see cref="SumCountAggregator"/>s for an aggregate element named <c>count</c> or
/// <c>sum:&lt;field index&gt;</c> (see <see cref="NameOf"/>).
/// </summary>
internal sealed class SumCountAggregatorFactory : IAggregatorFactory
{
    private const string SumPrefix = "sum:";
    private AggregateFunction _function;
    private int _fieldIndex = -1;

    /// <summary>The aggregate element's name that carries the function and the summed field.</summary>
    public static string NameOf(AggregateFunction function, int fieldIndex) =>
        function == AggregateFunction.Count ? "count" : SumPrefix + fieldIndex.ToString(CultureInfo.InvariantCulture);

    public void Compile(AggregateElement element, IReadOnlyCollection<IAggregateExpression> compiledExpressions)
    {
        if (element.Name.StartsWith(SumPrefix, StringComparison.Ordinal))
        {
            _function = AggregateFunction.Sum;
            _fieldIndex = int.Parse(element.Name.AsSpan(SumPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else
        {
            _function = AggregateFunction.Count;
        }
    }

    public IAggregator Create(AggregationContext context) => new SumCountAggregator(_function, _fieldIndex);
}
