using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Overlays;

/// <summary>An overlay's changes of its parent's policies (<c>policies/&lt;id&gt;</c>) and code lists (<c>codes/&lt;list&gt;</c>).</summary>
public sealed class OverlayDeclarationChangeTest
{
    private const string National = "rulesets/national-2016.yaml";

    private static string Overlay(string changes) => $$"""
        ruleset: { id: child-2020, version: 1.0.0, title: child, inForce: { from: 2020-01-01 } }
        extends: national-2016
        documents:
          - { id: child-doc, title: child }
        changes:
        {{changes}}
        """;

    private static (bool Ok, string Text) Load(string changes)
    {
        using var folder = new TemporaryFolder();
        File.Copy(RepositoryRoot.Combine(National), Path.Combine(folder.Path, "national-2016.yaml"));
        File.WriteAllText(Path.Combine(folder.Path, "child-2020.yaml"), Overlay(changes));
        var outcome = CliRun.Run("show", Path.Combine(folder.Path, "child-2020.yaml"));
        return (outcome.ExitCode == 0, outcome.Out + outcome.Error);
    }

    [Fact]
    public void ReplacePolicy_SameId_TheOverlaysStatementWins()
    {
        var (ok, text) = Load("""
              - replace: policies/matter-aggregation
                cites: "Art. 1"
                policy: { id: matter-aggregation, title: Child reading, statement: The child's own reading of what one matter is., cites: "Art. 1" }
            """);

        Assert.True(ok, text);
        Assert.Contains("The child's own reading of what one matter is.", text, StringComparison.Ordinal);
        Assert.Contains("#   replace policies/matter-aggregation (child-doc Art. 1)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplacePolicy_AnotherId_IsAnError()
    {
        var (ok, text) = Load("""
              - replace: policies/matter-aggregation
                cites: "Art. 1"
                policy: { id: other, title: t, statement: s, cites: "Art. 1" }
            """);

        Assert.False(ok);
        Assert.Contains("has the id 'other'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovePolicy_StillApplied_IsAnErrorNamingTheRule()
    {
        var (ok, text) = Load("""
              - remove: policies/tier-as-classified
                cites: "Art. 1"
            """);

        Assert.False(ok);
        Assert.Contains("cannot remove 'policies/tier-as-classified': rule 'n3-2-classified-general' applies it", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovePolicy_UnknownId_IsAnErrorWithTheNearestIds()
    {
        var (ok, text) = Load("""
              - remove: policies/in-force-from-issu
                cites: "Art. 1"
            """);

        Assert.False(ok);
        Assert.Contains("no policy has the id 'in-force-from-issu'", text, StringComparison.Ordinal);
        Assert.Contains("policies/in-force-from-issue", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceCodeList_TheOverlaysListAndTheDroppedCodes()
    {
        var (ok, text) = Load("""
              - replace: codes/roles
                cites: "Art. 2"
                codes:
                  - { code: manager, name: 经营管理人员, cites: "Art. 2" }
            """);

        Assert.True(ok, text);
        Assert.Contains("#   replace codes/roles (child-doc Art. 2); codes dropped: principal-head, enterprise-head\n", text, StringComparison.Ordinal);
        Assert.Contains("经营管理人员", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveCodeList_IsAnError()
    {
        var (ok, text) = Load("""
              - remove: codes/roles
                cites: "Art. 2"
            """);

        Assert.False(ok);
        Assert.Contains("a code list is replaced, not removed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplaceRow_WithAnotherId_IsAnError()
    {
        var (ok, text) = Load("""
              - replace: factorEffects/1
                cites: "Art. 3"
                row: { id: factorEffects/9, factors: [concealed], direction: aggravating, terms: 从重, cites: "Art. 3" }
            """);

        Assert.False(ok);
        Assert.Contains("a row that replaces 'factorEffects/1' keeps that id, not 'factorEffects/9'", text, StringComparison.Ordinal);
    }
}
