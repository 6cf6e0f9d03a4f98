using System.Collections.Immutable;

namespace Accountability.Rules.Engine;

/// <summary>The trace of a session: every firing and every withdrawal, in order.</summary>
/// <param name="Firings">The firings, in order.</param>
/// <param name="Withdrawals">The withdrawals, in order.</param>
public sealed record Explanation(ImmutableArray<Firing> Firings, ImmutableArray<Withdrawal> Withdrawals);
