using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// What a catalogue needs to know of a ruleset file before loading it: its id, version, period in
/// force and the parent it extends, read leniently (the full load reports every mistake).
/// </summary>
/// <param name="Id">The ruleset id.</param>
/// <param name="Version">The version, when written.</param>
/// <param name="InForceFrom">The first day in force, when it reads.</param>
/// <param name="ParentId">The parent's id, when the file extends one.</param>
/// <param name="ParentVersion">The parent's version, when the file names one.</param>
/// <param name="At">Where the period in force (or the header) is written.</param>
internal sealed record RuleSetPreview(string Id, string? Version, LocalDate? InForceFrom, string? ParentId, string? ParentVersion, Model.SourceLocation At)
{
    /// <summary>The preview of a file's top-level mapping; <c>null</c> without a readable <c>ruleset.id</c>.</summary>
    public static RuleSetPreview? From(YamlMapping mapping)
    {
        if (mapping.Find("ruleset")?.Value is not YamlMapping header || header.Find("id")?.Value is not YamlScalar { IsNull: false } id)
        {
            return null;
        }

        var version = (header.Find("version")?.Value as YamlScalar)?.Value;
        LocalDate? from = header.Find("inForce")?.Value is YamlMapping inForce && inForce.Find("from")?.Value is YamlScalar f
            ? IsoDate.Parse(f.Value) : null;
        var (parentId, parentVersion) = ParentOf(mapping.Find("extends")?.Value);
        return new RuleSetPreview(id.Value, version, from, parentId, parentVersion, (header.Find("inForce")?.Value ?? header).Start);
    }

    /// <summary>The parent named by an <c>extends:</c> value: <c>id</c> or <c>{ id, version }</c>.</summary>
    public static (string? Id, string? Version) ParentOf(YamlNode? extends) => extends switch
    {
        YamlScalar { IsNull: false } scalar => (scalar.Value, null),
        YamlMapping mapping => ((mapping.Find("id")?.Value as YamlScalar)?.Value, (mapping.Find("version")?.Value as YamlScalar)?.Value),
        _ => (null, null),
    };
}
