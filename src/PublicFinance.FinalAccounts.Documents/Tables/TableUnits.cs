namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Session 59 (blind round 55 t06): the unit (金额单位) of a table as its caption prints it — <c>（单位：千元）</c> on the
/// title's line, <c>单位：千元</c> or <c>金额单位：千元</c> under it. The word that ends in the first 元 after 单位 is the unit:
/// 元, 千元 (仟元), 万元 or 亿元. Before, any 元 that was not 万元 or 亿元 was read as 元, so a 千元 table was scaled a
/// thousand times too small against prose in 万元 (four false FA1103 in round 55 t06); a word the model has no unit for
/// (百元, 十万元, 百万元, 千万元) is uncertain, and a table in it is not read (<see cref="NineTables"/>), never checked.
/// </summary>
internal static class TableUnits
{
    /// <summary>
    /// The unit of the 单位 part <paramref name="rest"/> (compacted, starting at 单位): null when it names no amount unit (no
    /// 元) or an uncertain one, which is then <paramref name="uncertain"/> (as printed, e.g. 百万元).
    /// </summary>
    /// <param name="rest">The caption from 单位 on, without white space.</param>
    /// <param name="uncertain">The unit word when it is one the model cannot convert; else null.</param>
    /// <returns>The unit, or null.</returns>
    public static AmountUnit? Of(string rest, out string? uncertain)
    {
        uncertain = null;
        var yuan = rest.IndexOf('元', StringComparison.Ordinal);
        if (yuan < 0)
        {
            return null;
        }

        var before = yuan > 0 ? rest[yuan - 1] : ' ';
        var prefix = before switch
        {
            '千' or '仟' => AmountUnit.QianYuan,
            '万' => AmountUnit.WanYuan,
            '亿' => AmountUnit.YiYuan,
            '百' or '佰' or '十' or '拾' => (AmountUnit?)null,
            _ => AmountUnit.Yuan,
        };
        if (prefix is { } unit && (unit == AmountUnit.Yuan || yuan < 2 || !IsMultiplier(rest[yuan - 2])))
        {
            return unit;
        }

        // 百元, 十万元, 百万元, 千万元, 十亿元: a multiple the model has no unit for — no guess at the scale.
        var start = yuan - 1;
        while (start > 0 && IsMultiplier(rest[start - 1]))
        {
            start--;
        }

        uncertain = rest[start..(yuan + 1)];
        return null;
    }

    /// <summary>Whether a character is a multiplier that may stand before another in a unit word (十, 百, 千, 万 and their capitals).</summary>
    private static bool IsMultiplier(char c) => c is '十' or '拾' or '百' or '佰' or '千' or '仟' or '万' or '亿';
}
