using System.Collections.Immutable;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Engine;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// A test suite (docs/test-suites.md): cases with their names, inputs and expectations, run under
/// one ruleset. Loading reads the suite strictly and resolves every case, so that every problem of
/// the suite, its case files and its expectations comes back at once as diagnostics; running
/// evaluates each case and compares. Immutable and thread-safe.
/// </summary>
public sealed class TestSuite
{
    internal TestSuite(string fileName, string ruleSetId, ImmutableArray<TestSuiteCase> cases)
    {
        FileName = fileName;
        RuleSetId = ruleSetId;
        Cases = cases;
    }

    /// <summary>The suite's file name, as given to load it.</summary>
    public string FileName { get; }

    /// <summary>The id of the ruleset the cases are evaluated under.</summary>
    public string RuleSetId { get; }

    /// <summary>The cases, in the suite's order.</summary>
    public ImmutableArray<TestSuiteCase> Cases { get; }

    /// <summary>Loads a suite file; its case files and overlay files are read relative to it.</summary>
    /// <param name="path">The suite's path; diagnostics name it by this path.</param>
    /// <param name="catalog">The rulesets the suite's ruleset id is looked up in (and its overlay files extend), e.g. <see cref="RuleSetCatalog.Bundled"/>.</param>
    /// <returns>The suite, or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<TestSuite> Load(string path, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new LoadErrors();
        return SourceText.Read(path, errors) is { } text ? Load(text, path, catalog) : LoadResult<TestSuite>.Failure(errors.ToImmutable());
    }

    /// <summary>Loads a suite from its text; case files and overlay files are read relative to the folder of <paramref name="fileName"/>.</summary>
    /// <param name="text">The suite's YAML.</param>
    /// <param name="fileName">The name diagnostics give for the suite, and the place relative paths start from.</param>
    /// <param name="catalog">The rulesets the suite's ruleset id is looked up in.</param>
    /// <returns>The suite, or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static LoadResult<TestSuite> Load(string text, string fileName, RuleSetCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new LoadErrors();
        var suite = SuiteReader.Read(text, fileName, catalog, errors);
        return LoadResult<TestSuite>.From(errors.Count == 0 ? suite : null, errors.ToImmutable());
    }

    /// <summary>The suite files (<c>*.yaml</c>) under a folder and its subfolders, in ordinal order of their paths.</summary>
    /// <param name="folder">The folder, e.g. <c>rulesets/tests</c>.</param>
    /// <returns>The paths, starting with <paramref name="folder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <c>null</c>.</exception>
    public static ImmutableArray<string> Discover(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return [.. Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs every case.</summary>
    /// <param name="engine">The engine to run the ruleset on, e.g. <c>NRulesEngine.For</c>; by default the compiled ruleset itself.</param>
    /// <returns>One outcome per case, in the suite's order.</returns>
    public ImmutableArray<TestCaseOutcome> Run(Func<CompiledRuleSet, IRuleSessionFactory>? engine = null) => [.. Cases.Select(c => c.Run(engine))];
}
