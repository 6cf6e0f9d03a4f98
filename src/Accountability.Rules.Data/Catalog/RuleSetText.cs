namespace Accountability.Rules.Data.Catalog;

/// <summary>The text of a ruleset or overlay file, with the name errors give for it. Immutable.</summary>
/// <param name="FileName">The name errors give for the file, e.g. <c>overlays/company.ruleset.yaml</c>.</param>
/// <param name="Text">The YAML text.</param>
public sealed record RuleSetText(string FileName, string Text);
