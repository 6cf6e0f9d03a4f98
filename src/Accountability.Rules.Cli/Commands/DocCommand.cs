using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using Accountability.Rules.Cli.Rendering;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Sources;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Commands;

/// <summary>
/// <c>accountability doc [--out DIR] [--tests DIR] [--ruleset FILE]...</c>: writes the HTML book of
/// the bundled rulesets (and of given ruleset or overlay files) into a folder: <c>index.html</c>, a
/// page per ruleset and <c>compare.html</c> (see <see cref="Book"/>). The test cases of each rule come
/// from running the suites under <c>--tests</c> (default <c>rulesets/tests</c> when the current folder
/// has it). Exit 0 written; 2 bad input (a file as <c>--out</c>, a folder that cannot be written, a
/// ruleset file or suite that does not load).
/// </summary>
internal static class DocCommand
{
    /// <summary>The folder the book is written to when <c>--out</c> is not given, relative to the current folder.</summary>
    public const string DefaultOut = "book";

    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--out", "-o")
        {
            HelpName = "DIR",
            Description = $"The folder to write the pages to, created when missing (default: {DefaultOut}). Pages of the same names are replaced.",
            DefaultValueFactory = _ => DefaultOut,
        };
        var tests = new Option<string?>("--tests")
        {
            HelpName = "DIR",
            Description = $"The test suites whose cases the book lists under the rules they fire (default: {TestCommand.DefaultFolder}, when the current folder has it).",
        };
        var ruleSets = new Option<string[]>("--ruleset")
        {
            HelpName = "FILE",
            Description = "A ruleset or overlay file to add to the book (repeat it for a chain); a file's ruleset replaces the bundled one of the same id.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("doc", "Writes the HTML book of the rulesets: each rule beside the original text of its article, the tables, policies, code lists and test cases, and a comparison across rulesets.")
        {
            output,
            tests,
            ruleSets,
        };
        command.SetAction(parsed => Run(console, parsed.GetValue(output) ?? DefaultOut, parsed.GetValue(tests), parsed.GetValue(ruleSets) ?? []));
        return command;
    }

    private static int Run(CliConsole console, string output, string? tests, string[] ruleSetFiles)
    {
        if (File.Exists(output))
        {
            console.Report(CliDiagnostics.BookOutIsFile.At(null, output));
            return ExitCodes.BadInput;
        }

        var catalog = RuleSetCatalog.Bundled;
        if (ruleSetFiles.Length > 0)
        {
            var loaded = catalog.WithFiles(ruleSetFiles);
            if (loaded.Value is not { } withFiles)
            {
                return RuleSetFiles.Report(console, loaded.Diagnostics);
            }

            catalog = withFiles;
        }

        if (Cases(console, catalog, tests) is not var (cases, casesSource))
        {
            return ExitCodes.BadInput;
        }

        var book = new Book(catalog.RuleSets, cases, casesSource, ArticleText(catalog));
        var pages = book.Pages();
        try
        {
            Directory.CreateDirectory(output);
            foreach (var (file, html) in pages)
            {
                File.WriteAllText(Path.Combine(output, file), html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Report(CliDiagnostics.BookNotWritten.At(null, output, ex.Message));
            return ExitCodes.BadInput;
        }

        console.Line($"accountability: wrote the book of {book.RuleSets.Length} ruleset(s) with {cases.Length} test case(s), {pages.Length} pages, to {output}; open {Path.Combine(output, Book.IndexPage)}");
        return ExitCodes.Success;
    }

    /// <summary>
    /// Loads and runs the suites (on the compiled engine) and returns their cases with what they fired,
    /// and where they come from; prints the problems and returns <c>null</c> when a suite does not load.
    /// </summary>
    private static (ImmutableArray<BookCase> Cases, string Source)? Cases(CliConsole console, RuleSetCatalog catalog, string? tests)
    {
        var folder = tests ?? TestCommand.DefaultFolder;
        if (tests is null && !Directory.Exists(folder))
        {
            console.ErrorLine($"accountability: no test suites: the current folder has no {folder}, so the book lists no test cases (give --tests DIR)");
            return ([], $"none: the current folder had no {folder} when the book was written (accountability doc --tests DIR lists the cases of a folder of suites)");
        }

        if (TestCommand.Load(console, [folder], catalog) is not { } suites)
        {
            return null;
        }

        var cases = ImmutableArray.CreateBuilder<BookCase>();
        foreach (var suite in suites)
        {
            // The suite as the book shows it: relative to the folder given, or its file name when a file was given.
            var shown = Directory.Exists(folder) ? Path.GetRelativePath(folder, suite.FileName).Replace('\\', '/') : Path.GetFileName(suite.FileName);
            foreach (var outcome in suite.Run())
            {
                var ruleSet = outcome.Case.Resolved.RuleSet.Definition;
                cases.Add(new BookCase(ruleSet.Id, ruleSet.Version, outcome.Case.Name, $"{shown}:{outcome.Case.Location.Line}", outcome.Passed, outcome.RulesFired));
            }
        }

        return (cases.ToImmutable(), $"the suites under {folder.Replace('\\', '/')}: {suites.Count} suite(s), {cases.Count} case(s), run on the compiled engine when the book was written.");
    }

    /// <summary>The original text of a ruleset's cited article; a ruleset from a file given with <c>--ruleset</c> looks for its sources beside the file first.</summary>
    private static Func<RuleSetDefinition, Citation, CitedText?> ArticleText(RuleSetCatalog catalog) =>
        (ruleSet, citation) => RuleSetFiles.Article(ruleSet, citation, catalog.Files.FirstOrDefault(f => f.RuleSet.Id == ruleSet.Id && f.RuleSet.Version == ruleSet.Version)?.FileName);
}
