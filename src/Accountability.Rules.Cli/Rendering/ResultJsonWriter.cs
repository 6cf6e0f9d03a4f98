using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Model;

namespace Accountability.Rules.Cli.Rendering;

/// <summary>Writes the parts of a result; one per rendering.</summary>
internal sealed class ResultJsonWriter(Utf8JsonWriter json, string primaryDocumentId)
{
    public void Write(CaseResult result)
    {
        json.WriteStartObject();
        json.WriteStartObject("ruleset");
        json.WriteString("id", result.RuleSetId);
        json.WriteString("version", result.RuleSetVersion);
        json.WriteString("title", result.RuleSetTitle);
        json.WriteStartArray("parents");
        foreach (var parent in result.Parents)
        {
            json.WriteStartObject();
            json.WriteString("id", parent.Id);
            json.WriteString("version", parent.Version);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("contentHash", result.ContentHash);
        json.WriteString("inForceFrom", Formats.Date(result.InForceFrom));
        json.WriteString("inForceTo", result.InForceTo is { } to ? Formats.Date(to) : null);
        json.WriteString("primaryDocument", primaryDocumentId);
        json.WriteEndObject();
        json.WriteString("decidedOn", Formats.Date(result.DecidedOn));
        json.WriteString("status", Formats.Status(result.Status));
        json.WriteString("currency", result.Currency);
        LossSeverity(result.LossSeverity);
        Handling(result.Handling);
        json.WriteStartArray("persons");
        foreach (var person in result.Persons)
        {
            Person(person);
        }

        json.WriteEndArray();
        json.WriteStartArray("scopeFlags");
        foreach (var flag in result.ScopeFlags)
        {
            json.WriteStartObject();
            json.WriteString("code", flag.Code);
            json.WriteString("name", flag.Name);
            json.WriteString("note", flag.Note);
            Source(flag.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Conclusions(result.Conclusions);
        Documents(result.Documents);
        Notes("notes", result.Notes);
        json.WriteStartArray("policies");
        foreach (var policy in result.Policies)
        {
            json.WriteStartObject();
            json.WriteString("id", policy.Id);
            json.WriteString("title", policy.Title);
            json.WriteString("statement", policy.Statement);
            json.WritePropertyName("citation");
            Citation(policy.Citation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Explanation(result.Explanation);
        json.WriteEndObject();
    }

    private void LossSeverity(LossSeverity loss)
    {
        json.WriteStartObject("lossSeverity");
        json.WriteString("tier", loss.Tier);
        json.WriteString("tierName", loss.TierName);
        json.WriteString("tierEnglish", loss.TierEnglish);
        json.WriteNumber("tierRank", loss.TierRank);
        json.WriteString("totalLoss", Formats.Decimal(loss.TotalLoss));
        Decimal("assets", loss.Assets);
        Decimal("assetRatio", loss.AssetRatioPercent);
        json.WriteStartObject("tierSource");
        Source(loss.TierSource);
        json.WriteEndObject();
        json.WriteStartObject("totalSource");
        Source(loss.TotalSource);
        json.WriteEndObject();
        json.WriteStartArray("criteriaMet");
        foreach (var criterion in loss.CriteriaMet)
        {
            json.WriteStartObject();
            json.WriteString("tier", criterion.Tier);
            json.WriteNumber("rank", criterion.Rank);
            json.WriteString("criterion", criterion.Criterion);
            Source(criterion.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("countedLosses");
        foreach (var counted in loss.CountedLosses)
        {
            json.WriteStartObject();
            json.WriteString("loss", counted.LossId);
            json.WriteString("amount", Formats.Decimal(counted.Amount));
            json.WriteString("kind", counted.Kind);
            json.WriteString("description", counted.Description);
            Source(counted.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("excludedLosses");
        foreach (var excluded in loss.ExcludedLosses)
        {
            json.WriteStartObject();
            json.WriteString("loss", excluded.LossId);
            json.WriteString("amount", Formats.Decimal(excluded.Amount));
            json.WriteString("reason", excluded.Reason);
            json.WriteString("description", excluded.Description);
            Source(excluded.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Notes("notes", loss.Notes);
        Citations("citations", loss.Citations);
        Strings("policies", loss.PolicyIds);
        json.WriteEndObject();
    }

    private void Handling(Handling? handling)
    {
        if (handling is null)
        {
            json.WriteNull("handling");
            return;
        }

        json.WriteStartObject("handling");
        json.WriteString("authority", handling.Authority);
        json.WriteString("reason", string.Join("; ", handling.Reasons));
        Strings("reasons", handling.Reasons);
        Notes("notes", handling.Notes);
        Source(handling.Source);
        json.WriteEndObject();
    }

    private void Person(PersonResult person)
    {
        json.WriteStartObject();
        json.WriteString("id", person.Id);
        json.WriteString("name", person.Name);
        json.WriteString("role", person.Role);
        json.WriteString("roleName", person.RoleName);
        json.WriteString("status", person.Status);
        json.WriteString("statusName", person.StatusName);
        json.WriteStartArray("conduct");
        foreach (var conduct in person.Conduct)
        {
            json.WriteStartObject();
            json.WriteString("code", conduct.Code);
            json.WriteString("name", conduct.Name);
            json.WritePropertyName("citation");
            Citation(conduct.Citation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("responsibility", person.Responsibility?.Code);
        if (person.Responsibility is { } responsibility)
        {
            json.WriteStartObject("responsibilityDetail");
            json.WriteString("name", responsibility.Name);
            json.WriteString("english", responsibility.English);
            json.WriteString("basis", responsibility.Basis);
            Source(responsibility.Source);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("responsibilityDetail");
        }

        Strings("measures", person.Measures);
        if (person.PerformanceSalaryDeduction is { } salary)
        {
            json.WriteStartObject("performanceSalaryDeduction");
            json.WriteString("minPercent", Formats.Decimal(salary.MinPercent));
            json.WriteString("maxPercent", Formats.Decimal(salary.MaxPercent));
            json.WriteBoolean("maxExclusive", salary.MaxExclusive);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("performanceSalaryDeduction");
        }

        if (person.TermIncentiveDeduction is { } term)
        {
            json.WriteStartObject("termIncentiveDeduction");
            json.WriteString("minPercent", Formats.Decimal(term.MinPercent));
            json.WriteString("maxPercent", Formats.Decimal(term.MaxPercent));
            json.WriteBoolean("salaryDeferred", term.SalaryDeferred);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("termIncentiveDeduction");
        }

        json.WriteString("longTermIncentives", person.LongTermIncentives);
        json.WriteBoolean("nonePrescribed", person.NonePrescribed);
        if (person.SanctionSource is { } sanctionSource)
        {
            json.WriteStartObject("sanctionSource");
            Source(sanctionSource);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("sanctionSource");
        }

        json.WriteStartArray("promotionRestrictions");
        foreach (var restriction in person.PromotionRestrictions)
        {
            json.WriteStartObject();
            json.WriteString("kind", restriction.Kind);
            json.WriteString("measure", restriction.Measure);
            json.WriteString("lastDay", Formats.Date(restriction.LastDay));
            json.WriteBoolean("lastDayInclusive", true);
            json.WriteString("source", restriction.Source);
            Source(restriction.Provenance);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Adjustment(person.Adjustment);
        json.WriteStartArray("factors");
        foreach (var factor in person.Factors)
        {
            json.WriteStartObject();
            json.WriteString("code", factor.Code);
            json.WriteString("name", factor.Name);
            json.WriteString("direction", factor.Direction);
            json.WriteString("terms", factor.Terms);
            Source(factor.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("toleranceDenied");
        foreach (var denial in person.ToleranceDenied)
        {
            json.WriteStartObject();
            json.WriteString("ground", denial.Ground);
            json.WriteString("name", denial.Name);
            Source(denial.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (person.StillHandled is { } still)
        {
            json.WriteStartObject("stillHandled");
            json.WriteString("status", still.Status);
            Source(still.Source);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("stillHandled");
        }

        json.WriteStartArray("deductionStandards");
        foreach (var standard in person.DeductionStandards)
        {
            json.WriteStartObject();
            json.WriteString("source", standard.Source);
            Decimal("percent", standard.Percent);
            json.WriteString("note", standard.Note);
            Source(standard.Provenance);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Notes("notes", person.Notes);
        Citations("citations", person.Citations);
        json.WriteEndObject();
    }

    private void Conclusions(ImmutableArray<Conclusion> conclusions)
    {
        json.WriteStartArray("conclusions");
        foreach (var conclusion in conclusions)
        {
            json.WriteStartObject();
            json.WriteString("type", conclusion.Type);
            json.WriteString("description", conclusion.Description);
            json.WriteStartObject("fields");
            foreach (var field in conclusion.Fields)
            {
                json.WritePropertyName(field.Name);
                Value(field.Value);
            }

            json.WriteEndObject();
            Source(conclusion.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void Documents(ImmutableArray<FilledDocument> documents)
    {
        json.WriteStartArray("documents");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("document", document.Document);
            json.WriteString("subject", document.Subject);
            json.WriteString("title", document.Title);
            Strings("lines", document.Lines);
            Strings("unfilled", document.Unfilled);
            Source(document.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A fact value: numbers as strings (as every decimal here), dates ISO, lists as arrays.</summary>
    private void Value(Facts.Value value)
    {
        switch (value.Kind)
        {
            case Facts.ValueKind.Boolean:
                json.WriteBooleanValue(value.AsBoolean);
                break;
            case Facts.ValueKind.TextList:
                json.WriteStartArray();
                foreach (var text in value.AsTextList)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            case Facts.ValueKind.Null:
                json.WriteNullValue();
                break;
            default:
                json.WriteStringValue(Formats.Value(value));
                break;
        }
    }

    private void Adjustment(SanctionAdjustment? adjustment)
    {
        if (adjustment is null)
        {
            json.WriteNull("adjustment");
            return;
        }

        json.WriteStartObject("adjustment");
        json.WriteString("direction", adjustment.Direction);
        json.WriteString("terms", adjustment.Terms);
        json.WriteString("effect", adjustment.Effect);
        Policy("policy", adjustment.Policy);
        Source(adjustment.Source);
        json.WriteEndObject();
    }

    private void Explanation(ImmutableArray<ExplanationEntry> entries)
    {
        json.WriteStartArray("explanation");
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", entry.Sequence);
            json.WriteString("rule", entry.RuleId);
            json.WriteString("title", entry.Title);
            json.WritePropertyName("citation");
            Citation(entry.Citation);
            Policy("policy", entry.Policy);
            Strings("matched", entry.Matched);
            Strings("asserted", entry.Asserted);
            json.WriteBoolean("withdrawn", entry.Withdrawn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void Policy(string name, PolicyReference? policy)
    {
        if (policy is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("id", policy.Id);
        json.WriteString("title", policy.Title);
        json.WriteEndObject();
    }

    private void Notes(string name, ImmutableArray<ResultNote> notes)
    {
        json.WriteStartArray(name);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("text", note.Text);
            json.WriteString("subject", note.Subject);
            Source(note.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the <c>rules</c>, <c>citations</c> and <c>policies</c> of a provenance into the open object.</summary>
    private void Source(Provenance source)
    {
        Strings("rules", source.RuleIds);
        Citations("citations", source.Citations);
        Strings("policies", source.PolicyIds);
    }

    private void Citations(string name, ImmutableArray<Citation> citations)
    {
        json.WriteStartArray(name);
        foreach (var citation in citations)
        {
            Citation(citation);
        }

        json.WriteEndArray();
    }

    private void Citation(Citation? citation)
    {
        if (citation is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("document", citation.DocumentId);
        json.WriteString("article", citation.Article);
        json.WriteEndObject();
    }

    private void Strings(string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private void Decimal(string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteString(name, Formats.Decimal(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
