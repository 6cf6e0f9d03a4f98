using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Loads case files (YAML, or JSON, which is YAML flow style) into <see cref="CaseFile"/> and
/// validates them against a ruleset's code lists. Every mistake comes back as a
/// <see cref="LoadError"/> with the line and column of the offending value, all in one run; none
/// throws. Thread-safe.
/// </summary>
public static class CaseLoader
{
    /// <summary>Loads a case from its text. Checks structure, types, ids and person references, not codes.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="fileName">The name errors give for the file.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<CaseFile> Load(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new LoadErrors();
        var caseFile = CaseReader.Read(text, fileName, errors);
        return LoadResult<CaseFile>.From(caseFile, errors.ToImmutable());
    }

    /// <summary>Loads a case file; a file that cannot be read is an error, not an exception.</summary>
    /// <param name="path">The path; errors name the file by this path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <c>null</c>.</exception>
    public static LoadResult<CaseFile> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new LoadErrors();
        return SourceText.Read(path, errors) is { } text ? Load(text, path) : LoadResult<CaseFile>.Failure(errors.ToImmutable());
    }

    /// <summary>
    /// Checks that every code of the case (roles, responsibilities, statuses, conduct, factors,
    /// measures, circumstances) is declared by <paramref name="ruleset"/>.
    /// </summary>
    /// <returns>The same case, or every unknown code with the valid codes in the hint.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<CaseFile> Validate(CaseFile caseFile, RuleSetDefinition ruleset)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(ruleset);
        var errors = new LoadErrors();
        CaseValidator.Validate(caseFile, ruleset, errors);
        return LoadResult<CaseFile>.From(caseFile, errors.ToImmutable());
    }

    /// <summary>
    /// Finds the ruleset the case names in <paramref name="catalog"/> and validates the case
    /// against it. An unknown ruleset id is an error at the case's <c>ruleset:</c> value.
    /// </summary>
    /// <returns>The compiled ruleset to evaluate the case with, or every error.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<CompiledRuleSet> Resolve(CaseFile caseFile, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new LoadErrors();
        if (!catalog.TryGet(caseFile.RulesetId, out var compiled))
        {
            var at = caseFile.RulesetLocation ?? new SourceLocation(caseFile.FileName, 1, 1);
            errors.Add(
                at,
                LoadMessages.Format(LoadMessages.UnknownReference, "ruleset", caseFile.RulesetId),
                Suggestions.Hint(caseFile.RulesetId, [.. catalog.RuleSets.Select(r => r.Id)], "rulesets available"));
            return LoadResult<CompiledRuleSet>.Failure(errors.ToImmutable());
        }

        CaseValidator.Validate(caseFile, compiled.Definition, errors);
        return LoadResult<CompiledRuleSet>.From(compiled, errors.ToImmutable());
    }
}
