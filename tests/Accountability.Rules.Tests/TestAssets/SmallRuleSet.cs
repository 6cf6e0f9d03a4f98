namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// A small, complete and valid ruleset in the format of docs/ruleset-format.md, for loader tests.
/// Tests break one thing with <see cref="With"/> and assert the error's position, found in the
/// changed text with <see cref="TextPosition"/>.
/// </summary>
internal static class SmallRuleSet
{
    /// <summary>The file name errors give.</summary>
    public const string FileName = "small.yaml";

    /// <summary>The text of the ruleset.</summary>
    public const string Text = """
        ruleset:
          id: small-2024
          version: 1.0.0
          title: 小型测试办法
          titleEnglish: Small test measures
          inForce: { from: 2024-01-01 }
          cites: "Art. 9"
        documents:
          - id: small-doc
            title: 小型测试办法
            number: ""
            source: docs/sources/small.txt
          - id: other-doc
            title: 其他办法
        policies:
          - id: highest-tier
            title: Criteria combine by the highest tier reached
            statement: The highest tier any criterion reaches applies.
            cites: "Art. 2"
        conventions:
          currency: CNY
          boundaries:
            以上: inclusive
            以下: exclusive
            cites: "Art. 2 ¶3"
        tiers:
          - { code: general, name: 一般资产损失, english: general loss, cites: "Art. 2(1)" }
          - { code: larger, name: 较大资产损失, cites: "Art. 2(2)" }
          - { code: major, name: 重大资产损失, cites: "Art. 2(3)" }
        responsibilities:
          - { code: leadership, name: 领导责任, cites: "Art. 3" }
          - { code: direct, name: 直接责任, cites: "Art. 4" }
        codes:
          roles:
            - { code: principal-head, name: 主要负责人, cites: "Art. 3" }
            - { code: manager, name: 经理, cites: "Art. 4" }
          violations:
            - { code: Y01-01, name: 违规担保, area: 担保, cites: "Art. 1" }
          conduct:
            - { code: decisive-role, name: 起决定性直接作用, cites: "Art. 4" }
          factors:
            - { code: concealed, name: 隐瞒不报, cites: "Art. 6(1)" }
            - { code: recovered, name: 挽回损失, cites: "Art. 6(2)" }
            - { code: intent, name: 主观故意, cites: "Art. 6(3)" }
          measures:
            - { code: 诫勉, name: 诫勉, cites: "Art. 5" }
            - { code: 降职, name: 降职, cites: "Art. 5" }
          circumstances:
            - { code: severe-consequences, name: 严重不良后果, cites: "Art. 7" }
          personStatuses:
            - { code: serving, name: 在职, cites: "Art. 8" }
            - { code: retired, name: 退休, cites: "Art. 8" }
        lossTiers:
          subject: lossTotal
          combine: highest-tier
          cites: "Art. 2"
          rows:
            - tier: general
              amount: { 以下: 1000000 }
              cites: "Art. 2(1)"
            - tier: larger
              amount: { 以上: 1000000, 以下: 10000000 }
              assetRatioPercent: { 以上: 1, 以下: 3 }
              cites: "Art. 2(2)"
            - tier: major
              amount: { 以上: 10000000 }
              assetRatioPercent: { min: 3 }
              cites: "Art. 2(3)"
        sanctionMatrix:
          rows:
            - tier: general
              responsibilities: [direct]
              measures: [诫勉]
              performanceSalary: { 以下: 50 }
              cites: "Art. 5(1)"
            - tier: larger
              responsibilities: [direct]
              measures: [诫勉, 降职]
              performanceSalary: { min: 50, max: 100 }
              termIncentive: { min: 50, max: 100, salaryDeferred: true }
              longTermIncentives: 终止尚未行使的中长期激励权益
              cites: "Art. 5(2)"
            - tier: general
              responsibilities: [leadership]
              nonePrescribed: true
              cites: "Art. 5(1)"
        promotionRestrictions:
          rows:
            - measures: [诫勉]
              restrictions: [ { kind: no-promotion, period: P6M } ]
              cites: "Art. 5 ¶2"
        factorEffects:
          rows:
            - factors: [concealed]
              direction: aggravating
              terms: 从重或加重
              cites: "Art. 6(1)"
            - factors: [intent]
              direction: excludes-tolerance
              cites: "Art. 6(3)"
        rules:
          - id: loss-total
            title: The loss total is the sum of the losses
            cites: { document: other-doc, article: "Art. 1" }
            salience: 100
            when:
              - fact: enterprise
                as: e
              - aggregate:
                  fact: loss
                  sum: amount
                as: total
            then:
              - assert: lossTotal
                set:
                  amount: $total
                  assets: $e.priorYearEndTotalAssets
                  assetRatioPercent: { percentOf: [$total, $e.priorYearEndTotalAssets] }
          - id: given-responsibility
            title: The investigation's responsibility applies
            cites: "Art. 4"
            salience: 60
            when:
              - fact: person
                as: p
                where: { responsibility: [direct, leadership] }
            then:
              - assert: personResponsibility
                set: { person: $p.id, responsibility: { coalesce: [$p.responsibility, direct] }, basis: given }
        """;

    /// <summary>
    /// The text with <paramref name="original"/> (which must occur exactly once) replaced by
    /// <paramref name="replacement"/>.
    /// </summary>
    public static string With(string original, string replacement) => Replace(Text, original, replacement);

    /// <summary>Replaces a substring that must occur exactly once.</summary>
    public static string Replace(string text, string original, string replacement)
    {
        var first = text.IndexOf(original, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(original, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"Text must occur exactly once. Text={original}", nameof(original));
        }

        return string.Concat(text.AsSpan(0, first), replacement, text.AsSpan(first + original.Length));
    }
}
