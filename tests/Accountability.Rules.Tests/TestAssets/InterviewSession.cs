using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// One case under an interview ruleset: builds matters, interviews, rectifications and losses with
/// short helpers, fires the rules on the first query, and returns derived facts and their rules.
/// </summary>
public sealed class InterviewSession
{
    private readonly CompiledRuleSet _compiled;
    private readonly ISession _session;
    private readonly List<Fact> _input = [];
    private bool _fired;

    internal InterviewSession(CompiledRuleSet compiled)
    {
        _compiled = compiled;
        _session = TestEngine.Of(compiled).CreateSession();
    }

    /// <summary>Parses an ISO date.</summary>
    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>A matter at an enterprise (a subsidiary when its group is named) under a trigger, taken up by an interview when one is named.</summary>
    public InterviewSession Matter(string id, string enterprise, string trigger, string? interview = "I1", bool? especiallyMajor = null, string? circumstance = null, string? description = null, string? group = null) =>
        Insert(
            "interviewMatter",
            ("id", Value.Of(id)),
            ("enterprise", Value.Of(enterprise)),
            ("group", Value.Of(group)),
            ("trigger", Value.Of(trigger)),
            ("description", Value.Of(description)),
            ("especiallyMajor", especiallyMajor is { } major ? Value.Of(major) : Value.Null),
            ("circumstance", Value.Of(circumstance)),
            ("interview", Value.Of(interview)));

    /// <summary>An interview held on an ISO date, with optional particulars for the documents.</summary>
    public InterviewSession Interview(string id, string heldOn, params (string Field, string Text)[] particulars)
    {
        var values = new List<(string, Value)> { ("id", Value.Of(id)), ("heldOn", Value.Of(Date(heldOn))) };
        values.AddRange(particulars.Select(p => (p.Field, p.Field == "materialsDue" ? Value.Of(Date(p.Text)) : Value.Of(p.Text))));
        return Insert("interview", [.. values]);
    }

    /// <summary>The outcome of an interview's rectification.</summary>
    public InterviewSession Rectification(string interview, string outcome) =>
        Insert("rectification", ("interview", Value.Of(interview)), ("outcome", Value.Of(outcome)));

    /// <summary>A loss of the accountability fact types, which these rulesets do not classify.</summary>
    public InterviewSession Loss(decimal amount) =>
        Insert("loss", ("id", Value.Of("L1")), ("amount", Value.Of(amount)), ("kind", Value.Of("direct")), ("assessedByIntermediary", Value.False));

    /// <summary>The derived facts of a type, firing the rules first if needed.</summary>
    public ImmutableArray<Fact> Query(string factType)
    {
        Fire();
        return _session.Query(factType);
    }

    /// <summary>The single derived fact of a type; fails the test when there is not exactly one.</summary>
    public Fact One(string factType) => Assert.Single(Query(factType));

    /// <summary>The ids of the rules that derived the facts of a type, distinct and sorted.</summary>
    public string[] Rules(string factType) =>
        [.. Query(factType).SelectMany(f => _session.Derivations(f)).Select(d => d.Rule.Id).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The case evaluated as of an ISO decision date, through <see cref="CaseEvaluator"/>.</summary>
    public CaseResult Evaluate(string decidedOn) => CaseEvaluator.Evaluate(TestEngine.Of(_compiled), _input, Date(decidedOn));

    private void Fire()
    {
        if (!_fired)
        {
            _fired = true;
            _session.Fire();
        }
    }

    private InterviewSession Insert(string factType, params ReadOnlySpan<(string Field, Value Value)> values)
    {
        var fact = Fact.Create(FactCatalog.Standard[factType], values);
        _input.Add(fact);
        _session.Insert(fact);
        return this;
    }
}
