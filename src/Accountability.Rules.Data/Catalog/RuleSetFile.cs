using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Catalog;

/// <summary>A ruleset read from a file, with the name of that file. Immutable.</summary>
/// <param name="FileName">The file's path or name, as given when it was loaded.</param>
/// <param name="RuleSet">The effective ruleset (an overlay with its parents' rules and its changes applied).</param>
public sealed record RuleSetFile(string FileName, RuleSetDefinition RuleSet);
