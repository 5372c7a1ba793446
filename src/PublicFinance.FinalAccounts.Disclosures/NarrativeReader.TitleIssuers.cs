namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 49 (blind round 45, t04): a sentence that leads a table in ("2023年度本年收入决算情况见下表（单位：万元）：") has a
/// year, 决算 and no figure, and when no title was read before it, it was taken for the title and its subject (本年收入) for the
/// issuer. Precision first: no issuer rather than a wrong one — a title's name that is a figure's subject is no issuer.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words a figure's subject starts with (本年收入, 上年支出, 全年…), never an issuer's name.</summary>
    private static readonly string[] FigureSubjectStarts = ["本年", "上年", "全年", "本单位", "本部门", "年初", "年末"];

    /// <summary>The words a figure's subject ends with (…收入, …支出, …经费, …合计), never an issuer's name.</summary>
    private static readonly string[] FigureSubjectEnds = ["收入", "支出", "经费", "结余", "合计", "总计", "情况"];

    /// <summary>
    /// Whether the name a title gave is a figure's subject rather than an issuer (<see cref="FigureSubjectStarts"/>,
    /// <see cref="FigureSubjectEnds"/>): "本年收入", "财政拨款支出".
    /// </summary>
    private static bool NamesFigureNotIssuer(string name)
    {
        foreach (var start in FigureSubjectStarts)
        {
            if (name.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var end in FigureSubjectEnds)
        {
            if (name.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
