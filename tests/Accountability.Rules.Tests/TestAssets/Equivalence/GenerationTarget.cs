using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Engine;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>
/// A ruleset cases are generated for: a bundled one (found by the id a case names) or a ruleset file
/// such as the overlay example (given as <c>--ruleset</c>), compiled as the CLI compiles it.
/// </summary>
/// <param name="Name">The ruleset id.</param>
/// <param name="RuleSet">The compiled ruleset.</param>
/// <param name="File">The ruleset file a case is evaluated under with <c>--ruleset</c>, relative to the repository; <c>null</c> for a bundled ruleset.</param>
public sealed record GenerationTarget(string Name, CompiledRuleSet RuleSet, string? File)
{
    /// <summary>The generator of the target's cases (a file's cases may name its parents, as <c>--ruleset</c> accepts).</summary>
    public CaseGenerator Generator { get; } = new(RuleSet.Definition, namesParents: File is not null);

    /// <summary>Loads a generated case exactly as <c>accountability evaluate [--ruleset FILE]</c> loads a case file.</summary>
    internal LoadResult<ResolvedCase> Load(GeneratedCase generated) =>
        CaseLoader.LoadAndResolve(generated.Text, generated.FileName, RuleSetCatalog.Bundled, null, File is null ? null : RuleSet);

    /// <summary>The generated case of a seed, loaded as the CLI loads it; a case that does not load is a generator bug.</summary>
    public CaseRepro Repro(int seed)
    {
        var generated = Generator.Generate(seed);
        var loaded = Load(generated);
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException($"A generated case does not load (a generator bug). Seed={seed}{Environment.NewLine}{string.Join(Environment.NewLine, loaded.Errors)}{Environment.NewLine}{generated.Text}");
        }

        return new CaseRepro(loaded.Value.DecidedOn, loaded.Value.Case.Facts);
    }

    /// <summary>The command that reruns a case of this target saved as <paramref name="caseFile"/>.</summary>
    public string Command(string caseFile) =>
        $"accountability evaluate {caseFile} --format json{(File is null ? string.Empty : " --ruleset " + File)}";

    /// <inheritdoc />
    public override string ToString() => Name;
}
