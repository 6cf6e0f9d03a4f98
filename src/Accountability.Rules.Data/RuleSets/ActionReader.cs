using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads the <c>then</c> list of a rule: <c>{ assert: type, set: { field: operand } }</c>, each
/// literal typed by the field it is assigned to.
/// </summary>
internal sealed class ActionReader
{
    /// <summary>The keys of an action.</summary>
    public static readonly ImmutableArray<string> Keys = ["assert", "set"];

    private readonly RuleSetContext _context;
    private readonly OperandReader _operands;

    /// <summary>Creates a reader over the aliases the conditions bound.</summary>
    public ActionReader(RuleSetContext context, AliasScope scope)
    {
        _context = context;
        _operands = new OperandReader(context, scope);
    }

    private LoadErrors Errors => _context.Errors;

    /// <summary>Reads the list; actions with errors are left out (and reported).</summary>
    public ImmutableArray<AssertAction> Read(YamlNode node, string path)
    {
        var actions = ImmutableArray.CreateBuilder<AssertAction>();
        foreach (var reader in MappingReader.Each(node, path, Keys, Errors))
        {
            if (Action(reader) is { } action)
            {
                actions.Add(action);
            }
        }

        return actions.ToImmutable();
    }

    private AssertAction? Action(MappingReader reader)
    {
        if (reader.RequiredScalar("assert") is not { } type)
        {
            return null;
        }

        var derived = _context.Catalog.Types.Where(t => t.Origin == FactOrigin.Derived).Select(t => t.Name).ToArray();
        if (!_context.Catalog.TryGet(type.Value, out var schema))
        {
            References.Check(type, derived, "fact type", "derived fact types", Errors);
            return null;
        }

        if (schema.Origin != FactOrigin.Derived)
        {
            Errors.Add(type.Start, LoadDiagnostics.NotDerived, type.Value, string.Join(", ", derived));
            return null;
        }

        var fields = ImmutableArray.CreateBuilder<FieldAssignment>();
        var ok = true;
        var setNode = reader.Optional("set");
        var set = setNode is null or YamlScalar { IsNull: true } ? null : YamlValues.Mapping(setNode, reader.PathOf("set"), Errors);
        foreach (var entry in set?.Entries ?? [])
        {
            if (!schema.TryGetField(entry.KeyText, out var field))
            {
                Errors.Add(entry.KeyStart, LoadDiagnostics.UnknownField, schema.Name, entry.KeyText, OperandReader.FieldHint(schema, entry.KeyText));
                ok = false;
                continue;
            }

            if (_operands.Read(entry.Value, field.Kind, reader.PathOf("set") + "." + field.Name) is { } value)
            {
                fields.Add(new FieldAssignment(field.Name, value));
            }
            else
            {
                ok = false;
            }
        }

        return ok ? new AssertAction(schema.Name, fields.ToImmutable()) : null;
    }
}
