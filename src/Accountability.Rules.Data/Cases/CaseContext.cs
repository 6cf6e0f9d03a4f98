using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// What the sections of one case file share while they are read: the errors, the facts read so far,
/// the builder of the fact being read, the ids of each fact type, and the references to persons,
/// checked once every section is read (a person may be referred to before the <c>persons:</c>
/// section). Mutable; serves one load at a time: <see cref="Rent"/> gives the one the thread kept
/// from its last load, emptied, so that a batch of cases does not make its lists, registries and
/// buffers again for every case; <see cref="Return"/> empties it and keeps it for the next load.
/// </summary>
internal sealed class CaseContext
{
    [ThreadStatic]
    private static CaseContext? _kept;

    private readonly List<YamlScalar> _personReferences = [];

    /// <summary>The ids of each section's facts read so far, by <see cref="CaseLayout.SectionLayout.Number"/>; made at a section's first id.</summary>
    private IdRegistry?[] _ids;
    private LoadErrors _errors;

    private CaseContext(LoadErrors errors, CaseLayout layout)
    {
        _errors = errors;
        Layout = layout;
        TopValues = new YamlNode?[layout.TopKeys.Length];
        EntryValues = new YamlNode?[layout.MaxEntryKeys];
        _ids = new IdRegistry?[layout.SectionCount];
    }

    /// <summary>The errors of the load.</summary>
    public LoadErrors Errors => _errors;

    /// <summary>The layout of the catalogue the case is read with.</summary>
    public CaseLayout Layout { get; private set; }

    /// <summary>The facts read so far with where each is written, in reading order.</summary>
    public List<BuiltFact> Facts { get; } = [];

    /// <summary>The values of the document's top-level keys, by the index of <see cref="CaseLayout.TopKeys"/>.</summary>
    public YamlNode?[] TopValues { get; private set; }

    /// <summary>
    /// The values of the keys of the entry being read, by the index of its section's keys
    /// (<see cref="CaseLayout.SectionLayout.Keys"/>); one entry's fields are read at a time.
    /// </summary>
    public YamlNode?[] EntryValues { get; private set; }

    /// <summary>The builder of the fact being read (one fact is built at a time; see <see cref="CaseFactBuilder.Start"/>).</summary>
    public CaseFactBuilder Builder { get; } = new();

    /// <summary>A context for one load with <paramref name="layout"/>, reporting to <paramref name="errors"/>: the thread's kept one, or a new one.</summary>
    public static CaseContext Rent(LoadErrors errors, CaseLayout layout)
    {
        var context = _kept;
        if (context is null)
        {
            return new CaseContext(errors, layout);
        }

        // Taken out while in use: a load that starts another on the same thread gets a context of its own.
        _kept = null;
        context._errors = errors;
        if (context.Layout != layout)
        {
            context.Layout = layout;
            context.TopValues = new YamlNode?[layout.TopKeys.Length];
            context.EntryValues = new YamlNode?[layout.MaxEntryKeys];
            context._ids = new IdRegistry?[layout.SectionCount];
        }

        foreach (var registry in context._ids)
        {
            registry?.Clear(errors);
        }

        return context;
    }

    /// <summary>Ends the load: forgets its facts, references and nodes (its ids when rented again), and keeps the context for the thread's next load.</summary>
    public void Return()
    {
        Facts.Clear();
        Builder.EndCase();
        _personReferences.Clear();
        Array.Clear(TopValues);
        Array.Clear(EntryValues);
        _kept = this;
    }

    /// <summary>The ids of the facts of a section read so far (a duplicate is reported at its second occurrence).</summary>
    public IdRegistry Ids(CaseLayout.SectionLayout section) =>
        _ids[section.Number] ??= new IdRegistry(section.Schema.Name, Errors);

    /// <summary>Notes a scalar that must name a person of the case.</summary>
    public void RefersToPerson(YamlScalar person) => _personReferences.Add(person);

    /// <summary>Reports every noted reference to a person the case does not have.</summary>
    public void CheckReferences()
    {
        var persons = Layout.Persons is { } section ? Ids(section).Ids : [];
        foreach (var reference in _personReferences)
        {
            References.Check(reference, persons, "person", "persons in this case", Errors);
        }
    }
}
