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
    public void Load_Bundled_CoversEveryYearFrom2016To2026WithItsNotice()
    {
        var calendar = BundledRuleSets.Calendars["cn-mainland-holidays"];

        Assert.Equal(Enumerable.Range(2016, 11), calendar.Years.Select(y => y.Year));
        Assert.All(calendar.Years, y => Assert.Contains("国务院办公厅", y.Source, StringComparison.Ordinal));
        Assert.Single(RuleSetCatalog.Bundled.Calendars, c => c.Id == calendar.Id);
    }

    [Fact]
    public void Load_MissingSource_ErrorAtTheYear()
    {
        var text = SmallRuleSet.Replace(Text, "    source: \"国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号)\"\n", string.Empty);

        LoadAssert.SingleError(CalendarLoader.Load(text, FileName), "ACR0202", TextPosition.Of(text, "holidays:"));
    }

    [Fact]
    public void Load_BadYearKeyUnknownKeyBadDateAndBackwardRange_AllReportedWithPositions()
    {
        var text = SmallRuleSet.Replace(Text, "  2024:", "  24:")
            .Replace("off: [[2024-02-10, 2024-02-17]]", "of: [[2024-02-10, 2024-02-17]]", StringComparison.Ordinal)
            .Replace("[2024-09-29, 2024-10-12]", "[2024-09-31, 2024-10-12]", StringComparison.Ordinal)
            .Replace("[[2024-10-01, 2024-10-07]]", "[[2024-10-07, 2024-10-01]]", StringComparison.Ordinal);

        var result = CalendarLoader.Load(text, FileName);

        LoadAssert.HasError(result, "ACR0802", TextPosition.Of(text, "24:"));
        Assert.Single(result.Errors);

        var fixedYear = text.Replace("  24:", "  2024:", StringComparison.Ordinal);
        var all = CalendarLoader.Load(fixedYear, FileName);
        LoadAssert.HasError(all, "ACR0201", TextPosition.Of(fixedYear, "of:"));
        LoadAssert.HasError(all, "ACR0202", TextPosition.Of(fixedYear, "- name: 春节"[2..]));
        LoadAssert.HasError(all, "ACR0209", TextPosition.Of(fixedYear, "2024-09-31"));
        LoadAssert.HasError(all, "ACR0805", TextPosition.Of(fixedYear, "2024-10-01]]"));
    }

    [Fact]
    public void Load_DayBothOffAndWorking_ErrorAtTheWorkingDayNamingTheOffRange()
    {
        var text = SmallRuleSet.Replace(Text, "[2024-02-04, 2024-02-18]", "[2024-02-04, 2024-02-17]");

        var error = LoadAssert.SingleError(CalendarLoader.Load(text, FileName), "ACR0803", TextPosition.Of(text, "2024-02-17]", 2));

        Assert.Contains($"line {TextPosition.Of(text, "[2024-02-10").Line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RangeWithOneDate_IsAnError()
    {
        var text = SmallRuleSet.Replace(Text, "[[2024-02-10, 2024-02-17]]", "[[2024-02-10]]");

        LoadAssert.SingleError(CalendarLoader.Load(text, FileName), "ACR0804", TextPosition.Of(text, "[2024-02-10]"));
    }

    [Fact]
    public void LoadFolder_BrokenCalendar_ReportedWithTheRulesets()
    {
        using var folder = new TemporaryFolder();
        folder.Write("small.yaml", SmallRuleSet.Text);
        var file = folder.Write("calendars/broken.yaml", "years:\n  2024: { holidays: [] }\n");

        var result = RuleSetCatalog.LoadFolder(folder.Path);

        Assert.Contains(result.Errors, e => e.Location!.File == file && e.Id == "ACR0202" && e.Message.Contains("'source'", StringComparison.Ordinal));
    }
}
