namespace Accountability.Rules.Tests.TestAssets;

/// <summary>A small valid case for <see cref="SmallRuleSet"/>, in YAML and in JSON, for case loader tests.</summary>
internal static class SmallCase
{
    /// <summary>The file name errors give.</summary>
    public const string FileName = "case.yaml";

    /// <summary>The case in YAML.</summary>
    public const string Yaml = """
        ruleset: small-2024
        decidedOn: 2024-06-28
        enterprise:
          id: E1
          level: subsidiary
          priorYearEndTotalAssets: "486000000.10"
        losses:
          - id: L1
            amount: 2150000
            kind: direct
          - id: L2
            amount: 450000
            kind: contingent
            assessedByIntermediary: true
            description: 担保代偿
        persons:
          - id: P1
            name: 王某
            role: principal-head
            responsibility: leadership
          - id: P2
            role: manager
            status: retired
            conduct: [decisive-role, Y01-01]
        factors:
          - code: concealed
            person: P2
          - code: recovered
        decisions:
          - { person: P2, measure: 诫勉, on: 2024-06-28 }
        disciplineSanctions:
          - { person: P2, sanction: 党内警告, on: 2024-05-01, influencePeriod: P6M }
        concurrentDeductions:
          - { person: P2, source: party-discipline, percent: 60 }
        circumstances:
          - severe-consequences
          - { code: severe-consequences, note: 媒体报道 }
        """;

    /// <summary>A case in JSON.</summary>
    public const string Json = """
        {
          "ruleset": "small-2024",
          "decidedOn": "2025-01-20",
          "enterprise": { "level": "group", "priorYearEndTotalAssets": 120000000 },
          "losses": [ { "id": "L1", "amount": 4800000.25, "kind": "direct" } ],
          "persons": [ { "id": "P1", "role": "principal-head", "conduct": ["decisive-role"] } ],
          "decisions": [ { "person": "P1", "measure": "降职", "on": "2025-01-20" } ]
        }
        """;

    /// <summary>The YAML with <paramref name="original"/> (which must occur once) replaced.</summary>
    public static string With(string original, string replacement) => SmallRuleSet.Replace(Yaml, original, replacement);
}
