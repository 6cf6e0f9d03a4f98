using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>Collects the fields of one case fact with where each is written. Mutable; one per fact.</summary>
internal sealed class CaseFactBuilder
{
    private readonly FactSchema _schema;
    private readonly SourceLocation _location;
    private readonly Value[] _values;
    private readonly List<KeyValuePair<string, SourceLocation>> _sources;

    /// <summary>Starts a fact of <paramref name="type"/> written at <paramref name="location"/>.</summary>
    public CaseFactBuilder(string type, SourceLocation location)
        : this(FactCatalog.Standard[type], location)
    {
    }

    /// <summary>Starts a fact of <paramref name="schema"/> written at <paramref name="location"/>.</summary>
    public CaseFactBuilder(FactSchema schema, SourceLocation location)
    {
        _schema = schema;
        _location = location;
        _values = new Value[schema.Fields.Length];
        _sources = new(schema.Fields.Length);
    }

    /// <summary>The fact's type.</summary>
    public FactSchema Schema => _schema;

    /// <summary>Sets a field by name; a <c>null</c> location means the value is a default.</summary>
    public CaseFactBuilder Set(string field, Value value, SourceLocation? at = null) => Set(_schema[field], value, at);

    /// <summary>Sets a field; a <c>null</c> location means the value is a default.</summary>
    public CaseFactBuilder Set(FieldSchema field, Value value, SourceLocation? at = null)
    {
        _values[field.Index] = value;
        if (at is not null)
        {
            At(field.Name, at);
        }

        return this;
    }

    /// <summary>Records where a part of a field (e.g. a list item) is written, without setting a value.</summary>
    public CaseFactBuilder At(string key, SourceLocation at)
    {
        for (var i = 0; i < _sources.Count; i++)
        {
            if (string.Equals(_sources[i].Key, key, StringComparison.Ordinal))
            {
                _sources[i] = new(key, at);
                return this;
            }
        }

        _sources.Add(new(key, at));
        return this;
    }

    /// <summary>The fact and where it is written. Throws <see cref="ArgumentException"/> when a required field is missing (a loader bug).</summary>
    public (Fact Fact, FactSource Source) Build() =>
        (Fact.Create(_schema, _values), new FactSource(_location, [.. _sources]));
}
