namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Texts without headings whose paragraphs each open with one flow of the unit (session 39, blind round 37 t09; issue 8):
/// "2023年度本部门本年收入412.66万元，…其中财政拨款收入398.16万元，占96.49%…", then "本年支出405.30万元，比上年增加16.85万元…其中
/// 基本支出…项目支出…", then "截至2023年12月31日，本部门资产总额356.82万元…". Session 38's openings
/// (<see cref="OpeningAfterIntroduction"/>) know 收入合计 / 支出合计 and an overview stating both; 本年收入 and 本年支出 alone, after
/// 本部门, entered no section, and every figure of the text but its 三公 and vehicles was a note (未能归类). The subject is
/// taken only where it is certain: the year and 本部门 / 本单位 (in either order) and nothing else before it, the figure
/// right after it, and the paragraph speaking of that flow only; or, right after a paragraph so entered, the bare subject
/// at the paragraph's start. Such a paragraph enters the income or expenditure section (never the overview, so a 三公 or
/// 财政拨款 paragraph can never become it), and one opening with 资产总额 the assets section.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>How far into a paragraph an owned subject may start ("截至2023年12月31日，本部门").</summary>
    private const int OwnedSubjectReach = 20;

    /// <summary>The subjects an owned opening may name, each with the section it enters.</summary>
    private static readonly (string Subject, Section Section)[] OwnedSubjects =
    [
        ("本年收入", Section.Income), ("本年支出", Section.Expenditure), ("资产总额", Section.Assets), ("资产总计", Section.Assets),
    ];

    /// <summary>The owners that make an opening's subject certain.</summary>
    private static readonly string[] OpeningOwners = ["本部门", "本单位"];

    /// <summary>
    /// The section a paragraph's owned opening names (see the type's summary), or <see cref="Section.None"/>: "2023年度本部门
    /// 本年收入 X 万元" → income; "本年支出 X 万元" at the start of the paragraph after an owned opening → expenditure;
    /// "截至2023年12月31日，本部门资产总额 X 万元" → assets. Not "本年收入合计…本年支出合计…" (both flows), not "2023年度本部门财政
    /// 拨款本年收入…" (another word before the subject), not "本年收入总计".
    /// </summary>
    private Section OwnedFlowOpening(string text)
    {
        foreach (var (subject, opened) in OwnedSubjects)
        {
            var at = text.IndexOf(subject, 0, Math.Min(text.Length, OwnedSubjectReach + subject.Length), StringComparison.Ordinal);
            if (at < 0 || !FigureFollows(text, at + subject.Length))
            {
                continue;
            }

            var owned = OwnedPeriodBefore(text.Substring(0, at), opened == Section.Assets);
            var bare = at == 0 && sectionInferred && section is Section.Income or Section.Expenditure && opened != section;
            if (!(owned || bare))
            {
                continue;
            }

            if (opened == Section.Income && text.Contains("支出") || opened == Section.Expenditure && text.Contains("收入"))
            {
                return Section.None;   // both flows in one paragraph: the overview's, which session 38's openings read
            }

            return opened;
        }

        return Section.None;
    }

    /// <summary>
    /// Whether the figure follows the subject at <paramref name="from"/>: after nothing but 合计, 为, 共 or a colon ("本年收入
    /// 412.66万元", "本年收入合计为…"); not 总计 nor another word ("本年收入比上年…").
    /// </summary>
    private static bool FigureFollows(string text, int from)
    {
        var i = from;
        if (string.CompareOrdinal(text, i, "合计", 0, 2) == 0)
        {
            i += 2;
        }

        while (i < text.Length && text[i] is '为' or '共' or '：' or ':' or ' ' or '\u3000')
        {
            i++;
        }

        return i < text.Length && Scanner.IsDigit(text[i]);
    }

    /// <summary>
    /// Whether <paramref name="head"/> is the year and an owner (本部门 / 本单位) and nothing else: "2023年度本部门",
    /// "本部门2023年度", "2023年，本单位"; for the assets also the date they are held at ("截至2023年12月31日，本部门",
    /// "2023年末本单位").
    /// </summary>
    private static bool OwnedPeriodBefore(string head, bool heldAt)
    {
        var owner = Array.FindIndex(OpeningOwners, o => head.Contains(o));
        if (owner < 0)
        {
            return false;
        }

        var rest = head.Replace(OpeningOwners[owner], string.Empty);
        if (heldAt)
        {
            rest = rest.Replace("截至", string.Empty).Replace("截止", string.Empty);
        }

        var year = false;
        foreach (var c in rest)
        {
            year |= c == '年';
            var period = c is (>= '0' and <= '9') or '年' or '度' or '，' or ',' or ' ' or '\u3000'
                || heldAt && c is '月' or '日' or '底' or '末';
            if (!period)
            {
                return false;
            }
        }

        return year || heldAt;
    }
}
