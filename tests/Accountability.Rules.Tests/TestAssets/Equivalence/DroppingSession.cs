using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>A session that answers <see cref="Query"/> for one fact type with nothing; everything else is the inner session's.</summary>
internal sealed class DroppingSession(ISession inner, string droppedType) : ISession
{
    public void Insert(Fact fact) => inner.Insert(fact);

    public void InsertAll(IEnumerable<Fact> facts) => inner.InsertAll(facts);

    public void Retract(Fact fact) => inner.Retract(fact);

    public void Update(Fact current, Fact replacement) => inner.Update(current, replacement);

    public int Fire() => inner.Fire();

    public ImmutableArray<Fact> Query(string factType) => factType == droppedType ? [] : inner.Query(factType);

    public ImmutableArray<Derivation> Derivations(Fact fact) => inner.Derivations(fact);

    public Explanation Explain() => inner.Explain();
}
