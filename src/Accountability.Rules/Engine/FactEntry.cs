using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// A fact held in working memory, with its id and, when derived, the firings that support it.
/// Most facts have one support and few dependents: the first of each is held in a field, and a list
/// is made only for the others. A reused session's working memory gives the entries of the facts it
/// held at the end of a case to the next case's facts (<see cref="Reuse"/>), lists included.
/// </summary>
internal sealed class FactEntry(long id, Fact fact, bool isInput)
{
    /// <summary>The earliest support; the later ones, in order, in <see cref="_laterSupports"/>.</summary>
    private Activation? _support;
    private KeptList<Activation>? _laterSupports;
    private Activation? _dependent;
    private KeptList<Activation>? _laterDependents;

    /// <summary>The derivations of the supports, made when first asked for and again after a support changed.</summary>
    private ImmutableArray<Derivation> _derivations;

    public long Id { get; private set; } = id;

    public Fact Fact { get; private set; } = fact;

    public bool IsInput { get; private set; } = isInput;

    /// <summary>Whether the fact is still held.</summary>
    public bool Alive { get; set; } = true;

    /// <summary>The number of firings that asserted this fact; a derived fact is withdrawn when none is left.</summary>
    public int SupportCount => (_support is null ? 0 : 1) + (_laterSupports?.Count ?? 0);

    /// <summary>
    /// Makes the entry as new for another fact (of a later case: nothing may still refer to it),
    /// keeping its lists.
    /// </summary>
    public void Reuse(long id, Fact fact, bool isInput)
    {
        Id = id;
        Fact = fact;
        IsInput = isInput;
        Alive = true;
        _support = null;
        _laterSupports?.Clear();
        _dependent = null;
        _laterDependents?.Clear();
        _derivations = default;
    }

    /// <summary>A firing asserted this fact.</summary>
    public void AddSupport(Activation activation)
    {
        if (_support is null)
        {
            _support = activation;
        }
        else
        {
            (_laterSupports ??= new()).Add(activation);
        }

        _derivations = default;
    }

    /// <summary>A firing that asserted this fact was withdrawn.</summary>
    public void RemoveSupport(Activation activation)
    {
        if (ReferenceEquals(_support, activation))
        {
            _support = null;
            if (_laterSupports is { Count: > 0 } later)
            {
                _support = later[0];
                later.RemoveAt(0);
            }
        }
        else
        {
            _laterSupports?.Remove(activation);
        }

        _derivations = default;
    }

    /// <summary>The firing that asserted this fact <paramref name="index"/>-th among its supports (0: the earliest), of <see cref="SupportCount"/>.</summary>
    public Activation SupportAt(int index) => index == 0 ? _support! : _laterSupports![index - 1];

    /// <summary>The derivations of this fact: one per firing that supports it, in the order they asserted it.</summary>
    public ImmutableArray<Derivation> Derivations()
    {
        if (_derivations.IsDefault)
        {
            if (_support is null)
            {
                return [];
            }

            var derivations = new Derivation[SupportCount];
            for (var i = 0; i < derivations.Length; i++)
            {
                derivations[i] = SupportAt(i).Derivation;
            }

            _derivations = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(derivations);
        }

        return _derivations;
    }

    /// <summary>An activation (pending or fired) matched this fact; it is withdrawn when the fact goes.</summary>
    public void AddDependent(Activation activation)
    {
        if (_dependent is null)
        {
            _dependent = activation;
        }
        else
        {
            (_laterDependents ??= new()).Add(activation);
        }
    }

    /// <summary>The activations that matched this fact, in the order they did, forgotten here.</summary>
    public Activation[] TakeDependents()
    {
        if (_dependent is null)
        {
            return [];
        }

        Activation[] taken = [_dependent, .. _laterDependents is null ? [] : _laterDependents.AsSpan()];
        _dependent = null;
        _laterDependents?.Clear();
        return taken;
    }
}
