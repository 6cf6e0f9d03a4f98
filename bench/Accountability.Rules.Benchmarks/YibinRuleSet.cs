using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;

namespace Accountability.Rules.Benchmarks;

/// <summary>Loads and compiles rulesets/yibin-2020.yaml from the repository once.</summary>
internal static class YibinRuleSet
{
    private static readonly Lazy<CompiledRuleSet> Compiled = new(Load);

    public static CompiledRuleSet Value => Compiled.Value;

    private static CompiledRuleSet Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Accountability.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Run the benchmarks inside the repository."), "rulesets", "yibin-2020.yaml");
        var loaded = RuleSetLoader.LoadFile(path);
        return loaded.Value is { } definition
            ? RuleCompiler.Compile(definition)
            : throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors));
    }
}
