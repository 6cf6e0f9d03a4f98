using System.Reflection;
using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Tests.Diagnostics;

/// <summary>
/// Every kind of diagnostic the library and the command declare: the static <see cref="DiagnosticKind"/>
/// fields of their assemblies (the core's compiler and evaluation kinds, the loaders' kinds, the CLI's).
/// </summary>
internal static class DiagnosticCatalogue
{
    /// <summary>The ranges of ids (ACR and the two digits that start the id), what each holds, and what to do about its problems in general.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Title, string Advice)> Ranges =
    [
        ("ACR01", "Files and YAML syntax", "The file cannot be read as one YAML (or JSON) document. Fix the file at the position given; the loader reads only plain YAML: no anchors, aliases or tags, one document per file, no control characters."),
        ("ACR02", "Keys, value types and limits", "A key is unknown or missing, or a value has the wrong type or is out of range. `docs/ruleset-format.md` (rulesets) and the README's Case input (cases) list the keys and the values each takes."),
        ("ACR03", "References, ids and codes", "A name refers to nothing declared (a document, policy, tier, fact type, field, alias or code), or an id is malformed or repeated. The hint lists the valid names; correct the spelling or declare the name."),
        ("ACR04", "Ruleset structure and tables", "A rule, table row or range is incomplete or contradicts itself, or rulesets in one folder clash. Complete or correct the entry as the hint says."),
        ("ACR05", "Overlays, versions and extends", "An overlay names a parent, version or change target that does not exist, or a change is malformed. Check `extends:` and `changes:` against the parent (`accountability show <parent>` prints it)."),
        ("ACR06", "Case files", "The case does not fit the ruleset it names: an unknown ruleset, or a code the ruleset does not declare. The hint lists the ruleset's codes."),
        ("ACR07", "Rule type checks (the compiler)", "A rule does not type-check, or reads facts before the rules that assert them have fired. The message starts with the rule's id; in a ruleset file it is reported at the rule."),
        ("ACR08", "Calendars", "A working-day calendar under `rulesets/calendars/` is malformed. Check it against the State Council notice it cites."),
        ("ACR09", "Evaluation and the command line", "The evaluation stopped (rules that keep firing, a year the calendar lacks) or the command's arguments are wrong. ACR0901 is a mistake in the ruleset, reported at each rule of the cycle."),
        ("ACR10", "Test suites", "A test suite (docs/test-suites.md) names an unknown ruleset, has a case without input or with a name used twice, or an expectation that no result could meet: a key the JSON result does not have, a value of the wrong shape, a rule the ruleset does not have. Correct the suite at the position given."),
        ("ACR11", "Verification (accountability validate)", "The ruleset loads, but verification beyond loading finds a hole: a loss that gets no tier or two, a tier or responsibility with no sanction, a restriction that does not run, or a citation the source text under `docs/sources/` does not have. `docs/ruleset-format.md` (Verification) says what each check reads; fix the row, rule or citation at the position given."),
    ];

    /// <summary>The assemblies that declare kinds.</summary>
    public static readonly IReadOnlyList<Assembly> Assemblies =
    [
        typeof(DiagnosticKind).Assembly,
        typeof(Accountability.Rules.Data.LoadResult<>).Assembly,
        typeof(Accountability.Rules.Cli.CliApp).Assembly,
    ];

    /// <summary>Every kind with the class and field that declare it, by id.</summary>
    public static IReadOnlyList<(DiagnosticKind Kind, string DeclaredBy)> All() =>
        [.. Assemblies
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(DiagnosticKind))
            .Select(f => ((DiagnosticKind)f.GetValue(null)!, $"{f.DeclaringType!.Name}.{f.Name}"))
            .OrderBy(k => k.Item1.Id, StringComparer.Ordinal)];
}
