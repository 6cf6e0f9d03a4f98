namespace Accountability.Rules.Tests.TestAssets;

/// <summary>The example cases under <c>examples/</c> and the arguments that evaluate each as CI does.</summary>
internal static class ExampleFiles
{
    /// <summary>Every example case (YAML or JSON, not a ruleset, not build output), relative to the repository root, in ordinal order.</summary>
    public static IEnumerable<string> Cases()
    {
        var root = RepositoryRoot.Combine("examples");
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/');
            if (!file.EndsWith(".ruleset.yaml", StringComparison.Ordinal)
                && (file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal))
                && !relative.Contains("/bin/", StringComparison.Ordinal)
                && !relative.Contains("/obj/", StringComparison.Ordinal))
            {
                yield return relative;
            }
        }
    }

    /// <summary>The <c>evaluate</c> arguments for an example: its path, and <c>--ruleset</c> with each ruleset file beside it (an overlay, or a chain of them), in ordinal order.</summary>
    public static string[] EvaluateArguments(string example)
    {
        var path = RepositoryRoot.Combine(example);
        var overlays = Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "*.ruleset.yaml").Order(StringComparer.Ordinal).SelectMany(f => new[] { "--ruleset", f });
        return ["evaluate", path, .. overlays];
    }
}
