using System.Runtime.InteropServices;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Loading;

/// <summary>
/// The ids of one kind (rules, documents, tiers...) seen so far, with where each was first
/// written; reports a duplicate at the second occurrence, naming the first.
/// </summary>
internal sealed class IdRegistry
{
    private readonly Dictionary<string, YamlPosition> _first = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly string _what;
    private LoadErrors _errors;

    /// <summary>Creates a registry for ids of a kind, e.g. <c>rule</c>.</summary>
    public IdRegistry(string what, LoadErrors errors)
    {
        _what = what;
        _errors = errors;
    }

    /// <summary>The ids in the order first seen.</summary>
    public IReadOnlyList<string> Ids => _ids;

    /// <summary>Registers an id; <c>false</c> (reported) when it was seen before.</summary>
    public bool Register(string id, YamlPosition position)
    {
        // Found or added in one lookup: a new id's place holds its position.
        ref var held = ref CollectionsMarshal.GetValueRefOrAddDefault(_first, id, out var seen);
        if (seen)
        {
            var firstPosition = held;
            var at = position.Location;
            var first = firstPosition.Location;
            if (first.File != at.File)
            {
                _errors.Add(at, LoadDiagnostics.InheritedId, _what, id, first);
                return false;
            }

            _errors.Add(at, LoadDiagnostics.DuplicateId, _what, id, first.Line, first.Column);
            return false;
        }

        held = position;
        _ids.Add(id);
        return true;
    }

    /// <summary>Forgets every id, and reports to <paramref name="errors"/> from now on: the registry serves another load.</summary>
    public void Clear(LoadErrors errors)
    {
        _first.Clear();
        _ids.Clear();
        _errors = errors;
    }

    /// <summary>Forgets an id (removed by an overlay), so that it may be registered again.</summary>
    public void Remove(string id)
    {
        if (_first.Remove(id))
        {
            _ids.Remove(id);
        }
    }

    /// <summary>Where an id was registered, when it is.</summary>
    public SourceLocation? Where(string id) => _first.TryGetValue(id, out var at) ? at.Location : null;

    /// <summary>Whether the id has been registered.</summary>
    public bool Contains(string id) => _first.ContainsKey(id);
}
