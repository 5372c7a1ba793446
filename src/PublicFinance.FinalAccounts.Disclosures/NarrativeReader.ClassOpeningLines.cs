namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34, blind round 32 family E1: in the 财政拨款 section, a 类 named on a line of its own without figures
/// ("1.医疗卫生与计划生育支出（类）") opens that 类's items, written on the lines after it as "（1）公共卫生（款）疾病预防控制机构（项）：
/// 年初预算为…，支出决算为…，完成年初预算的…%". Each such line is an item of <c>appropriation/items</c> under the open 类 — never the
/// section total's budget comparison (before, the 类 line and the first item ran into one paragraph whose figures became the
/// total's: a false FA1208). A "2.公共卫生（款）重大公共卫生专项（项）：" line that does not repeat the 类 after an item that named it
/// on one line with its 款 and 项 is an item of that 类 too (before, a note and none of its figures read).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The 类 a figureless line of the 财政拨款 section opened (<see cref="AppropriationClassLine"/>), or null.</summary>
    private string? openedClass;

    /// <summary>The longest a 类 name on a line of its own may be.</summary>
    private const int OpenedClassNameLength = 30;

    /// <summary>
    /// Whether <paramref name="body"/> (a paragraph of the 财政拨款 section without its list number) is a 类 named alone, with no
    /// figure and nothing after its level mark ("医疗卫生与计划生育支出（类）", "（一）社会保障和就业支出（类）") but the name's last word
    /// 支出 ("1.教育（类）支出", session 35; the name is then 教育支出): it opens that 类's
    /// items (<see cref="openedClass"/>) and states nothing itself. Any other paragraph that is not one of its items closes it.
    /// </summary>
    private bool AppropriationClassLine(Fragment body)
    {
        var text = body.Text.TrimEnd();
        var spendWord = text.EndsWith("(类)支出", StringComparison.Ordinal);   // session 35: "1.教育(类)支出"
        if (!(spendWord || text.EndsWith("(类)", StringComparison.Ordinal)) || ContainsFigure(text))
        {
            return false;
        }

        var name = WithoutEntryNumber(text.Substring(0, text.Length - (spendWord ? 5 : 3)).Trim()) + (spendWord ? "支出" : string.Empty);
        if (name.Length < 2 || name.Length > OpenedClassNameLength)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is ':' or ',' or ';' or '。' or '、' or '(' or ')')
            {
                return false;   // a clause break or another level mark: more than a 类's name
            }
        }

        openedClass = name;
        subject = null;
        budget = null;
        reasonTarget = null;
        lastLabel = string.Empty;
        return true;
    }

    /// <summary>
    /// A paragraph of the 财政拨款 section that opens with a 款 or 项 named without its 类 (<see cref="UnclassedItemHead"/>) and
    /// states figures, read while a 类 is open: the 类 a line of its own opened (<see cref="AppropriationClassLine"/>), or the
    /// 类 written with the item before ("1.X（类）Y（款）Z（项）：…", the current subject). The item is a new entry of
    /// <c>appropriation/items</c> with that 类's name and becomes the subject; <paramref name="rest"/> is what follows its
    /// name. False (and no 类 open any more) for any other paragraph.
    /// </summary>
    private bool AppropriationClassItem(Fragment body, out Fragment rest)
    {
        rest = body;
        var className = openedClass ?? ClassOfCurrentItem();
        var text = body.Text;
        if (className is null || !ContainsFigure(text)
            || !UnclassedItemHead(text, out var sectionName, out var itemName, out var consumed))
        {
            openedClass = null;
            return false;
        }

        var span = b.Span(body, 0, Math.Min(consumed, body.Length));
        var code = ResolveCode(className, sectionName, itemName);
        subject = StartFunctionalEntry(N + "appropriation/items", code, className, itemName is null ? null : sectionName,
            itemName ?? sectionName ?? string.Empty, span, text, consumed);
        rest = ItemEntered(body, text, consumed);
        return true;
    }

    /// <summary>The 类 name of the current subject when it is an item of the 财政拨款 section that names one; else null.</summary>
    private string? ClassOfCurrentItem() =>
        subject is not null && subject.StartsWith(N + "appropriation/items/", StringComparison.Ordinal)
            ? b.FindString(subject, "className") : null;
}
