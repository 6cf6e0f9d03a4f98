namespace Accountability.Rules.Model;

/// <summary>What an <see cref="AggregateElement"/> computes over the matching facts.</summary>
public enum AggregateFunction
{
    /// <summary>The sum of a number field (0 when nothing matches).</summary>
    Sum,

    /// <summary>The number of matching facts.</summary>
    Count,
}
