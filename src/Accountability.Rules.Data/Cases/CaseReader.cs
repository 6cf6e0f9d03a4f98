using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Reads a case file (YAML, or JSON as YAML flow style) into a <see cref="CaseFile"/>, reporting
/// every error: unknown keys, wrong types, bad dates, duplicate ids, references to persons the
/// case does not have, negative amounts, percentages outside 0–100, missing fields. The file's
/// <c>ruleset</c> and <c>decidedOn</c> make the <c>case</c> fact; every other top-level key is the
/// section of a fact type of the catalogue, read by <see cref="CaseSectionReader"/>.
/// </summary>
internal static class CaseReader
{
    /// <summary>The keys of the header, which make the <c>case</c> fact: the ruleset's id, then the decision date.</summary>
    internal static readonly ImmutableArray<string> HeaderKeys = ["ruleset", "decidedOn"];

    /// <summary>The <c>case</c> fact type the header makes, with its two fields: found once, not by name for every case.</summary>
    private static readonly FactSchema CaseType = FactCatalog.Standard["case"];
    private static readonly FieldSchema DecidedOnField = CaseType["decidedOn"];
    private static readonly FieldSchema RulesetField = CaseType["ruleset"];

    /// <summary>Every top-level key a case file may have: the header, then the sections of the catalogue in its order.</summary>
    public static ImmutableArray<string> TopKeys(FactCatalog catalog) => CaseLayout.Of(catalog).TopKeys;

    /// <summary>
    /// Reads the file. Returns the case with the facts that have no errors, so that it can still be
    /// checked against its ruleset, or <c>null</c> when the document, its ruleset id or its
    /// decision date cannot be read (all reported).
    /// </summary>
    public static CaseFile? Read(string text, string file, LoadErrors errors) => Read(text, file, FactCatalog.Standard, errors);

    /// <summary>
    /// Reads the file with the sections of <paramref name="catalog"/>. The document's tree is read
    /// here and dropped here, so its nodes come from the thread's <see cref="YamlNodePool"/> and go
    /// back to it: what the reader gives out (the case, its facts and sources, the diagnostics)
    /// holds positions and texts, never a node, and the load's <see cref="CaseContext"/> forgets
    /// its nodes when returned.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="file">The name errors give for it.</param>
    /// <param name="catalog">The sections a case has.</param>
    /// <param name="errors">Where to report.</param>
    /// <param name="utf8">The document encoded in UTF-8, when the caller has it; empty when not.</param>
    public static CaseFile? Read(string text, string file, FactCatalog catalog, LoadErrors errors, ReadOnlyMemory<byte> utf8 = default)
    {
        var nodes = YamlNodePool.Rent();
        try
        {
            return YamlReader.Read(text, file, errors, nodes, utf8) is { } root ? Read(root, file, catalog, errors) : null;
        }
        finally
        {
            nodes.Return();
        }
    }

    /// <summary>
    /// Reads a case from a node already parsed, such as a case written inline in a test suite.
    /// <paramref name="defaultRuleSet"/>, when given, is the ruleset of a case that leaves out <c>ruleset:</c>.
    /// </summary>
    public static CaseFile? Read(YamlNode root, string file, FactCatalog catalog, LoadErrors errors, YamlScalar? defaultRuleSet = null)
    {
        if (YamlValues.Mapping(root, "case file", errors) is not { } mapping)
        {
            return null;
        }

        var context = CaseContext.Rent(errors, CaseLayout.Of(catalog));
        try
        {
            return Read(mapping, file, context, defaultRuleSet);
        }
        finally
        {
            context.Return();
        }
    }

    private static CaseFile? Read(YamlMapping mapping, string file, CaseContext context, YamlScalar? defaultRuleSet)
    {
        // The top-level values by the index of the layout's top keys: the header's, then each section's.
        var layout = context.Layout;
        var errors = context.Errors;
        var top = context.TopValues;
        MappingReader.Read(mapping, string.Empty, layout.Top, top, errors);
        var ruleset = top[0] is { } rulesetNode ? YamlValues.Scalar(rulesetNode, HeaderKeys[0], errors) : defaultRuleSet ?? Missing(HeaderKeys[0]);
        var decidedOnNode = top[1] ?? Missing(HeaderKeys[1]);
        var decidedOn = decidedOnNode is null ? null : YamlValues.Date(decidedOnNode, "decidedOn", errors);
        if (ruleset is not null && decidedOn is { } date)
        {
            context.Facts.Add(context.Builder.Start(CaseType, mapping.Position)
                .Set(DecidedOnField, Value.Of(date), decidedOnNode!.Position)
                .Set(RulesetField, Value.Of(ruleset.Value), ruleset.Position)
                .Build());
        }

        for (var i = 0; i < layout.Sections.Length; i++)
        {
            CaseSectionReader.Read(top[HeaderKeys.Length + i], layout.Sections[i], mapping.Position, context);
        }

        context.CheckReferences();
        if (ruleset is null || decidedOn is null)
        {
            return null;
        }

        var facts = new Fact[context.Facts.Count];
        var sources = new FactSource[facts.Length];
        var positions = context.Builder.Positions();
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = context.Facts[i].Fact;
            sources[i] = context.Facts[i].Source(positions);
        }

        return new CaseFile
        {
            RulesetId = ruleset.Value,
            DecidedOn = decidedOn.Value,
            Facts = ImmutableCollectionsMarshal.AsImmutableArray(facts),
            FileName = file,
            Sources = ImmutableCollectionsMarshal.AsImmutableArray(sources),
            RulesetPosition = ruleset.Position,
        };

        YamlScalar? Missing(string key)
        {
            MappingReader.ReportMissing(mapping, key, string.Empty, errors);
            return null;
        }
    }
}
