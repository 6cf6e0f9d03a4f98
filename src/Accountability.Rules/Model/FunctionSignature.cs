using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Model;

/// <summary>
/// The parameter and result kinds of a built-in function, shared by the compiler (type checks)
/// and front-ends (typing literal arguments).
/// </summary>
/// <param name="Name">The name front-ends write, e.g. <c>plusWorkingDays</c>.</param>
/// <param name="Parameters">The kinds of the parameters; for a variadic function, the kind of each (Null: any one kind).</param>
/// <param name="Variadic">Whether it takes two or more arguments of one kind.</param>
/// <param name="Result">The result kind (Null: the arguments' kind).</param>
/// <param name="NeedsCalendar">Whether it needs the ruleset's working-day calendar.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record FunctionSignature(string Name, ImmutableArray<ValueKind> Parameters, bool Variadic, ValueKind Result, bool NeedsCalendar)
{
    private static readonly ImmutableDictionary<BuiltInFunction, FunctionSignature> All = new Dictionary<BuiltInFunction, FunctionSignature>
    {
        [BuiltInFunction.PercentOf] = new("percentOf", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        [BuiltInFunction.Plus] = new("plus", [ValueKind.Date, ValueKind.Period], false, ValueKind.Date, false),
        [BuiltInFunction.Coalesce] = new("coalesce", [ValueKind.Null], true, ValueKind.Null, false),
        [BuiltInFunction.Add] = new("add", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        [BuiltInFunction.Subtract] = new("subtract", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        [BuiltInFunction.Multiply] = new("multiply", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        [BuiltInFunction.Divide] = new("divide", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        [BuiltInFunction.Ceiling] = new("ceiling", [ValueKind.Number], false, ValueKind.Number, false),
        [BuiltInFunction.Date] = new("date", [ValueKind.Number, ValueKind.Number, ValueKind.Number], false, ValueKind.Date, false),
        [BuiltInFunction.Year] = new("year", [ValueKind.Date], false, ValueKind.Number, false),
        [BuiltInFunction.PlusWorkingDays] = new("plusWorkingDays", [ValueKind.Date, ValueKind.Number], false, ValueKind.Date, true),
        [BuiltInFunction.OnOrNextWorkingDay] = new("onOrNextWorkingDay", [ValueKind.Date], false, ValueKind.Date, true),
        [BuiltInFunction.Max] = new("max", [ValueKind.Null], true, ValueKind.Null, false),
        [BuiltInFunction.Min] = new("min", [ValueKind.Null], true, ValueKind.Null, false),
    }.ToImmutableDictionary();

    /// <summary>Every function by the name front-ends write.</summary>
    public static ImmutableDictionary<string, BuiltInFunction> ByName { get; } =
        All.ToImmutableDictionary(p => p.Value.Name, p => p.Key, StringComparer.Ordinal);

    /// <summary>The signature of a function.</summary>
    public static FunctionSignature Of(BuiltInFunction function) => All[function];

    /// <inheritdoc />
    public bool Equals(FunctionSignature? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Name == other.Name
            && StructuralEquality.Equal(Parameters, other.Parameters)
            && Variadic == other.Variadic
            && Result == other.Result
            && NeedsCalendar == other.NeedsCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, StructuralEquality.Hash(Parameters), Variadic, Result, NeedsCalendar);
}
