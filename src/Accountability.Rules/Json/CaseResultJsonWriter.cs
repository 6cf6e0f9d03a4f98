using System.Buffers;
using System.Buffers.Text;
using System.Collections.Immutable;
using System.Text.Json;
using Accountability.Rules.Evaluation;
using Accountability.Rules.Facts;
using Accountability.Rules.Model;
using NodaTime;
using NodaTime.Text;
using Names = Accountability.Rules.Json.ResultPropertyNames;

namespace Accountability.Rules.Json;

/// <summary>
/// Writes a <see cref="CaseResult"/> as the JSON contract (<see cref="CaseResultJson"/>); one instance per result.
/// Property names are encoded once (<see cref="ResultPropertyNames"/>); decimals and dates are formatted
/// straight into UTF-8, without a string in between; a compact writer with the contract's encoder (the
/// batch's) takes the ruleset's citations and policies as the bytes <see cref="RulesetJson"/> keeps.
/// </summary>
internal sealed class CaseResultJsonWriter(Utf8JsonWriter json)
{
    /// <summary>An ISO date of a year from 1 to 9999, <c>yyyy-MM-dd</c>.</summary>
    private const int IsoDateLength = 10;

    private static readonly JsonEncodedText EvaluatedText = JsonEncodedText.Encode(Status(CaseStatus.Evaluated));
    private static readonly JsonEncodedText OutOfScopeText = JsonEncodedText.Encode(Status(CaseStatus.OutOfScope));
    private static readonly JsonEncodedText NotInForceText = JsonEncodedText.Encode(Status(CaseStatus.NotInForce));
    private static readonly JsonEncodedText IncompleteText = JsonEncodedText.Encode(Status(CaseStatus.Incomplete));
    private static readonly JsonEncodedText EvaluatedWithExclusionsText = JsonEncodedText.Encode(Status(CaseStatus.EvaluatedWithExclusions));

    /// <summary>Whether the writer takes the JSON of citations and policies from <see cref="RulesetJson"/>.</summary>
    private readonly bool _reuse = RulesetJson.Fits(json);

    /// <summary>The encoded texts of the ruleset of the result being written, when this writer takes them (as <see cref="_reuse"/>).</summary>
    private RulesetTexts? _texts;

    public void Write(CaseResult result)
    {
        _texts = _reuse ? result.Texts : null;
        json.WriteStartObject();
        json.WriteString(Names.SchemaVersion, CaseResultJson.SchemaVersion);
        Ruleset(result);
        Date(Names.DecidedOn, result.DecidedOn);
        json.WriteString(Names.Status, StatusText(result.Status));
        Text(Names.Currency, result.Currency);
        LossSeverity(result.LossSeverity);
        Handling(result.Handling);
        json.WriteStartArray(Names.Persons);
        foreach (var person in result.Persons)
        {
            Person(person);
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.ScopeFlags);
        foreach (var flag in result.ScopeFlags)
        {
            json.WriteStartObject();
            Text(Names.Code, flag.Code);
            Text(Names.Name, flag.Name);
            Text(Names.Note, flag.Note);
            json.WriteString(Names.Subject, flag.Subject);
            Source(flag.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Conclusions(result.Conclusions);
        json.WriteStartArray(Names.Documents);
        foreach (var document in result.Documents)
        {
            json.WriteStartObject();
            Text(Names.Document, document.Document);
            json.WriteString(Names.Subject, document.Subject);
            json.WriteString(Names.Title, document.Title);
            Strings(Names.Lines, document.Lines);
            Strings(Names.Unfilled, document.Unfilled);
            Source(document.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Notes(result.Notes);
        json.WriteStartArray(Names.Policies);
        foreach (var policy in result.Policies)
        {
            Policy(policy);
        }

        json.WriteEndArray();
        Explanation(result.Explanation);
        NearMisses(result.NearMisses);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes the <c>ruleset</c> property: as the bytes <see cref="RulesetTexts.Header"/> keeps when this
    /// writer takes them and the result's ruleset part is its compiled ruleset's own, else written out.
    /// </summary>
    private void Ruleset(CaseResult result)
    {
        if (_texts?.Header(result, EncodeRuleset) is { } encoded)
        {
            json.WritePropertyName(Names.Ruleset);
            json.WriteRawValue(encoded, skipInputValidation: true);
            return;
        }

        json.WriteStartObject(Names.Ruleset);
        RulesetMembers(result);
        json.WriteEndObject();
    }

    /// <summary>The compact JSON of the <c>ruleset</c> object of a result, as <see cref="Ruleset"/> would write it out.</summary>
    private static byte[] EncodeRuleset(CaseResult result) => RulesetJson.Encode(result, static (writer, r) =>
    {
        writer.WriteStartObject();
        new CaseResultJsonWriter(writer).RulesetMembers(r);
        writer.WriteEndObject();
    });

    /// <summary>Writes the members of the <c>ruleset</c> object into the open object.</summary>
    private void RulesetMembers(CaseResult result)
    {
        Text(Names.Id, result.RuleSetId);
        Text(Names.Version, result.RuleSetVersion);
        Text(Names.Title, result.RuleSetTitle);
        json.WriteStartArray(Names.Parents);
        foreach (var parent in result.Parents)
        {
            json.WriteStartObject();
            Text(Names.Id, parent.Id);
            Text(Names.Version, parent.Version);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Text(Names.ContentHash, result.ContentHash);
        Date(Names.InForceFrom, result.InForceFrom);
        Date(Names.InForceTo, result.InForceTo);
        Text(Names.PrimaryDocument, result.PrimaryDocumentId);
    }

    /// <summary>
    /// Writes the <c>lossSeverity</c> property: that of a case without losses (<see cref="Evaluation.LossSeverity.None"/>,
    /// the same in every result) as the bytes <see cref="RulesetJson"/> keeps for it when this writer takes them, else written out.
    /// </summary>
    private void LossSeverity(LossSeverity loss)
    {
        if (_reuse && ReferenceEquals(loss, Evaluation.LossSeverity.None))
        {
            json.WritePropertyName(Names.LossSeverity);
            json.WriteRawValue(RulesetJson.Of(loss, static (writer, none) =>
            {
                writer.WriteStartObject();
                new CaseResultJsonWriter(writer).LossSeverityMembers(none);
                writer.WriteEndObject();
            }), skipInputValidation: true);
            return;
        }

        json.WriteStartObject(Names.LossSeverity);
        LossSeverityMembers(loss);
        json.WriteEndObject();
    }

    /// <summary>Writes the members of the <c>lossSeverity</c> object into the open object.</summary>
    private void LossSeverityMembers(LossSeverity loss)
    {
        Text(Names.Tier, loss.Tier);
        Text(Names.TierName, loss.TierName);
        Text(Names.TierEnglish, loss.TierEnglish);
        json.WriteNumber(Names.TierRank, loss.TierRank);
        Decimal(Names.TotalLoss, loss.TotalLoss);
        Decimal(Names.Assets, loss.Assets);
        Decimal(Names.AssetRatio, loss.AssetRatioPercent);
        SourceObject(Names.TierSource, loss.TierSource);
        SourceObject(Names.TotalSource, loss.TotalSource);
        json.WriteStartArray(Names.CriteriaMet);
        foreach (var criterion in loss.CriteriaMet)
        {
            json.WriteStartObject();
            Text(Names.Tier, criterion.Tier);
            json.WriteNumber(Names.Rank, criterion.Rank);
            Text(Names.Criterion, criterion.Criterion);
            Source(criterion.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.CountedLosses);
        foreach (var counted in loss.CountedLosses)
        {
            json.WriteStartObject();
            json.WriteString(Names.Loss, counted.LossId);
            Decimal(Names.Amount, counted.Amount);
            Text(Names.Kind, counted.Kind);
            json.WriteString(Names.Description, counted.Description);
            Source(counted.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.ExcludedLosses);
        foreach (var excluded in loss.ExcludedLosses)
        {
            json.WriteStartObject();
            json.WriteString(Names.Loss, excluded.LossId);
            Decimal(Names.Amount, excluded.Amount);
            Text(Names.Reason, excluded.Reason);
            json.WriteString(Names.Description, excluded.Description);
            Source(excluded.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Notes(loss.Notes);
        Citations(loss.Citations);
        Texts(Names.Policies, loss.PolicyIds);
    }

    private void Handling(Handling? handling)
    {
        if (handling is null)
        {
            json.WriteNull(Names.Handling);
            return;
        }

        json.WriteStartObject(Names.Handling);
        Text(Names.Authority, handling.Authority);
        Text(Names.AuthorityName, handling.AuthorityName);
        Text(Names.AuthorityEnglish, handling.AuthorityEnglish);
        Text(Names.Reason, handling.Reasons.Length == 1 ? handling.Reasons[0] : string.Join("; ", handling.Reasons.AsSpan()));
        Texts(Names.Reasons, handling.Reasons);
        Notes(handling.Notes);
        Source(handling.Source);
        json.WriteEndObject();
    }

    private void Person(PersonResult person)
    {
        json.WriteStartObject();
        json.WriteString(Names.Id, person.Id);
        json.WriteString(Names.Name, person.Name);
        Text(Names.Role, person.Role);
        Text(Names.RoleName, person.RoleName);
        Text(Names.Status, person.Status);
        Text(Names.StatusName, person.StatusName);
        json.WriteStartArray(Names.Conduct);
        foreach (var conduct in person.Conduct)
        {
            json.WriteStartObject();
            Text(Names.Code, conduct.Code);
            Text(Names.Name, conduct.Name);
            Citation(Names.Citation, conduct.Citation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Text(Names.Responsibility, person.Responsibility?.Code);
        if (person.Responsibility is { } responsibility)
        {
            json.WriteStartObject(Names.ResponsibilityDetail);
            Text(Names.Name, responsibility.Name);
            Text(Names.English, responsibility.English);
            Text(Names.Basis, responsibility.Basis);
            Source(responsibility.Source);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.ResponsibilityDetail);
        }

        Texts(Names.Measures, person.Measures);
        if (person.PerformanceSalaryDeduction is { } salary)
        {
            json.WriteStartObject(Names.PerformanceSalaryDeduction);
            Decimal(Names.MinPercent, salary.MinPercent);
            Decimal(Names.MaxPercent, salary.MaxPercent);
            json.WriteBoolean(Names.MaxExclusive, salary.MaxExclusive);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.PerformanceSalaryDeduction);
        }

        if (person.TermIncentiveDeduction is { } term)
        {
            json.WriteStartObject(Names.TermIncentiveDeduction);
            Decimal(Names.MinPercent, term.MinPercent);
            Decimal(Names.MaxPercent, term.MaxPercent);
            json.WriteBoolean(Names.SalaryDeferred, term.SalaryDeferred);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.TermIncentiveDeduction);
        }

        Text(Names.LongTermIncentives, person.LongTermIncentives);
        json.WriteBoolean(Names.NonePrescribed, person.NonePrescribed);
        SourceObject(Names.SanctionSource, person.SanctionSource);
        json.WriteStartArray(Names.PromotionRestrictions);
        foreach (var restriction in person.PromotionRestrictions)
        {
            json.WriteStartObject();
            Text(Names.Kind, restriction.Kind);
            Text(Names.Measure, restriction.Measure);
            Date(Names.LastDay, restriction.LastDay);
            json.WriteBoolean(Names.LastDayInclusive, true);
            Text(Names.Source, restriction.Source);
            Source(restriction.Provenance);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Adjustment(person.Adjustment);
        json.WriteStartArray(Names.Factors);
        foreach (var factor in person.Factors)
        {
            json.WriteStartObject();
            Text(Names.Code, factor.Code);
            Text(Names.Name, factor.Name);
            Text(Names.Direction, factor.Direction);
            Text(Names.Terms, factor.Terms);
            Source(factor.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.ToleranceDenied);
        foreach (var denial in person.ToleranceDenied)
        {
            json.WriteStartObject();
            Text(Names.Ground, denial.Ground);
            Text(Names.Name, denial.Name);
            Source(denial.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (person.StillHandled is { } still)
        {
            json.WriteStartObject(Names.StillHandled);
            Text(Names.Status, still.Status);
            Source(still.Source);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.StillHandled);
        }

        json.WriteStartArray(Names.DeductionStandards);
        foreach (var standard in person.DeductionStandards)
        {
            json.WriteStartObject();
            Text(Names.Source, standard.Source);
            Text(Names.Pay, standard.Pay);
            Decimal(Names.Percent, standard.Percent);
            Text(Names.Note, standard.Note);
            Source(standard.Provenance);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Notes(person.Notes);
        Citations(person.Citations);
        json.WriteEndObject();
    }

    private void Conclusions(ImmutableArray<Conclusion> conclusions)
    {
        json.WriteStartArray(Names.Conclusions);
        foreach (var conclusion in conclusions)
        {
            json.WriteStartObject();
            // A conclusion of a fact of the ruleset's catalogue, as projected: the type's texts encoded once, not looked up.
            var type = conclusion.Fact is { } projected
                && ReferenceEquals(conclusion.Type, projected.Schema.Name)
                && ReferenceEquals(conclusion.Description, projected.Schema.Description)
                ? _texts?.FactType(projected.Schema)
                : null;
            if (type is not null)
            {
                json.WriteString(Names.Type, type.Type);
                json.WriteString(Names.Description, type.Description);
            }
            else
            {
                Text(Names.Type, conclusion.Type);
                Text(Names.Description, conclusion.Description);
            }

            json.WriteStartObject(Names.Fields);
            if (conclusion.Fact is { } fact)
            {
                // The fields as Conclusion.Fields lists them, read from the fact without making them.
                foreach (var field in fact.Schema.Fields)
                {
                    var value = fact[field.Index];
                    if (!value.IsNull)
                    {
                        if (type is not null)
                        {
                            json.WritePropertyName(type.Fields[field.Index]);
                        }
                        else
                        {
                            PropertyName(field.Name);
                        }

                        Value(value);
                    }
                }
            }
            else
            {
                foreach (var field in conclusion.Fields)
                {
                    PropertyName(field.Name);
                    Value(field.Value);
                }
            }

            json.WriteEndObject();
            Source(conclusion.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

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
                    TextValue(text);
                }

                json.WriteEndArray();
                break;
            case ValueKind.Null:
                json.WriteNullValue();
                break;
            case ValueKind.Number:
                DecimalValue(value.AsNumber);
                break;
            case ValueKind.Date:
                DateValue(value.AsDate);
                break;
            case ValueKind.Period:
                json.WriteStringValue(PeriodPattern.NormalizingIso.Format(value.AsPeriod));
                break;
            case ValueKind.Text:
                TextValue(value.AsText);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Not a value kind.");
        }
    }

    private void Adjustment(SanctionAdjustment? adjustment)
    {
        if (adjustment is null)
        {
            json.WriteNull(Names.Adjustment);
            return;
        }

        json.WriteStartObject(Names.Adjustment);
        Text(Names.Direction, adjustment.Direction);
        Text(Names.Terms, adjustment.Terms);
        Text(Names.Effect, adjustment.Effect);
        PolicyReference(adjustment.Policy);
        Source(adjustment.Source);
        json.WriteEndObject();
    }

    private void Explanation(ImmutableArray<ExplanationEntry> entries)
    {
        json.WriteStartArray(Names.Explanation);
        foreach (var entry in entries)
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Sequence, entry.Sequence);
            Text(Names.Rule, entry.RuleId);
            Text(Names.Title, entry.Title);
            Citation(Names.Citation, entry.Citation);
            PolicyReference(entry.Policy);
            Strings(Names.Matched, entry.Matched);
            Strings(Names.Asserted, entry.Asserted);
            json.WriteBoolean(Names.Withdrawn, entry.Withdrawn);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private void NearMisses(ImmutableArray<NearMiss> misses)
    {
        json.WriteStartArray(Names.NearMisses);
        foreach (var miss in misses)
        {
            json.WriteStartObject();
            Text(Names.Rule, miss.RuleId);
            Text(Names.Title, miss.Title);
            Citation(Names.Citation, miss.Citation);
            PolicyReference(miss.Policy);
            json.WriteString(Names.Fact, miss.Fact);
            json.WriteString(Names.Field, miss.Field);
            json.WriteString(Names.Operator, miss.OperatorSymbol);
            json.WritePropertyName(Names.Threshold);
            Value(miss.Threshold);
            json.WritePropertyName(Names.Actual);
            Value(miss.Actual);
            json.WriteString(Names.Requirement, miss.Requirement);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the <c>policy</c> property: the id and title of the policy, or <c>null</c>.</summary>
    private void PolicyReference(PolicyReference? policy)
    {
        if (policy is null)
        {
            json.WriteNull(Names.Policy);
            return;
        }

        json.WriteStartObject(Names.Policy);
        Text(Names.Id, policy.Id);
        Text(Names.Title, policy.Title);
        json.WriteEndObject();
    }

    /// <summary>Writes a policy of the ruleset as an element of <c>policies</c>.</summary>
    private void Policy(PolicyDefinition policy) => RulesetValue(policy, WritePolicy);

    /// <summary>Writes a policy as an object value.</summary>
    private static void WritePolicy(Utf8JsonWriter writer, PolicyDefinition policy)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Id, policy.Id);
        writer.WriteString(Names.Title, policy.Title);
        writer.WriteString(Names.Statement, policy.Statement);
        writer.WritePropertyName(Names.Citation);
        if (policy.Citation is { } citation)
        {
            WriteCitation(writer, citation);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>notes</c> property.</summary>
    private void Notes(ImmutableArray<ResultNote> notes)
    {
        json.WriteStartArray(Names.Notes);
        foreach (var note in notes)
        {
            json.WriteStartObject();
            Text(Names.Text, note.Text);
            json.WriteString(Names.Subject, note.Subject);
            Source(note.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes an object property holding the <c>rules</c>, <c>citations</c> and <c>policies</c> of a provenance, or <c>null</c>.</summary>
    private void SourceObject(JsonEncodedText name, Provenance? source)
    {
        if (source is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        Source(source);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes the <c>rules</c>, <c>citations</c> and <c>policies</c> of a provenance into the open object:
    /// as the bytes the provenance keeps (<see cref="Provenance.Encoded"/>) when this writer takes them, else written out.
    /// </summary>
    private void Source(Provenance source)
    {
        if (_texts is not null)
        {
            var encoded = source.Encoded(EncodeSource);
            json.WritePropertyName(Names.Rules);
            json.WriteRawValue(encoded.Rules, skipInputValidation: true);
            json.WritePropertyName(Names.Citations);
            json.WriteRawValue(encoded.Citations, skipInputValidation: true);
            json.WritePropertyName(Names.Policies);
            json.WriteRawValue(encoded.Policies, skipInputValidation: true);
            return;
        }

        Texts(Names.Rules, source.RuleIds);
        Citations(source.Citations);
        Texts(Names.Policies, source.PolicyIds);
    }

    /// <summary>The compact JSON of a provenance's three arrays, as <see cref="Source"/> would write them out.</summary>
    private static SourceJson EncodeSource(Provenance source) => new(
        RulesetJson.Encode(source.RuleIds, WriteTexts),
        RulesetJson.Encode(source.Citations, static (writer, citations) =>
        {
            writer.WriteStartArray();
            foreach (var citation in citations)
            {
                WriteCitation(writer, citation);
            }

            writer.WriteEndArray();
        }),
        RulesetJson.Encode(source.PolicyIds, WriteTexts));

    /// <summary>Writes texts as an array value.</summary>
    private static void WriteTexts(Utf8JsonWriter writer, ImmutableArray<string> texts)
    {
        writer.WriteStartArray();
        foreach (var text in texts)
        {
            writer.WriteStringValue(text);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the <c>citations</c> property.</summary>
    private void Citations(ImmutableArray<Citation> citations)
    {
        json.WriteStartArray(Names.Citations);
        foreach (var citation in citations)
        {
            Citation(citation);
        }

        json.WriteEndArray();
    }

    private void Citation(JsonEncodedText name, Citation? citation)
    {
        json.WritePropertyName(name);
        Citation(citation);
    }

    private void Citation(Citation? citation)
    {
        if (citation is null)
        {
            json.WriteNullValue();
        }
        else
        {
            RulesetValue(citation, WriteCitation);
        }
    }

    /// <summary>
    /// Writes an object of the ruleset as a value: the bytes <see cref="RulesetJson"/> keeps for it when
    /// this writer takes them, else written out by <paramref name="write"/> (which also makes those bytes).
    /// </summary>
    private void RulesetValue<T>(T value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (_reuse)
        {
            json.WriteRawValue(RulesetJson.Of(value, write), skipInputValidation: true);
        }
        else
        {
            write(json, value);
        }
    }

    /// <summary>Writes a citation as an object value.</summary>
    private static void WriteCitation(Utf8JsonWriter writer, Citation citation)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Document, citation.DocumentId);
        writer.WriteString(Names.Article, citation.Article);
        writer.WriteEndObject();
    }

    /// <summary>Writes an array of texts, most of them the ruleset's own (see <see cref="TextValue"/>).</summary>
    private void Texts(JsonEncodedText name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            TextValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a text property, most often one of the ruleset's own texts (see <see cref="TextValue"/>).</summary>
    private void Text(JsonEncodedText name, string? value)
    {
        if (value is not null && _texts is not null && _texts.TryGet(value, out var encoded))
        {
            json.WriteString(name, encoded);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>Writes a text: one of the ruleset's own from the bytes <see cref="RulesetTexts"/> keeps for it, another encoded now.</summary>
    private void TextValue(string value)
    {
        if (_texts is not null && _texts.TryGet(value, out var encoded))
        {
            json.WriteStringValue(encoded);
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    /// <summary>Writes a property name, most often a field name of the ruleset's catalogue (see <see cref="TextValue"/>).</summary>
    private void PropertyName(string name)
    {
        if (_texts is not null && _texts.TryGet(name, out var encoded))
        {
            json.WritePropertyName(encoded);
        }
        else
        {
            json.WritePropertyName(name);
        }
    }

    private void Strings(JsonEncodedText name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private void Decimal(JsonEncodedText name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
        {
            DecimalValue(number);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>A decimal as the contract writes it (<see cref="CaseResultJson.FormatDecimal(decimal)"/>), formatted into UTF-8.</summary>
    private void DecimalValue(decimal value)
    {
        Span<byte> quoted = stackalloc byte[CaseResultJson.MaxDecimalLength + 2];
        QuotedValue(quoted[..(CaseResultJson.FormatDecimal(value, quoted[1..]) + 2)]);
    }

    private void Date(JsonEncodedText name, LocalDate? date)
    {
        json.WritePropertyName(name);
        if (date is { } value)
        {
            DateValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>
    /// A date as <see cref="IsoDate.Format"/> writes it: a year from 1 to 9999 straight into UTF-8
    /// (<c>yyyy-MM-dd</c>), another (which the ISO pattern writes with a sign or more digits) through the pattern.
    /// </summary>
    private void DateValue(LocalDate date)
    {
        if (date.Year is < 1 or > 9999)
        {
            json.WriteStringValue(IsoDate.Format(date));
            return;
        }

        Span<byte> quoted = stackalloc byte[IsoDateLength + 2];
        var text = quoted[1..^1];
        Utf8Formatter.TryFormat(date.Year, text, out _, new StandardFormat('D', 4));
        text[4] = (byte)'-';
        Utf8Formatter.TryFormat(date.Month, text[5..], out _, new StandardFormat('D', 2));
        text[7] = (byte)'-';
        Utf8Formatter.TryFormat(date.Day, text[8..], out _, new StandardFormat('D', 2));
        QuotedValue(quoted);
    }

    /// <summary>
    /// Writes a string of digits, <c>-</c> and <c>.</c> (a number, a date), given between two bytes of room
    /// for its quotes: with the quotes as raw JSON when this writer takes <see cref="RulesetJson"/>'s bytes
    /// (the contract's encoder escapes none of those characters, so these are the bytes the writer would
    /// write), else as a string through the writer's encoder.
    /// </summary>
    private void QuotedValue(Span<byte> quoted)
    {
        if (_reuse)
        {
            quoted[0] = (byte)'"';
            quoted[^1] = (byte)'"';
            json.WriteRawValue(quoted, skipInputValidation: true);
        }
        else
        {
            json.WriteStringValue(quoted[1..^1]);
        }
    }

    /// <summary>The contract's name of a status, encoded (<see cref="Status"/>: plain ASCII letters, the same bytes whatever the encoder).</summary>
    private static JsonEncodedText StatusText(CaseStatus status) => status switch
    {
        CaseStatus.Evaluated => EvaluatedText,
        CaseStatus.OutOfScope => OutOfScopeText,
        CaseStatus.NotInForce => NotInForceText,
        CaseStatus.Incomplete => IncompleteText,
        CaseStatus.EvaluatedWithExclusions => EvaluatedWithExclusionsText,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

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
