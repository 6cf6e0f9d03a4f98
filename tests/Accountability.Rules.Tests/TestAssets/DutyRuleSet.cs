using Accountability.Rules.Data;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// A duty ruleset loaded from the repository (not the embedded copy, so that an edit is tested
/// before it is built into the package) and compiled once; the base of the Jining and Baotou
/// test-class fixtures.
/// </summary>
public abstract class DutyRuleSet
{
    /// <summary>Loads and compiles the ruleset; throws with every load error when it does not load.</summary>
    /// <param name="relativePath">The ruleset's path relative to the repository root.</param>
    protected DutyRuleSet(string relativePath)
    {
        FilePath = RepositoryRoot.Combine(relativePath);
        Load = RuleSetLoader.LoadFile(FilePath);
        if (!Load.Succeeded)
        {
            throw new InvalidOperationException($"{relativePath} does not load:{Environment.NewLine}{Load}");
        }

        Definition = Load.Value;
        Compiled = RuleCompiler.Compile(Definition, calendar: BundledRuleSets.Calendars[Definition.CalendarId!]);
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
    public DutySession Session() => new(Compiled);
}
