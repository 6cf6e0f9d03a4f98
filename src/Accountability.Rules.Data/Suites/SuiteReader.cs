using System.Collections.Immutable;
using Accountability.Rules.Data.Cases;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// Reads a test suite (docs/test-suites.md) with the strict YAML reader: its ruleset (an id of the
/// catalogue, or an overlay's id with its files), and each case with its name, its input (inline
/// under <c>case:</c>, read as a case file is, or a case file under <c>file:</c>) resolved under the
/// suite's ruleset, and its expectations checked against the result's schema. Every problem is reported.
/// </summary>
internal static class SuiteReader
{
    /// <summary>The keys of a suite.</summary>
    public static readonly ImmutableArray<string> TopKeys = ["ruleset", "description", "cases"];

    /// <summary>The keys of <c>ruleset:</c> written as a mapping.</summary>
    public static readonly ImmutableArray<string> RuleSetKeys = ["id", "files"];

    /// <summary>The keys of a case of <c>cases:</c>.</summary>
    public static readonly ImmutableArray<string> CaseKeys = ["name", "case", "file", "expect"];

    public static TestSuite? Read(string text, string fileName, RuleSetCatalog catalog, LoadErrors errors)
    {
        if (YamlReader.Read(text, fileName, errors) is not { } root || YamlValues.Mapping(root, "test suite", errors) is not { } mapping)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(fileName) ?? string.Empty;
        var top = new MappingReader(mapping, string.Empty, TopKeys, errors);
        top.OptionalText("description");
        var (id, suiteCatalog) = top.Required("ruleset") is { } rulesetNode ? ReadRuleSet(rulesetNode, folder, catalog, errors) : (null, catalog);
        var cases = ImmutableArray.CreateBuilder<TestSuiteCase>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in top.Required("cases") is { } casesNode ? MappingReader.Each(casesNode, "cases", CaseKeys, errors, nonEmpty: true) : [])
        {
            if (ReadCase(entry, folder, fileName, id, suiteCatalog, names, errors) is { } testCase)
            {
                cases.Add(testCase);
            }
        }

        return id is null ? null : new TestSuite(fileName, id.Value, cases.ToImmutable());
    }

    private static (YamlScalar? Id, RuleSetCatalog Catalog) ReadRuleSet(YamlNode node, string folder, RuleSetCatalog catalog, LoadErrors errors)
    {
        YamlScalar? id;
        if (node is YamlMapping mapping)
        {
            var reader = new MappingReader(mapping, "ruleset", RuleSetKeys, errors);
            id = reader.RequiredScalar("id");
            if (reader.Optional("files") is { } filesNode && YamlValues.ScalarList(filesNode, "ruleset.files", errors) is { IsEmpty: false } files)
            {
                var withFiles = catalog.WithFiles(files.Select(f => Path.Combine(folder, f.Value)));
                errors.AddRange(withFiles.Diagnostics);
                if (withFiles.Value is null)
                {
                    return (null, catalog);
                }

                catalog = withFiles.Value;
            }
        }
        else
        {
            id = YamlValues.Scalar(node, "ruleset", errors);
        }

        if (id is not null && catalog.Versions(id.Value).IsEmpty)
        {
            errors.Add(id.Start, LoadDiagnostics.SuiteUnknownRuleSet, id.Value, catalog.UnknownIdHint(id.Value));
            return (null, catalog);
        }

        return (id, catalog);
    }

    private static TestSuiteCase? ReadCase(MappingReader entry, string folder, string fileName, YamlScalar? ruleSetId, RuleSetCatalog catalog, Dictionary<string, SourceLocation> names, LoadErrors errors)
    {
        var before = errors.Count;
        var nameNode = entry.RequiredScalar("name");
        var name = nameNode?.Value;
        if (nameNode is not null)
        {
            if (names.TryGetValue(nameNode.Value, out var first))
            {
                errors.Add(nameNode.Start, LoadDiagnostics.DuplicateCaseName, nameNode.Value, first.Line, first.Column);
            }
            else
            {
                names.Add(nameNode.Value, nameNode.Start);
            }
        }

        var inline = entry.Optional("case");
        var file = entry.Optional("file");
        CaseFile? caseFile = null;
        if ((inline is null) == (file is null))
        {
            errors.Add(entry.Start, LoadDiagnostics.CaseInputNotOne, name ?? "(no name)", inline is null ? "neither 'case:' nor 'file:'" : "both 'case:' and 'file:'");
        }
        else if (inline is not null)
        {
            caseFile = CaseReader.Read(inline, fileName, FactCatalog.Standard, errors, ruleSetId);
        }
        else if (YamlValues.Text(file!, "file", errors) is { } relative)
        {
            var path = Path.Combine(folder, relative);
            var fileErrors = new LoadErrors();
            var text = SourceText.Read(path, fileErrors);
            foreach (var problem in fileErrors.ToImmutable())
            {
                // A file that cannot be read is reported where the suite names it.
                errors.Add(problem with { Location = file!.Start });
            }

            caseFile = text is null ? null : CaseReader.Read(text, path, errors);
        }

        var resolved = caseFile is not null && ruleSetId is not null ? CaseLoader.ResolveUnder(caseFile, catalog, ruleSetId.Value, errors) : null;
        var expectation = entry.Required("expect") is { } expectNode && YamlValues.Mapping(expectNode, "expect", errors) is { } expect
            ? ExpectationReader.Read(expect, resolved?.RuleSet, errors)
            : null;
        return errors.Count == before && name is not null && resolved is not null && expectation is not null
            ? new TestSuiteCase(name, entry.Start, resolved, expectation)
            : null;
    }
}
