namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 25, gap 2: a change of zero stated in words — 零增长, 与上年相同, 与上年一致, 与上年相比无变化 — is the change's
/// direction <c>unchanged</c> (the model's change of 0 and rate of 0 %, as 持平 has been read), only when the subject's figure
/// ends the clause right before ("公务接待费支出2.00万元，与上年相同"), so the subject is certain — never after a share, a count,
/// a rate or a prior-year figure between, nor beside a prior-year figure that differs (review 25). A goal or a plan
/// ("力争实现零增长", "确保与上年持平", "控制在上年水平") is never a change, whichever word it uses, and neither is 实现／保持零增长
/// (a limit met, often after a decrease): a located note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Phrases that state a zero year-on-year change whole: the basis is the prior year's figure itself ("口径与上年
    /// 一致" names no figure and is not one of them).</summary>
    private static readonly string[] SameAsPriorYear =
        ["与上年相同", "与上年度相同", "与上一年度相同", "与去年相同", "与上年一致", "与上年度一致", "与上一年度一致", "与去年一致"];

    /// <summary>Words of a goal, a plan or a limit: the clause says what is aimed at, not what happened.</summary>
    private static readonly string[] GoalWords =
        ["力争", "确保", "争取", "努力", "目标", "计划", "预计", "要求", "控制在", "只减不增", "不超过", "严控", "严格控制", "坚持"];

    /// <summary>The words of a stated no-change that <see cref="NoFigureClause"/> reads (持平 and its kin) or this file does.</summary>
    private static readonly string[] AnyZeroChangeWords = ["零增长", "相同", "一致", "无变化", "持平", "无增减变化", "没有变化"];

    /// <summary>
    /// Reads a figure-less clause that states a zero change in words; true when the clause is consumed (read, or a note),
    /// false to leave it to <see cref="NoFigureClause"/>'s older cases. A clause with a goal word and a zero-change word is a
    /// note (<c>ZeroChangeAsAGoal</c>) — 持平 included, which was read as a change before. 零增长, or 相同 / 一致 / 无变化 after a
    /// prior-year basis (上年, 去年, 上一年, 同比, 同期) in the clause, with no budget in it, sets <c>direction: unchanged</c> on the
    /// change of the subject whose amount ends the clause right before (<see cref="FollowsAmount"/>) when no prior-year figure
    /// that differs is stated (<see cref="PriorYearDiffers"/>); else a note (<c>ZeroChangeWithoutFigure</c>). 实现／保持零增长 is
    /// a note of its own (<c>ZeroGrowthAsCompliance</c>).
    /// </summary>
    private bool ZeroChangeClause(ClauseView clause)
    {
        if (!ContainsAny(clause, AnyZeroChangeWords))
        {
            return false;
        }

        var text = clause.Text;
        var span = b.Span(clause.Sentence, clause.Start, clause.End);
        if (ContainsAny(clause, GoalWords) || SentenceGoalBefore(clause))
        {
            Note(span, DisclosureMessages.ZeroChangeAsAGoal, clause);
            return true;
        }

        if (!OpensWithZeroChange(clause, out var compliance))
        {
            return false;   // 持平, 无增减变化, 没有变化: NoFigureClause's own case, as before; "口径与上年一致": no figure's
        }

        if (MentionsBudget(text) || pendingBudgetKind is not null && pendingBudgetSentence == sentenceStart)
        {
            return false;   // "与年初预算相比无变化": a budget relation, NoFigureClause's case
        }

        if (compliance)
        {
            Note(span, DisclosureMessages.ZeroGrowthAsCompliance, clause);   // Review 25: "实现零增长", often after a decrease
            return true;
        }

        if (subject is null || subjectSentence != sentenceStart || !b.Has(subject, "amount") || ChangeTarget() is not { } change
            || !FollowsAmount(clause, subject, out var amount) || PriorYearDiffers(clause, change, amount))
        {
            Note(span, DisclosureMessages.ZeroChangeWithoutFigure, clause);   // Review 25: "…占…比重为60.0%，与上年相同"
            return true;
        }

        if (!b.Has(change, "direction"))
        {
            b.SetUnder(change, "direction", DraftNode.Of("unchanged"), span, ClaimKind.Unchanged, text);
        }

        reasonTarget = change;
        return true;
    }

    /// <summary>The words a zero-change clause may open with before its word: a basis (比上年, 同比…), a generic subject
    /// (支出, 决算数…) or a verb (实现, 为); longest first, each taken at most once in this order.</summary>
    private static readonly string[] ZeroChangeLeads =
        ["该项支出", "此项支出", "支出金额", "决算数", "支出数", "支出", "费用", "均", "与上年度相比", "与上年相比", "与去年相比", "较上年度",
            "较上年", "比上年度", "比上年", "较去年", "比去年", "同比", "实现了", "实现", "保持", "为", "呈"];

    /// <summary>
    /// Whether the clause is a zero change of the figure before it: after its leads (<see cref="ZeroChangeLeads"/>) it opens
    /// with 零增长, with a phrase of <see cref="SameAsPriorYear"/>, or — after a prior-year basis among the leads — with 无变化.
    /// "统计口径与上年一致" opens with other words and is not one. <paramref name="compliance"/> tells whether it is 零增长
    /// after 实现 or 保持: a limit met (no increase), not a change of 0.
    /// </summary>
    private static bool OpensWithZeroChange(ClauseView clause, out bool compliance)
    {
        var t = clause.Sentence.Text;
        var at = clause.Start;
        var end = clause.End;
        var priorBasis = false;
        var achieved = false;
        foreach (var lead in ZeroChangeLeads)
        {
            if (Scanner.Starts(t, at, lead, end))
            {
                priorBasis |= lead.Contains("上年") || lead.Contains("去年") || lead == "同比";
                achieved |= lead.StartsWith("实现", StringComparison.Ordinal) || lead == "保持";
                at += lead.Length;
            }
        }

        compliance = false;
        if (Scanner.Starts(t, at, "零增长", end))
        {
            compliance = achieved;
            return true;
        }

        foreach (var phrase in SameAsPriorYear)
        {
            if (Scanner.Starts(t, at, phrase, end))
            {
                return true;
            }
        }

        return priorBasis && Scanner.Starts(t, at, "无变化", end);
    }

    /// <summary>
    /// Whether the clause directly follows the clause that states <paramref name="owner"/>'s amount: before it, white space
    /// aside, one clause break (',' or ';'), and before that the amount itself ends the previous clause — no share, count,
    /// rate or prior-year figure between ("…6.00万元，上年决算7.20万元，占…比重为60.0%，与上年相同" is the share's). Decided on
    /// the text alone, so a clause the reader passes over unread counts as one between. <paramref name="amount"/> is the
    /// amount's number.
    /// </summary>
    private bool FollowsAmount(ClauseView clause, string owner, out NumberToken amount)
    {
        amount = default;
        var t = clause.Sentence.Text;
        var floor = ReferenceEquals(t, currentSentence) ? currentSentenceFrom : 0;
        var i = clause.Start - 1;
        while (i >= floor && char.IsWhiteSpace(t[i]))
        {
            i--;
        }

        if (i < floor || t[i] is not (',' or ';' or '，' or '；'))
        {
            return false;
        }

        i--;
        while (i >= floor && char.IsWhiteSpace(t[i]))
        {
            i--;
        }

        var last = i + 1;
        var begin = ClauseBeginBefore(t, floor, last);
        var next = begin;
        var found = false;
        while (Scanner.NextIn(t, begin, last, ref next, out var number))
        {
            amount = number;
            found = true;
        }

        return found && amount.End == last && b.Find(owner + "/amount") is { Mapped: true } node
            && node.Span == b.Span(clause.Sentence, amount.Start, amount.End);
    }

    /// <summary>Where the clause that ends at <paramref name="end"/> begins: after the last clause mark before it (a ','
    /// between digits is a digit group, not a mark), or at <paramref name="floor"/>.</summary>
    private static int ClauseBeginBefore(string t, int floor, int end)
    {
        var j = end - 1;
        while (j >= floor)
        {
            var c = t[j];
            if (c is ';' or ':' or '、' or '。' or '，' or '；' or '：'
                || c == ',' && !(j > floor && j + 1 < t.Length && Scanner.IsDigit(t[j - 1]) && Scanner.IsDigit(t[j + 1])))
            {
                return j + 1;
            }

            j--;
        }

        return floor;
    }

    /// <summary>The words of a label that make its figure the prior year's ("上年决算3.00万元", "去年同期3.00万元").</summary>
    private static readonly string[] PriorYearLabelWords = ["上年", "去年", "上一年", "同期"];

    /// <summary>
    /// Whether a prior-year figure may differ from <paramref name="amount"/>: the change holds a prior-year amount already,
    /// or a figure after the clause in its sentence, labelled by the prior year, is not the same number in the same unit
    /// ("…2.00万元，比上年零增长，上年决算3.00万元"). A change of 0 is never set beside a prior year that differs.
    /// </summary>
    private bool PriorYearDiffers(ClauseView clause, string change, NumberToken amount)
    {
        if (b.Has(change, "priorYearAmount"))
        {
            return true;
        }

        var t = clause.Sentence.Text;
        var to = ReferenceEquals(t, currentSentence) ? Math.Min(currentSentenceTo, t.Length) : t.Length;
        var next = clause.End;
        var semicolon = clause.End < to ? t.IndexOf(';', clause.End, to - clause.End) : -1;
        var partEnd = semicolon < 0 ? to : semicolon;
        while (next < to && Scanner.NextIn(t, clause.End, to, ref next, out var number))
        {
            if (number.Unit is FigureUnit.Percent or FigureUnit.Count or FigureUnit.Area)
            {
                continue;
            }

            var begin = ClauseBeginBefore(t, clause.End, number.Start);
            if (number.Start > partEnd && HasAnyIn(t, begin, number.Start, Directions))
            {
                continue;   // Session 34 (M6): "…0.0万元，与上年持平；公务接待费…，比上年减少 1.0 万元": the next statement's change
            }

            if (HasAnyIn(t, begin, number.Start, PriorYearLabelWords) && (number.Value != amount.Value || number.Unit != amount.Unit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Goal words that, earlier in the sentence, make a later clause part of the goal ("今后将严格控制，实现零增长").
    /// Narrower than <see cref="GoalWords"/>: "按照要求" or "原因是…要求" earlier in a sentence of facts is no goal.</summary>
    private static readonly string[] SentenceGoalWords = ["力争", "确保", "争取", "努力", "目标", "计划", "预计", "今后", "下一步"];

    /// <summary>Whether a goal word stands earlier in the clause's sentence (from the sentence's start, never an earlier
    /// sentence of the paragraph) than the clause.</summary>
    private bool SentenceGoalBefore(ClauseView clause)
        => ReferenceEquals(clause.Sentence.Text, currentSentence) && clause.Start > currentSentenceFrom
            && HasAnyIn(currentSentence, currentSentenceFrom, clause.Start, SentenceGoalWords);
}
