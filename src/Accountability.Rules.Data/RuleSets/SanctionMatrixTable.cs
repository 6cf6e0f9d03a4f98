using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using static Accountability.Rules.Data.RuleSets.Expressions;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Expands <c>sanctionMatrix</c>: per row and responsibility, a rule that asserts the row's
/// <c>sanction</c> for each person with that responsibility when the loss is of the row's tier.
/// </summary>
internal static class SanctionMatrixTable
{
    /// <summary>The default salience of the rules.</summary>
    public const int DefaultSalience = 50;

    private static readonly ImmutableArray<string> RowKeys =
        ["tier", "responsibilities", "measures", "performanceSalary", "termIncentive", "longTermIncentives", "nonePrescribed", "cites"];

    private static readonly ImmutableArray<string> PrescriptionKeys = ["measures", "performanceSalary", "termIncentive", "longTermIncentives"];

    /// <summary>Reads the table and adds its rules to the context.</summary>
    public static void Read(YamlNode node, RuleSetContext context) =>
        TableRows.Read(node, "sanctionMatrix", [], RowKeys, DefaultSalience, context, ReadRow);

    /// <summary>The keys of a row.</summary>
    public static ImmutableArray<string> RowKeysOf => TableRows.RowKeys(RowKeys);

    /// <summary>
    /// Reads one row and adds its rules; the row's id is <paramref name="fixedId"/> when given (a
    /// replacement), else its own or <c>sanctionMatrix/&lt;tier&gt;/&lt;responsibility&gt;+…</c>.
    /// </summary>
    public static void ReadRow(MappingReader row, TableSettings settings, RuleSetContext context, string? fixedId)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var (_, extras) = settings.BeginRow(row, context);
        var tier = row.RequiredScalar("tier");
        if (tier is not null)
        {
            References.Check(tier, [.. context.Tiers.Select(t => t.Code)], "tier", "tiers declared", errors);
        }

        var responsibilities = TableRows.Codes(row, "responsibilities", [.. context.Responsibilities.Select(r => r.Code)], "responsibility", "responsibilities declared", errors);
        var rowId = TableRows.RowId(row, tier is null || responsibilities is null ? null : $"sanctionMatrix/{tier.Value}/{string.Join('+', responsibilities.Value)}", fixedId, context);
        var citation = CitationReader.Required(row, context);
        var nonePrescribed = row.Optional("nonePrescribed") is { } n && YamlValues.Boolean(n, row.PathOf("nonePrescribed"), errors) == true;
        var prescription = nonePrescribed ? NonePrescribed(row, errors) : ReadPrescription(row, context);
        if (errors.Reported != mark || tier is null || responsibilities is null || citation is null || prescription is null || rowId is null)
        {
            return;
        }

        foreach (var responsibility in responsibilities)
        {
            var id = $"sanctionMatrix/{tier.Value}/{responsibility}";
            context.AddRowRule(extras.Apply(Rule(id, tier.Value, responsibility, prescription, citation, settings.Salience, row.Start)), row.Start, settings.Name, rowId);
        }
    }

    private static Prescription? NonePrescribed(MappingReader row, LoadErrors errors)
    {
        foreach (var key in PrescriptionKeys)
        {
            if (row.Mapping.Find(key) is { } entry)
            {
                errors.Add(entry.KeyStart, LoadDiagnostics.NonePrescribedConflict, key);
            }
        }

        return new Prescription([], null, null, false, null, true);
    }

    private static Prescription? ReadPrescription(MappingReader row, RuleSetContext context)
    {
        var errors = context.Errors;
        if (!row.Has("measures"))
        {
            errors.Add(row.Start, LoadDiagnostics.MissingMeasures);
            return null;
        }

        var measures = TableRows.Codes(row, "measures", context.CodesOf("measures"), "measure", "measures in codes.measures", errors);
        var salary = ReadPay(row, "performanceSalary", allowExclusiveMax: true, context, out _);
        var term = ReadPay(row, "termIncentive", allowExclusiveMax: false, context, out var deferred);
        var longTerm = row.OptionalText("longTermIncentives");
        return measures is null ? null : new Prescription(measures.Value, salary, term, deferred, longTerm, false);
    }

    private static PayRange? ReadPay(MappingReader row, string key, bool allowExclusiveMax, RuleSetContext context, out bool deferred)
    {
        deferred = false;
        if (row.Optional(key) is not { } node)
        {
            return null;
        }

        var path = row.PathOf(key);
        var extra = allowExclusiveMax ? default : ImmutableArray.Create("salaryDeferred");
        if (!allowExclusiveMax && node is YamlMapping mapping && mapping.Find("salaryDeferred") is { } d)
        {
            deferred = YamlValues.Boolean(d.Value, path + ".salaryDeferred", context.Errors) ?? false;
        }

        if (RangeReader.Read(node, path, RangeUnit.Percent, context, extra) is not { } range)
        {
            return null;
        }

        var pay = PayRange.From(range);
        if (pay is null || (pay.MaxExclusive && !allowExclusiveMax))
        {
            var lower = pay is null;
            context.Errors.Add(range.Start, LoadDiagnostics.BoundNotRepresentable, key, lower ? "lower" : "upper");
            return null;
        }

        return pay;
    }

    private static RuleDefinition Rule(string id, string tier, string responsibility, Prescription p, Citation citation, int salience, SourceLocation source) => new()
    {
        Id = id,
        Title = $"Sanction for a {tier} loss and {responsibility} responsibility",
        Citation = citation,
        Salience = salience,
        Conditions =
        [
            new PatternElement("t", "lossTier", Equal(Field("t", "tier"), Text(tier))),
            new PatternElement("r", "personResponsibility", Equal(Field("r", "responsibility"), Text(responsibility))),
        ],
        Actions = [new AssertAction("sanction", Fields(tier, responsibility, p))],
        Source = source,
    };

    private static ImmutableArray<FieldAssignment> Fields(string tier, string responsibility, Prescription p)
    {
        var fields = ImmutableArray.CreateBuilder<FieldAssignment>();
        fields.Add(Set("person", Field("r", "person")));
        fields.Add(Set("tier", Text(tier)));
        fields.Add(Set("responsibility", Text(responsibility)));
        fields.Add(Set("measures", TextList(p.Measures)));
        if (p.Salary is { } salary)
        {
            fields.Add(Set("salaryMinPercent", Number(salary.MinPercent)));
            fields.Add(Set("salaryMaxPercent", Number(salary.MaxPercent)));
        }

        fields.Add(Set("salaryMaxExclusive", Boolean(p.Salary?.MaxExclusive ?? false)));
        if (p.TermIncentive is { } term)
        {
            fields.Add(Set("termIncentiveMinPercent", Number(term.MinPercent)));
            fields.Add(Set("termIncentiveMaxPercent", Number(term.MaxPercent)));
        }

        fields.Add(Set("salaryDeferred", Boolean(p.SalaryDeferred)));
        if (p.LongTermIncentives is { } longTerm)
        {
            fields.Add(Set("longTermIncentives", Text(longTerm)));
        }

        fields.Add(Set("nonePrescribed", Boolean(p.NonePrescribed)));
        return fields.ToImmutable();
    }
}
