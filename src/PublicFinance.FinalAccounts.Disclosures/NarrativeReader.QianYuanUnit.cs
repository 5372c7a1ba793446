namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 54 (blind round 49, t06): a department that writes every amount in 千元 ("（金额单位：千元）…收入总计28,930千元").
/// Converted to 万元 each became "2893.0" — exact, but a figure the text never wrote, so a reader of the report could not find
/// the document's own numbers in it. <see cref="Values.AmountUnit.QianYuan"/> is a unit of the model (<c>/unit</c> = qianYuan,
/// schema 1.14): a text whose amounts are all in 千元 (three at least, no amount in 万元, 元 or 亿元 but a unit-price
/// threshold's 万元, and no "单位:" declaring another unit) gets that report unit and keeps each amount as written, as a 元
/// document keeps 元 and a 亿元 document 亿元. A 千元 figure or table in a document of another unit is still converted exactly.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Set by <see cref="Begin"/> when every amount of the text is in 千元 (<see cref="IsQianYuanDocument"/>).</summary>
    private bool qianYuanDocument;

    /// <summary>
    /// Whether every amount of the text is in 千元: three 千元 at least; every other 元 is a unit-price threshold's 万元
    /// ("单价50万元以上通用设备"); no figure in 万 whose 元 is dropped, no 亿元, and every "单位:" declares 千元.
    /// <paramref name="firstQian"/> is where the first 千元 is.
    /// </summary>
    internal static bool IsQianYuanDocument(string text, out int firstQian)
    {
        firstQian = -1;
        var qian = 0;
        for (var at = text.IndexOf('元'); at >= 0; at = text.IndexOf('元', at + 1))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            if (before == '千' && DigitBefore(text, at - 1))
            {
                firstQian = qian++ == 0 ? at - 1 : firstQian;
            }
            else if (before != '千' && !(before == '万' && UnitPriceThreshold(text, at - 1)))
            {
                return false;   // 万元, 亿元 or 元 (or 元旦, 单元): a text with amounts in another unit keeps its own
            }
        }

        return qian >= 3 && !HasWanFigure(text, withYuan: false) && DeclaresOnly(text, DeclaredQianYuan);
    }

    /// <summary>The declaration that agrees with a 千元 text (the text's colons are ASCII after normalization).</summary>
    private const string DeclaredQianYuan = "单位:千元";

    /// <summary>Whether every "单位:" of the text is <paramref name="declaration"/> (or there is none).</summary>
    private static bool DeclaresOnly(string text, string declaration)
    {
        for (var at = text.IndexOf("单位:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("单位:", at + 3, StringComparison.Ordinal))
        {
            if (string.CompareOrdinal(text, at, declaration, 0, declaration.Length) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Before the first block, after the 元 and 亿元 tests: a 千元 text (<see cref="IsQianYuanDocument"/>) gets
    /// <c>/unit</c> = qianYuan, at its first 千元.
    /// </summary>
    private void BeginQianYuan()
    {
        var first = -1;
        qianYuanDocument = !yuanDocument && !yiYuanDocument && IsQianYuanDocument(b.Text, out first);
        if (qianYuanDocument)
        {
            b.SetString("/unit", "qianYuan", b.TextSpan(first, first + 2));
        }
    }
}
