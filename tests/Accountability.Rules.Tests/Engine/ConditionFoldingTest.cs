using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// The compiler folds comparisons with a constant or between two fields, and membership tests whose
/// items are all constants, into one delegate each: every folded shape must give what comparing the
/// values with <see cref="Value.Equals(Value)"/> gives, for absent values and texts alike.
/// </summary>
public sealed class ConditionFoldingTest
{
    private static readonly FactSchema Schema = new("folding", FactOrigin.Input, "Fields of every kind the folded tests read.", [
        new FieldSchema("t", ValueKind.Text, 0, true, "A text."),
        new FieldSchema("u", ValueKind.Text, 1, true, "Another text."),
        new FieldSchema("n", ValueKind.Number, 2, true, "A number."),
        new FieldSchema("l", ValueKind.TextList, 3, true, "A list of texts."),
    ], 0);

    private static readonly Value[] Texts = [Value.Null, Value.Of("x"), Value.Of("y"), Value.Of(new string(['x']))];

    private static readonly Value[] Numbers = [Value.Null, Value.Of(1m), Value.Of(1.0m), Value.Of(2m)];

    private static readonly Value[] Lists = [Value.Null, Value.Of(ImmutableArray<string>.Empty), Value.Of(["y", "x"]), Value.Of(["z"])];

    public static TheoryData<string> Operators => ["==", "!="];

    [Theory]
    [MemberData(nameof(Operators))]
    public void TextComparedWithAConstant_OnEitherSide_IsValueEquality(string op)
    {
        foreach (var constant in Texts)
        {
            foreach (var value in Texts)
            {
                var expected = value.Equals(constant) == (op == "==");
                Assert.Equal(expected, Holds(Compare(op, F("t"), C(constant)), value, Value.Null));
                Assert.Equal(expected, Holds(Compare(op, C(constant), F("t")), value, Value.Null));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void NumberComparedWithAConstant_IsValueEquality(string op)
    {
        foreach (var constant in Numbers)
        {
            foreach (var value in Numbers)
            {
                Assert.Equal(value.Equals(constant) == (op == "=="), Holds(Compare(op, F("n"), C(constant)), n: value));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public void TwoFieldsCompared_IsValueEquality(string op)
    {
        foreach (var left in Texts)
        {
            foreach (var right in Texts)
            {
                Assert.Equal(left.Equals(right) == (op == "=="), Holds(Compare(op, F("t"), F("u")), left, right));
            }
        }
    }

    [Theory]
    [InlineData(ComparisonOperator.LessThan)]
    [InlineData(ComparisonOperator.LessThanOrEqual)]
    [InlineData(ComparisonOperator.GreaterThan)]
    [InlineData(ComparisonOperator.GreaterThanOrEqual)]
    public void NumberOrderedWithAConstant_OnEitherSide_IsTheOrderOfValues_AndNeverHoldsForAnAbsentValue(ComparisonOperator op)
    {
        foreach (var constant in Numbers)
        {
            foreach (var value in Numbers)
            {
                bool Order(Value left, Value right) => !left.IsNull && !right.IsNull && op switch
                {
                    ComparisonOperator.LessThan => left.CompareTo(right) < 0,
                    ComparisonOperator.LessThanOrEqual => left.CompareTo(right) <= 0,
                    ComparisonOperator.GreaterThan => left.CompareTo(right) > 0,
                    _ => left.CompareTo(right) >= 0,
                };

                Assert.Equal(Order(value, constant), Holds(new ComparisonExpression(op, F("n"), C(constant)), n: value));
                Assert.Equal(Order(constant, value), Holds(new ComparisonExpression(op, C(constant), F("n")), n: value));
            }
        }
    }

    [Fact]
    public void TextInConstants_MatchesAnItemByValueEquality_AndAbsentOnlyAnAbsentItem()
    {
        Value[][] itemSets = [[Value.Of("x")], [Value.Of("y"), Value.Null], [Value.Null], []];
        foreach (var items in itemSets)
        {
            foreach (var value in Texts)
            {
                Assert.Equal(Array.Exists(items, value.Equals), Holds(In(F("t"), items), value, Value.Null));
            }
        }
    }

    [Fact]
    public void NumberInConstants_MatchesAnItemByValueEquality()
    {
        foreach (var value in Numbers)
        {
            Value[] items = [Value.Of(1m), Value.Null];
            Assert.Equal(Array.Exists(items, value.Equals), Holds(In(F("n"), items), n: value));
        }
    }

    [Fact]
    public void TextListInConstants_HoldsWhenTheListHoldsAnItem_AndNeverForAnAbsentList()
    {
        Value[] items = [Value.Of("x"), Value.Null];
        Assert.Equal([false, false, true, false], Lists.Select(list => Holds(In(F("l"), items), l: list)));
    }

    [Fact]
    public void AndOr_OfTwoTests_AreTheLogicalOperators()
    {
        foreach (var t in Texts)
        {
            foreach (var u in Texts)
            {
                var (first, second) = (t.Equals(Value.Of("x")), u.IsNull);
                var operands = ImmutableArray.Create<ExpressionElement>(Compare("==", F("t"), C(Value.Of("x"))), Compare("==", F("u"), C(Value.Null)));
                Assert.Equal(first && second, Holds(new LogicalExpression(true, operands), t, u));
                Assert.Equal(first || second, Holds(new LogicalExpression(false, operands), t, u));
            }
        }
    }

    [Fact]
    public void TextConstant_IsTheInternedStringOfItsText()
    {
        // A text made at run time, as a ruleset's constant is when its YAML is read: the compiled constant is
        // the runtime's interned string, which a case's equal text read from JSON is too (and, under the JIT, a literal).
        var text = string.Concat("folding-constant-", "5f1c2d");
        Assert.Null(string.IsInterned(text));
        var scope = new Dictionary<string, AliasBinding> { ["a"] = AliasBinding.ForFact(0, Schema) };
        var compiled = new ExpressionCompiler(scope, (kind, _) => Assert.Fail(kind.Id), calendar: null).Compile(C(Value.Of(text)));
        Assert.Same(string.IsInterned(text), compiled.Constant!.Value.AsText);
    }

    private static FieldExpression F(string field) => new FieldExpression("a", field);

    private static ConstantExpression C(Value value) => new ConstantExpression(value);

    private static ComparisonExpression Compare(string op, ExpressionElement left, ExpressionElement right) =>
        new ComparisonExpression(op == "==" ? ComparisonOperator.Equal : ComparisonOperator.NotEqual, left, right);

    private static MembershipExpression In(ExpressionElement operand, Value[] items) => new MembershipExpression(operand, [.. items.Select(C)]);

    /// <summary>
    /// Whether the test holds for a fact with these fields, as a condition and as a boolean value, with the fact bound to
    /// its alias's slot and, compiled as an element's own condition, tried as the candidate: all four must agree.
    /// </summary>
    private static bool Holds(ExpressionElement test, Value t = default, Value u = default, Value n = default, Value l = default)
    {
        var scope = new Dictionary<string, AliasBinding> { ["a"] = AliasBinding.ForFact(0, Schema) };
        var fact = Fact.Create(Schema, [t, u, n, l]);
        var bound = new ExpressionCompiler(scope, (kind, _) => Assert.Fail(kind.Id), calendar: null, inCondition: true).Compile(test);
        var context = new MatchContext(1);
        context.Facts[0] = fact;
        var holds = bound.Holds()(context, null);
        Assert.Equal(Value.Of(holds), bound.Evaluate(context, null));

        var tried = new ExpressionCompiler(scope, (kind, _) => Assert.Fail(kind.Id), calendar: null, inCondition: true, candidateSlot: 0).Compile(test);
        var empty = new MatchContext(1);
        Assert.Equal(holds, tried.Holds()(empty, fact));
        Assert.Equal(Value.Of(holds), tried.Evaluate(empty, fact));
        return holds;
    }
}
