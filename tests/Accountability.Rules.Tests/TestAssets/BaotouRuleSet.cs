namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Test-class fixture: rulesets/baotou-2017.yaml, loaded and compiled once.</summary>
public sealed class BaotouRuleSet() : DutyRuleSet(RelativePath)
{
    /// <summary>The ruleset's path relative to the repository root.</summary>
    public const string RelativePath = "rulesets/baotou-2017.yaml";
}
