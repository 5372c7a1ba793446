using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (blind round 38, t07's family): a 亿元 document with a 万元 part — a 省厅 whose totals, income, spending and
/// table are in 亿元 with two decimals (“收入总计214.67亿元”) and whose 三公 paragraph is in 万元 (“（单位：万元）…361.87万元”).
/// One 万元 amount kept the report in 万元 (<see cref="IsYiYuanDocument"/>), so every 亿元 amount was refused as coarser than
/// the report (0.01 亿元 is 100 万元) and the document read as empty. The report's unit is the document's: when the 亿元
/// amounts come first and outnumber the 万元 ones, the report is in 亿元 (each 亿元 amount kept as written) and each 万元
/// amount is converted to 亿元 exactly (four decimals more, 361.87 万元 = 0.036187 亿元, with an Info), as 元 amounts are
/// in a 万元 document. Only where every 万元 amount stands in prose: a 万元 amount in a table line (a bar, a tab, a run of
/// spaces) or a “单位：万元” declared before anything but a prose line of 万元 amounts keeps the report in 万元, because the
/// table readers take their bare figures in the report's unit.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the text is in 亿元 with a part in 万元: every 元 is 亿元 or 万元, the first amount is in 亿元, three 亿元
    /// amounts at least and more 亿元 amounts than 万元 ones, each 万元 amount on a prose line (no '|', tab or two spaces),
    /// no bare 万 amount, and every “单位：” 亿元 or a 万元 one followed by a prose line of 万元 amounts;
    /// <paramref name="firstYi"/> is where the first 亿元 is.
    /// </summary>
    internal static bool IsMostlyYiYuanDocument(string text, out int firstYi)
    {
        firstYi = -1;
        var (yi, wan) = (0, 0);
        for (var at = text.IndexOf('元'); at >= 0; at = text.IndexOf('元', at + 1))
        {
            var before = at > 0 ? text[at - 1] : ' ';
            if (before == '亿')
            {
                firstYi = yi++ == 0 ? at - 1 : firstYi;
            }
            else if (before != '万')
            {
                return false;   // 元 or 千元: a third unit (or 元旦, 单元) — not this family
            }
            else if (DigitBefore(text, at - 1))
            {
                if (yi == 0 || !ProseLine(text, at))
                {
                    return false;   // a 万元 amount before any 亿元, or in a table line
                }

                wan++;
            }
            else if (!ProseDeclaration(text, at - 1))
            {
                return false;   // “（万元）” in a table header, or “单位：万元” before a table
            }
        }

        return yi >= 3 && yi > wan && wan > 0 && !HasWanFigure(text, withYuan: false)
            && UnitDeclarationsAgree(text);
    }

    /// <summary>Whether the line holding <paramref name="at"/> is prose: no bar, no tab, no run of two spaces.</summary>
    private static bool ProseLine(string text, int at)
    {
        var start = text.LastIndexOf('\n', at) + 1;
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end;
        return text.IndexOf('|', start, end - start) < 0 && text.IndexOf('\t', start, end - start) < 0
            && text.IndexOf("  ", start, end - start, StringComparison.Ordinal) < 0;
    }

    /// <summary>
    /// Whether the 万元 at <paramref name="wan"/> is a “单位:万元” declaration followed by a prose line holding a 万元
    /// amount (the declaration of a heading over a paragraph, not over a table).
    /// </summary>
    private static bool ProseDeclaration(string text, int wan)
    {
        const string Declared = "单位:";
        if (wan < Declared.Length || string.CompareOrdinal(text, wan - Declared.Length, Declared, 0, Declared.Length) != 0)
        {
            return false;
        }

        var next = text.IndexOf('\n', wan);
        while (next >= 0 && next + 1 < text.Length && text[next + 1] == '\n')
        {
            next++;
        }

        if (next < 0 || next + 1 >= text.Length)
        {
            return false;
        }

        var amount = text.IndexOf("万元", next + 1, StringComparison.Ordinal);
        var end = text.IndexOf('\n', next + 1);
        return amount >= 0 && (end < 0 || amount < end) && DigitBefore(text, amount) && ProseLine(text, amount);
    }

    /// <summary>The declaration of a 万元 part (the text's colons are ASCII after normalization).</summary>
    private const string DeclaredWanYuan = "单位:万元";

    /// <summary>Whether every “单位:” of the text declares 亿元 or 万元.</summary>
    private static bool UnitDeclarationsAgree(string text)
    {
        for (var at = text.IndexOf("单位:", StringComparison.Ordinal); at >= 0;
             at = text.IndexOf("单位:", at + 1, StringComparison.Ordinal))
        {
            if (string.CompareOrdinal(text, at, DeclaredYiYuan, 0, DeclaredYiYuan.Length) != 0
                && string.CompareOrdinal(text, at, DeclaredWanYuan, 0, DeclaredWanYuan.Length) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An amount in 万元 in a 亿元 document (<see cref="IsMostlyYiYuanDocument"/>): converted exactly (four decimals more),
    /// with an Info finding.
    /// </summary>
    private Amount WanYuanInYiYuan(Amount amount, NumberToken token, SourceSpan span)
    {
        var converted = amount.ConvertUnit(AmountUnit.WanYuan, AmountUnit.YiYuan);
        b.Written(span, token, WrittenUnit.WanYuan, 10_000m);
        var message = DisclosureMessages.WanYuanAmountConverted(token.Digits, $"{converted}");
        b.Findings.Add(TextRules.Finding(TextRules.Magnitude, span, null, message.Zh, message.En, Severity.Info));
        return converted;
    }
}
