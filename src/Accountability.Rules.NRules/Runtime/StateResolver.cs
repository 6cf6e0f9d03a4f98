using NRules.Extensibility;

namespace Accountability.Rules.NRules.Runtime;

/// <summary>
/// The dependency resolver of a session that runs a ruleset: resolves the session's
/// <see cref="SessionState"/> for the ruleset's actions and passes every other service on to the
/// resolver the host configured.
/// </summary>
internal sealed class StateResolver(SessionState state, IDependencyResolver host) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) =>
        serviceType == typeof(SessionState) ? state : host.Resolve(context, serviceType);
}
