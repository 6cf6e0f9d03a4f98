using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Accountability.Rules.Data;

/// <summary>
/// The outcome of loading a file: the value when it loaded without errors, otherwise every error
/// found in one run. Loaders return this instead of throwing for mistakes in the input. Immutable.
/// </summary>
/// <typeparam name="T">The loaded value.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private LoadResult(T? value, ImmutableArray<LoadError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The loaded value; <c>null</c> when there are errors.</summary>
    public T? Value { get; }

    /// <summary>Every error found, in file and position order; empty on success.</summary>
    public ImmutableArray<LoadError> Errors { get; }

    /// <summary>Whether the file loaded without errors.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>A successful result.</summary>
    internal static LoadResult<T> Success(T value) => new(value, []);

    /// <summary>A failed result; <paramref name="errors"/> must not be empty.</summary>
    internal static LoadResult<T> Failure(ImmutableArray<LoadError> errors) =>
        errors.IsDefaultOrEmpty
            ? throw new ArgumentException("A failed result needs at least one error.", nameof(errors))
            : new(null, errors);

    /// <summary>The value when <paramref name="errors"/> is empty, otherwise a failure.</summary>
    internal static LoadResult<T> From(T? value, ImmutableArray<LoadError> errors) =>
        errors.IsDefaultOrEmpty && value is not null ? Success(value) : Failure(errors);

    /// <summary>One line per error, or <c>ok</c>.</summary>
    public override string ToString() => Succeeded ? "ok" : string.Join(Environment.NewLine, Errors);
}
