using System.CommandLine;
using Accountability.Rules.Engine;
using Accountability.Rules.NRules;

namespace Accountability.Rules.Cli.Commands;

/// <summary>The <c>--engine compiled|nrules</c> option the commands that evaluate share.</summary>
internal static class EngineOption
{
    /// <summary>A new <c>--engine</c> option, <c>compiled</c> by default.</summary>
    public static Option<string> Create()
    {
        var engine = new Option<string>("--engine")
        {
            Description = "The engine that runs the rules: compiled (the library's own, the default and the fastest) or nrules (the same ruleset compiled into NRules; the same results).",
            DefaultValueFactory = _ => CompiledRuleSet.EngineName,
        };
        engine.AcceptOnlyFromAmong(CompiledRuleSet.EngineName, NRulesEngine.Name);
        return engine;
    }

    /// <summary>The engine named <paramref name="name"/>, for a compiled ruleset.</summary>
    public static IRuleSessionFactory For(string? name, CompiledRuleSet ruleSet) => name == NRulesEngine.Name ? NRulesEngine.For(ruleSet) : ruleSet;
}
