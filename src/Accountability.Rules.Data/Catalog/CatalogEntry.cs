using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Catalog;

/// <summary>A ruleset of a catalogue and its compilation, made once on first use (thread-safe).</summary>
internal sealed class CatalogEntry
{
    private readonly Lazy<CompiledRuleSet> _compiled;

    /// <summary>Creates the entry; nothing is compiled yet.</summary>
    public CatalogEntry(RuleSetDefinition definition)
    {
        Definition = definition;
        _compiled = new Lazy<CompiledRuleSet>(() => RuleCompiler.Compile(definition), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The definition.</summary>
    public RuleSetDefinition Definition { get; }

    /// <summary>The compiled ruleset, compiled on first access.</summary>
    public CompiledRuleSet Compiled => _compiled.Value;
}
