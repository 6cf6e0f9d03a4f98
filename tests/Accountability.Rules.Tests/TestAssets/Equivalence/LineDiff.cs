using System.Text;

namespace Accountability.Rules.Tests.TestAssets.Equivalence;

/// <summary>The lines of two texts that differ, as <c>-</c> (only in the first) and <c>+</c> (only in the second) with a line of context, from a longest common subsequence.</summary>
internal static class LineDiff
{
    public static string Describe(string first, string second, int maxLines = 60)
    {
        var a = first.Split('\n');
        var b = second.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var x = a[prefix..^suffix];
        var y = b[prefix..^suffix];
        var lcs = new int[x.Length + 1, y.Length + 1];
        for (var i = x.Length - 1; i >= 0; i--)
        {
            for (var j = y.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = x[i] == y[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var ops = new List<(char Op, string Line, int Number)>();
        for (int i = 0, j = 0; i < x.Length || j < y.Length;)
        {
            if (i < x.Length && j < y.Length && x[i] == y[j])
            {
                ops.Add((' ', x[i], prefix + i + 1));
                i++;
                j++;
            }
            else if (i < x.Length && (j == y.Length || lcs[i + 1, j] >= lcs[i, j + 1]))
            {
                ops.Add(('-', x[i], prefix + i + 1));
                i++;
            }
            else
            {
                ops.Add(('+', y[j], prefix + i + 1));
                j++;
            }
        }

        // Each change with one line of context on either side; "…" where equal lines are skipped.
        var lines = new List<string>();
        if (prefix > 0)
        {
            ops.Insert(0, (' ', a[prefix - 1], prefix));
        }

        if (suffix > 0)
        {
            ops.Add((' ', a[^suffix], a.Length - suffix + 1));
        }

        var shown = -1;
        for (var k = 0; k < ops.Count; k++)
        {
            var near = ops[k].Op != ' ' || (k > 0 && ops[k - 1].Op != ' ') || (k + 1 < ops.Count && ops[k + 1].Op != ' ');
            if (!near)
            {
                continue;
            }

            if (shown >= 0 && k > shown + 1)
            {
                lines.Add("  …");
            }

            lines.Add(ops[k].Op == ' ' ? $"  {ops[k].Line}    (line {ops[k].Number})" : $"{ops[k].Op} {ops[k].Line}");
            shown = k;
        }

        var text = new StringBuilder();
        foreach (var line in lines.Take(maxLines))
        {
            text.Append(line).Append('\n');
        }

        return lines.Count > maxLines ? text.Append($"… {lines.Count - maxLines} more lines\n").ToString() : text.ToString();
    }
}
