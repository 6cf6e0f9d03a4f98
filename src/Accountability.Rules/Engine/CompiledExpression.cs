using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>An expression compiled to a delegate, with its inferred kind.</summary>
/// <param name="Evaluate">The delegate.</param>
/// <param name="Kind">The kind of its values (<see cref="ValueKind.Null"/> only for a literal null).</param>
/// <param name="MayBeNull">Whether it may yield the absent value.</param>
internal sealed record CompiledExpression(Evaluator Evaluate, ValueKind Kind, bool MayBeNull)
{
    /// <summary>
    /// For a test (comparison, logical or membership test), the test itself, which <see cref="Evaluate"/>
    /// turns into a boolean value; <c>null</c> for any other expression.
    /// </summary>
    public Condition? Test { get; private init; }

    /// <summary>For a field of a bound fact, where it reads; <c>null</c> for any other expression.</summary>
    public FieldRead? Read { get; init; }

    /// <summary>For a constant, its value; <c>null</c> for any other expression.</summary>
    public Value? Constant { get; init; }

    /// <summary>Whether it is the literal null.</summary>
    public bool AlwaysNull => Kind == ValueKind.Null;

    /// <summary>A test, evaluated to a boolean value (never absent).</summary>
    public static CompiledExpression Of(Condition test) => new((context, candidate) => Value.Of(test(context, candidate)), ValueKind.Boolean, false) { Test = test };

    /// <summary>Whether the expression holds: its test, or whether its value is the boolean true.</summary>
    public Condition Holds() => Test ?? IsTrue(Evaluate);

    private static Condition IsTrue(Evaluator evaluate) => (context, candidate) => evaluate(context, candidate) is { Kind: ValueKind.Boolean } value && value.AsBoolean;
}
