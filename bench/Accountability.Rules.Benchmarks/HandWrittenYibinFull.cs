using Accountability.Rules.Benchmarks.HandWrittenNRules;
using Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// The full baseline: every conclusion the Yibin ruleset (yibin-2020 over national-2016) draws for a
/// case, by straight C# over the typed facts, written for speed, without explanations: counted and
/// excluded losses, total and share of assets, tier criteria and tier, responsibility bases and each
/// person's responsibility, Art. 28 sanction rows, factor findings and adjustments, Art. 30
/// restrictions and the longer-period rule, who handles the matter, scope flags, Art. 29 standards,
/// the 五(二)3 base, and the notes.
/// </summary>
internal static class HandWrittenYibinFull
{
    public static YibinConclusions Evaluate(YibinTypedCase c)
    {
        var r = new YibinConclusions();
        var sum = 0m;
        var excluded = false;
        foreach (var loss in c.Losses)
        {
            if (YibinTables.Counts(loss))
            {
                r.CountedLosses.Add(new CountedLoss(loss.Id, loss.Amount, loss.Kind));
                sum += loss.Amount;
            }
            else if (YibinTables.Excluded(loss))
            {
                r.ExcludedLosses.Add(new ExcludedLoss(loss.Id, loss.Amount, YibinTables.ExcludedReason));
                excluded = true;
            }
        }

        if (excluded)
        {
            r.Notes.Add(new Note("lossSeverity", YibinTables.ExcludedNote));
        }

        var anyHead = false;
        foreach (var person in c.Persons)
        {
            anyHead |= YibinTables.IsHead(person.Role);
        }

        TierCriterion? highest = null;
        var ratioUnknown = false;
        var levelStated = false;
        foreach (var enterprise in c.Enterprises)
        {
            var ratio = YibinTables.PercentOf(sum, enterprise.PriorYearEndTotalAssets);
            r.LossTotals.Add(new LossTotal(sum, enterprise.PriorYearEndTotalAssets, ratio));
            ratioUnknown |= ratio is null;

            var byAmount = YibinTables.AmountCriterion(sum);
            r.TierCriteria.Add(byAmount);
            highest = highest is null || byAmount.Rank > highest.Rank ? byAmount : highest;
            if (YibinTables.RatioCriterion(ratio) is { } byRatio)
            {
                r.TierCriteria.Add(byRatio);
                highest = byRatio.Rank > highest.Rank ? byRatio : highest;
            }

            if (enterprise.Level == YibinTables.Group && anyHead)
            {
                r.Authorities.Add(new Authority(YibinTables.Sasac, YibinTables.HeadReason));
            }

            levelStated |= YibinTables.LevelStated(enterprise.Level);
        }

        if (!levelStated && anyHead)
        {
            r.Notes.Add(new Note("authority", YibinTables.LevelUnknownNote));
        }

        var tier = highest is null ? null : new LossTier(highest.Tier, highest.Rank);
        if (tier is not null)
        {
            r.LossTiers.Add(tier);
            if (YibinTables.BelowHighest(tier))
            {
                if (ratioUnknown)
                {
                    r.Notes.Add(new Note("lossSeverity", YibinTables.RatioNotEvaluatedNote));
                }

                if (excluded)
                {
                    r.Notes.Add(new Note("lossSeverity", YibinTables.ExcludedTierNote));
                }
            }
        }

        foreach (var person in c.Persons)
        {
            Responsibility(c, person, r);
            if (YibinTables.StillHandled(person.Status))
            {
                r.StillHandled.Add(new StillHandled(person.Id, person.Status));
            }
        }

        foreach (var responsibility in r.Responsibilities)
        {
            if (tier is not null && YibinTables.Row(tier.Tier, responsibility.Responsibility) is { } row)
            {
                r.Sanctions.Add(new Sanction(responsibility.Person, row));
                if (row.Tier == "general" && !row.NonePrescribed)
                {
                    r.Notes.Add(new Note(responsibility.Person, YibinTables.MayDeductNote));
                }
            }

            Factors(c, responsibility.Person, r);
        }

        // 五(二)3: a person stated to draw no performance salary, or who left the enterprise; one base each.
        var noSalary = new HashSet<string>(StringComparer.Ordinal);
        foreach (var none in c.NoPerformanceSalary)
        {
            noSalary.Add(none.Person);
        }

        foreach (var person in c.Persons)
        {
            if (person.Status == YibinTables.Resigned)
            {
                noSalary.Add(person.Id);
            }
        }

        foreach (var sanction in r.Sanctions)
        {
            if (!sanction.NonePrescribed && noSalary.Remove(sanction.Person))
            {
                r.DeductionBases.Add(new DeductionBase(sanction.Person, YibinTables.NoSalaryBase, YibinTables.NoSalaryEffect));
                r.Notes.Add(new Note(sanction.Person, YibinTables.NoSalaryNote));
            }
        }

        foreach (var deduction in c.ConcurrentDeductions)
        {
            foreach (var sanction in r.Sanctions)
            {
                if (sanction.Person == deduction.Person && YibinTables.DeductionNote(sanction, deduction.Pay, deduction.Percent) is { } note)
                {
                    r.DeductionStandards.Add(new DeductionStandard(deduction.Person, deduction.Source, deduction.Pay, deduction.Percent, note));
                }
            }
        }

        Restrictions(c, r);
        Handling(c, tier, r);
        return r;
    }

    private static void Responsibility(YibinTypedCase c, Person person, YibinConclusions r)
    {
        if (person.Responsibility is { } given)
        {
            r.Responsibilities.Add(new PersonResponsibility(person.Id, given, YibinTables.Given));
            return;
        }

        bool direct = false, supervisory = false, leadership = false;
        foreach (var conduct in c.Conduct)
        {
            if (conduct.Person == person.Id)
            {
                direct |= YibinTables.GroundsDirect(person.Role, conduct.Code);
                supervisory |= YibinTables.GroundsSupervisory(conduct.Code);
                leadership |= YibinTables.GroundsLeadership(person.Role, conduct.Code);
            }
        }

        if (direct)
        {
            r.ResponsibilityBases.Add(new ResponsibilityBasis(person.Id, "direct", 3, YibinTables.Derived));
        }

        if (supervisory)
        {
            r.ResponsibilityBases.Add(new ResponsibilityBasis(person.Id, "supervisory", 2, YibinTables.Derived));
        }

        if (leadership)
        {
            r.ResponsibilityBases.Add(new ResponsibilityBasis(person.Id, "leadership", 1, YibinTables.Derived));
        }

        var type = direct ? "direct" : supervisory ? "supervisory" : leadership ? "leadership" : null;
        if (type is null)
        {
            r.Notes.Add(new Note(person.Id, YibinTables.NoResponsibilityNote));
        }
        else
        {
            r.Responsibilities.Add(new PersonResponsibility(person.Id, type, YibinTables.Derived));
        }
    }

    private static void Factors(YibinTypedCase c, string person, YibinConclusions r)
    {
        bool aggravating = false, mitigating = false, denied = false, afterTheFact = false;
        foreach (var factor in c.Factors)
        {
            if (factor.Person is not null && factor.Person != person)
            {
                continue;
            }

            if (YibinTables.FactorDirection(factor.Code) is { } direction)
            {
                r.FactorFindings.Add(new FactorFinding(person, factor.Code, direction, YibinTables.FactorTerms(direction)));
                aggravating |= direction == YibinTables.Aggravating;
                mitigating |= direction == YibinTables.Mitigating;
                afterTheFact |= YibinTables.AfterTheFact(factor.Code);
            }
            else if (YibinTables.ExcludesTolerance(factor.Code))
            {
                r.ToleranceDenials.Add(new ToleranceDenied(person, factor.Code));
                denied = true;
            }
        }

        if (YibinTables.AdjustmentFor(aggravating, mitigating, denied && !afterTheFact) is { } adjustment)
        {
            r.Adjustments.Add(adjustment.For(person));
        }
    }

    private static void Restrictions(YibinTypedCase c, YibinConclusions r)
    {
        foreach (var decision in c.Decisions)
        {
            if (YibinTables.NoPromotionPeriod(decision.Measure) is { } period)
            {
                r.Restrictions.Add(new Restriction(decision.Person, "no-promotion", decision.Measure, decision.On, decision.On.Plus(period), "accountability"));
            }

            if (YibinTables.BarsImportantPost(decision.Measure))
            {
                r.Restrictions.Add(new Restriction(decision.Person, "no-important-post", decision.Measure, decision.On, decision.On.Plus(YibinTables.NoImportantPostPeriod), "accountability"));
            }

            if (YibinTables.BarsPost(decision.Measure))
            {
                r.Restrictions.Add(new Restriction(decision.Person, "no-post", decision.Measure, decision.On, decision.On.Plus(YibinTables.NoPostPeriod), "accountability"));
                r.Restrictions.Add(new Restriction(decision.Person, "no-higher-post", decision.Measure, decision.On, decision.On.Plus(YibinTables.NoHigherPostPeriod), "accountability"));
            }
        }

        foreach (var sanction in c.DisciplineSanctions)
        {
            r.Restrictions.Add(new Restriction(sanction.Person, "no-promotion", sanction.Sanction, sanction.On, sanction.On.Plus(sanction.InfluencePeriod), "discipline"));
        }

        foreach (var restriction in r.Restrictions)
        {
            var longest = true;
            foreach (var other in r.Restrictions)
            {
                if (other.Person == restriction.Person && other.Kind == restriction.Kind && other.LastDay > restriction.LastDay)
                {
                    longest = false;
                    break;
                }
            }

            if (longest)
            {
                r.PromotionRestrictions.Add(new PromotionRestriction(restriction.Person, restriction.Kind, restriction.Measure, restriction.LastDay, restriction.Source));
            }
        }
    }

    private static void Handling(YibinTypedCase c, LossTier? tier, YibinConclusions r)
    {
        bool direct = false, severe = false;
        foreach (var circumstance in c.Circumstances)
        {
            direct |= circumstance.Code == "sasac-direct";
            severe |= circumstance.Code == "severe-consequences";
            if (YibinTables.ScopeNote(circumstance.Code) is { } note)
            {
                r.ScopeFlags.Add(new ScopeFlag(circumstance.Code, note));
            }

            if (circumstance.Code == YibinTables.DisciplineProceedings)
            {
                r.Notes.Add(new Note("lossSeverity", YibinTables.DisciplineProceedingsNote));
            }
        }

        // Art. 36: the SASAC.
        bool group = false, subsidiary = false, sasac = false;
        foreach (var enterprise in c.Enterprises)
        {
            group |= enterprise.Level == YibinTables.Group;
            subsidiary |= enterprise.Level == YibinTables.Subsidiary;
        }

        if (direct)
        {
            r.Authorities.Add(new Authority(YibinTables.Sasac, YibinTables.DirectReason));
        }

        if (group && tier?.Tier == "major")
        {
            r.Authorities.Add(new Authority(YibinTables.Sasac, YibinTables.MajorReason));
        }
        else if (group && tier?.Tier == "larger" && severe)
        {
            r.Authorities.Add(new Authority(YibinTables.Sasac, YibinTables.LargerSevereReason));
        }

        foreach (var authority in r.Authorities)
        {
            sasac |= authority.Name == YibinTables.Sasac;
        }

        if (sasac)
        {
            return;
        }

        // Art. 37(1) for a city-owned enterprise; 六(二) for a subsidiary; the level not stated.
        var largerOrMajor = tier?.Tier is "larger" or "major";
        var groupDirect = false;
        foreach (var circumstance in c.Circumstances)
        {
            groupDirect |= circumstance.Code == "group-direct";
        }

        if (group)
        {
            r.Authorities.Add(new Authority(YibinTables.Group, YibinTables.GroupReason));
        }

        if (subsidiary && largerOrMajor)
        {
            r.Authorities.Add(new Authority(YibinTables.Group, YibinTables.SubsidiaryLargerMajorReason));
        }

        if (subsidiary && !largerOrMajor && !groupDirect)
        {
            r.Authorities.Add(new Authority(YibinTables.Subsidiary, YibinTables.SubsidiaryGeneralReason));
        }

        if (!group && !largerOrMajor && groupDirect)
        {
            r.Authorities.Add(new Authority(YibinTables.Group, YibinTables.GroupDirectReason));
        }

        if (group || subsidiary)
        {
            return;
        }

        if (!largerOrMajor && !groupDirect)
        {
            r.Authorities.Add(new Authority("enterprise", YibinTables.LevelUnknownGeneralReason));
        }
        else if (tier?.Tier == "larger" && !severe)
        {
            r.Authorities.Add(new Authority(YibinTables.Group, YibinTables.LevelUnknownLargerReason));
        }
        else if (tier?.Tier == "major")
        {
            r.Notes.Add(new Note("authority", YibinTables.LevelUnknownMajorNote));
        }
        else if (tier?.Tier == "larger")
        {
            r.Notes.Add(new Note("authority", YibinTables.LevelUnknownLargerSevereNote));
        }
    }
}
