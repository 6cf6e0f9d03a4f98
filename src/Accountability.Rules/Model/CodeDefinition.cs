namespace Accountability.Rules.Model;

/// <summary>
/// One code a case may use (a role, violation, conduct, factor, measure or circumstance), or one
/// level of an ordinal scale (a tier or a responsibility type).
/// </summary>
/// <param name="Code">The stable code, e.g. <c>Y07-01</c> or <c>major</c>.</param>
/// <param name="Name">The text's own words, e.g. 重大资产损失.</param>
/// <param name="English">An English gloss, when given.</param>
/// <param name="Citation">Where the text defines it.</param>
/// <param name="Group">A grouping, such as the area of a violation (集团公司管控).</param>
public sealed record CodeDefinition(string Code, string Name, string? English, Citation? Citation, string? Group = null)
{
    /// <summary>Text such as <c>major (重大资产损失)</c>.</summary>
    public override string ToString() => $"{Code} ({Name})";
}
