using System.Globalization;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Model;

namespace Accountability.Rules.CaseGeneration;

/// <summary>A generated case file: its text as a user could write it, and the seed that reproduces it. Immutable.</summary>
/// <param name="RuleSetId">The ruleset the case was generated for (the case may name one of its parents).</param>
/// <param name="Seed">The seed; <see cref="CaseGenerator.Generate(int)"/> with it gives the same text.</param>
/// <param name="Format">YAML or JSON.</param>
/// <param name="Text">The case file's text.</param>
public sealed record GeneratedCase(string RuleSetId, int Seed, CaseFormat Format, string Text)
{
    /// <summary>The name load errors give the case, e.g. <c>generated/yibin-2020/17.yaml</c>.</summary>
    public string FileName =>
        string.Create(CultureInfo.InvariantCulture, $"generated/{RuleSetId}/{Seed}.{(Format == CaseFormat.Json ? "json" : "yaml")}");

    /// <summary>
    /// Loads the text with <see cref="CaseLoader.Load(string, string)"/> and checks its codes against
    /// <paramref name="ruleSet"/> with <see cref="CaseLoader.Validate"/>, as a user's file is checked.
    /// </summary>
    /// <returns>The case, or every error (a generator bug).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <c>null</c>.</exception>
    public LoadResult<CaseFile> Load(RuleSetDefinition ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var loaded = CaseLoader.Load(Text, FileName);
        return loaded.Succeeded ? CaseLoader.Validate(loaded.Value, ruleSet) : loaded;
    }
}
