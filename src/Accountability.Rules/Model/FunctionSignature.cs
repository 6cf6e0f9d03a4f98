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
    /// <summary>
    /// Every signature, indexed by the function's value (the order of <see cref="BuiltInFunction"/>). An array rather
    /// than a dictionary keyed by the enum: the start of every command reads it, and ReadyToRun cannot precompile the
    /// framework's collections over an enum, so a dictionary would be compiled at run time in each process.
    /// </summary>
    private static readonly FunctionSignature[] All =
    [
        new("percentOf", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        new("plus", [ValueKind.Date, ValueKind.Period], false, ValueKind.Date, false),
        new("coalesce", [ValueKind.Null], true, ValueKind.Null, false),
        new("add", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        new("subtract", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        new("multiply", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        new("divide", [ValueKind.Number, ValueKind.Number], false, ValueKind.Number, false),
        new("ceiling", [ValueKind.Number], false, ValueKind.Number, false),
        new("date", [ValueKind.Number, ValueKind.Number, ValueKind.Number], false, ValueKind.Date, false),
        new("year", [ValueKind.Date], false, ValueKind.Number, false),
        new("plusWorkingDays", [ValueKind.Date, ValueKind.Number], false, ValueKind.Date, true),
        new("onOrNextWorkingDay", [ValueKind.Date], false, ValueKind.Date, true),
        new("max", [ValueKind.Null], true, ValueKind.Null, false),
        new("min", [ValueKind.Null], true, ValueKind.Null, false),
    ];

    /// <summary>Every function by the name front-ends write.</summary>
    public static ImmutableDictionary<string, BuiltInFunction> ByName => Names.ByName;

    /// <summary>The function names front-ends write, in ordinal order.</summary>
    internal static ImmutableArray<string> OrderedNames => Names.Ordered;

    /// <summary>The signature of a function.</summary>
    public static FunctionSignature Of(BuiltInFunction function) => All[(int)function];

    /// <summary>Finds the function a front-end names (what <see cref="ByName"/> gives, without building it: loaders ask this for every operand).</summary>
    internal static bool TryFind(string name, out BuiltInFunction function)
    {
        for (var i = 0; i < All.Length; i++)
        {
            if (string.Equals(All[i].Name, name, StringComparison.Ordinal))
            {
                function = (BuiltInFunction)i;
                return true;
            }
        }

        function = default;
        return false;
    }

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

    /// <summary>The lookups by name, built on first use (only messages and hosts ask for them).</summary>
    private static class Names
    {
        public static readonly ImmutableDictionary<string, BuiltInFunction> ByName =
            All.Select((signature, index) => KeyValuePair.Create(signature.Name, (BuiltInFunction)index)).ToImmutableDictionary(StringComparer.Ordinal);

        public static readonly ImmutableArray<string> Ordered = [.. All.Select(s => s.Name).Order(StringComparer.Ordinal)];
    }
}
