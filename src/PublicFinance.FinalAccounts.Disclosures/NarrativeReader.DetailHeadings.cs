namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 39 (blind round 36, t01's FA6103 Info): under "四、财政拨款支出决算情况说明" a text states the 一般公共预算 total
/// ("（一）一般公共预算财政拨款支出1689.82万元…") and then lists its items under a bare "（二）具体情况" — a heading with no
/// section word, so the section stayed the 财政拨款 one and the items went to <c>appropriation/items</c>; the 一般公共预算
/// section then had a total and no items, and FA6103 said its 具体情况 was not found. Such a heading (具体情况, 决算具体情况,
/// 支出具体情况, 具体支出情况), numbered and alone on its line, in the 财政拨款 section once the 一般公共预算 total is stated
/// and before any item was placed there, enters the 一般公共预算 section: the items it heads are that total's.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The bodies of a bare detail heading (after its number; a closing ':' or '。' dropped).</summary>
    private static readonly string[] DetailHeadingBodies = ["具体情况", "决算具体情况", "支出具体情况", "支出决算具体情况", "具体支出情况"];

    /// <summary>
    /// Whether <paramref name="heading"/> is a bare numbered detail heading ("（二）具体情况") heading the 一般公共预算 items in the
    /// 财政拨款 section (see the type's remarks); it then enters the 一般公共预算 section.
    /// </summary>
    private bool DetailHeadingOfGeneralBudget(string heading)
    {
        if (section != Section.Appropriation || !b.Has(N + "generalBudget/total", "amount") || b.Count(N + "appropriation/items") > 0)
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
