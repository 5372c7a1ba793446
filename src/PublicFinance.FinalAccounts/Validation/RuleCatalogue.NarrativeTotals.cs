using static PublicFinance.FinalAccounts.Validation.ConditionBuilder;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The narrative's overall identities when a total is stated in another section or not at all (说明各部分之间的总计勾稽,
/// FA1210–FA1212): the identities of 收入支出决算总表 (收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余; 支出总计 =
/// 本年支出合计 + 结余分配 + 年末结转和结余; 收入总计 = 支出总计) and of the appropriation sections, checked with the figures
/// the narrative does state. Each is a condition relation on the report (spec §4.15). FA1210 and FA1211 apply only where
/// FA1201–FA1204 cannot see the inconsistency. FA1212 is a Warning: it rebuilds a side the text does not total from the
/// parts it states (an unstated 结余分配 or 使用非财政拨款结余 counts as nothing — a Warning for a reviewer, while FA1201 and
/// FA1210, Errors, take them as unknown and ≥ 0: a bound, sessions 37–38; a 事业单位 may have one), and with one grand
/// total stated a wrong figure can fail both FA1201/FA1210 (against its own side) and FA1212 (against the other side).
/// </summary>
public static partial class RuleCatalogue
{
    /// <summary>The overview's 本年收入合计, else the income section's total (the same figure, FA1208).</summary>
    private static readonly NamedFigure CurrentYearIncome =
        FirstOf("income", NarrativeOverall + "currentYearIncome/amount", NarrativeIncome + "total/amount");

    /// <summary>The overview's 本年支出合计, else the expenditure section's total (the same figure, FA1208).</summary>
    private static readonly NamedFigure CurrentYearExpenditure =
        FirstOf("expenditure", NarrativeOverall + "currentYearExpenditure/amount", NarrativeExpenditure + "total/amount");

    private static IEnumerable<IValidationRule> NarrativeTotalRules()
    {
        const RuleCategory Category = RuleCategory.Narrative;

        yield return Rule("FA1210", Category, Severity.Error,
                "说明：总体情况未写本年收支合计时，收支总计等于收入、支出部分的本年合计加结转和结余",
                "Narrative: without the overview's current-year totals, the grand totals equal the income and expenditure "
                + "sections' totals plus balances",
                "总体情况未写本年收入合计时：收入总计 = 收入决算部分本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；"
                + "未写本年支出合计时：支出总计 = 支出决算部分本年支出合计 + 结余分配 + 年末结转和结余"
                + "（未写使用非财政拨款结余、结余分配时，其余各项是总计的下限：只有所列之和大于总计才不成立）",
                NarrativeBasis + "; domain §2.1 T1-2, T1-4")
            .Checks(
                GrandTotalFromSection(NarrativeOverall + "incomeGrandTotal/amount", NarrativeOverall + "currentYearIncome/amount",
                    NarrativeIncome + "total/amount", NarrativeOverall + "useOfNonAppropriationBalance/amount",
                    NarrativeOverall + "openingCarryOver/amount"),
                GrandTotalFromSection(NarrativeOverall + "expenditureGrandTotal/amount",
                    NarrativeOverall + "currentYearExpenditure/amount", NarrativeExpenditure + "total/amount",
                    NarrativeOverall + "balanceDistribution/amount", NarrativeOverall + "closingCarryOver/amount"));
        yield return Rule("FA1211", Category, Severity.Error,
                "说明：收入、支出部分未写合计时，总体情况的本年收支合计等于各来源、各性质支出之和",
                "Narrative: without the sections' totals, the overview's current-year income and expenditure equal their parts",
                "收入决算部分未写本年收入合计时：总体情况本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入；"
                + "支出决算部分未写本年支出合计时：总体情况本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出（未披露的不计）；"
                + "来源未列全且未写其他收入时，所列来源之和不大于本年收入合计（一个“其中”只是部分）",
                NarrativeBasis + "; domain §2.1 T2-1, T3-1")
            .Checks(
                TotalFromParts(NarrativeOverall + "currentYearIncome/amount", NarrativeIncome, ["fiscalAppropriation"],
                    IncomeColumns.Skip(2), closing: "otherIncome"),
                TotalFromParts(NarrativeOverall + "currentYearExpenditure/amount", NarrativeExpenditure, ["basic", "project"],
                    ExpenditureColumns.Skip(3)));
        yield return Rule("FA1212", Category, Severity.Warning,
                "说明：只写一方总计或未写总计时，收入方仍等于支出方",
                "Narrative: with one grand total or none stated, the income side still equals the expenditure side",
                "收入总计 = 支出总计，即 年初结转和结余 + 本年收入合计 + 使用非财政拨款结余 = 本年支出合计 + 结余分配 + 年末结转和结余："
                + "只写收入总计时 收入总计 = 支出方；只写支出总计时 支出总计 = 收入方；都未写时 年末结转和结余 = 年初 + 本年收入 + 使用非财政拨款结余"
                + " − 本年支出 − 结余分配（未披露的使用结余、结余分配不计）；财政拨款、政府性基金、国有资本经营部分同（没有使用结余、结余分配）",
                NarrativeBasis + "; domain §2.1 T1-2, T1-4, T1-5, T4-4 to T4-7, T8-2")
            .Checks(new[] { NarrativeAppropriation, NarrativeGovernmentFund, NarrativeStateCapital }
                .Select(s => SidesAgree(s, [], [Plus(s + "openingCarryOver/amount"), Plus(s + "currentYearIncome/amount")],
                    [Plus(s + "currentYearExpenditure/amount"), Plus(s + "closingCarryOver/amount")]))
                .Prepend(SidesAgree(NarrativeOverall, [CurrentYearIncome, CurrentYearExpenditure],
                    [
                        Plus(NarrativeOverall + "openingCarryOver/amount"), Plus("$income"),
                        Stated(Plus(NarrativeOverall + "useOfNonAppropriationBalance/amount")),
                    ],
                    [
                        Plus("$expenditure"), Stated(Plus(NarrativeOverall + "balanceDistribution/amount")),
                        Plus(NarrativeOverall + "closingCarryOver/amount"),
                    ])));
    }

    /// <summary>
    /// FA1210: <paramref name="grandTotal"/> = the section's <paramref name="sectionTotal"/> + the optional
    /// <paramref name="optionalBalance"/> + <paramref name="carryOver"/>, only when the overview does not state
    /// <paramref name="overviewTotal"/> (then FA1201 checks it, and FA1208 ties it to the section's total).
    /// </summary>
    private static ConditionRelation GrandTotalFromSection(
        string grandTotal, string overviewTotal, string sectionTotal, string optionalBalance, string carryOver)
    {
        var sum = SumNamingFigures("sum", null, grandTotal, [Plus(sectionTotal), Stated(Plus(optionalBalance)), Plus(carryOver)],
            bound: true);
        return Each(string.Empty, [When(Any(Absent(grandTotal), Present(overviewTotal)), NotApplicable), .. sum.Cases])
            with { Figures = sum.Figures };
    }

    /// <summary>
    /// FA1211: the overview's <paramref name="overviewTotal"/> = the section's <paramref name="required"/> parts + its
    /// <paramref name="optional"/> parts that are stated, only when the section (<paramref name="section"/>) states no total
    /// of its own (then FA1202/FA1203 check the parts, and FA1208 ties the two totals). With a <paramref name="closing"/>
    /// part (其他收入, the residual source that closes the list; session 36, spec §4.8a) the list is complete when that part
    /// is stated, and otherwise, with an optional part unstated, the stated parts are a lower bound of the total: a lone
    /// “其中财政拨款收入…” is a part, not the breakdown.
    /// </summary>
    private static ConditionRelation TotalFromParts(
        string overviewTotal, string section, IEnumerable<string> required, IEnumerable<string> optional, string? closing = null)
    {
        var sum = CheckSum(overviewTotal,
            [.. required.Select(x => Plus(section + x + "/amount")), .. optional.Select(x => Stated(Plus(section + x + "/amount")))]);
        ConditionCase[] cases = closing is null
            ? [Otherwise(sum)]
            : [When(Present(section + closing + "/amount"), sum), Otherwise(sum with { LowerBoundWhenPartial = true })];
        return Each(string.Empty, [When(Any(Absent(overviewTotal), Present(section + "total/amount")), NotApplicable), .. cases]);
    }

    /// <summary>
    /// FA1212: the section's income side (<paramref name="income"/>) equals its expenditure side
    /// (<paramref name="expenditure"/>, the closing balance last); <paramref name="figures"/> are the named figures the sides
    /// use. With both grand totals stated, FA1201/FA1204 check each side and their equality: not applicable. With one,
    /// that grand total equals the other side; with none, the closing balance equals the income side less the rest of the
    /// expenditure side (and only when the closing balance is stated). An unstated optional balance counts as nothing here
    /// (no bound, session 38): the rule is a Warning, a prompt to look, and a gap of the balances' size is worth one — the
    /// only such gap in the pinned corpora is a planted error (generalisation text 12's 年末结转和结余).
    /// </summary>
    private static ConditionRelation SidesAgree(
        string section, NamedFigure[] figures, ConditionTerm[] income, ConditionTerm[] expenditure)
    {
        var incomeTotal = section + "incomeGrandTotal/amount";
        var expenditureTotal = section + "expenditureGrandTotal/amount";
        var closing = expenditure[expenditure.Length - 1].Pointer;
        var byIncomeTotal = SumNamingFigures("byIncomeTotal", Present(incomeTotal), incomeTotal, expenditure, bound: false);
        var byExpenditureTotal = SumNamingFigures(
            "byExpenditureTotal", Present(expenditureTotal), expenditureTotal, income, bound: false);
        var byClosing = SumNamingFigures("byClosing", null, closing,
            [.. income, .. expenditure.Take(expenditure.Length - 1).Select(t => t with { Weight = -t.Weight })], bound: false);
        return Each(string.Empty,
            [
                When(All(Present(incomeTotal), Present(expenditureTotal)), NotApplicable),
                .. byIncomeTotal.Cases, .. byExpenditureTotal.Cases,
                When(Absent(closing), NotApplicable),
                .. byClosing.Cases,
            ]) with { Figures = [.. figures, .. byIncomeTotal.Figures, .. byExpenditureTotal.Figures, .. byClosing.Figures] };
    }

    /// <summary>
    /// The cases that check <paramref name="total"/> = Σ <paramref name="terms"/> where <paramref name="guard"/> holds (always
    /// when null), so that a failure names every figure it read: the sum message names only the total and the sum, and in
    /// these rules the figures come from different sections, any of which may be the wrong one. For every combination of
    /// the terms stated only when present (<see cref="Stated"/>; at most two here) a named sum of the terms kept and a case
    /// that fails, with the values of the total and of each kept term (此处不成立（…）), when the total's interval does not
    /// meet the sum's; then the sum check itself, which passes (with the rounding note when the printed figures differ) or
    /// could not run for a missing figure. The intervals are those of the sum check (spec §2, §4.8), so the two agree.
    /// With <paramref name="bound"/> (FA1210) an optional term not stated is unknown, not 0, and can only be ≥ 0
    /// (使用非财政拨款结余, 结余分配; session 37, spec §4.8a): with it left out, the total may differ from the kept terms
    /// in its direction (above them for a term added,
    /// below for one subtracted), so only a difference the other way fails; a difference its way is not applicable, as
    /// is any difference when terms of both signs are left out (some non-negative values of them make the sum hold).
    /// </summary>
    /// <param name="name">The stem of the named sums (a combination's number is appended).</param>
    /// <param name="guard">The condition the cases apply under, or null.</param>
    /// <param name="total">The checked figure.</param>
    /// <param name="terms">The terms, optional ones with their <c>when</c>.</param>
    /// <param name="bound">Whether an unstated optional term bounds the sum (true) or counts as nothing (false: FA1212).</param>
    private static (ConditionCase[] Cases, NamedFigure[] Figures) SumNamingFigures(
        string name, Condition? guard, string total, ConditionTerm[] terms, bool bound)
    {
        var optional = terms.Where(t => t.When is not null).ToArray();
        var cases = new List<ConditionCase>();
        var figures = new List<NamedFigure>();
        for (var combination = 0; combination < 1 << optional.Length; combination++)
        {
            var stated = combination;
            bool Kept(ConditionTerm t) => t.When is null || (stated & (1 << Array.IndexOf(optional, t))) != 0;
            var kept = terms.Where(Kept).Select(t => t with { When = null }).ToArray();
            var sum = SumOf(name + combination.ToString(System.Globalization.CultureInfo.InvariantCulture), kept);
            var reference = "$" + sum.Name;
            var unstated = bound ? optional.Where(t => !Kept(t)).ToArray() : [];
            Condition[] differs =
            [
                .. guard is null ? [] : new[] { guard }, Present(total),
                .. optional.Select(t => Kept(t) ? Present(t.Pointer) : Absent(t.Pointer)),
                Present(reference), Not(Vs(total, ConditionTest.Meets, reference)),
            ];
            figures.Add(sum);
            Condition? failing = unstated.Length == 0 ? All(differs)
                : unstated.All(t => t.Weight > 0) ? All([.. differs, Vs(total, ConditionTest.LessThan, reference)])
                : unstated.All(t => t.Weight < 0) ? All([.. differs, Not(Vs(total, ConditionTest.LessThan, reference))])
                : null;
            if (failing is not null)
            {
                cases.Add(When(failing, FailBy(total, reference, [total, .. kept.Select(t => t.Pointer)])));
            }

            if (unstated.Length > 0)
            {
                // The rest of the differences: the unstated terms may be them.
                cases.Add(When(All(differs), NotApplicable));
            }
        }

        // The cases above decide every difference; a sum of added terms says it is a bound all the same (§4.8a).
        var check = CheckSum(total, terms) with
        {
            LowerBoundWhenPartial = bound && optional.Length > 0 && terms.All(t => t.Weight > 0),
        };
        cases.Add(guard is null ? Otherwise(check) : When(guard, check));
        return ([.. cases], [.. figures]);
    }

    /// <summary>
    /// FA1208: 财政拨款本年支出 = 一般公共预算 + 政府性基金 + 国有资本经营支出, where a fund the text does not mention is unknown,
    /// not 0 (session 33, issue 8): a fund is known when its 本年支出 is stated or its section says there is none
    /// (<c>emptyStatement</c>, "本年度无政府性基金…"). With every fund known, the sum is checked as before. With a fund unknown,
    /// the stated parts are checked only when they could not be completed by it: the rule is not applicable when the total
    /// is above the stated parts (the unknown fund may be the difference), and checked as before otherwise (the parts meet
    /// the total, or exceed it: no fund is negative).
    /// </summary>
    private static ConditionRelation AppropriationByFund()
    {
        const string Total = NarrativeAppropriation + "currentYearExpenditure/amount";
        const string General = NarrativeGeneralBudget + "total/amount";
        string[] funds = [NarrativeGovernmentFund, NarrativeStateCapital];
        var cases = new List<ConditionCase>();
        var figures = new List<NamedFigure>();
        for (var combination = 0; combination < (1 << funds.Length) - 1; combination++)
        {
            var (presence, terms, unstated) = FundsStated(funds, combination);
            var sum = SumOf("statedFunds" + combination.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [Plus(General), .. terms]);
            var reference = "$" + sum.Name;
            Condition[] unknownGap =
            [
                Present(Total), .. presence,
                Any([.. unstated.Select(i => Absent(funds[i] + "emptyStatement"))]),
                Present(reference), Not(Vs(Total, ConditionTest.Meets, reference)), Not(Vs(Total, ConditionTest.LessThan, reference)),
            ];
            figures.Add(sum);
            cases.Add(When(All(unknownGap), NotApplicable));
        }

        // The sum of the stated terms, one case per combination of the funds stated (a term with a `when` would need the index).
        for (var combination = 0; combination < 1 << funds.Length; combination++)
        {
            var (presence, terms, _) = FundsStated(funds, combination);
            cases.Add(When(All(presence), CheckSum(Total, [Plus(General), .. terms])));
        }

        return Each(string.Empty, [.. cases]) with { Figures = [.. figures] };
    }

    /// <summary>
    /// One combination of the funds' 本年支出 stated (bit <c>i</c> of <paramref name="combination"/> set: fund <c>i</c> stated;
    /// <paramref name="funds"/> are the funds' sections): the presence conditions that select it, the stated amounts as terms,
    /// and the indexes of the funds not stated.
    /// </summary>
    private static (Condition[] Presence, ConditionTerm[] Terms, int[] Unstated) FundsStated(string[] funds, int combination)
    {
        var amounts = funds.Select(f => f + "currentYearExpenditure/amount").ToArray();
        var stated = Enumerable.Range(0, funds.Length).Select(i => (combination & (1 << i)) != 0).ToArray();
        Condition[] presence = [.. Enumerable.Range(0, funds.Length).Select(i => stated[i] ? Present(amounts[i]) : Absent(amounts[i]))];
        ConditionTerm[] terms = [.. Enumerable.Range(0, funds.Length).Where(i => stated[i]).Select(i => Plus(amounts[i]))];
        return (presence, terms, [.. Enumerable.Range(0, funds.Length).Where(i => !stated[i])]);
    }

    /// <summary>A term left out of the sum when its figure is not stated (an addend the narrative may omit: 未披露的不计).</summary>
    private static ConditionTerm Stated(ConditionTerm term) => term with { When = Present(term.Pointer) };
}
