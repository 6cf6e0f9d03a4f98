using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Json;

/// <summary>
/// The texts of a compiled ruleset that its results repeat case after case (rule ids and titles, policy ids, the
/// catalogue's type names, descriptions and field names, code and tier names, the texts its rules
/// assert), encoded once as JSON strings with the contract's encoder, for a writer that takes them
/// (<see cref="RulesetJson.Fits"/>). A text is found by reference, as the instance the ruleset holds
/// (which is the one a result projected from the ruleset carries); any other text is encoded when
/// written. Made once per compiled ruleset, encoded when a result of it is first written as JSON (a run that
/// prints text, such as <c>accountability evaluate</c> of one case, encodes none); immutable and thread-safe.
/// </summary>
internal sealed class RulesetTexts
{
    private readonly Lazy<FrozenDictionary<string, JsonEncodedText>> _encoded;

    public RulesetTexts(RuleSetDefinition definition, FactCatalog catalog) =>
        _encoded = new(() => Encode(definition, catalog), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The encoded text of this very instance of a ruleset's text; false for any other.</summary>
    public bool TryGet(string text, out JsonEncodedText encoded) => _encoded.Value.TryGetValue(text, out encoded);

    private static FrozenDictionary<string, JsonEncodedText> Encode(RuleSetDefinition definition, FactCatalog catalog)
    {
        var encoder = CaseResultJson.WriterOptions.Encoder;
        var encoded = new Dictionary<string, JsonEncodedText>(ReferenceEqualityComparer.Instance);
        foreach (var type in catalog.Types)
        {
            Add(type.Name);
            Add(type.Description);
            foreach (var field in type.Fields)
            {
                Add(field.Name);
            }
        }

        foreach (var rule in definition.Rules)
        {
            Add(rule.Id);
            Add(rule.Title);
            Add(rule.PolicyId);
            foreach (var action in rule.Actions)
            {
                foreach (var assignment in action.Fields)
                {
                    if (assignment.Value is ConstantExpression { Value: var value })
                    {
                        if (value.Kind == ValueKind.Text)
                        {
                            Add(value.AsText);
                        }
                        else if (value.Kind == ValueKind.TextList)
                        {
                            foreach (var text in value.AsTextList)
                            {
                                Add(text);
                            }
                        }
                    }
                }
            }
        }

        foreach (var policy in definition.Policies.IsDefault ? [] : definition.Policies)
        {
            Add(policy.Id);
            Add(policy.Title);
        }

        AddCodes(definition.Tiers);
        AddCodes(definition.Responsibilities);
        foreach (var list in definition.CodeLists ?? ImmutableSortedDictionary<string, ImmutableArray<CodeDefinition>>.Empty)
        {
            AddCodes(list.Value);
        }

        return encoded.ToFrozenDictionary(ReferenceEqualityComparer.Instance);

        void AddCodes(ImmutableArray<CodeDefinition> codes)
        {
            foreach (var code in codes.IsDefault ? [] : codes)
            {
                Add(code.Code);
                Add(code.Name);
                Add(code.English);
            }
        }

        void Add(string? text)
        {
            if (text is not null && !encoded.ContainsKey(text))
            {
                encoded.Add(text, JsonEncodedText.Encode(text, encoder));
            }
        }
    }
}
