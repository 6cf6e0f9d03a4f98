using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>ruleset:</c> section.</summary>
internal static class HeaderReader
{
    /// <summary>The keys of a decisive date written as a mapping.</summary>
    public static readonly ImmutableArray<string> DecisiveDateKeys = ["fact", "field"];

    /// <summary>The keys of the ruleset section.</summary>
    public static readonly ImmutableArray<string> Keys = ["id", "version", "title", "titleEnglish", "inForce", "cites", "decisiveDate"];

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
        var decisiveNode = reader.Optional("decisiveDate");
        var mark = errors.Reported;
        var decisiveDates = decisiveNode is null ? [] : ReadDecisiveDates(decisiveNode, context);
        return id is null || version is null || title is null || !inForceOk || from is not { } first || errors.Reported != mark
            ? null
            : new RuleSetHeader(id, version, title, titleEnglish, first, to, citation, decisiveDates, decisiveNode is not null);
    }

    /// <summary>
    /// <c>decisiveDate: decidedOn</c> (the case's decision date, the default),
    /// <c>decisiveDate: { fact: interview, field: heldOn }</c> (each fact's own date or year), or a
    /// list of such mappings, one per fact type (a ruleset whose duties concern several kinds of year).
    /// </summary>
    private static ImmutableArray<DecisiveDate> ReadDecisiveDates(YamlNode node, RuleSetContext context)
    {
        const string Path = "ruleset.decisiveDate";
        if (node is YamlScalar scalar)
        {
            References.Check(scalar, [CaseDecisionDate], "decisive date", $"'{CaseDecisionDate}', {{ fact, field }} or a list of them", context.Errors);
            return [];
        }

        var items = node is YamlSequence sequence ? sequence.Items : [node];
        var dates = ImmutableArray.CreateBuilder<DecisiveDate>();
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (ReadDecisiveDate(item, Path, context) is not { } date)
            {
                continue;
            }

            if (first.TryGetValue(date.FactType, out var at))
            {
                context.Errors.Add(item.Start, LoadDiagnostics.DuplicateId, "decisive-date fact type", date.FactType, at.Line, at.Column);
                continue;
            }

            first.Add(date.FactType, item.Start);
            dates.Add(date);
        }

        return dates.ToImmutable();
    }

    private static DecisiveDate? ReadDecisiveDate(YamlNode node, string path, RuleSetContext context)
    {
        var errors = context.Errors;
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }

        var reader = new MappingReader(mapping, path, DecisiveDateKeys, errors);
        var fact = reader.RequiredScalar("fact");
        var field = reader.RequiredScalar("field");
        if (fact is null || field is null || !References.Check(fact, [.. context.Catalog.Types.Select(t => t.Name)], "fact type", "fact types", errors))
        {
            return null;
        }

        var schema = context.Catalog[fact.Value];
        string[] dates = [.. schema.Fields.Where(f => f.Kind is ValueKind.Date or ValueKind.Number).Select(f => f.Name)];
        return References.Check(field, dates, "decisive date field", $"date and year fields of {schema.Name}", errors)
            ? new DecisiveDate(schema.Name, field.Value)
            : null;
    }

    /// <summary>The word for the case's decision date.</summary>
    public const string CaseDecisionDate = "decidedOn";
}
