using Accountability.Rules.NRules.Facts;
using NRules.Fluent.Dsl;

namespace NRulesHost;

/// <summary>
/// The host's own fluent rule, reacting to the ruleset's conclusion through its typed class: a major
/// loss (重大资产损失) at a group-level enterprise raises a board notification. It is the host's
/// policy, not a rule of the regulations.
/// </summary>
[Name("host: board notification of a major loss at a group enterprise")]
public sealed class BoardNotificationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        LossTierFact tier = null!;
        EnterpriseFact enterprise = null!;

        When()
            .Match(() => tier, t => t.Tier == "major")
            .Match(() => enterprise, e => e.Level == "group");

        Then()
            .Do(context => context.Insert(new BoardNotification(enterprise.Name ?? enterprise.Id ?? "(unnamed)", tier.Tier)));
    }
}
