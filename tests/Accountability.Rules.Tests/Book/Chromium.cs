using System.Diagnostics;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Book;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>), run as a child process with a fresh
/// profile, no network services and its log on stderr: <c>--dump-dom</c> gives the page's DOM after
/// it loaded, <c>--screenshot</c> a PNG. <c>.ci/run</c> installs the package.
/// </summary>
internal static class Chromium
{
    /// <summary>Where Debian's package installs the browser.</summary>
    public const string Path = "/usr/bin/chromium";

    /// <summary>The environment variable that makes a missing browser a failure instead of a skip (CI sets it to 1).</summary>
    public const string RequireVariable = "ACCOUNTABILITY_REQUIRE_BROWSER";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Whether the browser is installed.</summary>
    public static bool Installed => File.Exists(Path);

    /// <summary>Whether a missing browser fails the tests that need it (<c>ACCOUNTABILITY_REQUIRE_BROWSER=1</c>).</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Loads a file and returns the DOM after loading (standard output) and the browser's log (standard error).</summary>
    public static (string Dom, string Log) DumpDom(string file) => Run(["--dump-dom", new Uri(file).AbsoluteUri]);

    /// <summary>Loads a file and writes a screenshot of <paramref name="width"/> × <paramref name="height"/> pixels to <paramref name="png"/>; returns the log.</summary>
    public static string Screenshot(string file, string png, int width, int height) =>
        Run([$"--screenshot={png}", $"--window-size={width},{height}", new Uri(file).AbsoluteUri]).Log;

    /// <summary>
    /// The lines of a browser log that report a problem of the page: a message on its console (the
    /// book's pages have no script, so any is one; an uncaught exception shows as one) or a resource
    /// that did not load. The browser's own complaints about the machine (no D-Bus, no GPU) are not.
    /// </summary>
    public static IEnumerable<string> PageProblems(string log) =>
        log.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal) || line.Contains("Uncaught", StringComparison.Ordinal) || line.Contains("net::ERR_", StringComparison.Ordinal));

    /// <summary>Fails with a clear message when the browser is missing (the tests that need it skip unless it is required).</summary>
    public static void EnsureInstalled() =>
        Assert.True(Installed, $"{Path} is not installed and {RequireVariable}=1 requires it: apt-get install -y --no-install-recommends chromium (.ci/run does)");

    private static (string Dom, string Log) Run(IEnumerable<string> arguments)
    {
        EnsureInstalled();
        using var profile = new TemporaryFolder();
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.Path}", "--enable-logging=stderr", "--v=0",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path} did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', start.ArgumentList)}");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Path} exited with {process.ExitCode}: {error.Result}");
        return (output.Result, error.Result);
    }
}

/// <summary>
/// A test that needs Debian's Chromium: skipped with the reason when <c>/usr/bin/chromium</c> is
/// missing, unless <c>ACCOUNTABILITY_REQUIRE_BROWSER=1</c> (CI), when it runs and fails. xunit 2 has
/// no skip decided inside a test, so the attribute decides when the tests are discovered.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason when the browser is missing and not required.</summary>
    public BrowserFactAttribute()
    {
        if (!Chromium.Installed && !Chromium.Required)
        {
            Skip = $"{Chromium.Path} is not installed (apt-get install -y --no-install-recommends chromium; set {Chromium.RequireVariable}=1 to fail instead of skipping)";
        }
    }
}
