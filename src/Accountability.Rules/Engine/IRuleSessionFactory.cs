namespace Accountability.Rules.Engine;

/// <summary>
/// A compiled ruleset ready to evaluate cases on one engine: the seam between evaluation and the
/// engine that runs the rules. <see cref="CompiledRuleSet"/> is the library's own compiled engine
/// (<c>compiled</c>); the <c>Accountability.Rules.NRules</c> package gives the same ruleset on
/// NRules (<c>nrules</c>). Evaluation, result projection and explanation see only this interface,
/// so they give the same results whichever engine ran. Implementations are immutable and
/// thread-safe; the sessions they create are not.
/// </summary>
public interface IRuleSessionFactory
{
    /// <summary>The checked and compiled ruleset: its definition, fact catalogue and calendar.</summary>
    CompiledRuleSet RuleSet { get; }

    /// <summary>The engine's name: <c>compiled</c> or <c>nrules</c>.</summary>
    string Engine { get; }

    /// <summary>Creates a session for one case. Thread-safe; the session itself is not.</summary>
    /// <param name="options">The session's options; <see cref="SessionOptions.Default"/> when null.</param>
    ISession CreateSession(SessionOptions? options = null);
}
