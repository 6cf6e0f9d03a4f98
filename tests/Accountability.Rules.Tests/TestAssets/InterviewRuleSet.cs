using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// Test-class fixture for an interview ruleset (weihai-2024, chongqing-2021): loads it from the
/// repository (not the embedded copy) and compiles it once.
/// </summary>
public abstract class InterviewRuleSet
{
    /// <summary>Loads and compiles the ruleset at <paramref name="relativePath"/>; throws with every load error when it does not load.</summary>
    protected InterviewRuleSet(string relativePath)
    {
        var load = RuleSetLoader.LoadFile(RepositoryRoot.Combine(relativePath));
        if (!load.Succeeded)
        {
            throw new InvalidOperationException($"{relativePath} does not load:{Environment.NewLine}{load}");
        }

        Definition = load.Value;
        Compiled = RuleCompiler.Compile(Definition, calendar: BundledRuleSets.Calendars[Definition.CalendarId!]);
    }

    /// <summary>The loaded ruleset.</summary>
    public RuleSetDefinition Definition { get; }

    /// <summary>The compiled ruleset.</summary>
    public CompiledRuleSet Compiled { get; }

    /// <summary>A new case session over the compiled ruleset.</summary>
    public InterviewSession Session() => new(Compiled);
}

/// <summary>rulesets/weihai-2024.yaml, loaded and compiled once.</summary>
public sealed class WeihaiRuleSet() : InterviewRuleSet("rulesets/weihai-2024.yaml");

/// <summary>rulesets/chongqing-2021.yaml, loaded and compiled once.</summary>
public sealed class ChongqingRuleSet() : InterviewRuleSet("rulesets/chongqing-2021.yaml");
