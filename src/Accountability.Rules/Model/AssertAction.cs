using System.Collections.Immutable;

namespace Accountability.Rules.Model;

/// <summary>Asserts one derived fact whose fields are computed from the rule's bindings.</summary>
/// <param name="FactType">The derived fact type.</param>
/// <param name="Fields">The value of each field; fields not named are absent.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record AssertAction(string FactType, ImmutableArray<FieldAssignment> Fields)
{
    /// <inheritdoc />
    public bool Equals(AssertAction? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && FactType == other.FactType
            && StructuralEquality.Equal(Fields, other.Fields));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(FactType, StructuralEquality.Hash(Fields));
}
