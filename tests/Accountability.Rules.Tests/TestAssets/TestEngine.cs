using Accountability.Rules.Engine;
#if ENGINE_NRULES
using Accountability.Rules.NRules;
#endif

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// The engine the suite runs its rules on. This project runs on the compiled engine;
/// tests/Accountability.Rules.Tests.NRules compiles the same tests with <c>ENGINE_NRULES</c> and
/// runs every one of them on NRules, so that <c>dotnet test</c> proves both engines.
/// </summary>
internal static class TestEngine
{
#if ENGINE_NRULES
    /// <summary>The engine's name, as the CLI's <c>--engine</c> takes it.</summary>
    public const string Name = NRulesEngine.Name;

    /// <summary>The ruleset on the suite's engine.</summary>
    public static IRuleSessionFactory Of(CompiledRuleSet ruleSet) => NRulesEngine.For(ruleSet);
#else
    /// <summary>The engine's name, as the CLI's <c>--engine</c> takes it.</summary>
    public const string Name = CompiledRuleSet.EngineName;

    /// <summary>The ruleset on the suite's engine.</summary>
    public static IRuleSessionFactory Of(CompiledRuleSet ruleSet) => ruleSet;
#endif
}
