namespace Accountability.Rules.Model;

/// <summary>Where a rule comes from: a document and an article (条/款/项) in it.</summary>
/// <param name="DocumentId">The id of a document of the ruleset, e.g. <c>yibin-2020</c>.</param>
/// <param name="Article">The article as the text numbers it, e.g. <c>Art. 19(2)</c> or <c>五(二)3</c>.</param>
public sealed record Citation(string DocumentId, string Article)
{
    /// <summary>Text such as <c>yibin-2020 Art. 19(2)</c>.</summary>
    public override string ToString() => $"{DocumentId} {Article}";
}
