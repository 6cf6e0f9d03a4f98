using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Facts;
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
    /// <summary>The fields given, or read from <see cref="_fact"/> when first asked for (default until then).</summary>
    private ImmutableArray<ConclusionField> _fields = Fields;

    /// <summary>
    /// A conclusion of a derived fact, whose fields are read from it when first asked for: a result is
    /// mostly written out (<see cref="Json.CaseResultJsonWriter"/> reads the fact itself), and the fields
    /// would be an object each.
    /// </summary>
    internal Conclusion(Fact fact, Provenance source)
        : this(fact.Schema.Name, fact.Schema.Description, default, source) => _fact = fact;

    /// <summary>The fields with a value, in the type's field order; absent fields are left out.</summary>
    public ImmutableArray<ConclusionField> Fields
    {
        get
        {
            // Two threads may read the fields at once: equal arrays, either kept.
            if (_fields.IsDefault && _fact is not null)
            {
                _fields = FieldsOf(_fact);
            }

            return _fields;
        }

        init
        {
            _fields = value;
            _fact = null;
        }
    }

    /// <summary>The derived fact the fields are read from; null when they were given.</summary>
    internal Fact? Fact => _fact;

    /// <summary>The derived fact of <see cref="Conclusion(Fact, Provenance)"/>; null when the fields were given.</summary>
    private readonly Fact? _fact;

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

    /// <summary>The fields of a fact with a value, in the type's field order.</summary>
    private static ImmutableArray<ConclusionField> FieldsOf(Fact fact)
    {
        var present = 0;
        foreach (var value in fact.Values)
        {
            if (!value.IsNull)
            {
                present++;
            }
        }

        var fields = new ConclusionField[present];
        var next = 0;
        foreach (var field in fact.Schema.Fields)
        {
            if (!fact[field.Index].IsNull)
            {
                fields[next++] = new ConclusionField(field.Name, fact[field.Index]);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(fields);
    }
}
