using Accountability.Rules.Calendars;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// Base of test-class fixtures that load one ruleset from the repository (not the embedded copy,
/// so that an edit is tested before it is built into the package) and compile it once. Sessions
/// use <see cref="YibinSession"/>'s helpers, which fit every ruleset over the accountability fact types.
/// </summary>
public abstract class RuleSetFile
{
    /// <summary>Loads and compiles the ruleset at <paramref name="relativePath"/>; throws with every load error when it does not load.</summary>
    protected RuleSetFile(string relativePath)
    {
        RelativePath = relativePath;
        FilePath = RepositoryRoot.Combine(relativePath);
        Load = RuleSetLoader.LoadFile(FilePath);
        if (!Load.Succeeded)
        {
            throw new InvalidOperationException($"{relativePath} does not load:{Environment.NewLine}{Load}");
        }

        Definition = Load.Value;
        Calendar = Definition.CalendarId is { } id ? BundledRuleSets.Calendars[id] : null;
        Compiled = RuleCompiler.Compile(Definition, calendar: Calendar);
    }

    /// <summary>The bundled working-day calendar the ruleset names, if it names one.</summary>
    public WorkingDayCalendar? Calendar { get; }

    /// <summary>The ruleset's path relative to the repository root.</summary>
    public string RelativePath { get; }

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
