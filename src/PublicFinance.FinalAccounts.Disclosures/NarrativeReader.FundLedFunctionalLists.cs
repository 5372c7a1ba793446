namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (classes44, blind round 40 t07): a sentence whose lead names the fund whose functional items it lists —
/// "一般公共预算财政拨款支出按功能分类：公共安全支出（类）司法（款）行政运行（项）（2040601）812.30万元，…，社会保障和就业支出（类）
/// （208）186.12万元" — outside that fund's section. On a page scraped onto one line the headings of the sections after the
/// first are inline and such a list is read in the overview (收入支出决算总体情况), whose model part has no list of functional
/// items: the first item was the note "no list for it" and the rest of the sentence was not read. Nothing of the page was
/// lost by the line: the same sentence on a line of its own under the overview's heading was read the same way. Now the
/// lead (<see cref="GeneralBudgetWholeNames"/>, or 财政拨款支出, then 按功能分类 / 按支出功能分类 / 按功能分类科目 and ':',
/// no figure before it) makes that sentence's items the named fund's (<c>generalBudget/classes</c> and <c>items</c>, or
/// <c>appropriation/items</c>), as under the fund's own heading. A lead without a fund's name ("按支出功能分类科目：…" in
/// 支出决算情况, the department's expenditure of all funds) names no list the model has, and stays the note.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that announce a list by functional classification after a fund's expenditure (longest first).</summary>
    private static readonly string[] FunctionalListLeads = ["按支出功能分类科目", "按支出功能分类", "按功能分类科目", "按功能分类"];

    /// <summary>What every one of <see cref="FunctionalListLeads"/> holds: a sentence's lead without it is passed over at once.</summary>
    private const string FunctionalListWord = "功能分类";

    /// <summary>The whole 财政拨款 expenditure as a lead names it (its fund parts are <see cref="GeneralBudgetWholeNames"/>).</summary>
    private const string AppropriationWholeName = "财政拨款支出";

    /// <summary>The <see cref="sentenceStart"/> of the sentence whose lead names its list's fund, or -1.</summary>
    private int fundLedSentence = -1;

    /// <summary>The section whose functional lists the sentence at <see cref="fundLedSentence"/> fills.</summary>
    private Section fundLedSection;

    /// <summary>
    /// The section whose functional lists an item of the current sentence goes to: the fund its lead names
    /// (<see cref="FundLedFunctionalList"/>), else the current section.
    /// </summary>
    private Section ListSection => fundLedSentence >= 0 && fundLedSentence == sentenceStart ? fundLedSection : section;

    /// <summary>
    /// At a sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/>: when the current section has no
    /// functional list of a fund (the overview, the income or expenditure of all funds, none yet) and the sentence opens with a
    /// fund's expenditure named as the whole of a functional list ("2021年度一般公共预算财政拨款支出按功能分类：…"), the
    /// sentence's items go to that fund's lists (<see cref="ListSection"/>).
    /// </summary>
    private void FundLedFunctionalList(string t, int from, int to)
    {
        fundLedSentence = -1;
        if (section is not (Section.None or Section.Overall or Section.Income or Section.Expenditure or Section.Other))
        {
            return;   // a fund's own section, or one whose figures are no fund's expenditure
        }

        if (FundLedLead(t, from, to) is { } fund)
        {
            (fundLedSentence, fundLedSection) = (sentenceStart, fund);
        }
    }

    /// <summary>
    /// The fund whose functional list the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/>
    /// opens ("2021年度一般公共预算财政拨款支出按功能分类：…"), in its first 64 characters, or null. Session 46: every lead word
    /// holds <see cref="FunctionalListWord"/>, so a sentence without it in those characters (almost every one) is answered
    /// without cutting the lead out or making <see cref="FundLedLeadIn"/>'s closure.
    /// </summary>
    internal static Section? FundLedLead(string t, int from, int to)
        => t.IndexOf(FunctionalListWord, from, Math.Min(to - from, 64), StringComparison.Ordinal) < 0 ? null : FundLedLeadIn(t, from, to);

    /// <summary><see cref="FundLedLead"/> without the pre-test: session 44's body, kept as the tests' oracle.</summary>
    internal static Section? FundLedLeadIn(string t, int from, int to)
    {
        var lead = t.Substring(from, Math.Min(to - from, 64));
        var at = LabelNameStart(lead);   // past 其中, a list number and a year ("2021年度")
        Section fund;
        var name = Array.Find(GeneralBudgetWholeNames, n => string.CompareOrdinal(lead, at, n, 0, n.Length) == 0);
        if (name is not null)
        {
            fund = Section.GeneralBudget;
        }
        else if (string.CompareOrdinal(lead, at, AppropriationWholeName, 0, AppropriationWholeName.Length) == 0)
        {
            (fund, name) = (Section.Appropriation, AppropriationWholeName);
        }
        else
        {
            return null;
        }

        at = SkipListPunctuation(lead, at + name.Length);
        var words = Array.Find(FunctionalListLeads, w => string.CompareOrdinal(lead, at, w, 0, w.Length) == 0);
        if (words is null)
        {
            return null;
        }

        at = SkipListPunctuation(lead, at + words.Length);
        if (string.CompareOrdinal(lead, at, "如下", 0, 2) == 0)
        {
            at += 2;
        }

        return at < lead.Length && lead[at] == ':' ? fund : null;
    }

    /// <summary>Past the spaces and commas at <paramref name="at"/> ("一般公共预算财政拨款支出，按功能分类：").</summary>
    private static int SkipListPunctuation(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or ',')
        {
            at++;
        }

        return at;
    }
}
