using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Schema 1.5 members the narrative fills since session 24 (issue 8, recall; precision first): the year's surplus and the
/// institution fund (本年结余, 年末事业基金), the components of 机关运行经费 with their amounts (办公费 X 万元、水电费 Y 万元),
/// and the carry-overs named without 和结余 (<c>NarrativeReader.OpeningCarryOver.cs</c>, <c>NarrativeReader.ClosingCarryOver.cs</c>,
/// asked first). Each is placed only when the label names the member, this year's figure, exactly; any other wording stays
/// the located note it was. The assets' total and values by category are <c>NarrativeReader.AssetValues.cs</c>.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// An amount no label of the section placed (the hook where the reader would note it): the year's surplus or the
    /// institution fund in the overview, income or expenditure sections, a component of 机关运行经费 in its section.
    /// True when placed.
    /// </summary>
    private bool UnplacedAmountMember(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var compact = CompactLabel(label);
        if (BracketedCarryOver(clause, token, compact, span) || LoneClosingCarryOver(clause, token, compact, span))
        {
            return true;   // session 39: "收入总计 X 万元（含上年结转 Y 万元）" (NarrativeReader.BracketedCarryOvers.cs)
        }

        if (BareClosingPart(clause, token, compact, span) || FundOpeningCarryOver(clause, token, compact, span))   // session 58
        {
            return true;   // session 40: 年末结转 alone that closes 支出总计 (NarrativeReader.BareClosingParts.cs), its guards its own
        }

        if (CarryOverBesideItsSurplus(clause, token, compact))
        {
            return false;   // Gaps26: "上年结转 80.00 万元。上年结余 20.00 万元": a part, left (NarrativeReader.ClosingCarryOver.cs)
        }

        if (EarlierCarryOver(clause, token, compact, span) || LaterCarryOver(clause, token, compact, span)
            || CarryOverClosingTheIncomeSum(clause, token, compact, span)   // session 39: 上年结转 that closes 收入总计
            || LaterCarryOverClosingTheSum(clause, token, compact, span))   // session 41: 结转下年 that closes 支出总计
        {
            return true;   // ReadGaps25: "收入总计…，其中：…上年结转 100.00 万元" (NarrativeReader.OpeningCarryOver.cs)
        }

        if (AssetsOutsideTheirSection(clause, token, compact, span))
        {
            return true;   // session 61: "…。截至…，本部门资产总额 X 万元，其中固定资产 Y 万元" under 政府采购 (AssetsOutsideTheirSection)
        }

        return section switch
        {
            Section.Overall or Section.Income or Section.Expenditure => SurplusOrFund(clause, token, compact, span),
            Section.OperatingExpenses => OperatingComponent(clause, token, compact, span),
            Section.GeneralBudget => YearSplitInGeneralBudget(clause, token, compact, span)   // session 45: the department's
                || GeneralBudgetBasicPart(clause, token, compact, span)   // session 41: 其中：基本支出 X
                || GeneralBudgetBasicSplit(clause, token, compact, span)   // session 44: 基本支出中人员经费 P; 45: P、Q by their sum
                || DepartmentBasicPartsInGeneralBudget(clause, token, compact, span)   // session 46: P + Q = the department's 基本支出
                || OtherFundExpenditureInGeneralBudget(clause, token, compact, span),   // session 45: 政府性基金预算财政拨款支出 X
            Section.Appropriation => RestatedDepartmentBasic(token, compact)   // session 44: the department's 基本支出 again
                || OtherIncomeBesidesAppropriation(clause, token, compact, span),   // session 45: 另有其他收入 D (IncomeAndClasses)
            _ => false,
        };
    }

    /// <summary>A label without spaces, quotes and a leading clause mark.</summary>
    internal static string CompactLabel(string label)
    {
        if (IsCompactLabel(label))
        {
            return label;   // session 52: nothing to drop (most labels) — the label itself, not a builder and its copy
        }

        var sb = new StringBuilder(label.Length);
        foreach (var c in label)
        {
            if (!WhiteSpace.Is(c) && c is not ('"' or '“' or '”'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().TrimStart(',', ';', ':', '、', '(');
    }

    /// <summary>
    /// Whether <see cref="CompactLabel"/> would drop nothing from <paramref name="label"/>: no white space or quote in it, and
    /// no ',', ';', ':', '、' or '(' first.
    /// </summary>
    internal static bool IsCompactLabel(string label)
    {
        if (label.Length > 0 && label[0] is ',' or ';' or ':' or '、' or '(')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (WhiteSpace.Is(c) || c is '"' or '“' or '”')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words of another period than the year's end or the year (the year before, the opening balance).</summary>
    private static readonly string[] OtherPeriodWords = ["上年", "去年", "上一年", "年初", "期初", "同期"];

    /// <summary>
    /// 本年结余 / 本年收支结余 / 当年结余 → <c>overall/currentYearSurplus</c>; 年末事业基金 / 事业基金余额 →
    /// <c>overall/institutionFund</c>. Not: a carry-over (结转), a distribution or extraction (分配, 提取, 转入, 弥补, 使用), a
    /// fund balance of the year's start or of the year before, 专用基金, 非财政拨款结余 — those stay notes.
    /// </summary>
    private bool SurplusOrFund(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (HasAny(label, OtherPeriodWords) || HasAny(label, FlowWords) || label.Contains("预算"))
        {
            return false;
        }

        string? target = null;
        if (label.Contains("事业基金") && (label.Contains("年末") || label.Contains("期末") || label.Contains("余额")))
        {
            target = "overall/institutionFund";
        }
        else if (IsSurplusLabel(label))
        {
            target = "overall/currentYearSurplus";
        }

        if (target is null)
        {
            return false;
        }

        var amount = AmountNode(token, span);
        if (!b.Set(N + target + "/amount", amount, span, ClaimKind.Amount, clause.Text))
        {
            return true;   // the figure stated again: the builder compared the two
        }

        subject = N + target;
        subjectSentence = sentenceStart;
        budget = null;
        return true;
    }

    /// <summary>Words of a flow into or out of a balance (not the balance itself).</summary>
    private static readonly string[] FlowWords =
        ["结转", "分配", "提取", "转入", "弥补", "使用", "专用", "非财政", "财政拨款", "计提", "冲减", "调整"];

    /// <summary>
    /// Whether a label names the year's surplus: 结余 or 收支差额 right after 本年 / 当年 / 本年度 / 全年 or the report's own
    /// year (2023年, 2023年度), with 收支 between at most, the label ending there (an "为", "是" or ':' after it allowed) —
    /// "本年收支结余", "2023年度结余", "本年收支差额为". Another year's (2022年结余 in a 2023 text) is not.
    /// </summary>
    private bool IsSurplusLabel(string label)
    {
        var t = label.TrimEnd(':', '为', '是');
        foreach (var end in SurplusEnds)
        {
            if (!t.EndsWith(end, StringComparison.Ordinal))
            {
                continue;
            }

            var head = t.Substring(0, t.Length - end.Length);
            if (head.EndsWith("收支", StringComparison.Ordinal))
            {
                head = head.Substring(0, head.Length - 2);
            }

            if (head is "本年" or "当年" or "本年度" or "全年")
            {
                return true;
            }

            var named = head.EndsWith("年度", StringComparison.Ordinal) ? head.Substring(0, head.Length - 2)
                : head.EndsWith("年", StringComparison.Ordinal) ? head.Substring(0, head.Length - 1) : null;
            return named is { Length: 4 } && int.TryParse(named, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                && year > 0 && y == year;
        }

        return false;
    }

    private static readonly string[] SurplusEnds = ["结余", "差额"];

    /// <summary>The words that open the list of 机关运行经费's components in its sentence.</summary>
    private static readonly string[] ComponentListWords = ["主要包括", "包括", "其中", "主要用于", "用于", "具体为", "主要为", "分别为", "主要是"];

    /// <summary>
    /// A component of 机关运行经费 with its amount ("机关运行经费 25.60 万元，主要包括办公费 5.20 万元、水电费 3.10 万元"): in
    /// the sentence that stated the 机关运行经费 amount (the subject), after a word that opens its list, a name ending in 费
    /// or 费用 (not 支出: "其中：财政拨款支出" is a fund, "商品和服务支出" a class) of at most 12 characters, no figure,
    /// change, share or budget word in it → one entry of
    /// <c>operatingExpenses/components</c>. A name the list gives twice is a note; names without amounts stay unread.
    /// </summary>
    private bool OperatingComponent(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        const string Owner = N + "operatingExpenses/administrativeOperatingExpenses";
        var sentence = clause.Sentence.Text;
        if (subject != Owner || !(subjectSentence == sentenceStart || ListSentenceAfterTheTotal())
            || token.Unit is not (FigureUnit.WanYuan or FigureUnit.Yuan or FigureUnit.None or FigureUnit.YiYuan or FigureUnit.QianYuan))
        {
            return false;
        }

        // The list must open after the total in this sentence ("…万元，主要包括办公费…"), or open the sentence right after it.

        var before = sentence.AsSpan(0, clause.Start);   // session 47: searched in place, not cut out
        var opened = -1;
        foreach (var w in ComponentListWords)
        {
            opened = Math.Max(opened, before.LastIndexOf(w.AsSpan()));
        }

        var name = label;
        foreach (var w in ComponentListWords)
        {
            if (name.StartsWith(w, StringComparison.Ordinal))
            {
                name = name.Substring(w.Length).TrimStart(':', ',');
                opened = 0;
                break;
            }
        }

        name = name.TrimEnd(':', '为', '是');
        if (opened < 0 || !IsComponentName(name) && !OtherSpendingComponent(name))   // session 45: OperatingOtherSpending
        {
            return false;
        }

        var list = N + "operatingExpenses/components";
        var listed = b.Find(list);   // session 47: each component's name read in place (ItemString), no pointer joined per item
        for (var i = 0; i < b.Count(list); i++)
        {
            if (ReportBuilder.ItemString(listed!, i, "name") == name)
            {
                Note(span, DisclosureMessages.OperatingComponentRepeated(name), clause);
                return true;
            }
        }

        componentSentence = sentenceStart;
        var entry = b.Append(list);
        b.Set(entry + "/name", DraftNode.Of(name), span);
        b.Set(entry + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }

    /// <summary>
    /// Whether the current sentence is the one right after the one that stated the 机关运行经费 total and opens with
    /// a word that opens its list ("机关运行经费 188.55 万元，比上年增加 13.22 万元。其中：办公费 38.42 万元、…"; session 44).
    /// </summary>
    private bool ListSentenceAfterTheTotal()
        => subjectSentence >= 0 && subjectSentence == previousSentenceStart && ComponentListWords.Any(SentenceOpensWith);

    /// <summary>Words no component name holds: a total, a comparison, a share, another period, a budget.</summary>
    private static readonly string[] NotComponentWords =
        ["机关运行经费", "公用经费", "人员经费", "合计", "总", "上年", "同比", "比", "较", "增", "减", "占", "预算", "决算", "年", "其中", "等"];

    private static bool IsComponentName(string name)
    {
        if (name == OtherComponent)
        {
            return true;   // session 44: "…，其他 6.97 万元" closing the list is its remaining component
        }

        if (name.Length < 2 || name.Length > 12 || HasAny(name, NotComponentWords)
            || !(name.EndsWith("费", StringComparison.Ordinal) || name.EndsWith("费用", StringComparison.Ordinal)))
        {
            return false;
        }

        var open = -1;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '(' && open < 0 && i > 0)
            {
                open = i;   // session 44: a one- or two-character alternative inside the name, "维修(护)费"
            }
            else if (c == ')' && open >= 0 && i - open is 2 or 3 && i < name.Length - 1)
            {
                open = int.MaxValue;
            }
            else if (Scanner.IsDigit(c) || c is ',' or ';' or ':' or '(' or ')')
            {
                return false;
            }
        }

        return open is < 0 or int.MaxValue;
    }

    /// <summary>The remaining component closing a list of 机关运行经费's components (其他).</summary>
    private const string OtherComponent = "其他";

    /// <summary>
    /// The change of the year's surplus or the institution fund when the sentence stated that figure and the change's label
    /// names no other figure ("本年收支结余 50.00 万元，比上年增加 10.00 万元"): that figure's own change, never the
    /// overview's; null otherwise.
    /// </summary>
    private string? OwnBalanceChange(string label)
        => subject is N + "overall/currentYearSurplus" or N + "overall/institutionFund" && subjectSentence == sentenceStart
            && Resolve(StripDirection(label)) is null
            ? subject + "/change"
            : null;
}
