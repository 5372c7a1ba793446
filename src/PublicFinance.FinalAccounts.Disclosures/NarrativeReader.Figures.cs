using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The fewest characters of an unplaced amount's label that name a thing of its own ("采购节能环保产品"), after which the
    /// subject of an earlier sentence is no longer the sentence's (session 51).
    /// </summary>
    private const int MinOwnLabel = 4;

    private string? StatementPointer => section switch
    {
        Section.Overall => N + "overall",
        Section.Appropriation => N + "appropriation",
        Section.GovernmentFund => N + "governmentFund",
        Section.StateCapital => N + "stateCapital",
        _ => null,
    };

    /// <summary>Label keywords → figure pointer (relative to /narrative/), most specific first.</summary>
    internal static readonly Dictionary<Section, (string[] Keys, string Target)[]> Labels = new()
    {
        [Section.Overall] =
        [
            (new[] { "收、支总计", "收支总计" }, "overall/*grand"),
            (["收入总计", "总收入"], "overall/incomeGrandTotal"),
            (["使用非财政拨款结余", "用事业基金弥补"], "overall/useOfNonAppropriationBalance"),
            (["年初结转和结余", "上年结转和结余", "年初结转结余", "上年结转结余", "上年度结转和结余"], "overall/openingCarryOver"),
            (["本年收入" , "收入合计"], "overall/currentYearIncome"),
            (["支出总计", "总支出"], "overall/expenditureGrandTotal"),
            (["结余分配"], "overall/balanceDistribution"),
            (["年末结转和结余", "年末结转结余"], "overall/closingCarryOver"),
            (["本年支出", "支出合计"], "overall/currentYearExpenditure"),
        ],
        [Section.Income] =
        [
            (new[] { "年初结转和结余", "上年结转和结余", "年初结转结余" }, "overall/openingCarryOver"),   // "此外，年初结转和结余 143.22 万元"
            (["政府性基金预算财政拨款收入", "政府性基金预算拨款收入", "政府性基金财政拨款收入", "政府性基金预算收入", "政府性基金收入"],
                "governmentFund/currentYearIncome"),   // "其中：一般公共预算财政拨款收入 A 万元…；政府性基金预算财政拨款收入 B 万元"
            (["国有资本经营预算财政拨款收入", "国有资本经营预算拨款收入", "国有资本经营预算收入"], "stateCapital/currentYearIncome"),
            (["财政拨款收入", "财政拨款", "预算拨款收入"], "income/fiscalAppropriation"),
            (["财政补助收入"], "income/fiscalAppropriation"),   // a hospital's (医院会计制度) name of it (session 22)
            (["上级补助收入"], "income/superiorSubsidy"),
            (["事业收入"], "income/serviceIncome"),
            (["经营收入"], "income/businessIncome"),
            (["附属单位上缴收入"], "income/affiliatedRemittance"),
            (["其他收入"], "income/otherIncome"),
            (["本年收入", "收入合计", "总收入", "收入总计", "收入"], "income/total"),
        ],
        [Section.Expenditure] =
        [
            (new[] { "年末结转和结余", "年末结转结余" }, "overall/closingCarryOver"),
            (["年初结转和结余", "上年结转和结余", "年初结转结余"], "overall/openingCarryOver"),   // Blind24B m7: "…年初结转和结余 X 万元，年末…"
            (["基本支出"], "expenditure/basic"),
            (["项目支出"], "expenditure/project"),
            (["上缴上级支出"], "expenditure/remittedToSuperior"),
            (["对附属单位补助支出"], "expenditure/subsidyToAffiliates"),
            (["经营支出"], "expenditure/business"),
            (["本年支出", "支出合计", "总支出", "支出总计", "支出"], "expenditure/total"),
        ],
        [Section.Appropriation] =
        [
            (new[] { "收、支总计", "收支总计" }, "appropriation/*grand"),
            (["收入总计"], "appropriation/incomeGrandTotal"),
            (["年初财政拨款结转和结余", "年初结转和结余", "上年结转和结余"], "appropriation/openingCarryOver"),
            (["本年财政拨款收入", "本年收入"], "appropriation/currentYearIncome"),
            (["支出总计"], "appropriation/expenditureGrandTotal"),
            (["年末财政拨款结转和结余", "年末结转和结余"], "appropriation/closingCarryOver"),
            (["本年财政拨款支出", "本年支出", "财政拨款支出"], "appropriation/currentYearExpenditure"),   // "2021年度财政拨款支出 X 万元"
        ],
        [Section.GovernmentFund] = FundLabels("governmentFund"),
        [Section.StateCapital] = FundLabels("stateCapital"),
        [Section.GeneralBudget] =
        [
            (new[] { "一般公共预算财政拨款支出", "一般公共预算支出", "公共财政预算财政拨款支出", "一般预算财政拨款支出",
                "公共财政拨款支出", "公共财政预算拨款支出", "一般预算拨款支出" },   // Session 29, 37: the 2015–16 templates' names
                "generalBudget/total"),
        ],
        [Section.Basic] =
        [
            (new[] { "人员经费" }, "basicExpenditure/personnel"),
            (["公用经费"], "basicExpenditure/public"),
            (["基本支出"], "basicExpenditure/total"),
        ],
        [Section.ThreePublic] =
        [
            (new[] { "购置及运行维护费", "购置及运行费", "购置及运维费", "购置及运行", "用车及运行" }, "threePublic/vehiclesSubtotal"),
            (["公务用车购置费", "公车购置费", "车辆购置费", "购置费"], "threePublic/vehiclePurchase"),   // "…运行费 6.20 万元（购置费 0 万元，…"
            (["公务用车运行维护费", "公务用车运行费", "公车运行维护费", "公车运行费", "车辆运行维护费", "车辆运行费", "公务车运行维护费", "公务车运行费", "用车运行",
                "运行维护费", "运行费"],
                "threePublic/vehicleOperation"),
            (["因公出国(境)费", "因公出国(境)经费", "因公出国(境)费用", "因公出国费"], "threePublic/overseasTravel"),
            (["公务接待费", "公务接待经费", "公务接待支出", "接待费"], "threePublic/reception"),
            (["三公"], "threePublic/total"),
        ],
        [Section.OperatingExpenses] =
        [
            (new[] { "机关运行经费" }, "operatingExpenses/administrativeOperatingExpenses"),
            (["公用经费"], "operatingExpenses/institutionPublicExpenses"),
        ],
        [Section.Procurement] =
        [
            (new[] { "预留" }, "procurement/smeReservedBudget"),
            (["小微企业"], "procurement/microSmallContracts"),
            (["中小企业"], "procurement/smeContracts"),
            (["货物"], "procurement/goods"),
            (["工程"], "procurement/works"),
            (["服务"], "procurement/services"),
            (["采购支出总额", "采购金额", "采购总额", "政府采购支出", "政府采购", "实际采购"], "procurement/total"),
        ],
    };

    private static (string[] Keys, string Target)[] FundLabels(string s) =>
    [
        (new[] { "收入总计" }, s + "/incomeGrandTotal"),
        (["年初结转和结余", "上年结转和结余"], s + "/openingCarryOver"),
        (["本年收入"], s + "/currentYearIncome"),
        (["支出总计"], s + "/expenditureGrandTotal"),
        (["年末结转和结余"], s + "/closingCarryOver"),
        (["本年支出", "支出"], s + "/currentYearExpenditure"),
        (["财政拨款收入", "预算拨款收入", "预算收入", "基金收入"], s + "/currentYearIncome"),   // session 39: "本年政府性基金预算财政拨款收入"
    ];

    /// <summary>Characters a label is compared without (spaces and quotes).</summary>
    private static readonly char[] LabelNoise = [' ', '"', '“', '”'];

    /// <summary>
    /// <see cref="Labels"/> with each key's <see cref="WordMask"/>, the keys of a section in the order they are tried
    /// (a row's keys, then the next row's).
    /// </summary>
    private static readonly Dictionary<Section, (string Key, ulong Mask, string Target)[]> LabelKeys = Labels.ToDictionary(
        pair => pair.Key,
        pair => pair.Value.SelectMany(row => row.Keys.Select(k => (k, WordMask.Of(k), row.Target))).ToArray());

    /// <summary>
    /// The figure a label names in the current section: the target of the first key (<see cref="Labels"/>, in order)
    /// that the label, without spaces and quotes, contains. The label's characters are gathered once
    /// (<see cref="WordMask"/>), and a key is searched for only when all its characters are among them.
    /// </summary>
    private string? Resolve(string label) => Resolve(section, WithoutIssuerName(label));   // blind 25 C, F12: never the issuer's name

    /// <summary><see cref="Resolve(string)"/> in <paramref name="section"/>.</summary>
    internal static string? Resolve(Section section, string label)
    {
        if (!LabelKeys.TryGetValue(section, out var table))
        {
            return null;
        }

        var compact = label.IndexOfAny(LabelNoise) >= 0
            ? label.Replace(" ", string.Empty).Replace("\"", string.Empty).Replace("“", string.Empty).Replace("”", string.Empty) : label;
        var mask = WordMask.Of(compact);
        foreach (var (key, keyMask, target) in table)
        {
            if (WordMask.May(mask, keyMask) && compact.IndexOf(key, StringComparison.Ordinal) is var at && at >= 0)
            {
                return NamedPartOfTotal(compact, key, at) ? null : target;
            }
        }

        return null;
    }

    /// <summary>
    /// The bare flow words that name a section's total only when no name stands before them: 收入 only — an expenditure named
    /// after 其中 keeps its own, more telling note ("某项收入来源安排的支出…", session 38's FigureDense facts).
    /// </summary>
    private static readonly string[] BareFlowWords = ["收入"];

    /// <summary>
    /// Whether the bare flow word <paramref name="key"/> found at <paramref name="at"/> ends a part named after "其中" —
    /// "本年收入中事业收入占比最大，其中医疗收入" (session 48, blind round 45): a part of a kind the section has no field for (医疗收入,
    /// 科教收入), never the section's total (a false FA1202 and FA8003). The list's next name ("、科教收入") reaches the reader
    /// as a label of its own, without the 其中: <see cref="IncomePartListedAfterQizhong"/> (session 49) keeps it off the total.
    /// </summary>
    private static bool NamedPartOfTotal(string compact, string key, int at)
    {
        if (Array.IndexOf(BareFlowWords, key) < 0)
        {
            return false;
        }

        var among = compact.LastIndexOf("其中", at, StringComparison.Ordinal);
        if (among < 0)
        {
            return false;
        }

        var nameStart = among + 2;
        while (nameStart < at && compact[nameStart] is ':' or '：' or ',' or '，')
        {
            nameStart++;
        }

        return at > nameStart && compact[at - 1] is >= '\u4e00' and <= '\u9fff';
    }

    private void OpenBudget(string kind, SourceSpan span)
    {
        var owner = FundPartBudgetOwner ?? BudgetOwner;   // blind 33 (M1): a fund part's own (NarrativeReader.StatementBudgets.cs)
        if (owner is null)
        {
            return;
        }

        var wanted = BudgetKindWanted(kind);
        var pointer = owner + "/budget";   // the one pointer string the budget needs anyway
        if (string.Equals(pointer, contestedBudget, StringComparison.Ordinal))
        {
            budget = null;   // a rate or relation after two budgets of different kinds: of which one is not known (noted)
            return;
        }

        if (OpenBudgetOfBasis(pointer, wanted, span))
        {
            return;   // AdjustedBudget (session 26): the figure's budget of the other basis (secondBudget), or the one named
        }

        if (classFigureSentence == sentenceStart
            || b.FindString(pointer, "kind") is { } held && !string.Equals(held, wanted, StringComparison.Ordinal))
        {
            // "年初预算 8900.00 万元，全年调整预算 9400.00 万元": the model holds one budget per figure, so a budget of another
            // kind is a figure the field cannot hold; and the budget of a class line ("1.教育支出（类）8600.00 万元，年初预算…")
            // is the class's, not the section's. Neither is placed, nor what follows it (its completion rate).
            budget = null;
            contestedBudget = pointer;
            b.Note(span, DisclosureMessages.BudgetNotTheFigures.Zh, DisclosureMessages.BudgetNotTheFigures.En);
            return;
        }

        budget = pointer;
        b.SetUnder(budget, "kind", DraftNode.Of(wanted), span);
        reasonTarget = budget;
        StatementBudgetFinal(owner, pointer);   // blind 33 (M1): "财政拨款支出 X 万元，年初预算 Y 万元" — X is the final
    }

    /// <summary>
    /// The budget a budget of another kind was stated beside ("年初预算为 0 万元，全年预算为 321.02 万元"): a relation stated
    /// after it ("决算数小于预算数") may be of either, so it reopens neither (a real Shanghai text: a false FA2203).
    /// </summary>
    private string? contestedBudget;

    /// <summary>The <see cref="sentenceStart"/> of the sentence whose label named a functional class the section has no field
    /// for ("1.教育支出（类）8600.00 万元"): the budgets and rates after it in that sentence are the class's.</summary>
    private int classFigureSentence = -1;

    private DraftNode AmountNode(NumberToken token, SourceSpan span)
    {
        if (!InTheContract(token))
        {
            return DraftNode.BeyondTheContract;   // a note at the figure; the rest of the paragraph is still read
        }

        if (IsApproximateFigure(span))
        {
            return DraftNode.Approximate;   // "约1.25亿元", "近5000万元": never a report figure (session 38)
        }

        var amount = Amount.FromDecimal(token.Value, token.Decimals);
        if (token.Unit == FigureUnit.Yuan && yuanDocument)
        {
            // A document in 元: kept as written (the report's unit is 元).
        }
        else if (token.Unit == FigureUnit.Yuan)
        {
            amount = amount.ConvertUnit(AmountUnit.Yuan, AmountUnit.WanYuan);
            b.Written(span, token, WrittenUnit.Yuan, 10_000m);
            var message = DisclosureMessages.YuanAmountConverted(token.Digits, $"{amount}");
            b.Findings.Add(TextRules.Finding(TextRules.Magnitude, span, null, message.Zh, message.En, Severity.Info));
        }
        else if (token.Unit == FigureUnit.YiYuan && !yiYuanDocument)   // YiYuanUnit: kept as written in a 亿元 text
        {
            // Session 56: in a 元 document ("缴存额52.37亿元" beside 决算 figures in 元) the report's unit is 元.
            amount = amount.ConvertUnit(AmountUnit.YiYuan, yuanDocument ? AmountUnit.Yuan : AmountUnit.WanYuan);
            if (amount.Decimals < 0)
            {
                // 1.28亿元 is 12,800 万元 to the nearest 100 万元; its text ("12800") would be read as exact to the 万元, and a
                // check against 万元 parts would fail falsely (12,834.56 is within it): precision first, not placed.
                coarseFigure = (token, span);   // session 48: a restatement in brackets in 万元 may take its place
                return DraftNode.Unplaceable;
            }
        }
        else if (token.Unit == FigureUnit.WanYuan && yiYuanDocument)
        {
            amount = WanYuanInYiYuan(amount, token, span);   // MixedYiYuan: exact, four decimals more
        }
        else if (token.Unit == FigureUnit.QianYuan && qianYuanDocument)
        {
            // QianYuanUnit (session 54): a document in 千元 keeps its amounts as written (the report's unit is 千元).
        }
        else if (token.Unit == FigureUnit.QianYuan)
        {
            // 千元 is a tenth of a 万元: 3,856.20千元 is 385.620 万元 exactly (one decimal more, none lost). In a 元 document
            // it is a thousand 元: 356.8千元 is 356,800 元 only to the nearest 100 元, so (as 亿元 above) not placed.
            amount = yuanDocument ? Amount.FromDecimal(token.Value * 1000m, token.Decimals - 3)
                : Amount.FromDecimal(token.Value / 10m, token.Decimals + 1);
            if (amount.Decimals < 0)
            {
                return DraftNode.Unplaceable;
            }

            b.Written(span, token, WrittenUnit.QianYuan, yuanDocument ? 0.001m : 10m);
            var message = DisclosureMessages.QianYuanAmountConverted(token.Digits, $"{amount}", yuanDocument);
            b.Findings.Add(TextRules.Finding(TextRules.Magnitude, span, null, message.Zh, message.En, Severity.Info));
        }

        return DraftNode.Of(AmountText(amount));
    }

    /// <summary>
    /// The text <see cref="Amount.ToString()"/> writes (the value with its decimals, invariant), a short one (at most
    /// <see cref="FigureTexts.MaxLength"/> characters: "0.00", "3653.30") written on the stack and taken from
    /// <see cref="FigureTexts"/> (session 37: a string per amount read, "0.00" 37 times a seed read).
    /// </summary>
    internal static string AmountText(Amount amount)
    {
#if NET
        Span<char> chars = stackalloc char[FigureTexts.MaxLength];
        if (PublicFinance.FinalAccounts.Utility.DecimalFigure.WithScale(amount.Value, Math.Max(amount.Decimals, 0))
            .TryFormat(chars, out var written, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            return FigureTexts.Of(chars.Slice(0, written));
        }
#endif
        return amount.ToString();
    }

    /// <summary>
    /// Whether the amount fits the numeric contract (16 integer digits, 12 decimals) as written and in the report's unit:
    /// 元 → 万元 adds four decimals, 千元 → 万元 one, 千元 → 元 multiplies by a thousand, 亿元 → 万元 by ten thousand (→ 元, a hundred million; a result
    /// with fewer than no decimals is <see cref="DraftNode.Unplaceable"/>'s case, not this one).
    /// </summary>
    private bool InTheContract(NumberToken token)
    {
        if (!NumericContract.Admits(token.Value, token.Decimals))
        {
            return false;   // checked first: a value beyond it could overflow the multiplications below
        }

        var (value, decimals) = token.Unit switch
        {
            FigureUnit.Yuan when !yuanDocument => (token.Value, token.Decimals + 4),
            FigureUnit.YiYuan when yuanDocument => (token.Value * 100_000_000m, Math.Max(token.Decimals - 8, 0)),
            FigureUnit.YiYuan when !yiYuanDocument => (token.Value * 10_000m, Math.Max(token.Decimals - 4, 0)),
            FigureUnit.WanYuan when yiYuanDocument => (token.Value, token.Decimals + 4),
            FigureUnit.QianYuan when qianYuanDocument => (token.Value, token.Decimals),
            FigureUnit.QianYuan when yuanDocument => (token.Value * 1_000m, Math.Max(token.Decimals - 3, 0)),
            FigureUnit.QianYuan => (token.Value, token.Decimals + 1),
            _ => (token.Value, token.Decimals),
        };
        return NumericContract.Admits(value, decimals);
    }

    private static DraftNode PercentNode(NumberToken token) => DraftNode.Of(token.Digits);

    /// <summary>
    /// Set when the last amount read was a budget difference ("较年初预算数减少 1111.4 万元"): a bare rate right after it
    /// ("下降 27.56%") is that difference's rate, the variance rate — not a year-over-year change.
    /// </summary>
    private bool budgetDifferencePending;

    private void Figure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (SentenceMuted)
        {
            return;   // a functional item with no place in this section silenced the rest of its sentence
        }

        CloseNamedRateSubject();   // session 46: a figure named in a rate's sentence is its subject there only (NamedBudgetRates)

        if (BracketedListFigure(clause, token, label, span) || FundClassFigure(clause, token, label, span))
        {
            return;   // session 36: a bracketed list of parts after a figure; a fund's class under 一般公共预算 (BracketedParts)
        }

        if (FundCarryOverPart(clause, token, label, span))
        {
            return;   // session 43: "上年结转 X 万元（一般公共预算 A 万元，政府性基金 B 万元）" (FundCarryOverParts)
        }

        if (KindCarryOverPart(clause, token, label, span))
        {
            return;   // session 43: "上年结转 X 万元（基本支出结转 A 万元，项目支出结转 B 万元）" (KindCarryOverParts)
        }

        if (AppropriationCarryOverPart(clause, token, label, span))
        {
            return;   // session 57: "…；按资金来源分，财政拨款结转结余 C 元" after 年初结转和结余 (SourceCarryOverParts)
        }

        if (token.Unit != FigureUnit.Percent)
        {
            budgetDifferencePending = false;
        }

        switch (token.Unit)
        {
            case FigureUnit.Percent:
                PercentFigure(clause, token, label, span);
                return;
            case FigureUnit.Count:
            case FigureUnit.Area:
                CountFigure(clause, token, label, span);
                return;
        }

        // Amounts.
        if (section is not (Section.Procurement or Section.Assets or Section.Performance or Section.Personnel)
            && RespectiveAmount(clause, ref label, span))
        {
            return;   // session 52: "A、B分别为X万元、Y万元" not paired — a note each; paired, the name is the label (RespectiveAmounts)
        }

        if (PriorYearBracket(clause, token, label, span))
        {
            return;   // "326.48 万元（上年：301.15 万元）": the subject's prior-year amount (PriorBrackets)
        }

        if (ShareBaseAmount(clause, token, label, span))
        {
            return;   // Session 35: "占本年支出合计 1702.93 万元的 96.47%": the share's base (NarrativeReader.ShareBases.cs)
        }

        if (ThreePublicBreakdown(clause, token, label, span))
        {
            return;   // Session 43: "“三公”经费年初预算 A，其中…B、…C。全年实际支出 D" (NarrativeReader.ThreePublicBudgetBreakdowns.cs)
        }

        if (ProjectListEntry(clause, token, label, span))
        {
            return;   // Session 47: "项目支出主要包括：A 3120.50万元，…，其他项目723.51万元" (NarrativeReader.ProjectLists.cs)
        }

        if (OtherItemsEntry(clause, token, label, span))
        {
            return;   // Session 48: "其余科目合计1038.44万元" after the items (NarrativeReader.OtherItems.cs)
        }

        if (section == Section.Assets || section == Section.Performance || section == Section.Personnel)
        {
            SpecialAmount(clause, token, label, span);
            return;
        }

        if (section == Section.Procurement && ProcurementBudgetOrSavings(clause, token, label, span))
        {
            return;   // session 46: 政府采购预算, 节约资金 (schema 1.11; NarrativeReader.ProcurementSavings.cs)
        }

        if (section == Section.Procurement && TrySmeKindAmount(clause, token, label, span))
        {
            return;   // the SME contracts by purchase kind (schema 1.4; NarrativeReader.ProcurementKinds.cs)
        }

        if (LabelMayAny(label, FunctionalItemChars) && MayNameFunctionalItem(label)
            && FunctionalSubject(clause, ref label, span, out var silenced) && silenced)
        {
            return;   // "行政运行（2010301）…": the item is the subject (or, with no place here, a note)
        }

        if (UnmarkedItemLabel(clause, ref label, span, out var noted) && noted)
        {
            return;   // "2.一般行政管理事务年初预算为…": the item is the subject (or, unknown to the catalogue, a note)
        }

        var direction = LabelDirection(label);
        if (direction is null && NamedProjectFigure(label, span, clause))
        {
            return;   // "项目支出包括“某某项目”X 万元": no list of projects in the model, a note naming it (NamedProjects)
        }

        SignedNeutralChange(label, ref token, ref direction);   // session 39: "较上年变动-12.30万元", the sign is the direction
        if (token.IsNegative && direction is not null && !SignedChange(clause, ref token, ref direction, span))
        {
            return;   // Blind24A: "增长-9.1%" is a decrease; "下降-5.0%" a note
        }

        if (direction is null && ShortBudgetDifference(clause, token, label, span))
        {
            return;   // session 45: "…支出 7.03 万元，…，比年初预算少支出 0.97 万元" (NarrativeReader.BudgetShortDirections.cs)
        }

        if (direction is not null && NeutralChangeAfterBudget(clause, label))
        {
            // Session 41: "年初预算 1100.00 万元，增减额 -100.00 万元": the final against that budget (NeutralBudgetChanges).
            BudgetDifference(direction == "decrease" ? "finalBelowBudget" : "finalAboveBudget", label, token, span, clause.Text);
            return;
        }

        if (LabelMentionsBudget(label)
            && (LabelHas(label, "大于") || LabelHas(label, "小于") || LabelHas(label, "超过") || LabelHas(label, "超出")))
        {
            BudgetDifference(LabelHas(label, "小于") ? "finalBelowBudget" : "finalAboveBudget", label, token, span, clause.Text);
            return;
        }

        if (direction is not null && (LabelMentionsBudget(label) && !LabelHas(label, "上年") || AfterComparedBudget(clause, token)))
        {
            // "较年初预算数减少 X 万元": a budget difference, not a year-over-year change.
            BudgetDifference(direction == "decrease" ? "finalBelowBudget" : "finalAboveBudget", label, token, span, clause.Text);
            return;
        }

        if (direction is not null && AgainstYearStart(label))
        {
            // Session 53 (blind round 49 t09): "年末财政拨款结转结余较年初增加 X 万元" is a change within the year (年末 against
            // 年初), never a change on last year (NarrativeReader.YearStartChanges.cs).
            SetAside(span, DisclosureMessages.ChangeAgainstYearStart, clause);   // nor by the typed fund statements (Placement)
            yearStartBasis = true;   // its rate after it ("…比年初减少 X 万元，下降 Y%") is within the year too
            return;
        }

        if (direction is null && OtherYearInComparison(clause, token, label, span))
        {
            return;   // "与2012年度 X 万元相比" in a 2014 text: neither this year's figure nor the prior year's
        }

        if (OtherYearCompared(label) || direction is not null && OtherYearClauseBefore(clause))
        {
            // "较2015年…7.00万元" in a 2017 text: the change that follows is not against the prior year. Session 52 (blind round 48
            // t04): nor is the change its own label compares with that year, "较2019年减少8.28万元" (before: the year-on-year
            // change when it came first in its sentence).
            otherYearBasis = true;
        }
        else if (direction is not null && otherYearBasis && IsPriorYearLabel(label) && PriorYearNamed(label))
        {
            otherYearBasis = false;   // session 52: "…与2019年相比增加…；比上年增加 X 万元": the prior year again
        }

        if (direction is not null && otherYearBasis && !IsPriorYearLabel(label))
        {
            Note(span, DisclosureMessages.ChangeAgainstOtherYear, clause);
            return;
        }

        if (direction is not null && EndsWithDirection(label) || direction is not null && Resolve(StripDirection(label)) is null
            || direction is not null && (LabelHas(label, "比上年") || LabelHas(label, "较上年") || LabelHas(label, "同比") || label.Length <= 4))
        {
            if (SubjectFrom(label) is { } named && WithHeldTwin(named) != subject && !(StatementSection && !SubjectIsItem))
            {
                subject = WithHeldTwin(named);   // "公务接待费支出决算减少 0.15 万元": the change of the figure the label names
                budget = null;
            }

            if (ListChangeNoted(clause, label, span))
            {
                return;   // ListHeadChanges: after a closed 其中 list, an owner not certain
            }

            if (NamedFundFlowChange(clause, label, span, out var fundChange) && fundChange is null)
            {
                return;   // session 44: "政府性基金预算财政拨款支出较上年增加 X" of no stated amount (FundNamedChanges)
            }

            var change = fundChange ?? ChangeTarget(label);
            if (change is null)
            {
                Note(span, UnstatedChangeNoted ? DisclosureMessages.ChangeOfUnstatedFigure : DisclosureMessages.ChangeWithoutFigure,
                    clause);
                PendNamedChange(token, span, clause, direction!, ClaimKind.ChangeAmount);   // Blind23A (family M3)
                return;
            }

            if (LabelHas(label, "减增加") || LabelHas(label, "增加(减少)") || LabelHas(label, "增加（减少）"))
            {
                return;   // reported as template residue
            }

            b.SetUnder(change, "direction", DraftNode.Of(direction!), span);
            b.SetUnder(change, "amount", AmountNode(token, span), span, ClaimKind.ChangeAmount, clause);
            reasonTarget = change;
            ChangeStated(change);
            return;
        }

        if (direction is null && YearBeforePriorClause(clause, label, span))
        {
            return;   // session 59: "…上年 Y 万元，上上年 Z 万元，较上年增加…" — no member; a note (NarrativeReader.OlderYearClauses.cs)
        }

        if (direction is null && PriorClauseOfSubject(clause, token, label, span))
        {
            return;   // Session 34: "…512.36 万元，上年支出合计 464.16 万元，比上年增加…" (NarrativeReader.PriorClauses.cs)
        }

        if (IsPriorYearLabel(label) || direction is null && PriorYearInComparison(clause, token, label))
        {
            if (SubjectFrom(label) is { } compared && compared != subject && !(StatementSection && !SubjectIsItem))
            {
                subject = compared;   // "较2014年度“三公”经费合计 16.08 万元增加 15.15 万元": the prior figure of the total
                budget = null;
            }
            else if (PriorOfNamedFigure(label, token, span, clause))
            {
                return;   // "本年支出合计比2021年度的 X 万元增加…" (NarrativeReader.NamedPriorAmounts.cs)
            }

            // Session 53 (blind round 49 t06): in the overview, "本年收入 X，较上年 Y 增加 Z" — the prior amount goes where its
            // change goes (the figure stated in the sentence, ChangeTarget(label)), not to the grand totals' change.
            // r50fix (blind round 50 t10): "本年支出 X，上年决算数 Y。" then the change in the next sentence — OverviewFlowPrior.
            var change = OverviewFlowPrior(label) ?? (section == Section.Overall ? ChangeTarget(label) : ChangeTarget());
            if (change is not null)
            {
                b.SetUnder(change, "priorYearAmount", AmountNode(token, span), span, ClaimKind.PriorYearAmount, clause);
            }

            return;
        }

        if (FundNamedAsBudget(label, span, clause))
        {
            return;   // Blind25A (r3): "（一般公共预算 31245.68 万元，…）" is a fund's part, not a budget
        }

        if (BudgetIncrementNoted(label, span, clause))
        {
            return;   // revfixb: "追加调整预算 40.00 万元" is an increment of the budget, not a budget level
        }

        if (LabelEnds(label, "预算数") || LabelEnds(label, "预算为")
            || LabelEnds(label, "预算") || LabelHas(label, "预算数为")
            || LabelMay(label, BracketedBudgetTrigger) && BracketedBudgetLabel(label))
        {
            if (ProjectBudgetNoted(clause, label, span))
            {
                return;   // blind 33 (F1): "X项目全年预算 30.00 万元" is that project's (NarrativeReader.ProjectBudgets.cs)
            }

            var mask = MaskOf(label);
            var owner = Resolve(Without(Without(Without(label, mask, "预算数"), mask, "年初"), mask, "全年"));
            if (owner is not null && section == Section.ThreePublic)
            {
                subject = N + owner;
            }
            else if (owner == "generalBudget/total" && section == Section.GeneralBudget && subject != N + owner)
            {
                // "（三）…一般公共预算财政拨款支出年初预算为 90.00 万元" after a class list: the label names the whole section's
                // figure, so the budget is the total's, not the last class's.
                subject = N + owner;
                budget = null;
            }
            else if (WholeBudgetOwner(label) is { } whole && subject != N + whole)
            {
                subject = N + whole;   // session 51: "本年支出调整预算 8860.00 万元" after 项目支出 is the whole's (WholeBudgets)
                budget = null;
            }

            OpenBudget(LabelHas(label, "全年") || LabelHas(label, "调整") ? "fullYear" : "initial", span);
            if (budget is not null)
            {
                b.SetUnder(budget, "budgetAmount", AmountNode(token, span), span, ClaimKind.BudgetAmount, clause);
            }

            return;
        }

        if (ColonItemFinal(clause, token, label, span))
        {
            return;   // session 40: "因公出国（境）费：支出决算为 X 万元" — the item's amount (NarrativeReader.ThreePublicColonItems.cs)
        }

        if ((LabelHas(label, "决算数") || LabelHas(label, "决算为") || LabelMay(label, ItemFinalTrigger) && ItemFinalLabel(label))
            && section == Section.ThreePublic
            && SubjectFrom(label) is { } item
            && item != subject)
        {
            // "其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%": the item's own figure.
            subject = item;
            budget = null;
            b.SetUnder(subject, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause);
            return;
        }

        if ((LabelHas(label, "决算数") || LabelHas(label, "决算为") || LabelHas(label, "支出决算")) && SubjectIsItem && !b.Has(subject, "amount"))
        {
            b.SetUnder(subject!, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause);
            return;
        }

        if (FinalAfterBudgets(clause, token, label, span))
        {
            return;   // BudgetFirst: "年初预算 A，全年预算 B，支出决算 C" (the final of both) and "调整预算 A，实际支出 C"
        }

        if (IsFinalLabel(label) && (budget is not null || OpenPendingBudget(span)))
        {
            // "年初预算 45.00 万元，决算支出 38.60 万元" too: the final beside the budget just opened; "年初预算为 A 万元，支出决算为
            // B 万元" (Shanghai): B is also the figure itself when it was not stated before (PlaceFinal).
            PlaceFinal(budget!, clause, token, span);   // OpenPendingBudget is true only with a budget open
            return;
        }

        if (section == Section.GeneralBudget && TryClassFigure(clause, token, label, span))
        {
            return;
        }

        if (section == Section.Procurement
            && (SentenceContains("中标") || SentenceContains("成交") || LabelHas(label, "小微企业预留")))
        {
            // Shanghai's award buckets (中小企业预留 / 小微企业预留 / 其他项目 中标或成交) have no field of their own.
            Note(span, procurementBreakdownNotes.For(label), clause);
            return;
        }

        var target = (section == Section.Overall && PartAfterWholeLead(label) is { } leadPart ? OverviewPart(leadPart) : null)
            ?? GrandTotalPart(label) ?? Resolve(ComposedPart(label))   // Blind24A: 用事业基金弥补, 结余分配 in their parts
            ?? (section == Section.Overall ? BareFlowTarget(label) ?? OverviewPart(label) : null)
            ?? OlderAppropriationIncome(label);   // session 39: "其中：公共财政拨款 X 万元" (NarrativeReader.OlderIncomeNames.cs)
        target = CarryOverGrandTotal(target, clause, label);   // session 44: 2014's "收入合计…其中：…上年结转" is 收入总计
        if (target == "income/total" && IncomePartListedAfterQizhong(clause, label))
        {
            target = null;   // session 49: "其中医疗收入 A 万元、科教收入 B 万元" — B is the list's next part (PartListsAfterQizhong)
        }

        if (target == "appropriation/currentYearExpenditure" && NamesAppropriationPart(label))
        {
            target = null;   // "财政拨款支出中，基本支出 1200.00 万元": a part of the appropriation, which has no field here
        }

        if (target == "appropriation/currentYearIncome" && IncomeListsAppropriationPart(label, clause))
        {
            subject = null;   // "本年收入 X 万元，其中财政拨款收入 Y 万元" (session 40): X is all sources' income, not the appropriation's
            budget = null;
            AllSourcesIncome(span);
            if (!AllSourcesIncomePlaced(clause, token, span))   // session 41: the whole's own field, when free
            {
                Note(span, DisclosureMessages.IncomeWithAppropriationPart, clause);
            }

            return;
        }

        if (target is null && AllSourcesIncomePart(clause, token, label, span))
        {
            return;   // session 41: "…其中财政拨款收入 Y 万元，事业收入 Z 万元" — Z is a part of all sources' income
        }

        if (target == "expenditure/basic" && NamesBasicPartAfterBasic(label) && AllFundsBasicPart(clause, token, label, span))
        {
            return;   // session 37: "基本支出中人员经费 P 万元", "基本支出包括人员经费 P 万元" — the part, not 基本支出 (AllFundsBasicParts)
        }

        if (target is not null && NotTheTarget(target, label, span, clause))
        {
            return;   // Blind25A: an average (车均运行费), an item 其他… of a whole
        }

        if (target is "threePublic/vehiclePurchase" or "threePublic/vehicleOperation" && !VehicleCostInPlace(label))
        {
            target = null;   // "办公楼物业及设备运行维护费 50.00 万元": a bare 运行维护费 outside the vehicles subtotal is another cost
        }

        if (target is null && sectionInferred && LabelSection(label) is { } labelled && labelled != section
            && Resolve(labelled, label) is { } there && !IsPart(clause))
        {
            // "…机关运行经费支出 86.44 万元；政府采购支出总额 215.60 万元…" in a section a subject gave: the label names the next —
            // entered only when that section has a field for the label, and not from a part ("其中：政府采购金额" in a 三公 text).
            Enter(labelled);
            sectionInferred = true;
            target = there;
        }

        if (target is not null && section is Section.Overall or Section.Income or Section.Expenditure && FundOfSentence() is { } ownFund
            && target.StartsWith("overall/", StringComparison.Ordinal))
        {
            // "政府性基金预算财政拨款年初结转和结余 0 万元，本年收入 1860.00 万元，…" in the overview: the fund's own figures,
            // never the overall ones.
            target = Resolve(ownFund, label);
            var own = ownFund == Section.GovernmentFund ? "governmentFund/" : "stateCapital/";
            if (target is null || !target.StartsWith(own, StringComparison.Ordinal))
            {
                subject = null;
                Note(span, DisclosureMessages.FundFigureNotTheWhole, clause);
                return;
            }
        }

        if (section == Section.Appropriation && !FundSegmentFigure(ref target, label, clause)   // session 45 (FundSegments)
            && AppropriationFundFigure(ref target, label, span, clause))
        {
            return;   // Blind25A (r3): a fund's sentence in the 财政拨款 section states the fund's figures
        }

        if (target == "income/fiscalAppropriation" && NamesGeneralBudgetPart(label)
            && (ParagraphContains("政府性基金") || ParagraphContains("国有资本经营")
                || LaterListItemNamesOtherFundIncome(clause.Sentence.At(clause.Start + token.Start))))
        {
            // "其中：一般公共预算财政拨款收入 A 万元；政府性基金预算财政拨款收入 B 万元" with no 财政拨款收入 stated: A is one part
            // of it, never the whole. Session 40: it is the model's 一般公共预算 part when named alone (FundIncomeShares).
            if (GeneralBudgetIncomePart(clause, token, label, span))
            {
                return;
            }

            subject = null;
            Note(span, DisclosureMessages.GeneralBudgetIncomeNoField, clause);
            return;
        }

        if (target == "appropriation/currentYearExpenditure" && NamesFundPart(label))
        {
            // "其中：一般公共预算财政拨款支出 A 万元，政府性基金预算财政拨款支出 B 万元" in the 财政拨款 section: one fund's part, never
            // the whole 财政拨款支出 (which is 一般公共预算 + 政府性基金 + 国有资本经营).
            subject = null;
            Note(span, DisclosureMessages.FundPartNotTheAppropriation, clause);
            FundPartStated(label, token, span);   // blind 33 (M1): a budget after it is the part's
            return;
        }

        if (target == "expenditure/total" && NamesFunctionalClass(label))
        {
            // "按支出功能分类，城乡社区支出 1520.46 万元，占 66.39%": a class of all expenditure, not the total; nor is its share.
            subject = null;
            budget = null;
            Note(span, DisclosureMessages.ClassInExpenditureSection, clause);
            return;
        }

        if (target is null)
        {
            if (FinerRestatement(clause, token, label, span))
            {
                return;   // session 48: "本年支出12.29亿元（122868.48万元）" — the same figure in the report's unit (FinerRestatements)
            }

            if (RestatedAppropriationExpenditure(clause, token, label, span))
            {
                return;   // blind 33 (M4): 财政拨款支出 restated under a 一般公共预算 heading (NarrativeReader.RestatedAppropriation.cs)
            }

            if (UnplacedAmountMember(clause, token, label, span))
            {
                return;   // 本年结余, 年末事业基金, a 机关运行经费 component (schema 1.5; NarrativeReader.SurplusAndComponents.cs)
            }

            if (AllFundsBasicPart(clause, token, label, span))
            {
                return;   // "基本支出…，包括人员经费 A 万元" in 支出 — all funds' parts, schema 1.7 (AllFundsBasicParts)
            }

            if (SubjectIsItem && !b.Has(subject, "amount"))
            {
                b.SetUnder(subject!, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause);
                return;
            }

            if (ProseNamesTableItem() && !LabelNamesAPart(label))   // session 52: "…(项)决算中含…资金470.00万元", a part of it
            {
                b.ProseAgainstTableRow(subject!, AmountNode(token, span), span);   // session 51: the row's amount again (TableItemNames)
                return;
            }

            if (StatementSection && (LabelHas(label, "(类)") || NamesFunctionalClass(label) || NamesClassOfAnotherYear(label)))
            {
                if (section == Section.Appropriation && AppropriationClass(clause, token, label, span))
                {
                    return;   // "按功能分类：公共安全支出 250.00 万元，比上年增加…": the class is an item of the section
                }

                classFigureSentence = sentenceStart;   // "1.教育支出（类）8600.00 万元" in a 财政拨款 section: nothing after it is the section's
                subject = null;
                budget = null;
            }

            if (SubjectIsItem && NamesAnEntry(label) || UnplacedPartOfTheSubject(clause, label))
            {
                subject = null;   // an entry of a list the reader cannot name: its share is not the entry's before (Blind23A, F3)
                budget = null;   // nor a part's after 其中 the whole's (blind 29, F2: NarrativeReader.PartShares.cs)
            }

            if (section == Section.Appropriation && NamesFundPart(label) && label.Contains("收入"))
            {
                subject = null;   // Session 40: one fund's part of the 财政拨款 income — its share is the part's (FundPartShares)
                budget = null;
            }

            if (subject is not null && !SubjectIsItem && subjectSentence != sentenceStart
                && (label.Trim().Length >= MinOwnLabel || UnlabelledAfterColon(clause, token)))   // session 63: "…（code）：X万元"
            {
                // Session 51: "…授予中小企业合同金额840万元，占…70.00%。绿色采购方面，采购节能环保产品96万元，占…32.00%": an amount of
                // a sentence of its own with a name of its own, not placed — the share and change after it are its, not the
                // subject's of an earlier sentence (a false FA8003 on the SME share). Not an item's: a paragraph's item head
                // sets no sentence.
                subject = null;
                budget = null;
            }

            unplacedAmountSpans.Add(span);   // never placed by the typed statements after the text (PlaceStatements)
            UnplacedGrandTotalPart(span);   // Blind24A: a part of a grand total stated in its sentence
            UnplacedOtherExpenditureKind(label, span);   // session 41: 基本支出、项目支出、其他支出 in the overview (NeutralBudgetChanges)
            Note(span, unplacedAmountNotes.For(label), clause);
            return;
        }

        if (target is "overall/*grand" or "appropriation/*grand")
        {
            // "收、支总计 X 万元" (also "财政拨款收、支总计" in the 财政拨款 section): both grand totals.
            var fund = target.Substring(0, target.Length - "/*grand".Length);
            b.Set(N + fund + "/incomeGrandTotal/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
            b.Set(N + fund + "/expenditureGrandTotal/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
            subject = N + fund + "/incomeGrandTotal";
            return;
        }

        subject = Under(target);   // session 44: one pointer string per target (NarrativeReader.NarrativePointers.cs)
        subjectSentence = sentenceStart;
        subjectAmountSpan = span;
        budget = null;
        var amount = AmountNode(token, span);
        if (!b.SetUnder(subject, "amount", amount, span, ClaimKind.Amount, clause)
            && !(b.FindMember(subject, "amount") is { } placed && DraftNode.SameValue(placed, amount)))
        {
            // Another figure the field already holds ("财政拨款支出 6180.25" after "本年支出合计 44970.62"): what follows it
            // (its budget, share, change) is not the held figure's.
            subject = null;
        }
    }

    /// <summary>The spans of the amounts noted as unplaced: a typed statement on one of them is never placed.</summary>
    private readonly HashSet<SourceSpan> unplacedAmountSpans = new();

    /// <summary>
    /// Whether a label that names 财政拨款支出 (or 本年支出) names a part of it: the key is the whole only when it ends the label
    /// (with 决算, 为, 是, 数 after it at most); "财政拨款支出中，基本支出", "财政拨款支出其中：项目支出" name a part (a false FA1208,
    /// outside review 21).
    /// </summary>
    private static bool NamesAppropriationPart(string label)
    {
        foreach (var key in AppropriationExpenditureKeys)
        {
            var at = label.LastIndexOf(key, StringComparison.Ordinal);
            if (at >= 0)
            {
                return label.IndexOf('中', at + key.Length) >= 0;
            }
        }

        return false;
    }

    /// <summary>The keys of the year's 财政拨款支出, the longest first.</summary>
    private static readonly string[] AppropriationExpenditureKeys = ["本年财政拨款支出", "财政拨款支出", "本年支出"];

    /// <summary>The words of the vehicles subtotal (公务用车购置及运行费): a bare 购置费 or 运行费 is its part only beside it.</summary>
    private static readonly string[] VehiclesSubtotalWords = ["购置及运行", "购置及运维", "用车及运行"];

    /// <summary>
    /// Whether a label that resolved to a vehicle cost names it: a label with 车 (公务用车运行维护费) always; a bare key
    /// (购置费, 运行维护费, 运行费) only when nothing but 其中, a colon or a bracket stands before it and the sentence names the
    /// vehicles subtotal before it ("公务用车购置及运行费 6.20 万元（购置费 0 万元，运行维护费 6.20 万元）", "…，其中：购置费 0
    /// 万元") — never "办公楼物业及设备运行维护费" or a bare key in a sentence of its own (a false FA1207, outside review 21).
    /// </summary>
    private bool VehicleCostInPlace(string label)
    {
        if (label.IndexOf('车') >= 0)
        {
            return true;
        }

        var head = label.TrimStart(' ', ',', ';', ':', '(', '、');
        if (head.StartsWith("其中", StringComparison.Ordinal))
        {
            head = head.Substring(2).TrimStart(' ', ',', ':', '(');
        }

        if (!head.StartsWith("购置", StringComparison.Ordinal) && !head.StartsWith("运行", StringComparison.Ordinal))
        {
            return false;
        }

        var length = currentSentenceTo - currentSentenceFrom;
        foreach (var word in VehiclesSubtotalWords)
        {
            if (currentSentence.IndexOf(word, currentSentenceFrom, length, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a label names one fund's part of the appropriation (一般公共预算, 政府性基金, 国有资本经营).</summary>
    private static bool NamesFundPart(string label)
        => NamesGeneralBudgetPart(label) || label.Contains("政府性基金") || label.Contains("国有资本经营");

    /// <summary>
    /// Whether a label names the 一般公共预算 part of the appropriation (一般公共预算财政拨款收入, 一般预算拨款收入, and the 2015
    /// template's 公共财政拨款收入 — session 29).
    /// </summary>
    private static bool NamesGeneralBudgetPart(string label)
        => label.Contains("一般公共预算") || label.Contains("一般预算") || label.Contains("公共财政预算") || label.Contains("公共财政拨款");

    /// <summary>
    /// The fund a sentence is about when it names 政府性基金 or 国有资本经营 in its first clause before any amount, and that
    /// clause does not deny it ("2021年度政府性基金预算财政拨款年初结转和结余 0 万元，本年收入…"): <see cref="Section.GovernmentFund"/>
    /// or <see cref="Section.StateCapital"/>, else null.
    /// </summary>
    private Section? FundOfSentence()
    {
        // Session 38: asked at every figure of a sentence, it searched the whole sentence each time (quadratic in a long
        // sentence without a full stop); the answer depends on the sentence alone, so it is kept for the sentence.
        if (ReferenceEquals(fundOfSentenceText, currentSentence) && fundOfSentenceFrom == currentSentenceFrom
            && fundOfSentenceTo == currentSentenceTo)
        {
            return fundOfSentence;
        }

        fundOfSentence = FundOfSentenceRead();
        (fundOfSentenceText, fundOfSentenceFrom, fundOfSentenceTo) = (currentSentence, currentSentenceFrom, currentSentenceTo);
        return fundOfSentence;
    }

    /// <summary>The sentence <see cref="FundOfSentence"/> answered last (its text, by reference, and its bounds).</summary>
    private string? fundOfSentenceText;

    private int fundOfSentenceFrom;

    private int fundOfSentenceTo;

    /// <summary><see cref="FundOfSentence"/>'s answer for <see cref="fundOfSentenceText"/>.</summary>
    private Section? fundOfSentence;

    /// <summary><see cref="FundOfSentence"/> read from the sentence's characters.</summary>
    private Section? FundOfSentenceRead()
    {
        var t = currentSentence;
        var from = currentSentenceFrom;
        var length = currentSentenceTo - from;
        var fund = t.IndexOf("政府性基金", from, length, StringComparison.Ordinal);
        var section = Section.GovernmentFund;
        if (fund < 0)
        {
            fund = t.IndexOf("国有资本经营", from, length, StringComparison.Ordinal);
            section = Section.StateCapital;
        }

        if (fund < 0 || t.IndexOf('元', from, fund - from) >= 0)
        {
            return null;
        }

        // The fund is the sentence's subject only in its first clause and when that clause does not deny it ("本部门未安排
        // 政府性基金预算财政拨款，收入总计 X 万元" is about the whole department).
        var clauseEnd = t.IndexOfAny(FundClauseBreaks, from, length);
        if (clauseEnd >= 0 && clauseEnd < fund)
        {
            return null;
        }

        var end = clauseEnd < 0 ? currentSentenceTo : clauseEnd;
        foreach (var denial in FundDenials)
        {
            if (t.IndexOf(denial, from, end - from, StringComparison.Ordinal) >= 0)
            {
                return null;
            }
        }

        return section;
    }

    /// <summary>The clause breaks of <see cref="FundOfSentence"/> (after normalisation).</summary>
    private static readonly char[] FundClauseBreaks = [',', ';', ':'];

    /// <summary>Words that deny a fund in its clause (无, 未安排, 没有, 不涉及): the sentence is then not the fund's.</summary>
    private static readonly string[] FundDenials = ["无", "未", "没有", "不涉及", "不存在"];

    /// <summary>
    /// In the overview, a part of the year's income or expenditure ("本年收入合计 X 万元（财政拨款收入 Y 万元，其他收入 Z 万元）",
    /// "其中：基本支出 …"): the income part a label with 收入 names, the expenditure part a label with 支出 names — never
    /// their totals (which the overview's own labels give) — or null.
    /// </summary>
    private static string? OverviewPart(string label)
    {
        var part = label.Contains("收入") ? Resolve(Section.Income, label)
            : label.Contains("支出") ? Resolve(Section.Expenditure, label) : null;
        return part is "income/total" or "expenditure/total" || part is not null && part.StartsWith("overall/", StringComparison.Ordinal)
            ? null
            : part;
    }

    /// <summary>
    /// Whether a clause states a part of the figure before it: "其中" in the clause, or just before it ("…；其中：政府采购金额
    /// 3.00 万元", where the clause starts after the colon).
    /// </summary>
    private static bool IsPart(ClauseView clause)
    {
        if (clause.Chars.IndexOf("其中".AsSpan(), StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var before = clause.Sentence.Text.AsSpan(0, clause.Start).TrimEnd(" :：\t".AsSpan());
        return before.EndsWith("其中".AsSpan(), StringComparison.Ordinal);
    }

    /// <summary>The section a label's own subject names (政府采购, 机关运行经费, 三公), or null.</summary>
    private static Section? LabelSection(string label)
        => label.Contains("政府采购") ? Section.Procurement
            : label.Contains("机关运行经费") ? Section.OperatingExpenses
            : label.Contains("三公") ? Section.ThreePublic : null;

    /// <summary>
    /// Whether a label of the 支出决算 section ends in the name of a functional class of the year's catalogue
    /// ("城乡社区支出", "文化体育与传媒支出(类)") — not one of the section's own words (本年支出, 支出合计…). Asked only of a
    /// label the section's table would take as the total.
    /// </summary>
    private bool NamesFunctionalClass(string label)
    {
        var name = label.Replace(" ", string.Empty);
        if (name.EndsWith("(类)", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 3);
        }

        if (!name.EndsWith("支出", StringComparison.Ordinal) || name.Length < 4)
        {
            return false;
        }

        // The class name is a suffix of the label ("按支出功能分类,城乡社区支出", "其中:住房保障支出").
        for (var start = Math.Max(0, name.Length - 16); start <= name.Length - 4; start++)
        {
            foreach (var code in ClassificationCatalogue.Default.FindFunctionalByName(name.Substring(start), YearOrDefault))
            {
                if (code.Level == FunctionalLevel.Class)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a label introduces the prior year's figure: "比上年 X", "较上年决算数 X", "比去年 X", "上年数 X", or
    /// "较2014年度…X" in a 2015 document (the year before the document's own; any other year is another figure).
    /// </summary>
    private bool IsPriorYearLabel(string label)
    {
        if (LabelHas(label, "结转") || LabelHas(label, "结余"))
        {
            return false;
        }

        if (LabelHas(label, "上年数") || LabelHas(label, "上年决算"))
        {
            return true;
        }

        var compares = LabelHas(label, "比") || LabelHas(label, "较");
        if (!compares)
        {
            return false;
        }

        if (LabelHas(label, "上年") || LabelHas(label, "去年") || LabelHas(label, "上一年"))
        {
            return true;
        }

        return year > 0 && label.Contains((year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年");
    }

    /// <summary>Set by a figure compared with a year other than the prior one, for the rest of its sentence.</summary>
    private bool otherYearBasis;

    /// <summary>Whether <paramref name="label"/> names the prior year in words (上年, 去年, 上一年).</summary>
    private bool PriorYearNamed(string label) => LabelHas(label, "上年") || LabelHas(label, "去年") || LabelHas(label, "上一年");

    /// <summary>"较2015年…" in a 2017 text: a comparison with a named year that is neither this year nor the one before.</summary>
    private bool OtherYearCompared(string label)
    {
        if (year == 0 || !(LabelHas(label, "比") || LabelHas(label, "较")))
        {
            return false;
        }

        for (var at = label.IndexOf('年'); at >= 4; at = label.IndexOf('年', at + 1))
        {
            if (int.TryParse(label.Substring(at - 4, 4), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var named) &&
                named is >= FiscalYearRange.First and <= FiscalYearRange.Last && named != year && named != year - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 53 (blind round 48 t04): whether the clause right before <paramref name="clause"/> in its sentence is a comparison
    /// with a named year that is neither this year nor the one before, in a clause of its own — "与疫情前的2019年相比，增加392.08万元"
    /// in a 2022 text, "与2019年度相比，本年支出增加…": the change after it is against that year, never the change on last year.
    /// Before, the comparison had no figure (so no label the reader saw) and the change was read as the year-on-year change.
    /// </summary>
    private bool OtherYearClauseBefore(ClauseView clause)
    {
        var text = clause.Sentence.Text;
        var end = clause.Start;
        while (end > 0 && text[end - 1] is ',' or '，' or ' ')
        {
            end--;
        }

        if (year == 0 || end < 4 || end == clause.Start || !(text[end - 2] == '相' && text[end - 1] == '比'
            || text[end - 2] == '对' && text[end - 1] == '比'))
        {
            return false;
        }

        var start = text.LastIndexOfAny(ComparisonClauseMarks, end - 1) + 1;
        var open = text.IndexOf('与', start, end - start);
        open = open < 0 ? text.IndexOf('同', start, end - start) : open;
        if (open < 0)
        {
            return false;
        }

        for (var at = text.IndexOf('年', open, end - open); at >= 0; at = text.IndexOf('年', at + 1, end - at - 1))
        {
            if (at - open >= 4 && int.TryParse(text.Substring(at - 4, 4), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var named)
                && named is >= FiscalYearRange.First and <= FiscalYearRange.Last && named != year && named != year - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The marks that end the clause before a comparison clause (<see cref="OtherYearClauseBefore"/>).</summary>
    private static readonly char[] ComparisonClauseMarks = [',', '，', ';', '；', '。', ':', '：'];

    private void BudgetDifference(string relation, string label, NumberToken token, SourceSpan span, string text)
    {
        if (budget is null)
        {
            OpenBudget(LabelHas(label, "全年") || LabelHas(label, "调整") ? "fullYear" : "initial", span);
        }

        if (budget is null)
        {
            return;
        }

        b.SetUnder(budget, "relation", DraftNode.Of(relation), span, ClaimKind.BudgetRelation, text);
        b.SetUnder(budget, "difference", AmountNode(token, span), span, ClaimKind.BudgetDifference, text);
        reasonTarget = budget;
        budgetDifferencePending = true;
    }

    /// <summary>Whether a label is a direction word alone ("下降", "增长了"): nothing names another figure or basis.</summary>
    internal static bool OnlyDirection(string label)
    {
        var rest = label;
        var mask = WordMask.Of(label);
        foreach (var d in Directions)
        {
            rest = Without(rest, mask, d);
        }

        rest = Without(rest, mask, "了").Trim();
        return rest.Length == 0 && rest != label.Trim();
    }

    /// <summary>Whether a label speaks of a budget figure (年初预算, 预算数), not just of 一般公共预算 funds.</summary>
    internal static bool MentionsBudget(string label)
    {
        if (label.IndexOf("预算", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var mask = WordMask.Of(label);
        var rest = Without(Without(Without(label, mask, "一般公共预算"), mask, "政府性基金预算"), mask, "国有资本经营预算");
        return Without(Without(rest, mask, "预算财政拨款"), mask, "预算绩效").Contains("预算");
    }

    /// <summary>
    /// The figure a label names once budget and direction words are taken out, if any, read from the label (asked through
    /// <see cref="SubjectFrom"/>, which keeps the last few answers: session 44).
    /// </summary>
    private string? SubjectRead(string label)
    {
        var mask = MaskOf(label);
        var target = Resolve(Without(Without(Without(Without(StripDirection(label), mask, "预算数"), mask, "预算为"), mask, "决算数"), mask,
            "决算为"));
        return target is null || target.StartsWith("overall/*", StringComparison.Ordinal) ? null : Under(target);
    }

    /// <summary>"收入支出总计减少 56.95": the direction word right before the number makes it a change.</summary>
    private static bool EndsWithDirection(string label)
    {
        var withLe = label.EndsWith("了", StringComparison.Ordinal);
        foreach (var d in Directions)
        {
            if (label.EndsWith(d, StringComparison.Ordinal)
                || withLe && label.Length > d.Length && string.CompareOrdinal(label, label.Length - 1 - d.Length, d, 0, d.Length) == 0)
            {
                return true;   // "…减少" or "…减少了"
            }
        }

        return false;
    }

    internal static string StripDirection(string label)
    {
        var mask = WordMask.Of(label);
        foreach (var d in Directions)
        {
            label = Without(label, mask, d);
        }

        return Without(Without(Without(Without(label, mask, "比上年"), mask, "较上年"), mask, "同比"), mask, "决算");
    }

    /// <summary>
    /// "为预算的 89.47%", "为年初预算的 96.13%", "为全年预算数的 98.20%": the final as a part of its budget — a completion
    /// rate, as 完成年初预算的 is. The label ends with 预算的 or 预算数的, and 为 comes before the budget word.
    /// </summary>
    internal static bool IsShareOfBudget(string label)
    {
        var end = label.TrimEnd();
        var budgetAt = end.EndsWith("预算的", StringComparison.Ordinal) ? end.Length - 3
            : end.EndsWith("预算数的", StringComparison.Ordinal) ? end.Length - 4 : -1;
        if (budgetAt < 0)
        {
            return false;
        }

        var wei = end.LastIndexOf('为', budgetAt);
        return wei >= 0 && end.IndexOf('比', wei) < 0 && end.IndexOf('差', wei) < 0;
    }

    private void PercentFigure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (RateThresholdOfClass(clause, token, label))
        {
            Note(span, DisclosureMessages.RateThresholdOfAClass, clause);   // session 53: "执行率未达到100%的主要原因是…"
            return;
        }

        if (RateAfterThresholdListHead(clause, token))
        {
            Note(span, DisclosureMessages.RateInThresholdList, clause);   // session 54: "执行率低于95%的项目：A执行率93.67%"
            return;
        }

        if (ListShareHandled(clause))
        {
            return;   // Session 41: a percentage of a 分别占 clause, read with its first (ShareListPairing)
        }

        if (RespectiveNamedChanges(clause, label))
        {
            return;   // session 46: "人员经费和公用经费分别增长 a% 和 b%" — not paired, each a note (NarrativeReader.PairedShares.cs)
        }

        if (PercentThenPoints(clause, token, span))
        {
            return;   // Session 34: "比上年提高 2.30%个百分点" — a share's change in points, not a rate (SignedAndRelativeChanges)
        }

        if (section == Section.Procurement && ProcurementSavingsRate(clause, token, label, span))
        {
            return;   // session 46: 节约率 (schema 1.11; NarrativeReader.ProcurementSavings.cs)
        }

        if (section == Section.Procurement && TrySmeKindShare(clause, token, label, span))
        {
            return;   // the SME share of a purchase kind (schema 1.4; NarrativeReader.ProcurementKinds.cs)
        }

        if (section == Section.Performance && EvaluationCoverage(token, label, span, clause.Text))
        {
            return;   // Session 46 (schema 1.11): "项目自评覆盖率100%", "占…项目支出…的100%" (NarrativeReader.KeyEvaluations.cs)
        }

        if (LabelHas(label, "差异率") || LabelHas(label, "差异") && LabelHas(label, "率"))
        {
            if (budget is null)
            {
                OpenBudget("initial", span);
            }

            if (budget is not null)
            {
                b.SetUnder(budget, "varianceRate", PercentNode(token), span, ClaimKind.VarianceRate, clause);
                reasonTarget = budget;
            }

            return;
        }

        if (IsFinalShareOfBudget(label) || IsShareOfBudget(label) || LabelMentionsBudget(label))
        {
            if (NamedBudgetRateSubject(clause, label, span))
            {
                return;   // session 46: "本年支出为年初预算的 X%" of a figure the report does not hold: a note (NamedBudgetRates)
            }
        }

        if (budget is null && clause.Contains("执行率") && !LabelHas(label, "占") && NamedBudgetBasis() is null
            && RateBasisByFigures(token) is { } agreeing)
        {
            budget = agreeing;   // session 51: "…调整预算…，决算…，执行率99.07%": of the basis its figures give (GeneralRelationSentences)
        }

        if ((clause.Contains("完成") && (MentionsBudget(clause.Text) || clause.Contains("计划"))
                || clause.Contains("执行率") && (budget is not null || MentionsBudget(clause.Text)) || IsShareOfBudget(label)
                || RateOfTheBudgetStated(clause, label)   // blind 29, F8: "为预算 18.00 万元的 85.72%"
                || RateOfTheBudgetJustStated(clause, label)   // session 40: "与年初预算 X 万元相比，完成 Y%" (StatedBudgetRates)
                || IsFinalShareOfBudget(label))   // session 45: "决算数占预算数的 102.24%" (StatedBudgetRates)
            && (!LabelHas(label, "占") || IsFinalShareOfBudget(label)))
        {
            // "比年初预算增加 756.12 万元，完成调整预算的 100.00%": a rate against a budget of another kind than the open one
            // is not that budget's (FA2207 would work the budget out as final − difference); OpenBudget contests it (noted).
            var named = LabelHas(label, "全年") || LabelHas(label, "调整") ? "fullYear" : LabelHas(label, "年初") ? "initial" : null;
            if (budget is null
                || named is not null && b.FindString(budget, "kind") is { } held && !string.Equals(held, named, StringComparison.Ordinal))
            {
                OpenBudget(named ?? "initial", span);
            }

            if (budget is not null)
            {
                b.SetUnder(budget, "completionRate", PercentNode(token), span, ClaimKind.CompletionRate, clause);
                reasonTarget = budget;
            }

            return;
        }

        if (InlineShareBase(clause, token, label, span))
        {
            return;   // Session 35: the percentage after "占本年支出合计 X 万元的" (NarrativeReader.ShareBases.cs)
        }

        if (ShareWording(clause, token, label, span))
        {
            return;   // Session 39: "约占 8%", "财政拨款收入占 90.0%" after another figure (NarrativeReader.ShareWordings.cs)
        }

        if (LabelStarts(label, "占") || LabelStarts(label, "(占")   // session 51: "…1,498.62万元（占98.37%）" (BracketedShares)
            || LabelHas(label, "占比") || LabelHas(label, "占本") || LabelHas(label, "占政府")
            || LabelHas(label, "占全") || LabelHas(label, "占一般") || IsBareShareWord(label))   // Session 39: "比重为 93.4%"
        {
            if (EvaluationCoverageShare(label, span, clause))
            {
                return;   // session 45: "…占一般公共预算项目支出总额的100%" in 绩效 (NarrativeReader.EvaluationCoverage.cs)
            }

            if (subject is null)
            {
                Note(span, DisclosureMessages.ShareWithoutFigure, clause);
                return;
            }

            var at = label.IndexOf('占');
            var de = label.LastIndexOf('的');
            if (section == Section.Procurement && at >= 0 && label.IndexOf("中小企业", at, StringComparison.Ordinal) > at)
            {
                // "授予小微企业合同金额 X 万元，占授予中小企业合同金额的 100%": its own field since session 45 (MicroSmallShareOfSme);
                // any other share of an SME base stays a note (the model's procurement shares are of the total).
                if (!MicroSmallShareOfSme(token, label, at, span, clause))
                {
                    Note(span, DisclosureMessages.ShareOfAnotherBase, clause);
                }

                return;
            }

            if (ShareAfterSmeWords(clause, token, span))
            {
                return;   // Session 45: "服务支出 X 万元，全部授予中小企业，占比 100%" — the SME contracts' share (SmeWordShares)
            }

            if (MicroSmallShareWithoutBase(label, at, de))
            {
                if (!MicroSmallBareShareOfSme(token, span, clause)   // session 45: the SME contracts are the whole total
                    && !MicroSmallBareShareOfTotal(token, span, clause))   // session 62: the SME share's base, continued
                {
                    Note(span, DisclosureMessages.MicroSmallShareBase, clause);   // Session 34 (M8): "其中授予小微企业…，占 59.91%"
                }

                return;
            }

            if (at >= 0 && de > at + 1 && NamedShareBaseIsAnother(label.Substring(at + 1, de - at - 1)))
            {
                Note(span, DisclosureMessages.ShareOfAnotherBase, clause);   // Session 35: "占财政拨款支出的…" (ShareBases)
                return;
            }

            if (!(at >= 0 && de > at + 1) && OverviewPartShareOfGrandTotal(clause))
            {
                Note(span, DisclosureMessages.OverviewPartShareOfGrandTotal, clause);   // session 47 (OverviewPartShares)
                return;
            }

            if (FundPartShareHeld(subject, at >= 0 && de > at + 1 ? label.Substring(at + 1, de - at - 1) : null, PercentNode(token),
                    clause.Sentence.At(clause.Start), span, clause.Text))
            {
                return;   // Session 41: a fund part's share of another whole than 财政拨款收入 (FundPartShareBases, FA2007)
            }

            b.SetUnder(subject, "share", PercentNode(token), span, ClaimKind.Share, clause);
            if (at >= 0 && de > at + 1)
            {
                b.SetUnder(subject, "shareBasis", DraftNode.Of(label.Substring(at + 1, de - at - 1)), span);
            }

            return;
        }

        var direction = LabelDirection(label);
        if (direction is null && NamedProjectFigure(label, span, clause))
        {
            return;   // "项目支出包括“某某项目”X 万元": no list of projects in the model, a note naming it (NamedProjects)
        }

        SignedNeutralChange(label, ref token, ref direction);   // session 39: "较上年变动-12.30万元", the sign is the direction
        NeutralRateOfStatedChange(clause, label, token, ref direction);   // session 42: "同比增加…万元，增减率 12.43%"
        BracketedRateOfStatedChange(clause, label, ref token, ref direction);   // session 52: "增减-17.16万元（-8.44%）"
        if (token.IsNegative && direction is not null && !SignedChange(clause, ref token, ref direction, span))
        {
            return;   // Blind24A: "增长-9.1%" is a decrease; "下降-5.0%" a note
        }

        if (direction is not null && budgetDifferencePending && budget is not null
            && (OnlyDirection(label) || OnlyRateWord(label) || OnlyBasislessChangeWord(label)))
        {
            // "较年初预算数减少 1111.4 万元，下降 27.56%" or "…，减幅 9.09%": the rate of the budget difference, written as a
            // magnitude beside its word (the relation says below or above).
            budgetDifferencePending = false;
            b.SetUnder(budget, "varianceRate", PercentNode(token), span, ClaimKind.VarianceRate, clause);
            reasonTarget = budget;
            return;
        }

        if (direction is not null && NeutralChangeAfterBudget(clause, label))
        {
            // Session 41: "年初预算 1100.00 万元，增减率 -9.09%": the variance rate, its sign the relation (NeutralBudgetChanges).
            if (!b.Has(budget, "relation"))
            {
                b.SetUnder(budget!, "relation", DraftNode.Of(direction == "decrease" ? "finalBelowBudget" : "finalAboveBudget"), span,
                    ClaimKind.BudgetRelation, clause.Text);
            }

            b.SetUnder(budget!, "varianceRate", PercentNode(token), span, ClaimKind.VarianceRate, clause);
            reasonTarget = budget;
            return;
        }

        if (direction is not null && otherYearBasis && !IsPriorYearLabel(label))
        {
            Note(span, DisclosureMessages.RateAgainstOtherYear, clause);
            return;
        }

        if (direction is not null && (AgainstYearStart(label) || yearStartBasis && !IsPriorYearLabel(label)))
        {
            SetAside(span, DisclosureMessages.ChangeAgainstYearStart, clause);   // session 53: "较年初增长 5.20%" (YearStartChanges)
            return;
        }

        if (direction is not null && LabelMentionsBudget(label) && !LabelHas(label, "上年"))
        {
            // Session 40: "比上年增长 8.70%，比年初预算下降 9.09%" — a rate against the budget with no budget difference open is
            // no year-on-year rate (before, the change's rateDirection: a false FA2103, or its rate: FA2104 on the prior year).
            Note(span, DisclosureMessages.RateAgainstBudget, clause);
            return;
        }

        if (direction is not null)
        {
            if (section == Section.ThreePublic && SubjectFrom(label) is { } named && named != subject)
            {
                subject = named;   // "…公务接待费 2.60 万元…。三公经费比上年下降 21.2%": the rate of the item it names
                budget = null;
            }

            if (ListChangeNoted(clause, label, span))
            {
                return;   // ListHeadChanges: after a closed 其中 list, an owner not certain
            }

            if (NamedFundFlowChange(clause, label, span, out var fundChange) && fundChange is null)
            {
                return;   // session 44: the rate of a named fund's change of no stated amount (FundNamedChanges)
            }

            var change = fundChange ?? ChangeTarget(label);
            if (change is null)
            {
                if (UnstatedChangeNoted)
                {
                    Note(span, DisclosureMessages.ChangeOfUnstatedFigure, clause);
                    PendNamedChange(token, span, clause, direction, ClaimKind.ChangeRate);   // Blind23A (family M3)
                }

                return;
            }

            if (b.ContextOf(change + "/amount") is { } amountContext && amountContext != b.Context)
            {
                // "收支…减少 X" then "收入合计…增长 Y%": a rate of another figure, not the rate of that change.
                Note(span, DisclosureMessages.RateOfAnotherKind(change), clause);
                return;
            }

            if (!b.Has(change, "direction"))
            {
                b.SetUnder(change, "direction", DraftNode.Of(direction), span);
            }
            else if (b.FindString(change, "direction") is { } existing && existing != direction)
            {
                b.SetUnder(change, "rateDirection", DraftNode.Of(direction), span, ClaimKind.ChangeRate, clause);
            }

            b.SetUnder(change, "rate", PercentNode(token), span, ClaimKind.ChangeRate, clause);
            reasonTarget = change;
            ChangeStated(change);
            return;
        }

        if (section != Section.Performance)
        {
            Note(span, unplacedPercentNotes.For(label), clause);
        }
    }
}
