namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Changes named in the reason of a change that the model has no member for (generalisation round ten): a sub-item named
/// inside a part of income or expenditure ("收入合计减少 414.56 万元，主要原因是项目经费收入中农村客运企业补贴较上年减少
/// 483.05 万元") and 基本支出 / 项目支出 named in the reason of an income change ("…，基本支出较上年增加 68.49 万元" — the
/// income for that purpose, not the expenditure item's change). Each is a located note; neither is placed on another item.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a part of income or expenditure ends with before the 中 that names one of its sub-items.</summary>
    private static readonly string[] PartEndings = ["收入", "经费", "支出", "拨款", "资金"];

    /// <summary>
    /// Whether the reason figure <paramref name="number"/> after <paramref name="label"/> (a label ending in a direction, in
    /// the reason of <paramref name="owner"/>'s change) is a change the model has no member for: then it is noted at its
    /// span in <paramref name="clause"/> and must not be placed.
    /// </summary>
    private bool ReasonFigureUnheld(string label, string owner, NumberToken number, Fragment clause)
    {
        var name = ReasonItemName(label);
        var known = ReasonItems.TryGetValue(name, out var item);
        (string Zh, string En) message;
        if (known && owner.StartsWith(N + "income/", StringComparison.Ordinal)
            && item is "expenditure/basic" or "expenditure/project")
        {
            message = DisclosureMessages.ExpenditureKindInIncomeReason(name, number.Digits);
        }
        else if (!known && NamesSubItem(name))
        {
            message = DisclosureMessages.SubItemChange(name, number.Digits);
        }
        else
        {
            return false;
        }

        var span = b.Span(clause, number.Start, number.End);
        b.RemoveNotesAt(span);
        Note(span, message, clause.Text);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="name"/> names a sub-item inside a part ("项目经费收入中农村客运企业补贴", "基本支出中人员经费"): a
    /// part ending in <see cref="PartEndings"/>, then 中, then at least two characters of the sub-item's name (not 其中).
    /// </summary>
    internal static bool NamesSubItem(string name)
    {
        var at = name.IndexOf('中');
        if (at < 2 || name.Length - at - 1 < 2 || name[at - 1] == '其')
        {
            return false;
        }

        var part = name.Substring(0, at);
        return Array.Exists(PartEndings, e => part.EndsWith(e, StringComparison.Ordinal));
    }
}
