using System.Collections.Immutable;
using Accountability.Rules.Calendars;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;

namespace Accountability.Rules.Engine;

/// <summary>
/// Compiles a canonical <see cref="RuleSetDefinition"/> into a <see cref="CompiledRuleSet"/>:
/// resolves fact types and fields to positions, type-checks every expression, checks that
/// negations and aggregates are stratified, and turns conditions and actions into delegates.
/// Thread-safe.
/// </summary>
public static class RuleCompiler
{
    /// <summary>Compiles a ruleset.</summary>
    /// <param name="definition">The ruleset.</param>
    /// <param name="catalog">The fact types; <see cref="FactCatalog.Standard"/> when null.</param>
    /// <param name="calendar">The working-day calendar the ruleset names, for rules that count working days.</param>
    /// <exception cref="RuleCompilationException">A rule has problems; all of them are listed.</exception>
    public static CompiledRuleSet Compile(RuleSetDefinition definition, FactCatalog? catalog = null, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        catalog ??= FactCatalog.Standard;
        var (rules, problems) = CompileRules(definition, catalog, calendar);
        if (!problems.IsEmpty)
        {
            throw new RuleCompilationException(definition.Id, problems);
        }

        return new CompiledRuleSet(definition, catalog, rules, calendar);
    }

    /// <summary>Checks a ruleset without building it; returns every problem (empty when it compiles), each at its rule's source (no location for a rule built in C#).</summary>
    /// <param name="definition">The ruleset.</param>
    /// <param name="catalog">The fact types; <see cref="FactCatalog.Standard"/> when null.</param>
    /// <param name="calendar">The working-day calendar the ruleset names, when it names one.</param>
    public static ImmutableArray<Diagnostic> Check(RuleSetDefinition definition, FactCatalog? catalog = null, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return CompileRules(definition, catalog ?? FactCatalog.Standard, calendar).Problems;
    }

    private static (ImmutableArray<CompiledRule> Rules, ImmutableArray<Diagnostic> Problems) CompileRules(RuleSetDefinition definition, FactCatalog catalog, WorkingDayCalendar? calendar)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        var rules = ImmutableArray.CreateBuilder<CompiledRule>(definition.Rules.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Rules.Length; i++)
        {
            var rule = definition.Rules[i];
            if (!seen.Add(rule.Id))
            {
                problems.Add(CompilerDiagnostics.RuleIdTwice.At(rule.Source, rule.Id));
            }

            if (rule.PolicyId is { } policy && definition.FindPolicy(policy) is null)
            {
                problems.Add(CompilerDiagnostics.UnknownPolicy.At(rule.Source, rule.Id, policy));
            }

            if (rule.InForceTo is { } to && rule.InForceFrom is { } from && to < from)
            {
                problems.Add(CompilerDiagnostics.InForceEndsBeforeStart.At(rule.Source, rule.Id, IsoDate.Format(to), IsoDate.Format(from)));
            }

            rules.Add(new RuleCompilation(rule, i, catalog, calendar, problems).Compile());
        }

        CheckStratification(definition, catalog, problems);
        return (rules.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>
    /// A rule that negates or aggregates a fact type must fire after every rule that asserts that
    /// type, so that it sees the type complete: its salience must be lower than theirs.
    /// </summary>
    private static void CheckStratification(RuleSetDefinition definition, FactCatalog catalog, ImmutableArray<Diagnostic>.Builder problems)
    {
        var asserters = new Dictionary<string, List<(RuleDefinition Rule, AssertAction Action)>>(StringComparer.Ordinal);
        foreach (var rule in definition.Rules)
        {
            foreach (var action in rule.Actions.IsDefault ? [] : rule.Actions)
            {
                if (!asserters.TryGetValue(action.FactType, out var list))
                {
                    asserters[action.FactType] = list = [];
                }

                list.Add((rule, action));
            }
        }

        foreach (var rule in definition.Rules)
        {
            foreach (var element in rule.Conditions.IsDefault ? [] : rule.Conditions)
            {
                if (element is PatternElement || !catalog.TryGet(element.FactType, out _) || !asserters.TryGetValue(element.FactType, out var writers))
                {
                    continue;
                }

                // A writer whose constant fields contradict the condition cannot affect it.
                var constraints = element switch
                {
                    NotElement not => ConditionConstraints.Of(not.Condition, not.Alias),
                    AggregateElement aggregate => ConditionConstraints.Of(aggregate.Condition, aggregate.ItemAlias),
                    _ => null,
                };
                var conflicting = writers.Where(w => w.Rule.Salience <= rule.Salience && constraints?.CouldMatch(w.Action) != false).Select(w => w.Rule).Distinct();
                foreach (var writer in conflicting)
                {
                    var self = ReferenceEquals(writer, rule);
                    var reads = element is NotElement ? "negates" : "aggregates";
                    problems.Add(self
                        ? CompilerDiagnostics.ReadsOwnAssertion.At(rule.Source, rule.Id, reads, element.FactType, writer.Id, writer.Salience, rule.Salience, element is NotElement ? "negate" : "aggregate")
                        : CompilerDiagnostics.NotStratified.At(rule.Source, rule.Id, reads, element.FactType, writer.Id, writer.Salience, rule.Salience));
                }
            }
        }
    }
}
