using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.NRules.Facts;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Evaluates a compiled condition part inside NRules: binds the declarations NRules passes to the
/// slots the part reads and calls the part's evaluator, with the fact of the element's own alias as its
/// candidate (<see cref="ConditionPart.CandidateSlot"/>), so that the value semantics (comparison,
/// absent values, text lists, arithmetic, dates, working days) are the compiled engine's own code.
/// The scratch bindings are per thread: conditions are evaluated one at a time on a session's thread.
/// </summary>
internal static class ConditionBridge
{
    [ThreadStatic]
    private static MatchContext? _scratch;

    public static bool Holds(ConditionPart part, object first)
    {
        var context = Scratch(part);
        Bind(context, part.Reads[0], first);
        return IsTrue(part.Evaluate(context, Candidate(context, part)));
    }

    public static bool Holds(ConditionPart part, object first, object second)
    {
        var context = Scratch(part);
        Bind(context, part.Reads[0], first);
        Bind(context, part.Reads[1], second);
        return IsTrue(part.Evaluate(context, Candidate(context, part)));
    }

    public static bool Holds(ConditionPart part, object first, object second, object third)
    {
        var context = Scratch(part);
        Bind(context, part.Reads[0], first);
        Bind(context, part.Reads[1], second);
        Bind(context, part.Reads[2], third);
        return IsTrue(part.Evaluate(context, Candidate(context, part)));
    }

    public static bool Holds(ConditionPart part, object[] arguments)
    {
        var context = Scratch(part);
        for (var i = 0; i < arguments.Length; i++)
        {
            Bind(context, part.Reads[i], arguments[i]);
        }

        return IsTrue(part.Evaluate(context, Candidate(context, part)));
    }

    /// <summary>A part that reads no alias (a constant condition).</summary>
    public static bool Holds(ConditionPart part) => IsTrue(part.Evaluate(Scratch(part), null));

    /// <summary>The first condition of a pattern over a fact type that has no class of its own.</summary>
    public static bool IsOfType(object fact, FactSchema schema) => ReferenceEquals(((RuleSetFact)fact).Fact.Schema, schema);

    private static MatchContext Scratch(ConditionPart part)
    {
        var needed = part.Reads.IsEmpty ? 1 : part.Reads[^1].Slot + 1;
        if (_scratch is null || _scratch.Facts.Length < needed)
        {
            _scratch = new MatchContext(Math.Max(needed, 16));
        }

        return _scratch;
    }

    /// <summary>The fact bound to the part's own alias, which the part reads as its candidate; null when the part does not read it.</summary>
    private static Fact? Candidate(MatchContext context, ConditionPart part) =>
        part.CandidateSlot < context.Facts.Length ? context.Facts[part.CandidateSlot] : null;

    private static void Bind(MatchContext context, SlotRead read, object argument)
    {
        if (read.IsValue)
        {
            context.Values[read.Slot] = ((AggregateValue)argument).Value;
        }
        else
        {
            context.Facts[read.Slot] = ((RuleSetFact)argument).Fact;
        }
    }

    private static bool IsTrue(Value value) => value.Kind == ValueKind.Boolean && value.AsBoolean;
}
