using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// What the readers of one case file share: the errors, the ids seen, and helpers that read a key
/// of an entry into a field of a fact, reporting wrong types and values. Mutable; one per load.
/// </summary>
internal sealed class CaseContext
{
    /// <summary>Creates the context of one file.</summary>
    public CaseContext(LoadErrors errors)
    {
        Errors = errors;
        PersonIds = new IdRegistry("person", errors);
        LossIds = new IdRegistry("loss", errors);
    }

    /// <summary>The errors of the load.</summary>
    public LoadErrors Errors { get; }

    /// <summary>The person ids of the case.</summary>
    public IdRegistry PersonIds { get; }

    /// <summary>The loss ids of the case.</summary>
    public IdRegistry LossIds { get; }

    /// <summary>Reads a text key into a field (absent when optional and not given).</summary>
    public YamlScalar? Text(MappingReader entry, CaseFactBuilder fact, string key, bool required, string? field = null)
    {
        var node = required ? entry.Required(key) : entry.Optional(key);
        if (node is null or YamlScalar { IsNull: true } && !required)
        {
            return null;
        }

        if (node is null || YamlValues.Scalar(node, entry.PathOf(key), Errors) is not { } scalar)
        {
            return null;
        }

        fact.Set(field ?? key, Value.Of(scalar.Value), scalar.Start);
        return scalar;
    }

    /// <summary>Reads a key that must be one of fixed values; <paramref name="fallback"/> when not given.</summary>
    public void OneOf(MappingReader entry, CaseFactBuilder fact, string key, ImmutableArray<string> allowed, string what, bool required, string? fallback = null)
    {
        var node = required ? entry.Required(key) : entry.Optional(key);
        if (node is null or YamlScalar { IsNull: true } && !required)
        {
            if (fallback is not null)
            {
                fact.Set(key, Value.Of(fallback));
            }

            return;
        }

        if (node is not null && YamlValues.Scalar(node, entry.PathOf(key), Errors) is { } scalar
            && References.Check(scalar, allowed, what, $"valid {what} values", Errors))
        {
            fact.Set(key, Value.Of(scalar.Value), scalar.Start);
        }
    }

    /// <summary>Reads a number (plain, or quoted as JSON producers write exact decimals), checked for its unit.</summary>
    public void Number(MappingReader entry, CaseFactBuilder fact, string key, bool required, bool percent)
    {
        var node = required ? entry.Required(key) : entry.Optional(key);
        if (node is null || (node is YamlScalar { IsNull: true } && !required)
            || YamlValues.Number(node, entry.PathOf(key), Errors, allowQuoted: true) is not { } number)
        {
            return;
        }

        if (percent && number is < 0m or > 100m)
        {
            Errors.Add(node.Start, LoadDiagnostics.PercentOutOfRange, number);
        }
        else if (!percent && number < 0m)
        {
            Errors.Add(node.Start, LoadDiagnostics.NegativeAmount, number);
        }

        fact.Set(key, Value.Of(number), node.Start);
    }

    /// <summary>Reads a required ISO date.</summary>
    public void Date(MappingReader entry, CaseFactBuilder fact, string key)
    {
        if (entry.Required(key) is { } node && YamlValues.Date(node, entry.PathOf(key), Errors) is { } date)
        {
            fact.Set(key, Value.Of(date), node.Start);
        }
    }

    /// <summary>Reads a required ISO period.</summary>
    public void Period(MappingReader entry, CaseFactBuilder fact, string key)
    {
        if (entry.Required(key) is { } node && YamlValues.Period(node, entry.PathOf(key), Errors) is { } period)
        {
            fact.Set(key, Value.Of(period), node.Start);
        }
    }

    /// <summary>Reads an optional boolean with a default.</summary>
    public void Boolean(MappingReader entry, CaseFactBuilder fact, string key, bool fallback)
    {
        if (entry.Optional(key) is { } node)
        {
            if (YamlValues.Boolean(node, entry.PathOf(key), Errors) is { } value)
            {
                fact.Set(key, Value.Of(value), node.Start);
            }
        }
        else
        {
            fact.Set(key, Value.Of(fallback));
        }
    }

    /// <summary>Reads a reference to a person of the case.</summary>
    public void Person(MappingReader entry, CaseFactBuilder fact, string key, bool required)
    {
        if (Text(entry, fact, key, required) is { } person)
        {
            References.Check(person, PersonIds.Ids, "person", "persons in this case", Errors);
        }
    }
}
