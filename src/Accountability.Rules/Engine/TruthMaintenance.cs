using System.Collections.Immutable;
using Accountability.Rules.Facts;

namespace Accountability.Rules.Engine;

/// <summary>
/// Truth maintenance: a firing asserts its facts, each supported by the activation (an equal
/// derived fact already held gains a support instead of being held twice); when a match stops
/// holding, a pending activation leaves the agenda and a fired one is withdrawn, taking the derived
/// facts only it supported along; a fact that goes takes every activation that matched it. Every
/// fact enters and leaves working memory through here, so the agenda hears of each change.
/// </summary>
internal sealed class TruthMaintenance(WorkingMemory memory, FactPool pool, Agenda agenda, Trace trace)
{
    /// <summary>The derivations of a derived fact: one per firing that supports it.</summary>
    public static ImmutableArray<Derivation> Derivations(FactEntry entry) => entry.Derivations();

    /// <summary>Holds an input fact and tells the agenda; false, and nothing changed, when this very fact is held already.</summary>
    public bool AddInput(Fact fact)
    {
        if (memory.AddInput(fact) is not { } entry)
        {
            return false;
        }

        agenda.FactAdded(entry);
        return true;
    }

    /// <summary>
    /// Lets a fact go and tells the agenda; every activation that matched it goes too: off the
    /// agenda, or withdrawn if it fired.
    /// </summary>
    public void Remove(FactEntry entry)
    {
        memory.Remove(entry);
        agenda.FactRemoved(entry);
        foreach (var activation in entry.TakeDependents())
        {
            if (!activation.Dead)
            {
                MatchLost(activation);
            }
        }
    }

    /// <summary>
    /// An activation's match no longer holds: a pending one leaves the agenda, a fired one is
    /// forgotten (the match may fire again if it comes back) and withdrawn.
    /// </summary>
    public void MatchLost(Activation activation)
    {
        var state = agenda.State(activation.Rule.Order);
        if (activation.Firing == 0)
        {
            state.Drop(activation);
        }
        else
        {
            state.ForgetFired(activation);
            Withdraw(activation);
        }
    }

    /// <summary>
    /// Asserts the facts of a firing whose bindings are in <paramref name="context"/>: each action's
    /// fields are evaluated into a fact, which the activation supports. The fact is taken from the pool
    /// (<see cref="FactPool"/>) and its values are evaluated into it, then looked up: a fact equal to one held
    /// is given back, and the one held gains the support.
    /// </summary>
    public void Assert(Activation activation, MatchContext context)
    {
        var actions = activation.Rule.Actions;
        var asserted = activation.Asserted;
        for (var i = 0; i < asserted.Length; i++)
        {
            var action = actions[i];
            var fact = pool.Take(action.Schema);
            if (action.Evaluate(context, fact.Storage) is { } gap)
            {
                pool.GiveBack(fact);
                fact = gap;
            }

            if (memory.TryGetDerived(new FactValues(fact.Schema, fact.Values), out var entry, out var valueHash))
            {
                pool.GiveBack(fact);
            }
            else
            {
                fact.Rehash(valueHash);
                entry = memory.AddDerived(fact);
                agenda.FactAdded(entry);
            }

            entry.AddSupport(activation);
            asserted[i] = entry;
        }
    }

    /// <summary>Withdraws a fired activation: the facts it alone supported go.</summary>
    private void Withdraw(Activation activation)
    {
        activation.Dead = true;
        var retracted = trace.IsRecording ? ImmutableArray.CreateBuilder<Fact>() : null;
        foreach (var entry in activation.Asserted)
        {
            if (entry is null)
            {
                continue;
            }

            entry.RemoveSupport(activation);
            if (entry.SupportCount == 0 && entry.Alive)
            {
                Remove(entry);
                retracted?.Add(entry.Fact);
            }
        }

        if (retracted is not null)
        {
            trace.Withdrew(agenda.FiringCount, activation, retracted.ToImmutable());
        }
    }
}
