using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>Collects the fields of one case fact with where each is written. Mutable; one per fact.</summary>
internal sealed class CaseFactBuilder
{
    private readonly FactSchema _schema;
    private readonly SourceLocation _location;
    private readonly List<(string Field, Value Value)> _values = [];
    private readonly ImmutableDictionary<string, SourceLocation>.Builder _sources = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.Ordinal);

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
    }

    /// <summary>The fact's type.</summary>
    public FactSchema Schema => _schema;

    /// <summary>Sets a field; a <c>null</c> location means the value is a default.</summary>
    public CaseFactBuilder Set(string field, Value value, SourceLocation? at = null)
    {
        _values.Add((field, value));
        if (at is not null)
        {
            _sources[field] = at;
        }

        return this;
    }

    /// <summary>Records where a part of a field (e.g. a list item) is written, without setting a value.</summary>
    public CaseFactBuilder At(string key, SourceLocation at)
    {
        _sources[key] = at;
        return this;
    }

    /// <summary>The fact and where it is written. Throws <see cref="ArgumentException"/> when a required field is missing (a loader bug).</summary>
    public (Fact Fact, FactSource Source) Build() =>
        (Fact.Create(_schema, [.. _values]), new FactSource(_location, _sources.ToImmutable()));
}
