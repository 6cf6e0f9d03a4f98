using System.Collections.Immutable;
using System.Text;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>Text lines joined with <c>\n</c>, each conclusion followed by its articles in brackets. Mutable; one per rendering.</summary>
internal sealed class TextLines
{
    private readonly StringBuilder _text = new();
    private readonly string _primaryDocumentId;

    public TextLines(string primaryDocumentId) => _primaryDocumentId = primaryDocumentId;

    public void Line(string line) => _text.Append(line).Append('\n');

    public void Line(string line, Provenance? source) => WithBrackets(line, Formats.Brackets(source, _primaryDocumentId));

    public void Line(string line, ImmutableArray<Citation> citations, ImmutableArray<string> policies) =>
        WithBrackets(line, Formats.Brackets(citations, policies, _primaryDocumentId));

    public void Blank() => _text.Append('\n');

    public override string ToString() => _text.ToString();

    private void WithBrackets(string line, string brackets) => Line(brackets.Length == 0 ? line : line + "  " + brackets);
}
