namespace Accountability.Rules.Facts;

/// <summary>Where facts of a type come from.</summary>
public enum FactOrigin
{
    /// <summary>Stated by the case: the enterprise, losses, persons, conduct, factors, decisions.</summary>
    Input,

    /// <summary>Concluded by rules: tiers, responsibilities, sanctions, restrictions, authority.</summary>
    Derived,
}
