using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using static Accountability.Rules.Data.RuleSets.Expressions;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Expands <c>lossTiers</c>: one rule per row and criterion that asserts a <c>tierCriterion</c>
/// when the subject's field lies in the row's range, and one combine rule that asserts the
/// <c>lossTier</c> of the highest-ranked criterion met. A comparison with an absent value is false,
/// so a ratio criterion does not match while the ratio is unknown.
/// </summary>
internal static class LossTierTable
{
    /// <summary>The default salience of the criteria rules; the combine rule gets 10 less.</summary>
    public const int DefaultSalience = 80;

    /// <summary>The table's own keys.</summary>
    public static readonly ImmutableArray<string> TableKeys = ["subject", "combine", "cites"];
    private static readonly ImmutableArray<string> RowKeys = ["tier", "amount", "assetRatioPercent", "cites"];

    /// <summary>The row keys that are criteria: key, field of the subject, criterion name.</summary>
    private static readonly ImmutableArray<(string Key, string Field, string Criterion)> Criteria =
        [("amount", "amount", "amount"), ("assetRatioPercent", "assetRatioPercent", "assetRatio")];

    /// <summary>Reads the table and adds its rules to the context.</summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        if (TableRows.Read(node, "lossTiers", TableKeys, RowKeys, DefaultSalience, context, ReadRow, t => ReadSubject(t, context)) is not var (table, salience, extras))
        {
            return;
        }

        var errors = context.Errors;
        var combine = table.Required("combine") is not null ? PoliciesReader.ReadReference(table, context, "combine") : null;
        var citation = CitationReader.Optional(table, context) ?? (combine is null ? null : context.Policies.FirstOrDefault(p => p.Id == combine)?.Citation);
        if (citation is null && combine is not null && !table.Has("cites"))
        {
            errors.Add(table.Start, LoadDiagnostics.CombineCitesMissing, table.Where);
        }

        if (combine is not null && citation is not null && context.RuleIds.Register("lossTiers/combine", table.Start))
        {
            context.Rules.Add(extras.Apply(CombineRule(combine, citation, salience - 10, table.Start)));
        }
    }

    private static Facts.FactSchema? ReadSubject(MappingReader table, RuleSetContext context)
    {
        if (table.RequiredScalar("subject") is not { } subject)
        {
            return null;
        }

        var types = context.Catalog.Types.Select(t => t.Name).ToArray();
        return References.Check(subject, types, "fact type", "fact types", context.Errors) ? context.Catalog[subject.Value] : null;
    }

    /// <summary>The keys of a row.</summary>
    public static ImmutableArray<string> RowKeysOf => TableRows.RowKeys(RowKeys);

    /// <summary>
    /// Reads one row of the table described by <paramref name="settings"/> and adds its rules; the
    /// row's id is <paramref name="fixedId"/> when given (a replacement), else its own or <c>lossTiers/&lt;tier&gt;</c>.
    /// </summary>
    public static void ReadRow(MappingReader row, TableSettings settings, RuleSetContext context, string? fixedId)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var subject = settings.Subject;
        var (_, extras) = settings.BeginRow(row, context);
        var tierScalar = row.RequiredScalar("tier");
        var rowId = TableRows.RowId(row, tierScalar is null ? null : "lossTiers/" + tierScalar.Value, fixedId, context);
        var tier = tierScalar is not null && References.Check(tierScalar, [.. context.Tiers.Select(t => t.Code)], "tier", "tiers declared", errors)
            ? context.FindTier(tierScalar.Value)
            : null;
        var citation = CitationReader.Required(row, context);
        var criteria = new List<(string Field, string Criterion, ValueRange Range)>();
        foreach (var (key, field, criterion) in Criteria)
        {
            if (row.Mapping.Find(key) is not { } entry)
            {
                continue;
            }

            if (subject is not null && !subject.TryGetField(field, out _))
            {
                errors.Add(entry.KeyStart, LoadDiagnostics.SubjectHasNoField, subject.Name, field);
            }

            if (RangeReader.Read(entry.Value, row.PathOf(key), criterion == "amount" ? RangeUnit.Amount : RangeUnit.Percent, context) is { } range)
            {
                criteria.Add((field, criterion, range));
            }
        }

        if (criteria.Count == 0 && errors.Reported == mark)
        {
            errors.Add(row.Start, LoadDiagnostics.NoCriterion, tierScalar?.Value);
        }

        if (errors.Reported != mark || tier is not var (definition, rank) || citation is null || subject is null || rowId is null)
        {
            return;
        }

        foreach (var (field, criterion, range) in criteria)
        {
            var id = $"lossTiers/{definition.Code}/{criterion}";
            context.AddRowRule(extras.Apply(CriterionRule(id, definition, rank, subject.Name, field, criterion, range, citation, settings.Salience, row.Start)), row.Start, settings.Name, rowId);
        }
    }

    private static RuleDefinition CriterionRule(string id, CodeDefinition tier, int rank, string subject, string field, string criterion, ValueRange range, Citation citation, int salience, SourceLocation source)
    {
        var condition = RangeConditions.InRange(range, Field("total", field));
        return new RuleDefinition
        {
            Id = id,
            Title = $"{tier.Name} ({tier.Code}) by {criterion}: {condition}",
            Citation = citation,
            Salience = salience,
            Conditions = [new PatternElement("total", subject, condition)],
            Actions =
            [
                new AssertAction("tierCriterion", [Set("tier", Text(tier.Code)), Set("rank", Number(rank)), Set("criterion", Text(criterion))]),
            ],
            Source = source,
        };
    }

    private static RuleDefinition CombineRule(string policy, Citation citation, int salience, SourceLocation source) => new()
    {
        Id = "lossTiers/combine",
        Title = "The loss tier is the highest tier a criterion reaches",
        Citation = citation,
        Salience = salience,
        PolicyId = policy,
        Conditions =
        [
            new PatternElement("c", "tierCriterion", null),
            new NotElement("c2", "tierCriterion", new ComparisonExpression(ComparisonOperator.GreaterThan, Field("c2", "rank"), Field("c", "rank"))),
        ],
        Actions = [new AssertAction("lossTier", [Set("tier", Field("c", "tier")), Set("rank", Field("c", "rank"))])],
        Source = source,
    };
}
