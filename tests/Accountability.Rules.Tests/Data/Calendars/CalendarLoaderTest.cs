using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;

namespace Accountability.Rules.Tests.Data.Calendars;

public sealed class CalendarLoaderTest
{
    private const string FileName = "calendars/test-holidays-2024.yaml";

    private const string Text = """
        years:
          2024:
            source: "国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号)"
            holidays:
              - name: 春节
                off: [[2024-02-10, 2024-02-17]]
                workdays: [2024-02-04, 2024-02-18]
              - name: 国庆节
                off: [[2024-10-01, 2024-10-07]]
                workdays: [2024-09-29, 2024-10-12]
        """;

    [Fact]
    public void Load_Valid_IdFromTheFileNameAndDaysFromTheData()
    {
        var calendar = LoadAssert.Loaded(CalendarLoader.Load(Text, FileName));

        Assert.Equal("test-holidays-2024", calendar.Id);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 2, 16)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2024, 2, 18)));
        Assert.Equal(new LocalDate(2024, 10, 8), calendar.AddWorkingDays(new LocalDate(2024, 9, 30), 1));
        Assert.StartsWith("国务院办公厅关于2024年", Assert.Single(calendar.Years).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YearOutsideTheData_QueriesThrowNamingTheYear()
    {
        var calendar = LoadAssert.Loaded(CalendarLoader.Load(Text, FileName));

        var error = Assert.Throws<CalendarCoverageException>(() => calendar.IsWorkingDay(new LocalDate(2025, 1, 2)));
        Assert.Equal(2025, error.Year);
    }

    [Fact]
    public void Load_Bundled_CoversEveryYearFrom2020To2026WithItsNotice()
    {
        var calendar = BundledRuleSets.Calendars["cn-mainland-holidays-2020-2026"];

        Assert.Equal([2020, 2021, 2022, 2023, 2024, 2025, 2026], calendar.Years.Select(y => y.Year));
        Assert.All(calendar.Years, y => Assert.Contains("国务院办公厅", y.Source, StringComparison.Ordinal));
        Assert.Single(RuleSetCatalog.Bundled.Calendars, c => c.Id == calendar.Id);
    }

    [Fact]
    public void Load_MissingSource_ErrorAtTheYear()
    {
        var text = SmallRuleSet.Replace(Text, "    source: \"国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号)\"\n", string.Empty);

        LoadAssert.SingleError(CalendarLoader.Load(text, FileName), TextPosition.Of(text, "holidays:"), "missing required key 'source' in 'years.2024'");
    }

    [Fact]
    public void Load_BadYearKeyUnknownKeyBadDateAndBackwardRange_AllReportedWithPositions()
    {
        var text = SmallRuleSet.Replace(Text, "  2024:", "  24:")
            .Replace("off: [[2024-02-10, 2024-02-17]]", "of: [[2024-02-10, 2024-02-17]]", StringComparison.Ordinal)
            .Replace("[2024-09-29, 2024-10-12]", "[2024-09-31, 2024-10-12]", StringComparison.Ordinal)
            .Replace("[[2024-10-01, 2024-10-07]]", "[[2024-10-07, 2024-10-01]]", StringComparison.Ordinal);

        var result = CalendarLoader.Load(text, FileName);

        LoadAssert.HasError(result, TextPosition.Of(text, "24:"), "'24' is not a year");
        Assert.Single(result.Errors);

        var fixedYear = text.Replace("  24:", "  2024:", StringComparison.Ordinal);
        var all = CalendarLoader.Load(fixedYear, FileName);
        LoadAssert.HasError(all, TextPosition.Of(fixedYear, "of:"), "unknown key 'of'");
        LoadAssert.HasError(all, TextPosition.Of(fixedYear, "- name: 春节"[2..]), "missing required key 'off'");
        LoadAssert.HasError(all, TextPosition.Of(fixedYear, "2024-09-31"), "expected an ISO date");
        LoadAssert.HasError(all, TextPosition.Of(fixedYear, "2024-10-01]]"), "the range of days off ends on 2024-10-01, before it starts on 2024-10-07");
    }

    [Fact]
    public void Load_DayBothOffAndWorking_ErrorAtTheWorkingDayNamingTheOffRange()
    {
        var text = SmallRuleSet.Replace(Text, "[2024-02-04, 2024-02-18]", "[2024-02-04, 2024-02-17]");

        var error = LoadAssert.SingleError(CalendarLoader.Load(text, FileName), TextPosition.Of(text, "2024-02-17]", 2), "2024-02-17 is listed as a working day and as a day off");

        Assert.Contains($"line {TextPosition.Of(text, "[2024-02-10").Line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeWithOneDate_IsAnError()
    {
        var text = SmallRuleSet.Replace(Text, "[[2024-02-10, 2024-02-17]]", "[[2024-02-10]]");

        LoadAssert.SingleError(CalendarLoader.Load(text, FileName), TextPosition.Of(text, "[2024-02-10]"), "a range of days off needs two dates, found 1");
    }

    [Fact]
    public void LoadFolder_BrokenCalendar_ReportedWithTheRulesets()
    {
        using var folder = new TemporaryFolder();
        folder.Write("small.yaml", SmallRuleSet.Text);
        var file = folder.Write("calendars/broken.yaml", "years:\n  2024: { holidays: [] }\n");

        var result = RuleSetCatalog.LoadFolder(folder.Path);

        Assert.Contains(result.Errors, e => e.Location.File == file && e.Message.Contains("missing required key 'source'", StringComparison.Ordinal));
    }
}
