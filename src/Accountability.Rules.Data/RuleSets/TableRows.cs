using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// The frame every table shares: a mapping with <c>rows</c> and an optional <c>salience</c>, plus
/// the table's own keys.
/// </summary>
internal static class TableRows
{
    /// <summary>Reads one row of a table and adds its rules; <c>fixedId</c> is the id of the row it replaces, when it replaces one.</summary>
    public delegate void RowReader(MappingReader row, TableSettings settings, RuleSetContext context, string? fixedId);

    /// <summary>
    /// Reads the table mapping, takes its settings (the parent's, when the parent has the table;
    /// the subject from <paramref name="readSubject"/>) and reads each row through
    /// <paramref name="readRow"/>. Returns the table's reader, its own salience (or
    /// <paramref name="defaultSalience"/>) and extras; <c>null</c> when the table is not a mapping (reported).
    /// </summary>
    public static (MappingReader Table, int Salience, RuleExtras Extras)? Read(
        YamlNode node,
        string name,
        ImmutableArray<string> tableKeys,
        ImmutableArray<string> rowKeys,
        int defaultSalience,
        RuleSetContext context,
        RowReader readRow,
        Func<MappingReader, FactSchema?>? readSubject = null)
    {
        var errors = context.Errors;
        if (YamlValues.Mapping(node, name, errors) is not { } mapping)
        {
            return null;
        }

        var table = new MappingReader(mapping, name, TableKeys(tableKeys), errors);
        var extras = RuleExtras.Read(table, context);
        var salience = table.Optional("salience") is { } s ? YamlValues.Integer(s, table.PathOf("salience"), errors) ?? defaultSalience : defaultSalience;
        var rows = table.Required("rows") is { } r ? MappingReader.Each(r, table.PathOf("rows"), RowKeys(rowKeys), errors, nonEmpty: true) : [];
        var subject = readSubject?.Invoke(table);
        var settings = context.Table(name, salience, extras, subject);
        RejectChangedSettings(table, settings, salience, extras, subject, errors);
        foreach (var row in rows)
        {
            readRow(row, settings, context, null);
        }

        return (table, salience, extras);
    }

    /// <summary>
    /// An overlay that restates a table its parent has adds rows under the parent's table settings;
    /// a table-level salience, policy, period or subject that differs from them would be ignored, so
    /// it is an error rather than silently dropped.
    /// </summary>
    private static void RejectChangedSettings(MappingReader table, TableSettings settings, int salience, RuleExtras extras, FactSchema? subject, LoadErrors errors)
    {
        var changed = new List<string>();
        if (table.Optional("salience") is not null && salience != settings.Salience)
        {
            changed.Add($"salience {salience} (the parent's is {settings.Salience})");
        }

        if (RuleExtras.Keys.Any(key => table.Optional(key) is not null) && extras != settings.Extras)
        {
            changed.Add("policy or inForce");
        }

        if (table.Optional("subject") is not null && !ReferenceEquals(subject, settings.Subject))
        {
            changed.Add("subject");
        }

        if (changed.Count > 0)
        {
            errors.Add(table.Mapping.Start, LoadDiagnostics.TableSettingsChanged, settings.Name, string.Join(", ", changed));
        }
    }

    /// <summary>The keys of a table: its own, its salience, its rows, and what its rows' rules inherit.</summary>
    public static ImmutableArray<string> TableKeys(ImmutableArray<string> tableKeys) => [.. tableKeys, "salience", "rows", .. RuleExtras.Keys];

    /// <summary>The keys of a row: the table's own, its id, and what it may add to its rules.</summary>
    public static ImmutableArray<string> RowKeys(ImmutableArray<string> rowKeys) => [.. rowKeys, "id", .. RuleExtras.Keys];

    /// <summary>
    /// The id of a row: <paramref name="fixedId"/> (a row that replaces another keeps its id; an
    /// <c>id:</c> that differs from it is an error), the
    /// row's own <c>id:</c>, or <paramref name="defaultId"/>; registered as a table row id.
    /// <c>null</c> (reported) when it is malformed or already used.
    /// </summary>
    public static string? RowId(MappingReader row, string? defaultId, string? fixedId, RuleSetContext context)
    {
        var errors = context.Errors;
        string? id = fixedId;
        var at = row.Start;
        if (fixedId is not null && row.Optional("id") is { } stated && YamlValues.Scalar(stated, row.PathOf("id"), errors) is { } restated && restated.Value != fixedId)
        {
            errors.Add(restated.Start, LoadDiagnostics.ReplacedRowIdChanged, fixedId, restated.Value);
            return null;
        }

        if (id is null && row.Optional("id") is { } node && YamlValues.Scalar(node, row.PathOf("id"), errors) is { } written)
        {
            if (!IdShapes.Check(written.Value, IdShapes.RuleId, "row id", written.Start, IdShapes.RuleIdHint, errors))
            {
                return null;
            }

            (id, at) = (written.Value, written.Start);
        }

        id ??= defaultId;
        return id is not null && context.RowIds.Register(id, at) ? id : null;
    }

    /// <summary>
    /// Reads a required list of codes from a row, each checked against a code list; <c>null</c>
    /// when the key is missing, the list is empty or a code is unknown (reported).
    /// </summary>
    public static ImmutableArray<string>? Codes(MappingReader row, string key, IReadOnlyCollection<string> valid, string what, string listName, LoadErrors errors)
    {
        if (row.Required(key) is not { } node || YamlValues.ScalarList(node, row.PathOf(key), errors) is not { } scalars)
        {
            return null;
        }

        if (scalars.IsEmpty)
        {
            errors.Add(node.Start, LoadDiagnostics.EmptyList, row.PathOf(key));
            return null;
        }

        var ok = true;
        foreach (var scalar in scalars)
        {
            ok &= References.Check(scalar, valid, what, listName, errors);
        }

        return ok ? [.. scalars.Select(s => s.Value)] : null;
    }
}
