namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Headings no section key names (blind pages of session 20): "（五）事业收入情况" after a 绩效 subsection, "（五）收入情况" under
/// 其他重要事项 — the subsection's heading decides what its figures are, not the section it stands in; and a numbered heading
/// written inline ("（五）事业收入情况：2024年度事业收入…") ends the 绩效 context as a heading line does.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The endings of a heading of the income (收入情况, 收入情况说明, 收入说明).</summary>
    private static readonly string[] IncomeHeadingEndings = ["收入情况", "收入情况说明", "收入说明"];

    /// <summary>Words that make a heading ending in 收入情况 not one of the whole income (a fund's, a flow of both, 绩效).</summary>
    private static readonly string[] NotIncomeHeadingWords = ["支出", "绩效", "评价", "一般公共预算", "政府性基金", "国有资本", "三公"];

    /// <summary>Words of a heading that is still a part of the 绩效 section ("（二）项目自评结果", "重点评价情况").</summary>
    private static readonly string[] PerformanceHeadingWords =
        ["评价", "自评", "评分", "得分", "项目", "目标", "指标", "整体", "结果", "成效", "问题", "措施", "改进", "表"];

    /// <summary>The sections that read the income's parts under their own headings ("（二）收入情况" in the overview).</summary>
    private bool ReadsOwnIncomeHeadings => section is Section.Overall or Section.Income or Section.Expenditure or Section.Appropriation
        or Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital;

    /// <summary>
    /// Whether <paramref name="heading"/> (no numbering needed off) is a heading of the income: it ends in
    /// <see cref="IncomeHeadingEndings"/> (a ':' or '。' after it allowed) and names no fund, expenditure or 绩效.
    /// </summary>
    internal static bool IsIncomeHeading(string heading)
    {
        var text = heading.TrimEnd(' ', ':', '。');
        foreach (var ending in IncomeHeadingEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return !HasAny(text, NotIncomeHeadingWords);
            }
        }

        return false;
    }

    /// <summary>
    /// A heading with a section word that no section key names: a heading of the income enters the income section (outside
    /// the sections that read their own income parts); in the 绩效 section, a heading of anything else ends it. Whether it did.
    /// </summary>
    private bool UnkeyedHeading(string heading)
    {
        if (ShortFlowHeading(heading) is { } flow)
        {
            Enter(flow);   // "二、收入情况" after the overview (blind test 23, family M2)
            return true;
        }

        if (!ReadsOwnIncomeHeadings && IsIncomeHeading(heading))
        {
            Enter(Section.Income);
            return true;
        }

        if (section == Section.Performance && !HasAny(heading, PerformanceHeadingWords))
        {
            Enter(Section.None);   // "（五）其他事项": the 绩效 groups (项目数、资金) end with their subsection
            return true;
        }

        return false;
    }

    /// <summary>The bodies of a short heading of the whole income or expenditure ("二、收入情况", "三、支出情况").</summary>
    private static readonly string[] ShortFlowBodies = ["收入情况", "收入情况说明", "收入说明", "支出情况", "支出情况说明", "支出说明"];

    /// <summary>
    /// The section a short top-level heading of the whole income or expenditure enters — "二、收入情况" after the overview,
    /// "三、支出情况" after the overview or the income: numbered "X、" (the level of the overview's own heading, not a
    /// "（二）收入情况" inside it) with nothing but <see cref="ShortFlowBodies"/> after the number. Before session 23 the
    /// overview kept reading, so 本年收入合计 was the overview's only and the income's shares were never checked (family M2:
    /// under "二、收入决算情况说明" the same text gave FA2001). Null for any other heading or section.
    /// </summary>
    private Section? ShortFlowHeading(string heading)
    {
        if (section is not (Section.Overall or Section.Income))
        {
            return null;
        }

        var at = AfterNumerals(heading, 0, BlockClassifier.IsChineseNumeral, static c => c == '、');
        if (at == 0)
        {
            return null;
        }

        var body = heading.Substring(at).Trim().TrimEnd(':', '。');
        var index = Array.IndexOf(ShortFlowBodies, body);
        return index < 0 ? null : index < 3 ? (section == Section.Overall ? Section.Income : null) : Section.Expenditure;
    }

    /// <summary>
    /// "（五）事业收入情况：2024年度事业收入…" — a numbered heading written at the start of its paragraph, up to a ':' — in the 绩效
    /// section is a heading (a section key enters its section; else <see cref="UnkeyedHeading"/>); outside any section it
    /// only enters the income when it is a heading of the income. The section so entered was inferred (a later paragraph may
    /// name its own).
    /// </summary>
    private void InlineHeading(string text)
    {
        var end = InlineHeadingEnd(text);
        if (end < 0)
        {
            return;
        }

        var heading = text.Substring(0, end);
        if (section == Section.None)
        {
            if (IsIncomeHeading(heading))
            {
                Enter(Section.Income);
                sectionInferred = true;
            }

            return;
        }

        if (SectionKeyIndex.FirstIn(heading) is var key && key >= 0)
        {
            if (SectionKeys[key].Section != section)
            {
                Enter(SectionKeys[key].Section);
                sectionInferred = true;
            }
        }
        else if (UnkeyedHeading(heading))
        {
            sectionInferred = true;
        }
    }

    /// <summary>
    /// Where an inline numbered heading ends (its ':'), or −1: the paragraph starts with "(五)" or "五、" (Chinese numerals), and
    /// within 30 characters a ':' closes words without a digit or a clause mark that have a section word (情况, 说明…).
    /// </summary>
    internal static int InlineHeadingEnd(string text)
    {
        var at = 0;
        if (text.Length > 3 && text[0] == '(')
        {
            at = AfterNumerals(text, 1, BlockClassifier.IsChineseNumeral, static c => c == ')');
        }
        else if (text.Length > 2 && BlockClassifier.IsChineseNumeral(text[0]))
        {
            at = AfterNumerals(text, 0, BlockClassifier.IsChineseNumeral, static c => c == '、');
        }

        if (at == 0)
        {
            return -1;
        }

        for (var i = at; i < text.Length && i < at + 30; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                return i > at && SectionWordIndex.AnyIn(text.Substring(at, i - at)) ? i : -1;
            }

            if (c is '。' or ',' or ';' or '、' || Scanner.IsDigit(c))
            {
                return -1;
            }
        }

        return -1;
    }
}
