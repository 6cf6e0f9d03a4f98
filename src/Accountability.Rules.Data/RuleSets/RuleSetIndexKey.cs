using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using NodaTime;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// What the catalogue of the bundled rulesets indexes a file by (the full header is <see cref="HeaderReader"/>'s): the <c>ruleset:</c> header's id,
/// version and first day in force, read from the YAML parser's events up to the end of that header
/// and no further, so that indexing a file does not read its rules. The full load reads the same
/// keys from the whole tree (<see cref="RuleSetPreview"/>) and must agree.
/// </summary>
/// <param name="Id">The ruleset id.</param>
/// <param name="Version">The version.</param>
/// <param name="InForceFrom">The first day in force.</param>
internal sealed record RuleSetIndexKey(string Id, string Version, LocalDate InForceFrom)
{
    /// <summary>
    /// The header of a ruleset file's text; <c>null</c> when the text has no top-level
    /// <c>ruleset:</c> mapping with a scalar <c>id</c>, <c>version</c> and an ISO
    /// <c>inForce.from</c>, or is not YAML the parser reads.
    /// </summary>
    public static RuleSetIndexKey? Scan(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            parser.Consume<DocumentStart>();
            parser.Consume<MappingStart>();
            while (parser.TryConsume<Scalar>(out var key))
            {
                if (key.Value == "ruleset")
                {
                    return parser.Accept<MappingStart>(out _) ? ReadHeader(parser) : null;
                }

                parser.SkipThisAndNestedEvents();
            }

            return null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    private static RuleSetIndexKey? ReadHeader(IParser parser)
    {
        parser.Consume<MappingStart>();
        string? id = null, version = null;
        LocalDate? from = null;
        while (parser.TryConsume<Scalar>(out var key))
        {
            switch (key.Value)
            {
                case "id" when parser.TryConsume<Scalar>(out var value):
                    id = value.Value;
                    break;
                case "version" when parser.TryConsume<Scalar>(out var value):
                    version = value.Value;
                    break;
                case "inForce" when parser.Accept<MappingStart>(out _):
                    from = ReadFrom(parser);
                    break;
                default:
                    parser.SkipThisAndNestedEvents();
                    break;
            }
        }

        return id is not null && version is not null && from is { } first ? new RuleSetIndexKey(id, version, first) : null;
    }

    private static LocalDate? ReadFrom(IParser parser)
    {
        parser.Consume<MappingStart>();
        LocalDate? from = null;
        while (parser.TryConsume<Scalar>(out var key))
        {
            if (key.Value == "from" && parser.TryConsume<Scalar>(out var value))
            {
                from = IsoDate.Parse(value.Value);
            }
            else
            {
                parser.SkipThisAndNestedEvents();
            }
        }

        parser.Consume<MappingEnd>();
        return from;
    }
}
