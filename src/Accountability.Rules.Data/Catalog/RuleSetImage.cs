using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// The precompiled form of a bundled ruleset: its effective <see cref="RuleSetDefinition"/> as the
/// loader made it from the YAML, written at build time (build/Accountability.Rules.ImageWriter) and
/// read back instead of parsing, reading and checking the YAML of the ruleset and its parents when a
/// command only needs the definition (evaluating a case). Reading an image gives a definition equal
/// to the loaded one, member by member (<c>RuleSetImageTest</c> holds every bundled ruleset to it);
/// what only a load has (table rows, changes, positions of citations and codes, for overlays,
/// verification and <c>show</c>) still comes from the YAML.
/// <para>
/// Layout (little-endian; counts and indexes as 7-bit encoded integers): the magic <c>ACRI</c>, the
/// format version, the header (index key: id, version, first day in force), the string table
/// (UTF-8, each string once), then the definition, whose strings are indexes into the table (0 for
/// <c>null</c>, else index + 1). An image of another format version, or one that does not read to its
/// end, is refused (<see cref="InvalidOperationException"/>): like a bundled ruleset that does not
/// load, a defect of the package.
/// </para>
/// </summary>
internal static class RuleSetImage
{
    /// <summary>The version of the layout; images of another are not read.</summary>
    public const int FormatVersion = 1;

    /// <summary>The suffix of an image's resource name, after the ruleset's own (<c>rulesets/yibin-2020.yaml.image</c>).</summary>
    public const string ResourceSuffix = ".image";

    private static ReadOnlySpan<byte> Magic => "ACRI"u8;

    /// <summary>The image of a loaded ruleset's effective definition.</summary>
    public static byte[] Write(RuleSetDefinition definition)
    {
        var body = new Writer();
        body.Definition(definition);
        var output = new ArrayBufferWriter<byte>(body.Length + (body.Strings.Count * 16) + 64);
        output.Write(Magic);
        var head = new Writer();
        head.Int(FormatVersion);
        head.Text(definition.Id);
        head.Text(definition.Version);
        head.Date(definition.InForceFrom);
        head.Int(body.Strings.Count);
        foreach (var text in body.Strings)
        {
            head.Text(text);
        }

        output.Write(head.Written);
        output.Write(body.Written);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>The index key in an image's header, without reading the rest.</summary>
    /// <exception cref="InvalidOperationException">The bytes are not an image of this format version (a defect of the package).</exception>
    public static RuleSetIndexKey Key(byte[] image)
    {
        return new Reader(image, Start(image), []).Key();
    }

    /// <summary>The definition an image holds.</summary>
    /// <exception cref="InvalidOperationException">The bytes are not a whole image of this format version (a defect of the package).</exception>
    public static RuleSetDefinition Read(byte[] image)
    {
        try
        {
            var header = new Reader(image, Start(image), []);
            _ = header.Key();
            var strings = new string[header.Count()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = header.Text();
            }

            var reader = new Reader(image, header.Position, strings);
            var definition = reader.Definition();
            return reader.Position == image.Length
                ? definition
                : throw new InvalidOperationException($"A ruleset image has bytes after its definition. Length={image.Length} Read={reader.Position}");
        }
        catch (ArgumentException e)
        {
            // A value the model's constructors refuse (a decimal's flags, a code list named twice).
            throw new InvalidOperationException($"A ruleset image is not readable: {e.Message}", e);
        }
    }

    private static int Start(byte[] image)
    {
        if (image.Length < Magic.Length || !image.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidOperationException("The bytes are not a ruleset image.");
        }

        var version = new Reader(image, Magic.Length, []);
        var format = version.Count();
        return format == FormatVersion
            ? version.Position
            : throw new InvalidOperationException($"A ruleset image of another format version. Version={format} Expected={FormatVersion}");
    }

    private enum ExpressionTag : byte
    {
        None,
        Binding,
        Call,
        Comparison,
        Constant,
        Field,
        Logical,
        Membership,
        Negation,
    }

    private enum ElementTag : byte
    {
        Pattern,
        Not,
        Aggregate,
    }

    /// <summary>Writes a definition's parts, collecting its strings into a table.</summary>
    private sealed class Writer
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(4096);
        private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

        public List<string> Strings { get; } = [];

        public int Length => _bytes.WrittenCount;

        public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

        public void Definition(RuleSetDefinition d)
        {
            String(d.Id);
            String(d.Version);
            String(d.Title);
            String(d.TitleEnglish);
            Date(d.InForceFrom);
            Date(d.InForceTo);
            Citation(d.InForceCitation);
            List(d.DecisiveDates, date =>
            {
                String(date.FactType);
                String(date.Field);
            });
            String(d.Currency);
            String(d.CalendarId);
            List(d.Documents, document =>
            {
                String(document.Id);
                String(document.Title);
                String(document.Number);
                String(document.Source);
            });
            List(d.Policies, policy =>
            {
                String(policy.Id);
                String(policy.Title);
                String(policy.Statement);
                Citation(policy.Citation);
            });
            List(d.Boundaries, boundary =>
            {
                String(boundary.Word);
                Bool(boundary.Inclusive);
                Citation(boundary.Citation);
                String(boundary.PolicyId);
            });
            List(d.Tiers, Code);
            List(d.Responsibilities, Code);
            Int(d.CodeLists.Count);
            foreach (var (list, codes) in d.CodeLists)
            {
                String(list);
                List(codes, Code);
            }

            List(d.Rules, Rule);
            List(d.Parents, parent =>
            {
                String(parent.Id);
                String(parent.Version);
            });
            String(d.ContentHash);
        }

        private void Rule(RuleDefinition rule)
        {
            String(rule.Id);
            String(rule.Title);
            Citation(rule.Citation);
            SignedInt(rule.Salience);
            String(rule.PolicyId);
            List(rule.Conditions, Element);
            List(rule.Actions, action =>
            {
                String(action.FactType);
                List(action.Fields, field =>
                {
                    String(field.Field);
                    Expression(field.Value);
                });
            });
            Date(rule.InForceFrom);
            Date(rule.InForceTo);
            if (rule.Source is { } source)
            {
                Bool(true);
                String(source.File);
                Int(source.Line);
                Int(source.Column);
            }
            else
            {
                Bool(false);
            }
        }

        private void Element(RuleElement element)
        {
            switch (element)
            {
                case PatternElement pattern:
                    Byte((byte)ElementTag.Pattern);
                    String(pattern.Alias);
                    String(pattern.Type);
                    Expression(pattern.Condition);
                    break;
                case NotElement not:
                    Byte((byte)ElementTag.Not);
                    String(not.Alias);
                    String(not.Type);
                    Expression(not.Condition);
                    break;
                case AggregateElement aggregate:
                    Byte((byte)ElementTag.Aggregate);
                    String(aggregate.Alias);
                    String(aggregate.Type);
                    String(aggregate.ItemAlias);
                    Expression(aggregate.Condition);
                    Byte((byte)aggregate.Function);
                    String(aggregate.Field);
                    break;
                default:
                    throw new InvalidOperationException($"A rule element the image cannot hold. Type={element.GetType().Name}");
            }
        }

        private void Expression(ExpressionElement? expression)
        {
            switch (expression)
            {
                case null:
                    Byte((byte)ExpressionTag.None);
                    break;
                case BindingExpression binding:
                    Byte((byte)ExpressionTag.Binding);
                    String(binding.Alias);
                    break;
                case CallExpression call:
                    Byte((byte)ExpressionTag.Call);
                    Byte((byte)call.Function);
                    List(call.Arguments, Expression);
                    break;
                case ComparisonExpression comparison:
                    Byte((byte)ExpressionTag.Comparison);
                    Byte((byte)comparison.Operator);
                    Expression(comparison.Left);
                    Expression(comparison.Right);
                    break;
                case ConstantExpression constant:
                    Byte((byte)ExpressionTag.Constant);
                    Value(constant.Value);
                    break;
                case FieldExpression field:
                    Byte((byte)ExpressionTag.Field);
                    String(field.Alias);
                    String(field.Field);
                    break;
                case LogicalExpression logical:
                    Byte((byte)ExpressionTag.Logical);
                    Bool(logical.All);
                    List(logical.Operands, Expression);
                    break;
                case MembershipExpression membership:
                    Byte((byte)ExpressionTag.Membership);
                    Expression(membership.Operand);
                    List(membership.Items, Expression);
                    break;
                case NegationExpression negation:
                    Byte((byte)ExpressionTag.Negation);
                    Expression(negation.Operand);
                    break;
                default:
                    throw new InvalidOperationException($"An expression the image cannot hold. Type={expression.GetType().Name}");
            }
        }

        private void Value(Value value)
        {
            Byte((byte)value.Kind);
            switch (value.Kind)
            {
                case ValueKind.Null:
                    break;
                case ValueKind.Number:
                    Span<int> bits = stackalloc int[4];
                    decimal.GetBits(value.AsNumber, bits);
                    foreach (var part in bits)
                    {
                        Fixed(part);
                    }

                    break;
                case ValueKind.Text:
                    String(value.AsText);
                    break;
                case ValueKind.Boolean:
                    Bool(value.AsBoolean);
                    break;
                case ValueKind.Date:
                    Date(value.AsDate);
                    break;
                case ValueKind.Period:
                    var period = value.AsPeriod;
                    SignedInt(period.Years);
                    SignedInt(period.Months);
                    SignedInt(period.Weeks);
                    SignedInt(period.Days);
                    foreach (var part in (ReadOnlySpan<long>)[period.Hours, period.Minutes, period.Seconds, period.Milliseconds, period.Ticks, period.Nanoseconds])
                    {
                        SignedLong(part);
                    }

                    break;
                case ValueKind.TextList:
                    List(value.AsTextList, String);
                    break;
                default:
                    throw new InvalidOperationException($"A value the image cannot hold. Kind={value.Kind}");
            }
        }

        private void Code(CodeDefinition code)
        {
            String(code.Code);
            String(code.Name);
            String(code.English);
            Citation(code.Citation);
            String(code.Group);
        }

        private void Citation(Citation? citation)
        {
            if (citation is null)
            {
                Bool(false);
                return;
            }

            Bool(true);
            String(citation.DocumentId);
            String(citation.Article);
        }

        private void List<T>(ImmutableArray<T> items, Action<T> write)
        {
            var span = items.AsSpan();
            Int(span.Length);
            foreach (var item in span)
            {
                write(item);
            }
        }

        /// <summary>A string as its index in the table plus one; 0 for <c>null</c>.</summary>
        private void String(string? text)
        {
            if (text is null)
            {
                Int(0);
                return;
            }

            if (!_indexes.TryGetValue(text, out var index))
            {
                index = Strings.Count;
                _indexes.Add(text, index);
                Strings.Add(text);
            }

            Int(index + 1);
        }

        /// <summary>A string written in place (the header and the table).</summary>
        public void Text(string text)
        {
            Int(Encoding.UTF8.GetByteCount(text));
            _bytes.Write(Encoding.UTF8.GetBytes(text));
        }

        public void Date(LocalDate date)
        {
            if (date.Calendar != CalendarSystem.Iso)
            {
                throw new InvalidOperationException($"A date outside the ISO calendar cannot be imaged. Date={date}");
            }

            SignedInt(date.Year);
            Byte((byte)date.Month);
            Byte((byte)date.Day);
        }

        private void Date(LocalDate? date)
        {
            Bool(date is not null);
            if (date is { } value)
            {
                Date(value);
            }
        }

        private void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

        private void Byte(byte value) => _bytes.Write([value]);

        private void Fixed(int value)
        {
            BinaryPrimitives.WriteInt32LittleEndian(_bytes.GetSpan(4), value);
            _bytes.Advance(4);
        }

        /// <summary>A non-negative integer, 7 bits per byte, low bits first.</summary>
        public void Int(int value)
        {
            var rest = checked((uint)value);
            while (rest >= 0x80)
            {
                Byte(unchecked((byte)(rest | 0x80)));
                rest >>= 7;
            }

            Byte((byte)rest);
        }

        private void SignedInt(int value) => SignedLong(value);

        /// <summary>A signed integer, zig-zag encoded (small magnitudes take few bytes).</summary>
        private void SignedLong(long value)
        {
            var rest = unchecked((ulong)((value << 1) ^ (value >> 63)));
            while (rest >= 0x80)
            {
                Byte(unchecked((byte)(rest | 0x80)));
                rest >>= 7;
            }

            Byte((byte)rest);
        }
    }

    /// <summary>Reads what <see cref="Writer"/> wrote, checking every tag and bound.</summary>
    private sealed class Reader(byte[] bytes, int position, string[] strings)
    {
        public int Position => position;

        /// <summary>The index key of the header (id, version, first day in force).</summary>
        public RuleSetIndexKey Key() => new(Text(), Text(), Date());

        public RuleSetDefinition Definition() => new()
        {
            Id = RequiredString(),
            Version = RequiredString(),
            Title = RequiredString(),
            TitleEnglish = String(),
            InForceFrom = Date(),
            InForceTo = OptionalDate(),
            InForceCitation = Citation(),
            DecisiveDates = List(() => new DecisiveDate(RequiredString(), RequiredString())),
            Currency = RequiredString(),
            CalendarId = String(),
            Documents = List(() => new DocumentReference(RequiredString(), RequiredString(), String(), String())),
            Policies = List(() => new PolicyDefinition(RequiredString(), RequiredString(), RequiredString(), Citation())),
            Boundaries = List(() => new BoundaryReading(RequiredString(), Bool(), Citation(), String())),
            Tiers = List(Code),
            Responsibilities = List(Code),
            CodeLists = CodeLists(),
            Rules = List(Rule),
            Parents = List(() => new RuleSetParent(RequiredString(), RequiredString())),
            ContentHash = String(),
        };

        private ImmutableSortedDictionary<string, ImmutableArray<CodeDefinition>> CodeLists()
        {
            var lists = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<CodeDefinition>>(StringComparer.Ordinal);
            for (var count = Count(); count > 0; count--)
            {
                lists.Add(RequiredString(), List(Code));
            }

            return lists.ToImmutable();
        }

        private RuleDefinition Rule() => new()
        {
            Id = RequiredString(),
            Title = RequiredString(),
            Citation = Citation() ?? throw Invalid("a rule without its citation"),
            Salience = SignedInt(),
            PolicyId = String(),
            Conditions = List(Element),
            Actions = List(() => new AssertAction(RequiredString(), List(() => new FieldAssignment(RequiredString(), RequiredExpression())))),
            InForceFrom = OptionalDate(),
            InForceTo = OptionalDate(),
            Source = Bool() ? new SourceLocation(RequiredString(), Count(), Count()) : null,
        };

        private RuleElement Element() => (ElementTag)Byte() switch
        {
            ElementTag.Pattern => new PatternElement(RequiredString(), RequiredString(), Expression()),
            ElementTag.Not => new NotElement(RequiredString(), RequiredString(), Expression()),
            ElementTag.Aggregate => new AggregateElement(RequiredString(), RequiredString(), RequiredString(), Expression(), (AggregateFunction)Tag((int)AggregateFunction.Count), String()),
            var tag => throw Invalid($"an unknown rule element {tag}"),
        };

        private ExpressionElement RequiredExpression() => Expression() ?? throw Invalid("a missing expression");

        private ExpressionElement? Expression() => (ExpressionTag)Byte() switch
        {
            ExpressionTag.None => null,
            ExpressionTag.Binding => new BindingExpression(RequiredString()),
            ExpressionTag.Call => new CallExpression((BuiltInFunction)Tag((int)BuiltInFunction.Min), List(RequiredExpression)),
            ExpressionTag.Comparison => new ComparisonExpression((ComparisonOperator)Tag((int)ComparisonOperator.GreaterThanOrEqual), RequiredExpression(), RequiredExpression()),
            ExpressionTag.Constant => new ConstantExpression(Value()),
            ExpressionTag.Field => new FieldExpression(RequiredString(), RequiredString()),
            ExpressionTag.Logical => new LogicalExpression(Bool(), List(RequiredExpression)),
            ExpressionTag.Membership => new MembershipExpression(RequiredExpression(), List(RequiredExpression)),
            ExpressionTag.Negation => new NegationExpression(RequiredExpression()),
            var tag => throw Invalid($"an unknown expression {tag}"),
        };

        private Value Value() => (ValueKind)Tag((int)ValueKind.TextList) switch
        {
            ValueKind.Null => Facts.Value.Null,
            ValueKind.Number => Facts.Value.Of(new decimal([Fixed(), Fixed(), Fixed(), Fixed()])),
            ValueKind.Text => Facts.Value.Of(RequiredString()),
            ValueKind.Boolean => Facts.Value.Of(Bool()),
            ValueKind.Date => Facts.Value.Of(Date()),
            ValueKind.Period => Facts.Value.Of(new PeriodBuilder
            {
                Years = SignedInt(),
                Months = SignedInt(),
                Weeks = SignedInt(),
                Days = SignedInt(),
                Hours = SignedLong(),
                Minutes = SignedLong(),
                Seconds = SignedLong(),
                Milliseconds = SignedLong(),
                Ticks = SignedLong(),
                Nanoseconds = SignedLong(),
            }.Build()),
            ValueKind.TextList => Facts.Value.Of(List(RequiredString)),
            var kind => throw Invalid($"an unknown value kind {kind}"),
        };

        private CodeDefinition Code() => new(RequiredString(), RequiredString(), String(), Citation(), String());

        private Citation? Citation() => Bool() ? new Citation(RequiredString(), RequiredString()) : null;

        private ImmutableArray<T> List<T>(Func<T> read)
        {
            var items = new T[Count()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read();
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(items);
        }

        private string RequiredString() => String() ?? throw Invalid("a missing string");

        private string? String()
        {
            var index = Count();
            return index == 0 ? null : (uint)(index - 1) < (uint)strings.Length ? strings[index - 1] : throw Invalid($"a string index {index} past the table");
        }

        /// <summary>A string written in place (the header and the table).</summary>
        public string Text()
        {
            var length = Count();
            if (length > bytes.Length - position)
            {
                throw Invalid("a string past the end");
            }

            var text = Encoding.UTF8.GetString(bytes, position, length);
            position += length;
            return text;
        }

        public LocalDate Date()
        {
            var year = SignedInt();
            var month = Byte();
            var day = Byte();
            return year is >= -9998 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
                ? new LocalDate(year, month, day)
                : throw Invalid($"an invalid date {year}-{month}-{day}");
        }

        private LocalDate? OptionalDate() => Bool() ? Date() : null;

        /// <summary>A byte that is one of an enum's values, 0 to <paramref name="last"/> (not <c>Enum.IsDefined</c>, whose instantiations are compiled in every run).</summary>
        private int Tag(int last) => Byte() is var value && value <= last ? value : throw Invalid($"an unknown tag {value}");

        private bool Bool() => Byte() switch
        {
            0 => false,
            1 => true,
            var other => throw Invalid($"a flag {other}"),
        };

        private byte Byte() => position < bytes.Length ? bytes[position++] : throw Invalid("the end of the bytes");

        private int Fixed()
        {
            if (bytes.Length - position < 4)
            {
                throw Invalid("the end of the bytes");
            }

            var value = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(position, 4));
            position += 4;
            return value;
        }

        /// <summary>A non-negative integer (counts, indexes, lines).</summary>
        public int Count()
        {
            var value = 0u;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var part = Byte();
                value |= (uint)(part & 0x7F) << shift;
                if (part < 0x80)
                {
                    return value <= int.MaxValue ? (int)value : throw Invalid("a count past the range");
                }
            }

            throw Invalid("a count past the range");
        }

        private int SignedInt() => SignedLong() is var value and >= int.MinValue and <= int.MaxValue ? (int)value : throw Invalid("an integer past the range");

        private long SignedLong()
        {
            var value = 0ul;
            for (var shift = 0; shift < 70; shift += 7)
            {
                var part = Byte();
                value |= (ulong)(part & 0x7F) << shift;
                if (part < 0x80)
                {
                    return (long)(value >> 1) ^ -(long)(value & 1);
                }
            }

            throw Invalid("an integer past the range");
        }

        private InvalidOperationException Invalid(string what) => new($"A ruleset image is not readable: {what} at byte {position}.");
    }
}
