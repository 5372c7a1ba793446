namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 23 (B): a section heading and its text on one line, as a scraped page joins them ("五、一般公共預算財政撥款支出決算
/// 情況說明 2020年度一般公共預算財政撥款支出1,231.46萬元，…"). Read as one paragraph, the heading was no heading (the section was
/// never entered) and its words became the subject of the first figure ("…决算情况说明 2020年度一般公共预算财政拨款支出": not
/// known), so the total, its classes and their shares were all lost. The heading is entered as a heading line would be and
/// only the text after it is read.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The text after a top-level heading written at the start of <paramref name="paragraph"/> ("五、…决算情况说明" then a space
    /// or ':'), once the heading's section is entered; null (nothing done) when the paragraph does not open with one: a
    /// Chinese numeral and '、', then within 40 characters words with no digit or clause mark that name a section (a key of
    /// <see cref="SectionKeys"/>) and end in 情况说明 or 情况, or hold 决算 — then a space or ':' and the text.
    /// Blind round 24 (B), family m2: a heading closed by '。' ("（二）一般公共预算财政拨款支出决算情况。2016年…", "三、收入决算情况。…"),
    /// numbered "（二）" or "二、", is such a heading too when its words end in 情况说明 or 情况 — outside 其他需要说明的事项 and 绩效,
    /// whose numbered sub-headings are read by their own rules (<see cref="InlineHeading"/>).
    /// </summary>
    private Fragment? OneLineHeading(Fragment paragraph)
    {
        var text = paragraph.Text;
        var bracketed = text.Length > 3 && text[0] == '(';
        var at = bracketed ? AfterNumerals(text, 1, BlockClassifier.IsChineseNumeral, static c => c == ')')
            : text.Length > 2 && BlockClassifier.IsChineseNumeral(text[0])
                ? AfterNumerals(text, 0, BlockClassifier.IsChineseNumeral, static c => c == '、') : 0;
        var arabic = at == 0 && (at = ArabicHeadingNumberEnd(text)) > 0;   // session 62: "3、公共财政预算财政拨款支出情况。…"
        if (at == 0)
        {
            return null;
        }

        bracketed |= arabic;   // a sub-heading's number: read by the bracketed heading's rules

        var end = -1;
        for (var i = at; i < text.Length && i < at + 40; i++)
        {
            var c = text[i];
            if (c is ' ' or ':' or '。')
            {
                end = i;
                break;
            }

            if (c is ',' or ';' || Scanner.IsDigit(c))
            {
                return null;
            }
        }

        if (end <= at)
        {
            return null;
        }

        var heading = text.Substring(at, end - at);
        var closedBySentence = text[end] == '。';
        var statementSuffix = StatementNameHeading(heading, closedBySentence);   // session 62: "（三）财政拨款支出决算。2023年度…"
        var closedByColon = bracketed && text[end] == ':' && SentenceHeading(heading, true);   // session 63: "4、…决算情况:2020年度…"
        if (arabic && !closedBySentence && !closedByColon)
        {
            return null;
        }

        var statementName = statementSuffix is not null;
        heading += statementSuffix;

        var topicName = TopicNameSubheading(heading, bracketed, closedBySentence);   // session 61: "（三）国有资产。年末…"
        var matter = MatterSubheading(heading, bracketed) || topicName;
        if ((bracketed || closedBySentence) && !SentenceHeading(heading, closedBySentence || closedByColon) && !matter)
        {
            return null;
        }

        var bodyStart = end + 1;
        while (bodyStart < text.Length && text[bodyStart] is ' ' or ':')
        {
            bodyStart++;
        }

        if (bodyStart >= text.Length
            || !(heading.EndsWith("情况说明", StringComparison.Ordinal) || heading.EndsWith("情况", StringComparison.Ordinal)
                || heading.Contains("决算") || topicName
                || !bracketed && text[end] == ' ' && TopicNameHeading(heading)))   // session 45: "七、机关运行经费 2021年度…"
        {
            return null;
        }

        var newForm = arabic || statementName || closedByColon && !matter;
        if (SectionKeyIndex.FirstIn(heading) is not (var key and >= 0))
        {
            if (newForm)
            {
                return null;
            }

            if (!bracketed && StructureHeadingWords(heading) && StructureHeading(heading))
            {
                return paragraph.Slice(bodyStart, paragraph.Length);   // session 35: "四、财政拨款支出决算结构情况 2024年度…"
            }

            return ShortFlowHeadingBody(paragraph, text, end, bracketed, bodyStart)   // session 37: "二、收入情况：本年收入合计…"
                ?? UmbrellaHeadingBody(paragraph, heading, bracketed || closedBySentence, bodyStart);   // blind 29 (F1)
        }

        var target = SectionKeys[key].Section;
        if (closedByColon && !matter && !IsStatementSection(target))
        {
            return null;   // session 63: the colon form only for the finance statements; others are read as before
        }

        if (newForm && target == section)
        {
            return null;   // session 62: the new forms only enter a section; the paragraph is read whole, as before
        }

        if (target != section)
        {
            if (bracketed && !BracketedHeadingMayEnter(target))
            {
                return null;   // Review 24 (B), bug 1: "（一）基本支出决算情况。" inside 支出决算情况 is its all-funds part
            }

            Enter(target);
            bracketSection = bracketed ? target : null;
            sectionInferred = matter;   // blind 29 (F1): the paragraph may go on to another subject, as one its subject gave
        }

        DeclareUnit(heading);
        return paragraph.Slice(bodyStart, paragraph.Length);
    }

    /// <summary>
    /// The section a bracketed one-line heading ("（二）收入决算情况。…") entered, while no other heading moved the reader: its
    /// bracketed siblings may enter theirs ("（三）支出决算情况。…" after it), as the parts of an umbrella heading do.
    /// </summary>
    private Section? bracketSection;

    /// <summary>
    /// Review 24 (B), bug 1: whether a bracketed heading ("（一）…情况。") may move the reader from the current section into
    /// <paramref name="target"/>. A bracketed heading is a sub-heading: it opens a part of the current section, never another
    /// top-level section — under "二、支出决算情况说明", "（一）基本支出决算情况。" is the all-funds 基本支出, not the 一般公共预算财政拨款
    /// 基本支出 section (before: 700.00 went to basicExpenditure/total, a false FA1206). It may when no section is open (an
    /// umbrella "三、部门决算情况说明"), when the current section was itself entered by a bracketed sibling, or when
    /// <paramref name="target"/> is a part of the current section: 财政拨款支出 holds 一般公共预算 / 政府性基金 / 国有资本经营 / 基本支出 /
    /// 三公; 一般公共预算财政拨款支出 holds 基本支出 and 三公; 收入支出决算总体 holds 收入, 支出 and 财政拨款. Session 62: a fund's
    /// 财政拨款 statement (财政拨款, 一般公共预算, 政府性基金, 国有资本经营) may be opened from the overview, the income or the expenditure
    /// — its heading names its basis, so it is never their all-funds part ("2、支出情况。…" then "3、公共财政预算财政拨款支出情况。…").
    /// </summary>
    private bool OpensFromBracket(Section target)
        => section == Section.None || bracketSection == section || (section, target) switch
        {
            (Section.Appropriation, Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital or Section.Basic
                or Section.ThreePublic) => true,
            (Section.GeneralBudget, Section.Basic or Section.ThreePublic) => true,
            (Section.Overall, Section.Income or Section.Expenditure or Section.Appropriation) => true,
            (Section.Overall or Section.Income or Section.Expenditure, var fund) when IsAppropriationSection(fund) => true,   // session 62
            _ => false,
        };

    /// <summary>
    /// Whether a numbered heading closed by '。' or opened by "（二）" (family m2) may be entered: closed by '。', its words end in
    /// 情况说明 or 情况; and the current section is not 其他需要说明的事项 nor 绩效 (their sub-headings have rules of their own).
    /// </summary>
    private bool SentenceHeading(string heading, bool closedBySentence)
        => closedBySentence && section is not (Section.Other or Section.Performance)
            && (heading.EndsWith("情况说明", StringComparison.Ordinal) || heading.EndsWith("情况", StringComparison.Ordinal));
}
