using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// Matches an <see cref="Expectation"/> against a result as its JSON (<c>CaseResultJson</c>) gives it.
/// A mapping matches an object that has each of its keys with a matching value (other keys are not
/// looked at); a list matches a list that holds, for each of its items, a distinct matching item, in any
/// order (<c>[]</c>: the list is empty; <c>{ exactly: [...] }</c>: those items and no others); a scalar
/// matches an equal value, numbers by value (<c>50</c> matches <c>"50"</c> and <c>"50.0"</c>), <c>null</c> an absent value.
/// </summary>
internal static class ExpectationMatcher
{
    private const int MaxShown = 300;

    public static ImmutableArray<TestMismatch> Match(Expectation expectation, CaseResult result, JsonElement json)
    {
        var mismatches = new List<TestMismatch>();
        var context = new Context(json, mismatches);
        foreach (var entry in expectation.Result)
        {
            context.Property(entry, json, entry.KeyText, [new Level(json, null)]);
        }

        if (expectation.ExitCode is { } exitCode && result.Status.ExitCode() != exitCode)
        {
            mismatches.Add(new TestMismatch("exitCode", expectation.ExitCodeAt!, exitCode.ToString(CultureInfo.InvariantCulture), $"{result.Status.ExitCode()} (status {Status(json)})", []));
        }

        var fired = result.Explanation.Where(e => !e.Withdrawn).Select(e => e.RuleId).ToImmutableHashSet(StringComparer.Ordinal);
        foreach (var rule in expectation.Fired.Where(r => !fired.Contains(r.Value)))
        {
            mismatches.Add(new TestMismatch("fired", rule.Start, $"{rule.Value} fires", "it does not fire", context.Reasons([rule.Value])));
        }

        foreach (var rule in expectation.NotFired.Where(r => fired.Contains(r.Value)))
        {
            mismatches.Add(new TestMismatch("notFired", rule.Start, $"{rule.Value} does not fire", "it fires", context.Reasons([rule.Value])));
        }

        return [.. mismatches];
    }

    private static string Status(JsonElement json) => json.TryGetProperty("status", out var status) ? status.GetString() ?? "?" : "?";

    /// <summary>Text for a value of the result, on one line, cut to a readable length.</summary>
    public static string Show(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : JsonText.Compact(value);
        return text.Length > MaxShown ? text[..MaxShown] + " …" : text;
    }

    /// <summary>Text for an expectation, in YAML flow style on one line.</summary>
    public static string Show(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.IsNull ? "null" : scalar.Value,
        YamlSequence sequence => $"[{string.Join(", ", sequence.Items.Select(Show))}]",
        YamlMapping mapping => $"{{ {string.Join(", ", mapping.Entries.Select(e => $"{e.KeyText}: {Show(e.Value)}"))} }}",
        _ => node.Describe(),
    };

    /// <summary>A value of the result on the way down to a mismatch, and the key looked into next (for an object).</summary>
    private readonly record struct Level(JsonElement Owner, string? Via);

    private sealed class Context(JsonElement root, List<TestMismatch> mismatches)
    {
        private List<TestMismatch> _sink = mismatches;

        /// <summary>Matches the value of one key of an object; <paramref name="ancestors"/> are the values around it, the object itself last.</summary>
        public void Property(YamlEntry entry, JsonElement owner, string path, ImmutableArray<Level> ancestors)
        {
            ancestors = ancestors.SetItem(ancestors.Length - 1, new Level(owner, entry.KeyText));
            if (!owner.TryGetProperty(entry.KeyText, out var actual))
            {
                Add(path, entry.Value, "(no such key in the result)", ancestors);
                return;
            }

            Value(entry.Value, actual, path, ancestors);
        }

        private void Value(YamlNode expected, JsonElement actual, string path, ImmutableArray<Level> ancestors)
        {
            switch (expected)
            {
                case YamlMapping { Entries: [{ KeyText: ExpectationReader.Exactly, Value: YamlSequence items }] } when actual.ValueKind == JsonValueKind.Array:
                    List(items, actual, path, ancestors, exactly: true);
                    break;
                case YamlMapping mapping when actual.ValueKind == JsonValueKind.Object:
                    var inner = ancestors.Add(new Level(actual, null));
                    foreach (var entry in mapping.Entries)
                    {
                        Property(entry, actual, $"{path}.{entry.KeyText}", inner);
                    }

                    break;
                case YamlSequence sequence when actual.ValueKind == JsonValueKind.Array:
                    List(sequence, actual, path, ancestors, exactly: false);
                    break;
                case YamlScalar scalar when Equal(scalar, actual):
                    break;
                default:
                    Add(path, expected, Show(actual), ancestors);
                    break;
            }
        }

        private void List(YamlSequence expected, JsonElement actual, string path, ImmutableArray<Level> ancestors, bool exactly)
        {
            var items = actual.EnumerateArray().ToList();
            if ((expected.Items.IsEmpty || exactly) && items.Count != expected.Items.Length)
            {
                Add(path, expected, $"{items.Count} item(s): {Show(actual)}", ancestors);
                return;
            }

            var used = new bool[items.Count];
            for (var i = 0; i < expected.Items.Length; i++)
            {
                var item = expected.Items[i];
                var best = -1;
                List<TestMismatch>? bestMismatches = null;
                for (var j = 0; j < items.Count && bestMismatches is not { Count: 0 }; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var trial = Trial(() => Value(item, items[j], $"{path}[{j}]", ancestors.Add(new Level(items[j], null))));
                    if (bestMismatches is null || trial.Count < bestMismatches.Count)
                    {
                        (best, bestMismatches) = (j, trial);
                    }
                }

                if (bestMismatches is { Count: 0 })
                {
                    used[best] = true;
                }
                else if (bestMismatches is not null && item is YamlMapping mapping && bestMismatches.Count < mapping.Entries.Length)
                {
                    // The nearest item differs in some keys only: show those, as the item the expectation meant.
                    used[best] = true;
                    _sink.AddRange(bestMismatches);
                }
                else
                {
                    Add($"{path}[]", item, items.Count == 0 ? "an empty list" : $"no such item among {items.Count}: {Show(actual)}", ancestors);
                }
            }
        }

        private List<TestMismatch> Trial(Action match)
        {
            var outer = _sink;
            _sink = [];
            try
            {
                match();
                return _sink;
            }
            finally
            {
                _sink = outer;
            }
        }

        private void Add(string path, YamlNode expected, string actual, ImmutableArray<Level> ancestors) =>
            _sink.Add(new TestMismatch(path, expected.Start, Show(expected), actual, Reasons(RulesBehind(ancestors))));

        /// <summary>
        /// The rules behind a value: the innermost object's source of the key looked into
        /// (<c>tierSource</c> for <c>tier</c> …), its <c>source</c> or its own <c>rules</c>, else those of the object around it, and so on outwards.
        /// </summary>
        private static ImmutableArray<string> RulesBehind(ImmutableArray<Level> ancestors)
        {
            for (var i = ancestors.Length - 1; i >= 0; i--)
            {
                var (owner, key) = ancestors[i];
                if (owner.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var name in (string[])[.. SourceOf(key), "source"])
                {
                    if (owner.TryGetProperty(name, out var source) && source.ValueKind == JsonValueKind.Object && Rules(source) is { IsEmpty: false } rules)
                    {
                        return rules;
                    }
                }

                if (Rules(owner) is { IsEmpty: false } own)
                {
                    return own;
                }
            }

            return [];
        }

        /// <summary>The property of the same object that holds the source of <paramref name="key"/>'s value.</summary>
        private static IEnumerable<string> SourceOf(string? key) => key switch
        {
            null => [],
            "tierName" or "tierEnglish" or "tierRank" => ["tierSource"],
            "totalLoss" or "assets" or "assetRatio" => ["totalSource"],
            "measures" or "performanceSalaryDeduction" or "termIncentiveDeduction" or "longTermIncentives" or "nonePrescribed" => ["sanctionSource"],
            "responsibility" => ["responsibilityDetail"],
            _ => [key + "Source"],
        };

        private static ImmutableArray<string> Rules(JsonElement owner) =>
            owner.TryGetProperty("rules", out var rules) && rules.ValueKind == JsonValueKind.Array
                ? [.. rules.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
                : [];

        /// <summary>The firings of <paramref name="rules"/> in the explanation, one line each.</summary>
        public ImmutableArray<string> Reasons(ImmutableArray<string> rules)
        {
            if (rules.IsEmpty || !root.TryGetProperty("explanation", out var explanation))
            {
                return [];
            }

            return [.. explanation.EnumerateArray()
                .Where(e => e.GetProperty("rule").GetString() is { } rule && rules.Contains(rule, StringComparer.Ordinal))
                .Select(Firing)];
        }

        private static string Firing(JsonElement entry)
        {
            var citation = entry.GetProperty("citation");
            var policy = entry.GetProperty("policy") is { ValueKind: JsonValueKind.Object } p ? $" (policy: {p.GetProperty("id").GetString()})" : string.Empty;
            var withdrawn = entry.GetProperty("withdrawn").GetBoolean() ? " (withdrawn)" : string.Empty;
            var matched = string.Join("; ", entry.GetProperty("matched").EnumerateArray().Select(m => m.GetString()));
            var asserted = string.Join("; ", entry.GetProperty("asserted").EnumerateArray().Select(m => m.GetString()));
            return $"#{entry.GetProperty("sequence").GetInt32()} {entry.GetProperty("rule").GetString()} [{citation.GetProperty("document").GetString()} {citation.GetProperty("article").GetString()}]{policy}{withdrawn}: matched {matched} => asserted {asserted}";
        }
    }

    private static bool Equal(YamlScalar expected, JsonElement actual) => actual.ValueKind switch
    {
        JsonValueKind.Null => expected.IsNull,
        JsonValueKind.True => expected.IsPlain && expected.Value == "true",
        JsonValueKind.False => expected.IsPlain && expected.Value == "false",
        JsonValueKind.Number => YamlValues.TryParseNumber(expected.Value, out var number) && number == actual.GetDecimal(),
        JsonValueKind.String => !expected.IsNull && (expected.Value == actual.GetString()
            || (YamlValues.TryParseNumber(expected.Value, out var left) && YamlValues.TryParseNumber(actual.GetString()!, out var right) && left == right)),
        _ => false,
    };
}
