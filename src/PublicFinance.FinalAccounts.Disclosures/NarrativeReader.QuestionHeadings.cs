namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 51, t05): a 部门决算解读 written as questions and answers — <c>问：2021年度收入、支出总体情况如何？</c>
/// then <c>答：2021年度本年收入合计1040.76万元，比上年决算减少131.54万元…</c>. The question is the answer's heading: the
/// answer's figures belong to the subject the question asks about, and the answer does not name a section of its own. The
/// question was read as a paragraph without figures, so the answer stayed in the section before it (the staff numbers of
/// the question before) and its statement figures were dropped there. A question line (问 and a colon, ending in a question
/// mark, short) is now read as a heading: the section its words name (<see cref="SectionKeys"/>, or the plain words of a
/// 解读 — 收入、支出总体, 收入主要来自, 钱花在…), and when it names none, no section, so the answer's own words decide. A
/// question naming two (<c>政府采购和国有资产情况怎样？</c>) enters the first key's: leaving such a question as a paragraph (tried)
/// kept its answer in the section before and lost t05's procurement figures.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words of a question that name a statement section the headings' keys do not.</summary>
    private static readonly (string Word, Section Section)[] QuestionWords =
    [
        ("总体情况", Section.Overall), ("收支情况", Section.Overall), ("收入来源", Section.Income), ("收入主要来自", Section.Income),
        ("钱从哪", Section.Income), ("支出主要用于", Section.Expenditure), ("花在", Section.Expenditure),
        ("钱花到", Section.Expenditure), ("支出结构", Section.Expenditure),
    ];

    /// <summary>The most characters a question line has.</summary>
    private const int MostQuestionLength = 60;

    /// <summary>
    /// Whether <paramref name="paragraph"/> is a question line ("问：…？"); if so it has been read as a heading (see the type).
    /// </summary>
    private bool QuestionHeading(Fragment paragraph)
    {
        var text = paragraph.Text;
        var end = Scanner.EndWithoutSpaces(text);

        if (end < 4 || end > MostQuestionLength || text[0] != '问' || text[1] is not (':' or '：')
            || text[end - 1] is not ('?' or '？'))
        {
            return false;
        }

        var question = text.Substring(2, end - 2);
        var key = SectionKeyIndex.FirstIn(question);
        Enter(key >= 0 ? SectionKeys[key].Section : QuestionSection(question));   // "收入、支出总体情况如何？": a plain question
        return true;
    }

    /// <summary>The section a question's plain words ask about (<see cref="QuestionWords"/>), or none.</summary>
    private static Section QuestionSection(string question)
    {
        foreach (var (word, s) in QuestionWords)
        {
            if (question.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return s;
            }
        }

        return Section.None;
    }
}
