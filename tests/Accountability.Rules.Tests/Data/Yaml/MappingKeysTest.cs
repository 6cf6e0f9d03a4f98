using Accountability.Rules.Data.Yaml;

namespace Accountability.Rules.Tests.Data.Yaml;

/// <summary>A mapping's keys are found by their text, whether or not the key is the very string the keys hold.</summary>
public sealed class MappingKeysTest
{
    private static readonly MappingKeys Keys = new([Made("id"), Made("amount"), Made("kind"), Made("description")]);

    [Theory]
    [InlineData("id", 0)]
    [InlineData("amount", 1)]
    [InlineData("kind", 2)]
    [InlineData("description", 3)]
    [InlineData("Amount", -1)]
    [InlineData("amoun", -1)]
    [InlineData("", -1)]
    public void IndexOf_AKeyMadeAnew_AndItsInternedString_GiveItsPlace(string key, int index)
    {
        Assert.Equal(index, Keys.IndexOf(Made(key)));
        Assert.Equal(index, Keys.IndexOf(string.Intern(Made(key))));
    }

    [Fact]
    public void JsonReader_GivesKeysAsTheirInternedStrings_AndValuesAsRead()
    {
        var root = Assert.IsType<YamlMapping>(JsonTreeReader.TryRead("{ \"kind\": \"kind\", \"a-key-met-here-only\": 1 }", "t.json"));

        Assert.All(root.Entries, entry => Assert.Same(string.Intern(entry.KeyText), entry.KeyText));
        Assert.Equal(2, Keys.IndexOf(root.Entries[0].KeyText));
    }

    /// <summary>A string of the text that is not the literal's instance.</summary>
    private static string Made(string text) => new(text.AsSpan());
}
