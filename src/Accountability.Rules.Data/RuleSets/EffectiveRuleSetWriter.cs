using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Writes an effective ruleset (an overlay chain resolved into one) as a ruleset file that loads
/// again on its own: no <c>extends</c>, the same id, version and period, every declaration of the
/// chain (documents, policies, conventions, scales, code lists), and every rule in declaration
/// order in the syntax of <c>rules:</c>, table rows as the rules they expand into. What the file
/// cannot say as data, its provenance, is written as comments: the chain, its content hash, the
/// changes applied with their citations, and the table row of each rule. Citations are written
/// in full (<c>{ document, article }</c>). The output is deterministic: the same chain always
/// gives the same text. A rule that the rule syntax cannot express is a defect of the loader
/// (<see cref="InvalidOperationException"/>): every rule a ruleset can hold is expressible.
/// </summary>
internal static class EffectiveRuleSetWriter
{
    /// <summary>The YAML text of a loaded ruleset.</summary>
    /// <exception cref="InvalidOperationException">A rule cannot be written in the rule syntax (a defect).</exception>
    public static string Write(LoadedRuleSet loaded)
    {
        var d = loaded.Definition;
        var w = new StringBuilder();
        Header(w, loaded);
        w.Append("ruleset:\n");
        Line(w, 1, "id", d.Id);
        Line(w, 1, "version", d.Version);
        Line(w, 1, "title", d.Title);
        Line(w, 1, "titleEnglish", d.TitleEnglish);
        w.Append("  inForce: ").Append(InForce(d.InForceFrom, d.InForceTo)).Append('\n');
        Cites(w, 1, d.InForceCitation);
        if (!d.DecisiveDates.IsEmpty)
        {
            w.Append("  decisiveDate: [").Append(string.Join(", ", d.DecisiveDates.Select(x => $"{{ fact: {x.FactType}, field: {x.Field} }}"))).Append("]\n");
        }

        w.Append("documents:\n");
        foreach (var document in d.Documents)
        {
            w.Append("  - id: ").Append(document.Id).Append('\n');
            Line(w, 2, "title", document.Title);
            Line(w, 2, "number", document.Number);
            Line(w, 2, "source", document.Source);
        }

        if (!d.Policies.IsEmpty)
        {
            w.Append("policies:\n");
            foreach (var policy in d.Policies)
            {
                w.Append("  - id: ").Append(policy.Id).Append('\n');
                Line(w, 2, "title", policy.Title);
                Line(w, 2, "statement", policy.Statement);
                Cites(w, 2, policy.Citation);
            }
        }

        Conventions(w, d);
        Codes(w, "tiers", d.Tiers, 0, loaded);
        Codes(w, "responsibilities", d.Responsibilities, 0, loaded);
        if (!d.CodeLists.IsEmpty)
        {
            w.Append("codes:\n");
            foreach (var (name, codes) in d.CodeLists)
            {
                Codes(w, name, codes, 1, loaded);
            }
        }

        w.Append("rules:\n");
        foreach (var rule in d.Rules)
        {
            if (loaded.Rows.TryGetValue(rule.Id, out var row))
            {
                w.Append("  # row ").Append(row.RowId).Append(" of ").Append(row.Table).Append('\n');
            }

            Rule(w, rule);
        }

        if (!loaded.Acknowledgements.IsEmpty)
        {
            w.Append("acknowledged:\n");
            foreach (var acknowledgement in loaded.Acknowledgements)
            {
                w.Append("  - finding: ").Append(acknowledgement.Finding).Append('\n');
                Line(w, 2, "at", acknowledgement.At);
                Line(w, 2, "hash", acknowledgement.Hash);
                Line(w, 2, "reason", acknowledgement.Reason);
            }
        }

        return w.ToString();
    }

    private static void Header(StringBuilder w, LoadedRuleSet loaded)
    {
        var d = loaded.Definition;
        w.Append("# Effective ruleset ").Append(d.Id).Append(' ').Append(d.Version)
            .Append(d.Parents.IsEmpty ? string.Empty : " (" + string.Join(" <- ", d.Parents.Select(p => p.ToString())) + " with its changes applied)")
            .Append('\n');
        w.Append("# Written by `accountability show`: one ruleset file with no parent, which loads on its own\n");
        w.Append("# (accountability validate, evaluate --ruleset) and gives the results of what it was written from.\n");
        w.Append("# Written from: ").Append(d.Id).Append(' ').Append(d.Version)
            .Append(d.Parents.IsEmpty ? string.Empty : ", extending " + string.Join(" <- ", d.Parents.Select(p => p.ToString())))
            .Append(", content hash ").Append(d.ContentHash).Append('\n');
        w.Append("# Table rows are written as the rules they expand into; a comment before each such rule names its row.\n");
        if (loaded.Changes.IsEmpty)
        {
            return;
        }

        w.Append("# Changes applied to the parents, in order:\n");
        foreach (var change in loaded.Changes)
        {
            w.Append("#   ").Append(change.Kind).Append(' ').Append(change.Target).Append(" (").Append(change.Citation).Append(')');
            if (!change.RuleIds.IsDefaultOrEmpty)
            {
                w.Append(": rules ").Append(string.Join(", ", change.RuleIds));
            }

            if (!change.DroppedCodes.IsDefaultOrEmpty)
            {
                w.Append("; codes dropped: ").Append(string.Join(", ", change.DroppedCodes));
            }

            w.Append('\n');
        }
    }

    private static void Conventions(StringBuilder w, RuleSetDefinition d)
    {
        w.Append("conventions:\n");
        Line(w, 1, "currency", d.Currency);
        Line(w, 1, "calendar", d.CalendarId);
        if (d.Boundaries.IsEmpty)
        {
            return;
        }

        // One citation and policy for the words: the loader reads them per boundaries mapping.
        var (citation, policy) = (d.Boundaries[0].Citation, d.Boundaries[0].PolicyId);
        if (d.Boundaries.Any(b => b.Citation != citation || b.PolicyId != policy))
        {
            throw new InvalidOperationException($"the boundary words of {d.Id} {d.Version} have different citations or policies, which one boundaries mapping cannot say");
        }

        w.Append("  boundaries: { ").Append(string.Join(", ", d.Boundaries.Select(b => $"{b.Word}: {(b.Inclusive ? "inclusive" : "exclusive")}")));
        if (citation is not null)
        {
            w.Append(", cites: ").Append(Citation(citation));
        }

        if (policy is not null)
        {
            w.Append(", policy: ").Append(policy);
        }

        w.Append(" }\n");
    }

    private static void Rule(StringBuilder w, RuleDefinition rule)
    {
        w.Append("  - id: ").Append(Quote(rule.Id)).Append('\n');
        Line(w, 2, "title", rule.Title);
        Cites(w, 2, rule.Citation);
        w.Append("    salience: ").Append(rule.Salience.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (rule.PolicyId is not null)
        {
            w.Append("    policy: ").Append(rule.PolicyId).Append('\n');
        }

        if (rule.InForceFrom is not null || rule.InForceTo is not null)
        {
            w.Append("    inForce: ").Append(InForce(rule.InForceFrom, rule.InForceTo)).Append('\n');
        }

        w.Append("    when:\n");
        for (var i = 0; i < rule.Conditions.Length; i++)
        {
            w.Append("      - ").Append(Element(rule.Conditions[i], i, rule.Id)).Append('\n');
        }

        w.Append("    then:\n");
        foreach (var action in rule.Actions)
        {
            w.Append("      - assert: ").Append(action.FactType);
            if (!action.Fields.IsEmpty)
            {
                w.Append("\n        set: { ").Append(string.Join(", ", action.Fields.Select(f => $"{f.Field}: {Operand(f.Value, rule.Id)}"))).Append(" }");
            }

            w.Append('\n');
        }
    }

    /// <summary>One element of <c>when</c>, in flow style; an alias the loader would generate at this position is left out.</summary>
    private static string Element(RuleElement element, int index, string rule)
    {
        var generated = "_" + (index + 1).ToString(CultureInfo.InvariantCulture);
        string As(string alias) => alias == generated ? string.Empty
            : Loading.IdShapes.Alias.IsMatch(alias) ? $", as: {alias}"
            : throw new InvalidOperationException($"rule '{rule}': the alias '{alias}' cannot be written");
        switch (element)
        {
            case PatternElement p:
                return $"{{ fact: {p.Type}{As(p.Alias)}{Where(p.Condition, p.Alias, rule)} }}";
            case NotElement n:
                return $"{{ not: {{ fact: {n.Type}{As(n.Alias)}{Where(n.Condition, n.Alias, rule)} }} }}";
            case AggregateElement a when a.ItemAlias == generated + "item":
                var function = a.Function == AggregateFunction.Count ? "count: true" : $"sum: {a.Field}";
                return $"{{ aggregate: {{ fact: {a.Type}{Where(a.Condition, a.ItemAlias, rule)}, {function} }}{As(a.Alias)} }}";
            default:
                throw new InvalidOperationException($"rule '{rule}': the condition {element} cannot be written");
        }
    }

    /// <summary>
    /// A condition as <c>where</c>: the conjunction's comparisons and memberships on the element's
    /// own fields, grouped by field into operator maps (<c>{ ge: 1, lt: 3 }</c>, <c>{ in: [...] }</c>).
    /// </summary>
    private static string Where(ExpressionElement? condition, string alias, string rule)
    {
        if (condition is null)
        {
            return string.Empty;
        }

        var fields = new List<(string Field, List<string> Operators)>();
        foreach (var leaf in Conjuncts(condition))
        {
            var (field, op) = leaf switch
            {
                ComparisonExpression { Left: FieldExpression f } c when f.Alias == alias => (f.Field, $"{OperatorKey(c.Operator)}: {Operand(c.Right, rule)}"),
                MembershipExpression { Operand: FieldExpression f } m when f.Alias == alias => (f.Field, $"in: [{string.Join(", ", m.Items.Select(i => Operand(i, rule)))}]"),
                NegationExpression { Operand: MembershipExpression { Operand: FieldExpression f } m } when f.Alias == alias => (f.Field, $"notIn: [{string.Join(", ", m.Items.Select(i => Operand(i, rule)))}]"),
                _ => throw new InvalidOperationException($"rule '{rule}': the condition {leaf} on {alias} cannot be written as where"),
            };
            var group = fields.FirstOrDefault(g => g.Field == field);
            if (group.Operators is null)
            {
                fields.Add((field, [op]));
            }
            else if (group.Operators.Any(o => o[..o.IndexOf(':', StringComparison.Ordinal)] == op[..op.IndexOf(':', StringComparison.Ordinal)]))
            {
                throw new InvalidOperationException($"rule '{rule}': two conditions with one operator on {alias}.{field}");
            }
            else
            {
                group.Operators.Add(op);
            }
        }

        return ", where: { " + string.Join(", ", fields.Select(f => $"{f.Field}: {{ {string.Join(", ", f.Operators)} }}")) + " }";
    }

    private static IEnumerable<ExpressionElement> Conjuncts(ExpressionElement condition) =>
        condition is LogicalExpression { All: true } and ? and.Operands.SelectMany(Conjuncts) : [condition];

    private static string OperatorKey(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "eq",
        ComparisonOperator.NotEqual => "ne",
        ComparisonOperator.LessThan => "lt",
        ComparisonOperator.LessThanOrEqual => "le",
        ComparisonOperator.GreaterThan => "gt",
        _ => "ge",
    };

    /// <summary>An operand as the operand reader reads it: a literal of its own kind, <c>null</c>, a reference or a call.</summary>
    private static string Operand(ExpressionElement operand, string rule) => operand switch
    {
        ConstantExpression { Value: var value } => Literal(value),
        FieldExpression f when Loading.IdShapes.Alias.IsMatch(f.Alias) => $"${f.Alias}.{f.Field}",
        BindingExpression b when Loading.IdShapes.Alias.IsMatch(b.Alias) => "$" + b.Alias,
        CallExpression call => $"{{ {FunctionSignature.Of(call.Function).Name}: [{string.Join(", ", call.Arguments.Select(a => Operand(a, rule)))}] }}",
        _ => throw new InvalidOperationException($"rule '{rule}': the operand {operand} cannot be written"),
    };

    private static string Literal(Value value) => value.Kind switch
    {
        ValueKind.Null => "null",
        ValueKind.Number => value.AsNumber.ToString(CultureInfo.InvariantCulture),
        ValueKind.Boolean => value.AsBoolean ? "true" : "false",
        ValueKind.Date => Date(value.AsDate),
        ValueKind.Period => PeriodPattern.Roundtrip.Format(value.AsPeriod),
        ValueKind.TextList => "[" + string.Join(", ", value.AsTextList.Select(Quote)) + "]",
        _ => Quote(value.AsText),
    };

    private static void Codes(StringBuilder w, string name, ImmutableArray<CodeDefinition> codes, int level, LoadedRuleSet loaded)
    {
        if (codes.IsDefaultOrEmpty && level == 0)
        {
            return;
        }

        var indent = new string(' ', level * 2);
        w.Append(indent).Append(name).Append(codes.IsDefaultOrEmpty ? ": []\n" : ":\n");
        foreach (var code in codes.IsDefault ? [] : codes)
        {
            w.Append(indent).Append("  - { code: ").Append(Quote(code.Code)).Append(", name: ").Append(Quote(code.Name));
            if (code.English is not null)
            {
                w.Append(", english: ").Append(Quote(code.English));
            }

            if (code.Group is not null)
            {
                w.Append(", area: ").Append(Quote(code.Group));
            }

            if (code.Citation is not null)
            {
                w.Append(", cites: ").Append(Citation(code.Citation));
            }

            if (loaded.CatalogueOnly.Contains(code))
            {
                w.Append(", catalogueOnly: true");
            }

            w.Append(" }\n");
        }
    }

    private static void Cites(StringBuilder w, int level, Citation? citation)
    {
        if (citation is not null)
        {
            w.Append(' ', level * 2).Append("cites: ").Append(Citation(citation)).Append('\n');
        }
    }

    private static string Citation(Citation citation) => $"{{ document: {citation.DocumentId}, article: {Quote(citation.Article)} }}";

    private static string InForce(LocalDate? from, LocalDate? to) =>
        "{ " + string.Join(", ", new[] { from is { } f ? "from: " + Date(f) : null, to is { } t ? "to: " + Date(t) : null }.OfType<string>()) + " }";

    private static void Line(StringBuilder w, int level, string key, string? value)
    {
        if (value is not null)
        {
            w.Append(' ', level * 2).Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    private static string Date(LocalDate date) => IsoDate.Format(date);

    /// <summary>A YAML double-quoted scalar (JSON escapes), so any text reads back as written.</summary>
    private static string Quote(string text) => JsonText.Quote(text);
}
