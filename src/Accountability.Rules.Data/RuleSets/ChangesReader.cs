using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Reads and applies an overlay's <c>changes:</c> to the rules inherited from its parent, in order:
/// <c>{ add: rule, rule: {...} }</c>, <c>{ add: row, table: name, row: {...} }</c>,
/// <c>{ replace: id, rule: {...} }</c> or <c>{ replace: id, row: {...} }</c>, and
/// <c>{ remove: id }</c>, each with its own <c>cites</c> (the authority for the change). An id is
/// a table row id (<c>lossTiers/larger</c>) or a rule id; a row stands for all the rules expanded
/// from it. Policies and code lists (<c>policies/&lt;id&gt;</c>, <c>codes/&lt;list&gt;</c>) are
/// changed by <see cref="DeclarationChanges"/>. A replacement takes the place of what it replaces in the declaration order; an added
/// row goes after its table's last rule, an added rule at the end.
/// </summary>
internal static class ChangesReader
{
    /// <summary>The keys of a change.</summary>
    public static readonly ImmutableArray<string> Keys = ["add", "replace", "remove", "table", "rule", "row", "policy", "codes", "cites"];
    /// <summary>What <c>add:</c> may add.</summary>
    public static readonly ImmutableArray<string> AddKinds = ["rule", "row"];
    /// <summary>The kinds of change: each change has exactly one of these keys.</summary>
    public static readonly ImmutableArray<string> ChangeKinds = ["add", "replace", "remove"];
    private static readonly string[] NoBodyKeys = ["rule", "row", "table", "policy", "codes"];
    private static readonly string[] DeclarationKeys = ["policy", "codes"];
    /// <summary>The tables a change may add a row to.</summary>
    public static readonly ImmutableArray<string> Tables = ["lossTiers", "sanctionMatrix", "promotionRestrictions", "factorEffects"];

    /// <summary>
    /// Reads and applies the changes. A table of the parent that the changes leave without rows is
    /// reported at the change that removed its last row.
    /// </summary>
    public static void Read(YamlNode node, RuleSetContext context)
    {
        var emptied = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var filled = TablesWithRows(context);
        foreach (var change in MappingReader.Each(node, "changes", Keys, context.Errors))
        {
            Apply(change, context);
            var now = TablesWithRows(context);
            foreach (var table in filled.Where(t => !now.Contains(t)))
            {
                emptied[table] = change.Start;
            }

            filled = now;
        }

        foreach (var (table, at) in emptied.Where(e => !filled.Contains(e.Key)))
        {
            context.Errors.Add(at, LoadDiagnostics.TableLeftEmpty, table);
        }
    }

    private static HashSet<string> TablesWithRows(RuleSetContext context) =>
        context.Rows.Values.Select(r => r.Table).ToHashSet(StringComparer.Ordinal);

    private static void Apply(MappingReader change, RuleSetContext context)
    {
        var errors = context.Errors;
        var kinds = ChangeKinds.Where(change.Has).ToArray();
        var citation = CitationReader.Required(change, context);
        if (kinds.Length != 1)
        {
            errors.Add(change.Start, LoadDiagnostics.ChangeKind);
            return;
        }

        var kind = kinds[0];
        if (YamlValues.Scalar(change.Optional(kind)!, change.PathOf(kind), errors) is not { } target || citation is null)
        {
            return;
        }

        if (DeclarationChanges.Targets(target.Value))
        {
            DeclarationChanges.Apply(change, kind, target, citation, context);
            return;
        }

        if (kind != "remove")
        {
            Forbid(change, DeclarationKeys, kind, errors);
        }

        switch (kind)
        {
            case "remove":
                Forbid(change, NoBodyKeys, kind, errors);
                if (Find(target, "remove", context) is { } removed)
                {
                    Remove(removed, context);
                    context.Changes.Add(new AppliedChange(kind, target.Value, [.. removed.Select(i => context.Rules[i].Id)], citation, change.Start));
                    foreach (var index in removed.OrderDescending())
                    {
                        context.Rules.RemoveAt(index);
                    }
                }

                break;
            case "replace":
                Replace(change, target, citation, context);
                break;
            default:
                Add(change, target, citation, context);
                break;
        }
    }

    private static void Replace(MappingReader change, YamlScalar target, Citation citation, RuleSetContext context)
    {
        var errors = context.Errors;
        if (!ExactlyOneBody(change, errors) || Find(target, "replace", context) is not { } replaced)
        {
            return;
        }

        var position = replaced[0];
        var row = context.Rows.GetValueOrDefault(context.Rules[position].Id);
        var rowId = context.RowIds.Contains(target.Value) ? target.Value : null;
        var oldIds = replaced.ConvertAll(i => context.Rules[i].Id);
        Remove(replaced, context);
        for (var i = replaced.Count - 1; i >= 0; i--)
        {
            context.Rules.RemoveAt(replaced[i]);
        }

        var added = Body(change, row?.Table, rowId, context);
        if (added is null)
        {
            return;
        }

        var rules = context.Rules.GetRange(context.Rules.Count - added.Value, added.Value);
        context.Rules.RemoveRange(context.Rules.Count - added.Value, added.Value);
        context.Rules.InsertRange(Math.Min(position, context.Rules.Count), rules);
        context.Changes.Add(new AppliedChange("replace", target.Value, [.. oldIds.Concat(rules.Select(r => r.Id)).Distinct()], citation, change.Start));
    }

    private static void Add(MappingReader change, YamlScalar what, Citation citation, RuleSetContext context)
    {
        var errors = context.Errors;
        if (!References.Check(what, AddKinds, "kind of addition", "write add: rule or add: row", errors) || !ExactlyOneBody(change, errors))
        {
            return;
        }

        if (what.Value == "rule" ? !change.Has("rule") : !change.Has("row"))
        {
            errors.Add(change.Start, LoadDiagnostics.MissingKey, what.Value, change.Where);
            return;
        }

        string? table = null;
        if (what.Value == "row")
        {
            if (change.RequiredScalar("table") is not { } tableScalar || !References.Check(tableScalar, Tables, "table", "tables", errors))
            {
                return;
            }

            table = tableScalar.Value;
        }

        var before = context.Rules.Count;
        if (Body(change, table, null, context) is not { } count || count == 0)
        {
            return;
        }

        var rules = context.Rules.GetRange(before, count);
        if (table is not null)
        {
            // A row goes after the last rule of its table, so that ties keep the table's order.
            var last = before == 0 ? -1 : context.Rules.FindLastIndex(before - 1, before, r => context.Rows.TryGetValue(r.Id, out var row) && row.Table == table);
            if (last >= 0)
            {
                context.Rules.RemoveRange(before, count);
                context.Rules.InsertRange(last + 1, rules);
            }
        }

        var target = table is null ? rules[0].Id : context.Rows[rules[0].Id].RowId;
        context.Changes.Add(new AppliedChange("add", target, [.. rules.Select(r => r.Id)], citation, change.Start));
    }

    /// <summary>Reads the rule or row of a change and adds its rules at the end; the number added, or <c>null</c> on errors.</summary>
    private static int? Body(MappingReader change, string? table, string? rowId, RuleSetContext context)
    {
        var errors = context.Errors;
        var mark = errors.Reported;
        var before = context.Rules.Count;
        if (change.Optional("rule") is { } ruleNode)
        {
            if (YamlValues.Mapping(ruleNode, change.PathOf("rule"), errors) is { } mapping)
            {
                GeneralRuleReader.ReadRule(new MappingReader(mapping, change.PathOf("rule"), GeneralRuleReader.RuleKeys, errors), context);
            }
        }
        else if (change.Optional("row") is { } rowNode && YamlValues.Mapping(rowNode, change.PathOf("row"), errors) is { } mapping)
        {
            if (table is null)
            {
                errors.Add(rowNode.Start, LoadDiagnostics.RowReplacesRule);
                return null;
            }

            var settings = context.Tables.TryGetValue(table, out var s) ? s : null;
            if (settings is null)
            {
                errors.Add(change.Start, LoadDiagnostics.NoParentTable, table);
                return null;
            }

            var (rowKeys, readRow) = RowReaderOf(table);
            readRow(new MappingReader(mapping, change.PathOf("row"), rowKeys, errors), settings, context, rowId);
        }

        return errors.Reported == mark ? context.Rules.Count - before : null;
    }

    /// <summary>The row keys and row reader of a table (one of <see cref="Tables"/>).</summary>
    private static (ImmutableArray<string> RowKeys, TableRows.RowReader ReadRow) RowReaderOf(string table) => table switch
    {
        "lossTiers" => (LossTierTable.RowKeysOf, LossTierTable.ReadRow),
        "sanctionMatrix" => (SanctionMatrixTable.RowKeysOf, SanctionMatrixTable.ReadRow),
        "promotionRestrictions" => (PromotionRestrictionTable.RowKeysOf, PromotionRestrictionTable.ReadRow),
        _ => (FactorEffectTable.RowKeysOf, FactorEffectTable.ReadRow),
    };

    /// <summary>The positions of the rules an id stands for, in ascending order: a row's rules, or one rule; <c>null</c> (reported with the nearest ids) when none.</summary>
    private static List<int>? Find(YamlScalar target, string action, RuleSetContext context)
    {
        var id = target.Value;
        var positions = new List<int>();
        for (var i = 0; i < context.Rules.Count; i++)
        {
            var rule = context.Rules[i];
            if (rule.Id == id || (context.Rows.TryGetValue(rule.Id, out var row) && row.RowId == id))
            {
                positions.Add(i);
            }
        }

        if (positions.Count > 0)
        {
            return positions;
        }

        var ids = context.Rules.Select(r => r.Id).Concat(context.Rows.Values.Select(r => r.RowId)).Distinct(StringComparer.Ordinal).ToArray();
        context.Errors.Add(target.Start, LoadDiagnostics.ChangeTargetUnknown, action, id, NearIds(id, ids));
        return null;
    }

    /// <summary>A hint with the closest id and up to six ids nearest to the one written.</summary>
    public static string NearIds(string written, IReadOnlyCollection<string> ids)
    {
        var near = ids.OrderBy(i => Suggestions.Distance(written, i)).ThenBy(i => i, StringComparer.Ordinal).Take(6).ToArray();
        var closest = Suggestions.Closest(written, ids);
        var list = near.Length == 0 ? "the parent has no rules" : "ids near it: " + string.Join(", ", near);
        return closest is null ? list : $"did you mean '{closest}'? {list}";
    }

    private static void Remove(List<int> positions, RuleSetContext context)
    {
        foreach (var index in positions)
        {
            var id = context.Rules[index].Id;
            context.RuleIds.Remove(id);
            if (context.Rows.Remove(id, out var row) && !context.Rows.Values.Any(r => r.RowId == row.RowId))
            {
                context.RowIds.Remove(row.RowId);
            }
        }
    }

    private static bool ExactlyOneBody(MappingReader change, LoadErrors errors)
    {
        if (change.Has("rule") && change.Has("row"))
        {
            errors.Add(change.Start, LoadDiagnostics.RuleAndRow);
            return false;
        }

        if (!change.Has("rule") && !change.Has("row"))
        {
            errors.Add(change.Start, LoadDiagnostics.RuleOrRowMissing, change.Where);
            return false;
        }

        return true;
    }

    private static void Forbid(MappingReader change, string[] keys, string kind, LoadErrors errors)
    {
        foreach (var key in keys.Where(change.Has))
        {
            errors.Add(change.Mapping.KeyStart(key), LoadDiagnostics.ChangeKeyNotAllowed, kind, key);
        }
    }
}
