using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Verification;

/// <summary>
/// <c>RuleSetCatalog.Validate</c> beyond loading: one deliberately broken ruleset per finding, each
/// caught with its id and position; the bundled rulesets come out clean.
/// </summary>
public sealed class VerificationTest
{
    /// <summary>The source text of small.yaml's document small-doc: articles 1–9, Art. 2 with items (一)–(三) and three paragraphs, Art. 5 with (一)–(二) and two, Art. 6 with (一)–(三).</summary>
    internal const string SmallSource = """
        小型测试办法

        第一条 为规范经营投资，制定本办法。
        第二条 资产损失分为：
        （一）一般资产损失。
        （二）较大资产损失。
        （三）重大资产损失。
        涉及违纪违法的，依照有关规定。
        前款所称“以上”包含本数，所称“以下”不包含本数。
        第三条 主要负责人承担领导责任。
        第四条 直接责任人承担直接责任。
        第五条 处理如下：
        （一）一般资产损失的，可以诫勉。
        （二）较大资产损失的，诫勉或者降职。
        受到诫勉的，六个月内不得提拔。
        第六条 有下列情形之一的：
        （一）隐瞒不报的；
        （二）挽回损失的；
        （三）主观故意的。
        第七条 严重不良后果。
        第八条 在职或者退休人员。
        第九条 本办法自印发之日起施行。
        """;

    [Fact]
    public void BundledRulesets_AreClean()
    {
        var validation = RuleSetCatalog.Bundled.Validate(RepositoryRoot.Combine("rulesets"));

        Assert.True(validation.Diagnostics.IsEmpty, string.Join(Environment.NewLine, validation.Diagnostics));
        Assert.Equal(7, validation.RuleSets.Length);
    }

    [Fact]
    public void SmallRuleSet_TierTableAndCitations_AreClean()
    {
        var findings = Verify(SmallRuleSet.Text);

        Assert.DoesNotContain(findings, f => f.Id is not "ACR1111" and not "ACR1132");
    }

    [Fact]
    public void TierGap_BetweenTwoRows_IsReportedAtTheRowAfterIt()
    {
        var text = SmallRuleSet.With("amount: { 以下: 1000000 }", "amount: { 以下: 900000 }");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1101");

        AssertAt(finding, text, "tier: larger\n      amount");
        Assert.Contains("an amount of from 900,000 (included) to 1,000,000 (excluded)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TierGap_AtTheTop_IsReportedAtTheLastRow()
    {
        var text = SmallRuleSet.With("amount: { 以上: 10000000 }", "amount: { 以上: 10000000, 以下: 50000000 }");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1101");

        AssertAt(finding, text, "tier: major\n      amount");
        Assert.Contains("from 50,000,000 (included) upwards", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TierOverlap_BothBoundsInclusive_IsReportedAtTheLaterRow()
    {
        var text = SmallRuleSet.With("amount: { 以下: 1000000 }", "amount: { max: 1000000 }");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1102");

        AssertAt(finding, text, "tier: larger\n      amount");
        Assert.Contains("lossTiers/general and lossTiers/larger", finding.Message, StringComparison.Ordinal);
        Assert.Contains("of exactly 1,000,000", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TierNotMonotone_ALargerRatioGivesALowerTier_IsReported()
    {
        var text = SmallRuleSet.Replace(
            SmallRuleSet.With("assetRatioPercent: { 以上: 1, 以下: 3 }", "assetRatioPercent: { 以上: 3 }"),
            "assetRatioPercent: { min: 3 }",
            "assetRatioPercent: { 以上: 1, 以下: 3 }");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1103");

        AssertAt(finding, text, "tier: larger\n      amount");
        Assert.Contains("row lossTiers/larger gives tier 'larger' to a larger assetRatio than row lossTiers/major gives 'major'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TierUnreachable_ATierNoRowGives_IsReported()
    {
        var text = SmallRuleSet.With("""  - { code: major, name: 重大资产损失, cites: "Art. 2(3)" }""", """
              - { code: major, name: 重大资产损失, cites: "Art. 2(3)" }
              - { code: extreme, name: 特别重大资产损失, cites: "Art. 2(3)" }
            """.TrimEnd());

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1104");

        Assert.Contains("tier 'extreme'", finding.Message, StringComparison.Ordinal);
        AssertAt(finding, text, "tier: general\n      amount");
    }

    [Fact]
    public void SanctionMatrix_MissingPairs_AreReportedAtTheTiersFirstRow()
    {
        var findings = Verify(SmallRuleSet.Text).Where(f => f.Id == "ACR1111").ToList();

        Assert.Equal(
            ["a major loss and leadership", "a major loss and direct", "a larger loss and leadership"],
            findings.Select(f => f.Message[(f.Message.IndexOf("covers ", StringComparison.Ordinal) + 7)..f.Message.IndexOf(" responsibility", StringComparison.Ordinal)]));
        AssertAt(findings[0], SmallRuleSet.Text, "tier: general\n      responsibilities: [direct]");
        AssertAt(findings[2], SmallRuleSet.Text, "tier: larger\n      responsibilities: [direct]");
    }

    [Fact]
    public void SanctionMatrix_ARuleThatReadsTheTierAndResponsibility_CoversThePairs()
    {
        var text = SmallRuleSet.Text + """

              - id: larger-major-none
                title: The text prescribes nothing for a leadership responsibility in a larger loss, nor for a major loss
                cites: "Art. 5"
                when:
                  - fact: lossTier
                    where: { tier: [larger, major] }
                  - fact: personResponsibility
                    as: r
                then:
                  - assert: note
                    set: { subject: $r.person, text: "no row" }
            """;

        Assert.DoesNotContain(Verify(text), f => f.Id == "ACR1111");
    }

    [Fact]
    public void RestrictionPeriod_Zero_IsReportedAtTheRow()
    {
        var text = SmallRuleSet.With("period: P6M", "period: P0D");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1113");

        AssertAt(finding, text, "measures: [诫勉]\n      restrictions");
    }

    [Theory]
    [InlineData("Art. 5(2)", "Art. 5(4)", "article 5 has items 1–2, not （四）")]
    [InlineData("Art. 2 ¶3", "Art. 2 ¶4", "article 2 has 3 paragraphs, not ¶4")]
    [InlineData("Art. 5 ¶2", "Art. 10", "it has no article 10 (第十条)")]
    public void Citation_NotInTheSourceText_IsReportedAtTheCitation(string written, string wrong, string reason)
    {
        var text = SmallRuleSet.With($"cites: \"{written}\"", $"cites: \"{wrong}\"");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1121");

        AssertAt(finding, text, $"\"{wrong}\"");
        Assert.Contains(reason, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_InAnotherNumberingStyle_IsNotUnderstood()
    {
        var text = SmallRuleSet.With("cites: \"Art. 5 ¶2\"", "cites: \"五(二)\"");

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1122");

        AssertAt(finding, text, "\"五(二)\"");
    }

    [Fact]
    public void Citation_SourceNotFound_IsOneWarningAtTheFirstCitation()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("rules/small.yaml", SmallRuleSet.Text);

        var findings = RuleSetCatalog.Bundled.Validate(file).Diagnostics.Where(d => d.Id == "ACR1123").ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("docs/sources/small.txt", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlay_RemovingARow_OpensAGapReportedInTheOverlay()
    {
        const string Overlay = """
            ruleset: { id: small-hole, version: 1.0.0, title: 示例, inForce: { from: 2024-06-01 } }
            extends: small-2024
            changes:
              - remove: lossTiers/general
                cites: "Art. 9"
            """;
        using var folder = new TemporaryFolder();
        folder.Write("docs/sources/small.txt", SmallSource);
        var parent = folder.Write("rules/small.yaml", SmallRuleSet.Text);
        var overlay = folder.Write("rules/hole.yaml", Overlay);

        var validation = RuleSetCatalog.Bundled.Validate(parent, overlay);

        var gaps = validation.Diagnostics.Where(d => d.Id == "ACR1101").ToList();
        Assert.Equal(2, gaps.Count);
        Assert.All(gaps, g => Assert.Equal($"{overlay}:1:1", g.Location!.ToString()));
        Assert.Contains(gaps, g => g.Message.Contains("an amount of from 0 (included) to 1,000,000 (excluded)", StringComparison.Ordinal));
        Assert.DoesNotContain(validation.Diagnostics, d => d.Id == "ACR1111" && d.Location!.File == overlay);
    }

    [Fact]
    public void DateSlice_ARowThatEnds_OpensAGapFromItsEnd()
    {
        var text = SmallRuleSet.With("assetRatioPercent: { 以上: 1, 以下: 3 }\n", "assetRatioPercent: { 以上: 1, 以下: 3 }\n      inForce: { to: 2024-12-31 }\n");

        var gaps = Verify(text).Where(f => f.Id == "ACR1101").ToList();

        Assert.NotEmpty(gaps);
        Assert.All(gaps, g => Assert.EndsWith("(rules in force 2025-01-01 to open end)", g.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void UnusedCode_ACodeNoRuleNamesOrReads_IsAWarningAtTheCode()
    {
        var findings = Verify(SmallRuleSet.Text).Where(f => f.Id == "ACR1132").ToList();

        var finding = Assert.Single(findings, f => f.Message.StartsWith("code 'severe-consequences' of codes.circumstances", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        AssertAt(finding, SmallRuleSet.Text, "severe-consequences");
        Assert.DoesNotContain(findings, f => f.Message.Contains("'concealed'", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("'诫勉'", StringComparison.Ordinal));
    }

    [Fact]
    public void UnusedCode_MarkedCatalogueOnly_IsQuiet()
    {
        var text = SmallRuleSet.With("name: 严重不良后果, cites: \"Art. 7\" }", "name: 严重不良后果, cites: \"Art. 7\", catalogueOnly: true }");

        Assert.DoesNotContain(Verify(text), f => f.Message.Contains("'severe-consequences'", StringComparison.Ordinal));
    }

    [Fact]
    public void UnusedCode_ARuleReadingTheCaseField_UsesEveryCodeOfItsList()
    {
        var text = SmallRuleSet.Text + ReadsCircumstance("$c.code");

        Assert.DoesNotContain(Verify(text), f => f.Message.Contains("of codes.circumstances", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCode_ARuleNamingACodeNoListDefines_IsReportedAtTheRule()
    {
        var text = SmallRuleSet.Text + ReadsCircumstance("found").Replace("        as: c\n", "        as: c\n        where: { code: severe-consequencez }\n", StringComparison.Ordinal);

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1131");

        AssertAt(finding, text, "id: reads-circumstance");
        Assert.Contains("circumstance.code 'severe-consequencez', which codes.circumstances does not define", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FactType_ReadButNeverAsserted_IsReportedAtTheRuleThatReadsIt()
    {
        var start = SmallRuleSet.Text.IndexOf("  - id: loss-total", StringComparison.Ordinal);
        var end = SmallRuleSet.Text.IndexOf("  - id: given-responsibility", StringComparison.Ordinal);
        var text = SmallRuleSet.Text.Remove(start, end - start);

        var findings = Verify(text).Where(f => f.Id == "ACR0416").ToList();

        Assert.Contains(findings, f => f.Message.StartsWith("rule 'lossTiers/general/amount' reads 'lossTotal'", StringComparison.Ordinal));
        AssertAt(findings[0], text, "tier: general\n      amount");
    }

    [Fact]
    public void Acknowledged_WithTheElementsHash_IsQuiet_AndLoudAgainWhenTheElementChanges()
    {
        var finding = Assert.Single(Verify(SmallRuleSet.Text), f => f.Message.StartsWith("code 'severe-consequences'", StringComparison.Ordinal));
        var hash = System.Text.RegularExpressions.Regex.Match(finding.Hint, @"at: ""codes/circumstances/severe-consequences"", hash: ([0-9a-f]{12})").Groups[1].Value;
        Assert.Equal(12, hash.Length);
        var acknowledged = SmallRuleSet.Text + $$"""

            acknowledged:
              - finding: ACR1132
                at: codes/circumstances/severe-consequences
                hash: {{hash}}
                reason: the circumstance is listed for readers; no rule of the test ruleset reads it
            """;

        var quiet = Verify(acknowledged);
        var changed = Verify(SmallRuleSet.Replace(acknowledged, "name: 严重不良后果, cites: \"Art. 7\"", "name: 严重后果, cites: \"Art. 7\""));

        Assert.DoesNotContain(quiet, f => f.Message.Contains("'severe-consequences'", StringComparison.Ordinal));
        Assert.DoesNotContain(quiet, f => f.Id is "ACR1141" or "ACR1142");
        Assert.Contains(changed, f => f.Id == "ACR1132" && f.Message.Contains("'severe-consequences'", StringComparison.Ordinal));
        var stale = Assert.Single(changed, f => f.Id == "ACR1141");
        AssertAt(stale, acknowledged, "finding: ACR1132");
    }

    [Fact]
    public void Acknowledged_ARowFinding_IsQuietUntilTheRowChanges()
    {
        var gap = SmallRuleSet.With("amount: { 以下: 1000000 }", "amount: { 以下: 900000 }");
        var hash = System.Text.RegularExpressions.Regex.Match(Assert.Single(Verify(gap), f => f.Id == "ACR1101").Hint, @"hash: ([0-9a-f]{12})").Groups[1].Value;
        var acknowledged = gap + $$"""

            acknowledged:
              - { finding: ACR1101, at: lossTiers/larger, hash: {{hash}}, reason: reviewed }
            """;
        var changedRow = SmallRuleSet.Replace(acknowledged, "amount: { 以上: 1000000, 以下: 10000000 }", "amount: { 以上: 1000000, 以下: 10000001 }");

        Assert.DoesNotContain(Verify(acknowledged), f => f.Id is "ACR1101" or "ACR1141");
        Assert.Contains(Verify(changedRow), f => f.Id == "ACR1101");
        Assert.Contains(Verify(changedRow), f => f.Id == "ACR1141");
    }

    [Fact]
    public void Acknowledged_NoSuchFinding_IsAWarningAtTheEntry()
    {
        var text = SmallRuleSet.Text + """

            acknowledged:
              - finding: ACR1101
                at: lossTiers/larger
                hash: 000000000000
                reason: reviewed
            """;

        var finding = Assert.Single(Verify(text), f => f.Id == "ACR1142");

        AssertAt(finding, text, "finding: ACR1101");
    }

    private static string ReadsCircumstance(string text) => $$"""

          - id: reads-circumstance
            title: A circumstance is noted
            cites: "Art. 7"
            when:
              - fact: circumstance
                as: c
            then:
              - assert: note
                set: { subject: case, text: {{text}} }
        """;

    /// <summary>The findings (ACR11xx) of a small ruleset text validated with its source text beside it.</summary>
    internal static List<Diagnostic> Verify(string text)
    {
        using var folder = new TemporaryFolder();
        folder.Write("docs/sources/small.txt", SmallSource);
        var file = folder.Write("rules/" + SmallRuleSet.FileName, text);
        var validation = RuleSetCatalog.Bundled.Validate(file);
        Assert.True(validation.Diagnostics.All(d => d.Id.StartsWith("ACR11", StringComparison.Ordinal) || d.Id == "ACR0416"), string.Join(Environment.NewLine, validation.Diagnostics));
        Assert.All(validation.Diagnostics, d => Assert.Equal(file, d.Location!.File));
        return [.. validation.Diagnostics];
    }

    private static void AssertAt(Diagnostic finding, string text, string marker)
    {
        var (line, column) = TextPosition.Of(text, marker);
        Assert.True((line, column) == (finding.Location!.Line, finding.Location.Column), $"expected {line}:{column}, found {finding}");
    }
}
