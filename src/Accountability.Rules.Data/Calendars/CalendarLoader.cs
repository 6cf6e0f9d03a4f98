using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Calendars;

/// <summary>
/// Loads a working-day calendar file (<c>rulesets/calendars/&lt;id&gt;.yaml</c>) strictly:
/// <c>years: { YYYY: { source, holidays: [ { name, off: [[from, to]], workdays: [...] } ] } }</c>.
/// The id is the file name without <c>.yaml</c>. Every year cites its notice (<c>source</c>);
/// ranges run forward; a day may not be both off and a working day. Every mistake comes back as a
/// <see cref="Accountability.Rules.Diagnostics.Diagnostic"/> with its position, in one run. Thread-safe.
/// </summary>
public static class CalendarLoader
{
    /// <summary>The top-level keys of a calendar.</summary>
    internal static readonly ImmutableArray<string> TopKeys = ["years"];

    /// <summary>The keys of a year.</summary>
    internal static readonly ImmutableArray<string> YearKeys = ["source", "holidays"];

    /// <summary>The keys of a holiday.</summary>
    internal static readonly ImmutableArray<string> HolidayKeys = ["name", "off", "workdays"];

    /// <summary>The calendar id of a file: its name without the <c>.yaml</c> extension.</summary>
    /// <param name="fileName">The file name or path.</param>
    public static string IdOf(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return name.EndsWith(".yaml", StringComparison.Ordinal) ? name[..^5] : name;
    }

    /// <summary>Loads a calendar from its text.</summary>
    /// <param name="yamlText">The YAML text.</param>
    /// <param name="fileName">The file name errors give; the id is taken from it.</param>
    /// <returns>The calendar, or every error.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<WorkingDayCalendar> Load(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new LoadErrors();
        var years = Read(yamlText, fileName, errors);
        var id = IdOf(fileName);
        if (!IdShapes.Check(id, IdShapes.Slug, "calendar id", new Model.SourceLocation(fileName, 1, 1), "name the file with lower-case letters, digits and hyphens, e.g. cn-mainland-holidays.yaml", errors)
            || errors.Count > 0 || years is null)
        {
            return LoadResult<WorkingDayCalendar>.Failure(errors.ToImmutable());
        }

        return LoadResult<WorkingDayCalendar>.Success(new WorkingDayCalendar(id, years.Value));
    }

    /// <summary>Loads a calendar file; a file that cannot be read is an error, not an exception.</summary>
    /// <param name="path">The path; errors name the file by this path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    public static LoadResult<WorkingDayCalendar> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new LoadErrors();
        return SourceText.Read(path, errors) is { } text ? Load(text, path) : LoadResult<WorkingDayCalendar>.Failure(errors.ToImmutable());
    }

    private static ImmutableArray<CalendarYear>? Read(string text, string file, LoadErrors errors)
    {
        if (YamlReader.Read(text, file, errors) is not { } root || YamlValues.Mapping(root, "calendar file", errors) is not { } mapping)
        {
            return null;
        }

        var top = new MappingReader(mapping, string.Empty, TopKeys, errors);
        if (top.Required("years") is not { } yearsNode || YamlValues.Mapping(yearsNode, "years", errors) is not { } yearsMapping)
        {
            return null;
        }

        if (yearsMapping.Entries.IsEmpty)
        {
            errors.Add(yearsMapping.Start, LoadDiagnostics.CalendarWithoutYears);
        }

        var years = ImmutableArray.CreateBuilder<CalendarYear>();
        var offDays = new Dictionary<LocalDate, Model.SourceLocation>();
        var workDays = new Dictionary<LocalDate, Model.SourceLocation>();
        foreach (var entry in yearsMapping.Entries)
        {
            if (!int.TryParse(entry.KeyText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2999)
            {
                errors.Add(entry.KeyStart, LoadDiagnostics.NotAYear, entry.KeyText);
                continue;
            }

            if (ReadYear(entry.Value, year, offDays, workDays, errors) is { } calendarYear)
            {
                years.Add(calendarYear);
            }
        }

        foreach (var (day, at) in workDays)
        {
            if (offDays.TryGetValue(day, out var off))
            {
                errors.Add(at, LoadDiagnostics.DayOffAndWorking, IsoDate.Format(day), off.Line, off.Column);
            }
        }

        return years.ToImmutable();
    }

    private static CalendarYear? ReadYear(YamlNode node, int year, Dictionary<LocalDate, Model.SourceLocation> offDays, Dictionary<LocalDate, Model.SourceLocation> workDays, LoadErrors errors)
    {
        var path = "years." + year.ToString(CultureInfo.InvariantCulture);
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }

        var mark = errors.Reported;
        var reader = new MappingReader(mapping, path, YearKeys, errors);
        var source = reader.RequiredText("source");
        var holidays = ImmutableArray.CreateBuilder<CalendarHoliday>();
        foreach (var holiday in reader.Required("holidays") is { } h ? MappingReader.Each(h, reader.PathOf("holidays"), HolidayKeys, errors, nonEmpty: true) : [])
        {
            var name = holiday.RequiredText("name");
            var off = ImmutableArray.CreateBuilder<DateInterval>();
            if (holiday.Required("off") is { } offNode && YamlValues.Sequence(offNode, holiday.PathOf("off"), errors) is { } ranges)
            {
                foreach (var range in ranges.Items)
                {
                    if (ReadRange(range, holiday.PathOf("off"), errors) is { } interval)
                    {
                        off.Add(interval);
                        for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
                        {
                            offDays.TryAdd(day, range.Start);
                        }
                    }
                }
            }

            var working = ImmutableArray.CreateBuilder<LocalDate>();
            if (holiday.Optional("workdays") is { } workNode && YamlValues.Sequence(workNode, holiday.PathOf("workdays"), errors) is { } days)
            {
                foreach (var dayNode in days.Items)
                {
                    if (YamlValues.Date(dayNode, holiday.PathOf("workdays"), errors) is { } day)
                    {
                        working.Add(day);
                        workDays.TryAdd(day, dayNode.Start);
                    }
                }
            }

            if (name is not null)
            {
                holidays.Add(new CalendarHoliday(name, off.ToImmutable(), working.ToImmutable()));
            }
        }

        return errors.Reported == mark && source is not null ? new CalendarYear(year, source, holidays.ToImmutable()) : null;
    }

    private static DateInterval? ReadRange(YamlNode node, string path, LoadErrors errors)
    {
        if (YamlValues.Sequence(node, path, errors) is not { } pair)
        {
            return null;
        }

        if (pair.Items.Length != 2)
        {
            errors.Add(node.Start, LoadDiagnostics.DaysOffNeedTwoDates, pair.Items.Length);
            return null;
        }

        var from = YamlValues.Date(pair.Items[0], path, errors);
        var to = YamlValues.Date(pair.Items[1], path, errors);
        if (from is not { } first || to is not { } last)
        {
            return null;
        }

        if (last < first)
        {
            errors.Add(pair.Items[1].Start, LoadDiagnostics.DaysOffEndBeforeStart, IsoDate.Format(last), IsoDate.Format(first));
            return null;
        }

        return new DateInterval(first, last);
    }
}
