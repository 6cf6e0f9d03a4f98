using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads lists of code definitions: the ordinal scales <c>tiers</c> and <c>responsibilities</c>,
/// and the code lists under <c>codes:</c>.
/// </summary>
internal static class CodeListReader
{
    /// <summary>
    /// The code lists a ruleset may declare: every code list a field of the catalogue takes its
    /// codes from (<see cref="Facts.FieldInput.CodeLists"/>), in catalogue order. Each is optional; a
    /// case that uses a list the ruleset does not declare is rejected when it is validated.
    /// </summary>
    public static ImmutableArray<string> AllowedLists(Facts.FactCatalog catalog) =>
        [.. catalog.Types.SelectMany(t => t.Fields).SelectMany(f => f.Input.CodeLists).Where(l => l != Facts.FieldInput.Responsibilities).Distinct(StringComparer.Ordinal)];

    /// <summary>The keys of an entry of an ordinal scale (tiers, responsibilities).</summary>
    public static readonly ImmutableArray<string> EntryKeys = ["code", "name", "english", "cites"];
    /// <summary>The keys of an entry of a code list.</summary>
    public static readonly ImmutableArray<string> CodeKeys = [.. EntryKeys, "catalogueOnly"];
    /// <summary>The keys of an entry of codes.violations.</summary>
    public static readonly ImmutableArray<string> ViolationKeys = [.. CodeKeys, "area"];

    /// <summary>Reads an ordinal scale: a non-empty list of codes with slug shape.</summary>
    public static ImmutableArray<CodeDefinition> ReadScale(YamlNode node, string path, RuleSetContext context) =>
        ReadList(node, path, EntryKeys, IdShapes.Slug, IdShapes.SlugHint, nonEmpty: true, context);

    /// <summary>Reads the <c>codes:</c> mapping into the context.</summary>
    public static void ReadCodes(YamlNode node, RuleSetContext context)
    {
        if (YamlValues.Mapping(node, "codes", context.Errors) is not { } mapping)
        {
            return;
        }

        var names = AllowedLists(context.Catalog);
        var reader = new MappingReader(mapping, "codes", names, context.Errors);

        // A case's conduct codes may come from either list, so the two share one set of codes.
        var conductCodes = new IdRegistry("code in codes.violations or codes.conduct", context.Errors);
        var inherited = new SourceLocation(context.Parent?.File ?? context.File, 1, 1);
        foreach (var code in context.CodesOf("violations").Concat(context.CodesOf("conduct")))
        {
            conductCodes.Register(code, inherited);
        }

        foreach (var name in names)
        {
            if (reader.Optional(name) is { } list)
            {
                var keys = name == "violations" ? ViolationKeys : CodeKeys;
                var registry = name is "violations" or "conduct" ? conductCodes : new IdRegistry("code in " + reader.PathOf(name), context.Errors);
                var existing = context.CodeLists.TryGetValue(name, out var codes) ? codes : [];
                if (registry != conductCodes)
                {
                    foreach (var code in existing)
                    {
                        registry.Register(code.Code, inherited);
                    }
                }

                context.CodeLists[name] = existing.AddRange(ReadList(list, reader.PathOf(name), keys, IdShapes.Code, IdShapes.CodeHint, nonEmpty: false, context, registry));
            }
        }
    }

    private static ImmutableArray<CodeDefinition> ReadList(YamlNode node, string path, ImmutableArray<string> keys, Regex shape, string shapeHint, bool nonEmpty, RuleSetContext context, IdRegistry? registry = null)
    {
        var codes = registry ?? new IdRegistry("code in " + path, context.Errors);
        var definitions = ImmutableArray.CreateBuilder<CodeDefinition>();
        foreach (var entry in MappingReader.Each(node, path, keys, context.Errors, nonEmpty))
        {
            if (ReadEntry(entry, shape, shapeHint, context, codes) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return definitions.ToImmutable();
    }

    /// <summary>
    /// Reads a whole code list that replaces an inherited one (an overlay's <c>replace: codes/&lt;list&gt;</c>);
    /// its codes must be distinct. Empty with errors reported when an entry has errors.
    /// </summary>
    public static ImmutableArray<CodeDefinition>? ReadReplacement(YamlNode node, string list, string path, RuleSetContext context)
    {
        var mark = context.Errors.Reported;
        var keys = list == "violations" ? ViolationKeys : CodeKeys;
        var codes = ReadList(node, path, keys, IdShapes.Code, IdShapes.CodeHint, nonEmpty: true, context);
        return context.Errors.Reported == mark ? codes : null;
    }

    private static CodeDefinition? ReadEntry(MappingReader entry, Regex shape, string shapeHint, RuleSetContext context, IdRegistry codes)
    {
        var errors = context.Errors;
        var codeScalar = entry.RequiredScalar("code");
        var name = entry.RequiredText("name");
        var english = entry.OptionalText("english");
        var citation = CitationReader.Required(entry, context);
        var area = entry.OptionalText("area");
        var catalogueOnly = entry.Optional("catalogueOnly") is { } only && YamlValues.Boolean(only, entry.PathOf("catalogueOnly"), errors) == true;
        if (codeScalar is null
            || !IdShapes.Check(codeScalar.Value, shape, "code", codeScalar.Start, shapeHint, errors)
            || !codes.Register(codeScalar.Value, codeScalar.Start)
            || name is null)
        {
            return null;
        }

        var definition = new CodeDefinition(codeScalar.Value, name, english, citation, area);
        context.CodeSites[definition] = codeScalar.Start;
        if (catalogueOnly)
        {
            context.CatalogueOnly.Add(definition);
        }

        return definition;
    }
}
