using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Checks a loaded case against a ruleset: every field whose values are codes of ruleset code
/// lists (<see cref="FieldInput.CodeLists"/>: roles, responsibilities, statuses, conduct, factors,
/// measures, circumstances, triggers …) must hold a code the ruleset declares. Each error points at
/// the offending scalar (or list item) and lists the valid codes.
/// </summary>
internal static class CaseValidator
{
    /// <summary>Reports every code of the case the ruleset does not declare.</summary>
    public static void Validate(CaseFile caseFile, RuleSetDefinition ruleset, LoadErrors errors)
    {
        for (var i = 0; i < caseFile.Facts.Length; i++)
        {
            var fact = caseFile.Facts[i];
            var source = i < caseFile.Sources.Length ? caseFile.Sources[i] : null;
            foreach (var field in fact.Schema.Fields.Where(f => !f.Input.CodeLists.IsEmpty))
            {
                Check(fact[field.Index], field, source, caseFile.FileName, ruleset, errors);
            }
        }
    }

    /// <summary>Checks a field that holds codes: a text, or each item of a list of texts.</summary>
    private static void Check(Value value, FieldSchema field, FactSource? source, string fileName, RuleSetDefinition ruleset, LoadErrors errors)
    {
        if (value.IsNull)
        {
            return;
        }

        var lists = field.Input.CodeLists;
        var codes = ValidCodes(lists, ruleset);
        var written = value.Kind == ValueKind.TextList
            ? value.AsTextList.Select((code, index) => (code, Key: CaseSectionReader.ItemKey(field.Name, index)))
            : [(value.AsText, field.Name)];
        foreach (var (code, key) in written)
        {
            if (codes.Contains(code, StringComparer.Ordinal))
            {
                continue;
            }

            var at = source?.Of(key) is { } location && (source.Fields.ContainsKey(key) || key == field.Name) ? location : source?.Of(field.Name) ?? new SourceLocation(fileName, 1, 1);
            var names = string.Join(" and ", lists.Select(l => l == FieldInput.Responsibilities ? "responsibilities" : "codes." + l));
            var what = field.Input.What ?? $"{field.Name} code";
            if (lists.Any(l => l == FieldInput.Responsibilities || ruleset.CodeLists.ContainsKey(l)))
            {
                errors.Add(at, LoadDiagnostics.UnknownCode, what, code, Suggestions.Hint(code, codes, $"valid codes ({names} of ruleset {ruleset.Id})"));
            }
            else
            {
                errors.Add(at, LoadDiagnostics.NoCodeList, what, code, ruleset.Id, string.Join(", codes.", lists));
            }
        }
    }

    private static ImmutableArray<string> ValidCodes(ImmutableArray<string> lists, RuleSetDefinition ruleset) =>
        [.. lists.SelectMany(list => list == FieldInput.Responsibilities
            ? ruleset.Responsibilities
            : ruleset.CodeLists.TryGetValue(list, out var codes) ? codes : []).Select(c => c.Code)];
}
