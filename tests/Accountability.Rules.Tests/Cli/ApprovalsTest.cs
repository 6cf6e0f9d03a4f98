using Accountability.Rules.Tests.TestAssets;
using Xunit.Sdk;

namespace Accountability.Rules.Tests.Cli;

/// <summary>The approval helper: line ends normalised, a received file and a rename hint on mismatch.</summary>
public sealed class ApprovalsTest
{
    [Fact]
    public void Verify_WithoutApprovedFile_WritesReceivedAndTellsHowToApprove()
    {
        var name = "approvals-test." + Guid.NewGuid().ToString("N");
        var received = RepositoryRoot.Combine($"{Approvals.Folder}/{name}.received.txt");
        try
        {
            var failure = Assert.Throws<XunitException>(() => Approvals.Verify("line 1\r\nline 2\n", name));

            Assert.Equal("line 1\nline 2\n", File.ReadAllText(received));
            Assert.Contains($"mv {Approvals.Folder}/{name}.received.txt {Approvals.Folder}/{name}.approved.txt", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(received);
        }
    }

    [Fact]
    public void Diff_ShowsFirstDifferingLineWithContext()
    {
        var diff = Approvals.Diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");

        Assert.Contains("first difference at line 3", diff, StringComparison.Ordinal);
        Assert.Contains("- c", diff, StringComparison.Ordinal);
        Assert.Contains("+ X", diff, StringComparison.Ordinal);
        Assert.Contains("  b", diff, StringComparison.Ordinal);
    }
}
