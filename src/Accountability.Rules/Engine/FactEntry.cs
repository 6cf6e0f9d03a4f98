using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>A fact held in working memory, with its id and, when derived, the firings that support it.</summary>
internal sealed class FactEntry(long id, Fact fact, bool isInput)
{
    public long Id { get; } = id;

    public Fact Fact { get; } = fact;

    public bool IsInput { get; } = isInput;

    /// <summary>The firings that asserted this fact; a derived fact is withdrawn when none is left.</summary>
    public List<Activation> Supports { get; } = [];

    /// <summary>The activations (pending or fired) that matched this fact, withdrawn when it goes.</summary>
    public List<Activation> Dependents { get; } = [];

    /// <summary>Whether the fact is still held.</summary>
    public bool Alive { get; set; } = true;
}
