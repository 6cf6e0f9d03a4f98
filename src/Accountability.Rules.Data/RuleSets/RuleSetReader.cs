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
        ["ruleset", "extends", "documents", "policies", "conventions", "tiers", "responsibilities", "codes", "lossTiers", "sanctionMatrix", "promotionRestrictions", "factorEffects", "rules", "changes", "acknowledged"];

    /// <summary>The top-level keys a ruleset that extends none must have.</summary>
    public static readonly ImmutableArray<string> Required = ["ruleset", "documents", "conventions"];

    /// <summary>
    /// Reads the file. Returns the definition, built from the parts without errors (with
    /// placeholders for missing identity fields) so that the rules can still be checked, or
    /// <c>null</c> when the document cannot be read at all. The tree is the one parsed once for
    /// the file; its parse errors are reported here.
    /// </summary>
    public static LoadedRuleSet? Read(ParsedRuleSetFile parsed, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, ParentResolver? resolver, LoadErrors errors)
    {
        errors.AddRange(parsed.ParseErrors);
        var (file, text) = (parsed.File, parsed.Text);
        if (parsed.Root is not { } root || YamlValues.Mapping(root, "ruleset file", errors) is not { } mapping)
        {
            return null;
        }

        var top = new MappingReader(mapping, string.Empty, TopLevelKeys, errors);
        var extends = top.Optional("extends");
        foreach (var key in extends is null ? Required : ["ruleset"])
        {
            top.Required(key);
        }

        var context = new RuleSetContext(file, catalog, calendars, errors);
        if (extends is not null)
        {
            context.Parent = resolver?.Invoke(extends, parsed.Preview?.InForceFrom)
                ?? Unresolved(extends, errors, resolver is null);
        }

        ReadDeclarations(top, context, out var header);
        foreach (var entry in mapping.Entries)
        {
            ReadSection(entry, context);
        }

        if (top.Optional("acknowledged") is { } acknowledged)
        {
            AcknowledgementsReader.Read(acknowledged, context);
        }

        if (top.Optional("changes") is { } changes)
        {
            if (extends is null)
            {
                errors.Add(top.Mapping.KeyStart("changes"), LoadDiagnostics.ChangesWithoutParent);
            }
            else if (context.Parent is not null)
            {
                ChangesReader.Read(changes, context);
            }
        }

        var parent = context.Parent;
        ImmutableArray<string> texts = [.. parent?.Texts ?? [], text];
        var definition = new RuleSetDefinition
        {
            Id = header?.Id ?? "(unknown)",
            Version = header?.Version ?? string.Empty,
            Title = header?.Title ?? string.Empty,
            TitleEnglish = header?.TitleEnglish,
            InForceFrom = header?.InForceFrom ?? default,
            InForceTo = header?.InForceTo,
            InForceCitation = header?.Citation,
            DecisiveDates = context.DecisiveDates,
            Currency = context.Currency ?? string.Empty,
            CalendarId = context.CalendarId,
            Documents = [.. context.Documents.Skip(context.InheritedDocuments), .. context.Documents.Take(context.InheritedDocuments)],
            Policies = [.. context.Policies],
            Boundaries = [.. context.Boundaries.Values.OrderBy(b => BoundaryWords.All.IndexOf(b.Word))],
            Tiers = context.Tiers,
            Responsibilities = context.Responsibilities,
            CodeLists = Sorted(context.CodeLists),
            Rules = [.. context.Rules],
            Parents = parent is null ? [] : [new RuleSetParent(parent.Definition.Id, parent.Definition.Version), .. parent.Definition.Parents],
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts)))),
        };
        return new LoadedRuleSet(
            definition,
            file,
            context.Rows.ToImmutableDictionary(StringComparer.Ordinal),
            context.Tables.ToImmutableDictionary(StringComparer.Ordinal),
            texts,
            [.. context.Changes],
            [.. context.Citations],
            context.CodeSites.ToImmutableDictionary(),
            [.. context.CatalogueOnly],
            [.. context.Acknowledgements]);
    }

    /// <summary>
    /// The code lists in key order, added to a builder one by one: ToImmutableSortedDictionary goes through a
    /// SortedDictionary whose generic code over the code arrays was compiled at run time in every start.
    /// </summary>
    private static ImmutableSortedDictionary<string, ImmutableArray<CodeDefinition>> Sorted(Dictionary<string, ImmutableArray<CodeDefinition>> codeLists)
    {
        var sorted = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<CodeDefinition>>(StringComparer.Ordinal);
        foreach (var (list, codes) in codeLists)
        {
            sorted.Add(list, codes);
        }

        return sorted.ToImmutable();
    }

    private static LoadedRuleSet? Unresolved(YamlNode extends, LoadErrors errors, bool noResolver)
    {
        if (noResolver)
        {
            errors.Add(extends.Start, LoadDiagnostics.ParentNotInCatalogue, (extends as YamlScalar)?.Value ?? "?");
        }

        return null;
    }

    private static void ReadDeclarations(MappingReader top, RuleSetContext context, out RuleSetHeader? header)
    {
        if (context.Parent is { } parent)
        {
            context.Inherit(parent);
        }

        if (top.Optional("documents") is { } documents)
        {
            DocumentsReader.Read(documents, context);
        }

        if (top.Optional("policies") is { } policies)
        {
            PoliciesReader.Read(policies, context);
        }

        header = top.Optional("ruleset") is { } ruleset ? HeaderReader.Read(ruleset, context) : null;
        context.DecisiveDates = header is { StatesDecisiveDate: true } ? header.DecisiveDates : context.Parent?.Definition.DecisiveDates ?? [];
        if (header is not null)
        {
            context.InForce = (header.InForceFrom, header.InForceTo);
        }
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
        switch (entry.KeyText)
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
