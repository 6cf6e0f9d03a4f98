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

    public ImmutableArray<FactSchema> Build() => _types.ToImmutable();
}
