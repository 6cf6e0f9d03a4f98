using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>The bindings of a partial match: one fact or value per alias slot. Scratch space, reused.</summary>
internal sealed class MatchContext
{
    public MatchContext(int slots)
    {
        Facts = new Fact?[slots];
        Values = new Value[slots];
    }

    public Fact?[] Facts { get; }

    public Value[] Values { get; }
}
