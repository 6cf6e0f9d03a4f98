using System.Collections.Immutable;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>A rule compiled to elements and actions over slots.</summary>
internal sealed class CompiledRule
{
    public required RuleDefinition Definition { get; init; }

    /// <summary>The declaration order, 0-based; the tie-break after salience.</summary>
    public required int Order { get; init; }

    public int Salience => Definition.Salience;

    public required ImmutableArray<CompiledElement> Elements
    {
        get;
        init
        {
            field = value;
            IsPositive = value.All(e => e.Kind == ElementKind.Pattern);
            HasValues = value.Any(e => e.ValueSlot >= 0);
            // Loops rather than LINQ selecting numbers, whose methods are compiled at run time, at every start.
            var patternSlots = new List<int>(value.Length);
            var patternTypes = new List<int>(value.Length);
            var recomputedTypes = new List<int>();
            foreach (var element in value)
            {
                var types = element.Kind == ElementKind.Pattern ? patternTypes : recomputedTypes;
                if (!types.Contains(element.TypeOrdinal))
                {
                    types.Add(element.TypeOrdinal);
                }

                if (element.Kind == ElementKind.Pattern)
                {
                    patternSlots.Add(element.FactSlot);
                }
            }

            PatternSlots = [.. patternSlots];
            PatternTypes = [.. patternTypes];
            _recomputedTypes = [.. recomputedTypes];
            var patterns = PatternSlots.Length;
            MatchOrder = Comparer<Activation>.Create((x, y) => x.Key.ComparePrefix(y.Key, patterns));
        }
    }

    /// <summary>
    /// The order in which a recomputation of every match finds matches: by the ids of their pattern facts, in
    /// element order, as matches are enumerated depth first over facts in insertion order.
    /// </summary>
    public IComparer<Activation> MatchOrder { get; private init; } = null!; // Set with Elements, which is required.

    /// <summary>The fact types of the negations and aggregates (see <see cref="RecomputesOn"/>).</summary>
    private readonly int[] _recomputedTypes = [];

    public required ImmutableArray<CompiledAction> Actions { get; init; }

    /// <summary>The number of alias slots a match needs.</summary>
    public required int SlotCount { get; init; }

    /// <summary>
    /// Whether every element is a pattern: such a rule's matches only grow when facts are inserted,
    /// so the session matches each new fact alone instead of recomputing every match.
    /// </summary>
    public bool IsPositive { get; private init; }

    /// <summary>
    /// Whether a fact of this type coming changes matches the rule already has: the type of a negation
    /// (a match it now blocks is lost) or of an aggregate (its value changes), so every match is
    /// recomputed. A fact of any other type it reads only adds the matches it takes part in, as for a
    /// positive rule (<see cref="IsPositive"/>).
    /// </summary>
    public bool RecomputesOn(int typeOrdinal) => Array.IndexOf(_recomputedTypes, typeOrdinal) >= 0;

    /// <summary>The slots of the pattern elements, in element order: where an activation's matched facts (patterns first) are bound.</summary>
    public ImmutableArray<int> PatternSlots { get; private init; }

    /// <summary>The fact type ordinals of the pattern elements (distinct): the rule has no match while one of them has no fact.</summary>
    public ImmutableArray<int> PatternTypes { get; private init; }

    /// <summary>Whether an element binds a value (an aggregate), so that a match keeps its values as well as its facts.</summary>
    public bool HasValues { get; private init; }

    /// <summary>The fact type ordinals the conditions read (distinct).</summary>
    public required ImmutableArray<int> ReadTypes { get; init; }
}
