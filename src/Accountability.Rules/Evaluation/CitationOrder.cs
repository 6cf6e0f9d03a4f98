using Accountability.Rules.Model;

namespace Accountability.Rules.Evaluation;

/// <summary>
/// Orders citations by document (in the ruleset's order) and then by article, comparing the
/// numbers in an article numerically, so that <c>Art. 9</c> comes before <c>Art. 19(2)</c>.
/// </summary>
internal sealed class CitationOrder : IComparer<Citation>
{
    private readonly Dictionary<string, int> _documentRank;

    public CitationOrder(RuleSetDefinition definition)
    {
        _documentRank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Documents.Length; i++)
        {
            _documentRank.TryAdd(definition.Documents[i].Id, i);
        }
    }

    public int Compare(Citation? x, Citation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var byDocument = Rank(x.DocumentId).CompareTo(Rank(y.DocumentId));
        if (byDocument != 0)
        {
            return byDocument;
        }

        byDocument = string.CompareOrdinal(x.DocumentId, y.DocumentId);
        return byDocument != 0 ? byDocument : CompareNatural(x.Article, y.Article);
    }

    /// <summary>Compares two texts, reading runs of ASCII digits as numbers.</summary>
    internal static int CompareNatural(string left, string right)
    {
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (char.IsAsciiDigit(left[i]) && char.IsAsciiDigit(right[j]))
            {
                var startI = i;
                var startJ = j;
                while (i < left.Length && char.IsAsciiDigit(left[i]))
                {
                    i++;
                }

                while (j < right.Length && char.IsAsciiDigit(right[j]))
                {
                    j++;
                }

                var a = left[startI..i].TrimStart('0');
                var b = right[startJ..j].TrimStart('0');
                var byNumber = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                continue;
            }

            var byChar = left[i].CompareTo(right[j]);
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        return (left.Length - i).CompareTo(right.Length - j);
    }

    private int Rank(string documentId) => _documentRank.TryGetValue(documentId, out var rank) ? rank : int.MaxValue;
}
