using Accountability.Rules.NRules.Runtime;
using NRules.RuleModel;

namespace Accountability.Rules.NRules.Network;

/// <summary>The actions of the translated rules: each reaches its session's state through the session's dependency resolver.</summary>
internal static class ActionBridge
{
    public static void Fire(IContext context, TranslatedRule rule, object[] arguments) =>
        State(context).Fire(context, rule, arguments);

    private static SessionState State(IContext context) => (SessionState)context.Resolve(typeof(SessionState));
}
