using System.Collections.Immutable;
using System.Reflection;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// Builds instances of the library's public records by reflection, every member set from fresh
/// objects (new strings, new arrays), so two builds are equal only if the record's equality is
/// structural. Variant 0 is the base; a member built as variant 1 differs from it in one place: a
/// scalar has another value, an array the same length with its last item different.
/// </summary>
internal static class RecordSamples
{
    private const int MaxDepth = 3;

    private static readonly Fact[] Facts =
    [
        Fact.Create(FactCatalog.Standard["note"], ("text", Value.Of("fact-0"))),
        Fact.Create(FactCatalog.Standard["note"], ("text", Value.Of("fact-1"))),
    ];

    /// <summary>Whether a type is a record (it has the compiler's clone method).</summary>
    public static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    /// <summary>The public concrete records of the assembly that holds the rule model.</summary>
    public static IEnumerable<Type> PublicRecords() =>
        typeof(RuleSetDefinition).Assembly.GetExportedTypes().Where(t => t.IsClass && !t.IsAbstract && IsRecord(t)).OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>The members equality must compare: public instance properties with a setter (init).</summary>
    public static IEnumerable<PropertyInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>Whether a member holds an immutable array or a dictionary of them.</summary>
    public static bool IsCollection(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) || type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>));

    /// <summary>A new instance with every member from variant 0.</summary>
    public static object Build(Type type) => Build(type, 0, 0);

    /// <summary>A new instance with every member from variant 0 except <paramref name="member"/>, from variant 1.</summary>
    public static object BuildChanged(Type type, PropertyInfo member)
    {
        var instance = Build(type, 0, 0);
        member.SetValue(instance, Sample(member.PropertyType, 1, 0));
        return instance;
    }

    private static object Build(Type type, int variant, int depth)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var instance = constructor.Invoke([.. constructor.GetParameters().Select(p => Sample(p.ParameterType, variant, depth + 1))]);
        foreach (var member in Members(type))
        {
            member.SetValue(instance, Sample(member.PropertyType, variant, depth + 1));
        }

        return instance;
    }

    private static object? Sample(Type type, int variant, int depth)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Sample(underlying, variant, depth);
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(variant);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var item = type.GetGenericArguments()[0];
            return Generic(nameof(ArrayOf), item).Invoke(null, [Sample(item, 0, depth), Sample(item, variant, depth)]);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableSortedDictionary<,>) && type.GetGenericArguments()[0] == typeof(string))
        {
            var items = type.GetGenericArguments()[1];
            return Generic(nameof(DictionaryOf), items.GetGenericArguments()[0]).Invoke(null, [Sample(items, variant, depth)]);
        }

        return type switch
        {
            _ when type == typeof(string) => $"text-{variant}",
            _ when type == typeof(int) => 10 + variant,
            _ when type == typeof(long) => 10L + variant,
            _ when type == typeof(decimal) => 1.5m + variant,
            _ when type == typeof(bool) => variant == 1,
            _ when type == typeof(LocalDate) => new LocalDate(2024, 1, 1).PlusDays(variant),
            _ when type == typeof(Period) => Period.FromMonths(6 + variant),
            _ when type == typeof(DateInterval) => new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 2).PlusDays(variant)),
            _ when type == typeof(Value) => Value.Of([$"item-{variant}", "item"]),
            _ when type == typeof(Fact) => Facts[variant],
            _ when type == typeof(ExpressionElement) => depth < MaxDepth ? Build(typeof(MembershipExpression), variant, depth) : new FieldExpression($"alias-{variant}", "field"),
            _ when type == typeof(RuleElement) => Build(typeof(PatternElement), variant, depth),
            _ when IsRecord(type) && type.Assembly == typeof(RuleSetDefinition).Assembly => Build(type, variant, depth),
            _ => throw new NotSupportedException($"No sample for the type; add one. Type={type}"),
        };
    }

    private static MethodInfo Generic(string name, Type item) =>
        typeof(RecordSamples).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(item);

    private static ImmutableArray<T> ArrayOf<T>(T first, T last) => [first, last];

    private static ImmutableSortedDictionary<string, ImmutableArray<T>> DictionaryOf<T>(ImmutableArray<T> items) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("list", items)]);
}
