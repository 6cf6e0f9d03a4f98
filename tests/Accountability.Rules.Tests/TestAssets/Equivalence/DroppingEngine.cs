using Accountability.Rules.Engine;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>A deliberately wrong engine: the compiled engine, whose sessions hide the facts of one derived type from <see cref="ISession.Query"/>.</summary>
internal sealed class DroppingEngine(IRuleSessionFactory inner, string droppedType) : IRuleSessionFactory
{
    public CompiledRuleSet RuleSet => inner.RuleSet;

    public string Engine => $"{inner.Engine}-without-{droppedType}";

    public ISession CreateSession(SessionOptions? options = null) => new DroppingSession(inner.CreateSession(options), droppedType);
}
