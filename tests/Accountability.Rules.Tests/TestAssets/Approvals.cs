using System.Text;
using Xunit.Sdk;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// Approval testing without a library: compares a text with
/// <c>tests/Accountability.Rules.Tests/Approvals/&lt;name&gt;.approved.txt</c> in the source tree.
/// Line ends are normalised to <c>\n</c>. On a mismatch, or when the approved file is missing, the
/// text is written to <c>&lt;name&gt;.received.txt</c> beside it (ignored by git) and the test fails
/// with the first differing lines and how to approve.
/// </summary>
internal static class Approvals
{
    /// <summary>The folder of approved files, relative to the repository root.</summary>
    public const string Folder = "tests/Accountability.Rules.Tests/Approvals";

    private const int ContextLines = 3;
    private const int ShownLines = 12;

    /// <summary>Fails unless <paramref name="actual"/> equals the approved text of <paramref name="name"/>.</summary>
    public static void Verify(string actual, string name) => Verify(actual, name, Folder);

    /// <summary>
    /// Fails unless <paramref name="actual"/> equals the approved text of <paramref name="name"/> in
    /// <paramref name="relativeFolder"/> (relative to the repository root, written with '/').
    /// </summary>
    public static void Verify(string actual, string name, string relativeFolder)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(relativeFolder);
        var folder = RepositoryRoot.Combine(relativeFolder);
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var received = Normalise(actual);
        var relativeApproved = $"{relativeFolder}/{name}.approved.txt";
        var relativeReceived = $"{relativeFolder}/{name}.received.txt";

        if (!File.Exists(approvedPath))
        {
            Write(receivedPath, received);
            throw new XunitException(
                $"No approved file for '{name}'. The output was written to {relativeReceived}.{Environment.NewLine}" +
                $"Review it, then approve it by renaming it: mv {relativeReceived} {relativeApproved}");
        }

        var approved = Normalise(File.ReadAllText(approvedPath, Encoding.UTF8));
        if (approved == received)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        Write(receivedPath, received);
        throw new XunitException(
            $"Output differs from {relativeApproved}; the output was written to {relativeReceived}.{Environment.NewLine}" +
            Diff(approved, received) + Environment.NewLine +
            $"If the change is intended, approve it: mv {relativeReceived} {relativeApproved}");
    }

    /// <summary>Line ends as <c>\n</c>, no byte-order mark.</summary>
    internal static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');

    /// <summary>A unified-style excerpt around the first differing line: <c>-</c> approved, <c>+</c> received.</summary>
    internal static string Diff(string approved, string received)
    {
        var expected = approved.Split('\n');
        var actual = received.Split('\n');
        var first = 0;
        while (first < expected.Length && first < actual.Length && expected[first] == actual[first])
        {
            first++;
        }

        var start = Math.Max(0, first - ContextLines);
        var text = new StringBuilder();
        text.Append("@@ first difference at line ").Append(first + 1).Append(" @@").Append(Environment.NewLine);
        for (var i = start; i < first; i++)
        {
            text.Append("  ").Append(expected[i]).Append(Environment.NewLine);
        }

        for (var i = first; i < Math.Min(expected.Length, first + ShownLines); i++)
        {
            text.Append("- ").Append(expected[i]).Append(Environment.NewLine);
        }

        for (var i = first; i < Math.Min(actual.Length, first + ShownLines); i++)
        {
            text.Append("+ ").Append(actual[i]).Append(Environment.NewLine);
        }

        return text.ToString();
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
