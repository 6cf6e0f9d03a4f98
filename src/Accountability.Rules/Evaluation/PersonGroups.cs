using Accountability.Rules.Facts;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// The facts about the persons of a case, grouped by person: each list of facts that name a person in a field (the
/// findings, sanctions and notes about persons) is read once and put into groups, one per person in the order of the
/// persons, each keeping the list's order, so that a person's part of a list is a slice rather than a scan of the whole
/// list for each person. A fact naming no person of the case is in no group; persons of the same id share the group of
/// the first of them, each shown the facts naming that id. Part of a <see cref="PersonProjector"/>, reused case after
/// case (its arrays are kept); not thread-safe.
/// </summary>
internal sealed class PersonGroups
{
    /// <summary>The most persons whose ids are looked through one by one for the person a fact names; more are looked up by id.</summary>
    internal const int ScannedPersons = 8;

    /// <summary>The first person of each id, when the persons are more than <see cref="ScannedPersons"/>.</summary>
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

    /// <summary>The ids of the case's persons, in their order.</summary>
    private string[] _ids = [];

    /// <summary>By person, its group: the first person of its id.</summary>
    private int[] _groupOf = [];

    private int _persons;

    /// <summary>The facts of the lists grouped so far, list after list, group after group: the first <see cref="_factsUsed"/>.</summary>
    private Fact[] _facts = [];
    private int _factsUsed;

    /// <summary>
    /// The bounds of the groups of each list grouped so far (<see cref="Grouped.Bounds"/>): one more than the persons
    /// per list, the group of person <c>p</c> from the <c>p</c>-th to the next; the first <see cref="_boundsUsed"/>.
    /// </summary>
    private int[] _bounds = [];
    private int _boundsUsed;

    /// <summary>While a list is grouped: by fact, its group (-1 for none).</summary>
    private int[] _groupOfFact = [];

    /// <summary>While a list is grouped: by group, where its next fact goes.</summary>
    private int[] _next = [];

    /// <summary>A list of facts grouped by person (<see cref="Group"/>): where its bounds start in <see cref="_bounds"/>.</summary>
    /// <param name="Bounds">The index of its first bound.</param>
    internal readonly record struct Grouped(int Bounds);

    /// <summary>Starts a case of these persons (in the order their results are made), each of the id in field <paramref name="idField"/>.</summary>
    public void Start(FactList persons, int idField)
    {
        var count = persons.Length;
        _persons = count;
        if (_ids.Length < count)
        {
            _ids = new string[count];
            _groupOf = new int[count];
        }

        for (var person = 0; person < count; person++)
        {
            var id = persons[person][idField].AsText;
            _ids[person] = id;
            _groupOf[person] = count <= ScannedPersons ? FirstScanned(id, person) : FirstById(id, person);
        }
    }

    /// <summary>Groups a list of facts by the person each names in field <paramref name="personField"/>.</summary>
    public Grouped Group(FactList facts, int personField)
    {
        var persons = _persons;
        var start = _boundsUsed;
        Grow(ref _bounds, start + persons + 1);
        _boundsUsed = start + persons + 1;
        var bounds = _bounds.AsSpan(start, persons + 1);
        bounds.Clear();

        // The group of each fact, and the size of each group (counted in the bound after the group's).
        Grow(ref _groupOfFact, facts.Length);
        var groupOfFact = _groupOfFact.AsSpan(0, facts.Length);
        for (var i = 0; i < facts.Length; i++)
        {
            var group = GroupOf(facts[i][personField].Text);
            groupOfFact[i] = group;
            if (group >= 0)
            {
                bounds[group + 1]++;
            }
        }

        // The bounds from the sizes: each group starts where the one before it ends.
        bounds[0] = _factsUsed;
        for (var group = 1; group <= persons; group++)
        {
            bounds[group] += bounds[group - 1];
        }

        var end = bounds[persons];
        if (end > _factsUsed)
        {
            // Each fact in turn to the next place of its group, so that a group keeps the list's order.
            Grow(ref _facts, end);
            Grow(ref _next, persons);
            var next = _next.AsSpan(0, persons);
            bounds[..persons].CopyTo(next);
            for (var i = 0; i < facts.Length; i++)
            {
                if (groupOfFact[i] is var group and >= 0)
                {
                    _facts[next[group]++] = facts[i];
                }
            }

            _factsUsed = end;
        }

        return new Grouped(start);
    }

    /// <summary>The facts of a grouped list about the person at <paramref name="person"/> (in the order given to <see cref="Start"/>).</summary>
    public FactList Of(Grouped list, int person)
    {
        var group = _groupOf[person];
        var start = _bounds[list.Bounds + group];
        return new FactList(_facts, start, _bounds[list.Bounds + group + 1] - start);
    }

    /// <summary>Lets go of the case's facts; the room is kept unless it grew past <see cref="SessionFacts.KeptRoom"/>.</summary>
    public void Finish()
    {
        _facts.AsSpan(0, _factsUsed).Clear();
        _ids.AsSpan(0, _persons).Clear();
        _byId.Clear();
        if (_facts.Length > SessionFacts.KeptRoom || _ids.Length > SessionFacts.KeptRoom)
        {
            _facts = [];
            _ids = [];
            _groupOf = [];
            _groupOfFact = [];
            _next = [];
            _bounds = [];
            _byId.TrimExcess();
        }

        _factsUsed = 0;
        _boundsUsed = 0;
        _persons = 0;
    }

    /// <summary>The group of the person of this id: the first person of it; -1 for a text no person has as id, or none.</summary>
    private int GroupOf(string? id)
    {
        if (id is null)
        {
            return -1;
        }

        if (_persons > ScannedPersons)
        {
            return _byId.TryGetValue(id, out var first) ? first : -1;
        }

        // A fact about a person most often holds the very string of the person's id (copied by the rules): found by reference.
        var ids = _ids;
        for (var person = 0; person < _persons; person++)
        {
            if (ReferenceEquals(ids[person], id))
            {
                return _groupOf[person];
            }
        }

        for (var person = 0; person < _persons; person++)
        {
            if (string.Equals(ids[person], id, StringComparison.Ordinal))
            {
                return _groupOf[person];
            }
        }

        return -1;
    }

    /// <summary>The first of the persons before <paramref name="person"/> (and it) of this id, looked through one by one.</summary>
    private int FirstScanned(string id, int person)
    {
        for (var earlier = 0; earlier < person; earlier++)
        {
            if (string.Equals(_ids[earlier], id, StringComparison.Ordinal))
            {
                return _groupOf[earlier];
            }
        }

        return person;
    }

    /// <summary>The first of the persons before <paramref name="person"/> (and it) of this id, looked up by id.</summary>
    private int FirstById(string id, int person) => _byId.TryAdd(id, person) ? person : _byId[id];

    /// <summary>Makes an array hold at least <paramref name="length"/> items, keeping those it holds.</summary>
    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            Array.Resize(ref array, Math.Max(length, Math.Max(16, array.Length * 2)));
        }
    }
}
