using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Cli;

/// <summary>
/// The command's own problems with its arguments (ACR0950–ACR0999), declared once beside the
/// library's kinds; ids are never reused. See <c>docs/diagnostics.md</c>.
/// </summary>
internal static class CliDiagnostics
{
    public static readonly DiagnosticKind ArgumentsNotUnderstood = Error("ACR0950", "the command line is not understood: {problem}", "run 'accountability --help' for usage");

    public static readonly DiagnosticKind BadMaxFirings = Error("ACR0951", "--max-firings '{value}' is not a whole number of at least 1", "write e.g. --max-firings 100000");

    public static readonly DiagnosticKind BadDate = Error("ACR0952", "--on '{value}' is not a date", "write an ISO date such as 2024-06-28");

    public static readonly DiagnosticKind UnknownRuleSet = Error("ACR0953", "unknown ruleset '{id}'", "{suggestion}; or give the path of a ruleset file");

    public static readonly DiagnosticKind UnknownVersion = Error("ACR0954", "ruleset '{id}' has no version '{version}'", "versions: {versions}");

    public static readonly DiagnosticKind NoSuchPath = Error("ACR0955", "no such file or folder", "give a ruleset file such as rulesets/yibin-2020.yaml, or a folder such as rulesets");

    public static readonly DiagnosticKind NotOneChain = Error("ACR0957", "the ruleset files end in {count} rulesets that no other given file extends: {rulesets}", "give one chain of overlays, each file extending the previous one or a bundled ruleset");

    public static readonly DiagnosticKind IdWithOthers = Error("ACR0958", "'{target}' is not a file, and only ruleset files can be given together", "give one bundled ruleset id, or the files of one overlay chain");

    public static readonly DiagnosticKind CaseOrBatch = Error("ACR0959", "evaluate takes {what}", "give one case file, as in 'accountability evaluate case.yaml', or a JSON Lines file of cases with --batch, as in 'accountability evaluate --batch cases.jsonl --out results.jsonl' ('-' for standard input or output)");

    public static readonly DiagnosticKind BatchInputNotRead = Error("ACR0960", "the batch input '{path}' cannot be read: {reason}", "give a JSON Lines file of cases, one case per line, a CSV file of cases, one case per row, or '-' for standard input");

    public static readonly DiagnosticKind BatchOutputNotWritten = Error("ACR0961", "the batch output '{path}' cannot be written: {reason}", "give a file in a folder you can write to, or '-' for standard output");

    public static readonly DiagnosticKind BatchTextFormat = Error("ACR0963", "--batch writes JSON Lines; --format {format} does not apply", "leave out --format, or write --format json");

    public static readonly DiagnosticKind NoSuchSuitePath = Error("ACR0964", "no such test suite file or folder", "give a suite file, or a folder of suites such as rulesets/tests (see docs/test-suites.md)");

    public static readonly DiagnosticKind NoSuiteFiles = Error("ACR0965", "the folder holds no test suite (*.yaml) files", "give a suite file, or a folder of suites such as rulesets/tests");

    public static readonly DiagnosticKind ArticlesTextFormat = Error("ACR0975", "--articles prints the articles' text beside the reasons in the text format; the JSON result does not carry it", "leave out --format json, or leave out --articles and read the citations' text with SourceTexts.Cite in the library");

    public static readonly DiagnosticKind BookOutIsFile = Error("ACR0980", "--out '{path}' is a file; the book is a folder of pages", "give a folder (it is created when missing), e.g. --out book");

    public static readonly DiagnosticKind BookNotWritten = Error("ACR0981", "the book cannot be written to '{path}': {reason}", "give a folder you can write to with --out");

    private static DiagnosticKind Error(string id, string message, string hint) => new(id, DiagnosticSeverity.Error, message, hint);
}
