using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// A document filled in from a case by a ruleset's template (a notice, minutes): its lines as the
/// template numbers and orders them, the blanks the case left unfilled, and the rules behind it.
/// </summary>
/// <param name="Document">The template id, e.g. <c>notice</c> or <c>minutes</c>.</param>
/// <param name="Subject">What it is filled in for, e.g. an interview id.</param>
/// <param name="Title">The document's title as the template names it, e.g. 约谈纪要.</param>
/// <param name="Lines">The filled lines, in the template's order; an unfilled blank reads ××× (a date ××××年××月××日).</param>
/// <param name="Unfilled">The placeholders the case gave no value for, in order of first use.</param>
/// <param name="Source">The template and field rules, their articles and policies.</param>
/// <remarks>Equality is structural: equal members, the arrays item by item.</remarks>
public sealed record FilledDocument(string Document, string Subject, string Title, ImmutableArray<string> Lines, ImmutableArray<string> Unfilled, Provenance Source)
{
    /// <inheritdoc />
    public bool Equals(FilledDocument? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Document == other.Document
            && Subject == other.Subject
            && Title == other.Title
            && StructuralEquality.Equal(Lines, other.Lines)
            && StructuralEquality.Equal(Unfilled, other.Unfilled)
            && Source == other.Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, Subject, Title, StructuralEquality.Hash(Lines), StructuralEquality.Hash(Unfilled), Source);
}
