namespace Accountability.Rules.Data.Yaml;

/// <summary>One key and value of a mapping.</summary>
/// <param name="Key">The key, always a scalar.</param>
/// <param name="Value">The value.</param>
internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);
