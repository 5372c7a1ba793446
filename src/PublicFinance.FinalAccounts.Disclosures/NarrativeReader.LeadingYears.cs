namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 46, t06): a text that puts two years side by side writes each statement with its year first —
/// "…增长8.51%，主要是…注资列入本部门；2024年本年支出17984.12万元，2023年为17402.36万元，增加518.76万元，增长3.34%". The part
/// after the reason's ';' is a statement of its own when it starts with a figure (<c>StartsWithFigure</c>), and the year's
/// digits were taken for that first number: the whole 本年支出 statement was read as the reason's words (its planted change
/// was missed). A year written first (four digits and 年, at the stretch's start) is now passed over.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="token"/> is a year written first in the stretch from <paramref name="from"/>: four digits without
    /// a unit right at its start (white space before it allowed), followed by 年.
    /// </summary>
    internal static bool LeadingYear(string text, int from, NumberToken token)
    {
        if (token.Unit != FigureUnit.None || token.Decimals != 0 || token.End - token.Start != 4 || token.End >= text.Length
            || text[token.End] != '年')
        {
            return false;
        }

        for (var k = from; k < token.Start; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
