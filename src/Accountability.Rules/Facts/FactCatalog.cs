using System.Collections.Frozen;
using Accountability.Rules.Facts.Definitions;
using System.Collections.Immutable;

namespace Accountability.Rules.Facts;

/// <summary>
/// The fact types of the accountability domain: what a case states and what rules conclude.
/// Rulesets refer to these types and fields by name; the names are a contract with case files
/// and with systems that read results. Immutable and thread-safe.
/// </summary>
public sealed class FactCatalog
{
    private readonly FrozenDictionary<string, FactSchema> _byName;

    private FactCatalog(ImmutableArray<FactSchema> types)
    {
        Types = types;
        _byName = types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
    }

    /// <summary>The catalogue every bundled ruleset uses.</summary>
    public static FactCatalog Standard { get; } = BuildStandard();

    /// <summary>All fact types, in definition order.</summary>
    public ImmutableArray<FactSchema> Types { get; }

    /// <summary>Finds a fact type by name.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FactSchema? schema) =>
        _byName.TryGetValue(name, out schema);

    /// <summary>Gets a fact type by name. Throws <see cref="KeyNotFoundException"/> when unknown.</summary>
    public FactSchema this[string name] =>
        _byName.TryGetValue(name, out var schema)
            ? schema
            : throw new KeyNotFoundException($"No such fact type. FactType={name}");

    /// <summary>A catalogue of the types a builder collected (for tests and tools).</summary>
    internal static FactCatalog From(FactCatalogBuilder builder) => new(builder.Build());

    private static FactCatalog BuildStandard()
    {
        var builder = new FactCatalogBuilder();
        AccountabilityFacts.Define(builder);
        DutyFacts.Define(builder);
        NationalFacts.Define(builder);
        CentralFacts.Define(builder);
        InterviewFacts.Define(builder);
        DocumentFacts.Define(builder);
        return new FactCatalog(builder.Build());
    }
}
