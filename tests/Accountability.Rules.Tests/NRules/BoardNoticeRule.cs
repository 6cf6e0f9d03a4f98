using Accountability.Rules.NRules.Facts;
using NRules.Fluent.Dsl;

namespace Accountability.Rules.Tests.NRules;

/// <summary>A host rule over the ruleset's typed facts: a major loss at a group enterprise raises a board notice.</summary>
[Name(RuleName)]
public sealed class BoardNoticeRule : Rule
{
    public const string RuleName = "host: board notice";

    public override void Define()
    {
        LossTierFact tier = null!;
        EnterpriseFact enterprise = null!;
        When()
            .Match(() => tier, t => t.Tier == "major")
            .Match(() => enterprise, e => e.Level == "group");
        Then()
            .Do(context => context.Insert(new BoardNotice(enterprise.Id ?? "?", tier.Tier)));
    }
}
