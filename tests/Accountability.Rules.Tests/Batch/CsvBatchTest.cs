using System.Text;
using System.Text.Json.Nodes;
using Accountability.Rules.Data.Batch;
using Accountability.Rules.Data.Catalog;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Facts;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Batch;

/// <summary>
/// CSV batch input (<see cref="CaseRecords.ReadCsv(TextReader, string, CancellationToken)"/>): the
/// generated cases written as CSV rows give the results their JSON lines give, in input order; a bad
/// row is an error row with the diagnostics a case file gives, at the row's line and the cell's column
/// (a key at its header cell); a header that is not a layout of the case format makes every row an error row.
/// </summary>
public sealed class CsvBatchTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("accountability-csv-").FullName;

    /// <summary>The sections whose items may be a code alone, by key, with the field the code sets.</summary>
    private static readonly Dictionary<string, string> Shorthands = FactCatalog.Standard.Types
        .Where(t => t.Section?.Shorthand is not null)
        .ToDictionary(t => t.Section!.Key, t => t.Section!.Shorthand!, StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadCsv_GeneratedCases_GiveTheResultsOfTheirJsonLines_InInputOrder()
    {
        const int Count = 140;
        var lines = Enumerable.Range(0, Count).Select(BatchCases.Line).ToArray();
        var csv = Csv(lines);
        var evaluator = new BatchEvaluator(RuleSetCatalog.Bundled, new BatchOptions { MaxDegreeOfParallelism = 4 }, engine: TestEngine.Of);

        var fromJson = await Rows(evaluator, BatchCases.Records(string.Join("\n", lines)));
        var fromCsv = await Rows(evaluator, CaseRecords.ReadCsv(new StringReader(csv), "cases.csv"));

        Assert.Equal(Count, fromCsv.Length);
        Assert.DoesNotContain(fromCsv, row => row.Contains("\"status\":\"error\"", StringComparison.Ordinal));
        Assert.Equal(fromJson, fromCsv);
    }

    [Fact]
    public async Task ReadCsv_BadRows_AreErrorRowsAtTheRowsLineAndTheCellsColumn()
    {
        var csv = string.Join(
            "\n",
            "ruleset,decidedOn,enterprise.level,losses.0.id,losses.0.amount,losses.0.kind,losses.0.description,colour",
            "yibin-2020,2024-06-28,group,L1,1000,direct,\"a, quoted\ndescription\",",
            "yibin-2020,2024-06-28,group,L1,-5,direct,,",
            "yibin-2020,2024-06-28,group,L1,1000,sideways,,",
            ",,,,,,,",
            "yibin-2020,2024-06-28,group,L1,1000,direct,,red",
            "yibin-2020,2024-13-01,group,,,,,") + "\n";

        var results = await new BatchEvaluator(RuleSetCatalog.Bundled).EvaluateAsync(CaseRecords.ReadCsv(new StringReader(csv), "cases.csv")).ToListAsync();

        Assert.Equal([2, 4, 5, 7, 8], results.Select(r => r.Line));
        Assert.True(results[0].Succeeded, string.Join("; ", results[0].Diagnostics));
        Assert.Equal("a, quoted\ndescription", results[0].Result!.LossSeverity.CountedLosses.Single().Description);
        Assert.Equal(("ACR0217", 4, 32), Single(results[1]));   // a negative amount, at its cell
        Assert.Equal(("ACR0301", 5, 37), Single(results[2]));   // an unknown kind of loss, at its cell
        Assert.Equal(("ACR0201", 1, 99), Single(results[3]));   // an unknown key, at its header cell
        Assert.Equal(("ACR0209", 8, 12), Single(results[4]));   // not a date
        Assert.All(results.SelectMany(r => r.Diagnostics), d => Assert.Equal("cases.csv", d.Location!.File));

        static (string, int, int) Single(BatchResult result)
        {
            var diagnostic = Assert.Single(result.Diagnostics);
            return (diagnostic.Id, diagnostic.Location!.Line, diagnostic.Location.Column);
        }
    }

    [Theory]
    [InlineData("ruleset,decidedOn,losses.0.amount,losses.amount", "ACR0606", 35)]
    [InlineData("ruleset,decidedOn,enterprise,enterprise.level", "ACR0606", 30)]
    [InlineData("ruleset,decidedOn,losses..amount", "ACR0605", 19)]
    [InlineData("ruleset,decidedOn,0.x", "ACR0605", 19)]
    [InlineData("ruleset,decidedOn,losses.01.amount", "ACR0605", 19)]
    [InlineData("ruleset,decidedOn,ruleset", "ACR0112", 19)]
    public async Task ReadCsv_HeaderThatIsNotALayout_MakesEveryRowAnErrorRowAtTheHeaderCell(string header, string id, int column)
    {
        var csv = header + "\nyibin-2020,2024-06-28,1,2\nyibin-2020,2024-06-28,3,4\n";

        var results = await new BatchEvaluator(RuleSetCatalog.Bundled).EvaluateAsync(CaseRecords.ReadCsv(new StringReader(csv), "cases.csv")).ToListAsync();

        Assert.Equal([2, 3], results.Select(r => r.Line));
        Assert.All(results, r => Assert.Equal((id, 1, column), (Assert.Single(r.Diagnostics).Id, r.Diagnostics[0].Location!.Line, r.Diagnostics[0].Location!.Column)));
    }

    [Fact]
    public async Task ReadCsv_MoreCellsThanTheHeader_IsAnErrorRowAtTheFirstExtraCell()
    {
        var csv = "ruleset,decidedOn\nyibin-2020,2024-06-28,extra\n";

        var result = Assert.Single(await new BatchEvaluator(RuleSetCatalog.Bundled).EvaluateAsync(CaseRecords.ReadCsv(new StringReader(csv), "cases.csv")).ToListAsync());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((LoadDiagnostics.CsvExtraCells.Id, 2, 23), (diagnostic.Id, diagnostic.Location!.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Batch_CsvFile_WritesTheRowsOfTheSameCasesAsJsonLines()
    {
        const int Count = 21;
        var lines = Enumerable.Range(0, Count).Select(BatchCases.Line).ToArray();
        var jsonl = Path.Combine(_folder, "cases.jsonl");
        var csv = Path.Combine(_folder, "cases.csv");
        File.WriteAllText(jsonl, string.Join("\n", lines) + "\n");
        File.WriteAllText(csv, Csv(lines));

        var fromJson = CliRun.Run("evaluate", "--batch", jsonl);
        var fromCsv = CliRun.Run("evaluate", "--batch", csv);

        Assert.Contains(fromCsv.ExitCode, new[] { 0, 1 });
        Assert.Equal(fromJson.ExitCode, fromCsv.ExitCode);
        Assert.Equal(Count, fromCsv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(fromJson.Out, fromCsv.Out);
    }

    private static async Task<string[]> Rows(BatchEvaluator evaluator, IAsyncEnumerable<CaseRecord> records)
    {
        using var output = new MemoryStream();
        await evaluator.WriteJsonLinesAsync(records, output);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task ReadCsv_TheReadmeExample_GivesTheResultsOfTheSameCasesAsJson()
    {
        const string Csv = """
            ruleset,decidedOn,enterprise.level,enterprise.priorYearEndTotalAssets,losses.0.id,losses.0.amount,losses.0.kind,persons.0.id,persons.0.role,persons.0.conduct.0,persons.0.conduct.1,persons.1.id,persons.1.role,persons.1.conduct.0
            yibin-2020,2024-06-28,subsidiary,486000000,L1,2150000,direct,P1,manager,decisive-role,Y09-06,P2,principal-head,principal-duty
            yibin-2020,2024-07-01,subsidiary,486000000,L1,90000,indirect,P1,manager,Y09-06,,,,

            """;
        string[] json =
        [
            """{ "ruleset": "yibin-2020", "decidedOn": "2024-06-28", "enterprise": { "level": "subsidiary", "priorYearEndTotalAssets": 486000000 }, "losses": [{ "id": "L1", "amount": 2150000, "kind": "direct" }], "persons": [{ "id": "P1", "role": "manager", "conduct": ["decisive-role", "Y09-06"] }, { "id": "P2", "role": "principal-head", "conduct": ["principal-duty"] }] }""",
            """{ "ruleset": "yibin-2020", "decidedOn": "2024-07-01", "enterprise": { "level": "subsidiary", "priorYearEndTotalAssets": 486000000 }, "losses": [{ "id": "L1", "amount": 90000, "kind": "indirect" }], "persons": [{ "id": "P1", "role": "manager", "conduct": ["Y09-06"] }] }""",
        ];
        var evaluator = new BatchEvaluator(RuleSetCatalog.Bundled, engine: TestEngine.Of);

        var fromCsv = await Rows(evaluator, CaseRecords.ReadCsv(new StringReader(Csv), "cases.csv"));

        Assert.Equal(await Rows(evaluator, BatchCases.Records(string.Join("\n", json))), fromCsv);
        Assert.Equal(2, fromCsv.Length);
        Assert.DoesNotContain(fromCsv, row => row.Contains("\"status\":\"error\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// Cases given as JSON lines written as one CSV: a column per path any case has (in the order
    /// first met), a row per case; a JSON string, number or boolean is the cell's text, null an empty cell.
    /// An item of a section written in its short form (a code alone) is written as a mapping of its
    /// shorthand field (<c>circumstances.0.code</c>), so that one column layout holds every case.
    /// </summary>
    private static string Csv(IReadOnlyList<string> jsonLines)
    {
        var rows = jsonLines.Select(line =>
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(JsonNode.Parse(line), string.Empty, cells);
            return cells;
        }).ToArray();
        var columns = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToArray();
        var text = new StringBuilder().AppendJoin(',', columns.Select(Quote)).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => Quote(row.GetValueOrDefault(c, string.Empty)))).Append('\n');
        }

        return text.ToString();

        static void Flatten(JsonNode? node, string path, Dictionary<string, string> cells)
        {
            var prefix = path.Length == 0 ? string.Empty : path + ".";
            switch (node)
            {
                case JsonObject mapping:
                    foreach (var (key, value) in mapping)
                    {
                        Flatten(value, prefix + key, cells);
                    }

                    break;
                case JsonArray list:
                    var shorthand = Shorthands.GetValueOrDefault(path[(path.LastIndexOf('.') + 1)..]);
                    for (var i = 0; i < list.Count; i++)
                    {
                        Flatten(list[i], prefix + i + (shorthand is not null && list[i] is JsonValue ? "." + shorthand : string.Empty), cells);
                    }

                    break;
                case JsonValue value:
                    cells[path] = value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
                    break;
            }
        }

        static string Quote(string cell) =>
            cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
