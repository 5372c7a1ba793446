using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (narr45b, blind round 41; issue 8, precision first): income and expenditure splits written inside the funds'
/// paragraphs, where the words alone do not say whose figure it is and the text's own arithmetic or words do.
/// <list type="bullet">
/// <item>"本年财政拨款收入 A 万元，其中…；另有其他收入 D 万元" in the 财政拨款 section: D is the department's 其他收入
/// (<c>income/otherIncome</c>) — only after 另有 / 此外 / 另外 and a 财政拨款收入 stated before it in the sentence.</item>
/// <item>In the 一般公共预算 section, "本年基本支出 A 万元，项目支出 B 万元" whose A + B is the department's 本年支出 as stated
/// (<c>overall/currentYearExpenditure</c>) and not the section's total: the department's 基本支出 and 项目支出
/// (<c>expenditure/basic</c>, <c>expenditure/project</c>), and the 人员经费 / 公用经费 named after that 基本支出 in the sentence
/// its parts (<c>expenditure/basicPersonnel</c>, <c>basicPublic</c>).</item>
/// <item>In the 一般公共预算 section whose total equals the department's 本年支出 (no other fund or source spent), its
/// 项目支出 part is the department's (<c>expenditure/project</c>): "…支出 431.45 万元，其中：基本支出 338.62 万元，项目支出
/// 92.83 万元" after "本年支出 431.45 万元".</item>
/// <item>In the 一般公共预算 section, "人员经费 P 万元、公用经费 Q 万元" whose P + Q is the section's 基本支出 already placed
/// (<c>basicExpenditure/total</c>): its parts.</item>
/// <item>In the 一般公共预算 section, a sentence that opens with another fund's 财政拨款支出 ("政府性基金预算财政拨款支出
/// 2205.18 万元，为…"): that fund's <c>currentYearExpenditure</c>, when free.</item>
/// </list>
/// Any other wording stays the note it was. The sums are exact, as written (a split that is a cent off is not taken).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that say an amount comes besides the one stated before (另有其他收入).</summary>
    private static readonly string[] BesidesWords = ["另有", "此外还有", "此外", "另外还有", "另外"];

    /// <summary>What may stand after a member's name before its amount (为, 是, 共).</summary>
    private static readonly string[] NameEnds = ["", "为", "是", "共", "共计"];

    /// <summary>The words that may stand before 基本支出 or 项目支出 naming the year's (本年, 本年度).</summary>
    private static readonly string[] ThisYearLeads = ["", "本年", "本年度", "其中", "其中:", "其中本年"];

    /// <summary>The other funds' expenditure named in full, and their members.</summary>
    private static readonly (string Name, string Target)[] OtherFundExpenditures =
    [
        ("政府性基金预算财政拨款支出", "governmentFund/currentYearExpenditure"),
        ("国有资本经营预算财政拨款支出", "stateCapital/currentYearExpenditure"),
    ];

    /// <summary>
    /// The sentence (<see cref="sentenceStart"/>) and the position in its text of a 项目支出 whose 基本支出 was placed as the department's by
    /// <see cref="YearSplitInGeneralBudget"/>: placed so when it is reached.
    /// </summary>
    private (int Sentence, int Start) yearSplitProject = (-1, -1);

    /// <summary>
    /// "另有其他收入 D 万元" in the 财政拨款 section after a 财政拨款收入 stated in its sentence: <c>income/otherIncome</c>. True
    /// when read so.
    /// </summary>
    private bool OtherIncomeBesidesAppropriation(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section != Section.Appropriation || !IsMember(WithoutLead(compact, BesidesWords, required: true), "其他收入")
            || clause.Start <= currentSentenceFrom
            || currentSentence.IndexOf("财政拨款收入", currentSentenceFrom, clause.Start - currentSentenceFrom, StringComparison.Ordinal) < 0
            || !IsWanYuanOrDocumentUnit(token))
        {
            return false;
        }

        b.Set(N + "income/otherIncome/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        subject = null;   // its share or change after it is not read as the appropriation's
        budget = null;
        return true;
    }

    /// <summary>
    /// The 一般公共预算 section's 基本支出 / 项目支出 that are the department's (see the type's summary) and the parts of a
    /// 基本支出 so placed. True when read so.
    /// </summary>
    private bool YearSplitInGeneralBudget(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section != Section.GeneralBudget || !IsWanYuanOrDocumentUnit(token))
        {
            return false;
        }

        if (InRestatedBasicSentence && BasicPartOf(compact, out _) is not null)
        {
            return AllFundsBasicPart(clause, token, compact, span);   // "基本支出中人员经费 P 万元" after the department's 基本支出
        }

        var name = WithoutLead(compact, ThisYearLeads, required: false);
        if (IsMember(name, "项目支出"))
        {
            return YearProject(clause, token, span);
        }

        if (!IsMember(name, "基本支出") || HeldAmount("overall/currentYearExpenditure") is not { } year
            || HeldAmount("generalBudget/total") is not { } whole
            || NextFigureNamed(clause, token, "项目支出") is not { } project
            || token.Value + project.Value != year || year == whole || b.Has(N + "expenditure/basic/amount"))
        {
            return false;
        }

        b.Set(N + "expenditure/basic/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        yearSplitProject = (sentenceStart, project.Start);
        restatedBasicSentence = sentenceStart;   // its 人员经费 and 公用经费 in the sentence are the department's (AllFundsBasicParts)
        subject = null;
        budget = null;
        return true;
    }

    /// <summary>
    /// A 项目支出 in the 一般公共预算 section: the department's when its 基本支出 was placed so in the sentence, or when the
    /// section's total is the department's 本年支出 (no other fund or source spent). True when placed.
    /// </summary>
    private bool YearProject(ClauseView clause, NumberToken token, SourceSpan span)
    {
        var paired = yearSplitProject.Sentence == sentenceStart && yearSplitProject.Start == clause.Start + token.Start;
        if (!paired && (HeldAmount("overall/currentYearExpenditure") is not { } year || HeldAmount("generalBudget/total") != year))
        {
            return false;
        }

        if (b.Has(N + "expenditure/project/amount"))
        {
            return false;   // held: the note it was (a differing figure is not pressed as a conflict)
        }

        b.Set(N + "expenditure/project/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        subject = null;   // a share after it is of the section's total, which the department's member does not say
        budget = null;
        return true;
    }

    /// <summary>
    /// Whether "人员经费 P 万元、公用经费 Q 万元" in the 一般公共预算 section, with no word tying them to its 基本支出, add up to
    /// that 基本支出 (<c>basicExpenditure/total</c>) as written: <paramref name="token"/> is the <paramref name="part"/> named
    /// first and the other part's amount follows it (<see cref="GeneralBudgetBasicSplit"/> places the first, and the second
    /// after it as before).
    /// </summary>
    private bool AddsUpToTheBasic(ClauseView clause, NumberToken token, string part)
    {
        var other = part == BasicPartNames[0] ? BasicPartNames[1] : BasicPartNames[0];
        return IsWanYuanOrDocumentUnit(token) && HeldAmount("basicExpenditure/total") is { } basic
            && NextFigureNamed(clause, token, other) is { } second && token.Value + second.Value == basic;
    }

    /// <summary>
    /// A sentence of the 一般公共预算 section that opens with another fund's 财政拨款支出 named in full (this year's, a year or
    /// 本年 before it at most): that fund's member, when free. True when placed.
    /// </summary>
    private bool OtherFundExpenditureInGeneralBudget(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        if (section != Section.GeneralBudget || clause.Start > currentSentenceFrom + 1 || !IsWanYuanOrDocumentUnit(token))
        {
            return false;
        }

        foreach (var (name, target) in OtherFundExpenditures)
        {
            var at = compact.IndexOf(name, StringComparison.Ordinal);
            if (at < 0 || !IsMember(compact.Substring(at), name) || compact.IndexOf("其中", StringComparison.Ordinal) >= 0
                || !IsBareOrThisYear(compact.AsSpan(0, at)) || b.Has(N + target + "/amount"))
            {
                continue;
            }

            b.Set(N + target + "/amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
            subject = N + target;   // its change after it is the fund's
            subjectSentence = sentenceStart;
            budget = null;
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> is in 万元, or in 元 in a 元 document, or in 千元 in a 千元 document (the unit the
    /// draft's amounts are in).</summary>
    private bool IsWanYuanOrDocumentUnit(NumberToken token)
        => token.Unit == FigureUnit.WanYuan || token.Unit == FigureUnit.Yuan && yuanDocument
            || token.Unit == FigureUnit.QianYuan && qianYuanDocument;

    /// <summary>
    /// The next figure of the sentence after <paramref name="token"/> (of <paramref name="clause"/>; the figure returned counts
    /// from the sentence's text), when it is an amount of the same unit named
    /// <paramref name="name"/> alone (a list joiner, a unit and punctuation before the name; 为 / 是 after it); else null.
    /// </summary>
    private NumberToken? NextFigureNamed(ClauseView clause, NumberToken token, string name)
    {
        var text = clause.Sentence.Text;
        var end = clause.Start + token.End;   // the token counts from its clause's start
        var figures = new List<NumberToken>(2);
        ClauseFigures(text, end, currentSentenceTo, figures);
        if (figures.Count == 0 || figures[0].Unit != token.Unit)
        {
            return null;
        }

        var next = figures[0];
        var label = CompactLabel(text.Substring(end, next.Start - end));
        label = label.TrimStart(',', ';', ':', '、', '，', '；', '：');
        return IsMember(WithoutLead(label, BasicPartLeads, required: false), name) ? next : null;
    }

    /// <summary>Whether <paramref name="label"/> is <paramref name="name"/> with one of <see cref="NameEnds"/> after it.</summary>
    private static bool IsMember(string label, string name)
        => label.StartsWith(name, StringComparison.Ordinal) && IsOneOf(label.AsSpan(name.Length), NameEnds);

    /// <summary>
    /// <paramref name="label"/> without the longest of <paramref name="leads"/> it starts with (and a comma or colon after
    /// it); with <paramref name="required"/>, an empty string when it starts with none.
    /// </summary>
    private static string WithoutLead(string label, string[] leads, bool required)
    {
        var best = -1;
        foreach (var lead in leads)
        {
            if (lead.Length > best && label.StartsWith(lead, StringComparison.Ordinal) && (lead.Length > 0 || !required))
            {
                best = lead.Length;
            }
        }

        return best < 0 ? string.Empty : label.Substring(best).TrimStart(',', ':', '，', '：');
    }
}
