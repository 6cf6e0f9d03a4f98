using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Loading;

/// <summary>
/// Collects the errors of one load so that all of them are reported in one run. Mutable; used by
/// one load on one thread.
/// </summary>
internal sealed class LoadErrors
{
    private readonly List<LoadError> _errors = [];
    private readonly HashSet<LoadError> _seen = [];

    /// <summary>The number of distinct errors so far.</summary>
    public int Count => _errors.Count;

    /// <summary>
    /// The number of reports so far, duplicates included: compare before and after reading a part
    /// to learn whether that part had errors.
    /// </summary>
    public int Reported { get; private set; }

    /// <summary>Records an error; an identical error is recorded once.</summary>
    public void Add(SourceLocation location, string message, string hint)
    {
        Reported++;
        var error = new LoadError(location, message, hint);
        if (_seen.Add(error))
        {
            _errors.Add(error);
        }
    }

    /// <summary>
    /// Counts a report of a problem already recorded (a node the reader rejected, used as a
    /// value) without recording it again, so that <see cref="Reported"/> tells the part using the
    /// node that it failed.
    /// </summary>
    public void Repeat() => Reported++;

    /// <summary>Records errors found elsewhere.</summary>
    public void AddRange(IEnumerable<LoadError> errors)
    {
        foreach (var error in errors)
        {
            Add(error.Location, error.Message, error.Hint);
        }
    }

    /// <summary>The errors in file and position order (stable for errors at one position).</summary>
    public ImmutableArray<LoadError> ToImmutable() =>
        [.. _errors
            .Select((error, index) => (error, index))
            .OrderBy(e => e.error.Location.File, StringComparer.Ordinal)
            .ThenBy(e => e.error.Location.Line)
            .ThenBy(e => e.error.Location.Column)
            .ThenBy(e => e.index)
            .Select(e => e.error)];
}
