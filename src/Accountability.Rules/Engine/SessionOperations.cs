using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>The operations of <see cref="ISession"/> made of the others, the same for every engine.</summary>
internal static class SessionOperations
{
    /// <summary>Inserts each fact in order.</summary>
    public static void InsertAll(ISession session, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            session.Insert(fact);
        }
    }

    /// <summary>Retracts <paramref name="current"/> and inserts <paramref name="replacement"/>, of the same type.</summary>
    public static void Update(ISession session, Fact current, Fact replacement)
    {
        SessionArguments.CheckReplacement(current, replacement);
        session.Retract(current);
        session.Insert(replacement);
    }
}
