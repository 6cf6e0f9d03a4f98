using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Loads a ruleset file (docs/ruleset-format.md) into the canonical <see cref="RuleSetDefinition"/>:
/// reads the YAML strictly, expands the tables into rules, checks every reference, then
/// type-checks the rules with <see cref="RuleCompiler.Check"/>. Every mistake in the file comes
/// back as a <see cref="Accountability.Rules.Diagnostics.Diagnostic"/> in one run; none throws. Thread-safe.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Loads a ruleset from its text.</summary>
    /// <param name="yamlText">The YAML text.</param>
    /// <param name="fileName">The name errors give for the file, e.g. <c>rulesets/yibin-2020.yaml</c>.</param>
    /// <returns>The definition, or every error found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<RuleSetDefinition> Load(string yamlText, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(fileName);
        return Load(yamlText, fileName, FactCatalog.Standard, BundledRuleSets.Calendars);
    }

    /// <summary>Loads a ruleset file; a file that cannot be read is an error, not an exception.</summary>
    /// <param name="path">The path; errors name the file by this path.</param>
    /// <returns>The definition, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    public static LoadResult<RuleSetDefinition> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new LoadErrors();
        return SourceText.Read(path, errors) is { } text
            ? Load(text, path, FactCatalog.Standard, BundledRuleSets.Calendars)
            : LoadResult<RuleSetDefinition>.Failure(errors.ToImmutable());
    }

    /// <summary>Loads a ruleset against a fact catalogue.</summary>
    internal static LoadResult<RuleSetDefinition> Load(string yamlText, string fileName, FactCatalog catalog) =>
        Load(yamlText, fileName, catalog, BundledRuleSets.Calendars);

    /// <summary>
    /// Loads a ruleset against a fact catalogue and the calendars it may name; an overlay's parents
    /// (read from the tree's <c>extends:</c>) are found among the bundled rulesets, and only they are loaded.
    /// </summary>
    internal static LoadResult<RuleSetDefinition> Load(string yamlText, string fileName, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars)
    {
        var errors = new LoadErrors();
        var parsed = ParsedRuleSetFile.Parse(fileName, yamlText);
        var loaded = RuleSetLibrary.LoadAll([parsed], catalog, calendars, parsed.Extends ? RuleSetCatalog.Bundled : null, errors);
        return LoadResult<RuleSetDefinition>.From(errors.Count == 0 ? loaded.FirstOrDefault()?.Definition : null, errors.ToImmutable());
    }
}
