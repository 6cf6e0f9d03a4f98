namespace Accountability.Rules.Model;

/// <summary>A legal text a ruleset cites.</summary>
/// <param name="Id">The id citations use.</param>
/// <param name="Title">The title in the original language.</param>
/// <param name="Number">The document number (文号), when it has one.</param>
/// <param name="Source">Where the text is kept in the repository.</param>
public sealed record DocumentReference(string Id, string Title, string? Number, string? Source);
