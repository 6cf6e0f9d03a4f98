using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;

namespace Accountability.Rules.Json;

/// <summary>Writes a <see cref="CaseResult"/> as the JSON contract (<see cref="CaseResultJson"/>); one instance per result.</summary>
internal sealed class CaseResultJsonWriter(Utf8JsonWriter json)
{
    public void Write(CaseResult result)
    {
        json.WriteStartObject();
        json.WriteString("schemaVersion", CaseResultJson.SchemaVersion);
        json.WriteStartObject("ruleset");
        json.WriteString("id", result.RuleSetId);
        json.WriteString("version", result.RuleSetVersion);
        json.WriteString("title", result.RuleSetTitle);
        Objects("parents", result.Parents, parent =>
        {
            json.WriteString("id", parent.Id);
            json.WriteString("version", parent.Version);
        });
        json.WriteString("contentHash", result.ContentHash);
        json.WriteString("inForceFrom", Date(result.InForceFrom));
        json.WriteString("inForceTo", result.InForceTo is { } to ? Date(to) : null);
        json.WriteString("primaryDocument", result.PrimaryDocumentId);
        json.WriteEndObject();
        json.WriteString("decidedOn", Date(result.DecidedOn));
        json.WriteString("status", Status(result.Status));
        json.WriteString("currency", result.Currency);
        LossSeverity(result.LossSeverity);
        Object("handling", result.Handling, handling =>
        {
            json.WriteString("authority", handling.Authority);
            json.WriteString("authorityName", handling.AuthorityName);
            json.WriteString("authorityEnglish", handling.AuthorityEnglish);
            json.WriteString("reason", string.Join("; ", handling.Reasons));
            Strings("reasons", handling.Reasons);
            Notes("notes", handling.Notes);
            Source(handling.Source);
        });
        json.WriteStartArray("persons");
        foreach (var person in result.Persons)
        {
            Person(person);
        }

        json.WriteEndArray();
        Objects("scopeFlags", result.ScopeFlags, flag =>
        {
            json.WriteString("code", flag.Code);
            json.WriteString("name", flag.Name);
            json.WriteString("note", flag.Note);
            json.WriteString("subject", flag.Subject);
            Source(flag.Source);
        });
        Conclusions(result.Conclusions);
        Objects("documents", result.Documents, document =>
        {
            json.WriteString("document", document.Document);
            json.WriteString("subject", document.Subject);
            json.WriteString("title", document.Title);
            Strings("lines", document.Lines);
            Strings("unfilled", document.Unfilled);
            Source(document.Source);
        });
        Notes("notes", result.Notes);
        Objects("policies", result.Policies, policy =>
        {
            json.WriteString("id", policy.Id);
            json.WriteString("title", policy.Title);
            json.WriteString("statement", policy.Statement);
            Citation("citation", policy.Citation);
        });
        Explanation(result.Explanation);
        NearMisses(result.NearMisses);
        json.WriteEndObject();
    }

    private void LossSeverity(LossSeverity loss)
    {
        json.WriteStartObject("lossSeverity");
        json.WriteString("tier", loss.Tier);
        json.WriteString("tierName", loss.TierName);
        json.WriteString("tierEnglish", loss.TierEnglish);
        json.WriteNumber("tierRank", loss.TierRank);
        json.WriteString("totalLoss", CaseResultJson.FormatDecimal(loss.TotalLoss));
        Decimal("assets", loss.Assets);
        Decimal("assetRatio", loss.AssetRatioPercent);
        Object("tierSource", loss.TierSource, Source);
        Object("totalSource", loss.TotalSource, Source);
        Objects("criteriaMet", loss.CriteriaMet, criterion =>
        {
            json.WriteString("tier", criterion.Tier);
            json.WriteNumber("rank", criterion.Rank);
            json.WriteString("criterion", criterion.Criterion);
            Source(criterion.Source);
        });
        Objects("countedLosses", loss.CountedLosses, counted =>
        {
            json.WriteString("loss", counted.LossId);
            json.WriteString("amount", CaseResultJson.FormatDecimal(counted.Amount));
            json.WriteString("kind", counted.Kind);
            json.WriteString("description", counted.Description);
            Source(counted.Source);
        });
        Objects("excludedLosses", loss.ExcludedLosses, excluded =>
        {
            json.WriteString("loss", excluded.LossId);
            json.WriteString("amount", CaseResultJson.FormatDecimal(excluded.Amount));
            json.WriteString("reason", excluded.Reason);
            json.WriteString("description", excluded.Description);
            Source(excluded.Source);
        });
        Notes("notes", loss.Notes);
        Citations("citations", loss.Citations);
        Strings("policies", loss.PolicyIds);
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
        Objects("conduct", person.Conduct, conduct =>
        {
            json.WriteString("code", conduct.Code);
            json.WriteString("name", conduct.Name);
            Citation("citation", conduct.Citation);
        });
        json.WriteString("responsibility", person.Responsibility?.Code);
        Object("responsibilityDetail", person.Responsibility, responsibility =>
        {
            json.WriteString("name", responsibility.Name);
            json.WriteString("english", responsibility.English);
            json.WriteString("basis", responsibility.Basis);
            Source(responsibility.Source);
        });
        Strings("measures", person.Measures);
        Object("performanceSalaryDeduction", person.PerformanceSalaryDeduction, salary =>
        {
            Percents(salary.MinPercent, salary.MaxPercent);
            json.WriteBoolean("maxExclusive", salary.MaxExclusive);
        });
        Object("termIncentiveDeduction", person.TermIncentiveDeduction, term =>
        {
            Percents(term.MinPercent, term.MaxPercent);
            json.WriteBoolean("salaryDeferred", term.SalaryDeferred);
        });
        json.WriteString("longTermIncentives", person.LongTermIncentives);
        json.WriteBoolean("nonePrescribed", person.NonePrescribed);
        Object("sanctionSource", person.SanctionSource, Source);
        Objects("promotionRestrictions", person.PromotionRestrictions, restriction =>
        {
            json.WriteString("kind", restriction.Kind);
            json.WriteString("measure", restriction.Measure);
            json.WriteString("lastDay", Date(restriction.LastDay));
            json.WriteBoolean("lastDayInclusive", true);
            json.WriteString("source", restriction.Source);
            Source(restriction.Provenance);
        });
        Adjustment(person.Adjustment);
        Objects("factors", person.Factors, factor =>
        {
            json.WriteString("code", factor.Code);
            json.WriteString("name", factor.Name);
            json.WriteString("direction", factor.Direction);
            json.WriteString("terms", factor.Terms);
            Source(factor.Source);
        });
        Objects("toleranceDenied", person.ToleranceDenied, denial =>
        {
            json.WriteString("ground", denial.Ground);
            json.WriteString("name", denial.Name);
            Source(denial.Source);
        });
        Object("stillHandled", person.StillHandled, still =>
        {
            json.WriteString("status", still.Status);
            Source(still.Source);
        });
        Objects("deductionStandards", person.DeductionStandards, standard =>
        {
            json.WriteString("source", standard.Source);
            json.WriteString("pay", standard.Pay);
            Decimal("percent", standard.Percent);
            json.WriteString("note", standard.Note);
            Source(standard.Provenance);
        });
        Notes("notes", person.Notes);
        Citations("citations", person.Citations);
        json.WriteEndObject();
    }

    private void Conclusions(ImmutableArray<Conclusion> conclusions) => Objects("conclusions", conclusions, conclusion =>
    {
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
    });

    /// <summary>A fact value: numbers as strings (as every decimal here), dates ISO, lists as arrays.</summary>
    private void Value(Value value)
    {
        switch (value.Kind)
        {
            case ValueKind.Boolean:
                json.WriteBooleanValue(value.AsBoolean);
                break;
            case ValueKind.TextList:
                json.WriteStartArray();
                foreach (var text in value.AsTextList)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            case ValueKind.Null:
                json.WriteNullValue();
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }

    private void Adjustment(SanctionAdjustment? adjustment) => Object("adjustment", adjustment, a =>
    {
        json.WriteString("direction", a.Direction);
        json.WriteString("terms", a.Terms);
        json.WriteString("effect", a.Effect);
        Policy("policy", a.Policy);
        Source(a.Source);
    });

    private void Explanation(ImmutableArray<ExplanationEntry> entries) => Objects("explanation", entries, entry =>
    {
        json.WriteNumber("sequence", entry.Sequence);
        json.WriteString("rule", entry.RuleId);
        json.WriteString("title", entry.Title);
        Citation("citation", entry.Citation);
        Policy("policy", entry.Policy);
        Strings("matched", entry.Matched);
        Strings("asserted", entry.Asserted);
        json.WriteBoolean("withdrawn", entry.Withdrawn);
    });

    private void NearMisses(ImmutableArray<NearMiss> misses) => Objects("nearMisses", misses, miss =>
    {
        json.WriteString("rule", miss.RuleId);
        json.WriteString("title", miss.Title);
        Citation("citation", miss.Citation);
        Policy("policy", miss.Policy);
        json.WriteString("fact", miss.Fact);
        json.WriteString("field", miss.Field);
        json.WriteString("operator", miss.OperatorSymbol);
        json.WritePropertyName("threshold");
        Value(miss.Threshold);
        json.WritePropertyName("actual");
        Value(miss.Actual);
        json.WriteString("requirement", miss.Requirement);
    });

    private void Policy(string name, PolicyReference? policy) => Object(name, policy, p =>
    {
        json.WriteString("id", p.Id);
        json.WriteString("title", p.Title);
    });

    private void Notes(string name, ImmutableArray<ResultNote> notes) => Objects(name, notes, note =>
    {
        json.WriteString("text", note.Text);
        json.WriteString("subject", note.Subject);
        Source(note.Source);
    });

    /// <summary>Writes the <c>rules</c>, <c>citations</c> and <c>policies</c> of a provenance into the open object.</summary>
    private void Source(Provenance source)
    {
        Strings("rules", source.RuleIds);
        Citations("citations", source.Citations);
        Strings("policies", source.PolicyIds);
    }

    /// <summary>Writes an array property of objects, each with the properties <paramref name="writeProperties"/> writes.</summary>
    private void Objects<T>(string name, ImmutableArray<T> items, Action<T> writeProperties)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeProperties(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes an object property with the properties <paramref name="writeProperties"/> writes, or <c>null</c> when there is no value.</summary>
    private void Object<T>(string name, T? value, Action<T> writeProperties)
        where T : class
    {
        if (value is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        writeProperties(value);
        json.WriteEndObject();
    }

    /// <summary>Writes the <c>minPercent</c> and <c>maxPercent</c> of a deduction range into the open object.</summary>
    private void Percents(decimal min, decimal max)
    {
        json.WriteString("minPercent", CaseResultJson.FormatDecimal(min));
        json.WriteString("maxPercent", CaseResultJson.FormatDecimal(max));
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

    private void Citation(string name, Citation? citation)
    {
        json.WritePropertyName(name);
        Citation(citation);
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
            json.WriteString(name, CaseResultJson.FormatDecimal(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A number, date, period or text value as the string the contract writes for it.</summary>
    private static string Text(Value value) => value.Kind switch
    {
        ValueKind.Number => CaseResultJson.FormatDecimal(value.AsNumber),
        ValueKind.Date => Date(value.AsDate),
        ValueKind.Period => PeriodPattern.NormalizingIso.Format(value.AsPeriod),
        ValueKind.Text => value.AsText,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Not a scalar value."),
    };

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>The contract's name of a status (<c>evaluated</c>, <c>outOfScope</c> …), as <c>status</c> holds it.</summary>
    internal static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Evaluated => "evaluated",
        CaseStatus.OutOfScope => "outOfScope",
        CaseStatus.NotInForce => "notInForce",
        CaseStatus.Incomplete => "incomplete",
        CaseStatus.EvaluatedWithExclusions => "evaluatedWithExclusions",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
