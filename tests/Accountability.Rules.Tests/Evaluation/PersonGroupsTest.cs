using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Evaluation;

/// <summary>
/// The lists of facts about persons grouped by person: each person is given exactly the facts naming its id, in the
/// list's order, whether the ids are the same strings or equal ones, few persons or many, an id given twice or none.
/// </summary>
public sealed class PersonGroupsTest
{
    private static readonly FactSchema PersonType = Schema("person");
    private static readonly FactSchema ConductType = Schema("conduct");

    /// <summary>A copy of a text: equal, not the same string.</summary>
    private static string Copy(string text) => new(text.AsSpan());

    private static FactList List(params Fact[] facts) => new(facts);

    private static string[] Codes(FactList facts) => [.. facts.AsSpan().ToArray().Select(f => f["code"].AsText)];

    [Fact]
    public void Of_EachPerson_GetsTheFactsNamingItInTheListsOrder()
    {
        var groups = new PersonGroups();
        groups.Start(List(Person("P1"), Person("P2"), Person("P3")), PersonType["id"].Index);
        var conduct = groups.Group(
            List(Conduct("P2", "a"), Conduct(Copy("P1"), "b"), Conduct("X", "c"), Conduct("P2", "d"), Conduct("P1", "e")),
            ConductType["person"].Index);
        var none = groups.Group(List(), ConductType["person"].Index);
        var again = groups.Group(List(Conduct("P3", "f")), ConductType["person"].Index);

        Assert.Equal(["b", "e"], Codes(groups.Of(conduct, 0)));
        Assert.Equal(["a", "d"], Codes(groups.Of(conduct, 1)));
        Assert.Empty(Codes(groups.Of(conduct, 2)));
        Assert.Empty(Codes(groups.Of(none, 0)));
        Assert.Equal(["f"], Codes(groups.Of(again, 2)));
        Assert.Empty(Codes(groups.Of(again, 0)));
    }

    [Fact]
    public void Of_PersonsOfTheSameId_EachGetTheFactsNamingIt()
    {
        var groups = new PersonGroups();
        groups.Start(List(Person("P1"), Person("P2"), Person(Copy("P1"))), PersonType["id"].Index);
        var conduct = groups.Group(List(Conduct("P1", "a"), Conduct("P2", "b")), ConductType["person"].Index);

        Assert.Equal(["a"], Codes(groups.Of(conduct, 0)));
        Assert.Equal(["b"], Codes(groups.Of(conduct, 1)));
        Assert.Equal(["a"], Codes(groups.Of(conduct, 2)));
    }

    [Fact]
    public void Of_ManyPersons_AreLookedUpByIdAlike()
    {
        var count = PersonGroups.ScannedPersons * 3;
        var persons = Enumerable.Range(0, count).Select(i => Person($"P{i}")).Append(Person("P5")).ToArray();
        var facts = Enumerable.Range(0, count).Reverse().SelectMany(i => new[] { Conduct(Copy($"P{i}"), $"x{i}"), Conduct($"P{i}", $"y{i}") }).ToArray();
        var groups = new PersonGroups();
        groups.Start(List(persons), PersonType["id"].Index);
        var conduct = groups.Group(List([.. facts, Conduct("nobody", "z")]), ConductType["person"].Index);

        for (var i = 0; i < count; i++)
        {
            Assert.Equal([$"x{i}", $"y{i}"], Codes(groups.Of(conduct, i)));
        }

        Assert.Equal(["x5", "y5"], Codes(groups.Of(conduct, count)));
    }

    [Fact]
    public void Finish_ThenAnotherCase_StartsAfresh()
    {
        var groups = new PersonGroups();
        groups.Start(List(Person("P1"), Person("P2")), PersonType["id"].Index);
        groups.Group(List(Conduct("P1", "a"), Conduct("P2", "b")), ConductType["person"].Index);
        groups.Finish();

        groups.Start(List(Person("P2")), PersonType["id"].Index);
        var conduct = groups.Group(List(Conduct("P1", "c"), Conduct("P2", "d")), ConductType["person"].Index);
        Assert.Equal(["d"], Codes(groups.Of(conduct, 0)));
    }
}
