namespace Accountability.Rules.Data.Yaml;

/// <summary>Limits that keep hostile input from exhausting the reader.</summary>
internal static class YamlLimits
{
    /// <summary>The deepest nesting of mappings and sequences accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest document accepted, in characters (4 Mi).</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;
}
