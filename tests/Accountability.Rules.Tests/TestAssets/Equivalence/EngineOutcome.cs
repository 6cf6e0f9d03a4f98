using System.Collections.Immutable;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>What one engine made of one case: the CLI's JSON and the rule firings, or the exception it threw.</summary>
/// <param name="Engine">The engine's name.</param>
/// <param name="Json">The JSON <c>accountability evaluate --format json</c> prints; <c>null</c> when the evaluation threw.</param>
/// <param name="Firings">Each firing as its rule id and the text of the facts it matched, in firing order.</param>
/// <param name="Exception">The exception's type name and message; <c>null</c> when none was thrown.</param>
/// <param name="ExceptionType">The exception's type; <c>null</c> when none was thrown.</param>
internal sealed record EngineOutcome(string Engine, string? Json, ImmutableArray<string> Firings, string? Exception, Type? ExceptionType);
