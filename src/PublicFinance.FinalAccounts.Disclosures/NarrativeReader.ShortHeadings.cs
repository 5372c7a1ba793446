namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 25 (excerpts), families r10/r11 (blindfixa): short section headings no section key names. "二、收支情况" (a
/// township's one overview heading) enters the overview; inside the income, "（二）支出情况" enters the expenditure and
/// "（三）基本支出按经济分类情况" the 基本支出 section — before, the income stayed open, so 支出合计, 基本/项目支出 were lost and the
/// 经济分类 shares (占基本支出的 63.43%) landed on 其他收入 (four false Errors). And r12: a heading of both 政府采购 and
/// 机关运行经费 lets each sentence's subject say which it is. Called first by <c>Heading()</c>.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The bodies of a short heading of the whole overview (收支情况).</summary>
    private static readonly string[] OverviewHeadingBodies =
    [
        "收支情况", "收支情况说明", "收入支出情况", "收入支出情况说明", "收支决算情况",
        "收入支出预算执行情况", "收支预算执行情况", "收入支出决算情况", "收入支出决算情况说明",   // session 51 (round 47 t07)
    ];

    /// <summary>The bodies of a short subsection heading of the whole expenditure (支出情况).</summary>
    private static readonly string[] ExpenditureHeadingBodies = ["支出情况", "支出情况说明", "支出说明"];

    /// <summary>The endings of a subsection heading of the 基本支出 ("基本支出按经济分类情况", "基本支出情况说明").</summary>
    private static readonly string[] BasicHeadingEndings = ["情况", "情况说明", "说明"];

    /// <summary>
    /// Whether a short numbered heading ("二、收支情况", "（二）支出情况", "（三）基本支出按经济分类情况") entered its section: the
    /// overview from anywhere outside a fund's section; the expenditure from inside the income; the 基本支出 from inside the
    /// income, the expenditure or the overview. Any other heading is left to <c>Heading()</c>.
    /// </summary>
    private bool ShortSectionHeading(string heading)
    {
        if (CombinedSubjectHeading(heading))
        {
            // r12: "八、政府采购及机关运行经费情况" — the section the heading names first, then each sentence's own subject
            // (before: the first key, 机关运行经费, held the 政府采购 figures, which were lost); also 三公 (NarrativeReader.CombinedHeadings.cs).
            return true;
        }

        var bracketed = heading.Length > 3 && heading[0] == '(';
        var at = bracketed
            ? AfterNumerals(heading, 1, BlockClassifier.IsChineseNumeral, static c => c == ')')
            : AfterNumerals(heading, 0, BlockClassifier.IsChineseNumeral, static c => c == '、');
        if (at == 0 || heading.Length - at > 16)
        {
            return false;
        }

        var body = heading.AsSpan(at).Trim().TrimEnd(':').TrimEnd('。');
        if (IsOneOf(body, OverviewHeadingBodies) && section is not (Section.GovernmentFund or Section.StateCapital or Section.Appropriation
            or Section.GeneralBudget or Section.Overall))
        {
            Enter(Section.Overall);
            bracketSection = null;
            return true;
        }

        if (section == Section.Income && IsOneOf(body, ExpenditureHeadingBodies))
        {
            Enter(Section.Expenditure);
            bracketSection = bracketed ? Section.Expenditure : null;   // its bracketed siblings may enter theirs (ReadGaps25)
            return true;
        }

        if (section is Section.Income or Section.Expenditure or Section.Overall && body.StartsWith("基本支出".AsSpan())
            && EndsWithOneOf(body, BasicHeadingEndings) && body.IndexOf("财政拨款".AsSpan()) < 0
            && (!bracketed || BracketedHeadingMayEnter(Section.Basic)))
        {
            // A bracketed "（一）基本支出决算情况" under a whole "二、支出决算情况" stays there (BracketedHeadings: its
            // all-funds part); under a bracketed sibling ("（二）支出情况") it enters, and so may the next sibling.
            Enter(Section.Basic);
            bracketSection = bracketed ? Section.Basic : null;
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="body"/> is one of <paramref name="words"/>.</summary>
    private static bool IsOneOf(ReadOnlySpan<char> body, string[] words)
    {
        foreach (var word in words)
        {
            if (body.SequenceEqual(word.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="body"/> ends with one of <paramref name="endings"/>.</summary>
    private static bool EndsWithOneOf(ReadOnlySpan<char> body, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (body.EndsWith(ending.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }
}
