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
    /// <summary>
    /// For each ruleset, the code fields of each fact type with the ruleset's codes for each: worked
    /// out once per ruleset and type, so that checking a case looks up each of its facts' types once
    /// (by reference) rather than each field's codes by the field's value.
    /// </summary>
    private static readonly ConditionalWeakTable<RuleSetDefinition, ConcurrentDictionary<FactSchema, CodeField[]>> CodesByRuleSet = [];

    /// <summary>Reports every code of the case the ruleset does not declare.</summary>
    public static void Validate(CaseFile caseFile, RuleSetDefinition ruleset, LoadErrors errors)
    {
        var byType = CodesByRuleSet.GetValue(ruleset, static _ => new ConcurrentDictionary<FactSchema, CodeField[]>());
        FactSchema? type = null;
        CodeField[] codeFields = [];
        for (var i = 0; i < caseFile.Facts.Length; i++)
        {
            var fact = caseFile.Facts[i];
            FactSource? source = i < caseFile.Sources.Length ? caseFile.Sources[i] : null;
            if (fact.Schema != type)
            {
                // The facts of a type come one after another (a section's entries): one lookup for each run of them.
                type = fact.Schema;
                codeFields = byType.GetOrAdd(type, CodeField.Of, ruleset);
            }

            foreach (var (field, codes) in codeFields)
            {
                var value = fact[field.Index];
                if (!value.IsNull)
                {
                    Check(value, field, codes, source, caseFile.FileName, ruleset, errors);
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

    /// <summary>A field whose values are codes of ruleset code lists, with the codes of a ruleset.</summary>
    private readonly record struct CodeField(FieldSchema Field, Codes Codes)
    {
        /// <summary>The code fields of <paramref name="type"/>, in field order, with the codes of <paramref name="ruleset"/>.</summary>
        /// <remarks>A loop rather than LINQ: LINQ making structs is compiled at run time, at every start.</remarks>
        public static CodeField[] Of(FactSchema type, RuleSetDefinition ruleset)
        {
            var count = 0;
            foreach (var field in type.Fields)
            {
                count += field.Input.CodeLists.IsEmpty ? 0 : 1;
            }

            var fields = new CodeField[count];
            var next = 0;
            foreach (var field in type.Fields)
            {
                if (!field.Input.CodeLists.IsEmpty)
                {
                    fields[next++] = new CodeField(field, Codes.Of(field.Input.CodeLists, ruleset));
                }
            }

            return fields;
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
