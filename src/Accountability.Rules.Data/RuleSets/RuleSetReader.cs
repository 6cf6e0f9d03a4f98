using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads a ruleset file into a <see cref="RuleSetDefinition"/>: first the declarations other
/// sections refer to (documents, policies, conventions, tiers, responsibilities, codes), then the
/// tables and rules in the order the file gives them, which is the rules' declaration order.
/// Reports every error; parts with errors are left out.
/// </summary>
internal static class RuleSetReader
{
    /// <summary>The top-level keys.</summary>
    public static ImmutableArray<string> TopLevelKeys { get; } =
        ["ruleset", "documents", "policies", "conventions", "tiers", "responsibilities", "codes", "lossTiers", "sanctionMatrix", "promotionRestrictions", "factorEffects", "rules"];

    private static readonly ImmutableArray<string> Required = ["ruleset", "documents", "conventions"];

    /// <summary>
    /// Reads the file. Returns the definition, built from the parts without errors (with
    /// placeholders for missing identity fields) so that the rules can still be checked, or
    /// <c>null</c> when the document cannot be read at all.
    /// </summary>
    public static RuleSetDefinition? Read(string text, string file, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, LoadErrors errors)
    {
        if (YamlReader.Read(text, file, errors) is not { } root || YamlValues.Mapping(root, "ruleset file", errors) is not { } mapping)
        {
            return null;
        }

        var top = new MappingReader(mapping, string.Empty, TopLevelKeys, errors);
        foreach (var key in Required)
        {
            top.Required(key);
        }

        var context = new RuleSetContext(file, catalog, calendars, errors);
        ReadDeclarations(top, context, out var header);
        foreach (var entry in mapping.Entries)
        {
            ReadSection(entry, context);
        }

        return new RuleSetDefinition
        {
            Id = header?.Id ?? "(unknown)",
            Version = header?.Version ?? string.Empty,
            Title = header?.Title ?? string.Empty,
            TitleEnglish = header?.TitleEnglish,
            InForceFrom = header?.InForceFrom ?? default,
            InForceTo = header?.InForceTo,
            InForceCitation = header?.Citation,
            Currency = context.Currency ?? string.Empty,
            CalendarId = context.CalendarId,
            Documents = [.. context.Documents],
            Policies = [.. context.Policies],
            Boundaries = [.. context.Boundaries.Values.OrderBy(b => BoundaryWords.All.IndexOf(b.Word))],
            Tiers = context.Tiers,
            Responsibilities = context.Responsibilities,
            CodeLists = context.CodeLists.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Rules = [.. context.Rules],
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }

    private static void ReadDeclarations(MappingReader top, RuleSetContext context, out RuleSetHeader? header)
    {
        if (top.Optional("documents") is { } documents)
        {
            DocumentsReader.Read(documents, context);
        }

        if (top.Optional("policies") is { } policies)
        {
            PoliciesReader.Read(policies, context);
        }

        header = top.Optional("ruleset") is { } ruleset ? HeaderReader.Read(ruleset, context) : null;
        if (top.Optional("conventions") is { } conventions)
        {
            ConventionsReader.Read(conventions, context);
        }

        if (top.Optional("tiers") is { } tiers)
        {
            context.Tiers = CodeListReader.ReadScale(tiers, "tiers", context);
        }

        if (top.Optional("responsibilities") is { } responsibilities)
        {
            context.Responsibilities = CodeListReader.ReadScale(responsibilities, "responsibilities", context);
        }

        if (top.Optional("codes") is { } codes)
        {
            CodeListReader.ReadCodes(codes, context);
        }
    }

    private static void ReadSection(YamlEntry entry, RuleSetContext context)
    {
        switch (entry.Key.Value)
        {
            case "lossTiers":
                LossTierTable.Read(entry.Value, context);
                break;
            case "sanctionMatrix":
                SanctionMatrixTable.Read(entry.Value, context);
                break;
            case "promotionRestrictions":
                PromotionRestrictionTable.Read(entry.Value, context);
                break;
            case "factorEffects":
                FactorEffectTable.Read(entry.Value, context);
                break;
            case "rules":
                GeneralRuleReader.Read(entry.Value, context);
                break;
        }
    }
}
