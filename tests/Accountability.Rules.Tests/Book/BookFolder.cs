using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Book;

/// <summary>
/// The book of the bundled rulesets, written once for the tests of the book collection by <c>accountability doc</c> (run
/// in-process) into a temporary folder, with the cases of the bundled suites (<c>rulesets/tests</c>).
/// </summary>
public sealed class BookFolder : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    /// <summary>Writes the book.</summary>
    public BookFolder()
    {
        Out = System.IO.Path.Combine(_folder.Path, "book");
        Outcome = CliRun.Run("doc", "--out", Out, "--tests", RepositoryRoot.Combine("rulesets/tests"));
    }

    /// <summary>The folder the book was written to.</summary>
    public string Out { get; }

    /// <summary>What the command printed and its exit code.</summary>
    internal CliOutcome Outcome { get; }

    /// <summary>The path of a page of the book.</summary>
    public string Page(string file) => System.IO.Path.Combine(Out, file);

    /// <summary>The text of a page of the book.</summary>
    public string Read(string file) => File.ReadAllText(Page(file));

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}

/// <summary>The tests that read the book share one, written once.</summary>
[CollectionDefinition(Name)]
public sealed class TheBook : ICollectionFixture<BookFolder>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "book";
}
