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
        var root = RepositoryRoot.Combine("examples");
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (file.EndsWith(".ruleset.yaml", StringComparison.Ordinal)
                || !(file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
                || relative.Contains("/bin/", StringComparison.Ordinal)
                || relative.Contains("/obj/", StringComparison.Ordinal))
            {
                continue;
            }

            data.Add(relative, "json");
            data.Add(relative, "text");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_NRulesEngine_PrintsWhatTheCompiledEnginePrints(string example, string format)
    {
        var path = RepositoryRoot.Combine(example);
        string[] args = ["evaluate", path, "--format", format, "--explain", .. Overlay(path)];

        var compiled = CliRun.Run([.. args, "--engine", "compiled"]);
        var nrules = CliRun.Run([.. args, "--engine", "nrules"]);

        Assert.Contains(compiled.ExitCode, new[] { 0, 1 });
        Assert.Equal(compiled, nrules);
    }

    private static string[] Overlay(string casePath) =>
        [.. Directory.EnumerateFiles(Path.GetDirectoryName(casePath)!, "*.ruleset.yaml").Order(StringComparer.Ordinal).SelectMany(f => new[] { "--ruleset", f })];
}
