namespace Accountability.Rules.Engine;

/// <summary>Where a field expression reads: the slot of its alias's fact and the field's index in it.</summary>
/// <param name="Slot">The slot of the bound fact, or <see cref="Candidate"/>.</param>
/// <param name="Index">The field's index in the fact.</param>
internal readonly record struct FieldRead(int Slot, int Index)
{
    /// <summary>The slot of a read of the fact an element's condition is trying (the <c>candidate</c> of an <see cref="Evaluator"/>).</summary>
    public const int Candidate = -2;
}
