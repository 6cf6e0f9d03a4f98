using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>Builds canonical rules and rulesets in C# for engine tests, without the YAML front-end.</summary>
internal static class RuleText
{
    public static readonly Citation Cite = new("test-doc", "Art. 1");

    public static FactSchema Schema(string type) => FactCatalog.Standard[type];

    public static ExpressionElement F(string alias, string field) => new FieldExpression(alias, field);

    public static ExpressionElement C(string text) => new ConstantExpression(Value.Of(text));

    public static ExpressionElement C(decimal number) => new ConstantExpression(Value.Of(number));

    public static ExpressionElement Eq(ExpressionElement left, ExpressionElement right) => new ComparisonExpression(ComparisonOperator.Equal, left, right);

    public static LogicalExpression And(params ExpressionElement[] operands) => new(true, [.. operands]);

    public static ExpressionElement Gt(ExpressionElement left, ExpressionElement right) => new ComparisonExpression(ComparisonOperator.GreaterThan, left, right);

    public static ExpressionElement Call(BuiltInFunction function, params ExpressionElement[] arguments) => new CallExpression(function, [.. arguments]);

    public static PatternElement Pattern(string alias, string type, ExpressionElement? condition = null) => new(alias, type, condition);

    public static NotElement Not(string alias, string type, ExpressionElement? condition = null) => new(alias, type, condition);

    public static AssertAction Then(string type, params (string Field, ExpressionElement Value)[] fields) =>
        new(type, [.. fields.Select(f => new FieldAssignment(f.Field, f.Value))]);

    public static RuleDefinition Rule(string id, int salience, RuleElement[] when, params AssertAction[] then) => new()
    {
        Id = id,
        Title = id,
        Citation = Cite,
        Salience = salience,
        Conditions = [.. when],
        Actions = [.. then],
    };

    public static RuleSetDefinition RuleSet(params RuleDefinition[] rules) => new()
    {
        Id = "engine-test",
        Version = "0.0.1",
        Title = "engine test",
        InForceFrom = new LocalDate(2020, 1, 1),
        Currency = "CNY",
        Documents = [new DocumentReference("test-doc", "test document", null, null)],
        Policies = [new PolicyDefinition("test-policy", "A test policy", "For tests.", null)],
        Boundaries = [],
        Tiers = [],
        Responsibilities = [],
        CodeLists = ImmutableSortedDictionary<string, ImmutableArray<CodeDefinition>>.Empty,
        Rules = [.. rules],
    };

    public static Fact Loss(string id, decimal amount, string kind = "direct") =>
        Fact.Create(Schema("loss"), ("id", Value.Of(id)), ("amount", Value.Of(amount)), ("kind", Value.Of(kind)), ("assessedByIntermediary", Value.False));

    public static Fact Person(string id) =>
        Fact.Create(Schema("person"), ("id", Value.Of(id)), ("role", Value.Of("manager")), ("status", Value.Of("serving")));

    public static Fact Conduct(string person, string code = "decisive-role") =>
        Fact.Create(Schema("conduct"), ("person", Value.Of(person)), ("code", Value.Of(code)));

    public static Fact Note(string text) => Fact.Create(Schema("note"), ("text", Value.Of(text)));

    public static Fact Circumstance(string code) => Fact.Create(Schema("circumstance"), ("code", Value.Of(code)));
}
