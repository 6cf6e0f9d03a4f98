using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads the <c>when</c> list of a rule: patterns (<c>fact:</c>), negations (<c>not:</c>) and
/// aggregates (<c>aggregate:</c> with <c>as:</c> beside it), binding aliases left to right.
/// A pattern without <c>as</c> gets a generated alias (<c>_1</c>, <c>_2</c>... by position) that
/// cannot clash with a written one.
/// </summary>
internal sealed class ConditionReader
{
    /// <summary>The keys of a pattern, and of the body of a negation.</summary>
    public static readonly ImmutableArray<string> PatternKeys = ["fact", "as", "where"];
    /// <summary>The keys of a negation.</summary>
    public static readonly ImmutableArray<string> NotKeys = ["not"];
    /// <summary>The keys of an aggregate.</summary>
    public static readonly ImmutableArray<string> AggregateKeys = ["aggregate", "as"];
    /// <summary>The keys of the body of an aggregate.</summary>
    public static readonly ImmutableArray<string> AggregateBodyKeys = ["fact", "where", "sum", "count"];

    private readonly RuleSetContext _context;
    private readonly AliasScope _scope;
    private readonly WhereReader _where;

    /// <summary>Creates a reader that binds aliases in <paramref name="scope"/>.</summary>
    public ConditionReader(RuleSetContext context, AliasScope scope)
    {
        _context = context;
        _scope = scope;
        _where = new WhereReader(context, new OperandReader(context, scope));
    }

    private LoadErrors Errors => _context.Errors;

    /// <summary>Reads the list; elements with errors are left out (and reported).</summary>
    public ImmutableArray<RuleElement> Read(YamlNode node, string path)
    {
        var elements = ImmutableArray.CreateBuilder<RuleElement>();
        if (YamlValues.Sequence(node, path, Errors) is not { } list)
        {
            return [];
        }

        for (var i = 0; i < list.Items.Length; i++)
        {
            if (YamlValues.Mapping(list.Items[i], path, Errors) is not { } item)
            {
                continue;
            }

            var generated = "_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var element = item switch
            {
                _ when item.Find("fact") is not null => Pattern(new MappingReader(item, path, PatternKeys, Errors), generated),
                _ when item.Find("not") is not null => Not(new MappingReader(item, path, NotKeys, Errors), generated),
                _ when item.Find("aggregate") is not null => Aggregate(new MappingReader(item, path, AggregateKeys, Errors), generated),
                _ => Unknown(item),
            };
            if (element is not null)
            {
                elements.Add(element);
            }
        }

        return elements.ToImmutable();
    }

    private PatternElement? Pattern(MappingReader reader, string generated)
    {
        var schema = FactType(reader);
        var alias = Alias(reader) ?? generated;
        if (schema is null)
        {
            _scope.BindBroken(alias);
            return null;
        }

        if (!Bind(alias, schema, reader))
        {
            return null;
        }

        return new PatternElement(alias, schema.Name, _where.Read(reader.Optional("where"), alias, schema, reader.PathOf("where")));
    }

    private NotElement? Not(MappingReader outer, string generated)
    {
        if (YamlValues.Mapping(outer.Optional("not")!, outer.PathOf("not"), Errors) is not { } body)
        {
            return null;
        }

        var reader = new MappingReader(body, outer.PathOf("not"), PatternKeys, Errors);
        var schema = FactType(reader);
        var alias = Alias(reader) ?? generated;
        if (schema is null || !Bind(alias, schema, reader))
        {
            return null;
        }

        var condition = _where.Read(reader.Optional("where"), alias, schema, reader.PathOf("where"));
        _scope.Unbind(alias);
        return new NotElement(alias, schema.Name, condition);
    }

    private AggregateElement? Aggregate(MappingReader outer, string generated)
    {
        if (YamlValues.Mapping(outer.Optional("aggregate")!, outer.PathOf("aggregate"), Errors) is not { } body)
        {
            return null;
        }

        var reader = new MappingReader(body, outer.PathOf("aggregate"), AggregateBodyKeys, Errors);
        var schema = FactType(reader);
        var alias = Alias(outer) ?? generated;
        if (schema is null)
        {
            _scope.BindBroken(alias);
            return null;
        }

        var itemAlias = generated + "item";
        _scope.Bind(itemAlias, schema);
        var condition = _where.Read(reader.Optional("where"), itemAlias, schema, reader.PathOf("where"));
        _scope.Unbind(itemAlias);
        var (function, field) = AggregateFunctionOf(reader, schema);
        if (function is null)
        {
            _scope.BindBroken(alias);
            return null;
        }

        if (!Bind(alias, null, outer))
        {
            return null;
        }

        return new AggregateElement(alias, schema.Name, itemAlias, condition, function.Value, field);
    }

    private (AggregateFunction? Function, string? Field) AggregateFunctionOf(MappingReader reader, FactSchema schema)
    {
        var sum = reader.Optional("sum");
        var count = reader.Optional("count");
        if ((sum is null) == (count is null))
        {
            Errors.Add(reader.Start, LoadDiagnostics.AggregateFunction);
            return (null, null);
        }

        if (count is not null)
        {
            var counted = YamlValues.Boolean(count, reader.PathOf("count"), Errors);
            if (counted == false)
            {
                Errors.Add(count.Start, LoadDiagnostics.AggregateFunction);
            }

            return counted == true ? (AggregateFunction.Count, null) : (null, null);
        }

        if (YamlValues.Scalar(sum!, reader.PathOf("sum"), Errors) is not { } field)
        {
            return (null, null);
        }

        if (!schema.TryGetField(field.Value, out _))
        {
            Errors.Add(field.Start, LoadDiagnostics.UnknownField, schema.Name, field.Value, OperandReader.FieldHint(schema, field.Value));
            return (null, null);
        }

        return (AggregateFunction.Sum, field.Value);
    }

    private RuleElement? Unknown(YamlMapping item)
    {
        Errors.Add(item.Start, LoadDiagnostics.UnknownCondition);
        return null;
    }

    private FactSchema? FactType(MappingReader reader)
    {
        if (reader.RequiredScalar("fact") is not { } type)
        {
            return null;
        }

        return References.Check(type, [.. _context.Catalog.Types.Select(t => t.Name)], "fact type", "fact types", Errors)
            ? _context.Catalog[type.Value]
            : null;
    }

    private string? Alias(MappingReader reader)
    {
        if (reader.Optional("as") is not { } node || YamlValues.Scalar(node, reader.PathOf("as"), Errors) is not { } alias)
        {
            return null;
        }

        return IdShapes.Check(alias.Value, IdShapes.Alias, "alias", alias.Start, IdShapes.AliasHint, Errors) ? alias.Value : null;
    }

    private bool Bind(string alias, FactSchema? schema, MappingReader reader)
    {
        if (_scope.Bind(alias, schema))
        {
            return true;
        }

        var at = reader.Mapping.Find("as")?.Value.Start ?? reader.Start;
        Errors.Add(at, LoadDiagnostics.DuplicateAlias, alias);
        return false;
    }
}
