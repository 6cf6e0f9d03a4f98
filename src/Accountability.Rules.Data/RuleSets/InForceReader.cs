using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads a period in force, <c>{ from, to }</c>: ISO dates, <c>to</c> inclusive and optional.</summary>
internal static class InForceReader
{
    /// <summary>The keys of a period in force.</summary>
    public static readonly ImmutableArray<string> Keys = ["from", "to"];

    /// <summary>
    /// Reads the period; <c>null</c> (reported) when it is malformed or ends before it starts.
    /// <paramref name="fromRequired"/> reports a missing <c>from</c>.
    /// </summary>
    public static (LocalDate? From, LocalDate? To)? Read(YamlNode node, string path, bool fromRequired, LoadErrors errors)
    {
        if (YamlValues.Mapping(node, path, errors) is not { } mapping)
        {
            return null;
        }

        var mark = errors.Reported;
        var period = new MappingReader(mapping, path, Keys, errors);
        var fromNode = fromRequired ? period.Required("from") : period.Optional("from");
        var from = fromNode is null ? null : YamlValues.Date(fromNode, path + ".from", errors);
        var toNode = period.Optional("to");
        var to = toNode is null ? null : YamlValues.Date(toNode, path + ".to", errors);
        if (from is { } start && to is { } end && end < start)
        {
            errors.Add(toNode!.Start, LoadDiagnostics.InForceEndsBeforeStart, IsoDate.Format(end), IsoDate.Format(start));
        }

        return errors.Reported == mark ? (from, to) : null;
    }
}
