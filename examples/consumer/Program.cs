using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Evaluation;
using Accountability.Rules.NRules;

// Load a case and the bundled ruleset it names; every problem comes back at once.
var path = args.Length > 0 ? args[0] : "examples/yibin-2020/larger-loss.yaml";
var resolved = CaseLoader.LoadAndResolve(path, RuleSetCatalog.Bundled);
if (resolved.Value is not { } loaded)
{
    foreach (var error in resolved.Errors)
    {
        Console.Error.WriteLine(error);
    }

    return 2;
}

// Evaluate on the compiled engine (the default) and on NRules; both conclude the same.
var compiled = CaseEvaluator.Evaluate(loaded.RuleSet, loaded.Case.Facts, loaded.DecidedOn);
var onNRules = CaseEvaluator.Evaluate(NRulesEngine.For(loaded.RuleSet), loaded.Case.Facts, loaded.DecidedOn);

Console.WriteLine($"ruleset {compiled.RuleSetId} {compiled.RuleSetVersion}, decided on {compiled.DecidedOn:yyyy-MM-dd}, status {compiled.Status}");
Console.WriteLine($"loss tier: {compiled.LossSeverity.Tier ?? "none"} (total {compiled.LossSeverity.TotalLoss} {compiled.Currency})");
Console.WriteLine($"loss tier on nrules: {onNRules.LossSeverity.Tier ?? "none"}");
return 0;
