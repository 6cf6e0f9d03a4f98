using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>ruleset:</c> section.</summary>
internal static class HeaderReader
{
    private static readonly ImmutableArray<string> Keys = ["id", "version", "title", "titleEnglish", "inForce", "cites"];
    private static readonly ImmutableArray<string> InForceKeys = ["from", "to"];

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
        LocalDate? from = null;
        LocalDate? to = null;
        var inForceOk = false;
        if (reader.Required("inForce") is { } inForceNode && YamlValues.Mapping(inForceNode, "ruleset.inForce", errors) is { } inForce)
        {
            var period = new MappingReader(inForce, "ruleset.inForce", InForceKeys, errors);
            from = period.Required("from") is { } f ? YamlValues.Date(f, "ruleset.inForce.from", errors) : null;
            var toNode = period.Optional("to");
            to = toNode is null ? null : YamlValues.Date(toNode, "ruleset.inForce.to", errors);
            inForceOk = from is not null && (toNode is null || to is not null);
            if (from is { } start && to is { } end && end < start && toNode is not null)
            {
                errors.Add(toNode.Start, LoadMessages.Format(LoadMessages.InForceEndsBeforeStart, LocalDatePattern.Iso.Format(end), LocalDatePattern.Iso.Format(start)), LoadMessages.InForceEndsBeforeStartHint);
                inForceOk = false;
            }
        }

        return id is null || version is null || title is null || !inForceOk || from is not { } first
            ? null
            : new RuleSetHeader(id, version, title, titleEnglish, first, to, citation);
    }
}
