namespace Accountability.Rules.CaseGeneration;

/// <summary>How a generated case file is written; the case loader reads both.</summary>
public enum CaseFormat
{
    /// <summary>YAML, block style with some flow-style entries, as the examples are written.</summary>
    Yaml,

    /// <summary>JSON, which the loader reads as YAML flow style.</summary>
    Json,
}
