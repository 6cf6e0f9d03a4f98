using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// A compiled rule as its NRules action sees it: which slot each declaration of the match binds,
/// so that the action evaluates the rule's assert actions with the compiled engine's evaluators
/// and lists the matched facts as the compiled engine does (patterns first, then aggregated facts).
/// </summary>
internal sealed class TranslatedRule(CompiledRule compiled, ImmutableArray<MatchArgument> arguments)
{
    public CompiledRule Compiled { get; } = compiled;

    /// <summary>The declarations the action receives, in element order.</summary>
    public ImmutableArray<MatchArgument> Arguments { get; } = arguments;

    public ImmutableArray<Fact> Matched(object[] values)
    {
        var matched = ImmutableArray.CreateBuilder<Fact>();
        for (var i = 0; i < values.Length; i++)
        {
            if (!Arguments[i].IsAggregate)
            {
                matched.Add(((Facts.RuleSetFact)values[i]).Fact);
            }
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (Arguments[i].IsAggregate)
            {
                matched.AddRange(((AggregateValue)values[i]).Items);
            }
        }

        return matched.ToImmutable();
    }

    public Fact[] Evaluate(object[] values)
    {
        var context = new MatchContext(Compiled.SlotCount);
        for (var i = 0; i < values.Length; i++)
        {
            var argument = Arguments[i];
            if (argument.IsAggregate)
            {
                context.Values[argument.Slot] = ((AggregateValue)values[i]).Value;
            }
            else
            {
                context.Facts[argument.Slot] = ((Facts.RuleSetFact)values[i]).Fact;
            }
        }

        var facts = new Fact[Compiled.Actions.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = Compiled.Actions[i].Evaluate(context);
        }

        return facts;
    }
}
