using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// A derived fact of a type the result does not otherwise show (an interview's eligibility, a
/// deadline, a reference for 从重/从轻 …): its type, its fields and the rules, articles and
/// policies it rests on. Lets every ruleset's conclusions reach the output without a projection
/// of its own.
/// </summary>
/// <param name="Type">The fact type, e.g. <c>workPlanDeadline</c>.</param>
/// <param name="Description">What a fact of the type states, from the fact catalogue.</param>
/// <param name="Fields">The fields with a value, in the type's field order; absent fields are left out.</param>
/// <param name="Source">The rules that derived it, their articles and policies.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record Conclusion(string Type, string Description, ImmutableArray<ConclusionField> Fields, Provenance Source)
{
    /// <summary>The value of a field, or <see cref="Facts.Value.Null"/> when the field is absent.</summary>
    public Facts.Value this[string field] => Fields.FirstOrDefault(f => f.Name == field)?.Value ?? Facts.Value.Null;

    /// <inheritdoc />
    public bool Equals(Conclusion? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Type == other.Type
            && Description == other.Description
            && StructuralEquality.Equal(Fields, other.Fields)
            && Source == other.Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, Description, StructuralEquality.Hash(Fields), Source);
}
