using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Collects the fields of one case fact at a time with where the fact and each code field are
/// written: started for a fact, filled, built, then started again for the next fact of the load
/// (its buffers are kept). Only the positions of fields whose values are codes of ruleset code
/// lists (<see cref="FieldInput.CodeLists"/>) are kept: they are checked once the case's ruleset is
/// known (<see cref="CaseValidator"/>); every other mistake is reported while the case is read.
/// The positions of all the case's facts are kept in one list, each fact's after the previous one's,
/// so that the case has one array of them (<see cref="Positions"/>), not one per fact.
/// Mutable; one per load.
/// </summary>
internal sealed class CaseFactBuilder
{
    /// <summary>Where the code fields of the case's facts built so far, and of the fact being built, are written.</summary>
    private readonly List<KeyValuePair<string, YamlPosition>> _positions = [];

    /// <summary>The index in <see cref="_positions"/> of the first position of the fact being built.</summary>
    private int _first;
    private FactSchema? _schema;
    private YamlPosition _location;

    /// <summary>The values of the fact being built: a new array per fact, which the fact takes as its own when built.</summary>
    private Value[] _values = [];

    /// <summary>The fact's type.</summary>
    public FactSchema Schema => _schema ?? throw new InvalidOperationException("No case fact is started.");

    /// <summary>Starts a fact of <paramref name="schema"/> written at <paramref name="location"/>, dropping what the builder held.</summary>
    public CaseFactBuilder Start(FactSchema schema, YamlPosition location)
    {
        _schema = schema;
        _location = location;
        _values = new Value[schema.Fields.Length];
        _first = _positions.Count;
        return this;
    }

    /// <summary>Sets a field; a <c>null</c> location means the value is a default.</summary>
    public CaseFactBuilder Set(FieldSchema field, Value value, YamlPosition? at = null)
    {
        _values[field.Index] = value;
        if (at is { } position && Keeps(field))
        {
            At(field.Name, position);
        }

        return this;
    }

    /// <summary>Sets a list field read from <paramref name="items"/>, written at <paramref name="at"/>, with where each item is written.</summary>
    public CaseFactBuilder Set(FieldSchema field, ImmutableArray<YamlScalar> items, YamlPosition at)
    {
        var texts = new string[items.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = items[i].Value;
        }

        Set(field, Value.Of(ImmutableCollectionsMarshal.AsImmutableArray(texts)), at);
        if (Keeps(field))
        {
            for (var i = 0; i < items.Length; i++)
            {
                At(CaseSectionReader.ItemKey(field.Name, i), items[i].Position);
            }
        }

        return this;
    }

    /// <summary>Whether the position of <paramref name="field"/> is kept (see the type).</summary>
    private static bool Keeps(FieldSchema field) => !field.Input.CodeLists.IsEmpty;

    /// <summary>Records where a part of a field (e.g. a list item) is written, without setting a value.</summary>
    private void At(string key, YamlPosition at)
    {
        for (var i = _first; i < _positions.Count; i++)
        {
            if (string.Equals(_positions[i].Key, key, StringComparison.Ordinal))
            {
                _positions[i] = new(key, at);
                return;
            }
        }

        _positions.Add(new(key, at));
    }

    /// <summary>The fact and where it is written. Throws <see cref="ArgumentException"/> when a required field is missing (a loader bug).</summary>
    public BuiltFact Build()
    {
        var fact = Fact.CreateOwned(Schema, _values);
        _values = [];
        return new(fact, _location, _first, _positions.Count - _first);
    }

    /// <summary>The positions of the code fields of the case's facts built so far, in one array (empty when none), which their sources share (<see cref="BuiltFact.Source"/>).</summary>
    public KeyValuePair<string, YamlPosition>[] Positions() => [.. _positions];

    /// <summary>Forgets the positions of the case's facts, for the next case.</summary>
    public void EndCase() => _positions.Clear();
}

/// <summary>A fact built by <see cref="CaseFactBuilder"/>, with where it is written and the range of its code fields' positions among the case's (<see cref="CaseFactBuilder.Positions"/>).</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Location">Where the fact is written.</param>
/// <param name="First">The index of its first position.</param>
/// <param name="Count">How many positions it has.</param>
internal readonly record struct BuiltFact(Fact Fact, YamlPosition Location, int First, int Count)
{
    /// <summary>Where the fact and its code fields are written, read from the case's positions.</summary>
    public FactSource Source(KeyValuePair<string, YamlPosition>[] positions) => new(Location, new ArraySegment<KeyValuePair<string, YamlPosition>>(positions, First, Count));
}
