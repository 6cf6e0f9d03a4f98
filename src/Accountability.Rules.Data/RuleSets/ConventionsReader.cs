using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>conventions:</c> section: the currency and how boundary words read.</summary>
internal static class ConventionsReader
{
    /// <summary>The keys of conventions.</summary>
    public static readonly ImmutableArray<string> Keys = ["currency", "boundaries", "calendar"];
    /// <summary>The keys of conventions.boundaries.</summary>
    public static readonly ImmutableArray<string> BoundaryKeys = [.. BoundaryWords.All, "cites", "policy"];
    /// <summary>How a boundary word may read.</summary>
    public static readonly ImmutableArray<string> Readings = ["inclusive", "exclusive"];

    /// <summary>Reads the section into the context.</summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        var errors = context.Errors;
        if (YamlValues.Mapping(node, "conventions", errors) is not { } mapping)
        {
            return;
        }

        var reader = new MappingReader(mapping, "conventions", Keys, errors);
        context.Currency = context.Parent is null ? reader.RequiredText("currency") : reader.OptionalText("currency") ?? context.Currency;
        if (reader.Optional("calendar") is { } calendarNode && YamlValues.Scalar(calendarNode, "conventions.calendar", errors) is { } calendar
            && References.Check(calendar, [.. context.Calendars.Keys.Order(StringComparer.Ordinal)], "calendar", "calendars available (rulesets/calendars/*.yaml)", errors))
        {
            context.CalendarId = calendar.Value;
        }

        if (reader.Optional("boundaries") is { } boundariesNode
            && YamlValues.Mapping(boundariesNode, "conventions.boundaries", errors) is { } boundaries)
        {
            ReadBoundaries(new MappingReader(boundaries, "conventions.boundaries", BoundaryKeys, errors), context);
        }
    }

    private static void ReadBoundaries(MappingReader reader, RuleSetContext context)
    {
        var citation = CitationReader.Optional(reader, context);
        var policy = PoliciesReader.ReadReference(reader, context);
        foreach (var entry in reader.Mapping.Entries)
        {
            var word = entry.KeyText;
            if (!BoundaryWords.All.Contains(word, StringComparer.Ordinal)
                || YamlValues.Scalar(entry.Value, reader.PathOf(word), context.Errors) is not { } reading)
            {
                continue;
            }

            if (!Readings.Contains(reading.Value, StringComparer.Ordinal))
            {
                context.Errors.Add(reading.Start, LoadDiagnostics.NotABoundaryReading, reading.Value);
                continue;
            }

            context.Boundaries[word] = new BoundaryReading(word, reading.Value == "inclusive", citation, policy);
        }
    }
}
