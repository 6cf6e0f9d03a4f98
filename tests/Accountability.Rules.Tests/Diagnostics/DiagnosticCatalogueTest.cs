using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Diagnostics;

/// <summary>The ids of diagnostic kinds are well formed, unique across the assemblies, in a documented range, and documented.</summary>
public sealed class DiagnosticCatalogueTest
{
    [Fact]
    public void Catalogue_IdsAreWellFormedAndUniqueAcrossAssemblies()
    {
        var kinds = DiagnosticCatalogue.All();

        Assert.True(kinds.Count > 100, $"Only {kinds.Count} kinds were found.");
        Assert.All(kinds, k => Assert.Matches(@"\AACR[0-9]{4}\z", k.Kind.Id));
        var shared = kinds.GroupBy(k => k.Kind.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.DeclaredBy))}");
        Assert.Empty(shared);
    }

    [Fact]
    public void Catalogue_EveryIdIsInADocumentedRange()
    {
        var outside = DiagnosticCatalogue.All().Where(k => !DiagnosticCatalogue.Ranges.Any(r => k.Kind.Id.StartsWith(r.Prefix, StringComparison.Ordinal)));

        Assert.Empty(outside.Select(k => $"{k.Kind.Id} ({k.DeclaredBy})"));
    }

    [Fact]
    public void Catalogue_EachAssemblyKeepsToItsRanges()
    {
        foreach (var (kind, declaredBy) in DiagnosticCatalogue.All())
        {
            var expected = declaredBy.Split('.')[0] switch
            {
                "CompilerDiagnostics" => "ACR07",
                "EvaluationDiagnostics" => "ACR090",
                "CliDiagnostics" => "ACR09",
                _ => null,
            };
            if (expected is null)
            {
                Assert.False(kind.Id.StartsWith("ACR07", StringComparison.Ordinal) || kind.Id.StartsWith("ACR09", StringComparison.Ordinal), $"{declaredBy} ({kind.Id}) is in a range of the core or the CLI.");
            }
            else
            {
                Assert.True(kind.Id.StartsWith(expected, StringComparison.Ordinal), $"{declaredBy} ({kind.Id}) is outside {expected}xx.");
            }
        }
    }

    [Fact]
    public void Document_IsCurrent()
    {
        var path = RepositoryRoot.Combine(DiagnosticsDocument.RelativePath);
        var expected = DiagnosticsDocument.Write([.. DiagnosticCatalogue.All().Select(k => k.Kind)]);
        if (Environment.GetEnvironmentVariable("ACCOUNTABILITY_REGENERATE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(
            File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == expected,
            $"{DiagnosticsDocument.RelativePath} is not what the catalogue gives: run the tests with ACCOUNTABILITY_REGENERATE=1 and commit the file.");
    }

    [Theory]
    [InlineData("ACR12")]
    [InlineData("acr0101")]
    [InlineData("ACR01010")]
    [InlineData("XYZ0101")]
    public void Kind_MalformedId_IsRejected(string id)
    {
        Assert.Throws<ArgumentException>(() => new DiagnosticKind(id, DiagnosticSeverity.Error, "m", "h"));
    }

    [Fact]
    public void At_FillsNamedPlaceholdersInOrderOfFirstAppearance()
    {
        var kind = new DiagnosticKind("ACR9999", DiagnosticSeverity.Warning, "'{key}' in {where} ({key})", "write '{key}:' or { key: value }; {count} left");

        var diagnostic = kind.At(new SourceLocation("f.yaml", 3, 7), "tierz", "'lossTiers'", 2.5m);

        Assert.Equal(["key", "where", "count"], kind.Parameters.AsEnumerable());
        Assert.Equal("f.yaml:3:7: warning ACR9999: 'tierz' in 'lossTiers' (tierz) (hint: write 'tierz:' or { key: value }; 2.5 left)", diagnostic.ToString());
    }

    [Fact]
    public void At_WrongNumberOfArguments_Throws()
    {
        var kind = new DiagnosticKind("ACR9998", DiagnosticSeverity.Error, "unknown key '{key}' in {where}", "h");

        Assert.Throws<ArgumentException>(() => kind.At(null, "only-one"));
    }

    [Fact]
    public void ToString_WithoutLocation_StartsAtTheSeverity()
    {
        var diagnostic = new Diagnostic("ACR0952", DiagnosticSeverity.Error, null, "--on 'x' is not a date", "write an ISO date such as 2024-06-28");

        Assert.Equal("error ACR0952: --on 'x' is not a date (hint: write an ISO date such as 2024-06-28)", diagnostic.ToString());
    }
}
