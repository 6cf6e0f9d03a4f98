using System.Runtime.CompilerServices;
using Accountability.Rules.Engine;

namespace Accountability.Rules.NRules;

/// <summary>
/// The <c>nrules</c> engine: a compiled ruleset on NRules, with the compiled engine's semantics.
/// Choose it where a system already runs NRules and adds its own rules, or to check the compiled
/// engine against an independent one; the compiled engine (<see cref="CompiledRuleSet"/>) is the
/// default and the faster.
/// </summary>
public static class NRulesEngine
{
    /// <summary>The engine's name, as <see cref="IRuleSessionFactory.Engine"/> and the CLI's <c>--engine</c> give it.</summary>
    public const string Name = "nrules";

    private static readonly ConditionalWeakTable<CompiledRuleSet, NRulesRuleSet> Translated = [];

    /// <summary>
    /// The ruleset on NRules: translated and compiled by NRules on first use, then cached for as
    /// long as <paramref name="ruleSet"/> lives. Thread-safe.
    /// </summary>
    /// <param name="ruleSet">The compiled ruleset (bundled, or an overlay chain).</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static NRulesRuleSet For(CompiledRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return Translated.GetValue(ruleSet, NRulesRuleSet.Translate);
    }
}
