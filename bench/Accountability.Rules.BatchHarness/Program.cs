using System.Globalization;
using System.Text;
using Accountability.Rules.CaseGeneration;
using Accountability.Rules.Data.Catalog;

// bench/batch.sh's generator: writes N generated cases (tests/Accountability.Rules.CaseGeneration,
// the generator of the engines' differential test) as a JSON Lines batch, one case per line.
// Usage: generate <count> <file.jsonl> [ruleset-id]
//        phases <file.jsonl> <count>   (one thread: time spent loading, evaluating and writing JSON per case)
//        writes <file.jsonl> <count> [explain]   (one thread: writing the cases' results as JSON again and again)
//        pipeline <file.jsonl> <passes> [workers]   (the batch pipeline in this process: CPU, allocation and collections per pass)
//        serial <file.jsonl> <passes>   (the same work on one thread without the pipeline, reported the same way)
// Case i is the generator's case of seed i for the bundled rulesets in turn (all of them, or only the
// one named), so the same count gives the same file.
if (args is ["phases", var phasesFile, var phasesCount])
{
    return Phases.Run(phasesFile, int.Parse(phasesCount, CultureInfo.InvariantCulture));
}

if (args is ["writes", var writesFile, var writesCount, .. var writesRest] && writesRest is [] or ["explain"])
{
    return Writes.Run(writesFile, int.Parse(writesCount, CultureInfo.InvariantCulture), writesRest is ["explain"]);
}

if (args is ["pipeline", var pipelineFile, var pipelinePasses, .. var pipelineRest] && pipelineRest.Length <= 1)
{
    int? workers = pipelineRest is [var degree] ? int.Parse(degree, CultureInfo.InvariantCulture) : null;
    return await Pipeline.Run(pipelineFile, int.Parse(pipelinePasses, CultureInfo.InvariantCulture), workers);
}

if (args is ["serial", var serialFile, var serialPasses])
{
    return await Pipeline.Serial(serialFile, int.Parse(serialPasses, CultureInfo.InvariantCulture));
}

if (args.Length is < 3 or > 4 || args[0] != "generate" || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: generate <count> <file.jsonl> [ruleset-id]");
    return 2;
}

var catalog = RuleSetCatalog.Bundled;
var ids = args.Length == 4 ? [args[3]] : catalog.Ids;
var generators = ids.Select(id => catalog.TryGet(id, out var compiled)
    ? new CaseGenerator(compiled.Definition)
    : throw new ArgumentException($"Unknown ruleset. Id={id}")).ToArray();

const int Chunk = 4096;
using var output = new StreamWriter(args[2], append: false, new UTF8Encoding(false), 1 << 16);
for (var start = 0; start < count; start += Chunk)
{
    var size = Math.Min(Chunk, count - start);
    var lines = new string[size];
    Parallel.For(0, size, i => lines[i] = generators[(start + i) % generators.Length].GenerateJsonLine(start + i));
    foreach (var line in lines)
    {
        output.Write(line);
        output.Write('\n');
    }
}

Console.Error.WriteLine($"generated {count} cases for {string.Join(", ", ids)} into {args[2]}");
return 0;
