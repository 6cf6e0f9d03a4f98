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
/// Mutable; one per load.
/// </summary>
internal sealed class CaseFactBuilder
{
    private readonly List<KeyValuePair<string, YamlPosition>> _sources = [];
    private FactSchema? _schema;
    private YamlPosition _location;
    private Value[] _values = [];

    /// <summary>The fact's type.</summary>
    public FactSchema Schema => _schema ?? throw new InvalidOperationException("No case fact is started.");

    /// <summary>Starts a fact of <paramref name="schema"/> written at <paramref name="location"/>, dropping what the builder held.</summary>
    public CaseFactBuilder Start(FactSchema schema, YamlPosition location)
    {
        _schema = schema;
        _location = location;
        var count = schema.Fields.Length;
        if (_values.Length < count)
        {
            _values = new Value[count];
        }
        else
        {
            Array.Clear(_values, 0, count);
        }

        _sources.Clear();
        return this;
    }

    /// <summary>Sets a field by name; a <c>null</c> location means the value is a default.</summary>
    public CaseFactBuilder Set(string field, Value value, YamlPosition? at = null) => Set(Schema[field], value, at);

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
        for (var i = 0; i < _sources.Count; i++)
        {
            if (string.Equals(_sources[i].Key, key, StringComparison.Ordinal))
            {
                _sources[i] = new(key, at);
                return;
            }
        }

        _sources.Add(new(key, at));
    }

    /// <summary>The fact and where it is written. Throws <see cref="ArgumentException"/> when a required field is missing (a loader bug).</summary>
    public (Fact Fact, FactSource Source) Build() =>
        (Fact.Create(Schema, _values.AsSpan(0, Schema.Fields.Length)), new FactSource(_location, [.. _sources]));
}
