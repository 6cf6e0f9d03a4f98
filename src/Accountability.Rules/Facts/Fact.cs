using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Accountability.Rules.Facts;

/// <summary>
/// One immutable fact: a fact type and one value per field. Case facts are built with
/// <see cref="FactSchema"/> and <see cref="Create(FactSchema, ReadOnlySpan{Value})"/>;
/// derived facts come out of a session with their <see cref="Engine.Derivation"/>.
/// </summary>
public sealed class Fact
{
    private readonly Value[] _values;

    /// <summary>The hash of the type and values, once computed (0: not yet).</summary>
    private int _valueHash;

    /// <summary>The last identity hash given on this thread (see <see cref="IdentityHash"/>), seeded by the thread.</summary>
    [ThreadStatic]
    private static uint t_lastIdentity;

    private Fact(FactSchema schema, Value[] values)
    {
        Schema = schema;
        _values = values;
        if (t_lastIdentity == 0)
        {
            t_lastIdentity = unchecked((uint)Environment.CurrentManagedThreadId * 2_246_822_519u);
        }

        t_lastIdentity = unchecked(t_lastIdentity + 1);
        IdentityHash = unchecked((int)(t_lastIdentity * 2_654_435_769u));
    }

    /// <summary>
    /// A hash of this very fact (by reference), for sessions that look facts up by identity: cheaper
    /// than the runtime's identity hash, which a first call must store in the object's header.
    /// </summary>
    internal int IdentityHash { get; }

    /// <summary>The fact type.</summary>
    public FactSchema Schema { get; }

    /// <summary>The values, in field order.</summary>
    public ReadOnlySpan<Value> Values => _values;

    /// <summary>Reads a field by name (slow path: for reports and tests, not for rules).</summary>
    public Value this[string field] => _values[Schema[field].Index];

    /// <summary>Reads a field by position.</summary>
    public Value this[int index] => _values[index];

    /// <summary>
    /// Creates a fact, checking that there is one value per field, each of the field's kind or
    /// absent where the field is optional. Throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static Fact Create(FactSchema schema, ReadOnlySpan<Value> values)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Check(schema, values);
        return new Fact(schema, values.ToArray());
    }

    /// <summary>Creates a fact from name/value pairs; fields not named are absent.</summary>
    public static Fact Create(FactSchema schema, params ReadOnlySpan<(string Field, Value Value)> values)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var array = new Value[schema.Fields.Length];
        foreach (var (field, value) in values)
        {
            array[schema[field].Index] = value;
        }

        return CreateOwned(schema, array);
    }

    /// <summary>
    /// Creates a fact that takes <paramref name="values"/> as its own, not copied (the caller made the array
    /// for it and does not touch it again), checking it as <see cref="Create(FactSchema, ReadOnlySpan{Value})"/> does.
    /// </summary>
    internal static Fact CreateOwned(FactSchema schema, Value[] values)
    {
        Check(schema, values);
        return new Fact(schema, values);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless there is one value per field, each of the field's kind or absent where the field is optional.</summary>
    private static void Check(FactSchema schema, ReadOnlySpan<Value> values)
    {
        if (values.Length != schema.Fields.Length)
        {
            throw new ArgumentException($"Wrong number of values for the fact type. FactType={schema.Name} Expected={schema.Fields.Length} Actual={values.Length}", nameof(values));
        }

        for (var i = 0; i < values.Length; i++)
        {
            var field = schema.Fields[i];
            var value = values[i];
            if (value.IsNull ? !field.Optional : value.Kind != field.Kind)
            {
                throw new ArgumentException($"Wrong value for the field. FactType={schema.Name} Field={field.Name} Expected={field.Kind} Actual={value.Kind}", nameof(values));
            }
        }
    }

    /// <summary>A hash of the type and the values, consistent with equality by type and values; computed once.</summary>
    internal int ValueHash
    {
        get
        {
            if (_valueHash == 0)
            {
                _valueHash = HashOf(Schema, _values);
            }

            return _valueHash;
        }
    }

    /// <summary>The <see cref="ValueHash"/> of a fact of this type and these values (one that may not be made yet).</summary>
    internal static int HashOf(FactSchema schema, ReadOnlySpan<Value> values)
    {
        var hash = new HashCode();
        hash.Add(schema.NameHash);
        foreach (var value in values)
        {
            value.AddTo(ref hash);
        }

        return hash.ToHashCode();
    }

    /// <summary>Creates a fact without checks (the compiler has type-checked the values).</summary>
    internal static Fact CreateUnchecked(FactSchema schema, Value[] values) => new(schema, values);

    /// <summary>
    /// The values themselves, for the compiled engine to write the values of a derived fact it reuses
    /// (<see cref="Engine.FactPool"/>): only while no session holds the fact and no one else can see it.
    /// </summary>
    internal Value[] Storage => _values;

    /// <summary>
    /// Gives a derived fact about to be held (one reused, its values written into <see cref="Storage"/>) the
    /// <see cref="ValueHash"/> of its values when it was computed already; 0 when not, and it is computed when first needed.
    /// </summary>
    internal void Rehash(int valueHash) => _valueHash = valueHash;

    /// <summary>Text such as <c>loss(id=L1, amount=1000000, kind=direct)</c>, absent fields left out.</summary>
    public override string ToString()
    {
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        text.AppendLiteral(Schema.Name);
        text.AppendFormatted('(');
        var first = true;
        foreach (var field in Schema.Fields)
        {
            var value = _values[field.Index];
            if (value.IsNull)
            {
                continue;
            }

            if (!first)
            {
                text.AppendLiteral(", ");
            }

            first = false;
            text.AppendLiteral(field.Name);
            text.AppendFormatted('=');
            if (value.Kind == ValueKind.TextList)
            {
                text.AppendFormatted('[');
                value.AppendTo(ref text);
                text.AppendFormatted(']');
            }
            else
            {
                value.AppendTo(ref text);
            }
        }

        text.AppendFormatted(')');
        return text.ToStringAndClear();
    }

    /// <summary>The values as an immutable array, for serialisation.</summary>
    public ImmutableArray<Value> ToImmutableArray() => [.. _values];
}
