using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.NRules;
using Accountability.Rules.NRules.Facts;
using NRules.Fluent;
using NRulesHost;

// Load a case and the bundled ruleset it names (yibin-2020 for the sample case).
var path = args.Length > 0 ? args[0] : "examples/yibin-2020/major-loss-ratio.json";
var resolved = CaseLoader.LoadAndResolve(path, RuleSetCatalog.Bundled);
if (!resolved.Succeeded)
{
    foreach (var error in resolved.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}

var (caseFile, ruleSet, decidedOn, _) = resolved.Value;

// The ruleset on NRules, compiled once together with the host's own fluent rules.
var repository = new RuleRepository();
repository.Load(x => x.From(typeof(BoardNotificationRule).Assembly));
var engine = NRulesEngine.For(ruleSet).WithHostRules(repository.GetRuleSets().SelectMany(set => set.Rules));

// One session per case: the case's facts in, fire, the conclusions out as typed objects.
var session = engine.CreateSession(new SessionOptions { AsOf = decidedOn });
session.InsertAll(caseFile.Facts);
session.Fire();

Console.WriteLine($"ruleset {ruleSet.Definition.Id}, decided on {decidedOn:yyyy-MM-dd}, engine {engine.Engine}");
foreach (var tier in session.Query<LossTierFact>())
{
    var rules = session.Derivations(tier.Fact).Select(d => $"{d.Rule.Id} ({d.Rule.Citation})");
    Console.WriteLine($"library: loss tier {tier.Tier} (rank {tier.Rank}) by {string.Join(", ", rules)}");
}

foreach (var total in session.Query<LossTotalFact>())
{
    Console.WriteLine($"library: total loss {total.Amount}");
}

foreach (var sanction in session.Query<SanctionFact>())
{
    Console.WriteLine($"library: {sanction}");
}

var notifications = session.Session.Query<BoardNotification>().ToList();
foreach (var notification in notifications)
{
    Console.WriteLine($"host: board notification for {notification.Enterprise} ({notification.Tier} loss)");
}

return notifications.Count > 0 ? 0 : 1;
