using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Facts;

/// <summary>
/// An immutable field value of a fact: a number, text, boolean, date, period or list of texts, or
/// nothing. A struct so that reading and comparing fields on the per-case path does not allocate.
/// </summary>
/// <remarks>
/// 16 bytes, as every fact holds an array of them: the reference says the kind (null for
/// <see cref="ValueKind.Null"/>, the string, the period or the boxed list itself, or one shared
/// tag per kind for numbers, booleans and dates), and the other eight bytes hold the payload: a date,
/// 1 or 0 for a boolean, or a number whose digits fit in 58 bits (up to about 2.9 × 10^17 counting its
/// decimal places: any amount in yuan with its fen), with its sign and scale, so that it reads back
/// exactly as it was made (2021.00 keeps its two places). A number with more digits is boxed in the
/// reference instead.
/// </remarks>
[StructLayout(LayoutKind.Explicit)]
public readonly struct Value : IEquatable<Value>
{
    private static readonly KindTag NumberTag = new(ValueKind.Number);
    private static readonly KindTag BooleanTag = new(ValueKind.Boolean);
    private static readonly KindTag DateTag = new(ValueKind.Date);

    /// <summary>The bits of a compact number below its digits: the scale (0 to 28) and, above it, the sign.</summary>
    private const int DigitsShift = 6;
    private const ulong ScaleMask = 0x1F;
    private const ulong NegativeBit = 0x20;

    /// <summary>
    /// Null, a <see cref="KindTag"/>, a string, a <see cref="NodaTime.Period"/>, a boxed <see cref="ImmutableArray{T}"/>
    /// of strings or a <see cref="LargeNumber"/>.
    /// </summary>
    [FieldOffset(0)]
    private readonly object? _reference;

    /// <summary>A compact number (digits, sign, scale: see <see cref="DigitsShift"/>), or 1 and 0 for a boolean.</summary>
    [FieldOffset(8)]
    private readonly ulong _bits;

    [FieldOffset(8)]
    private readonly LocalDate _date;

    private Value(object reference, ulong bits)
    {
        _reference = reference;
        _bits = bits;
    }

    private Value(LocalDate date)
    {
        _reference = DateTag;
        _date = date;
    }

    private Value(object reference) => _reference = reference;

    /// <summary>The absent value.</summary>
    public static Value Null => default;

    /// <summary>The boolean <c>true</c>.</summary>
    public static Value True { get; } = new(BooleanTag, 1UL);

    /// <summary>The boolean <c>false</c>.</summary>
    public static Value False { get; } = new(BooleanTag, 0UL);

    /// <summary>The kind of this value.</summary>
    public ValueKind Kind => _reference switch
    {
        null => ValueKind.Null,
        KindTag tag => tag.Kind,
        string => ValueKind.Text,
        Period => ValueKind.Period,
        LargeNumber => ValueKind.Number,
        _ => ValueKind.TextList,
    };

    /// <summary>Whether this is the absent value.</summary>
    public bool IsNull => _reference is null;

    /// <summary>Creates a number.</summary>
    public static Value Of(decimal number)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(number, parts);
        var (low, middle, high, flags) = (unchecked((uint)parts[0]), unchecked((uint)parts[1]), parts[2], parts[3]);
        if (high != 0 || middle >= 1u << (64 - DigitsShift - 32))
        {
            return new(new LargeNumber(number));
        }

        var digits = ((ulong)middle << 32) | low;
        var scale = (ulong)((flags >> 16) & 0xFF);
        return new(NumberTag, (digits << DigitsShift) | (flags < 0 ? NegativeBit : 0) | scale);
    }

    /// <summary>Creates a boolean.</summary>
    public static Value Of(bool value) => value ? True : False;

    /// <summary>Creates a date.</summary>
    public static Value Of(LocalDate date) => new(date);

    /// <summary>Creates a text, or the absent value for <c>null</c>.</summary>
    public static Value Of(string? text) => text is null ? Null : new(text);

    /// <summary>Creates a period, or the absent value for <c>null</c>.</summary>
    public static Value Of(Period? period) => period is null ? Null : new(period);

    /// <summary>Creates a list of texts.</summary>
    public static Value Of(ImmutableArray<string> texts) => new(texts.IsDefault ? ImmutableArray<string>.Empty : texts);

    /// <summary>Creates a number, or the absent value for <c>null</c>.</summary>
    public static Value Of(decimal? number) => number is { } n ? Of(n) : Null;

    /// <summary>Creates a date, or the absent value for <c>null</c>.</summary>
    public static Value Of(LocalDate? date) => date is { } d ? Of(d) : Null;

    /// <summary>The number. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public decimal AsNumber => ReferenceEquals(_reference, NumberTag)
        ? Compact(_bits)
        : _reference is LargeNumber large ? large.Number : throw WrongKind(ValueKind.Number);

    /// <summary>The text. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public string AsText => _reference is string text ? text : throw WrongKind(ValueKind.Text);

    /// <summary>The boolean. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public bool AsBoolean => ReferenceEquals(_reference, BooleanTag) ? _bits != 0 : throw WrongKind(ValueKind.Boolean);

    /// <summary>The date. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public LocalDate AsDate => ReferenceEquals(_reference, DateTag) ? _date : throw WrongKind(ValueKind.Date);

    /// <summary>The period. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public Period AsPeriod => _reference is Period period ? period : throw WrongKind(ValueKind.Period);

    /// <summary>The list of texts. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public ImmutableArray<string> AsTextList => _reference is ImmutableArray<string> texts ? texts : throw WrongKind(ValueKind.TextList);

    /// <summary>The text, or <c>null</c> for a value of any other kind (for comparisons compiled with a text constant).</summary>
    internal string? Text => _reference as string;

    /// <summary>The number, or <c>null</c> when absent.</summary>
    public decimal? AsNullableNumber => IsNull ? null : AsNumber;

    /// <summary>The text, or <c>null</c> when absent.</summary>
    public string? AsNullableText => IsNull ? null : AsText;

    /// <summary>The date, or <c>null</c> when absent.</summary>
    public LocalDate? AsNullableDate => IsNull ? null : AsDate;

    /// <summary>
    /// Compares two values of the same kind (numbers, texts ordinally, dates). Throws
    /// <see cref="InvalidOperationException"/> when the kinds differ or are not ordered.
    /// </summary>
    public int CompareTo(Value other)
    {
        if (_reference is KindTag tag && ReferenceEquals(tag, other._reference))
        {
            return ComparePayloads(tag, other);
        }

        if (_reference is string text && other._reference is string otherText)
        {
            return string.CompareOrdinal(text, otherText);
        }

        if (IsNumber && other.IsNumber)
        {
            return AsNumber.CompareTo(other.AsNumber);
        }

        throw Kind != other.Kind
            ? new InvalidOperationException($"Values of different kinds cannot be ordered. Left={Kind} Right={other.Kind}")
            : new InvalidOperationException($"Values of this kind are not ordered. Kind={Kind}");
    }

    /// <summary>
    /// The canonical order of values (<see cref="FactValueOrder"/>): the absent value first; numbers,
    /// dates, texts (ordinal) and booleans of the same kind by value; any other pair by their invariant
    /// texts. Reads the kind from the reference once, without working out <see cref="Kind"/>.
    /// </summary>
    internal int CompareCanonically(Value other)
    {
        var reference = _reference;
        var otherReference = other._reference;
        if (ReferenceEquals(reference, otherReference))
        {
            // Both absent, the same text, period, list or large number, or the same kind of number, boolean or date.
            return reference is KindTag tag ? ComparePayloads(tag, other) : 0;
        }

        if (reference is null || otherReference is null)
        {
            return reference is null ? -1 : 1;
        }

        if (reference is string text && otherReference is string otherText)
        {
            return string.CompareOrdinal(text, otherText);
        }

        return IsNumber && other.IsNumber
            ? AsNumber.CompareTo(other.AsNumber)
            : string.CompareOrdinal(ToString(), other.ToString());
    }

    /// <inheritdoc />
    public bool Equals(Value other)
    {
        var reference = _reference;
        var otherReference = other._reference;
        if (ReferenceEquals(reference, otherReference))
        {
            // Both null, the same text, period, list or large number, or the same kind of number, boolean or date:
            // the payload decides the last. Two compact numbers of the same sign and scale are equal when their
            // bits are; of another sign or scale (2021 and 2021.00, 0 and -0), when their numbers are.
            if (reference is not KindTag tag)
            {
                return true;
            }

            var (bits, otherBits) = (_bits, other._bits);
            return tag == DateTag ? _date == other._date
                : bits == otherBits || (tag == NumberTag && ((bits ^ otherBits) & (ScaleMask | NegativeBit)) != 0 && Compact(bits) == Compact(otherBits));
        }

        return (reference, otherReference) switch
        {
            (string text, string otherText) => text == otherText,
            (Period period, Period otherPeriod) => period.Equals(otherPeriod),
            (ImmutableArray<string> texts, ImmutableArray<string> otherTexts) => texts.SequenceEqual(otherTexts, StringComparer.Ordinal),
            _ => IsNumber && other.IsNumber && AsNumber == other.AsNumber,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    /// <summary>
    /// A hash consistent with <see cref="Equals(Value)"/>: texts and the items of a text list hash
    /// ordinally, a period by its units (NodaTime periods are equal when every unit is).
    /// </summary>
    public override int GetHashCode() => _reference switch
    {
        null => 0,
        KindTag tag => tag == DateTag ? HashCode.Combine(ValueKind.Date, _date)
            : tag == BooleanTag ? HashCode.Combine(ValueKind.Boolean, _bits)
            : HashCode.Combine(ValueKind.Number, Compact(_bits)),
        string text => HashCode.Combine(ValueKind.Text, StringComparer.Ordinal.GetHashCode(text)),
        Period period => HashCode.Combine(ValueKind.Period, period.GetHashCode()),
        LargeNumber large => HashCode.Combine(ValueKind.Number, large.Number),
        _ => TextListHash(AsTextList),
    };

    /// <summary>
    /// Adds the value to a hash being combined, consistently with <see cref="Equals(Value)"/> (equal
    /// values add the same): its payload alone, without hashing it first with its kind as
    /// <see cref="GetHashCode"/> does, for hashes of many values at once (<see cref="Fact.HashOf"/>).
    /// Values of two kinds may add the same (a number and a boolean); that makes a collision, not an error.
    /// </summary>
    internal void AddTo(ref HashCode hash)
    {
        switch (_reference)
        {
            case null:
                hash.Add(0);
                break;
            case string text:
                hash.Add(text.GetHashCode());
                break;
            case KindTag tag:
                if (tag == DateTag)
                {
                    hash.Add(_date);
                }
                else if (tag == BooleanTag)
                {
                    hash.Add(_bits);
                }
                else
                {
                    hash.Add(Compact(_bits));
                }

                break;
            case LargeNumber large:
                hash.Add(large.Number);
                break;
            default:
                hash.Add(GetHashCode());
                break;
        }
    }

    /// <summary>Equality of two values.</summary>
    public static bool operator ==(Value left, Value right) => left.Equals(right);

    /// <summary>Inequality of two values.</summary>
    public static bool operator !=(Value left, Value right) => !left.Equals(right);

    /// <summary>
    /// Invariant text: numbers without exponent and without trailing zeros (2021.00 and 2021 are one
    /// value and read the same), dates ISO, periods ISO, lists comma-separated.
    /// </summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Number => (AsNumber / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        ValueKind.Text => (string)_reference!,
        ValueKind.Boolean => _bits != 0 ? "true" : "false",
        ValueKind.Date => Model.IsoDate.Format(_date),
        ValueKind.Period => PeriodPattern.Roundtrip.Format((Period)_reference!),
        ValueKind.TextList => string.Join(", ", (ImmutableArray<string>)_reference!),
        _ => "?",
    };

    /// <summary>Appends <see cref="ToString"/>'s text without making it a string first where the kind allows (numbers, texts, booleans, lists).</summary>
    internal void AppendTo(ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler text)
    {
        switch (Kind)
        {
            case ValueKind.Number:
                Span<char> digits = stackalloc char[64];
                text.AppendFormatted((AsNumber / 1.0000000000000000000000000000m).TryFormat(digits, out var written, default, CultureInfo.InvariantCulture)
                    ? digits[..written]
                    : ToString());
                break;
            case ValueKind.Text:
                text.AppendLiteral((string)_reference!);
                break;
            case ValueKind.Boolean:
                text.AppendLiteral(_bits != 0 ? "true" : "false");
                break;
            case ValueKind.TextList:
                var first = true;
                foreach (var item in (ImmutableArray<string>)_reference!)
                {
                    if (!first)
                    {
                        text.AppendLiteral(", ");
                    }

                    first = false;
                    text.AppendLiteral(item);
                }

                break;
            default:
                text.AppendLiteral(ToString());
                break;
        }
    }

    private static int TextListHash(ImmutableArray<string> texts)
    {
        var hash = new HashCode();
        hash.Add(ValueKind.TextList);
        hash.Add(texts.Length);
        foreach (var text in texts)
        {
            hash.Add(text, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Whether this is a number, compact or large.</summary>
    private bool IsNumber => ReferenceEquals(_reference, NumberTag) || _reference is LargeNumber;

    /// <summary>The number of a compact number's bits (see <see cref="DigitsShift"/>).</summary>
    private static decimal Compact(ulong bits)
    {
        var digits = bits >> DigitsShift;
        return new decimal(unchecked((int)(uint)digits), unchecked((int)(uint)(digits >> 32)), 0, (bits & NegativeBit) != 0, (byte)(bits & ScaleMask));
    }

    /// <summary>The order of this value and <paramref name="other"/>, both of the kind of <paramref name="tag"/> (a date, a boolean or a compact number).</summary>
    private int ComparePayloads(KindTag tag, Value other) =>
        tag == DateTag ? _date.CompareTo(other._date)
        : tag == BooleanTag ? _bits.CompareTo(other._bits)
        : CompareCompact(_bits, other._bits);

    /// <summary>
    /// The order of two compact numbers: of the same sign and scale (amounts stated alike, a threshold and an
    /// amount in whole yuan), by their digits alone; otherwise as decimals.
    /// </summary>
    private static int CompareCompact(ulong bits, ulong otherBits)
    {
        if (((bits ^ otherBits) & (ScaleMask | NegativeBit)) != 0)
        {
            return Compact(bits).CompareTo(Compact(otherBits));
        }

        var order = (bits >> DigitsShift).CompareTo(otherBits >> DigitsShift);
        return (bits & NegativeBit) != 0 ? -order : order;
    }

    /// <summary>A number whose digits do not fit in a compact number's 58 bits: the reference holds it.</summary>
    private sealed class LargeNumber(decimal number)
    {
        public decimal Number { get; } = number;
    }

    /// <summary>The reference of the numbers, the booleans or the dates: says their kind.</summary>
    private sealed class KindTag(ValueKind kind)
    {
        public ValueKind Kind { get; } = kind;
    }

    private InvalidOperationException WrongKind(ValueKind wanted) =>
        new($"Value is not of the requested kind. Requested={wanted} Actual={Kind}");
}
