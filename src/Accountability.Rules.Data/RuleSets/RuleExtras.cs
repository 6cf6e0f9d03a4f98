using System.Collections.Immutable;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// What a general rule, a table or a table row may add to the rules it stands for: the policy they
/// apply (<c>policy:</c>) and their own period in force (<c>inForce: { from, to }</c>). A row's
/// own values win over its table's.
/// </summary>
/// <param name="PolicyId">The policy, when named.</param>
/// <param name="InForceFrom">The first day in force, when given.</param>
/// <param name="InForceTo">The last day in force, inclusive, when given.</param>
internal sealed record RuleExtras(string? PolicyId, LocalDate? InForceFrom, LocalDate? InForceTo)
{
    /// <summary>No policy and no period of its own.</summary>
    public static RuleExtras None { get; } = new(null, null, null);

    /// <summary>The keys these come from.</summary>
    public static ImmutableArray<string> Keys { get; } = ["policy", "inForce"];

    /// <summary>Reads the keys of <paramref name="owner"/>, falling back to <paramref name="inherited"/>; errors are reported.</summary>
    public static RuleExtras Read(MappingReader owner, RuleSetContext context, RuleExtras? inherited = null)
    {
        inherited ??= None;
        var policy = PoliciesReader.ReadReference(owner, context);
        var period = owner.Optional("inForce") is { } node ? InForceReader.Read(node, owner.PathOf("inForce"), fromRequired: false, context.Errors) : null;
        return new RuleExtras(
            policy ?? inherited.PolicyId,
            period?.From ?? inherited.InForceFrom,
            period?.To ?? inherited.InForceTo);
    }

    /// <summary>The rule with these applied; a policy the rule already names is kept.</summary>
    public RuleDefinition Apply(RuleDefinition rule) => rule with
    {
        PolicyId = rule.PolicyId ?? PolicyId,
        InForceFrom = rule.InForceFrom ?? InForceFrom,
        InForceTo = rule.InForceTo ?? InForceTo,
    };
}
