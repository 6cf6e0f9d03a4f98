using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>
/// A part of an element's condition, compiled on its own with the slots it reads: the conjuncts
/// that read only the element's own fact, or the conjuncts that also read other bindings. The
/// compiled engine tests whole conditions; an engine built as a network (NRules) tests the first
/// part as a filter on the fact type alone and the second where the other bindings are joined.
/// </summary>
/// <param name="Evaluate">The part, compiled by the one expression compiler both engines share.</param>
/// <param name="Holds">The part as a test: whether it evaluates to true.</param>
/// <param name="Reads">The slots it reads, ascending.</param>
/// <param name="CandidateSlot">
/// The slot of the element's own alias, which the part reads from the candidate it is given, not from the slot (see
/// <see cref="Evaluator"/>).
/// </param>
internal sealed record ConditionPart(Evaluator Evaluate, Condition Holds, ImmutableArray<SlotRead> Reads, int CandidateSlot);
