using System.Collections.Immutable;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>
/// <see cref="CanonicalSort"/> gives the facts in canonical order and keeps equal facts in their order: the
/// same instances in the same places as a stable sort (LINQ's), for lists of every size up to a few
/// hundred, in random order, in a few runs in order (as a session gives them), in reverse, and with
/// many equal facts; one instance sorts list after list.
/// </summary>
public sealed class CanonicalSortTest
{
    private static readonly FactSchema Line = new(
        "line",
        FactOrigin.Derived,
        "A line.",
        [
            new FieldSchema("document", ValueKind.Text, 0, Optional: false, "Its document."),
            new FieldSchema("number", ValueKind.Number, 1, Optional: true, "Its number."),
        ],
        ordinal: 0);

    public static TheoryData<string> Shapes => ["random", "runs", "reverse", "equal", "sorted"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Order_ListsOfEverySize_AsAStableSort(string shape)
    {
        var random = new Random(shape.Length * 7919);
        var sort = new CanonicalSort();
        foreach (var size in Enumerable.Range(0, 70).Concat([100, 257, 400]))
        {
            var facts = Make(shape, size, random);
            var expected = facts.OrderBy(f => f, FactValueOrder.Instance).ToArray();

            sort.Order(facts);

            Assert.Equal(expected.Length, facts.Length);
            for (var i = 0; i < facts.Length; i++)
            {
                Assert.Same(expected[i], facts[i]);
            }
        }
    }

    private static Fact[] Make(string shape, int size, Random random)
    {
        Fact Fact(string document, decimal? number) => Facts.Fact.Create(Line, [Value.Of(document), Value.Of(number)]);
        return shape switch
        {
            "random" => [.. Enumerable.Range(0, size).Select(_ => Fact(((char)('a' + random.Next(4))).ToString(), random.Next(3) == 0 ? null : random.Next(10)))],
            // Documents one after the other, each in line order, the documents themselves not in order.
            "runs" => [.. Enumerable.Range(0, size).Select(i => Fact(((char)('z' - (i / 9))).ToString(), i % 9))],
            "reverse" => [.. Enumerable.Range(0, size).Select(i => Fact("a", size - i))],
            "equal" => [.. Enumerable.Range(0, size).Select(_ => Fact("a", random.Next(2)))],
            _ => [.. Enumerable.Range(0, size).Select(i => Fact("a", i))],
        };
    }
}
