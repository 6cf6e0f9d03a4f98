namespace Accountability.Rules.Tests.TestAssets;

/// <summary>A folder under the system's temporary path, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    /// <summary>Creates an empty folder.</summary>
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "accountability-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's path.</summary>
    public string Path { get; }

    /// <summary>Writes a file at a path relative to the folder (with '/'), creating folders; returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine([Path, .. relative.Split('/')]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Path, recursive: true);
}
