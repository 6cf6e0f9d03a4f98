using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// An element whose condition equates a field of its fact with a field of a fact bound before it is matched, once its
/// type holds many facts, against the facts holding the bound value only (<see cref="CompiledElement.Join"/>,
/// <see cref="WorkingMemory.Holding"/>): the matches, negations and their withdrawals must be those of trying every
/// fact, on both engines, as facts come and go after the index is made.
/// </summary>
public sealed class JoinTest
{
    private static readonly FactSchema PersonType = Schema("person");
    private static readonly FactSchema ConductType = Schema("conduct");

    /// <summary>Each person with a conduct gets a note naming it; each person without one a still-handled fact.</summary>
    private static CompiledRuleSet Compile() => RuleCompiler.Compile(RuleSet(
        Rule("with-conduct", 1, [Pattern("p", "person"), Pattern("c", "conduct", Eq(F("p", "id"), F("c", "person")))], Then("note", ("text", F("c", "person")))),
        Rule("without-conduct", 0, [Pattern("p", "person"), Not("c", "conduct", Eq(F("c", "person"), F("p", "id")))], Then("stillHandled", ("person", F("p", "id")), ("status", C("none"))))));

    [Fact]
    public void Compile_EqualityWithAFieldBoundBefore_IsTheElementsJoin()
    {
        var rules = Compile().Rules;
        var conductPerson = ConductType["person"].Index;
        var personId = PersonType["id"].Index;
        foreach (var rule in rules)
        {
            Assert.Null(rule.Elements[0].Join);
            var join = rule.Elements[1].Join!;
            Assert.Equal(conductPerson, join.FieldIndex);
            Assert.Equal(new FieldRead(rule.Elements[0].FactSlot, personId), join.Bound);
        }

        // A comparison other than equality, a constant, or a field of the element's own fact: no join.
        var none = RuleCompiler.Compile(RuleSet(Rule(
            "none",
            0,
            [Pattern("p", "person"), Pattern("c", "conduct", And(Gt(F("c", "person"), F("p", "id")), Eq(F("c", "code"), C("x")), Eq(F("c", "person"), F("c", "code"))))],
            Then("note", ("text", F("c", "person"))))));
        Assert.Null(none.Rules[0].Elements[1].Join);
    }

    [Fact]
    public void Fire_ManyFactsJoined_MatchAsTryingEveryFactWouldAsTheyComeAndGo()
    {
        var persons = Enumerable.Range(0, WorkingMemory.ScannedCandidates * 3).Select(i => $"P{i}").ToArray();
        var session = TestEngine.Of(Compile()).CreateSession();
        foreach (var id in persons)
        {
            session.Insert(Person(id));
        }

        // Conduct for every even person, its id a copy (equal, not the same string).
        var conduct = persons.Where((_, i) => i % 2 == 0).ToDictionary(id => id, id => Conduct(new string(id.AsSpan())));
        foreach (var fact in conduct.Values)
        {
            session.Insert(fact);
        }

        AssertMatches(session, persons, conduct.Keys);

        // After the index is made: a conduct goes, two come (one for a person who had one already).
        session.Retract(conduct["P2"]);
        conduct.Remove("P2");
        session.Insert(Conduct("P1"));
        session.Insert(Conduct("P4"));
        AssertMatches(session, persons, [.. conduct.Keys, "P1"]);

        // P4's two conducts are two matches deriving one note.
        var p4 = session.Query("note").Single(n => n["text"].AsText == "P4");
        Assert.Equal(2, session.Derivations(p4).Length);
    }

    private static void AssertMatches(ISession session, string[] persons, IEnumerable<string> withConduct)
    {
        session.Fire();
        var with = withConduct.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(
            with.Order(StringComparer.Ordinal),
            session.Query("note").Select(n => n["text"].AsText).Order(StringComparer.Ordinal));
        Assert.Equal(
            persons.Where(id => !with.Contains(id)).Order(StringComparer.Ordinal),
            session.Query("stillHandled").Select(f => f["person"].AsText).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Holding_IndexesTheFactsOfAType_InInsertionOrder_AsTheyComeAndGo()
    {
        var memory = new WorkingMemory(FactCatalog.Standard.Types.Length);
        var field = ConductType["person"].Index;
        var entries = new List<FactEntry>();
        for (var i = 0; i < 5; i++)
        {
            entries.Add(memory.AddInput(Conduct(i % 2 == 0 ? "A" : "B"))!);
        }

        Assert.Equal([entries[0], entries[2], entries[4]], Held("A"));
        Assert.Empty(Held("C"));

        // Kept up to date once made: a fact coming, a fact going.
        var c = memory.AddInput(Conduct("C"))!;
        var a = memory.AddInput(Conduct("A"))!;
        memory.Remove(entries[0]);
        Assert.Equal([entries[2], entries[4], a], Held("A"));
        Assert.Equal([c], Held("C"));
        Assert.Equal([entries[1], entries[3]], Held("B"));

        // A new case starts without the index, and makes it again from its own facts.
        memory.Clear();
        var next = memory.AddInput(Conduct("A"))!;
        Assert.Equal([next], Held("A"));

        FactEntry[] Held(string person) => [.. memory.Holding(ConductType.Ordinal, field, Value.Of(person)).AsSpan().ToArray()];
    }
}
