namespace Accountability.Rules.Engine;

/// <summary>A slot an expression reads: a bound fact, or an aggregate's value.</summary>
/// <param name="Slot">The slot.</param>
/// <param name="IsValue">True for an aggregate's value, false for a fact.</param>
internal readonly record struct SlotRead(int Slot, bool IsValue);
