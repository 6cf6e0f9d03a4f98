using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Data;

/// <summary>Damaged input gives errors, never exceptions.</summary>
public sealed class HostileInputTest
{
    private static readonly string[] Fragments = ["{", "}", "[", "]", ":", "- ", "\"", "'", "&a ", "*a", "!!int ", "\n", "  ", "null", "~", "---\n", "? ", "|", "$", "$x.y", "以上", "1e99", "#"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Load_DamagedRuleSet_ReturnsErrorsWithoutThrowing(int seed)
    {
        var text = Damage(SmallRuleSet.Text, new Random(seed));

        var result = RuleSetLoader.Load(text, SmallRuleSet.FileName);

        Assert.True(result.Succeeded || !result.Errors.IsEmpty);
        Assert.All(result.Errors, e => Assert.True(e.Location!.Line >= 1 && e.Location!.Column >= 1));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Load_DamagedCase_ReturnsErrorsWithoutThrowing(int seed)
    {
        var text = Damage(seed % 2 == 0 ? SmallCase.Yaml : SmallCase.Json, new Random(seed));

        var result = CaseLoader.Load(text, SmallCase.FileName);

        Assert.True(result.Succeeded || !result.Errors.IsEmpty);
    }

    private static string Damage(string text, Random random)
    {
        for (var i = 0; i < 1 + random.Next(4); i++)
        {
            var at = random.Next(text.Length);
            text = random.Next(3) switch
            {
                0 => text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(8))),
                1 => text.Insert(at, Fragments[random.Next(Fragments.Length)]),
                _ => text.Remove(at, 1).Insert(at, Fragments[random.Next(Fragments.Length)]),
            };
        }

        return text;
    }
}
