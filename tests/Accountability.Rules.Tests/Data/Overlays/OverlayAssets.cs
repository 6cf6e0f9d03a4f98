using Accountability.Rules.Data;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data.Overlays;

/// <summary>An overlay of <see cref="SmallRuleSet"/> and a helper that loads both from a folder.</summary>
internal static class OverlayAssets
{
    /// <summary>An overlay that replaces a row, removes a row, adds a rule and adds a row.</summary>
    public const string Child = """
        ruleset:
          id: small-enterprise
          version: 2.1.0
          title: 某企业细化标准（示例）
          inForce: { from: 2024-03-01 }
        extends: small-2024
        documents:
          - id: enterprise-doc
            title: 某企业违规经营投资责任追究实施细则（示例）
        changes:
          - replace: lossTiers/larger
            row:
              tier: larger
              amount: { 以上: 500000, 以下: 5000000 }
              cites: "Art. 3"
            cites: { document: small-doc, article: "Art. 9" }
          - remove: factorEffects/2
            cites: "Art. 4"
          - add: rule
            rule:
              id: enterprise-note
              title: The enterprise notes every case
              cites: "Art. 5"
              when:
                - fact: enterprise
              then:
                - assert: note
                  set: { text: 企业细则适用 }
            cites: "Art. 5"
          - add: row
            table: promotionRestrictions
            row:
              measures: [降职]
              restrictions: [ { kind: no-promotion, period: P2Y } ]
              cites: "Art. 6"
            cites: "Art. 6"
        """;

    /// <summary>Writes the files into a new folder and loads it as a catalogue.</summary>
    public static (LoadResult<RuleSetCatalog> Result, TemporaryFolder Folder, string[] Paths) LoadFolder(params (string Name, string Text)[] files)
    {
        var folder = new TemporaryFolder();
        var paths = files.Select(f => folder.Write(f.Name, f.Text)).ToArray();
        return (RuleSetCatalog.LoadFolder(folder.Path), folder, paths);
    }

    /// <summary>The child with one text replaced (which must occur once).</summary>
    public static string ChildWith(string original, string replacement) => SmallRuleSet.Replace(Child, original, replacement);
}
