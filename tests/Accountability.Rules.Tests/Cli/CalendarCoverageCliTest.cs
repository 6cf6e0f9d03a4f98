using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>A deadline in a year the working-day calendar does not cover is a clear answer, not a guess or a crash.</summary>
public sealed class CalendarCoverageCliTest
{
    [Fact]
    public void Evaluate_InterviewWhoseWorkPlanIsDueIn2027_PrintsTheResultAndExitsOneNamingTheMissingYear()
    {
        var original = File.ReadAllText(RepositoryRoot.Combine("examples/weihai-2024/collective-spring-festival.yaml"));
        var path = Path.Combine(Path.GetTempPath(), $"calendar-coverage-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, original.Replace("2025-01-24", "2026-12-24", StringComparison.Ordinal).Replace("2025-01-22", "2026-12-22", StringComparison.Ordinal));
        try
        {
            var outcome = CliRun.Run("evaluate", path);
            var json = CliRun.Run("evaluate", path, "--format", "json");

            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("not fully evaluated: workPlanDeadline.lastDay counts working days in 2027", outcome.Error, StringComparison.Ordinal);
            Assert.Contains("has no data for 2027", outcome.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", outcome.Error, StringComparison.Ordinal);
            Assert.Contains("Status: not fully evaluated", outcome.Out, StringComparison.Ordinal);
            Assert.Contains("interviewForm: interview=I1, form=collective", outcome.Out, StringComparison.Ordinal);
            Assert.Equal(1, json.ExitCode);
            Assert.Contains("\"status\": \"incomplete\"", json.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
