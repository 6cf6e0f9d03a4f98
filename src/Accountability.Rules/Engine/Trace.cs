using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The trace of a session for <see cref="ISession.Explain"/>: every firing and every withdrawal,
/// in order. Records nothing, and holds no lists, when the session's options turn explanations off.
/// </summary>
internal sealed class Trace
{
    private readonly List<Firing>? _firings;
    private readonly List<Withdrawal>? _withdrawals;

    public Trace(bool record)
    {
        if (record)
        {
            _firings = [];
            _withdrawals = [];
        }
    }

    /// <summary>Whether the trace records (the session's options turn explanations on).</summary>
    public bool IsRecording => _firings is not null;

    /// <summary>Records a firing once its facts are asserted.</summary>
    public void Fired(Activation activation)
    {
        if (_firings is null)
        {
            return;
        }

        var asserted = ImmutableArray.CreateBuilder<Fact>(activation.Asserted.Count);
        foreach (var entry in activation.Asserted)
        {
            asserted.Add(entry.Fact);
        }

        _firings.Add(new Firing(activation.Firing, activation.Rule.Definition, activation.Matched, asserted.MoveToImmutable()));
    }

    /// <summary>Records the withdrawal of a fired activation after <paramref name="afterFiring"/> firings.</summary>
    public void Withdrew(int afterFiring, Activation activation, ImmutableArray<Fact> retracted) =>
        _withdrawals?.Add(new Withdrawal(afterFiring, activation.Rule.Definition, activation.Firing, retracted));

    /// <summary>The firings and withdrawals so far (both empty when not recording).</summary>
    public Explanation Explain() => _firings is null || _withdrawals is null ? new([], []) : new([.. _firings], [.. _withdrawals]);
}
