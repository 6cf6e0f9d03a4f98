using Accountability.Rules.CaseGeneration;
using Accountability.Rules.CaseGeneration.Minimising;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets.Equivalence;

namespace Accountability.Rules.Tests.CaseGeneration;

/// <summary>The minimiser keeps only what the failure needs, simplifies numbers and fields, and keeps cases a file can state.</summary>
public sealed class CaseMinimiserTest
{
    private static IEnumerable<CaseRepro> Cases(string target) =>
        GeneratedCorpus.Of(target).Loaded.Select(c => new CaseRepro(c.DecidedOn, c.Case.Facts));

    private static IEnumerable<Fact> Of(CaseRepro repro, string type) => repro.Facts.Where(f => f.Schema.Name == type);

    [Fact]
    public void Minimise_LargeLossAndDecisiveManager_KeepsOneLossOnePersonOneConduct()
    {
        static bool Fails(CaseRepro r) =>
            Of(r, "loss").Any(l => l["amount"].AsNumber >= 1_000_000m)
            && Of(r, "person").Any(p => p["role"].AsText == "manager" && Of(r, "conduct").Any(c => c["person"].AsText == p["id"].AsText && c["code"].AsText == "decisive-role"));
        var failing = Cases("yibin-2020").First(c => Fails(c) && c.Facts.Length > 8);

        var minimised = CaseMinimiser.Minimise(failing, Fails);

        Assert.Equal(["case", "enterprise", "loss", "person", "conduct"], minimised.Facts.Select(f => f.Schema.Name));
        var amount = Of(minimised, "loss").Single()["amount"].AsNumber;
        Assert.True(amount >= 1_000_000m && Simplifications.Simpler(amount).All(s => s < 1_000_000m), $"Amount not simplified: {amount}");
        Assert.True(Of(minimised, "person").Single()["name"].IsNull);
        Assert.All(Of(minimised, "enterprise").Single().Values.ToArray(), v => Assert.True(v.IsNull));
        Assert.True(failing.Facts.Length > minimised.Facts.Length);
    }

    [Fact]
    public void Minimise_Decision_KeepsThePersonItNames()
    {
        static bool Fails(CaseRepro r) => Of(r, "decision").Any();
        var failing = Cases("yibin-2020").First(c => Fails(c) && Of(c, "person").Count() > 2);

        var minimised = CaseMinimiser.Minimise(failing, Fails);

        Assert.Equal(["case", "enterprise", "person", "decision"], minimised.Facts.Select(f => f.Schema.Name));
        Assert.Equal(Of(minimised, "person").Single()["id"], Of(minimised, "decision").Single()["person"]);
        Assert.NotEmpty(minimised.ToYaml());
    }

    [Fact]
    public void Minimise_CaseThatDoesNotFail_Throws()
    {
        var repro = Cases("weihai-2024").First();

        Assert.Throws<ArgumentException>(() => CaseMinimiser.Minimise(repro, _ => false));
    }

    [Theory]
    [InlineData("3218400.37", "0,3000000,3200000,3220000,3218000,3218400")]
    [InlineData("1000000.00", "0,1000000")]
    [InlineData("49.99", "0,50,49")]
    public void Simpler_Number_ZeroThenFewerSignificantDigits(string number, string expected)
    {
        var simpler = Simplifications.Simpler(decimal.Parse(number, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected.Split(','), simpler.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
