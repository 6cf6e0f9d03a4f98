using Accountability.Rules.Data;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// Test-class fixture: loads rulesets/yibin-2020.yaml from the repository (not the embedded copy,
/// so that an edit is tested before it is built into the package) and compiles it once.
/// </summary>
public sealed class YibinRuleSet
{
    /// <summary>The ruleset's path relative to the repository root.</summary>
    public const string RelativePath = "rulesets/yibin-2020.yaml";

    /// <summary>Loads and compiles the ruleset; throws with every load error when it does not load.</summary>
    public YibinRuleSet()
    {
        FilePath = RepositoryRoot.Combine(RelativePath);
        Load = RuleSetLoader.LoadFile(FilePath);
        if (!Load.Succeeded)
        {
            throw new InvalidOperationException($"{RelativePath} does not load:{Environment.NewLine}{Load}");
        }

        Definition = Load.Value;
        Compiled = RuleCompiler.Compile(Definition);
    }

    /// <summary>The absolute path of the ruleset file.</summary>
    public string FilePath { get; }

    /// <summary>The loader's result, with its (empty) error list.</summary>
    public LoadResult<RuleSetDefinition> Load { get; }

    /// <summary>The loaded ruleset.</summary>
    public RuleSetDefinition Definition { get; }

    /// <summary>The compiled ruleset.</summary>
    public CompiledRuleSet Compiled { get; }

    /// <summary>A new case session over the compiled ruleset.</summary>
    public YibinSession Session() => new(Compiled);
}
