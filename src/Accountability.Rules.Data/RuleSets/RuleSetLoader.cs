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
    /// are found among the bundled rulesets.
    /// </summary>
    internal static LoadResult<RuleSetDefinition> Load(string yamlText, string fileName, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars)
    {
        var loaded = LoadOverlay(yamlText, fileName, catalog, calendars, NeedsParents(yamlText) ? RuleSetCatalog.Bundled.Loaded : []);
        return LoadResult<RuleSetDefinition>.From(loaded.Value?.Definition, loaded.Diagnostics);
    }

    /// <summary>Loads one ruleset file whose parents are among <paramref name="parents"/>.</summary>
    internal static LoadResult<LoadedRuleSet> LoadOverlay(string yamlText, string fileName, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, IReadOnlyList<LoadedRuleSet> parents)
    {
        var errors = new LoadErrors();
        var loaded = RuleSetLibrary.LoadAll([(fileName, yamlText)], catalog, calendars, parents, errors);
        return LoadResult<LoadedRuleSet>.From(errors.Count == 0 ? loaded.FirstOrDefault() : null, errors.ToImmutable());
    }

    /// <summary>Whether a text may extend another ruleset (then the bundled ones are loaded to find it).</summary>
    private static bool NeedsParents(string text) => text.Contains("extends", StringComparison.Ordinal);
}
