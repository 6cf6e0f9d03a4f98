namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Test-class fixture: rulesets/jining-2023.yaml, loaded and compiled once.</summary>
public sealed class JiningRuleSet() : DutyRuleSet(RelativePath)
{
    /// <summary>The ruleset's path relative to the repository root.</summary>
    public const string RelativePath = "rulesets/jining-2023.yaml";
}
