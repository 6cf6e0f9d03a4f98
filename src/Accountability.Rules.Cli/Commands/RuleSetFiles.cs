using Accountability.Rules.Data;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Cli.Commands;

/// <summary>What the commands share for ruleset files given on the command line.</summary>
internal static class RuleSetFiles
{
    /// <summary>Loads a ruleset or overlay file; its parents come from the bundled catalogue.</summary>
    public static LoadResult<LoadedRuleSet> LoadOverlay(string path)
    {
        var errors = new LoadErrors();
        return SourceText.Read(path, errors) is { } text
            ? RuleSetLoader.LoadOverlay(text, path, FactCatalog.Standard, BundledRuleSets.Calendars, RuleSetCatalog.Bundled.Loaded)
            : LoadResult<LoadedRuleSet>.Failure(errors.ToImmutable());
    }

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
