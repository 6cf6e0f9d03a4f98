namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Test-class fixture: rulesets/central-reporting.yaml (the SASAC notice to central SOEs), loaded from the repository and compiled once.</summary>
public sealed class CentralRuleSet() : RuleSetFile("rulesets/central-reporting.yaml");
