using System.Collections.Immutable;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.Catalog;

/// <summary>
/// The answer to "which version of this ruleset was in force on that date": the version, or why
/// none was, naming the versions and their periods. Immutable.
/// </summary>
/// <param name="Id">The ruleset id asked for.</param>
/// <param name="Date">The date asked for.</param>
/// <param name="InForce">The version in force on <paramref name="Date"/>; <c>null</c> when none is (or the id is unknown).</param>
/// <param name="Versions">Every version of the id, earliest first; empty when the id is unknown.</param>
public sealed record RuleSetSelection(string Id, LocalDate Date, RuleSetDefinition? InForce, ImmutableArray<RuleSetDefinition> Versions)
{
    /// <summary>Whether the catalogue has the id at all.</summary>
    public bool IsKnown => !Versions.IsEmpty;

    /// <summary>
    /// The version nearest the date when none is in force: the earliest when the date is before
    /// every version, else the latest that started before it; the one in force otherwise.
    /// </summary>
    public RuleSetDefinition? Nearest =>
        InForce ?? Versions.LastOrDefault(v => v.InForceFrom <= Date) ?? Versions.FirstOrDefault();

    /// <summary>
    /// The "not in force" answer, e.g. <c>yibin-2020 is not in force on 2019-12-31: version 1.0.0
    /// is in force from 2020-11-20</c>; <c>null</c> when a version is in force or the id is unknown.
    /// </summary>
    public string? NotInForce => InForce is not null || !IsKnown
        ? null
        : $"{Id} is not in force on {IsoDate.Format(Date)}: {string.Join("; ", Versions.Select(Describe))}";

    /// <summary>A version and its period, e.g. <c>version 1.0.0 is in force from 2020-11-20</c>.</summary>
    public static string Describe(RuleSetDefinition version) =>
        $"version {version.Version} is in force from {IsoDate.Format(version.InForceFrom)}"
        + (version.InForceTo is { } to ? $" to {IsoDate.Format(to)} (inclusive)" : string.Empty);
}
