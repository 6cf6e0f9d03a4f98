using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>documents:</c> section: the legal texts citations refer to.</summary>
internal static class DocumentsReader
{
    /// <summary>The keys of a document.</summary>
    public static readonly ImmutableArray<string> Keys = ["id", "title", "number", "source"];

    /// <summary>Reads the documents into the context; every id is registered, even of entries with errors.</summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        var errors = context.Errors;
        foreach (var entry in MappingReader.Each(node, "documents", Keys, errors, nonEmpty: true))
        {
            var idScalar = entry.RequiredScalar("id");
            var title = entry.RequiredText("title");
            var number = entry.OptionalText("number");
            var source = entry.OptionalText("source");
            if (idScalar is null
                || !IdShapes.Check(idScalar.Value, IdShapes.Slug, "document id", idScalar.Start, IdShapes.SlugHint, errors)
                || !context.DocumentIds.Register(idScalar.Value, idScalar.Start))
            {
                continue;
            }

            context.Documents.Add(new DocumentReference(idScalar.Value, title ?? string.Empty, string.IsNullOrEmpty(number) ? null : number, source));
        }
    }
}
