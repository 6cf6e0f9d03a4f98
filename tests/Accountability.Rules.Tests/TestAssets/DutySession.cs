using System.Collections.Immutable;
using Accountability.Rules.Engine;
using Accountability.Rules.Facts;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Tests.TestAssets;

/// <summary>
/// One case under a duty ruleset (Jining, Baotou): builds clue-ledger and disclosure facts with
/// short helpers, fires the rules on the first query, and returns derived facts by type and the
/// rules that derived them.
/// </summary>
public sealed class DutySession
{
    private readonly ISession _session;

    internal DutySession(CompiledRuleSet compiled)
    {
        _session = TestEngine.Of(compiled).CreateSession();
    }

    /// <summary>The underlying engine session.</summary>
    public ISession Engine => _session;

    /// <summary>Parses an ISO date.</summary>
    public static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>A clue of the ledger; <paramref name="investigatedOn"/> is an ISO date or null.</summary>
    public DutySession Clue(
        string id,
        bool directlyInvestigated = true,
        string? investigatedOn = "2023-06-30",
        bool rectificationComplete = true,
        bool closed = false,
        string? source = null,
        string? closedOn = null) =>
        Insert(
            "clue",
            ("id", Value.Of(id)),
            ("receivedOn", Value.Of(Date("2023-01-10"))),
            ("source", Value.Of(source)),
            ("directlyInvestigated", Value.Of(directlyInvestigated)),
            ("investigatedOn", Value.Of(investigatedOn is null ? (LocalDate?)null : Date(investigatedOn))),
            ("rectificationComplete", Value.Of(rectificationComplete)),
            ("closed", Value.Of(closed)),
            ("closedOn", Value.Of(closedOn is null ? (LocalDate?)null : Date(closedOn))));

    /// <summary>Several directly investigated clues C1..Cn concluded on one date.</summary>
    public DutySession Clues(int count, string investigatedOn = "2023-06-30")
    {
        for (var i = 1; i <= count; i++)
        {
            Clue("C" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), investigatedOn: investigatedOn);
        }

        return this;
    }

    /// <summary>The enterprise's figures for a year.</summary>
    public DutySession CompanyYear(int year, int reports = 1, int investigations = 1, int accountabilities = 1, string? submittedOn = null, int? typicalCasesReported = null) =>
        Insert(
            "companyYear",
            ("year", Value.Of((decimal)year)),
            ("reports", Value.Of((decimal)reports)),
            ("investigations", Value.Of((decimal)investigations)),
            ("accountabilities", Value.Of((decimal)accountabilities)),
            ("annualReportSubmittedOn", Value.Of(submittedOn is null ? (LocalDate?)null : Date(submittedOn))),
            ("typicalCasesReported", Value.Of((decimal?)typicalCasesReported)));

    /// <summary>A subsidiary's figures for a year.</summary>
    public DutySession SubsidiaryYear(string subsidiary, int year, int reports, int investigations, int accountabilities, bool problemsReflected) =>
        Insert(
            "subsidiaryYear",
            ("subsidiary", Value.Of(subsidiary)),
            ("year", Value.Of((decimal)year)),
            ("reports", Value.Of((decimal)reports)),
            ("investigations", Value.Of((decimal)investigations)),
            ("accountabilities", Value.Of((decimal)accountabilities)),
            ("problemsReflected", Value.Of(problemsReflected)));

    /// <summary>A ground for escalating a clue.</summary>
    public DutySession EscalationGround(string clue, string ground) =>
        Insert("escalationGround", ("clue", Value.Of(clue)), ("ground", Value.Of(ground)));

    /// <summary>A person a discipline organ sanctioned.</summary>
    public DutySession DisciplinedPerson(string id, bool accountabilityPursued, string? status = null) =>
        Insert("disciplinedPerson", ("id", Value.Of(id)), ("sanction", Value.Of("党内警告")), ("accountabilityPursued", Value.Of(accountabilityPursued)), ("status", Value.Of(status)));

    /// <summary>A person responsible for a violation, sanctioned by a discipline organ or not.</summary>
    public DutySession ResponsiblePerson(string id, bool accountabilityPursued, string? status = null) =>
        Insert("responsiblePerson", ("id", Value.Of(id)), ("accountabilityPursued", Value.Of(accountabilityPursued)), ("status", Value.Of(status)));

    /// <summary>The case fact with its decision date.</summary>
    public DutySession Case(string decidedOn) =>
        Insert("case", ("decidedOn", Value.Of(Date(decidedOn))));

    /// <summary>A fiscal year.</summary>
    public DutySession FiscalYear(int year) =>
        Insert("fiscalYear", ("year", Value.Of((decimal)year)));

    /// <summary>Information disclosed for a fiscal year; <paramref name="reviewed"/> null when not stated.</summary>
    public DutySession Disclosure(int fiscalYear, string kind, string publishedOn, bool? reviewed = true) =>
        Insert(
            "disclosure",
            ("fiscalYear", Value.Of((decimal)fiscalYear)),
            ("kind", Value.Of(kind)),
            ("publishedOn", Value.Of(Date(publishedOn))),
            ("confidentialityReviewed", reviewed is { } r ? Value.Of(r) : Value.Null));

    /// <summary>A matter the external board of supervisors reports; <paramref name="report"/> null when not reported.</summary>
    public DutySession MajorMatter(string id, string kind = "major-risk", string? report = null) =>
        Insert("majorMatter", ("id", Value.Of(id)), ("kind", Value.Of(kind)), ("report", Value.Of(report)));

    /// <summary>The facts of a type after firing the rules.</summary>
    public ImmutableArray<Fact> Query(string factType)
    {
        _session.Fire();
        return _session.Query(factType);
    }

    /// <summary>The facts of a type whose field has a value with this text.</summary>
    public ImmutableArray<Fact> Query(string factType, string field, string value) =>
        [.. Query(factType).Where(f => !f[field].IsNull && f[field].ToString() == value)];

    /// <summary>The one fact of a type; fails the test when there is not exactly one.</summary>
    public Fact One(string factType) => Assert.Single(Query(factType));

    /// <summary>The one fact of a type whose field has a value with this text.</summary>
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

    private DutySession Insert(string factType, params ReadOnlySpan<(string Field, Value Value)> values)
    {
        _session.Insert(Fact.Create(FactCatalog.Standard[factType], values));
        return this;
    }
}
