using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 35 (issue 8; built in session 34 and withdrawn, blind round 32's miss 3): a share whose base is written inline —
/// "财政拨款支出 1642.85 万元，占本年支出合计 1702.93 万元的 96.47%", "…占财政拨款支出 900.00 万元的比重为 90.00%". The amount after
/// 占 is the share's base, not a second value of the subject (before: "a figure of another kind", the subject dropped and the
/// percentage "could not be placed"). The base is placed when its name is a model figure of certain subject and period and
/// that figure is not held with another value, else a located note; the percentage is the subject's share when the base is
/// the one the model's share of the subject is checked against (FA2001–FA2006), or the subject has no share rule; a share
/// of another base is a note (<see cref="DisclosureMessages.ShareOfAnotherBase"/>). A budget or a prior year after 占
/// ("占年初预算 6868.30 万元的 87.3%", a completion rate) is no share base and is left to the budget readers.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The sentence and clause of the last inline share base read, its name and the model figure it is (or null).</summary>
    private (int Sentence, int Clause, string Name, string? Target) shareBase = (-1, -1, string.Empty, null);

    /// <summary>The longest a base's name between 占 and its amount may be.</summary>
    private const int ShareBaseNameLength = 24;

    /// <summary>Words of a name after 占 that make the amount no share base: a budget (a completion rate) or another period.</summary>
    private static readonly string[] NotShareBaseWords = ["预算", "计划", "上年", "上一年", "去年", "同期"];

    /// <summary>Words between "元的" and the percentage of an inline share ("的比重为 90.00%", "的比例是…").</summary>
    private static readonly string[] ShareWords = ["比重", "比例", "份额"];

    /// <summary>
    /// Whether the amount <paramref name="token"/> is the base of a share written in its own clause "占 NAME X 万元的 Y%": the
    /// clause opens with 占, the name has no figure, clause break, budget nor other period, and after the amount's unit comes
    /// 的 (比重为 …) and a percentage alone. The base is then kept for the percentage (<see cref="InlineShareBase"/>) and placed
    /// when its name is a model figure (<see cref="ShareBaseTarget"/>) not held with another value; else a note.
    /// </summary>
    private bool ShareBaseAmount(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var written = Trimmed(label);
        if (!token.IsMoney || written.Length < 3 || written[0] != '占' || written.Length - 1 > ShareBaseNameLength
            || HasDigit(written))
        {
            return false;
        }

        var text = clause.Text.TrimEnd();
        var de = text.IndexOf("元的", Math.Max(0, Math.Min(token.End - 1, text.Length)), StringComparison.Ordinal);
        if (de < 0 || !text.EndsWith("%", StringComparison.Ordinal) || !OnlyAPercentage(text, AfterShareWords(text, de + 2)))
        {
            return false;
        }

        var name = written.Substring(1);
        if (name.EndsWith("为", StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 1);
        }

        foreach (var c in name)
        {
            if (c is ',' or ':' or ';' or '。' or '、' or '(' or ')')
            {
                return false;
            }
        }

        foreach (var word in NotShareBaseWords)
        {
            if (name.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return false;   // blind-pages-27 t09: "占年初预算 6868.30 万元的 87.3%" is a completion rate (BudgetBasis)
            }
        }

        var amount = AmountNode(token, span);
        var target = ShareBaseTarget(name, amount);
        var held = target is null ? null : HeldBase(target);
        if (target is not null && held is not null && !DraftNode.SameValue(held, amount))
        {
            target = null;   // "占本年支出合计 1800.00 万元的…" beside a total of 1702.93: which is meant is not known
        }

        if (target is null)
        {
            Note(span, DisclosureMessages.ShareBaseNotPlaced, clause);
        }
        else
        {
            b.Set(N + target + "/amount", amount, span, ClaimKind.Amount, clause.Text);   // the same value again: a restatement
        }

        shareBase = (sentenceStart, clause.Start, name, target);
        return true;
    }

    /// <summary>
    /// The model figure (relative to /narrative/) a share's base names, or null: 三公 → the 三公 total, 政府采购 → its total,
    /// 一般公共预算…支出 → that total, 财政拨款支出 → the year's 财政拨款 expenditure, the year's income or expenditure
    /// (本年收入合计, 支出合计 …) → the overview's; "支出总额" / "收入总额" only when <paramref name="amount"/> is the year's
    /// figure already read (which total is meant is not written). A fund's or a part's name is none.
    /// </summary>
    private string? ShareBaseTarget(string name, DraftNode? amount)
    {
        if (name.IndexOf("三公", StringComparison.Ordinal) >= 0)
        {
            return "threePublic/total";
        }

        if (name.IndexOf("采购", StringComparison.Ordinal) >= 0)
        {
            return name.IndexOf("中小", StringComparison.Ordinal) >= 0 || name.IndexOf("小微", StringComparison.Ordinal) >= 0
                ? null : "procurement/total";
        }

        if (name.IndexOf("政府性基金", StringComparison.Ordinal) >= 0 || name.IndexOf("国有资本", StringComparison.Ordinal) >= 0
            || name.IndexOf("基本支出", StringComparison.Ordinal) >= 0 || name.IndexOf("项目支出", StringComparison.Ordinal) >= 0
            || name.IndexOf("收入", StringComparison.Ordinal) >= 0 && name.IndexOf("支出", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        if (name.IndexOf("一般公共预算", StringComparison.Ordinal) >= 0)
        {
            return name.IndexOf("支出", StringComparison.Ordinal) >= 0 ? "generalBudget/total" : null;
        }

        if (name.IndexOf("财政拨款", StringComparison.Ordinal) >= 0)
        {
            return name.IndexOf("支出", StringComparison.Ordinal) >= 0 ? "appropriation/currentYearExpenditure" : null;
        }

        foreach (var (whole, year) in AmbiguousTotals)
        {
            if (name.IndexOf(whole, StringComparison.Ordinal) >= 0)
            {
                return amount is not null && HeldBase(year) is { } held && DraftNode.SameValue(held, amount) ? year : null;
            }
        }

        return Resolve(Section.Overall, name) is { } resolved
            && resolved is "overall/currentYearExpenditure" or "overall/currentYearIncome" ? resolved : null;
    }

    /// <summary>Names of a whole that may be the year's figure or its grand total, and the year's figure.</summary>
    private static readonly (string Whole, string Year)[] AmbiguousTotals =
        [("支出总额", "overall/currentYearExpenditure"), ("收入总额", "overall/currentYearIncome")];

    /// <summary>
    /// The amount held for <paramref name="target"/> or the figure FA1208 equates it with (the overview's year income and
    /// expenditure with the 收入 and 支出 sections' totals), or null.
    /// </summary>
    private DraftNode? HeldBase(string target)
    {
        if (b.Find(N + target + "/amount") is { } held)
        {
            return held;
        }

        var twin = target switch
        {
            "overall/currentYearExpenditure" => "expenditure/total",
            "overall/currentYearIncome" => "income/total",
            _ => null,
        };
        return twin is null ? null : b.Find(N + twin + "/amount");
    }

    /// <summary>
    /// The model figure (relative to /narrative/) the share of <paramref name="owner"/> is checked against by the share rules
    /// (FA2001–FA2006), or null when no rule checks its share.
    /// </summary>
    private static string? ShareRuleBase(string owner)
    {
        if (!owner.StartsWith(N, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = owner.Substring(N.Length);
        return relative switch
        {
            "generalBudget/total" => "overall/currentYearExpenditure",
            _ when relative.StartsWith("generalBudget/classes/", StringComparison.Ordinal) => "generalBudget/total",
            _ when relative.EndsWith("/total", StringComparison.Ordinal) => null,
            _ when relative.StartsWith("income/", StringComparison.Ordinal) => "overall/currentYearIncome",
            _ when relative.StartsWith("expenditure/", StringComparison.Ordinal) => "overall/currentYearExpenditure",
            _ when relative.StartsWith("threePublic/", StringComparison.Ordinal) => "threePublic/total",
            _ when relative.StartsWith("procurement/", StringComparison.Ordinal) => "procurement/total",
            _ => null,
        };
    }

    /// <summary>Where the percentage starts after "元的" at <paramref name="from"/>: past 比重 / 比例 / 份额 and 为 / 是.</summary>
    private static int AfterShareWords(string text, int from)
    {
        foreach (var word in ShareWords)
        {
            if (Scanner.Starts(text, from, word, text.Length))
            {
                from += word.Length;
                break;
            }
        }

        return from < text.Length && text[from] is '为' or '是' ? from + 1 : from;
    }

    /// <summary>Whether the text from <paramref name="from"/> is a percentage alone ("96.47%", spaces allowed).</summary>
    private static bool OnlyAPercentage(string text, int from)
    {
        var digits = 0;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (Scanner.IsDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ' ' or '%'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    /// <summary>
    /// The percentage after an inline share base of its clause (<see cref="ShareBaseAmount"/>): the subject's share with the
    /// base's name as its basis when the base is the one the subject's share rule divides by, or the subject has none; else
    /// a note. True when it was so read or noted.
    /// </summary>
    private bool InlineShareBase(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (shareBase.Sentence != sentenceStart || shareBase.Clause != clause.Start
            || !Trimmed(label).StartsWith("的", StringComparison.Ordinal))
        {
            return false;
        }

        if (subject is null)
        {
            Note(span, DisclosureMessages.ShareWithoutFigure, clause);
            return true;
        }

        if (ShareRuleBase(subject) is { } ruleBase && ruleBase != shareBase.Target)
        {
            Note(span, DisclosureMessages.ShareOfAnotherBase, clause);   // "基本支出…，占财政拨款支出 X 万元的 Y%": FA2002 divides by
            return true;                                                 // the year's expenditure, not by this base
        }

        if (FundPartShareHeld(subject, shareBase.Name, PercentNode(token), clause.Sentence.At(clause.Start), span, clause.Text))
        {
            return true;   // session 41: a fund part's share of another whole than 财政拨款收入 (FundPartShareBases, FA2007)
        }

        b.SetUnder(subject, "share", PercentNode(token), span, ClaimKind.Share, clause.Text);
        b.SetUnder(subject, "shareBasis", DraftNode.Of(shareBase.Name), span);
        return true;
    }

    /// <summary>
    /// Whether a share written without its amount ("占财政拨款支出的比重为 90.00%") names a base that is a model figure other than
    /// the one the subject's share rule divides by, for the year's income or expenditure shares (FA2001–FA2003): the share is
    /// then not that rule's (a false Error: 900 / 1300 against a share of 900 / 1000). A base the reader does not know keeps
    /// the share as before. The 一般公共预算 classes' shares (FA2004), whose texts often name the 财政拨款 total or the year's
    /// spending for theirs, keep it unless the named base is held with another amount than the 一般公共预算 total (session
    /// 41: "占财政拨款支出的 40.00%" of 1500 beside a general-budget total of 1000 was a false FA2004).
    /// </summary>
    private bool NamedShareBaseIsAnother(string name)
    {
        var ruleBase = subject is null ? null : ShareRuleBase(subject);
        if (ruleBase is "generalBudget/total")
        {
            return ShareBaseTarget(name, null) is { } named && named != ruleBase && HeldBase(named) is { } held
                && !(HeldBase(ruleBase) is { } total && DraftNode.SameValue(held, total));
        }

        return ruleBase is "overall/currentYearExpenditure" or "overall/currentYearIncome"
            && ShareBaseTarget(name, null) is { } target && target != ruleBase;
    }
}
