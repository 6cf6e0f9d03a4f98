using System.Collections.Immutable;

namespace Accountability.Rules.Facts;

/// <summary>Collects fact types for a <see cref="FactCatalog"/>; each domain defines its types in its own file.</summary>
internal sealed class FactCatalogBuilder
{
    private readonly ImmutableArray<FactSchema>.Builder _types = ImmutableArray.CreateBuilder<FactSchema>();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Adds a fact type. Throws <see cref="InvalidOperationException"/> for a name used twice.</summary>
    public void Add(string name, FactOrigin origin, string description, params (string Name, ValueKind Kind, bool Optional, string Description)[] fields)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"Fact type is defined twice. FactType={name}");
        }

        var schemaFields = fields.Select((f, i) => new FieldSchema(f.Name, f.Kind, i, f.Optional, f.Description)).ToImmutableArray();
        _types.Add(new FactSchema(name, origin, description, schemaFields, _types.Count));
    }

    /// <summary>
    /// Adds an input fact type that case files state as a list under <paramref name="caseSection"/>,
    /// one mapping per fact with the type's field names as keys; a field with a code list takes
    /// its values from that ruleset code list.
    /// </summary>
    public void AddCaseSection(string name, string caseSection, string description, params (string Name, ValueKind Kind, bool Optional, string? CodeList, string Description)[] fields)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"Fact type is defined twice. FactType={name}");
        }

        var schemaFields = fields.Select((f, i) => new FieldSchema(f.Name, f.Kind, i, f.Optional, f.Description, f.CodeList)).ToImmutableArray();
        _types.Add(new FactSchema(name, FactOrigin.Input, description, schemaFields, _types.Count, caseSection));
    }

    public ImmutableArray<FactSchema> Build() => _types.ToImmutable();
}
