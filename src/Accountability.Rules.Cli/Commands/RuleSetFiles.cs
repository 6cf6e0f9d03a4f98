using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Sources;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Cli.Commands;

/// <summary>What the commands share for ruleset files given on the command line.</summary>
internal static class RuleSetFiles
{
    /// <summary>
    /// Loads ruleset or overlay files together over the bundled catalogue (a file's parent may be
    /// a bundled ruleset or another given file) and picks the one the command works on: the file
    /// no other given file extends. Prints the problems and returns <c>null</c> when the files do
    /// not load or do not end in exactly one ruleset.
    /// </summary>
    public static (RuleSetCatalog Catalog, RuleSetFile Outermost)? Load(CliConsole console, IReadOnlyList<string> paths)
    {
        var loaded = RuleSetCatalog.Bundled.WithFiles(paths);
        if (!loaded.Succeeded)
        {
            Report(console, loaded.Diagnostics);
            return null;
        }

        var files = loaded.Value.Files;
        var outermost = files.Where(f => !files.Any(other => other.RuleSet.Parents.Contains(new Model.RuleSetParent(f.RuleSet.Id, f.RuleSet.Version)))).ToList();
        if (outermost.Count != 1)
        {
            console.Report(CliDiagnostics.NotOneChain.At(null, outermost.Count, string.Join(", ", outermost.Select(f => $"{f.RuleSet.Id} ({f.FileName})"))));
            return null;
        }

        return (loaded.Value, outermost[0]);
    }

    /// <summary>
    /// A bundled ruleset by id: its latest version, or <paramref name="version"/> when given. Prints
    /// the problem and returns <c>null</c> for an unknown id or version.
    /// </summary>
    public static Model.RuleSetDefinition? Bundled(CliConsole console, string id, string? version)
    {
        var catalog = RuleSetCatalog.Bundled;
        var versions = catalog.Versions(id);
        if (versions.IsEmpty)
        {
            console.Report(CliDiagnostics.UnknownRuleSet.At(null, id, catalog.UnknownIdHint(id)));
            return null;
        }

        if (version is null)
        {
            return versions[^1];
        }

        if (versions.FirstOrDefault(v => v.Version == version) is { } exact)
        {
            return exact;
        }

        console.Report(CliDiagnostics.UnknownVersion.At(null, id, version, string.Join(", ", versions.Select(v => v.Version))));
        return null;
    }

    /// <summary>
    /// The original text of a ruleset's citation, from the source of the ruleset's document it names
    /// (<see cref="SourceTexts.Cite"/>, looked for beside <paramref name="rulesetFile"/> first); <c>null</c>
    /// when the ruleset has no such document or the text has no such place.
    /// </summary>
    public static CitedText? Article(Model.RuleSetDefinition ruleSet, Model.Citation citation, string? rulesetFile) =>
        ruleSet.Documents.FirstOrDefault(d => d.Id == citation.DocumentId) is { } document
            ? SourceTexts.Bundled.Cite(document, citation, rulesetFile)
            : null;

    /// <summary>Prints every diagnostic and returns the bad-input exit code.</summary>
    public static int Report(CliConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            console.Report(diagnostic);
        }

        return ExitCodes.BadInput;
    }
}
