namespace Accountability.Rules.CaseGeneration.Documents;

/// <summary>What a scalar of a case document holds, which decides how a writer spells it.</summary>
internal enum ScalarKind
{
    /// <summary>Text: plain where YAML reads it back as the same text, else double-quoted.</summary>
    Text,

    /// <summary>A number: plain (or quoted, which case files accept for numbers).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>, always plain.</summary>
    Boolean,

    /// <summary>An ISO date.</summary>
    Date,

    /// <summary>An ISO 8601 period.</summary>
    Period,
}
