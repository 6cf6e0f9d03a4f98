using Accountability.Rules.CaseGeneration.Documents;
using Accountability.Rules.CaseGeneration.Generation;
using Accountability.Rules.CaseGeneration.Profiles;
using Accountability.Rules.CaseGeneration.Sections;
using Accountability.Rules.Model;

namespace Accountability.Rules.CaseGeneration;

/// <summary>
/// Generates realistic case files for one ruleset, deterministically from a seed
/// (<see cref="Random"/>). Codes come from the ruleset's own code lists; amounts, percentages and
/// dates lie on and around the constants its rules compare with; every section a case file may have
/// under the ruleset is generated, mostly the ones its rules read. The text is YAML or JSON as a
/// user could write it, and loads without errors against the ruleset. Immutable and thread-safe.
/// </summary>
public sealed class CaseGenerator
{
    private readonly RuleSetProfile _profile;
    private readonly bool _namesParents;

    /// <summary>Creates a generator for a ruleset (its effective definition).</summary>
    /// <param name="ruleSet">The ruleset, e.g. from <c>RuleSetCatalog.Bundled</c> or an overlay file.</param>
    /// <param name="namesParents">
    /// Whether cases may name a ruleset <paramref name="ruleSet"/> extends instead of its own id: true
    /// for a ruleset evaluated from a file (<c>--ruleset</c>), which accepts a case naming a parent;
    /// false for a bundled ruleset, found by the id the case names.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is <c>null</c>.</exception>
    public CaseGenerator(RuleSetDefinition ruleSet, bool namesParents = false)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _profile = new RuleSetProfile(ruleSet);
        _namesParents = namesParents;
    }

    /// <summary>The id of the ruleset cases are generated for.</summary>
    public string RuleSetId => _profile.Id;

    /// <summary>The case of a seed; the same seed gives the same text.</summary>
    public GeneratedCase Generate(int seed)
    {
        var (document, context) = Document(seed);
        var format = context.Chance(0.2) ? CaseFormat.Json : CaseFormat.Yaml;
        var text = format == CaseFormat.Json
            ? JsonCaseWriter.Write(document)
            : YamlCaseWriter.Write(document, [$"Generated case {seed} for {RuleSetId}."]);
        return new GeneratedCase(RuleSetId, seed, format, text);
    }

    /// <summary>
    /// The case of a seed as JSON on one line, without a line feed: a line of a JSON Lines batch
    /// (<c>accountability evaluate --batch</c>). The same seed gives the same case as
    /// <see cref="Generate(int)"/>, whichever format that writes it in.
    /// </summary>
    public string GenerateJsonLine(int seed) => JsonCaseWriter.WriteLine(Document(seed).Document);

    /// <summary>The cases of <paramref name="count"/> consecutive seeds from <paramref name="firstSeed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IEnumerable<GeneratedCase> Generate(int firstSeed, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Enumerable.Range(0, count).Select(i => Generate(unchecked(firstSeed + i)));
    }

    private (CaseMapping Document, GenerationContext Context) Document(int seed)
    {
        var context = new GenerationContext(_profile, seed);
        context.DecidedOn = DecisionDates.Draw(context);
        var named = _namesParents && context.Chance(0.15) ? context.Pick(_profile.NameableIds) : _profile.Id;
        var sections = new CaseMapping();
        foreach (var generator in SectionGenerators.All)
        {
            generator.Generate(context, sections);
        }

        var document = new CaseMapping()
            .Add("ruleset", CaseScalar.Of(named))
            .Add("decidedOn", context.Date(context.DecidedOn));
        var shuffled = context.Chance(0.1);
        foreach (var (key, value) in sections.Entries
            .OrderBy(e => shuffled ? context.Random.Next() : Rank(e.Key)))
        {
            document.Add(key, value);
        }

        return (document, context);
    }

    private static int Rank(string key)
    {
        var index = SectionGenerators.FixedOrder.IndexOf(key);
        return index < 0 ? SectionGenerators.FixedOrder.Length : index;
    }
}
