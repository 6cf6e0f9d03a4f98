using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.NRules;

/// <summary>
/// <c>accountability evaluate --engine nrules</c> prints exactly what the compiled engine prints, for
/// every example under <c>examples/</c>, as JSON and as text with the explanation, with the same exit code.
/// </summary>
public sealed class ExampleEquivalenceTest
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in ExampleFiles.Cases())
        {
            data.Add(example, "json");
            data.Add(example, "text");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_NRulesEngine_PrintsWhatTheCompiledEnginePrints(string example, string format)
    {
        string[] args = [.. ExampleFiles.EvaluateArguments(example), "--format", format, "--explain"];

        var compiled = CliRun.Run([.. args, "--engine", "compiled"]);
        var nrules = CliRun.Run([.. args, "--engine", "nrules"]);

        Assert.Contains(compiled.ExitCode, new[] { 0, 1 });
        Assert.Equal(compiled, nrules);
    }
}
