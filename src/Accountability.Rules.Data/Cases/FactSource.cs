using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Where a case fact and each of its code fields are written (<see cref="CaseFactBuilder"/>), for
/// validation messages (lines and columns are worked out when a message asks for one). A value held in
/// the case's array of sources. Immutable.
/// </summary>
/// <param name="location">Where the fact is written (its mapping, or the scalar it comes from).</param>
/// <param name="fields">Where each code field given in the file (and each item of a list field, e.g. <c>triggers[1]</c>) is written; keys are distinct. A part of the case's one array of positions.</param>
internal readonly struct FactSource(YamlPosition location, ArraySegment<KeyValuePair<string, YamlPosition>> fields)
{
    /// <summary>Where the fact is written.</summary>
    public SourceLocation Location => location.Location;

    /// <summary>Where a code field is written; the fact's location for a field left to its default.</summary>
    public SourceLocation Of(string field) => (Find(field) ?? location).Location;

    /// <summary>Whether the file gives the position of <paramref name="key"/>.</summary>
    public bool Has(string key) => Find(key) is not null;

    private YamlPosition? Find(string key)
    {
        foreach (var (name, at) in fields)
        {
            if (string.Equals(name, key, StringComparison.Ordinal))
            {
                return at;
            }
        }

        return null;
    }
}
