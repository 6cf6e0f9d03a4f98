using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Calendars;
using Accountability.Rules.Tests.TestAssets;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Tests.Data.Calendars;

/// <summary>
/// The bundled calendar's years 2016-2019, spot-checked against the State Council General Office's
/// notices: each year's Spring Festival and National Day, and adjusted working weekend days (调休上班).
/// </summary>
public sealed class BundledCalendarTest
{
    private static WorkingDayCalendar Calendar => BundledRuleSets.Calendars["cn-mainland-holidays"];

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void Load_RepositoryFile_LoadsWithoutErrorsAndEqualsTheEmbeddedCopy()
    {
        var loaded = LoadAssert.Loaded(CalendarLoader.LoadFile(RepositoryRoot.Combine("rulesets/calendars/cn-mainland-holidays.yaml")));

        Assert.Equal("cn-mainland-holidays", loaded.Id);
        Assert.Equal(Calendar.Years.Select(y => (y.Year, y.Source)), loaded.Years.Select(y => (y.Year, y.Source)));
        for (var day = new LocalDate(2016, 1, 1); day.Year <= 2026; day = day.PlusDays(1))
        {
            Assert.Equal(Calendar.IsWorkingDay(day), loaded.IsWorkingDay(day));
        }
    }

    [Theory]
    [InlineData(2016, "国办发明电〔2015〕18号, 2015-12-10")]
    [InlineData(2017, "国办发明电〔2016〕17号, 2016-12-01")]
    [InlineData(2018, "国办发明电〔2017〕12号, 2017-11-30")]
    [InlineData(2019, "国办发明电〔2018〕15号, 2018-12-04")]
    [InlineData(2019, "国办发明电〔2019〕3号, 2019-03-22")]
    public void Year_CitesItsNoticeWithNumberAndDate(int year, string citation)
    {
        var source = Assert.Single(Calendar.Years, y => y.Year == year).Source;

        Assert.Contains($"国务院办公厅关于{year}年部分节假日安排的通知", source, StringComparison.Ordinal);
        Assert.Contains(citation, source, StringComparison.Ordinal);
    }

    [Theory]
    // 2016 (国办发明电〔2015〕18号): 春节 2月7日至13日; 国庆节 10月1日至7日; 2月6日(星期六)、10月9日(星期日)上班.
    [InlineData("2016-02-07", "2016-02-13", "2016-02-06")]
    [InlineData("2016-10-01", "2016-10-07", "2016-10-09")]
    // 2017 (国办发明电〔2016〕17号): 春节 1月27日至2月2日, 1月22日(星期日)上班; 中秋节、国庆节 10月1日至8日, 9月30日(星期六)上班.
    [InlineData("2017-01-27", "2017-02-02", "2017-01-22")]
    [InlineData("2017-10-01", "2017-10-08", "2017-09-30")]
    // 2018 (国办发明电〔2017〕12号): 春节 2月15日至21日, 2月24日(星期六)上班; 国庆节 10月1日至7日, 9月30日(星期日)上班.
    [InlineData("2018-02-15", "2018-02-21", "2018-02-24")]
    [InlineData("2018-10-01", "2018-10-07", "2018-09-30")]
    // 2019 (国办发明电〔2018〕15号): 春节 2月4日至10日, 2月3日(星期日)上班; 国庆节 10月1日至7日, 10月12日(星期六)上班.
    [InlineData("2019-02-04", "2019-02-10", "2019-02-03")]
    [InlineData("2019-10-01", "2019-10-07", "2019-10-12")]
    public void Holiday_DaysOffAsTheNoticeSays_AndItsWeekendWorkingDay(string from, string to, string workingWeekendDay)
    {
        for (var day = Day(from); day <= Day(to); day = day.PlusDays(1))
        {
            Assert.False(Calendar.IsWorkingDay(day), $"{day} is a day off");
        }

        Assert.True(Day(workingWeekendDay).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        Assert.True(Calendar.IsWorkingDay(Day(workingWeekendDay)));
    }

    [Theory]
    [InlineData("2016-05-02", false)] // 5月1日放假，5月2日（星期一）补休
    [InlineData("2017-01-02", false)] // 1月1日放假，1月2日（星期一）补休
    [InlineData("2018-12-29", true)]  // the 2019 notice: 2018年12月29日（星期六）上班
    [InlineData("2018-12-31", false)] // the 2019 notice: 2018年12月30日至2019年1月1日放假调休
    [InlineData("2019-05-02", false)] // 国办发明电〔2019〕3号: 5月1日至4日放假调休 (the first notice gave 5月1日 alone)
    [InlineData("2019-05-05", true)]  // 国办发明电〔2019〕3号: 5月5日（星期日）上班
    [InlineData("2016-06-13", true)]  // an ordinary Monday after 端午节
    public void Day_AsTheNoticesSay(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(Day(day)));

    [Fact]
    public void IsWorkingDay_2015_IsNotCovered()
    {
        var error = Assert.Throws<CalendarCoverageException>(() => Calendar.IsWorkingDay(new LocalDate(2015, 12, 31)));

        Assert.Equal((2015, "cn-mainland-holidays"), (error.Year, error.CalendarId));
    }
}
