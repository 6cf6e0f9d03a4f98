using System.Collections.Immutable;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Verification;

/// <summary>
/// Checks the codes rules name: every code a rule compares a field with, or sets a field to, where
/// the field takes the codes of a code list, is defined in that list (an overlay that replaces a
/// list may drop codes its parent's rules name). And every code defined is used: named by a rule or
/// a table row (rows become rules; a code named in any field counts, such as a row's measures in the
/// sanction it asserts), or stated by a case and read by a rule (a rule that reads an
/// input field taking a list uses every code of the list, since a case may state any of them), or
/// marked <c>catalogueOnly: true</c> (listed for cases and readers, read by no rule on purpose).
/// </summary>
internal static class CodeCheck
{
    /// <summary>Checks the effective rules of <paramref name="loaded"/>.</summary>
    public static void Check(LoadedRuleSet loaded, FactCatalog catalog, Action<Diagnostic, string?> report)
    {
        var definition = loaded.Definition;
        var used = new HashSet<(string List, string Code)>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in definition.Rules)
        {
            var types = rule.Conditions.ToDictionary(c => Alias(c), c => c.FactType, StringComparer.Ordinal);
            foreach (var condition in rule.Conditions)
            {
                foreach (var (alias, field, code) in Constants(Condition(condition)))
                {
                    Use(types.GetValueOrDefault(alias), field, code);
                }
            }

            foreach (var action in rule.Actions)
            {
                foreach (var assignment in action.Fields)
                {
                    foreach (var code in Texts(assignment.Value))
                    {
                        Use(action.FactType, assignment.Field, code);
                    }
                }
            }

            foreach (var reference in rule.Conditions.Select(Condition).Concat(rule.Actions.SelectMany(a => a.Fields).Select(f => f.Value)).SelectMany(Fields))
            {
                if (types.GetValueOrDefault(reference.Alias) is { } type && catalog.TryGet(type, out var schema) && schema.Origin == FactOrigin.Input
                    && schema.TryGetField(reference.Field, out var field))
                {
                    read.UnionWith(field.Input.CodeLists);
                }
            }

            void Use(string? type, string field, string code)
            {
                named.Add(code);
                if (type is null || !catalog.TryGet(type, out var schema) || !schema.TryGetField(field, out var spec) || spec.Input.CodeLists.IsEmpty)
                {
                    return;
                }

                var lists = spec.Input.CodeLists.Where(l => Codes(definition, l) is not null).ToList();
                foreach (var list in lists.Where(l => Codes(definition, l)!.Value.Any(c => c.Code == code)))
                {
                    used.Add((list, code));
                }

                if (lists.Count > 0 && !lists.Any(l => Codes(definition, l)!.Value.Any(c => c.Code == code)))
                {
                    report(VerificationDiagnostics.UnknownCode.At(rule.Source, rule.Id, type, field, code, string.Join(", ", lists.Select(l => "codes." + l))), rule.Id);
                }
            }
        }

        foreach (var (list, codes) in definition.CodeLists.Where(l => !read.Contains(l.Key)))
        {
            foreach (var code in codes.Where(c => !used.Contains((list, c.Code)) && !named.Contains(c.Code) && !loaded.CatalogueOnly.Contains(c)))
            {
                report(VerificationDiagnostics.UnusedCode.At(loaded.CodeSites.GetValueOrDefault(code) ?? new SourceLocation(loaded.File, 1, 1), code.Code, list), $"codes/{list}/{code.Code}");
            }
        }
    }

    private static ImmutableArray<CodeDefinition>? Codes(RuleSetDefinition definition, string list) =>
        list == FieldInput.Responsibilities ? definition.Responsibilities : definition.CodeLists.TryGetValue(list, out var codes) ? codes : null;

    private static string Alias(RuleElement element) => element switch
    {
        PatternElement p => p.Alias,
        NotElement n => n.Alias,
        AggregateElement a => a.ItemAlias,
        _ => string.Empty,
    };

    private static ExpressionElement? Condition(RuleElement element) => element switch
    {
        PatternElement p => p.Condition,
        NotElement n => n.Condition,
        AggregateElement a => a.Condition,
        _ => null,
    };

    /// <summary>The text constants a condition compares a field with (equality, inequality, membership), through every logical operator.</summary>
    private static IEnumerable<(string Alias, string Field, string Code)> Constants(ExpressionElement? condition) => condition switch
    {
        ComparisonExpression { Operator: ComparisonOperator.Equal or ComparisonOperator.NotEqual, Left: FieldExpression f } c => Texts(c.Right).Select(t => (f.Alias, f.Field, t)),
        MembershipExpression { Operand: FieldExpression f } m => m.Items.SelectMany(Texts).Select(t => (f.Alias, f.Field, t)),
        LogicalExpression l => l.Operands.SelectMany(Constants),
        NegationExpression n => Constants(n.Operand),
        _ => [],
    };

    private static IEnumerable<string> Texts(ExpressionElement? expression) => expression switch
    {
        ConstantExpression { Value.Kind: ValueKind.Text } c => [c.Value.AsText],
        ConstantExpression { Value.Kind: ValueKind.TextList } c => c.Value.AsTextList,
        _ => [],
    };

    /// <summary>Every field reference in an expression.</summary>
    private static IEnumerable<FieldExpression> Fields(ExpressionElement? expression) => expression switch
    {
        FieldExpression f => [f],
        ComparisonExpression c => Fields(c.Left).Concat(Fields(c.Right)),
        MembershipExpression m => Fields(m.Operand).Concat(m.Items.SelectMany(Fields)),
        LogicalExpression l => l.Operands.SelectMany(Fields),
        NegationExpression n => Fields(n.Operand),
        CallExpression call => call.Arguments.SelectMany(Fields),
        _ => [],
    };
}
