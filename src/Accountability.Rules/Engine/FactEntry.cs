using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A fact held in working memory, with its id and, when derived, the firings that support it.
/// Its lists are made on first use: most facts have one support and a few dependents, and many none.
/// </summary>
internal sealed class FactEntry(long id, Fact fact, bool isInput)
{
    private List<Activation>? _supports;
    private List<Activation>? _dependents;

    /// <summary>The derivations of the supports, made when first asked for and again after a support changed.</summary>
    private ImmutableArray<Derivation> _derivations;

    public long Id { get; } = id;

    public Fact Fact { get; } = fact;

    public bool IsInput { get; } = isInput;

    /// <summary>Whether the fact is still held.</summary>
    public bool Alive { get; set; } = true;

    /// <summary>The number of firings that asserted this fact; a derived fact is withdrawn when none is left.</summary>
    public int SupportCount => _supports?.Count ?? 0;

    /// <summary>A firing asserted this fact.</summary>
    public void AddSupport(Activation activation)
    {
        (_supports ??= []).Add(activation);
        _derivations = default;
    }

    /// <summary>A firing that asserted this fact was withdrawn.</summary>
    public void RemoveSupport(Activation activation)
    {
        _supports?.Remove(activation);
        _derivations = default;
    }

    /// <summary>The derivations of this fact: one per firing that supports it, in the order they asserted it.</summary>
    public ImmutableArray<Derivation> Derivations()
    {
        if (_derivations.IsDefault)
        {
            if (_supports is not { Count: > 0 } supports)
            {
                return [];
            }

            var derivations = new Derivation[supports.Count];
            for (var i = 0; i < derivations.Length; i++)
            {
                derivations[i] = supports[i].Derivation;
            }

            _derivations = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(derivations);
        }

        return _derivations;
    }

    /// <summary>An activation (pending or fired) matched this fact; it is withdrawn when the fact goes.</summary>
    public void AddDependent(Activation activation) => (_dependents ??= []).Add(activation);

    /// <summary>The activations that matched this fact, forgotten here.</summary>
    public Activation[] TakeDependents()
    {
        if (_dependents is not { Count: > 0 } dependents)
        {
            return [];
        }

        var taken = dependents.ToArray();
        dependents.Clear();
        return taken;
    }
}
