using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Api;

/// <summary>
/// The README's "Use from C#" code is examples/consumer/Program.cs, which CI builds against the
/// packed packages and runs: the README shows code that compiles and runs.
/// </summary>
public sealed class ReadmeCSharpExampleTest
{
    [Fact]
    public void UseFromCSharp_CodeBlock_IsTheConsumerSample()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var sample = File.ReadAllText(RepositoryRoot.Combine("examples/consumer/Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("## Use from C#\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var block = section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];

        Assert.Equal(sample.TrimEnd('\n'), block);
    }
}
