using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// A table's own settings, kept so that an overlay can add or replace rows of a parent's table:
/// its name, the salience of its rules, what its rows inherit, the subject fact type (for
/// <c>lossTiers</c>), and how many rows it has had (for default row ids by position). Mutable
/// only while its ruleset loads.
/// </summary>
internal sealed class TableSettings
{
    /// <summary>Creates the settings of a table.</summary>
    public TableSettings(string name, int salience, RuleExtras extras, FactSchema? subject = null)
    {
        Name = name;
        Salience = salience;
        Extras = extras;
        Subject = subject;
    }

    /// <summary>The table's key, e.g. <c>lossTiers</c>.</summary>
    public string Name { get; }

    /// <summary>The salience of the row rules.</summary>
    public int Salience { get; }

    /// <summary>The policy and period in force rows inherit.</summary>
    public RuleExtras Extras { get; }

    /// <summary>The fact type the criteria read (<c>lossTiers</c> only).</summary>
    public FactSchema? Subject { get; }

    /// <summary>The number of rows read so far, including a parent's.</summary>
    public int RowCount { get; set; }

    /// <summary>
    /// Starts reading a row: counts it and reads what it adds to its rules (its own policy and
    /// period in force over the table's); returns its 1-based number, including a parent's rows.
    /// </summary>
    public (int Number, RuleExtras Extras) BeginRow(MappingReader row, RuleSetContext context) =>
        (++RowCount, RuleExtras.Read(row, context, Extras));

    /// <summary>A copy for a child ruleset, so that its rows do not count in the parent's.</summary>
    public TableSettings Copy() => new(Name, Salience, Extras, Subject) { RowCount = RowCount };
}
