using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Evaluation;
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
/// prints text, such as <c>accountability evaluate</c> of one case, encodes none). Also keeps the JSON of
/// the <c>ruleset</c> object of its results (<see cref="Header"/>). Thread-safe.
/// </summary>
internal sealed class RulesetTexts
{
    private readonly Lazy<Encoded> _encoded;

    /// <summary>A result of the ruleset with nothing evaluated: the ruleset part every result of it has, as the projection makes it.</summary>
    private readonly CaseResult _header;

    /// <summary>The JSON of the <c>ruleset</c> object of <see cref="_header"/>, once written (<see cref="Header"/>).</summary>
    private byte[]? _headerJson;

    public RulesetTexts(RuleSetDefinition definition, FactCatalog catalog)
    {
        _encoded = new(() => Encode(definition, catalog), LazyThreadSafetyMode.ExecutionAndPublication);
        _header = ResultProjector.Header(definition, definition.InForceFrom);
    }

    /// <summary>The encoded text of this very instance of a ruleset's text; false for any other.</summary>
    public bool TryGet(string text, out JsonEncodedText encoded) => _encoded.Value.Texts.TryGetValue(text, out encoded);

    /// <summary>
    /// The encoded name, description and field names of this very instance of a fact type of the
    /// ruleset's catalogue, by which a conclusion of the type is written without looking each text up;
    /// null for any other type.
    /// </summary>
    public FactTypeJson? FactType(FactSchema type)
    {
        var types = _encoded.Value.Types;
        return (uint)type.Ordinal < (uint)types.Length && ReferenceEquals(types[type.Ordinal].Schema, type) ? types[type.Ordinal] : null;
    }

    /// <summary>
    /// The JSON of the <c>ruleset</c> object of a result whose ruleset part is the ruleset's own, as the
    /// projection makes it (the same instances of its texts and parents, the same period), as
    /// <paramref name="encode"/> gives it on the first call; null for a result with another ruleset part.
    /// </summary>
    public byte[]? Header(CaseResult result, Func<CaseResult, byte[]> encode)
    {
        var header = _header;
        if (!ReferenceEquals(result.RuleSetId, header.RuleSetId)
            || !ReferenceEquals(result.RuleSetVersion, header.RuleSetVersion)
            || !ReferenceEquals(result.RuleSetTitle, header.RuleSetTitle)
            || result.Parents != header.Parents
            || !ReferenceEquals(result.ContentHash, header.ContentHash)
            || result.InForceFrom != header.InForceFrom
            || result.InForceTo != header.InForceTo
            || !ReferenceEquals(result.PrimaryDocumentId, header.PrimaryDocumentId))
        {
            return null;
        }

        if (Volatile.Read(ref _headerJson) is not { } json)
        {
            // Two threads may encode it at once: equal bytes, either kept.
            json = encode(header);
            Volatile.Write(ref _headerJson, json);
        }

        return json;
    }

    private static Encoded Encode(RuleSetDefinition definition, FactCatalog catalog)
    {
        var encoder = CaseResultJson.WriterOptions.Encoder;
        var encoded = new Dictionary<object, JsonEncodedText>(ReferenceEqualityComparer.Instance);
        // The ruleset's part of the header every result starts with.
        Add(definition.Id);
        Add(definition.Version);
        Add(definition.Title);
        Add(definition.ContentHash);
        Add(definition.Currency);
        foreach (var parent in definition.Parents.IsDefault ? [] : definition.Parents)
        {
            Add(parent.Id);
            Add(parent.Version);
        }

        foreach (var document in definition.Documents.IsDefault ? [] : definition.Documents)
        {
            Add(document.Id);
        }

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

        var types = new FactTypeJson[catalog.Types.Length];
        foreach (var type in catalog.Types)
        {
            var fields = new JsonEncodedText[type.Fields.Length];
            foreach (var field in type.Fields)
            {
                fields[field.Index] = encoded[field.Name];
            }

            types[type.Ordinal] = new FactTypeJson(type, encoded[type.Name], encoded[type.Description], fields);
        }

        return new Encoded(new ReferenceTable<JsonEncodedText>(encoded), types);

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

    /// <summary>The texts encoded once: by reference, and those of each fact type of the catalogue by the type's ordinal.</summary>
    private sealed record Encoded(ReferenceTable<JsonEncodedText> Texts, FactTypeJson[] Types);
}

/// <summary>
/// A fact type of a ruleset's catalogue as a result's conclusions write it (<see cref="RulesetTexts.FactType"/>):
/// its name, its description and the names of its fields by their index, encoded.
/// </summary>
internal sealed record FactTypeJson(FactSchema Schema, JsonEncodedText Type, JsonEncodedText Description, JsonEncodedText[] Fields);

/// <summary>
/// The compact JSON of the three parts of a <see cref="Provenance"/> as a result writes them: the
/// <c>rules</c>, <c>citations</c> and <c>policies</c> arrays, kept with the provenance (<see cref="Provenance.Encoded"/>).
/// </summary>
internal sealed record SourceJson(byte[] Rules, byte[] Citations, byte[] Policies);
