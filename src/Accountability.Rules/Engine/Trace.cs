using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// The trace of a session for <see cref="ISession.Explain"/>: every firing and every withdrawal,
/// in order. Records nothing, and holds no lists until a case records, when the session's options turn explanations off.
/// </summary>
internal sealed class Trace
{
    private List<Firing>? _firings;
    private List<Withdrawal>? _withdrawals;

    public Trace(bool record) => Start(record);

    /// <summary>Whether the trace records (the session's options turn explanations on).</summary>
    public bool IsRecording { get; private set; }

    /// <summary>Starts a case: nothing recorded, recording or not; lists are made on the first recording case and kept.</summary>
    public void Start(bool record)
    {
        IsRecording = record;
        if (record)
        {
            (_firings ??= []).Clear();
            (_withdrawals ??= []).Clear();
        }
        else
        {
            _firings?.Clear();
            _withdrawals?.Clear();
        }
    }

    /// <summary>Records a firing once its facts are asserted.</summary>
    public void Fired(Activation activation)
    {
        if (!IsRecording || _firings is null)
        {
            return;
        }

        var asserted = ImmutableArray.CreateBuilder<Fact>(activation.Asserted.Length);
        foreach (var entry in activation.Asserted)
        {
            if (entry is not null)
            {
                asserted.Add(entry.Fact);
            }
        }

        _firings.Add(new Firing(activation.Firing, activation.Rule.Definition, activation.Matched, asserted.DrainToImmutable()));
    }

    /// <summary>Records the withdrawal of a fired activation after <paramref name="afterFiring"/> firings.</summary>
    public void Withdrew(int afterFiring, Activation activation, ImmutableArray<Fact> retracted)
    {
        if (IsRecording)
        {
            _withdrawals?.Add(new Withdrawal(afterFiring, activation.Rule.Definition, activation.Firing, retracted));
        }
    }

    /// <summary>The firings and withdrawals so far (both empty when not recording).</summary>
    public Explanation Explain() => !IsRecording || _firings is null || _withdrawals is null ? new([], []) : new([.. _firings], [.. _withdrawals]);
}
