using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using static Accountability.Rules.Data.RuleSets.Expressions;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Expands <c>factorEffects</c>: per row, a rule that, for each factor of the row that concerns a
/// person with a responsibility (or everyone, when the factor names no person), asserts a
/// <c>factorFinding</c> (aggravating, mitigating) or a <c>toleranceDenied</c> (excludes-tolerance).
/// </summary>
internal static class FactorEffectTable
{
    /// <summary>The default salience of the rules.</summary>
    public const int DefaultSalience = 50;

    /// <summary>The directions a row may give.</summary>
    public static ImmutableArray<string> Directions { get; } = ["aggravating", "mitigating", "excludes-tolerance"];

    private static readonly ImmutableArray<string> RowKeys = ["factors", "direction", "terms", "cites"];

    /// <summary>Reads the table and adds its rules to the context.</summary>
    public static void Read(YamlNode node, RuleSetContext context) =>
        TableRows.Read(node, "factorEffects", [], RowKeys, DefaultSalience, context, ReadRow);

    /// <summary>The keys of a row.</summary>
    public static ImmutableArray<string> RowKeysOf => TableRows.RowKeys(RowKeys);

    /// <summary>
    /// Reads one row and adds its rule; the row's id (and its rule's) is <paramref name="fixedId"/>
    /// when given (a replacement), else its own or <c>factorEffects/&lt;n&gt;</c> (its position in the table).
    /// </summary>
    public static void ReadRow(MappingReader row, TableSettings settings, RuleSetContext context, string? fixedId)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var (number, extras) = settings.BeginRow(row, context);
        var rowId = TableRows.RowId(row, $"factorEffects/{number}", fixedId, context);
        var factors = TableRows.Codes(row, "factors", context.CodesOf("factors"), "factor", "factors in codes.factors", errors);
        var citation = CitationReader.Required(row, context);
        var direction = row.RequiredScalar("direction");
        if (direction is not null && !Directions.Contains(direction.Value, StringComparer.Ordinal))
        {
            errors.Add(direction.Start, LoadDiagnostics.NotOneOf, direction.Value, "direction", Suggestions.Hint(direction.Value, Directions, "directions"));
        }

        var tolerance = direction?.Value == "excludes-tolerance";
        var terms = tolerance ? row.OptionalText("terms") : row.RequiredText("terms");
        if (errors.Reported != mark || factors is null || citation is null || direction is null || rowId is null)
        {
            return;
        }

        var action = tolerance
            ? new AssertAction("toleranceDenied", [Set("person", Field("r", "person")), Set("ground", Field("f", "code"))])
            : new AssertAction(
                "factorFinding",
                [Set("person", Field("r", "person")), Set("factor", Field("f", "code")), Set("direction", Text(direction.Value)), Set("terms", Text(terms!))]);
        context.AddRowRule(extras.Apply(new RuleDefinition
        {
            Id = rowId,
            Title = $"{direction.Value}: {string.Join(", ", factors.Value)}",
            Citation = citation,
            Salience = settings.Salience,
            Conditions =
            [
                new PatternElement("f", "factor", new MembershipExpression(Field("f", "code"), [.. factors.Value.Select(f => (ExpressionElement)Text(f))])),
                // The factor's person, or any person when the factor names none: written as the rule
                // syntax can say it (where: { person: { coalesce: [$f.person, $r.person] } }).
                new PatternElement(
                    "r",
                    "personResponsibility",
                    Equal(Field("r", "person"), new CallExpression(BuiltInFunction.Coalesce, [Field("f", "person"), Field("r", "person")]))),
            ],
            Actions = [action],
            Source = row.Start,
        }), row.Start, settings.Name, rowId);
    }
}
