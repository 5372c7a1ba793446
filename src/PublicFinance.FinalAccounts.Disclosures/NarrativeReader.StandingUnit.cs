namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 55 (blind round 51, t06): a unit declared once for every amount of the text (统一金额单位) —
/// <c>金额单位：万元（下同）</c>, <c>（单位：万元，下同）</c>, <c>以下金额单位均为万元</c>, <c>本说明金额单位均为万元</c>, or a lone
/// <c>金额单位：万元</c> line before the first section — after which every amount is a bare number
/// (<c>本年收入合计1,540.82，其中：财政拨款收入1,471.57，占96.13%</c>). A declaration holds for its own section only
/// (<see cref="declaredUnit"/>), so such a text's bare amounts were no figures at all and its planted error unread.
/// </summary>
/// <remarks>
/// Precision first: the standing unit (<see cref="standingUnit"/>) is weaker than a section's own declaration. A bare number
/// takes it only where it is plainly an amount of money: it has decimals (never a count, a year or a code), nothing but a
/// clause's end or a bracket follows it, and the words right before it (back to the clause's start, a colon or a list
/// separator) name a money subject (收入, 支出, 预算, 结转, 经费, 资金, 总额 …) and no score, count, area or share
/// (<see cref="NotMoneyLabels"/>). A declaration that names only the tables (以下各表…, <see cref="tablesUnit"/>) or sits in a
/// table's caption after the first section (no 下同/以下/均为) is none.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The unit declared once for every amount of the text (<c>金额单位：万元（下同）</c>), or none.</summary>
    private FigureUnit standingUnit;

    /// <summary>Whether a section has been entered (a lone declaration after that is a table's caption, not the text's).</summary>
    private bool sectionSeen;

    /// <summary>The words that make a declaration hold for the rest of the text.</summary>
    private static readonly string[] StandingWords = ["下同", "以下", "均为", "均以", "全文", "本说明", "本报告", "本公开"];

    /// <summary>The most characters a standing declaration's paragraph may have when it says only the unit.</summary>
    private const int LoneDeclarationLength = 16;

    /// <summary>
    /// Sets <see cref="standingUnit"/> from a paragraph or heading that declares the unit of every amount after it: a
    /// "单位:万元" (or 元) with 下同/以下/均为…, or "以下金额(单位)均为万元", or a short line that is only the declaration
    /// before the first section. A declaration for the tables alone (各表) is not one.
    /// </summary>
    private void DeclareStandingUnit(string text)
    {
        if (text.IndexOf("单位", StringComparison.Ordinal) < 0 && text.IndexOf("金额", StringComparison.Ordinal) < 0
            || text.IndexOf('元') < 0 || text.IndexOf("各表", StringComparison.Ordinal) >= 0)
        {
            return;
        }

        var unit = StandingUnitWord(text);
        if (unit == FigureUnit.None)
        {
            return;
        }

        var standing = HasAny(text, StandingWords) && text.Length <= 40
            || !sectionSeen && text.Trim().Length <= LoneDeclarationLength && ContainsBetweenSpaces(text, "单位:");
        if (standing)
        {
            standingUnit = unit;
        }
    }

    /// <summary>
    /// The unit a standing declaration names: "单位:万元" (or 元), or 金额 … 均为/以 万元 (<c>以下金额均为万元</c>).
    /// </summary>
    private static FigureUnit StandingUnitWord(string text)
    {
        if (ContainsBetweenSpaces(text, "单位:万元") || text.IndexOf("金额", StringComparison.Ordinal) >= 0
            && (text.IndexOf("为万元", StringComparison.Ordinal) >= 0 || text.IndexOf("以万元", StringComparison.Ordinal) >= 0))
        {
            return FigureUnit.WanYuan;
        }

        return ContainsBetweenSpaces(text, "单位:元") ? FigureUnit.Yuan : FigureUnit.None;
    }

    /// <summary>Words one of which a bare amount's label must have to take the standing unit: it names money.</summary>
    private static readonly string[] MoneyLabels =
    [
        "收入", "支出", "总计", "合计", "结转", "结余", "预算", "决算", "经费", "费", "资金", "金额", "总额", "拨款", "资产",
        "原值", "净值", "补助", "补贴", "货物", "工程", "服务", "增加", "减少", "节约", "成本", "款",
    ];

    /// <summary>Words that make a label a score, a count, an area, a rate or a share: its number is no amount.</summary>
    private static readonly string[] NotMoneyLabels =
    [
        "分值", "得分", "评分", "分数", "率", "占", "比重", "比例", "人数", "人次", "次数", "户数", "面积", "平方", "册", "吨",
        "亩", "公里", "倍", "天数", "数量", "指数", "百分点", "第",
    ];

    /// <summary>The most characters a bare amount's label is looked at (back from the number).</summary>
    private const int MostLabelChars = 24;

    /// <summary>
    /// <paramref name="n"/> with the standing unit when it is a bare amount of a money label in the clause
    /// [<paramref name="begin"/>, <paramref name="end"/>) of <paramref name="text"/> (see the type's remarks).
    /// </summary>
    private NumberToken StandingAmount(string text, int begin, int end, NumberToken n)
    {
        if (standingUnit == FigureUnit.None || n.Unit != FigureUnit.None || n.Decimals == 0 || n.Value == 0)
        {
            return n;
        }

        var after = n.End;
        while (after < end && text[after] == ' ')
        {
            after++;
        }

        if (after < end && !IsAmountEnd(text[after]))
        {
            return n;   // "93.50分", "12.5万吨", "3.6倍": a word or a sign follows
        }

        var label = StandingLabel(text, begin, n.Start);
        return label.Length >= 2 && HasAny(label, MoneyLabels) && !HasAny(label, NotMoneyLabels)
            ? n.WithUnit(standingUnit, string.Empty)
            : n;
    }

    /// <summary>Whether <paramref name="c"/> may follow a bare amount: a clause's end, a list separator or a bracket.</summary>
    private static bool IsAmountEnd(char c) => c is '，' or ',' or '。' or '；' or ';' or '、' or '(' or ')' or '（' or '）'
        or ':' or '：' or '\n';

    /// <summary>
    /// The words right before the number at <paramref name="numberAt"/>: back over Chinese characters, brackets, quotes and a
    /// bracketed code to the clause's start, a colon or a separator — empty when anything else (a digit, a sign) is right
    /// before the number.
    /// </summary>
    private static string StandingLabel(string text, int begin, int numberAt)
    {
        var i = numberAt - 1;
        while (i >= begin && text[i] == ' ')
        {
            i--;
        }

        var labelEnd = i + 1;
        var depth = 0;
        for (; i >= begin && labelEnd - i <= MostLabelChars; i--)
        {
            var c = text[i];
            if (c is ')' or '）')
            {
                depth++;
            }
            else if (c is '(' or '（')
            {
                depth--;
            }
            else if (!(c is >= '\u4e00' and <= '\u9fff' || c is '“' or '”' or '"' or ' ' || depth > 0 && Scanner.IsDigit(c)))
            {
                break;
            }
        }

        return depth != 0 || labelEnd - i - 1 <= 0 ? string.Empty : text.Substring(i + 1, labelEnd - i - 1);
    }
}
