using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Facts;

/// <summary>
/// An immutable field value of a fact: a number, text, boolean, date, period or list of texts, or
/// nothing. A struct so that reading and comparing fields on the per-case path does not allocate.
/// </summary>
public readonly struct Value : IEquatable<Value>
{
    private readonly decimal _number;
    private readonly LocalDate _date;
    private readonly object? _reference;

    private Value(ValueKind kind, decimal number = 0m, LocalDate date = default, object? reference = null)
    {
        Kind = kind;
        _number = number;
        _date = date;
        _reference = reference;
    }

    /// <summary>The absent value.</summary>
    public static Value Null => default;

    /// <summary>The boolean <c>true</c>.</summary>
    public static Value True { get; } = new(ValueKind.Boolean, number: 1m);

    /// <summary>The boolean <c>false</c>.</summary>
    public static Value False { get; } = new(ValueKind.Boolean, number: 0m);

    /// <summary>The kind of this value.</summary>
    public ValueKind Kind { get; }

    /// <summary>Whether this is the absent value.</summary>
    public bool IsNull => Kind == ValueKind.Null;

    /// <summary>Creates a number.</summary>
    public static Value Of(decimal number) => new(ValueKind.Number, number: number);

    /// <summary>Creates a boolean.</summary>
    public static Value Of(bool value) => value ? True : False;

    /// <summary>Creates a date.</summary>
    public static Value Of(LocalDate date) => new(ValueKind.Date, date: date);

    /// <summary>Creates a text, or the absent value for <c>null</c>.</summary>
    public static Value Of(string? text) => text is null ? Null : new(ValueKind.Text, reference: text);

    /// <summary>Creates a period, or the absent value for <c>null</c>.</summary>
    public static Value Of(Period? period) => period is null ? Null : new(ValueKind.Period, reference: period);

    /// <summary>Creates a list of texts.</summary>
    public static Value Of(ImmutableArray<string> texts) => new(ValueKind.TextList, reference: texts.IsDefault ? ImmutableArray<string>.Empty : texts);

    /// <summary>Creates a number, or the absent value for <c>null</c>.</summary>
    public static Value Of(decimal? number) => number is { } n ? Of(n) : Null;

    /// <summary>Creates a date, or the absent value for <c>null</c>.</summary>
    public static Value Of(LocalDate? date) => date is { } d ? Of(d) : Null;

    /// <summary>The number. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public decimal AsNumber => Kind == ValueKind.Number ? _number : throw WrongKind(ValueKind.Number);

    /// <summary>The text. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public string AsText => Kind == ValueKind.Text ? (string)_reference! : throw WrongKind(ValueKind.Text);

    /// <summary>The boolean. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public bool AsBoolean => Kind == ValueKind.Boolean ? _number != 0m : throw WrongKind(ValueKind.Boolean);

    /// <summary>The date. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public LocalDate AsDate => Kind == ValueKind.Date ? _date : throw WrongKind(ValueKind.Date);

    /// <summary>The period. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public Period AsPeriod => Kind == ValueKind.Period ? (Period)_reference! : throw WrongKind(ValueKind.Period);

    /// <summary>The list of texts. Throws <see cref="InvalidOperationException"/> for another kind.</summary>
    public ImmutableArray<string> AsTextList => Kind == ValueKind.TextList ? (ImmutableArray<string>)_reference! : throw WrongKind(ValueKind.TextList);

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
        if (Kind != other.Kind)
        {
            throw new InvalidOperationException($"Values of different kinds cannot be ordered. Left={Kind} Right={other.Kind}");
        }

        return Kind switch
        {
            ValueKind.Number => _number.CompareTo(other._number),
            ValueKind.Text => string.CompareOrdinal((string)_reference!, (string)other._reference!),
            ValueKind.Date => _date.CompareTo(other._date),
            ValueKind.Boolean => _number.CompareTo(other._number),
            _ => throw new InvalidOperationException($"Values of this kind are not ordered. Kind={Kind}"),
        };
    }

    /// <inheritdoc />
    public bool Equals(Value other)
    {
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            ValueKind.Null => true,
            ValueKind.Number or ValueKind.Boolean => _number == other._number,
            ValueKind.Date => _date == other._date,
            ValueKind.Text => string.Equals((string)_reference!, (string)other._reference!, StringComparison.Ordinal),
            ValueKind.Period => ((Period)_reference!).Equals((Period)other._reference!),
            ValueKind.TextList => ((ImmutableArray<string>)_reference!).SequenceEqual((ImmutableArray<string>)other._reference!, StringComparer.Ordinal),
            _ => false,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Value other && Equals(other);

    /// <summary>
    /// A hash consistent with <see cref="Equals(Value)"/>: texts and the items of a text list hash
    /// ordinally, a period by its units (NodaTime periods are equal when every unit is).
    /// </summary>
    public override int GetHashCode() => Kind switch
    {
        ValueKind.Null => 0,
        ValueKind.Number or ValueKind.Boolean => HashCode.Combine(Kind, _number),
        ValueKind.Date => HashCode.Combine(Kind, _date),
        ValueKind.Text => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode((string)_reference!)),
        ValueKind.Period => HashCode.Combine(Kind, ((Period)_reference!).GetHashCode()),
        ValueKind.TextList => TextListHash((ImmutableArray<string>)_reference!),
        _ => (int)Kind,
    };

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
        ValueKind.Number => (_number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture),
        ValueKind.Text => (string)_reference!,
        ValueKind.Boolean => _number != 0m ? "true" : "false",
        ValueKind.Date => LocalDatePattern.Iso.Format(_date),
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
                text.AppendFormatted((_number / 1.0000000000000000000000000000m).TryFormat(digits, out var written, default, CultureInfo.InvariantCulture)
                    ? digits[..written]
                    : ToString());
                break;
            case ValueKind.Text:
                text.AppendLiteral((string)_reference!);
                break;
            case ValueKind.Boolean:
                text.AppendLiteral(_number != 0m ? "true" : "false");
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

    private InvalidOperationException WrongKind(ValueKind wanted) =>
        new($"Value is not of the requested kind. Requested={wanted} Actual={Kind}");
}
