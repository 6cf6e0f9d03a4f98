using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using static Accountability.Rules.Tests.TestAssets.RuleText;

namespace Accountability.Rules.Tests.Engine;

/// <summary>
/// A rule that binds more facts than the delegate types of sixteen parameters take (its action on NRules gets the
/// context and every fact): both engines fire it, and a condition that reads seventeen aliases too. NRules builds
/// such lambdas with a delegate type made at run time, which only a JIT-compiled program can (a native one refuses
/// with the reason); the translation of the common, narrower rules names its delegate types.
/// </summary>
public sealed class WideRuleTest
{
    private const int Width = 17;

    private static readonly string[] Aliases = [.. Enumerable.Range(1, Width).Select(i => $"l{i}")];

    /// <summary>One loss per alias, each of its own id; the last pattern's condition also reads every alias before it.</summary>
    private static RuleSetDefinition Rules()
    {
        var patterns = Aliases.Select((alias, i) => Pattern(alias, "loss", i < Width - 1
            ? Eq(F(alias, "id"), C($"L{i + 1}"))
            : Eq(Aliases.Aggregate((ExpressionElement)C(0m), (sum, a) => Call(BuiltInFunction.Add, sum, F(a, "amount"))), C(Width * (Width + 1) / 2m))));
        return RuleSet(Rule("wide", 0, [.. patterns], Then("note", ("text", F(Aliases[0], "id")))));
    }

    [Fact]
    public void Fire_ARuleOfSeventeenFacts_MatchesThemAll()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Rules())).CreateSession();
        for (var i = 1; i <= Width; i++)
        {
            session.Insert(Loss($"L{i}", i));
        }

        session.Fire();

        var note = Assert.Single(session.Query("note"));
        Assert.Equal("L1", note["text"].AsText);
        Assert.Equal(Width, Assert.Single(session.Derivations(note)).Matched.Length);
    }

    [Fact]
    public void Fire_WhenTheWideConditionFails_DerivesNothing()
    {
        var session = TestEngine.Of(RuleCompiler.Compile(Rules())).CreateSession();
        for (var i = 1; i <= Width; i++)
        {
            session.Insert(Loss($"L{i}", i == Width ? i + 1 : i));
        }

        session.Fire();

        Assert.Empty(session.Query("note"));
    }
}
