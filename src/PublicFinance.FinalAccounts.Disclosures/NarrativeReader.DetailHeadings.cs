namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (blind round 36, t01's FA6103 Info): under "四、财政拨款支出决算情况说明" a text states the 一般公共预算 total
/// ("（一）一般公共预算财政拨款支出1689.82万元…") and then lists its items under a bare "（二）具体情况" — a heading with no
/// section word, so the section stayed the 财政拨款 one and the items went to <c>appropriation/items</c>; the 一般公共预算
/// section then had a total and no items, and FA6103 said its 具体情况 was not found. (The total itself is placed only when
/// the whole text is read, so the heading cannot ask the report for it: the paragraph before the heading is what tells.)
/// Such a heading (具体情况, 决算具体情况, 支出具体情况, 具体支出情况), numbered and alone on its line, in the 财政拨款 section
/// right after a paragraph that opens with 一般公共预算财政拨款支出 (after its number and year), and before any item was placed
/// there, enters the 一般公共预算 section: the items it heads are that total's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The bodies of a bare detail heading (after its number; a closing ':' or '。' dropped).</summary>
    private static readonly string[] DetailHeadingBodies = ["具体情况", "决算具体情况", "支出具体情况", "支出决算具体情况", "具体支出情况"];

    /// <summary>Whether the last paragraph read, in the 财政拨款 section, opened with 一般公共预算财政拨款支出.</summary>
    private bool generalBudgetParagraphLast;

    /// <summary>
    /// Keeps <see cref="generalBudgetParagraphLast"/> for the block about to be read: a paragraph of the 财政拨款 section sets it
    /// to whether it opens with 一般公共预算财政拨款支出 (after its number and a year: "（一）2021年度一般公共预算财政拨款支出…");
    /// a heading leaves it; anything else, or another section, clears it.
    /// </summary>
    private void GeneralBudgetParagraphSeen(Block block)
    {
        if (section != Section.Appropriation)
        {
            generalBudgetParagraphLast = false;
            return;
        }

        if (block.Kind == BlockKind.Heading)
        {
            return;
        }

        if (block.Kind is not (BlockKind.Prose or BlockKind.ListItem))
        {
            generalBudgetParagraphLast = false;
            return;
        }

        var text = block.Content.Text;
        var body = WithoutEntryNumber(text.Length > 40 ? text.Substring(0, 40) : text);
        var at = 0;
        while (at < body.Length && (Scanner.IsDigit(body[at]) || body[at] is '年' or '度' or ' '))
        {
            at++;
        }

        generalBudgetParagraphLast = string.CompareOrdinal(body, at, "一般公共预算财政拨款支出", 0, 12) == 0;
    }

    /// <summary>
    /// Whether <paramref name="heading"/> is a bare numbered detail heading ("（二）具体情况") heading the 一般公共预算 items in the
    /// 财政拨款 section (see the type's remarks); it then enters the 一般公共预算 section.
    /// </summary>
    private bool DetailHeadingOfGeneralBudget(string heading)
    {
        if (section != Section.Appropriation || !generalBudgetParagraphLast || b.Count(N + "appropriation/items") > 0)
        {
            return false;
        }

        var body = WithoutEntryNumber(heading);
        if (ReferenceEquals(body, heading) || body.Length == heading.Length)
        {
            return false;   // not numbered: a line of prose, not this heading
        }

        body = body.Trim().TrimEnd(':', '。').TrimEnd();
        if (Array.IndexOf(DetailHeadingBodies, body) < 0)
        {
            return false;
        }

        Enter(Section.GeneralBudget);
        return true;
    }
}
