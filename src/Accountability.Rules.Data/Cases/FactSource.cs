using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>Where a case fact and each of its fields are written, for validation messages.</summary>
/// <param name="Location">Where the fact is written (its mapping, or the scalar it comes from).</param>
/// <param name="Fields">Where each field given in the file is written.</param>
internal sealed record FactSource(SourceLocation Location, ImmutableDictionary<string, SourceLocation> Fields)
{
    /// <summary>Where a field is written; the fact's location for a field left to its default.</summary>
    public SourceLocation Of(string field) => Fields.TryGetValue(field, out var at) ? at : Location;
}
