using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;
using Accountability.Rules.NRules;
using NodaTime;

// Load a case and the bundled ruleset it names; every problem comes back at once.
var path = args.Length > 0 ? args[0] : "examples/yibin-2020/larger-loss.yaml";
var resolved = CaseLoader.LoadAndResolve(path, RuleSetCatalog.Bundled);
if (resolved.Value is not { } loaded)
{
    return Fail(resolved.Errors);
}

// Evaluate on the compiled engine (the default) and on NRules; both conclude the same.
// Options: the firing limit (null: follows the size of the case) and whether to keep the explanation.
var compiled = CaseEvaluator.Evaluate(loaded.RuleSet, loaded.Case.Facts, loaded.DecidedOn);
var options = new EvaluationOptions { MaxFirings = 100_000, Explain = false };
var onNRules = CaseEvaluator.Evaluate(NRulesEngine.For(loaded.RuleSet), loaded.Case.Facts, loaded.DecidedOn, options);

Console.WriteLine($"ruleset {compiled.RuleSetId} {compiled.RuleSetVersion}, decided on {compiled.DecidedOn:yyyy-MM-dd}, status {compiled.Status}");
Console.WriteLine($"loss tier: {compiled.LossSeverity.Tier ?? "none"} (total {compiled.LossSeverity.TotalLoss} {compiled.Currency})");
Console.WriteLine($"loss tier on nrules: {onNRules.LossSeverity.Tier ?? "none"}");

// Add a chain of overlay files to the bundled rulesets: the subsidiary's overlay extends the
// group's, which extends yibin-2020. A case naming the subsidiary's ruleset resolves in the result.
var chain = RuleSetCatalog.Bundled.WithFiles(
    "examples/overlay-chain/yibin-group-example.ruleset.yaml",
    "examples/overlay-chain/yibin-subsidiary-example.ruleset.yaml");
if (chain.Value is not { } catalog)
{
    return Fail(chain.Errors);
}

var underChain = CaseLoader.LoadAndResolve("examples/overlay-chain/subsidiary-loss.yaml", catalog);
if (underChain.Value is not { } subsidiaryCase)
{
    return Fail(underChain.Errors);
}

var subsidiary = CaseEvaluator.Evaluate(subsidiaryCase.RuleSet, subsidiaryCase.Case.Facts, subsidiaryCase.DecidedOn);
Console.WriteLine($"overlay chain: {subsidiary.RuleSetId} (extends {string.Join(" <- ", subsidiaryCase.RuleSet.Definition.Parents)}), loss tier: {subsidiary.LossSeverity.Tier ?? "none"}");

// A case built in C#: one typed method per case section, checked as a case file is.
var built = new CaseBuilder("yibin-2020", new LocalDate(2024, 6, 28))
    .Enterprise(id: "E1", level: "subsidiary", priorYearEndTotalAssets: 486_000_000m)
    .Loss("L1", 2_150_000m, "direct")
    .Loss("L2", 9_000_000m, "indirect")
    .Person("P1", "manager", conduct: ["decisive-role"])
    .Build();
if (built.Value is not { } builtCase)
{
    return Fail(built.Errors);
}

var builtRuleSet = CaseLoader.Resolve(builtCase, RuleSetCatalog.Bundled);
if (builtRuleSet.Value is not { } ruleSet)
{
    return Fail(builtRuleSet.Errors);
}

var fromBuilder = CaseEvaluator.Evaluate(ruleSet, builtCase.Facts, builtCase.DecidedOn);
Console.WriteLine($"built case: loss tier {fromBuilder.LossSeverity.Tier ?? "none"}, P1 {fromBuilder.Persons[0].Responsibility?.Code ?? "no"} responsibility");

// The JSON contract, as `accountability evaluate --format json` prints it (also Write to a Stream or a Utf8JsonWriter).
var json = CaseResultJson.ToJson(compiled);
Console.WriteLine($"json: schema version {CaseResultJson.SchemaVersion}, {json.Length} characters");
return 0;

static int Fail(IEnumerable<Diagnostic> diagnostics)
{
    foreach (var diagnostic in diagnostics)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 2;
}
