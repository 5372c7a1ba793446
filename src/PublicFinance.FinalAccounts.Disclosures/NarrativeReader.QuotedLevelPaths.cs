using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 52 t10, Shanghai's item wording): an item of the 一般公共预算 section is written as its quoted
/// 类/款/项 path — <c>1.“一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）”科目，2025年度财政拨款支出487.36万元，
/// 比2025年年初预算减少8.14万元，主要原因是…</c> — after a coded table of the same items (科目编码 科目名称 年初预算 决算数).
/// The path resolved to the table row's code, so the line's item was the row's entry, but the prose was not known to name
/// a table row: its amount (487.36) was left unplaced instead of compared with the row's (478.36), and the subject was
/// dropped before the 比年初预算 difference and its reason, so every row got a false FA2206 (a budget difference without a
/// reason). Now an entry found by its code that a coded table row placed is the named table item (its first amount is
/// compared with the row's, <see cref="ProseNamesTableItem"/>); a 项 the catalogue has no code for (2013199) is the one
/// table row of its name whose code lies under the 款 the prose names; and the opening quote is no part of the 类 name.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A 类 name without the opening quote of a quoted 类/款/项 path (<c>“一般公共服务支出</c> → <c>一般公共服务支出</c>).
    /// </summary>
    private static string WithoutOpeningQuote(string className)
    {
        var at = 0;
        while (at < className.Length && className[at] is '“' or '"' or '「' or '『' or '‘' or '\'')
        {
            at++;
        }

        return at == 0 ? className : className.Substring(at);
    }

    /// <summary>
    /// Whether <paramref name="item"/> (a table row's entry without a 款 name) has a code under a 款 the catalogue names
    /// <paramref name="sectionName"/>: the prose's <c>…事务（款）其他…支出（项）</c> names that row even when the catalogue does not
    /// know the 项's code.
    /// </summary>
    private bool TableRowUnderSection(string item, string sectionName)
    {
        if (b.FindString(item, "sectionName") is not null || b.FindString(item, "code") is not { Length: 7 } code)
        {
            return false;
        }

        var sections = Named(sectionName, FunctionalLevel.Section, NoCodes);
        for (var i = 0; i < sections.Count; i++)
        {
            if (code.StartsWith(sections[i].Value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entry <paramref name="listed"/> a list search found by its code; when a coded table row placed it, the prose that
    /// names it now is the named table item (its first amount is compared with the row's, not left unplaced).
    /// </summary>
    private string TableRowNamedByCode(string listed)
    {
        if (tableItems?.Contains(listed) == true)
        {
            namedTableItem = listed;
        }

        return listed;
    }
}
