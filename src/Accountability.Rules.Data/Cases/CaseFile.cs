using System.Collections.Immutable;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// A case as loaded from a case file: the ruleset it names, the decision date, and its input facts
/// (built with <see cref="FactCatalog.Standard"/>), ready to insert into a session. Immutable.
/// </summary>
public sealed record CaseFile
{
    /// <summary>The id of the ruleset the case names, e.g. <c>yibin-2020</c>.</summary>
    public required string RulesetId { get; init; }

    /// <summary>The date responsibility is determined or the decision is made.</summary>
    public required LocalDate DecidedOn { get; init; }

    /// <summary>
    /// The input facts: one <c>case</c>, one <c>enterprise</c>, then losses, persons, conduct,
    /// factors, decisions, discipline sanctions, concurrent deductions and circumstances in file order.
    /// </summary>
    public required ImmutableArray<Fact> Facts { get; init; }

    /// <summary>The file name errors give for the case.</summary>
    public required string FileName { get; init; }

    /// <summary>Where each fact of <see cref="Facts"/> is written, by position.</summary>
    internal ImmutableArray<FactSource> Sources { get; init; } = [];

    /// <summary>Where the ruleset id is written (its line and column worked out when asked for: only a message about the id asks).</summary>
    internal Yaml.YamlPosition? RulesetPosition { get; init; }

    /// <summary>Where the ruleset id is written.</summary>
    internal SourceLocation? RulesetLocation => RulesetPosition?.Location;
}
