using System.Reflection;
using System.Runtime.Loader;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.NRules;
using Accountability.Rules.Tests.TestAssets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Accountability.Rules.Tests.Api;

/// <summary>
/// The README's "Use from C#" code is examples/consumer/Program.cs (CI also builds that sample against
/// the packed packages and runs it). Here the README's block is compiled with Roslyn against the
/// libraries and run in-process: it compiles without warnings, exits 0 and prints what it promises.
/// </summary>
public sealed class ReadmeCSharpExampleTest
{
    private static readonly Lock ConsoleLock = new();

    [Fact]
    public void UseFromCSharp_CodeBlock_IsTheConsumerSample()
    {
        var sample = File.ReadAllText(RepositoryRoot.Combine("examples/consumer/Program.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.Equal(sample.TrimEnd('\n'), ReadmeBlock());
    }

    [Fact]
    public void UseFromCSharp_CodeBlock_CompilesAndRuns()
    {
        // The sample names files relative to the repository, as a user runs it from there.
        var source = ReadmeBlock().Replace("\"examples/", $"\"{RepositoryRoot.Path.Replace('\\', '/')}/examples/", StringComparison.Ordinal);
        var entry = Compile(source).EntryPoint!;

        var (exitCode, output) = Run(entry);

        Assert.True(exitCode == 0, output);
        Assert.Contains("loss tier: larger (total 3218400 CNY)", output, StringComparison.Ordinal);
        Assert.Contains("loss tier on nrules: larger", output, StringComparison.Ordinal);
        Assert.Contains("overlay chain: yibin-subsidiary-example (extends yibin-group-example 1.0.0 <- yibin-2020 1.0.0 <- national-2016 1.0.0), loss tier: larger", output, StringComparison.Ordinal);
        Assert.Contains("built case: loss tier major, P1 direct responsibility", output, StringComparison.Ordinal);
        Assert.Contains("json: schema version 1.1", output, StringComparison.Ordinal);
    }

    private static string ReadmeBlock()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = readme[readme.IndexOf("## Use from C#\n", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        return section[start..section.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    /// <summary>Compiles a program of top-level statements against the libraries, with the SDK's implicit usings; fails on any warning.</summary>
    private static Assembly Compile(string source)
    {
        string[] implicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading.Tasks"];
        var globalUsings = string.Concat(implicitUsings.Select(u => $"global using {u};\n"));
        _ = typeof(CaseBuilder); // load the libraries the sample references
        _ = typeof(NRulesEngine);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => a.Location))
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "ReadmeSample",
            [CSharpSyntaxTree.ParseText(globalUsings), CSharpSyntaxTree.ParseText(source, path: "Program.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var problems = emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(emitted.Success && problems.Count == 0, string.Join(Environment.NewLine, problems));
        image.Position = 0;
        return new AssemblyLoadContext("ReadmeSample", isCollectible: true).LoadFromStream(image);
    }

    private static (int ExitCode, string Output) Run(MethodInfo entry)
    {
        lock (ConsoleLock)
        {
            var (output, error) = (Console.Out, Console.Error);
            using var written = new StringWriter();
            Console.SetOut(written);
            Console.SetError(written);
            try
            {
                var exitCode = (int)entry.Invoke(null, [Array.Empty<string>()])!;
                return (exitCode, written.ToString());
            }
            finally
            {
                Console.SetOut(output);
                Console.SetError(error);
            }
        }
    }
}
