using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>Keeps the activations of rules not in force on the session's date off the agenda.</summary>
internal sealed class InForceFilter(SessionState state, IReadOnlyDictionary<IRuleDefinition, int> orderByRule) : IAgendaFilter
{
    public bool Accept(AgendaContext context, Activation activation) =>
        !orderByRule.TryGetValue(activation.Rule, out var order) || state.InForce[order];
}
