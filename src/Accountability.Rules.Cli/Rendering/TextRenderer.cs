using System.Text;
using Accountability.Rules.Evaluation;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>
/// Renders a <see cref="CaseResult"/> for an analyst: English with the text's Chinese terms beside
/// it, every conclusion followed by its articles in brackets. Deterministic: no timestamps, no
/// paths, <c>\n</c> line ends.
/// </summary>
internal static class TextRenderer
{
    public static string Render(CaseResult result, bool explain = false)
    {
        var text = new TextLines(result.PrimaryDocumentId);
        Header(text, result);
        if (result.Status == CaseStatus.NotInForce)
        {
            Notes(text, "Notes 说明", result.Notes);
            return text.ToString();
        }

        if (HasLossSeverity(result))
        {
            LossSeverity(text, result);
        }

        if (result.Handling is not null || HasLossSeverity(result))
        {
            Handling(text, result);
        }

        foreach (var person in result.Persons)
        {
            Person(text, result, person);
        }

        if (!result.ScopeFlags.IsEmpty)
        {
            text.Blank();
            text.Line(result.Status == CaseStatus.OutOfScope
                ? "Out of scope 不适用本办法: what each flag names lies outside these rules (the flag says why); the conclusions above are not a decision"
                : "Left out 不适用本办法的部分: what each flag names lies outside these rules (the flag says why) and is left out of the conclusions; the rest is evaluated");
            foreach (var flag in result.ScopeFlags)
            {
                text.Line($"  {(flag.Subject is { } subject ? subject + ": " : string.Empty)}{flag.Code}{Space(flag.Name)}: {flag.Note}", flag.Source);
            }
        }

        Conclusions(text, result);
        Documents(text, result);
        Notes(text, "Notes 说明", result.Notes);
        Policies(text, result);
        if (explain)
        {
            ReasonsRenderer.Reasons(text, result);
        }

        return text.ToString();
    }

    /// <summary>The ruleset, the decision date and the status.</summary>
    public static void Header(TextLines text, CaseResult result)
    {
        var hash = result.ContentHash is { Length: > 0 } h ? h[..Math.Min(12, h.Length)] : "none";
        text.Line($"Ruleset {result.RuleSetId} {result.RuleSetVersion} (sha256 {hash}): {result.RuleSetTitle}");
        if (!result.Parents.IsEmpty)
        {
            text.Line($"  extends {string.Join(", which extends ", result.Parents)}");
        }

        text.Line($"Decision date (decidedOn): {Formats.Date(result.DecidedOn)}");
        text.Line($"Status: {StatusText(result.Status)}");
        text.Line($"Articles in brackets are of {result.PrimaryDocumentId} unless another document is named; \"policy:\" marks the ruleset's own reading where the text is silent, not the text itself.");
    }

    private static string StatusText(CaseStatus status) => status switch
    {
        CaseStatus.Evaluated => "evaluated",
        CaseStatus.OutOfScope => "out of scope 不适用本办法 (see below)",
        CaseStatus.Incomplete => "not fully evaluated: a working-day count needs a year the calendar lacks (see Notes)",
        CaseStatus.EvaluatedWithExclusions => "evaluated, some parts left out (see below)",
        _ => "not evaluated: the ruleset is not in force on the decision date",
    };

    /// <summary>Whether the rules evaluated a loss at all; a ruleset without loss rules (interviews, clue ledgers) has no such section.</summary>
    private static bool HasLossSeverity(CaseResult result)
    {
        var loss = result.LossSeverity;
        return loss.Tier is not null || !loss.TotalSource.RuleIds.IsDefaultOrEmpty || !loss.Notes.IsDefaultOrEmpty
            || !loss.CountedLosses.IsDefaultOrEmpty || !loss.ExcludedLosses.IsDefaultOrEmpty;
    }

    private static void Conclusions(TextLines text, CaseResult result)
    {
        if (result.Conclusions.IsDefaultOrEmpty)
        {
            return;
        }

        text.Blank();
        text.Line("Conclusions 结论");
        foreach (var conclusion in result.Conclusions)
        {
            var fields = string.Join(", ", conclusion.Fields.Select(f => $"{f.Name}={Formats.Value(f.Value)}"));
            text.Line($"  {conclusion.Type}: {fields}", conclusion.Source);
        }
    }

    private static void Documents(TextLines text, CaseResult result)
    {
        foreach (var document in result.Documents)
        {
            text.Blank();
            text.Line($"Document 文书: {document.Title} ({document.Document}, for {document.Subject})", document.Source);
            foreach (var line in document.Lines)
            {
                text.Line("  | " + line);
            }

            if (!document.Unfilled.IsDefaultOrEmpty)
            {
                text.Line($"  Blanks the case does not fill (left ×××): {string.Join(", ", document.Unfilled)}");
            }
        }
    }

    private static void LossSeverity(TextLines text, CaseResult result)
    {
        var loss = result.LossSeverity;
        text.Blank();
        text.Line("Loss severity 资产损失程度");
        if (loss.Tier is null)
        {
            text.Line("  Tier: none reached", loss.TierSource);
        }
        else
        {
            text.Line($"  Tier: {loss.Tier} {loss.TierName}{Gloss(loss.TierEnglish)}", loss.TierSource);
        }

        foreach (var criterion in loss.CriteriaMet)
        {
            var decisive = criterion.Rank == loss.TierRank ? string.Empty : " (a lower tier)";
            text.Line($"    met: {Labels.Criterion(criterion.Criterion)} criterion of {criterion.Tier} {criterion.TierName}{decisive}", criterion.Source);
        }

        text.Line($"  Total loss 资产损失: {Formats.Amount(loss.TotalLoss)} {result.Currency}", loss.TotalSource);
        foreach (var counted in loss.CountedLosses)
        {
            text.Line($"    counted: {counted.LossId} {Labels.LossKind(counted.Kind)} {Formats.Amount(counted.Amount)} {result.Currency}{Describe(counted.Description)}", counted.Source);
        }

        foreach (var excluded in loss.ExcludedLosses)
        {
            text.Line($"    not counted: {excluded.LossId} {Formats.Amount(excluded.Amount)} {result.Currency}{Describe(excluded.Description)}: {excluded.Reason}", excluded.Source);
        }

        text.Line(loss.Assets is { } assets
            ? $"  Prior-year-end total assets 上年末资产总额: {Formats.Amount(assets)} {result.Currency}"
            : "  Prior-year-end total assets 上年末资产总额: unknown");
        text.Line(loss.AssetRatioPercent is { } ratio
            ? $"  Share of total assets 损失占资产总额比例: {Formats.Percent(ratio)}"
            : "  Share of total assets 损失占资产总额比例: not computed", loss.TotalSource);
        foreach (var note in loss.Notes)
        {
            text.Line($"  Note: {note.Text}", note.Source);
        }
    }

    private static void Handling(TextLines text, CaseResult result)
    {
        text.Blank();
        text.Line("Handling 责任追究的组织实施 (who investigates and handles)");
        if (result.Handling is not { } handling)
        {
            text.Line("  not determined by the rules");
            return;
        }

        text.Line($"  {handling.Authority} {handling.AuthorityName}{Gloss(handling.AuthorityEnglish)}".TrimEnd(), handling.Source);
        foreach (var reason in handling.Reasons)
        {
            text.Line($"    because: {Formats.QualifyArticles(reason, handling.Source.Citations, result.PrimaryDocumentId)}");
        }

        foreach (var note in handling.Notes)
        {
            text.Line($"  Note: {note.Text}", note.Source);
        }
    }

    private static void Person(TextLines text, CaseResult result, PersonResult person)
    {
        text.Blank();
        var name = person.Name is null ? string.Empty : " " + person.Name;
        text.Line($"Person {person.Id}{name}: {person.Role}{Space(person.RoleName)}, {person.Status}{Space(person.StatusName)}");
        if (!person.Conduct.IsEmpty)
        {
            var conduct = person.Conduct.Select(c => c.Citation is null ? c.Code : $"{c.Code} ({Formats.Citation(c.Citation, result.PrimaryDocumentId)})");
            text.Line($"  Conduct stated in the case: {string.Join(", ", conduct)}");
        }

        if (person.Responsibility is { } responsibility)
        {
            text.Line($"  Responsibility 责任: {responsibility.Code} {responsibility.Name}{Gloss(responsibility.English)}, {Labels.Basis(responsibility.Basis)}", responsibility.Source);
        }
        else
        {
            text.Line("  Responsibility 责任: none established");
        }

        Sanction(text, person);
        foreach (var restriction in person.PromotionRestrictions)
        {
            text.Line($"  Promotion restriction 影响期: {Labels.RestrictionKind(restriction.Kind)} after {restriction.Measure} ({Labels.Source(restriction.Source)}), last restricted day, inclusive: {Formats.Date(restriction.LastDay)}", restriction.Provenance);
        }

        foreach (var factor in person.Factors)
        {
            text.Line($"  Factor: {factor.Code}{Space(factor.Name)}, {factor.Direction} {factor.Terms}", factor.Source);
        }

        foreach (var denial in person.ToleranceDenied)
        {
            text.Line($"  Tolerance excluded 不予容错: {denial.Ground}{Space(denial.Name)}", denial.Source);
        }

        if (person.Adjustment is { } adjustment)
        {
            text.Line($"  Adjustment by factors 从重/加重/从轻/减轻/免于: {Labels.Direction(adjustment.Direction)}, {adjustment.Terms}", adjustment.Source);
            var policy = adjustment.Policy is null ? "effect" : $"effect under policy {adjustment.Policy.Id} (the ruleset's reading, not the text)";
            text.Line($"    {policy}: {adjustment.Effect}", adjustment.Source);
        }

        if (person.StillHandled is { } still)
        {
            text.Line($"  Still handled although {still.Status}{Space(person.StatusName)}: no longer in post does not end accountability", still.Source);
        }

        foreach (var standard in person.DeductionStandards)
        {
            var percent = standard.Percent is { } p ? " " + Formats.Decimal(p) + "%" : string.Empty;
            text.Line($"  Concurrent deduction: {Labels.Source(standard.Source)}{percent} of the {Labels.Pay(standard.Pay)}: {standard.Note}", standard.Provenance);
        }

        foreach (var note in person.Notes)
        {
            text.Line($"  Note: {note.Text}", note.Source);
        }

        if (!person.Citations.IsEmpty)
        {
            text.Line($"  Articles: {string.Join(", ", person.Citations.Select(c => Formats.Citation(c, result.PrimaryDocumentId)))}");
        }
    }

    private static void Sanction(TextLines text, PersonResult person)
    {
        if (person.SanctionSource is not { } source)
        {
            return;
        }

        if (person.NonePrescribed)
        {
            text.Line("  Measures 处理: none prescribed for this tier and responsibility", source);
        }

        if (!person.Measures.IsEmpty)
        {
            text.Line($"  Measures 处理 (one or more of): {string.Join(", ", person.Measures)}", source);
        }

        if (person.PerformanceSalaryDeduction is { } salary)
        {
            text.Line($"  Performance salary deduction 扣减绩效年薪 (determination year): {Range(salary.MinPercent, salary.MaxPercent, salary.MaxExclusive)}", salary.Source);
        }

        if (person.TermIncentiveDeduction is { } term)
        {
            var deferred = term.SalaryDeferred ? "; performance salary payment deferred 延期支付" : string.Empty;
            text.Line($"  Term incentive deduction 扣减任期激励 (three years to the determination year): {Range(term.MinPercent, term.MaxPercent, false)}{deferred}", term.Source);
        }

        if (person.LongTermIncentives is { } incentives)
        {
            text.Line($"  Long-term incentives 中长期激励: {incentives}", source);
        }
    }

    /// <summary>A percentage range: <c>100%</c>, <c>50%–100%</c>, <c>0% to below 50%</c>.</summary>
    internal static string Range(decimal min, decimal max, bool maxExclusive)
    {
        if (maxExclusive)
        {
            return $"{Formats.Decimal(min)}% to below {Formats.Decimal(max)}%";
        }

        return min == max ? $"{Formats.Decimal(min)}%" : $"{Formats.Decimal(min)}%–{Formats.Decimal(max)}%";
    }

    private static void Notes(TextLines text, string heading, IEnumerable<ResultNote> notes)
    {
        var list = notes.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Blank();
        text.Line(heading);
        foreach (var note in list)
        {
            text.Line($"  {note.Text}", note.Source);
        }
    }

    private static void Policies(TextLines text, CaseResult result)
    {
        if (result.Policies.IsEmpty)
        {
            return;
        }

        text.Blank();
        text.Line("Policies applied (the ruleset's reading where the text is silent; the statements are in the JSON output and the ruleset)");
        foreach (var policy in result.Policies)
        {
            var cites = policy.Citation is null ? string.Empty : $"  [{Formats.Citation(policy.Citation, result.PrimaryDocumentId)}]";
            text.Line($"  {policy.Id}: {policy.Title}{cites}");
        }
    }

    private static string Space(string? name) => name is null ? string.Empty : " " + name;

    private static string Gloss(string? english) => english is null ? string.Empty : $" ({english})";

    private static string Describe(string? description) => description is null ? string.Empty : $" ({description})";
}
