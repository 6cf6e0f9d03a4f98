using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>
/// Which facts can let a rule match, made once per ruleset. A pattern whose condition allows only some texts in a
/// text field (its key, <see cref="CompiledElement.Key"/>) is a <em>gate</em>, opened by a fact held that holds one
/// of those texts: a <em>primer</em>, a text of a keyed field of a type. A rule is <em>primed</em> while every gate
/// of it is open, and a rule not primed has no match. <see cref="PrimedRules"/> counts, per case, the facts held of
/// each primer, the primers held of each gate and the gates closed of each rule; the agenda makes a rule not looked
/// at yet due only while it is primed (see <see cref="Agenda.FactAdded"/>), so a case's facts do not make every rule
/// reading their types look at them only to find that a code or kind they name is not the one the rule reads.
/// Patterns without a key are left to the first look (<see cref="Matcher.FirstLook"/>).
/// </summary>
internal sealed class Priming
{
    public Priming(ImmutableArray<CompiledRule> rules, ImmutableArray<int> priorityPosition, int typeCount)
    {
        var keyed = new Dictionary<(int Type, int Field), Dictionary<string, int>>();
        var gatesOfPrimer = new List<List<int>>();
        var gatePosition = new List<int>();
        var gates = new int[rules.Length];
        var withoutGates = PositionSet.Words(rules.Length);
        int NewPrimer()
        {
            gatesOfPrimer.Add([]);
            return gatesOfPrimer.Count - 1;
        }

        foreach (var rule in rules)
        {
            var position = priorityPosition[rule.Order];
            foreach (var element in rule.Elements)
            {
                if (element.Kind != ElementKind.Pattern)
                {
                    continue;
                }

                if (element.Key is not { } key)
                {
                    // A pattern without a key is left to the first look (Matcher.FirstLook): counting every fact of
                    // its type for it would cost more than trying its candidates there.
                    continue;
                }

                var gate = gatePosition.Count;
                gatePosition.Add(position);
                gates[position]++;
                if (!keyed.TryGetValue((element.TypeOrdinal, key.FieldIndex), out var primers))
                {
                    keyed[(element.TypeOrdinal, key.FieldIndex)] = primers = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                foreach (var text in key.Texts)
                {
                    if (!primers.TryGetValue(text, out var primer))
                    {
                        primers[text] = primer = NewPrimer();
                    }

                    gatesOfPrimer[primer].Add(gate);
                }
            }

            if (gates[position] == 0)
            {
                PositionSet.Add(withoutGates, position);
            }
        }

        var keyedOfType = keyed.ToLookup(entry => entry.Key.Type);
        var byType = new KeyedField[typeCount][];
        for (var type = 0; type < typeCount; type++)
        {
            byType[type] = [.. keyedOfType[type]
                .OrderBy(entry => entry.Key.Field)
                .Select(entry => new KeyedField(entry.Key.Field, entry.Value.ToFrozenDictionary(StringComparer.Ordinal)))];
        }

        ByType = byType;
        GatesOfPrimer = [.. gatesOfPrimer.Select(list => list.ToArray())];
        GatePosition = [.. gatePosition];
        GatesOfPosition = gates;
        WithoutGates = withoutGates;
    }

    /// <summary>By fact type ordinal, the keyed fields of the type, each with the primers of the texts patterns allow.</summary>
    public KeyedField[][] ByType { get; }

    /// <summary>By primer, the gates it opens.</summary>
    public int[][] GatesOfPrimer { get; }

    /// <summary>By gate, the priority position of its rule.</summary>
    public int[] GatePosition { get; }

    /// <summary>By priority position, the number of gates (keyed patterns) of the rule: all closed when a case starts.</summary>
    public int[] GatesOfPosition { get; }

    /// <summary>The priority positions of the rules without a keyed pattern, primed whatever the facts (in <see cref="PositionSet"/>'s layout).</summary>
    public ulong[] WithoutGates { get; }

    /// <summary>A text field some pattern of a type is keyed on, with the primer of each text a pattern allows.</summary>
    internal readonly record struct KeyedField(int FieldIndex, FrozenDictionary<string, int> Primers);
}
