using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Data.Batch;

/// <summary>
/// The outcome of one case of a batch: its result, or, for a case that cannot be evaluated (bad
/// JSON or YAML, an unknown key, code or ruleset, rules that keep firing), every diagnostic, with
/// the same ids as loading the case from a file gives, located at the input's lines. Immutable.
/// </summary>
public sealed class BatchResult
{
    internal BatchResult(CaseRecord record, CaseResult? result, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = record.Source;
        Line = record.Line;
        Result = result;
        Diagnostics = diagnostics;
    }

    /// <summary>The input the case came from (<see cref="CaseRecord.Source"/>).</summary>
    public string Source { get; }

    /// <summary>The 1-based line of the input where the case starts (<see cref="CaseRecord.Line"/>).</summary>
    public int Line { get; }

    /// <summary>The result; <c>null</c> when the case could not be evaluated (see <see cref="Diagnostics"/>).</summary>
    public CaseResult? Result { get; }

    /// <summary>Every diagnostic of the case, errors and warnings, located at the input's lines; empty for a clean case.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether the case was evaluated (<see cref="Result"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    public bool Succeeded => Result is not null;
}
