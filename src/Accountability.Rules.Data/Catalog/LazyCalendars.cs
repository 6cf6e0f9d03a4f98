using System.Collections;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Calendars;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// Calendars by id, read on first use: a catalogue holds the bundled calendars from the start, but
/// reads them only when a ruleset that names one is loaded or compiled, so that evaluating a case
/// under a ruleset without a calendar never reads them. Thread-safe.
/// </summary>
internal sealed class LazyCalendars(Func<FrozenDictionary<string, WorkingDayCalendar>> read) : IReadOnlyDictionary<string, WorkingDayCalendar>
{
    private readonly Lazy<FrozenDictionary<string, WorkingDayCalendar>> _calendars = new(read, LazyThreadSafetyMode.ExecutionAndPublication);

    public WorkingDayCalendar this[string key] => _calendars.Value[key];

    public IEnumerable<string> Keys => _calendars.Value.Keys;

    public IEnumerable<WorkingDayCalendar> Values => _calendars.Value.Values;

    public int Count => _calendars.Value.Count;

    public bool ContainsKey(string key) => _calendars.Value.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out WorkingDayCalendar value) => _calendars.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, WorkingDayCalendar>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, WorkingDayCalendar>>)_calendars.Value).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
