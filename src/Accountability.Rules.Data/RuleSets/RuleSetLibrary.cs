using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;

namespace Accountability.Rules.Data.RuleSets;

/// <summary>
/// Loads a set of ruleset files together: parents before the overlays that extend them (from the
/// same set, or from rulesets loaded before, e.g. the bundled ones), with unknown parents, missing
/// versions and cycles reported at the <c>extends:</c> value; then checks that the versions of one
/// id are distinct and do not overlap in their periods in force.
/// </summary>
internal static class RuleSetLibrary
{
    /// <summary>The keys of extends written as a mapping.</summary>
    public static readonly ImmutableArray<string> ExtendsKeys = ["id", "version"];

    /// <summary>
    /// Loads the files; returns the rulesets that loaded without errors (errors are reported).
    /// Parents the files do not declare are taken from <paramref name="external"/>, whose entries
    /// load on first use, so only the parents named are read.
    /// </summary>
    public static ImmutableArray<LoadedRuleSet> LoadAll(
        IReadOnlyList<ParsedRuleSetFile> files,
        FactCatalog catalog,
        IReadOnlyDictionary<string, WorkingDayCalendar> calendars,
        RuleSetCatalog? external,
        LoadErrors errors)
    {
        var previews = files.Select(f => f.Preview).ToArray();
        var states = new int[files.Count];
        var results = new LoadedRuleSet?[files.Count];
        var stack = new List<int>();

        LoadedRuleSet? Load(int index)
        {
            states[index] = 1;
            stack.Add(index);
            var fileErrors = new LoadErrors();
            var file = files[index].File;
            var loaded = RuleSetReader.Read(files[index], catalog, calendars, (node, from) => Resolve(node, from, index, fileErrors), fileErrors);
            if (loaded is not null)
            {
                Check(loaded, catalog, calendars, file, fileErrors);
            }

            errors.AddRange(fileErrors.ToImmutable());
            stack.RemoveAt(stack.Count - 1);
            states[index] = 2;
            results[index] = fileErrors.Count == 0 ? loaded : null;
            return results[index];
        }

        LoadedRuleSet? Resolve(YamlNode node, LocalDate? childFrom, int child, LoadErrors fileErrors)
        {
            if (node is YamlMapping mapping)
            {
                var reader = new MappingReader(mapping, "extends", ExtendsKeys, fileErrors);
                reader.Required("id");
            }
            else if (YamlValues.Scalar(node, "extends", fileErrors) is null)
            {
                return null;
            }

            var (id, version) = RuleSetPreview.ParentOf(node);
            if (id is null)
            {
                return null;
            }

            var at = node is YamlMapping m ? m.Find("id")?.Value.Start ?? node.Start : node.Start;
            var candidates = Candidates(id, child);
            if (candidates.Count == 0 && previews[child]?.Id == id)
            {
                // The overlay names itself: a cycle of one, not an unknown ruleset.
                fileErrors.Add(at, LoadDiagnostics.ExtendsCycle, $"{id} → {id}");
                return null;
            }

            if (candidates.Count == 0)
            {
                var known = previews.Where(p => p is not null).Select(p => p!.Id).Concat(external?.Ids ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                fileErrors.Add(at, LoadDiagnostics.UnknownParent, id, Suggestions.Hint(id, known, "rulesets available"));
                return null;
            }

            var chosen = version is not null
                ? candidates.Where(c => c.Version == version).ToList()
                : Latest(candidates.Where(c => childFrom is null || c.From is null || c.From <= childFrom));
            if (chosen.Count == 0)
            {
                var versions = string.Join(", ", candidates.Select(c => $"{c.Version} (from {(c.From is { } f ? IsoDate.Format(f) : "?")})"));
                if (version is not null)
                {
                    fileErrors.Add(node.Start, LoadDiagnostics.UnknownParentVersion, id, version, versions);
                }
                else
                {
                    fileErrors.Add(node.Start, LoadDiagnostics.NoParentInForce, id, IsoDate.Format(childFrom!.Value), versions);
                }

                return null;
            }

            var parent = chosen[0];
            if (parent.Entry is not null)
            {
                return parent.Entry.Loaded;
            }

            if (states[parent.Index] == 1)
            {
                var cycle = stack.Skip(stack.IndexOf(parent.Index)).Append(parent.Index).Select(i => previews[i]?.Id ?? files[i].File);
                fileErrors.Add(at, LoadDiagnostics.ExtendsCycle, string.Join(" → ", cycle));
                return null;
            }

            var result = states[parent.Index] == 2 ? results[parent.Index] : Load(parent.Index);
            if (result is null)
            {
                fileErrors.Add(at, LoadDiagnostics.ParentHasErrors, id);
            }

            return result;
        }

        // The rulesets an extends: naming id may mean: the other files declaring it, else the external catalogue's versions.
        List<ParentCandidate> Candidates(string id, int child)
        {
            var candidates = new List<ParentCandidate>();
            for (var i = 0; i < previews.Length; i++)
            {
                if (i != child && previews[i] is { } preview && preview.Id == id)
                {
                    candidates.Add(new ParentCandidate(i, preview.Version, preview.InForceFrom, null));
                }
            }

            if (external is not null && !previews.Any(p => p?.Id == id))
            {
                candidates.AddRange(external.EntriesOf(id).Select(e => new ParentCandidate(-1, e.Version, e.InForceFrom, e)));
            }

            return candidates;
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (states[i] == 0)
            {
                Load(i);
            }
        }

        return CheckVersions(results, previews, errors);
    }

    /// <summary>Type-checks the effective rules with the named calendar, reporting each problem at its rule.</summary>
    private static void Check(LoadedRuleSet loaded, FactCatalog catalog, IReadOnlyDictionary<string, WorkingDayCalendar> calendars, string fileName, LoadErrors errors)
    {
        var definition = loaded.Definition;
        var calendar = definition.CalendarId is { } id && calendars.TryGetValue(id, out var c) ? c : null;
        foreach (var problem in RuleCompiler.Check(definition, catalog, calendar))
        {
            // A rule read from YAML has its source; the file's start stands in for one that has none.
            errors.Add(problem.Location is null ? problem with { Location = new SourceLocation(fileName, 1, 1) } : problem);
        }

        if (!definition.Parents.IsEmpty)
        {
            CheckSupplied(definition, catalog, fileName, errors);
        }
    }

    /// <summary>
    /// Reports each rule of an overlay's effective ruleset that reads a derived fact type no rule of
    /// it asserts (and no case supplies, since cases state only input facts): the overlay removed what the rule depends on
    /// (the loss total, the tier rows, responsibility precedence), so the rule can never match, or
    /// its <c>not</c> always does.
    /// </summary>
    internal static void CheckSupplied(RuleSetDefinition definition, FactCatalog catalog, string fileName, LoadErrors errors)
    {
        var asserted = definition.Rules.SelectMany(r => r.Actions).Select(a => a.FactType).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in definition.Rules)
        {
            foreach (var type in rule.Conditions.Select(c => c.FactType).Distinct(StringComparer.Ordinal))
            {
                if (catalog.TryGet(type, out var schema) && schema.Origin == FactOrigin.Derived && !asserted.Contains(type))
                {
                    // A rule inherited from a parent is reported in the overlay's file, which broke it.
                    var own = rule.Source is { } source && source.File == fileName;
                    if (own)
                    {
                        errors.Add(rule.Source!, LoadDiagnostics.NeverSupplied, rule.Id, type);
                    }
                    else
                    {
                        errors.Add(new SourceLocation(fileName, 1, 1), LoadDiagnostics.InheritedNeverSupplied, rule.Id, type, rule.Source?.ToString() ?? "a parent");
                    }
                }
            }
        }
    }

    private static ImmutableArray<LoadedRuleSet> CheckVersions(LoadedRuleSet?[] results, RuleSetPreview?[] previews, LoadErrors errors)
    {
        var accepted = new List<(LoadedRuleSet Set, RuleSetPreview? Preview)>();
        for (var i = 0; i < results.Length; i++)
        {
            if (results[i] is not { } set)
            {
                continue;
            }

            var d = set.Definition;
            var at = previews[i]?.At ?? new SourceLocation(set.File, 1, 1);
            if (accepted.FirstOrDefault(a => a.Set.Definition.Id == d.Id && a.Set.Definition.Version == d.Version).Set is { } same)
            {
                errors.Add(at, LoadDiagnostics.DuplicateRuleSet, d.Id, d.Version, same.File);
                continue;
            }

            if (accepted.FirstOrDefault(a => a.Set.Definition.Id == d.Id && Overlap(a.Set.Definition, d)).Set is { } other)
            {
                errors.Add(at, LoadDiagnostics.VersionsOverlap, d.Id, d.Version, other.Definition.Version, other.File);
                continue;
            }

            accepted.Add((set, previews[i]));
        }

        return [.. accepted.Select(a => a.Set)];
    }

    private static bool Overlap(RuleSetDefinition a, RuleSetDefinition b) =>
        a.InForceFrom <= (b.InForceTo ?? LocalDate.MaxIsoValue) && b.InForceFrom <= (a.InForceTo ?? LocalDate.MaxIsoValue);

    /// <summary>The candidate latest in force (undated ones after dated ones; the first of equals), as a list of none or one.</summary>
    private static List<ParentCandidate> Latest(IEnumerable<ParentCandidate> candidates)
    {
        ParentCandidate? latest = null;
        foreach (var candidate in candidates)
        {
            if (latest is null || (candidate.From is { } from && (latest.From is not { } latestFrom || from > latestFrom)))
            {
                latest = candidate;
            }
        }

        return latest is null ? [] : [latest];
    }

    /// <summary>
    /// A ruleset an <c>extends:</c> may mean: a file of the set (<see cref="Index"/>) or an entry of the external catalogue
    /// (<see cref="Entry"/>, index -1). A class rather than a tuple: ReadyToRun cannot precompile the framework's lists and
    /// LINQ over a tuple holding a date, and every load resolves its parents.
    /// </summary>
    private sealed record ParentCandidate(int Index, string? Version, LocalDate? From, CatalogEntry? Entry);
}
