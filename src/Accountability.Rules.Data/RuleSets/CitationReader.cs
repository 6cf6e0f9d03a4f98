using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads <c>cites</c>: the short form <c>"Art. 19(2)"</c> (the ruleset's first document) or
/// <c>{ document, article }</c> with a declared document.
/// </summary>
internal static class CitationReader
{
    /// <summary>The keys of a citation written as a mapping.</summary>
    public static readonly ImmutableArray<string> Keys = ["document", "article"];

    /// <summary>Reads a citation; <c>null</c> (reported) when it is malformed or names an unknown document.</summary>
    public static Citation? Read(YamlNode node, string path, RuleSetContext context)
    {
        var errors = context.Errors;
        if (node is YamlMapping mapping)
        {
            var reader = new MappingReader(mapping, path, Keys, errors);
            var document = reader.Required("document") is { } d ? YamlValues.Scalar(d, reader.PathOf("document"), errors) : null;
            var article = reader.Required("article") is { } a ? YamlValues.Text(a, reader.PathOf("article"), errors) : null;
            if (document is null || article is null
                || !References.Check(document, context.DocumentIds.Ids, "document", "documents declared", errors))
            {
                return null;
            }

            return context.Cited(new Citation(document.Value, article), node.Start);
        }

        if (YamlValues.Text(node, path, errors) is not { } shortForm)
        {
            return null;
        }

        if (context.PrimaryDocument is not { } primary)
        {
            errors.Add(node.Start, LoadDiagnostics.NoDocument);
            return null;
        }

        return context.Cited(new Citation(primary, shortForm), node.Start);
    }

    /// <summary>Reads the required <c>cites</c> key of a mapping.</summary>
    public static Citation? Required(MappingReader owner, RuleSetContext context) =>
        owner.Required("cites") is { } node ? Read(node, owner.PathOf("cites"), context) : null;

    /// <summary>Reads the optional <c>cites</c> key of a mapping.</summary>
    public static Citation? Optional(MappingReader owner, RuleSetContext context) =>
        owner.Optional("cites") is { } node ? Read(node, owner.PathOf("cites"), context) : null;
}
