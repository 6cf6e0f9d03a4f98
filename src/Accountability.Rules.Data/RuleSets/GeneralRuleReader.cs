using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>Reads the <c>rules:</c> list: general rules for what a table cannot say.</summary>
internal static class GeneralRuleReader
{
    private static readonly ImmutableArray<string> Keys = ["id", "title", "cites", "salience", "policy", "inForce", "when", "then"];

    /// <summary>Reads the rules and adds those without errors to the context.</summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        foreach (var reader in MappingReader.Each(node, "rules", Keys, context.Errors))
        {
            ReadRule(reader, context);
        }
    }

    /// <summary>The keys of a rule.</summary>
    public static ImmutableArray<string> RuleKeys => Keys;

    /// <summary>Reads one rule and adds it to the context when it has no errors.</summary>
    public static void ReadRule(MappingReader reader, RuleSetContext context)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var id = reader.RequiredScalar("id");
        var idOk = id is not null
            && IdShapes.Check(id.Value, IdShapes.RuleId, "rule id", id.Start, IdShapes.RuleIdHint, errors)
            && context.RuleIds.Register(id.Value, id.Start);
        var title = reader.RequiredText("title");
        var citation = CitationReader.Required(reader, context);
        var salience = reader.Optional("salience") is { } s ? YamlValues.Integer(s, reader.PathOf("salience"), errors) : 0;
        var extras = RuleExtras.Read(reader, context);
        var scope = new AliasScope();
        var conditions = reader.Required("when") is { } when ? new ConditionReader(context, scope).Read(when, reader.PathOf("when")) : [];
        var actions = reader.Required("then") is { } then ? new ActionReader(context, scope).Read(then, reader.PathOf("then")) : [];
        if (errors.Reported != mark || !idOk || title is null || citation is null || salience is null)
        {
            return;
        }

        context.Rules.Add(context.WithDecisiveDate(extras.Apply(new RuleDefinition
        {
            Id = id!.Value,
            Title = title,
            Citation = citation,
            Salience = salience.Value,
            Conditions = conditions,
            Actions = actions,
            Source = reader.Start,
        })));
    }
}
