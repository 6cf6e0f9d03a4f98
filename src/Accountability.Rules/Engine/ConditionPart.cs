using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>
/// One conjunct of an element's condition (the whole condition when it is not an <c>and</c>),
/// compiled on its own with the slots it reads. The compiled engine tests whole conditions; an
/// engine built as a network (NRules) tests each part at the node where every slot it reads is
/// bound, so that a part reading only its own fact is a filter on that fact type alone.
/// </summary>
/// <param name="Evaluate">The part, compiled by the one expression compiler both engines share.</param>
/// <param name="Reads">The slots it reads, ascending.</param>
internal sealed record ConditionPart(Evaluator Evaluate, ImmutableArray<SlotRead> Reads);
