using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;
using static Accountability.Rules.Data.RuleSets.Expressions;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Expands <c>promotionRestrictions</c>: per row and restriction, a rule that asserts a
/// <c>restriction</c> for each decision of one of the row's measures, ending on the decision date
/// plus the period.
/// </summary>
internal static class PromotionRestrictionTable
{
    /// <summary>The default salience of the rules.</summary>
    public const int DefaultSalience = 40;

    /// <summary>The kinds of restriction.</summary>
    public static ImmutableArray<string> Kinds { get; } = ["no-promotion", "no-important-post", "no-post", "no-higher-post"];

    private static readonly ImmutableArray<string> RowKeys = ["measures", "restrictions", "cites"];
    /// <summary>The keys of a restriction of a row.</summary>
    public static readonly ImmutableArray<string> RestrictionKeys = ["kind", "period"];

    /// <summary>Reads the table and adds its rules to the context.</summary>
    public static void Read(YamlNode node, RuleSetContext context) =>
        TableRows.Read(node, "promotionRestrictions", [], RowKeys, DefaultSalience, context, ReadRow);

    /// <summary>The keys of a row.</summary>
    public static ImmutableArray<string> RowKeysOf => TableRows.RowKeys(RowKeys);

    /// <summary>
    /// Reads one row and adds its rules; the row's id is <paramref name="fixedId"/> when given (a
    /// replacement), else its own or <c>promotionRestrictions/&lt;n&gt;</c> (its position in the table).
    /// </summary>
    public static void ReadRow(MappingReader row, TableSettings settings, RuleSetContext context, string? fixedId)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var (number, extras) = settings.BeginRow(row, context);
        var rowId = TableRows.RowId(row, $"promotionRestrictions/{number}", fixedId, context);
        var measures = TableRows.Codes(row, "measures", context.CodesOf("measures"), "measure", "measures in codes.measures", errors);
        var citation = CitationReader.Required(row, context);
        var restrictions = new List<(string Kind, Period Period, SourceLocation At)>();
        var path = row.PathOf("restrictions");
        foreach (var restriction in row.Required("restrictions") is { } r ? MappingReader.Each(r, path, RestrictionKeys, errors, nonEmpty: true) : [])
        {
            var kind = restriction.RequiredScalar("kind");
            if (kind is not null && !Kinds.Contains(kind.Value, StringComparer.Ordinal))
            {
                errors.Add(kind.Start, LoadDiagnostics.NotOneOf, kind.Value, "restriction kind", Suggestions.Hint(kind.Value, Kinds, "kinds"));
            }

            var period = restriction.Required("period") is { } p ? YamlValues.Period(p, restriction.PathOf("period"), errors) : null;
            if (kind is not null && period is not null)
            {
                restrictions.Add((kind.Value, period, restriction.Start));
            }
        }

        if (errors.Reported != mark || measures is null || citation is null || rowId is null)
        {
            return;
        }

        foreach (var (kind, period, at) in restrictions)
        {
            context.AddRowRule(extras.Apply(Rule($"{rowId}/{kind}", measures.Value, kind, period, citation, settings.Salience, row.Start)), at, settings.Name, rowId);
        }
    }

    private static RuleDefinition Rule(string id, ImmutableArray<string> measures, string kind, Period period, Citation citation, int salience, SourceLocation source) => new()
    {
        Id = id,
        Title = $"{kind} for {PeriodPattern.Roundtrip.Format(period)} after {string.Join(", ", measures)}",
        Citation = citation,
        Salience = salience,
        Conditions =
        [
            new PatternElement("d", "decision", new MembershipExpression(Field("d", "measure"), [.. measures.Select(m => (ExpressionElement)Text(m))])),
        ],
        Actions =
        [
            new AssertAction(
                "restriction",
                [
                    Set("person", Field("d", "person")),
                    Set("kind", Text(kind)),
                    Set("measure", Field("d", "measure")),
                    Set("on", Field("d", "on")),
                    Set("lastDay", new CallExpression(BuiltInFunction.Plus, [Field("d", "on"), new ConstantExpression(Value.Of(period))])),
                    Set("source", Text("accountability")),
                ]),
        ],
        Source = source,
    };
}
