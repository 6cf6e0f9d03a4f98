using System.Collections.Concurrent;
using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Data;
using Accountability.Rules.Data.Cases;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>The first <see cref="Size"/> generated cases of a target (seeds 1…), each with its load result; made once per test run.</summary>
internal sealed class GeneratedCorpus
{
    public const int Size = 2_000;

    private static readonly ConcurrentDictionary<string, Lazy<GeneratedCorpus>> Corpora = new(StringComparer.Ordinal);

    private GeneratedCorpus(GenerationTarget target)
    {
        Target = target;
        Cases = [.. target.Generator.Generate(1, Size).AsParallel().AsOrdered().Select(g => (g, target.Load(g)))];
    }

    public GenerationTarget Target { get; }

    public ImmutableArray<(GeneratedCase Generated, LoadResult<ResolvedCase> Loaded)> Cases { get; }

    /// <summary>The cases that loaded.</summary>
    public IEnumerable<ResolvedCase> Loaded => Cases.Where(c => c.Loaded.Succeeded).Select(c => c.Loaded.Value!);

    public static GeneratedCorpus Of(string target) =>
        Corpora.GetOrAdd(target, name => new Lazy<GeneratedCorpus>(() => new GeneratedCorpus(GenerationTargets.Named(name)))).Value;
}
