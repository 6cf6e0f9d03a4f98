using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Json;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>Evaluates a case on an engine as the CLI does (<see cref="CaseEvaluator"/>, then <see cref="CaseResultJson"/>) and reads the session's firings.</summary>
internal static class EngineRunner
{
    public static EngineOutcome Run(IRuleSessionFactory engine, CaseRepro repro)
    {
        var recording = new RecordingEngine(engine);
        try
        {
            var json = CaseResultJson.ToJson(CaseEvaluator.Evaluate(recording, repro.Facts, repro.DecidedOn));
            var firings = recording.Session?.Explain().Firings.Select(f => f.Rule.Id + " <= " + string.Join("; ", f.Matched)) ?? [];
            return new EngineOutcome(engine.Engine, json, [.. firings], null, null);
        }
#pragma warning disable CA1031 // Any exception is an outcome to compare between the engines.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new EngineOutcome(engine.Engine, null, [], $"{exception.GetType().FullName}: {exception.Message}", exception.GetType());
        }
    }
}
