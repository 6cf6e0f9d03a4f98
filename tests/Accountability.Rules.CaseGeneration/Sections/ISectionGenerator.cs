using System.Collections.Immutable;
using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;

namespace Accountability.Rules.CaseGeneration.Sections;

/// <summary>Generates one part of a case file (one or a few top-level keys that refer to each other).</summary>
internal interface ISectionGenerator
{
    /// <summary>The top-level keys of a case file it may write.</summary>
    ImmutableArray<string> Keys { get; }

    /// <summary>Adds its keys to <paramref name="sections"/>, or nothing when the case has none.</summary>
    void Generate(GenerationContext context, CaseMapping sections);
}
