using System.Text.RegularExpressions;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Cli;

/// <summary>The case examples in README.md's "Case input" section load and evaluate.</summary>
public sealed partial class ReadmeCaseExamplesTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("accountability-readme-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("yaml")]
    [InlineData("json")]
    public void ReadmeCaseExample_Evaluates(string language)
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Case input", StringComparison.Ordinal)..];
        var block = FencedBlock().Matches(section).First(m => m.Groups["language"].Value == language).Groups["body"].Value;
        var path = Path.Combine(_folder, "readme-case." + language);
        File.WriteAllText(path, block);

        var outcome = CliRun.Run("evaluate", path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    [GeneratedRegex(@"```(?<language>\w+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
