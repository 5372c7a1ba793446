namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 57 (units57): a 说明 whose every amount is written in 元 (<c>本年收入合计7,241,257.65元</c>) with a table that
/// declares its own unit, <c>单位：万元</c>, under its title (<c>财政拨款结转结余变动情况表</c>). The declaration had refused the
/// 元 document, so each 元 amount was converted to 万元 with six decimals (FA8005 Info ×19) and none was scored as written.
/// A <c>单位:万元</c> that is a table's (on the title's line, or on the line after a title ending in 表) is that table's unit
/// only: the text is still a 元 document when its 元 are five at least (and the other conditions of
/// <see cref="IsYuanDocument"/> hold — no 万元 figure anywhere else). The table's cells, read in their own unit, convert
/// exactly to 元.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The 元 a 元 document with a 万元 table needs at least (one more than a slip or two could make).</summary>
    private const int YuanBesideWanTables = 5;

    /// <summary>
    /// Whether the <c>单位:万元</c> at <paramref name="at"/> declares a table's unit: before it (white space, brackets and 金额
    /// passed over) is 表 — a title on its line (<c>…情况表　（单位：万元）</c>), <c>本表单位：万元</c> — or its line starts with it and
    /// the last line before ends in 表 (<c>财政拨款结转结余变动情况表</c> / <c>单位：万元</c>).
    /// </summary>
    /// <param name="text">The whole (normalised) text.</param>
    /// <param name="at">The index of 单 in <c>单位:万元</c>.</param>
    /// <returns>Whether it is a table's declaration.</returns>
    internal static bool DeclaresATablesUnit(string text, int at)
    {
        if (string.CompareOrdinal(text, at, DeclaredWanYuan, 0, DeclaredWanYuan.Length) != 0)
        {
            return false;
        }

        var end = at - 1;   // back over white space, brackets and 金额 (the declaration's own words) to a title's 表
        while (end >= 0 && (text[end] is ' ' or '\t' or '\r' or '\u3000' or '(' or '（' or '[' or '【'
            || text[end] == '额' && end > 0 && text[end - 1] == '金'))
        {
            end -= text[end] == '额' ? 2 : 1;
        }

        if (end >= 0 && text[end] != '\n')
        {
            return text[end] == '表';   // "…情况表　（单位:万元）", "本表单位:万元"; a sentence's word is not a title
        }

        while (end >= 0 && char.IsWhiteSpace(text[end]))
        {
            end--;   // the lines before: a title ending in 表 ("财政拨款结转结余变动情况表" / "单位:万元")
        }

        return end >= 0 && text[end] == '表';
    }
}
