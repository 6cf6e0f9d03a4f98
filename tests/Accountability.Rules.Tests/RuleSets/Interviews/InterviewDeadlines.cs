namespace Accountability.Rules.Tests.RuleSets.Interviews;

/// <summary>Test data for the work-plan deadline (10 working days after the interview).</summary>
public static class InterviewDeadlines
{
    /// <summary>Interview dates around the Spring Festival and National Day, 2021-2025, and the 10th working day after each, as counted by hand from the State Council notices.</summary>
    public static TheoryData<string, string> WorkPlanDeadlines { get; } = new()
    {
        { "2021-02-05", "2021-02-24" }, // Sunday 02-07 and Saturday 02-20 are working days; 02-11 to 02-17 off
        { "2021-02-10", "2021-03-02" }, // the day before the holiday: 02-18, 02-19, Saturday 02-20 count
        { "2021-09-24", "2021-10-13" }, // Sunday 09-26 and Saturday 10-09 count; 10-01 to 10-07 off
        { "2021-09-30", "2021-10-20" },
        { "2022-01-28", "2022-02-16" }, // Saturday 01-29 and Sunday 01-30 count; 01-31 to 02-06 off
        { "2022-09-30", "2022-10-19" }, // Saturday 10-08 and Sunday 10-09 count
        { "2023-01-20", "2023-02-08" }, // Saturday 01-28 and Sunday 01-29 count; 01-21 to 01-27 off
        { "2023-09-28", "2023-10-18" }, // 09-29 to 10-06 off; Saturday 10-07 and Sunday 10-08 count
        { "2024-02-08", "2024-02-28" }, // 02-09 counts, 02-10 to 02-17 off, Sunday 02-18 counts
        { "2024-02-09", "2024-02-29" }, // a leap day as the last day
        { "2024-09-27", "2024-10-16" }, // Sunday 09-29 and Saturday 10-12 count; 10-01 to 10-07 off
        { "2024-09-30", "2024-10-18" },
        { "2025-01-24", "2025-02-13" }, // Sunday 01-26 and Saturday 02-08 count; 01-28 to 02-04 off
        { "2025-01-27", "2025-02-17" },
        { "2025-09-26", "2025-10-16" }, // Sunday 09-28 and Saturday 10-11 count; 10-01 to 10-08 off
        { "2025-09-30", "2025-10-21" },
        { "2024-03-05", "2024-03-19" }, // no holiday: two plain weeks
        { "2025-12-22", "2026-01-06" }, // across a year end: 2026-01-01 to 01-03 off, Sunday 01-04 counts
    };
}
