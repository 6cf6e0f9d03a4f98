using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Cases;

/// <summary>
/// Checks a loaded case against a ruleset: every role, responsibility, status, conduct code,
/// factor, measure and circumstance must be a code the ruleset declares. Each error points at the
/// offending scalar and lists the valid codes.
/// </summary>
internal static class CaseValidator
{
    /// <summary>Reports every code of the case the ruleset does not declare.</summary>
    public static void Validate(CaseFile caseFile, RuleSetDefinition ruleset, LoadErrors errors)
    {
        var valid = CodeCheck.All.ToDictionary(c => (c.FactType, c.Field), c => ValidCodes(c, ruleset));
        for (var i = 0; i < caseFile.Facts.Length; i++)
        {
            var fact = caseFile.Facts[i];
            foreach (var check in CodeCheck.All.Where(c => c.FactType == fact.Schema.Name))
            {
                var value = fact[check.Field];
                var codes = valid[(check.FactType, check.Field)];
                if (value.IsNull || codes.Contains(value.AsText, StringComparer.Ordinal))
                {
                    continue;
                }

                var at = i < caseFile.Sources.Length ? caseFile.Sources[i].Of(check.Field) : new SourceLocation(caseFile.FileName, 1, 1);
                var lists = string.Join(" and ", check.Lists.Select(l => l == CodeCheck.Responsibilities ? "responsibilities" : "codes." + l));
                errors.Add(at, LoadDiagnostics.UnknownCode, check.What, value.AsText, Suggestions.Hint(value.AsText, codes, $"valid codes ({lists} of ruleset {ruleset.Id})"));
            }

            foreach (var field in fact.Schema.Fields.Where(f => f.CodeList is not null))
            {
                var source = i < caseFile.Sources.Length ? caseFile.Sources[i] : null;
                CheckCodeListField(fact[field.Name], field, source, caseFile.FileName, ruleset, errors);
            }
        }
    }

    /// <summary>Checks a field that declares a code list: a text, or each item of a list of texts.</summary>
    private static void CheckCodeListField(Value value, FieldSchema field, FactSource? source, string fileName, RuleSetDefinition ruleset, LoadErrors errors)
    {
        if (value.IsNull)
        {
            return;
        }

        var codes = ruleset.CodeLists.TryGetValue(field.CodeList!, out var list) ? list.Select(c => c.Code).ToImmutableArray() : [];
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
            var listName = $"valid codes (codes.{field.CodeList} of ruleset {ruleset.Id})";
            if (ruleset.CodeLists.ContainsKey(field.CodeList!))
            {
                errors.Add(at, LoadDiagnostics.UnknownCode, $"{field.Name} code", code, Suggestions.Hint(code, codes, listName));
            }
            else
            {
                errors.Add(at, LoadDiagnostics.NoCodeList, $"{field.Name} code", code, ruleset.Id, field.CodeList);
            }
        }
    }

    private static ImmutableArray<string> ValidCodes(CodeCheck check, RuleSetDefinition ruleset) =>
        [.. check.Lists.SelectMany(list => list == CodeCheck.Responsibilities
            ? ruleset.Responsibilities
            : ruleset.CodeLists.TryGetValue(list, out var codes) ? codes : []).Select(c => c.Code)];
}
