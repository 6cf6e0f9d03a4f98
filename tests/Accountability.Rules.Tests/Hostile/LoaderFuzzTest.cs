using System.Diagnostics;
using System.Globalization;
using System.Text;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.RuleSets;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Tests.TestAssets;
using Xunit.Abstractions;

namespace Accountability.Rules.Tests.Hostile;

/// <summary>
/// A time-bounded mutation fuzz test of both loaders. The bundled rulesets and the example cases are
/// mutated at random (lines deleted, repeated, swapped or re-indented; values replaced by hostile
/// scalars; text truncated; characters changed) and loaded; what loads is evaluated on the suite's
/// engine (a mutated ruleset over the examples of its id, a mutated case under its bundled ruleset).
/// Any exception other than the documented ones fails the test, and so does an input that takes
/// longer than <see cref="InputTimeout"/>; the failure names the seed and saves the input under
/// <c>TestResults/fuzz/</c>. Each run tries inputs for <c>ACCOUNTABILITY_FUZZ_SECONDS</c> seconds
/// (default 10) from the seed <c>ACCOUNTABILITY_FUZZ_SEED</c> (default 1); input i of a seed is
/// always the same text, so a failure replays with the same seed.
/// </summary>
public sealed class LoaderFuzzTest(ITestOutputHelper output)
{
    private static readonly TimeSpan InputTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Values that have broken, or could break, a reader: aliases, tags, limits, control characters, structure.</summary>
    private static readonly string[] HostileScalars =
    [
        string.Empty, "~", "null", "-1", "0", "-0.0", "1e400", "0.1e-400", "79228162514264337593543950335", "1000000000000001",
        "0.0000001", "0x10", ".nan", ".inf", "'12'", "\"\"", "*a", "&a 3", "!!int 3", "!custom x", "{", "[", "}", "]", "\"unclosed",
        "P99999Y", "P-6M", "PT1H", "P1M-60D", "9999-12-31", "0001-01-01", "2024-02-30", "2024-06-28T10:00", "<<: *a", "? complex",
        "\u001b[31m", "\u0007", "\0", "\r", "a: b: c", "- x", "| \n  block", "yes", "on", "true", "[1, [2, [3, [4]]]]",
        new string('9', 40), new string('x', 5000),
    ];

    [Fact]
    public void LoadAndEvaluate_MutatedRuleSets_NoUndocumentedException() =>
        Fuzz("ruleset", SeedFiles("rulesets", "*.yaml").Where(f => !f.Path.Contains("/calendars/", StringComparison.Ordinal)).ToArray(), LoadRuleSet);

    [Fact]
    public void LoadAndEvaluate_MutatedCases_NoUndocumentedException() =>
        Fuzz("case", [.. SeedFiles("examples", "*.yaml"), .. SeedFiles("examples", "*.json")], LoadCase);

    private void Fuzz(string kind, (string Path, string Text)[] seeds, Action<string, string> load)
    {
        Assert.NotEmpty(seeds);
        var baseSeed = int.Parse(Environment.GetEnvironmentVariable("ACCOUNTABILITY_FUZZ_SEED") ?? "1", CultureInfo.InvariantCulture);
        var budget = TimeSpan.FromSeconds(double.Parse(Environment.GetEnvironmentVariable("ACCOUNTABILITY_FUZZ_SECONDS") ?? "10", CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        var tried = 0;
        for (var i = 0; clock.Elapsed < budget; i++)
        {
            var random = new Random(HashCode.Combine(baseSeed, kind, i));
            var (path, original) = seeds[random.Next(seeds.Length)];
            var mutated = Mutate(original, random, seeds);
            var name = $"fuzz/{kind}-{baseSeed}-{i}{Path.GetExtension(path)}";
            var run = Task.Run(() => load(mutated, name));
            var finished = Task.WhenAny(run, Task.Delay(InputTimeout)).GetAwaiter().GetResult() == run;
            if (!finished || run.IsFaulted)
            {
                var saved = Save(name, mutated);
                var reason = finished ? run.Exception!.InnerException!.ToString() : $"no answer within {InputTimeout.TotalSeconds} s";
                Assert.Fail($"{kind} input {i} of seed {baseSeed} (mutated from {path}, saved as {saved}): {reason}");
            }

            tried++;
        }

        output.WriteLine($"{tried} mutated {kind} inputs loaded (and evaluated where they loaded) in {clock.Elapsed.TotalSeconds:F1} s, seed {baseSeed}");
        Assert.True(tried > 0, "no input was tried within the budget");
    }

    /// <summary>Loads a ruleset text; when it loads, evaluates the examples of its id under it.</summary>
    private static void LoadRuleSet(string text, string name)
    {
        var loaded = RuleSetLoader.Load(text, name);
        if (!loaded.Succeeded)
        {
            Assert.NotEmpty(loaded.Errors);
            return;
        }

        var definition = loaded.Value;
        var calendar = RuleSetCatalog.Bundled.Calendars.FirstOrDefault(c => c.Id == definition.CalendarId);
        var ruleSet = RuleCompiler.Compile(definition, null, calendar);
        foreach (var example in Examples.Where(e => e.RuleSet.Definition.Id == definition.Id).Take(3))
        {
            Evaluate(ruleSet, example);
        }
    }

    /// <summary>Loads a case text; when it loads and resolves, evaluates it under its bundled ruleset.</summary>
    private static void LoadCase(string text, string name)
    {
        var loaded = CaseLoader.Load(text, name);
        if (!loaded.Succeeded)
        {
            Assert.NotEmpty(loaded.Errors);
            return;
        }

        var resolved = CaseLoader.Resolve(loaded.Value, RuleSetCatalog.Bundled);
        if (resolved.Succeeded)
        {
            Evaluate(resolved.Value, new ResolvedCase(loaded.Value, resolved.Value, loaded.Value.DecidedOn, null));
        }
    }

    /// <summary>Evaluates a case; a rule cycle (documented on <see cref="CaseEvaluator"/>) is an answer, not a crash.</summary>
    private static void Evaluate(CompiledRuleSet ruleSet, ResolvedCase example)
    {
        try
        {
            CaseEvaluator.Evaluate(TestEngine.Of(ruleSet), example.Case.Facts, example.DecidedOn);
        }
        catch (RuleCycleException)
        {
            // Documented: a mutated ruleset may make rules that feed each other.
        }
    }

    private static readonly Lazy<ResolvedCase[]> LoadedExamples = new(() =>
        [.. SeedFiles("examples", "*.yaml").Concat(SeedFiles("examples", "*.json"))
            .Select(f => CaseLoader.LoadAndResolve(f.Path, RuleSetCatalog.Bundled))
            .Where(r => r.Succeeded)
            .Select(r => r.Value!)]);

    private static ResolvedCase[] Examples => LoadedExamples.Value;

    private static string Mutate(string text, Random random, (string Path, string Text)[] seeds)
    {
        var lines = text.Split('\n').ToList();
        var count = 1 + random.Next(3);
        for (var m = 0; m < count && lines.Count > 0; m++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(9))
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    (lines[at], lines[^1]) = (lines[^1], lines[at]);
                    break;
                case 3:
                    lines[at] = random.Next(2) == 0 ? "  " + lines[at] : lines[at].TrimStart();
                    break;
                case 4:
                case 5:
                    lines[at] = ReplaceValue(lines[at], HostileScalars[random.Next(HostileScalars.Length)]);
                    break;
                case 6:
                    var other = seeds[random.Next(seeds.Length)].Text.Split('\n');
                    lines.Insert(at, other[random.Next(other.Length)]);
                    break;
                case 7:
                    var joined = string.Join('\n', lines);
                    lines = [.. joined[..random.Next(joined.Length + 1)].Split('\n')];
                    break;
                default:
                    lines[at] = ChangeCharacter(lines[at], random);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Replaces what follows the line's first <c>": "</c> (a mapping value), else appends the scalar.</summary>
    private static string ReplaceValue(string line, string scalar)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? line + " " + scalar : line[..(colon + 2)] + scalar;
    }

    private static string ChangeCharacter(string line, Random random)
    {
        const string Characters = ":-[]{},&*!|>'\"%@`#? \t0123456789.e\u00a0\u3000中";
        if (line.Length == 0)
        {
            return Characters[random.Next(Characters.Length)].ToString();
        }

        var builder = new StringBuilder(line);
        builder[random.Next(line.Length)] = Characters[random.Next(Characters.Length)];
        return builder.ToString();
    }

    private static IEnumerable<(string Path, string Text)> SeedFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(RepositoryRoot.Combine(folder), pattern, SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepositoryRoot.Path, f).Replace('\\', '/'), File.ReadAllText(f)));

    private static string Save(string name, string text)
    {
        var path = RepositoryRoot.Combine($"TestResults/{name}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
