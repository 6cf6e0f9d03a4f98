using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// What the sections of one case file share while they are read: the errors, the facts read so far,
/// the builder of the fact being read, the ids of each fact type, and the references to persons,
/// checked once every section is read (a person may be referred to before the <c>persons:</c>
/// section). Mutable; one per load.
/// </summary>
internal sealed class CaseContext(LoadErrors errors, CaseLayout layout)
{
    private readonly Dictionary<string, IdRegistry> _ids = new(StringComparer.Ordinal);
    private readonly List<YamlScalar> _personReferences = [];

    /// <summary>The errors of the load.</summary>
    public LoadErrors Errors { get; } = errors;

    /// <summary>The facts read so far with where each is written, in reading order.</summary>
    public List<(Fact Fact, FactSource Source)> Facts { get; } = [];

    /// <summary>
    /// The values of the keys of the entry being read, by the index of its section's keys
    /// (<see cref="CaseLayout.SectionLayout.Keys"/>); one entry's fields are read at a time.
    /// </summary>
    public YamlNode?[] EntryValues { get; } = new YamlNode?[layout.MaxEntryKeys];

    /// <summary>The builder of the fact being read (one fact is built at a time; see <see cref="CaseFactBuilder.Start"/>).</summary>
    public CaseFactBuilder Builder { get; } = new();

    /// <summary>The ids of the facts of a type read so far (a duplicate is reported at its second occurrence).</summary>
    public IdRegistry Ids(string factType)
    {
        if (!_ids.TryGetValue(factType, out var registry))
        {
            registry = new IdRegistry(factType, Errors);
            _ids.Add(factType, registry);
        }

        return registry;
    }

    /// <summary>Notes a scalar that must name a person of the case.</summary>
    public void RefersToPerson(YamlScalar person) => _personReferences.Add(person);

    /// <summary>Reports every noted reference to a person the case does not have.</summary>
    public void CheckReferences()
    {
        var persons = Ids("person").Ids;
        foreach (var reference in _personReferences)
        {
            References.Check(reference, persons, "person", "persons in this case", Errors);
        }
    }
}
