using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Sources;

/// <summary>The original text of the place a citation names, from its document's source text (<see cref="SourceTexts.Cite"/>).</summary>
/// <param name="Document">The document cited.</param>
/// <param name="Citation">The citation.</param>
/// <param name="Text">The passage as the source text has it, its paragraphs joined by new lines: an article with its items, one item, one paragraph, a part or section with what it contains, or the line that prints the document number.</param>
public sealed record CitedText(DocumentReference Document, Citation Citation, string Text);
