using System.Collections.Immutable;
using Accountability.Rules.Facts.Definitions;

namespace Accountability.Rules.Facts;

/// <summary>Collects fact types for a <see cref="FactCatalog"/>; each domain defines its types in its own file.</summary>
internal sealed class FactCatalogBuilder
{
    private readonly ImmutableArray<FactSchema>.Builder _types = ImmutableArray.CreateBuilder<FactSchema>();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    /// <summary>Adds a fact type. Throws <see cref="InvalidOperationException"/> for a name used twice.</summary>
    public void Add(string name, FactOrigin origin, string description, params (string Name, ValueKind Kind, bool Optional, string Description)[] fields) =>
        Add(name, origin, step: false, description, fields);

    /// <summary>
    /// Adds a derived type whose facts are steps toward other conclusions (<see cref="FactSchema.Step"/>).
    /// Throws <see cref="InvalidOperationException"/> for a name used twice.
    /// </summary>
    public void AddStep(string name, string description, params (string Name, ValueKind Kind, bool Optional, string Description)[] fields) =>
        Add(name, FactOrigin.Derived, step: true, description, fields);

    private void Add(string name, FactOrigin origin, bool step, string description, (string Name, ValueKind Kind, bool Optional, string Description)[] fields)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"Fact type is defined twice. FactType={name}");
        }

        var schemaFields = fields.Select((f, i) => new FieldSchema(f.Name, f.Kind, i, f.Optional, f.Description)).ToImmutableArray();
        _types.Add(new FactSchema(name, origin, description, schemaFields, _types.Count, step: step));
    }

    /// <summary>
    /// Adds a fact type whose fields carry more than a kind, e.g. a derived field whose values are the
    /// codes of a ruleset code list (<see cref="FieldSpec.Codes(string)"/>), which names them. Throws
    /// <see cref="InvalidOperationException"/> for a name used twice.
    /// </summary>
    public void Add(string name, FactOrigin origin, string description, params FieldSpec[] fields)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"Fact type is defined twice. FactType={name}");
        }

        _types.Add(new FactSchema(name, origin, description, Fields(fields), _types.Count));
    }

    /// <summary>
    /// Adds an input fact type that case files state in <paramref name="section"/>, each field read
    /// and checked as its <see cref="FieldSpec"/> says. Throws <see cref="InvalidOperationException"/>
    /// for a name used twice or a section whose parent type is not defined before it.
    /// </summary>
    public void AddCaseSection(string name, CaseSectionInput section, string description, params FieldSpec[] fields)
    {
        if (!_names.Add(name))
        {
            throw new InvalidOperationException($"Fact type is defined twice. FactType={name}");
        }

        if (section.ParentType is { } parent && !_types.Any(t => t.Name == parent && t.Section is not null))
        {
            throw new InvalidOperationException($"A nested case section's parent is not a case section defined before it. FactType={name} Parent={parent}");
        }

        _types.Add(new FactSchema(name, FactOrigin.Input, description, Fields(fields), _types.Count, section));
    }

    private static ImmutableArray<FieldSchema> Fields(FieldSpec[] fields) =>
        [.. fields.Select((f, i) => new FieldSchema(f.Name, f.Kind, i, f.Optional, f.Description) { Input = f.Input })];

    public ImmutableArray<FactSchema> Build() => _types.ToImmutable();
}
