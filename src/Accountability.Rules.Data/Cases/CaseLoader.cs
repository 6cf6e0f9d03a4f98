using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Loads case files (YAML, or JSON, which is YAML flow style) into <see cref="CaseFile"/> and
/// validates them against a ruleset's code lists. Every mistake comes back as a
/// <see cref="Accountability.Rules.Diagnostics.Diagnostic"/> with the line and column of the offending value, all in one run; none
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
        return Load(text, fileName, Facts.FactCatalog.Standard);
    }

    /// <summary>
    /// Loads a case from a stream of UTF-8 text (YAML or JSON), read to its end; the stream is not
    /// closed. A stream that cannot be read, or holds more than a case file may (16 MiB), is an error,
    /// not an exception. Checks what <see cref="Load(string, string)"/> checks.
    /// </summary>
    /// <param name="stream">A readable stream.</param>
    /// <param name="fileName">The name errors give for the document.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<CaseFile> Load(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new LoadErrors();
        return SourceText.Read(stream, fileName, errors) is { } text ? Load(text, fileName) : LoadResult<CaseFile>.Failure(errors.ToImmutable());
    }

    /// <summary>Loads a case with the generic sections of <paramref name="catalog"/> (for tests and tools).</summary>
    internal static LoadResult<CaseFile> Load(string text, string fileName, Facts.FactCatalog catalog)
    {
        var errors = new LoadErrors();
        var caseFile = CaseReader.Read(text, fileName, catalog, errors);
        return LoadResult<CaseFile>.From(errors.Count == 0 ? caseFile : null, errors.ToImmutable());
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
    /// Finds the ruleset the case names in <paramref name="catalog"/> (the version in force on its
    /// decision date, or the nearest when none is) and validates the case
    /// against it. An unknown ruleset id is an error at the case's <c>ruleset:</c> value.
    /// </summary>
    /// <returns>The compiled ruleset to evaluate the case with, or every error.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<CompiledRuleSet> Resolve(CaseFile caseFile, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new LoadErrors();
        var (compiled, _) = Find(caseFile, catalog, caseFile.DecidedOn, errors);
        if (compiled is null)
        {
            return LoadResult<CompiledRuleSet>.Failure(errors.ToImmutable());
        }

        CaseValidator.Validate(caseFile, compiled.Definition, errors);
        return LoadResult<CompiledRuleSet>.From(compiled, errors.ToImmutable());
    }

    /// <summary>
    /// Loads a case file and resolves it against <paramref name="catalog"/> in one run: structural
    /// errors (keys, types, ids), the ruleset id, and the codes and person references the ruleset
    /// checks are all reported together, even when the structural read already found errors.
    /// </summary>
    /// <param name="path">The case file; errors name it by this path.</param>
    /// <param name="catalog">The rulesets to resolve against.</param>
    /// <param name="on">A decision date that overrides the case's <c>decidedOn</c>, when given.</param>
    /// <returns>The case with its compiled ruleset, or every error.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <param name="ruleSet">
    /// A ruleset to evaluate under instead of the one the case names (e.g. an overlay file); the
    /// case must name it or one of its parents.
    /// </param>
    public static LoadResult<ResolvedCase> LoadAndResolve(string path, RuleSetCatalog catalog, LocalDate? on = null, CompiledRuleSet? ruleSet = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new LoadErrors();
        return SourceText.Read(path, errors) is { } text
            ? LoadAndResolve(text, path, catalog, on, ruleSet)
            : LoadResult<ResolvedCase>.Failure(errors.ToImmutable());
    }

    /// <summary>
    /// As <see cref="LoadAndResolve(string, RuleSetCatalog, LocalDate?, CompiledRuleSet?)"/> for a
    /// case given as text (YAML or JSON), such as one a host received: every error at once.
    /// </summary>
    /// <param name="text">The case's text.</param>
    /// <param name="fileName">The name errors give for the document.</param>
    /// <param name="catalog">The rulesets to resolve against.</param>
    /// <param name="on">A decision date that overrides the case's <c>decidedOn</c>, when given.</param>
    /// <param name="ruleSet">
    /// A ruleset to evaluate under instead of the one the case names (e.g. an overlay file); the
    /// case must name it or one of its parents.
    /// </param>
    /// <returns>The case with its compiled ruleset, or every error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/>, <paramref name="fileName"/> or <paramref name="catalog"/> is <c>null</c>.</exception>
    public static LoadResult<ResolvedCase> LoadAndResolve(string text, string fileName, RuleSetCatalog catalog, LocalDate? on = null, CompiledRuleSet? ruleSet = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(catalog);
        return LoadAndResolve(text, default, fileName, catalog, on, ruleSet);
    }

    /// <summary>
    /// As <see cref="LoadAndResolve(string, string, RuleSetCatalog, LocalDate?, CompiledRuleSet?)"/> given the
    /// text's UTF-8 encoding as well, when the caller has it (a line of a batch read from bytes; empty when not),
    /// so that a JSON case is read from it without encoding the text again.
    /// </summary>
    internal static LoadResult<ResolvedCase> LoadAndResolve(string text, ReadOnlyMemory<byte> utf8, string fileName, RuleSetCatalog catalog, LocalDate? on, CompiledRuleSet? ruleSet)
    {
        var errors = new LoadErrors();
        return ResolveRead(CaseReader.Read(text, fileName, Facts.FactCatalog.Standard, errors, utf8), catalog, on, ruleSet, errors);
    }

    /// <summary>
    /// As <see cref="LoadAndResolve(string, string, RuleSetCatalog, LocalDate?, CompiledRuleSet?)"/>
    /// for a case already read into a document (a CSV row of a batch), positioned in its input.
    /// </summary>
    internal static LoadResult<ResolvedCase> LoadAndResolve(Yaml.YamlNode document, string fileName, RuleSetCatalog catalog, LocalDate? on, CompiledRuleSet? ruleSet)
    {
        var errors = new LoadErrors();
        return ResolveRead(CaseReader.Read(document, fileName, Facts.FactCatalog.Standard, errors), catalog, on, ruleSet, errors);
    }

    /// <summary>Resolves a case read (or <c>null</c>, when it could not be: every error is in <paramref name="errors"/>).</summary>
    private static LoadResult<ResolvedCase> ResolveRead(CaseFile? caseFile, RuleSetCatalog catalog, LocalDate? on, CompiledRuleSet? explicitRuleSet, LoadErrors errors)
    {
        if (caseFile is null)
        {
            return LoadResult<ResolvedCase>.Failure(errors.ToImmutable());
        }

        var date = on ?? caseFile.DecidedOn;
        var (compiled, notInForce) = explicitRuleSet is not null ? Explicit(caseFile, explicitRuleSet, errors) : Find(caseFile, catalog, date, errors);
        if (compiled is not null)
        {
            CaseValidator.Validate(caseFile, compiled.Definition, errors);
        }

        return LoadResult<ResolvedCase>.From(
            errors.Count == 0 && compiled is not null ? new ResolvedCase(caseFile, compiled, date, notInForce) : null,
            errors.ToImmutable());
    }

    /// <summary>
    /// Resolves a case read from a test suite under the suite's ruleset: the version of
    /// <paramref name="ruleSetId"/> in force on the case's decision date (or the nearest), which the
    /// case must name or extend; then checks the case's codes against it. <c>null</c> when it does not resolve (reported).
    /// </summary>
    internal static ResolvedCase? ResolveUnder(CaseFile caseFile, RuleSetCatalog catalog, string ruleSetId, LoadErrors errors)
    {
        var before = errors.Count;
        var selection = catalog.Select(ruleSetId, caseFile.DecidedOn);
        if (selection.Nearest is not { } version)
        {
            return null;
        }

        var compiled = catalog.Compiled(version);
        Explicit(caseFile, compiled, errors);
        CaseValidator.Validate(caseFile, compiled.Definition, errors);
        return errors.Count == before ? new ResolvedCase(caseFile, compiled, caseFile.DecidedOn, selection.NotInForce) : null;
    }

    private static (CompiledRuleSet? RuleSet, string? NotInForce) Explicit(CaseFile caseFile, CompiledRuleSet ruleSet, LoadErrors errors)
    {
        var definition = ruleSet.Definition;
        var named = (IEnumerable<string>)[definition.Id, .. definition.Parents.Select(p => p.Id)];
        if (!named.Contains(caseFile.RulesetId, StringComparer.Ordinal))
        {
            errors.Add(
                caseFile.RulesetLocation ?? new SourceLocation(caseFile.FileName, 1, 1),
                LoadDiagnostics.CaseRuleSetMismatch,
                caseFile.RulesetId,
                definition.Id,
                string.Join(", ", definition.Parents.Select(p => p.Id).DefaultIfEmpty("none")));
        }

        return (ruleSet, null);
    }

    private static (CompiledRuleSet? RuleSet, string? NotInForce) Find(CaseFile caseFile, RuleSetCatalog catalog, LocalDate date, LoadErrors errors)
    {
        var selection = catalog.Select(caseFile.RulesetId, date);
        if (selection.Nearest is { } version)
        {
            return (catalog.Compiled(version), selection.NotInForce);
        }

        var at = caseFile.RulesetLocation ?? new SourceLocation(caseFile.FileName, 1, 1);
        errors.Add(at, LoadDiagnostics.UnknownRuleSet, caseFile.RulesetId, catalog.UnknownIdHint(caseFile.RulesetId));
        return (null, null);
    }
}
