namespace Accountability.Rules.Tests.TestAssets;

/// <summary>The repository's root folder, found by walking up from the test binaries to Accountability.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The absolute path of the folder that holds Accountability.sln.</summary>
    public static string Path => Root.Value;

    /// <summary>An absolute path from a path relative to the repository root, written with '/'.</summary>
    public static string Combine(string relative) =>
        System.IO.Path.Combine([Path, .. relative.Split('/')]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Accountability.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Accountability.sln not found above the test binaries. BaseDirectory={AppContext.BaseDirectory}");
    }
}
