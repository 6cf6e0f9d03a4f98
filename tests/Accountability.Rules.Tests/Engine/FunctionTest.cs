using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using static Accountability.Rules.Tests.TestAssets.RuleText;

using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Engine;

/// <summary>The built-in functions, evaluated through a rule that writes the result into a note's subject date.</summary>
public sealed class FunctionTest
{
    private static readonly WorkingDayCalendar Calendar = new("test-calendar", [new CalendarYear(2024, "test", [
        new CalendarHoliday("国庆节", [new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 7))], [new LocalDate(2024, 9, 29), new LocalDate(2024, 10, 12)]),
    ])]);

    private static Value Evaluate(ExpressionElement expression, WorkingDayCalendar? calendar = null)
    {
        // restriction.lastDay is a date, excludedLoss.amount a number: pick the carrier by kind.
        var rule = Rule("f", 0, [Pattern("l", "loss")], Then("lossTotal", ("amount", C(0m)), ("assetRatioPercent", expression)));
        var dateRule = Rule("f", 0, [Pattern("l", "loss")], Then("restriction", ("person", C("p")), ("kind", C("k")), ("measure", C("m")), ("on", Date(2024, 1, 1)), ("lastDay", expression), ("source", C("s"))));
        foreach (var candidate in new[] { rule, dateRule })
        {
            if (!RuleCompiler.Check(RuleSet(candidate), calendar: calendar).IsEmpty)
            {
                continue;
            }

            var session = TestEngine.Of(RuleCompiler.Compile(RuleSet(candidate), calendar: calendar)).CreateSession();
            session.Insert(Loss("L1", 1m));
            session.Fire();
            return candidate == rule ? session.Query("lossTotal")[0]["assetRatioPercent"] : session.Query("restriction")[0]["lastDay"];
        }

        throw new InvalidOperationException("The expression compiles in neither carrier.");
    }

    private static ConstantExpression Date(int y, int m, int d) => new ConstantExpression(Value.Of(new LocalDate(y, m, d)));

    [Theory]
    [InlineData(BuiltInFunction.Add, 7, 3, 10)]
    [InlineData(BuiltInFunction.Subtract, 7, 3, 4)]
    [InlineData(BuiltInFunction.Multiply, 11, 0.3, 3.3)]
    [InlineData(BuiltInFunction.Divide, 7, 2, 3.5)]
    [InlineData(BuiltInFunction.PercentOf, 1, 4, 25)]
    public void Arithmetic_OnNumbers(BuiltInFunction function, double a, double b, double expected) =>
        Assert.Equal((decimal)expected, Evaluate(Call(function, C((decimal)a), C((decimal)b))).AsNumber);

    [Theory]
    [InlineData(3.3, 4)]
    [InlineData(3, 3)]
    [InlineData(0, 0)]
    public void Ceiling_RoundsUp(double value, int expected) =>
        Assert.Equal(expected, Evaluate(Call(BuiltInFunction.Ceiling, C((decimal)value))).AsNumber);

    [Fact]
    public void Divide_ByZero_IsAbsent() =>
        Assert.True(Evaluate(Call(BuiltInFunction.Divide, C(1m), C(0m))).IsNull);

    [Fact]
    public void Date_BuildsADate_AndIsAbsentWhenTheDayDoesNotExist()
    {
        // A date may be absent, so the required carrier field needs a fallback.
        ExpressionElement Make(int y, int m, int d) => Call(BuiltInFunction.Coalesce, Call(BuiltInFunction.Date, C(y), C(m), C(d)), Date(1, 1, 1));

        Assert.Equal(new LocalDate(2025, 1, 31), Evaluate(Make(2025, 1, 31)).AsDate);
        Assert.Equal(new LocalDate(1, 1, 1), Evaluate(Make(2025, 2, 29)).AsDate);
    }

    [Fact]
    public void Year_OfADate() => Assert.Equal(2024m, Evaluate(Call(BuiltInFunction.Year, Date(2024, 8, 31))).AsNumber);

    [Fact]
    public void Plus_SixMonthsFromTheLastDayOfAugust_EndsOnTheLastDayOfFebruary() =>
        Assert.Equal(new LocalDate(2025, 2, 28), Evaluate(Call(BuiltInFunction.Plus, Date(2024, 8, 31), new ConstantExpression(Value.Of(Period.FromMonths(6))))).AsDate);

    [Theory]
    [InlineData(9, 27, 1, 9, 29)] // Friday -> Sunday 29 September is an adjusted working day
    [InlineData(9, 29, 1, 9, 30)]
    [InlineData(9, 30, 1, 10, 8)] // across the National Day holiday
    [InlineData(9, 30, 4, 10, 11)]
    [InlineData(9, 30, 5, 10, 12)] // Saturday 12 October is an adjusted working day
    public void PlusWorkingDays_SkipsHolidaysAndCountsAdjustedWorkingDays(int m, int d, int n, int em, int ed) =>
        Assert.Equal(new LocalDate(2024, em, ed), Evaluate(Call(BuiltInFunction.PlusWorkingDays, Date(2024, m, d), C(n)), Calendar).AsDate);

    [Fact]
    public void OnOrNextWorkingDay_MovesARestDayToTheNextWorkingDay()
    {
        Assert.Equal(new LocalDate(2024, 10, 8), Evaluate(Call(BuiltInFunction.OnOrNextWorkingDay, Date(2024, 10, 1)), Calendar).AsDate);
        Assert.Equal(new LocalDate(2024, 10, 12), Evaluate(Call(BuiltInFunction.OnOrNextWorkingDay, Date(2024, 10, 12)), Calendar).AsDate);
    }

    [Fact]
    public void PlusWorkingDays_IntoAYearTheCalendarDoesNotCover_AssertsACalendarGapNamingTheYear()
    {
        var rule = Rule("f", 0, [Pattern("l", "loss")], Then("restriction", ("person", C("p")), ("kind", C("k")), ("measure", C("m")), ("on", Date(2024, 1, 1)), ("lastDay", Call(BuiltInFunction.PlusWorkingDays, Date(2024, 12, 30), C(5m))), ("source", C("s"))));
        var session = TestEngine.Of(RuleCompiler.Compile(RuleSet(rule), calendar: Calendar)).CreateSession();
        session.Insert(Loss("L1", 1m));

        session.Fire();

        Assert.Empty(session.Query("restriction"));
        var gap = Assert.Single(session.Query("calendarGap"));
        Assert.Equal(("restriction", "lastDay", "test-calendar", 2025m), (gap["conclusion"].AsText, gap["field"].AsText, gap["calendar"].AsText, gap["year"].AsNumber));
        Assert.Equal("f", Assert.Single(session.Derivations(gap)).Rule.Id);
    }

    [Fact]
    public void WorkingDayFunction_InACondition_IsACompileProblem()
    {
        var rule = Rule("f", 0, [Pattern("l", "loss", Gt(Call(BuiltInFunction.OnOrNextWorkingDay, Date(2024, 1, 1)), Date(2024, 1, 1)))], Then("lossTotal", ("amount", C(0m))));

        Assert.Contains(RuleCompiler.Check(RuleSet(rule), calendar: Calendar), p => p.Id == "ACR0734");
    }

    [Fact]
    public void WorkingDayFunction_WithoutACalendar_IsACompileProblem()
    {
        var rule = Rule("f", 0, [Pattern("l", "loss")], Then("restriction", ("person", C("p")), ("kind", C("k")), ("measure", C("m")), ("on", Date(2024, 1, 1)), ("lastDay", Call(BuiltInFunction.OnOrNextWorkingDay, Date(2024, 1, 1))), ("source", C("s"))));

        Assert.Contains(RuleCompiler.Check(RuleSet(rule)), p => p.Id == "ACR0729");
    }

    [Fact]
    public void MaxAndMin_IgnoreAbsentValues()
    {
        Assert.Equal(5m, Evaluate(Call(BuiltInFunction.Max, C(2m), C(5m), new ConstantExpression(Value.Null))).AsNumber);
        Assert.Equal(new LocalDate(2024, 1, 2), Evaluate(Call(BuiltInFunction.Min, Date(2024, 3, 1), Date(2024, 1, 2))).AsDate);
    }

    [Fact]
    public void Signatures_CoverEveryFunction() =>
        Assert.All(Enum.GetValues<BuiltInFunction>(), f => Assert.Equal(f, FunctionSignature.ByName[FunctionSignature.Of(f).Name]));
}
