using System.Collections.Immutable;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// The outcome of checking ruleset files (<see cref="RuleSetCatalog.Validate"/>): the rulesets that
/// loaded without errors, the case files skipped, and every diagnostic of every file. Immutable.
/// </summary>
public sealed class RuleSetValidation
{
    internal RuleSetValidation(ImmutableArray<RuleSetFile> ruleSets, ImmutableArray<string> skippedCaseFiles, int fileCount, ImmutableArray<Diagnostic> diagnostics)
    {
        RuleSets = ruleSets;
        SkippedCaseFiles = skippedCaseFiles;
        FileCount = fileCount;
        Diagnostics = diagnostics;
        Errors = [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>The rulesets that loaded without errors, each with its file, in file order.</summary>
    public ImmutableArray<RuleSetFile> RuleSets { get; }

    /// <summary>The case files found in the folders (a top-level <c>ruleset:</c> that names a ruleset), skipped instead of read as rulesets.</summary>
    public ImmutableArray<string> SkippedCaseFiles { get; }

    /// <summary>The number of ruleset files checked (case files not counted).</summary>
    public int FileCount { get; }

    /// <summary>Every diagnostic, errors and warnings, in file, line and column order; empty when every file is clean.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics of severity <see cref="DiagnosticSeverity.Error"/>, in the same order.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }

    /// <summary>Whether no file has an error (warnings may remain).</summary>
    public bool Succeeded => Errors.IsEmpty;

    /// <summary>The exit code of <c>accountability validate</c> for this outcome: 0 when it <see cref="Succeeded"/>, 2 otherwise.</summary>
    public int ExitCode => Succeeded ? 0 : 2;

    /// <summary>
    /// The outcome for other systems (what <c>accountability validate --format json</c> prints): indented JSON with a
    /// final line feed, as <c>docs/schemas/validation.v1.schema.json</c> describes it (the schema version, whether it
    /// succeeded, the exit code, the rulesets that loaded, the case files skipped, and every diagnostic with its id,
    /// severity, position, message and hint).
    /// </summary>
    public string ToJson() => ValidationJson.Write(this);
}
