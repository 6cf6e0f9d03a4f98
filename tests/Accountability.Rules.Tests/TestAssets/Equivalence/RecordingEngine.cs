using Accountability.Rules.Engine;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>An engine that passes everything to another and keeps the last session it created, so that its firings can be read after an evaluation.</summary>
internal sealed class RecordingEngine(IRuleSessionFactory inner) : IRuleSessionFactory
{
    public CompiledRuleSet RuleSet => inner.RuleSet;

    public string Engine => inner.Engine;

    /// <summary>The last session created; <c>null</c> before the first.</summary>
    public ISession? Session { get; private set; }

    public ISession CreateSession(SessionOptions? options = null) => Session = inner.CreateSession(options);
}
