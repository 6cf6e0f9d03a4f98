using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Reads a case file (YAML, or JSON as YAML flow style) into a <see cref="CaseFile"/>, reporting
/// every error: unknown keys, wrong types, bad dates, duplicate ids, references to persons the
/// case does not have, negative amounts, percentages outside 0–100, missing fields.
/// </summary>
internal static class CaseReader
{
    private static readonly ImmutableArray<string> FixedKeys =
        ["ruleset", "decidedOn", "enterprise", "losses", "persons", "factors", "decisions", "disciplineSanctions", "concurrentDeductions", "circumstances"];

    /// <summary>The generic sections of a catalogue whose key the fixed readers do not already read.</summary>
    public static ImmutableArray<FactSchema> Sections(FactCatalog catalog) =>
        [.. CaseSectionReader.SectionTypes(catalog).Where(t => !FixedKeys.Contains(t.CaseSection!, StringComparer.Ordinal))];

    /// <summary>Every top-level key a case file may have: the fixed ones, then the generic sections of the catalogue.</summary>
    public static ImmutableArray<string> TopKeys(FactCatalog catalog) => [.. FixedKeys, .. Sections(catalog).Select(t => t.CaseSection!)];

    private static readonly ImmutableArray<string> EnterpriseKeys = ["id", "name", "level", "priorYearEndTotalAssets"];
    private static readonly ImmutableArray<string> LossKeys = ["id", "amount", "kind", "assessedByIntermediary", "description"];
    private static readonly ImmutableArray<string> FactorKeys = ["code", "person"];
    private static readonly ImmutableArray<string> DecisionKeys = ["person", "measure", "on"];
    private static readonly ImmutableArray<string> DisciplineKeys = ["person", "sanction", "on", "influencePeriod"];
    private static readonly ImmutableArray<string> DeductionKeys = ["person", "source", "percent"];
    private static readonly ImmutableArray<string> CircumstanceKeys = ["code", "note"];

    /// <summary>
    /// Reads the file. Returns the case with the facts that have no errors, so that it can still be
    /// checked against its ruleset, or <c>null</c> when the document, its ruleset id or its
    /// decision date cannot be read (all reported).
    /// </summary>
    public static CaseFile? Read(string text, string file, LoadErrors errors) => Read(text, file, FactCatalog.Standard, errors);

    /// <summary>Reads the file with the generic sections of <paramref name="catalog"/>.</summary>
    public static CaseFile? Read(string text, string file, FactCatalog catalog, LoadErrors errors)
    {
        if (YamlReader.Read(text, file, errors) is not { } root || YamlValues.Mapping(root, "case file", errors) is not { } mapping)
        {
            return null;
        }

        var top = new MappingReader(mapping, string.Empty, TopKeys(catalog), errors);
        var sections = Sections(catalog);
        var context = new CaseContext(errors);
        var ruleset = top.RequiredScalar("ruleset");
        var decidedOnNode = top.Required("decidedOn");
        var decidedOn = decidedOnNode is null ? null : YamlValues.Date(decidedOnNode, "decidedOn", errors);
        var persons = PersonsReader.Read(top.Optional("persons"), context);
        var facts = new List<(Fact Fact, FactSource Source)>();
        if (ruleset is not null && decidedOn is { } date)
        {
            facts.Add(new CaseFactBuilder("case", mapping.Start)
                .Set("decidedOn", Value.Of(date), decidedOnNode!.Start)
                .Set("ruleset", Value.Of(ruleset.Value), ruleset.Start)
                .Build());
        }

        facts.AddRange(Enterprise(top, context));
        facts.AddRange(List(top, "losses", "loss", LossKeys, context, Loss));
        facts.AddRange(persons.Persons);
        facts.AddRange(persons.Conduct);
        facts.AddRange(List(top, "factors", "factor", FactorKeys, context, (e, f, c) =>
        {
            c.Text(e, f, "code", required: true);
            c.Person(e, f, "person", required: false);
        }));
        facts.AddRange(List(top, "decisions", "decision", DecisionKeys, context, (e, f, c) =>
        {
            c.Person(e, f, "person", required: true);
            c.Text(e, f, "measure", required: true);
            c.Date(e, f, "on");
        }));
        facts.AddRange(List(top, "disciplineSanctions", "disciplineSanction", DisciplineKeys, context, (e, f, c) =>
        {
            c.Person(e, f, "person", required: true);
            c.Text(e, f, "sanction", required: true);
            c.Date(e, f, "on");
            c.Period(e, f, "influencePeriod");
        }));
        facts.AddRange(List(top, "concurrentDeductions", "concurrentDeduction", DeductionKeys, context, (e, f, c) =>
        {
            c.Person(e, f, "person", required: true);
            c.OneOf(e, f, "source", ["party-discipline", "government-sanction"], "deduction source", required: true);
            c.Number(e, f, "percent", required: true, percent: true);
        }));
        facts.AddRange(Circumstances(top, context));
        foreach (var entry in mapping.Entries)
        {
            if (sections.FirstOrDefault(t => t.CaseSection == entry.Key.Value) is { } schema)
            {
                facts.AddRange(CaseSectionReader.Read(entry.Value, schema, context));
            }
        }

        if (ruleset is null || decidedOn is null)
        {
            return null;
        }

        return new CaseFile
        {
            RulesetId = ruleset.Value,
            DecidedOn = decidedOn.Value,
            Facts = [.. facts.Select(f => f.Fact)],
            FileName = file,
            Sources = [.. facts.Select(f => f.Source)],
            RulesetLocation = ruleset.Start,
        };
    }

    private static void Loss(MappingReader entry, CaseFactBuilder fact, CaseContext context)
    {
        if (context.Text(entry, fact, "id", required: true) is { } id)
        {
            context.LossIds.Register(id.Value, id.Start);
        }

        context.Number(entry, fact, "amount", required: true, percent: false);
        context.OneOf(entry, fact, "kind", ["direct", "indirect", "contingent"], "loss kind", required: true);
        context.Boolean(entry, fact, "assessedByIntermediary", fallback: false);
        context.Text(entry, fact, "description", required: false);
    }

    private static ImmutableArray<(Fact, FactSource)> Enterprise(MappingReader top, CaseContext context)
    {
        var node = top.Optional("enterprise");
        var fact = new CaseFactBuilder("enterprise", node?.Start ?? top.Start);
        var mark = context.Errors.Reported;
        if (node is not null and not YamlScalar { IsNull: true } && YamlValues.Mapping(node, "enterprise", context.Errors) is { } mapping)
        {
            var entry = new MappingReader(mapping, "enterprise", EnterpriseKeys, context.Errors);
            context.Text(entry, fact, "id", required: false);
            context.Text(entry, fact, "name", required: false);
            context.OneOf(entry, fact, "level", ["group", "subsidiary"], "enterprise level", required: false);
            context.Number(entry, fact, "priorYearEndTotalAssets", required: false, percent: false);
        }

        return context.Errors.Reported == mark ? [fact.Build()] : [];
    }

    private static ImmutableArray<(Fact, FactSource)> Circumstances(MappingReader top, CaseContext context)
    {
        if (top.Optional("circumstances") is not { } node || YamlValues.Sequence(node, "circumstances", context.Errors) is not { } list)
        {
            return [];
        }

        var facts = ImmutableArray.CreateBuilder<(Fact, FactSource)>();
        foreach (var item in list.Items)
        {
            var mark = context.Errors.Reported;
            var fact = new CaseFactBuilder("circumstance", item.Start);
            if (item is YamlMapping mapping)
            {
                var entry = new MappingReader(mapping, "circumstances", CircumstanceKeys, context.Errors);
                context.Text(entry, fact, "code", required: true);
                context.Text(entry, fact, "note", required: false);
            }
            else if (YamlValues.Scalar(item, "circumstances", context.Errors) is { } code)
            {
                fact.Set("code", Value.Of(code.Value), code.Start);
            }

            if (context.Errors.Reported == mark)
            {
                facts.Add(fact.Build());
            }
        }

        return facts.ToImmutable();
    }

    /// <summary>Reads a list of entries, one fact each; entries with errors are left out.</summary>
    internal static ImmutableArray<(Fact, FactSource)> List(
        MappingReader top, string key, string type, ImmutableArray<string> keys, CaseContext context, Action<MappingReader, CaseFactBuilder, CaseContext> fill)
    {
        if (top.Optional(key) is not { } node || node is YamlScalar { IsNull: true })
        {
            return [];
        }

        var facts = ImmutableArray.CreateBuilder<(Fact, FactSource)>();
        foreach (var entry in MappingReader.Each(node, key, keys, context.Errors))
        {
            var mark = context.Errors.Reported;
            var fact = new CaseFactBuilder(type, entry.Start);
            fill(entry, fact, context);
            if (context.Errors.Reported == mark)
            {
                facts.Add(fact.Build());
            }
        }

        return facts.ToImmutable();
    }
}
