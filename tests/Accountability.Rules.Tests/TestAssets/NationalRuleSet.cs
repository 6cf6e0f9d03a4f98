namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Test-class fixture: rulesets/national-2016.yaml (国办发〔2016〕63号), loaded from the repository and compiled once.</summary>
public sealed class NationalRuleSet() : RuleSetFile("rulesets/national-2016.yaml");
