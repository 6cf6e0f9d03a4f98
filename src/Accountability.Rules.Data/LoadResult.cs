using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Data;

/// <summary>
/// The outcome of loading a file: the value when it loaded without errors, and every diagnostic
/// found in one run (errors, and warnings that do not stop the load). Loaders return this instead
/// of throwing for mistakes in the input. Immutable.
/// </summary>
/// <typeparam name="T">The loaded value.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
        Errors = [.. diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    /// <summary>The loaded value; <c>null</c> when there are errors.</summary>
    public T? Value { get; }

    /// <summary>Every diagnostic found, errors and warnings, in file, line and column order; empty for a clean load.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The diagnostics of severity <see cref="DiagnosticSeverity.Error"/>, in the same order; empty on success.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }

    /// <summary>Whether the file loaded: no diagnostic is an error (warnings may remain).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>A successful result, with the warnings found.</summary>
    internal static LoadResult<T> Success(T value, ImmutableArray<Diagnostic> warnings = default) => new(value, warnings.IsDefault ? [] : warnings);

    /// <summary>A failed result; <paramref name="diagnostics"/> must hold an error.</summary>
    internal static LoadResult<T> Failure(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.IsDefault || !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? throw new ArgumentException("A failed result needs at least one error.", nameof(diagnostics))
            : new(null, diagnostics);

    /// <summary>The value when <paramref name="diagnostics"/> holds no error, otherwise a failure.</summary>
    internal static LoadResult<T> From(T? value, ImmutableArray<Diagnostic> diagnostics) =>
        value is not null && (diagnostics.IsDefault || !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            ? Success(value, diagnostics)
            : Failure(diagnostics);

    /// <summary>One line per diagnostic, or <c>ok</c> when there is none.</summary>
    public override string ToString() => Diagnostics.IsEmpty ? "ok" : string.Join(Environment.NewLine, Diagnostics);
}
