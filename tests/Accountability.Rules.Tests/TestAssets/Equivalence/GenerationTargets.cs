using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>Every bundled ruleset (compiled through the catalogue) and the overlay example, as targets of generated cases.</summary>
internal static class GenerationTargets
{
    /// <summary>The overlay example's ruleset file, relative to the repository root.</summary>
    public const string OverlayFile = "examples/overlays/yibin-enterprise-example.ruleset.yaml";

    private static readonly Lazy<IReadOnlyList<GenerationTarget>> Targets = new(Load);

    /// <summary>The targets, bundled rulesets by id, then the overlay example.</summary>
    public static IReadOnlyList<GenerationTarget> All => Targets.Value;

    /// <summary>A target by name.</summary>
    public static GenerationTarget Named(string name) => All.Single(t => t.Name == name);

    /// <summary>The target names, as xUnit theory data.</summary>
    public static TheoryData<string> Names() => [.. All.Select(t => t.Name)];

    private static List<GenerationTarget> Load()
    {
        var catalog = RuleSetCatalog.Bundled;
        var targets = catalog.Ids
            .Select(id => catalog.TryGet(id, out var compiled) ? new GenerationTarget(id, compiled, null) : throw new InvalidOperationException($"Bundled ruleset not found. Id={id}"))
            .ToList();
        var overlay = catalog.WithFiles(RepositoryRoot.Combine(OverlayFile));
        if (!overlay.Succeeded)
        {
            throw new InvalidOperationException($"{OverlayFile} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, overlay.Errors)}");
        }

        var definition = Assert.Single(overlay.Value.Files).RuleSet;
        targets.Add(new GenerationTarget(definition.Id, overlay.Value.TryGet(definition.Id, definition.Version, out var compiled) ? compiled : throw new InvalidOperationException("The overlay is not in its catalogue."), OverlayFile));
        return targets;
    }
}
