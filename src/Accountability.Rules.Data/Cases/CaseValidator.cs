using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<RuleSetDefinition, ConcurrentDictionary<FieldSchema, Codes>> CodesByRuleSet = [];
    private static readonly ConditionalWeakTable<FactSchema, FieldSchema[]> CodeFields = [];

    /// <summary>Reports every code of the case the ruleset does not declare.</summary>
    public static void Validate(CaseFile caseFile, RuleSetDefinition ruleset, LoadErrors errors)
    {
        var codes = CodesByRuleSet.GetValue(ruleset, static _ => new ConcurrentDictionary<FieldSchema, Codes>());
        for (var i = 0; i < caseFile.Facts.Length; i++)
        {
            var fact = caseFile.Facts[i];
            FactSource? source = i < caseFile.Sources.Length ? caseFile.Sources[i] : null;
            foreach (var field in CodeFields.GetValue(fact.Schema, static t => [.. t.Fields.Where(f => !f.Input.CodeLists.IsEmpty)]))
            {
                var value = fact[field.Index];
                if (!value.IsNull)
                {
                    Check(value, field, codes.GetOrAdd(field, static (f, r) => Codes.Of(f.Input.CodeLists, r), ruleset), source, caseFile.FileName, ruleset, errors);
                }
            }
        }
    }

    /// <summary>Checks a field that holds codes: a text, or each item of a list of texts.</summary>
    private static void Check(Value value, FieldSchema field, Codes codes, FactSource? source, string fileName, RuleSetDefinition ruleset, LoadErrors errors)
    {
        if (value.Kind == ValueKind.TextList)
        {
            var items = value.AsTextList;
            for (var i = 0; i < items.Length; i++)
            {
                if (!codes.Valid.Contains(items[i]))
                {
                    var key = CaseSectionReader.ItemKey(field.Name, i);
                    Report(items[i], field, codes, source is { } known && known.Has(key) ? known.Of(key) : source?.Of(field.Name), fileName, ruleset, errors);
                }
            }
        }
        else if (!codes.Valid.Contains(value.AsText))
        {
            Report(value.AsText, field, codes, source?.Of(field.Name), fileName, ruleset, errors);
        }
    }

    private static void Report(string code, FieldSchema field, Codes codes, SourceLocation? at, string fileName, RuleSetDefinition ruleset, LoadErrors errors)
    {
        var lists = field.Input.CodeLists;
        var location = at ?? new SourceLocation(fileName, 1, 1);
        var names = string.Join(" and ", lists.Select(l => l == FieldInput.Responsibilities ? "responsibilities" : "codes." + l));
        var what = field.Input.What ?? $"{field.Name} code";
        if (lists.Any(l => l == FieldInput.Responsibilities || ruleset.CodeLists.ContainsKey(l)))
        {
            errors.Add(location, LoadDiagnostics.UnknownCode, what, code, Suggestions.Hint(code, codes.All, $"valid codes ({names} of ruleset {ruleset.Id})"));
        }
        else
        {
            errors.Add(location, LoadDiagnostics.NoCodeList, what, code, ruleset.Id, string.Join(", codes.", lists));
        }
    }

    /// <summary>The codes of a field's lists in a ruleset: in order for hints, and as a set.</summary>
    private sealed record Codes(ImmutableArray<string> All, FrozenSet<string> Valid)
    {
        public static Codes Of(ImmutableArray<string> lists, RuleSetDefinition ruleset)
        {
            ImmutableArray<string> all = [.. lists.SelectMany(list => list == FieldInput.Responsibilities
                ? ruleset.Responsibilities
                : ruleset.CodeLists.TryGetValue(list, out var codes) ? codes : []).Select(c => c.Code)];
            return new Codes(all, all.ToFrozenSet(StringComparer.Ordinal));
        }
    }
}
