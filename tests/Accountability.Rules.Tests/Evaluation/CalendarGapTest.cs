using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>A working-day deadline in a year the calendar lacks is a result (a calendar gap, a note, status incomplete), never an exception out of the session.</summary>
public sealed class CalendarGapTest
{
    /// <summary>The Weihai collective interview moved to 24 December 2026: its work plan's 10th working day falls in 2027.</summary>
    private static readonly string Late = File.ReadAllText(RepositoryRoot.Combine("examples/weihai-2024/collective-spring-festival.yaml"))
        .Replace("2025-01-24", "2026-12-24", StringComparison.Ordinal)
        .Replace("2025-01-22", "2026-12-22", StringComparison.Ordinal);

    [Fact]
    public void Evaluate_DeadlineInAYearTheCalendarLacks_IsIncompleteWithTheGapAsAConclusion()
    {
        var result = Evaluate(Late);

        Assert.Equal(CaseStatus.Incomplete, result.Status);
        var gap = Assert.Single(result.Conclusions, c => c.Type == "calendarGap");
        Assert.Equal(("workPlanDeadline", "lastDay", "cn-mainland-holidays", 2027m), (gap["conclusion"].AsText, gap["field"].AsText, gap["calendar"].AsText, gap["year"].AsNumber));
        Assert.Equal("art12-work-plan", Assert.Single(gap.Source.RuleIds));
        Assert.Contains(gap.Source.Citations, c => c.Article == "Art. 12");
        Assert.Equal("working-day-deadline", Assert.Single(gap.Source.PolicyIds));
        Assert.DoesNotContain(result.Conclusions, c => c.Type == "workPlanDeadline");
    }

    [Fact]
    public void Evaluate_DeadlineInAYearTheCalendarLacks_NoteNamesTheDeadlineTheYearAndTheCoveredYears()
    {
        var result = Evaluate(Late);

        var note = Assert.Single(result.Notes, n => n.Text.StartsWith("Not fully evaluated", StringComparison.Ordinal));
        Assert.Contains("workPlanDeadline.lastDay counts working days in 2027", note.Text, StringComparison.Ordinal);
        Assert.Contains("has no data for 2027; it covers 2016-2026 (ACR0902", note.Text, StringComparison.Ordinal);
        Assert.Equal("art12-work-plan", Assert.Single(note.Source.RuleIds));
    }

    [Fact]
    public void Evaluate_DeadlineInAYearTheCalendarLacks_EverythingElseIsAsInACoveredYear()
    {
        var covered = Evaluate(Late.Replace("2026-12-24", "2026-11-24", StringComparison.Ordinal).Replace("2026-12-22", "2026-11-22", StringComparison.Ordinal));
        var late = Evaluate(Late);

        Assert.Equal(CaseStatus.Evaluated, covered.Status);
        Assert.Single(covered.Conclusions, c => c.Type == "workPlanDeadline");
        Assert.Equal(
            covered.Conclusions.Where(c => c.Type != "workPlanDeadline").Select(c => c.Type),
            late.Conclusions.Where(c => c.Type != "calendarGap").Select(c => c.Type));
        Assert.Equal(covered.Documents.Length, late.Documents.Length);
        Assert.Equal(covered.Policies.Select(p => p.Id), late.Policies.Select(p => p.Id));
    }

    private static CaseResult Evaluate(string text)
    {
        var resolved = CaseLoader.LoadAndResolve(text, "late-interview.yaml", RuleSetCatalog.Bundled, null, null);
        Assert.True(resolved.Succeeded, string.Join("\n", resolved.Errors));
        var loaded = resolved.Value;
        return CaseEvaluator.Evaluate(TestEngine.Of(loaded.RuleSet), loaded.Case.Facts, loaded.DecidedOn);
    }
}
