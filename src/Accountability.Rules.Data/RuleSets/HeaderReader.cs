using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>ruleset:</c> section.</summary>
internal static class HeaderReader
{
    private static readonly ImmutableArray<string> Keys = ["id", "version", "title", "titleEnglish", "inForce", "cites"];

    /// <summary>Reads the section; <c>null</c> when a required part is missing or wrong (reported).</summary>
    public static RuleSetHeader? Read(YamlNode node, RuleSetContext context)
    {
        var errors = context.Errors;
        if (YamlValues.Mapping(node, "ruleset", errors) is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, "ruleset", Keys, errors);
        var idScalar = reader.RequiredScalar("id");
        var id = idScalar is not null && IdShapes.Check(idScalar.Value, IdShapes.Slug, "ruleset id", idScalar.Start, IdShapes.SlugHint, errors) ? idScalar.Value : null;
        var version = reader.RequiredText("version");
        var title = reader.RequiredText("title");
        var titleEnglish = reader.OptionalText("titleEnglish");
        var citation = CitationReader.Optional(reader, context);
        var inForce = reader.Required("inForce") is { } inForceNode ? InForceReader.Read(inForceNode, "ruleset.inForce", fromRequired: true, errors) : null;
        var (from, to) = inForce ?? (null, null);
        var inForceOk = inForce is not null;
        return id is null || version is null || title is null || !inForceOk || from is not { } first
            ? null
            : new RuleSetHeader(id, version, title, titleEnglish, first, to, citation);
    }
}
