using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 25 (excerpts), the reader's precision families (blindfixa): r4 — an item whose label is 其他 + a total's own
/// name ("其他国有资本经营预算支出 30.00 万元" in a list after 具体为) is one part of the total, never the total; r5 — an average
/// ("车均运行费 1.14 万元", "人均 200 元") is not the figure its label names; and a functional class in a fund's section
/// ("主要用于：城乡社区支出 170.00 万元") is one class of the fund's spending, never its whole.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Words that make a figure an average of its label's figure (per vehicle, per person, per batch…).</summary>
    private static readonly string[] AverageWords = ["人均", "车均", "平均", "批均", "次均", "户均", "生均", "每辆", "每人", "每批", "每次"];

    /// <summary>The endings of a target that is a whole (a total), which an item labelled 其他… never is.</summary>
    private static readonly string[] WholeTargetEndings =
        ["/total", "/currentYearExpenditure", "/currentYearIncome", "/incomeGrandTotal", "/expenditureGrandTotal"];

    /// <summary>
    /// Whether an amount whose label resolved to <paramref name="target"/> is not that figure, and so is noted and not placed:
    /// an average (r5), an item 其他… of a whole, or a functional class of a fund's spending (r4).
    /// </summary>
    private bool NotTheTarget(string target, string label, SourceSpan span, ClauseView clause)
    {
        if (HasAny(label, AverageWords))
        {
            Note(span, DisclosureMessages.AverageNotTheFigure, clause);
            return true;
        }

        if (StartsWithOther(label) && EndsWithOneOf(target.AsSpan(), WholeTargetEndings))
        {
            Note(span, DisclosureMessages.OtherItemNotTheWhole, clause);
            OtherExpenditureKind(target, span);   // session 41: 基本支出、项目支出、其他支出 — the kinds read are not all (NeutralBudgetChanges)
            subject = null;   // session 41: its share ("其他支出 50.00 万元，占 5.00%") is its own, not the figure's before it
            return true;
        }

        if (section is Section.GovernmentFund or Section.StateCapital
            && target.EndsWith("/currentYearExpenditure", StringComparison.Ordinal) && NamesFunctionalClass(label))
        {
            // "主要用于：城乡社区支出 170.00 万元" in a fund's section: a class of the fund's spending, never its whole.
            Note(span, DisclosureMessages.ClassOfAFundNotTheWhole, clause);
            return true;
        }

        return FundSourcePart(target, label, span, clause);   // "国有土地使用权出让收入安排的支出" (NarrativeReader.FundSourceParts.cs)
    }

    /// <summary>Whether a label starts with 其他 once list marks and 其中 are passed ("；其他国有资本经营预算支出", "其中：其他收入").</summary>
    private static bool StartsWithOther(string label)
    {
        var body = label.AsSpan();
        while (body.Length > 0 && !(body[0] is >= '\u4e00' and <= '\u9fff'))
        {
            body = body.Slice(1);
        }

        if (body.StartsWith("其中".AsSpan()))
        {
            body = body.Slice(2).TrimStart(':').TrimStart('：');
        }

        return body.StartsWith("其他".AsSpan());
    }

    /// <summary>Words of a label that make a fund's name a budget after all (年初一般公共预算, 一般公共预算预算数).</summary>
    private static readonly string[] BudgetBasisWords = ["年初", "全年", "调整", "预算数", "预算为"];

    /// <summary>
    /// r3: whether a label is only a fund's name ending in 预算 ("（一般公共预算 31245.68 万元，政府性基金预算 856.40 万元）"
    /// after 财政拨款收入): the figure is that fund's part of the figure before it, not a budget amount; noted, not placed.
    /// </summary>
    private bool FundNamedAsBudget(string label, SourceSpan span, ClauseView clause)
    {
        if (!LabelEnds(label, "预算") || HasAny(label, BudgetBasisWords) || EndsWithAny(label, FundNameBudget.Names) is null)
        {
            return false;
        }

        Note(span, DisclosureMessages.FundPartNotABudget, clause);
        return true;
    }

    /// <summary>
    /// r3: in the 财政拨款 section, a sentence whose subject is a fund ("政府性基金预算财政拨款年初结转 120.00 万元，本年收入
    /// 856.40 万元，本年支出 900.00 万元…") states that fund's figures, never the whole appropriation's: each figure whose label
    /// does not name a fund itself is placed at the fund's own member or noted (a label that names one is a fund's part, as
    /// before). And "2020年度财政拨款收入 32102.08 万元" (no fund named) is the appropriation's income — when the label is bare or
    /// this year's (<see cref="IsBareOrThisYear"/>; review 25: never 上年财政拨款收入, nor 市级财政拨款收入 after 其中).
    /// Whether the figure was noted (and so is done).
    /// </summary>
    private bool AppropriationFundFigure(ref string? target, string label, SourceSpan span, ClauseView clause)
    {
        if (target is null)
        {
            if (LabelEnds(label, "财政拨款收入") && !NamesFundPart(label) && FundOfSentence() is null)
            {
                if (IsBareOrThisYear(label.AsSpan(0, label.Length - "财政拨款收入".Length)))
                {
                    target = "appropriation/currentYearIncome";
                }
                else
                {
                    (notTheAppropriationIncome ??= new()).Add(span);   // 上年 / 省级…: nor is it placed by the typed statements
                }

                return false;
            }

            FundNamedCarryOver(ref target, label);   // session 47: "一般公共预算财政拨款上年结转 X 万元" (FundNamedCarryOvers)
            return target is null && FundParagraphCarryOver(ref target, label, span, clause);   // session 43: "1、政府性基金预算。上年结转…"
        }

        if (!target.StartsWith("appropriation/", StringComparison.Ordinal) || NamesFundPart(label))
        {
            return false;
        }

        var fund = FundOfSentence();
        if (fund is null && FundOfParagraphHead(label, clause.Start) is { } headed)
        {
            // Session 43: the head's fund owns the figure, so the typed statements (which see no fund in its sentence) never
            // place it as the whole's — not even when the fund's field already held it and no claim of it was made here.
            fund = headed;
            (setAsideSpans ??= []).Add(span);
        }

        if (fund is null)
        {
            return TypedGeneralBudgetFlow(target, label, span, clause);
        }

        target = fund == Section.GeneralBudget ? GeneralBudgetHeadField(target) : Resolve(fund.Value, label);   // session 43
        if (target is null)
        {
            subject = null;
            Note(span, fund == Section.GeneralBudget ? DisclosureMessages.GeneralBudgetFigureNoField
                : DisclosureMessages.FundFigureNotTheWhole, clause);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The spans of the figures labelled …财政拨款收入 that <see cref="IsBareOrThisYear"/> refused (another period's, one level's):
    /// the typed statements (<see cref="PlaceStatements()"/>) never place them as the appropriation's current-year income.
    /// Made when the first is refused (most texts have none).
    /// </summary>
    private HashSet<SourceSpan>? notTheAppropriationIncome;

    /// <summary>The numerals of a Chinese year or list mark ("二〇二二年度", "（一）"), passed as digits are.</summary>
    private const string ChineseNumerals = "〇零一二三四五六七八九十";

    /// <summary>
    /// Review 25 (revfixb): whether the words before 财政拨款收入 leave the label bare or this year's — once list marks,
    /// punctuation, a year ("2022年度", "二〇二二年") and 其中 are passed, nothing or only 本年 / 本年度 is left. Any other word
    /// (上年, 上年度, 年初, 预算, 同期; a level: 中央, 省级, 市级, 区级, 县级, 本级, 乡级…) makes the figure another period's or
    /// one level's part, never the appropriation's current-year income: it is left to the "unplaced" note.
    /// </summary>
    private static bool IsBareOrThisYear(ReadOnlySpan<char> prefix)
    {
        var i = 0;
        while (i < prefix.Length)
        {
            var c = prefix[i];
            if (c is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19' || ChineseNumerals.IndexOf(c) >= 0)
            {
                while (i < prefix.Length && (prefix[i] is >= '0' and <= '9' or >= '\uFF10' and <= '\uFF19'
                    || ChineseNumerals.IndexOf(prefix[i]) >= 0))
                {
                    i++;
                }

                i += prefix.Slice(i).StartsWith("年度".AsSpan()) ? 2 : prefix.Slice(i).StartsWith("年".AsSpan()) ? 1 : 0;
                continue;
            }

            if (!(c is >= '\u4e00' and <= '\u9fff'))
            {
                i++;   // a list mark, a bracket, punctuation, white space
                continue;
            }

            var rest = prefix.Slice(i);
            var passed = rest.StartsWith("其中".AsSpan()) ? 2 : rest.StartsWith("本年度".AsSpan()) ? 3 : rest.StartsWith("本年".AsSpan()) ? 2 : 0;
            if (passed == 0)
            {
                return false;
            }

            i += passed;
        }

        return true;
    }

    /// <summary>The weak reason markers a budget difference's reason may open with (not 主要用于: a use).</summary>
    private static readonly string[] DifferenceReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.Difference);

    /// <summary>
    /// r13: where the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> gives the reason of a
    /// budget difference after naming it ("决算数与年初预算的差异，主要是年中追加…"), with the marker's length; −1 when it does not.
    /// The words before the marker must name a 差异 (or 差额) and a 预算, the reason target must be a budget comparison, and
    /// the basis they name (年初, 全年/调整) must be the comparison's own: a reason of the other basis is never attached to it.
    /// </summary>
    private int BudgetDifferenceReasonAt(string t, int from, int to, out int length)
    {
        length = 0;
        if (reasonTarget is not { } target || !target.EndsWith("/budget", StringComparison.Ordinal))
        {
            return -1;
        }

        foreach (var marker in DifferenceReasonMarkers)
        {
            var at = t.IndexOf(marker, from, to - from, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var named = t.IndexOf("差异", from, at - from, StringComparison.Ordinal) >= 0
                || t.IndexOf("差额", from, at - from, StringComparison.Ordinal) >= 0;
            if (!named || t.IndexOf("预算", from, at - from, StringComparison.Ordinal) < 0 || FigureIn(t, from, at))
            {
                return -1;
            }

            var initial = t.IndexOf("年初", from, at - from, StringComparison.Ordinal) >= 0;
            var fullYear = t.IndexOf("全年", from, at - from, StringComparison.Ordinal) >= 0
                || t.IndexOf("调整", from, at - from, StringComparison.Ordinal) >= 0;
            var kind = b.FindString(target, "kind");
            if (initial && fullYear || initial && kind != "initial" || fullYear && kind != "fullYear")
            {
                return -1;
            }

            length = marker.Length;
            return at;
        }

        return -1;
    }
}
