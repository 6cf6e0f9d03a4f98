using System.Collections.Frozen;
using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.NRules.Network;
using NRules;
using NRules.RuleModel;

namespace Accountability.Rules.NRules;

/// <summary>
/// A compiled ruleset translated into NRules rules and compiled by NRules once: the <c>nrules</c>
/// engine behind the library's <see cref="IRuleSessionFactory"/> seam, and what an NRules host adds
/// its own rules to (<see cref="WithHostRules"/>). Sessions give the compiled engine's results: the
/// same derived facts with the same derivations, firings and withdrawals. Get one with
/// <see cref="NRulesEngine.For"/>. Immutable and thread-safe; its sessions are not.
/// </summary>
public sealed class NRulesRuleSet : IRuleSessionFactory
{
    private NRulesRuleSet(CompiledRuleSet ruleSet, ImmutableArray<TranslatedRule> rules, ImmutableArray<IRuleDefinition> definitions, ImmutableArray<IRuleDefinition> hostRules)
    {
        RuleSet = ruleSet;
        Rules = rules;
        RuleDefinitions = definitions;
        HostRules = hostRules;
        HasRulePeriods = rules.Any(r => r.Compiled.Definition.InForceFrom is not null || r.Compiled.Definition.InForceTo is not null);
        OrderByDefinition = definitions
            .Select((definition, order) => (definition, order))
            .ToFrozenDictionary(x => x.definition, x => x.order, ReferenceEqualityComparer.Instance as IEqualityComparer<IRuleDefinition>);
        var compiler = new global::NRules.RuleCompiler { ExpressionCompiler = FastExpressionCompilerAdapter.Instance };
        SessionFactory = compiler.Compile(definitions.Concat(hostRules));
    }

    /// <inheritdoc />
    public CompiledRuleSet RuleSet { get; }

    /// <inheritdoc />
    public string Engine => NRulesEngine.Name;

    /// <summary>
    /// The ruleset's rules as NRules rule definitions, one per ruleset rule (named by its id, with
    /// a priority that keeps salience then declaration order). Sessions of a factory compiled from
    /// them must be created through this class, which attaches the state their actions need.
    /// </summary>
    public ImmutableArray<IRuleDefinition> RuleDefinitions { get; }

    /// <summary>The host's own rules compiled with the ruleset's (empty unless <see cref="WithHostRules"/> added some).</summary>
    public ImmutableArray<IRuleDefinition> HostRules { get; }

    /// <summary>The NRules session factory compiled from <see cref="RuleDefinitions"/> and <see cref="HostRules"/>.</summary>
    public ISessionFactory SessionFactory { get; }

    internal ImmutableArray<TranslatedRule> Rules { get; }

    internal FrozenDictionary<IRuleDefinition, int> OrderByDefinition { get; }

    /// <summary>Whether any rule has a period in force of its own (decided once, when the ruleset is translated).</summary>
    internal bool HasRulePeriods { get; }

    /// <summary>Per rule, whether it is in force on <paramref name="asOf"/>; default (no filter needed) when every rule is.</summary>
    internal ImmutableArray<bool> InForceOn(NodaTime.LocalDate? asOf)
    {
        if (!HasRulePeriods || asOf is not { } date)
        {
            return default;
        }

        var inForce = Rules.Select(r => r.Compiled.Definition.IsInForceOn(date)).ToImmutableArray();
        return inForce.Contains(false) ? inForce : default;
    }

    /// <summary>
    /// The same ruleset compiled by NRules together with a host's own rules, which fire in the
    /// same sessions and may match the ruleset's facts through their typed classes
    /// (<c>Accountability.Rules.NRules.Facts</c>). The ruleset's rules have priorities from 1 up, so
    /// host rules at NRules' default priority 0 fire after the ruleset's conclusions are drawn.
    /// Compiling takes NRules' time again (hundreds of milliseconds): do it once and keep the result.
    /// </summary>
    /// <param name="hostRules">The host's rules, e.g. those of a <c>RuleRepository</c> loaded with fluent rules: <c>repository.GetRuleSets().SelectMany(s =&gt; s.Rules)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hostRules"/> is null.</exception>
    /// <exception cref="global::NRules.RuleCompilationException">NRules cannot compile a host rule.</exception>
    public NRulesRuleSet WithHostRules(IEnumerable<IRuleDefinition> hostRules)
    {
        ArgumentNullException.ThrowIfNull(hostRules);
        return new NRulesRuleSet(RuleSet, Rules, RuleDefinitions, [.. HostRules, .. hostRules]);
    }

    /// <summary>Creates a session for one case. Thread-safe; the session itself is not.</summary>
    /// <param name="options">The session's options; <see cref="SessionOptions.Default"/> when null.</param>
    public NRulesSession CreateSession(SessionOptions? options = null) => new(this, options ?? SessionOptions.Default);

    /// <inheritdoc />
    Engine.ISession IRuleSessionFactory.CreateSession(SessionOptions? options) => CreateSession(options);

    internal static NRulesRuleSet Translate(CompiledRuleSet ruleSet)
    {
        // Priorities keep the compiled engine's agenda order: salience (higher first), then declaration order.
        var ranked = ruleSet.Priority;
        var priorities = new int[ruleSet.Rules.Length];
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            priorities[ranked[rank]] = ranked.Length - rank;
        }

        var rules = ImmutableArray.CreateBuilder<TranslatedRule>(ruleSet.Rules.Length);
        var definitions = ImmutableArray.CreateBuilder<IRuleDefinition>(ruleSet.Rules.Length);
        foreach (var rule in ruleSet.Rules)
        {
            var (definition, translated) = RuleTranslator.Translate(rule, ruleSet.Catalog, priorities[rule.Order]);
            definitions.Add(definition);
            rules.Add(translated);
        }

        return new NRulesRuleSet(ruleSet, rules.MoveToImmutable(), definitions.MoveToImmutable(), []);
    }
}
