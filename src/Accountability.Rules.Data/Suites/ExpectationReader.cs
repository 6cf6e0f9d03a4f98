using System.Collections.Immutable;
using Accountability.Rules.Data.Loading;
using Accountability.Rules.Data.Yaml;
using Accountability.Rules.Engine;

namespace Accountability.Rules.Data.Suites;

/// <summary>
/// Reads a case's <c>expect:</c> and checks it against the JSON result's schema and the case's
/// ruleset, so that an expectation no result could meet (a misspelt key, a list where the result has
/// text, a status that does not exist, a rule the ruleset does not have) is an error at its position
/// when the suite loads, not a failure when it runs.
/// </summary>
internal static class ExpectationReader
{
    /// <summary>The keys <c>{ exactly: [...] }</c> takes: the whole list, in any order.</summary>
    public const string Exactly = "exactly";

    public static Expectation Read(YamlMapping expect, CompiledRuleSet? ruleSet, LoadErrors errors)
    {
        var root = ResultShape.Root;
        var result = ImmutableArray.CreateBuilder<YamlEntry>();
        int? exitCode = null;
        Model.SourceLocation? exitCodeAt = null;
        ImmutableArray<YamlScalar> fired = [];
        ImmutableArray<YamlScalar> notFired = [];
        foreach (var entry in expect.Entries)
        {
            var key = entry.KeyText;
            switch (key)
            {
                case "exitCode":
                    exitCode = YamlValues.Integer(entry.Value, "expect.exitCode", errors);
                    exitCodeAt = entry.Value.Start;
                    if (exitCode is { } code && code is not (0 or 1))
                    {
                        errors.Add(entry.Value.Start, LoadDiagnostics.BadExitCode, code);
                        exitCode = null;
                    }

                    break;
                case "fired":
                    fired = Rules(entry.Value, "expect.fired", ruleSet, errors);
                    break;
                case "notFired":
                    notFired = Rules(entry.Value, "expect.notFired", ruleSet, errors);
                    break;
                default:
                    if (root.Property(key) is { } shape)
                    {
                        Check(entry.Value, shape, key, errors);
                        result.Add(entry);
                    }
                    else
                    {
                        errors.Add(entry.KeyStart, LoadDiagnostics.UnknownResultKey, key, "the top level", Suggestions.Hint(key, [.. root.Properties.Keys, .. Expectation.OwnKeys], "keys"));
                    }

                    break;
            }
        }

        foreach (var both in fired.Where(f => notFired.Any(n => n.Value == f.Value)))
        {
            errors.Add(both.Start, LoadDiagnostics.FiredAndNotFired, both.Value);
        }

        return new Expectation(result.ToImmutable(), exitCode, exitCodeAt, fired, notFired);
    }

    private static ImmutableArray<YamlScalar> Rules(YamlNode node, string path, CompiledRuleSet? ruleSet, LoadErrors errors)
    {
        var rules = YamlValues.ScalarList(node, path, errors) ?? [];
        if (ruleSet?.Definition is { } definition)
        {
            var ids = definition.Rules.Select(r => r.Id).ToImmutableHashSet(StringComparer.Ordinal);
            foreach (var rule in rules.Where(r => !ids.Contains(r.Value)))
            {
                errors.Add(rule.Start, LoadDiagnostics.UnknownExpectedRule, rule.Value, definition.Id, definition.Version, Suggestions.Closest(rule.Value, ids) is { } closest ? $"did you mean '{closest}'?" : "no rule has a close name;");
            }
        }

        return rules;
    }

    /// <summary>Checks an expectation against the shape of the result at <paramref name="path"/>.</summary>
    private static void Check(YamlNode node, ResultShape shape, string path, LoadErrors errors)
    {
        if (shape.Types.IsEmpty)
        {
            return;
        }

        switch (node)
        {
            case YamlMapping mapping when shape.Allows("object"):
                foreach (var entry in mapping.Entries)
                {
                    if (shape.Property(entry.KeyText) is { } child)
                    {
                        Check(entry.Value, child, $"{path}.{entry.KeyText}", errors);
                    }
                    else
                    {
                        errors.Add(entry.KeyStart, LoadDiagnostics.UnknownResultKey, entry.KeyText, $"'{path}'", Suggestions.Hint(entry.KeyText, [.. shape.Properties.Keys], "keys"));
                    }
                }

                break;
            case YamlMapping { Entries: [{ KeyText: Exactly, Value: YamlSequence items }] } when shape.Allows("array"):
                Check(items, shape, path, errors);
                break;
            case YamlSequence sequence when shape.Allows("array"):
                var item = shape.Item;
                foreach (var entry in sequence.Items)
                {
                    Check(entry, item, path + "[]", errors);
                }

                break;
            case YamlScalar scalar when scalar.IsNull ? shape.Allows("null") : shape.AllowsScalar:
                if (!scalar.IsNull && !shape.Values.IsEmpty && !shape.Values.Contains(scalar.Value, StringComparer.Ordinal))
                {
                    errors.Add(scalar.Start, LoadDiagnostics.NotAResultValue, scalar.Value, path, string.Join(", ", shape.Values));
                }

                break;
            default:
                errors.Add(node.Start, LoadDiagnostics.ExpectationShape, path, shape.Describe(), node.Describe(), How(shape));
                break;
        }
    }

    private static string How(ResultShape shape) =>
        shape.Allows("object") ? "write the keys to check under it, e.g. { key: value }"
        : shape.Allows("array") ? "write the items the list must hold, e.g. [ { id: P1 } ]; [] for an empty list; { exactly: [...] } for the whole list"
        : shape.Allows("null") && !shape.AllowsScalar ? "write null"
        : "write one value, e.g. a code, a number or a date";
}
