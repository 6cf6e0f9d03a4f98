namespace Accountability.Rules.Engine;

/// <summary>Where a field expression reads: the slot of its alias's fact and the field's index in it.</summary>
/// <param name="Slot">The slot of the bound fact.</param>
/// <param name="Index">The field's index in the fact.</param>
internal readonly record struct FieldRead(int Slot, int Index);
