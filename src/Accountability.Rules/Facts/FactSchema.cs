using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Accountability.Rules.Facts;

/// <summary>
/// A fact type: its name and fields. Rules refer to fact types and fields by name; the compiler
/// resolves each name to a field index once, so the per-case path reads fields by position.
/// Immutable and thread-safe.
/// </summary>
public sealed class FactSchema
{
    private readonly FrozenDictionary<string, FieldSchema> _byName;

    internal FactSchema(string name, FactOrigin origin, string description, ImmutableArray<FieldSchema> fields, int ordinal, CaseSectionInput? section = null, bool step = false)
    {
        Section = section;
        Step = step;
        Name = name;
        Origin = origin;
        Description = description;
        Fields = fields;
        Ordinal = ordinal;
        NameHash = StringComparer.Ordinal.GetHashCode(name);
        _byName = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>The hash of <see cref="Name"/> (ordinal), computed once: each fact's value hash starts with it.</summary>
    internal int NameHash { get; }

    /// <summary>The type name as rules write it, e.g. <c>loss</c> or <c>lossTier</c>.</summary>
    public string Name { get; }

    /// <summary>Whether facts of this type come from a case or are derived by rules.</summary>
    public FactOrigin Origin { get; }

    /// <summary>
    /// Whether a derived fact of this type is a step toward other conclusions (a date computed for a
    /// duty that carries it when the case concerns the duty): it is shown in the explanation of what
    /// it leads to, not listed on its own among a result's conclusions.
    /// </summary>
    public bool Step { get; }

    /// <summary>
    /// For an input type that case files state in a top-level section, the section's key (e.g.
    /// <c>losses</c> or <c>interviews</c>): a list of mappings of this type's fields (for
    /// <c>enterprise</c>, one mapping). <c>null</c> for a derived type, for the case itself, and for
    /// a type stated inside another's entries (a person's <c>conduct</c>).
    /// </summary>
    public string? CaseSection => Section is { ParentType: null } section ? section.Key : null;

    /// <summary>Where and how case files state facts of this type; <c>null</c> when they do not.</summary>
    internal CaseSectionInput? Section { get; }

    /// <summary>What a fact of this type states.</summary>
    public string Description { get; }

    /// <summary>The fields, in value order.</summary>
    public ImmutableArray<FieldSchema> Fields { get; }

    /// <summary>A dense number for this type within its catalogue, used to index working memory.</summary>
    internal int Ordinal { get; }

    /// <summary>Finds a field by name.</summary>
    /// <returns><c>true</c> when the field exists.</returns>
    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FieldSchema? field) =>
        _byName.TryGetValue(name, out field);

    /// <summary>Gets a field by name. Throws <see cref="KeyNotFoundException"/> when it does not exist.</summary>
    public FieldSchema this[string name] =>
        _byName.TryGetValue(name, out var field)
            ? field
            : throw new KeyNotFoundException($"Fact type has no such field. FactType={Name} Field={name}");

    /// <inheritdoc />
    public override string ToString() => Name;
}
