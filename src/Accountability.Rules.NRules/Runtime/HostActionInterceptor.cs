using NRules.Extensibility;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>
/// Runs a host rule's actions (through the host's own interceptor, when it set one), then retracts
/// the derived facts that those actions left without support, before any other rule fires.
/// </summary>
internal sealed class HostActionInterceptor(SessionState state, IActionInterceptor? host) : IActionInterceptor
{
    public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        if (host is not null)
        {
            host.Intercept(context, actions);
        }
        else
        {
            foreach (var action in actions)
            {
                action.Invoke();
            }
        }

        state.RetractPending(context.RetractAll);
    }
}
