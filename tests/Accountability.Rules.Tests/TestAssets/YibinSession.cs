using System.Collections.Immutable;
using System.Globalization;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// One case under the Yibin ruleset: builds the case facts with short helpers, fires the rules on
/// the first query, and returns derived facts by type and the rules that derived them.
/// </summary>
public sealed class YibinSession
{
    private readonly ISession _session;
    private int _losses;

    internal YibinSession(CompiledRuleSet compiled)
    {
        _session = TestEngine.Of(compiled).CreateSession();
    }

    /// <summary>The underlying engine session.</summary>
    public ISession Engine => _session;

    /// <summary>The loss tier, or <c>null</c> when none was derived.</summary>
    public string? Tier => Query("lossTier") is [var tier] ? tier["tier"].AsText : null;

    /// <summary>Parses an amount written with a decimal point, e.g. "999999.99".</summary>
    public static decimal Amount(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO date.</summary>
    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>Parses an ISO-8601 period such as P6M.</summary>
    public static Period Period(string iso) => PeriodPattern.Roundtrip.Parse(iso).GetValueOrThrow();

    /// <summary>The enterprise that incurred the loss.</summary>
    public YibinSession Enterprise(decimal? assets = null, string? level = null) =>
        Insert("enterprise", ("id", Value.Of("E1")), ("level", Value.Of(level)), ("priorYearEndTotalAssets", Value.Of(assets)));

    /// <summary>A loss component with a generated id L1, L2, ...</summary>
    public YibinSession Loss(decimal amount, string kind = "direct", bool assessedByIntermediary = false) =>
        Insert(
            "loss",
            ("id", Value.Of("L" + (++_losses).ToString(CultureInfo.InvariantCulture))),
            ("amount", Value.Of(amount)),
            ("kind", Value.Of(kind)),
            ("assessedByIntermediary", Value.Of(assessedByIntermediary)));

    /// <summary>An enterprise with the given assets and one direct loss: the usual start of a tier case.</summary>
    public YibinSession Matter(decimal amount, decimal? assets = null, string? level = null) =>
        Enterprise(assets, level).Loss(amount);

    /// <summary>A person; responsibility is the investigation's finding, when given.</summary>
    public YibinSession Person(string id, string role = "manager", string? responsibility = null, string status = "serving") =>
        Insert("person", ("id", Value.Of(id)), ("role", Value.Of(role)), ("responsibility", Value.Of(responsibility)), ("status", Value.Of(status)));

    /// <summary>A conduct or violation code for a person.</summary>
    public YibinSession Conduct(string person, string code) =>
        Insert("conduct", ("person", Value.Of(person)), ("code", Value.Of(code)));

    /// <summary>A factor for one person, or for everyone when <paramref name="person"/> is null.</summary>
    public YibinSession Factor(string code, string? person = null) =>
        Insert("factor", ("code", Value.Of(code)), ("person", Value.Of(person)));

    /// <summary>An organisational measure decided for a person on an ISO date.</summary>
    public YibinSession Decision(string person, string measure, string on) =>
        Insert("decision", ("person", Value.Of(person)), ("measure", Value.Of(measure)), ("on", Value.Of(Date(on))));

    /// <summary>A discipline sanction with its influence period, e.g. P1Y.</summary>
    public YibinSession Discipline(string person, string sanction, string on, string influencePeriod) =>
        Insert(
            "disciplineSanction",
            ("person", Value.Of(person)),
            ("sanction", Value.Of(sanction)),
            ("on", Value.Of(Date(on))),
            ("influencePeriod", Value.Of(Period(influencePeriod))));

    /// <summary>A salary deduction for the same event from another procedure.</summary>
    public YibinSession Deduction(string person, decimal percent, string source = "party-discipline", string pay = "performance-salary") =>
        Insert("concurrentDeduction", ("person", Value.Of(person)), ("source", Value.Of(source)), ("pay", Value.Of(pay)), ("percent", Value.Of(percent)));

    /// <summary>A matter-level circumstance.</summary>
    public YibinSession Circumstance(string code) =>
        Insert("circumstance", ("code", Value.Of(code)));

    /// <summary>The case fact, dated <paramref name="decidedOn"/> (an ISO date).</summary>
    public YibinSession Case(string decidedOn) =>
        Insert("case", ("decidedOn", Value.Of(Date(decidedOn))));

    /// <summary>A fact of any type of the standard catalogue, e.g. one of a generic case section.</summary>
    public YibinSession With(string factType, params (string Field, Value Value)[] values) =>
        Insert(factType, values);

    /// <summary>The facts of a type after firing the rules.</summary>
    public ImmutableArray<Fact> Query(string factType)
    {
        _session.Fire();
        return _session.Query(factType);
    }

    /// <summary>The facts of a type whose field has a text value.</summary>
    public ImmutableArray<Fact> Query(string factType, string field, string value) =>
        [.. Query(factType).Where(f => !f[field].IsNull && f[field].ToString() == value)];

    /// <summary>The one fact of a type; fails the test when there is not exactly one.</summary>
    public Fact One(string factType) => Assert.Single(Query(factType));

    /// <summary>The one fact of a type whose field has a text value.</summary>
    public Fact One(string factType, string field, string value) => Assert.Single(Query(factType, field, value));

    /// <summary>The ids of the rules that derived a fact, sorted.</summary>
    public string[] RuleIds(Fact fact) =>
        [.. _session.Derivations(fact).Select(d => d.Rule.Id).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The ids of the rules that derived any fact of a type, sorted.</summary>
    public string[] RuleIds(string factType) =>
        [.. Query(factType).SelectMany(f => _session.Derivations(f)).Select(d => d.Rule.Id).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The policy ids of the rules that derived a fact, sorted; "(none)" for a rule without one.</summary>
    public string[] PolicyIds(Fact fact) =>
        [.. _session.Derivations(fact).Select(d => d.Rule.PolicyId ?? "(none)").Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The texts of the notes about a subject.</summary>
    public ImmutableArray<string> Notes(string subject) =>
        [.. Query("note", "subject", subject).Select(n => n["text"].AsText)];

    private YibinSession Insert(string factType, params ReadOnlySpan<(string Field, Value Value)> values)
    {
        _session.Insert(Fact.Create(FactCatalog.Standard[factType], values));
        return this;
    }
}
