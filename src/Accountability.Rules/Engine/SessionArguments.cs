using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>The argument checks of <see cref="ISession"/>, the same for every engine.</summary>
internal static class SessionArguments
{
    /// <summary>Throws unless <paramref name="fact"/> is of a type of the ruleset's catalogue.</summary>
    public static void CheckCatalogued(FactCatalog catalog, Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        // A type of the catalogue is the one at its ordinal (no lookup by name).
        var types = catalog.Types;
        var ordinal = fact.Schema.Ordinal;
        if ((uint)ordinal >= (uint)types.Length || !ReferenceEquals(types[ordinal], fact.Schema))
        {
            throw new ArgumentException($"Fact type is not in the ruleset's catalogue. FactType={fact.Schema.Name}", nameof(fact));
        }
    }

    public static ArgumentException AlreadyInserted(Fact fact) => new($"Fact is already inserted. Fact={fact}", nameof(fact));

    public static ArgumentException NotHeld(Fact fact) => new($"Fact is not held by the session. Fact={fact}", nameof(fact));

    public static ArgumentException Derived(Fact fact) => new($"A derived fact is withdrawn by the rules, not retracted. Fact={fact}", nameof(fact));

    /// <summary>Throws unless the replacement is of the same type as the fact it replaces.</summary>
    public static void CheckReplacement(Fact current, Fact replacement)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(replacement);
        if (!ReferenceEquals(current.Schema, replacement.Schema))
        {
            throw new ArgumentException($"A fact can only be replaced by one of the same type. Current={current.Schema.Name} Replacement={replacement.Schema.Name}", nameof(replacement));
        }
    }
}
