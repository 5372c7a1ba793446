namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (the near miss of <c>FundCarryOverParts</c>): a carry-over's fund parts are its split only when they add up to
/// it. "上年结转 96.40 万元（一般公共预算 31.20 万元，政府性基金 60.20 万元）" lists two funds that make 91.40, not 96.40: one of the
/// figures is not what it seems (a misprint, or a part of another whole), and which one is not known — so no part is placed
/// (each a located note, <see cref="DisclosureMessages.FundCarryOverPartsDoNotAdd"/>). The sum must be exact, as for a
/// carry-over that closes the income side (<see cref="ClosesTheSum"/>). A list of one fund's part only ("其中政府性基金 65.20
/// 万元") is not a split and is read as before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether the fund parts listed from <paramref name="token"/> (the first, of the carry-over <paramref name="owner"/>) to the
    /// end of the list (a closing bracket, ';' or the sentence's end) add up to the carry-over's amount: true when fewer than two
    /// parts are listed, the carry-over's amount is not held, or the parts are not all in the report's unit (nothing to
    /// compare).
    /// </summary>
    private bool FundPartsAddUp(string owner, ClauseView clause, NumberToken token)
    {
        var inUnit = ReportFigureUnit;
        if (token.Unit != inUnit || b.Find(owner + "/amount") is not { } held || !TryAmount(held, out var total))
        {
            return true;
        }

        var text = clause.Sentence.Text;
        var from = clause.Start + token.Start;
        var end = Math.Min(currentSentenceTo, text.Length);
        for (var i = from; i < end; i++)
        {
            if (text[i] is ')' or ';' or '。')
            {
                end = i;
                break;
            }
        }

        var figures = new List<NumberToken>();
        ClauseFigures(text, from, end, figures);
        var (sum, parts, after) = (0m, 0, from);
        foreach (var figure in figures)
        {
            if (figure.Unit != inUnit || parts > 0 && FundOfPartName(PartName(text.Substring(after, figure.Start - after))) is null)
            {
                break;   // the list of parts ends at the first figure that is not a fund's amount
            }

            (sum, parts, after) = (sum + figure.Value, parts + 1, figure.End);
        }

        return parts < 2 || sum == total;
    }

    /// <summary>Words that may open a list of parts besides 其中 ("包括一般公共预算…", "分别为…").</summary>
    private static readonly string[] PartListLeads = ["包括", "分别为", "分别是"];

    /// <summary>The carry-over's own words a fund part's name may end with ("一般公共预算结转和结余 A 万元").</summary>
    private static readonly string[] PartCarryOverWords = ["结转和结余", "结转结余"];

    /// <summary>
    /// The name of a listed part from the words before its amount (", 政府性基金", "、和国有资本经营预算", "包括一般公共预算",
    /// "政府性基金结转和结余", "包括：1.一般公共预算财政拨款收入"): without the list's lead and mark, a conjunction and the
    /// carry-over's own words.
    /// </summary>
    internal static string PartName(string before)
    {
        var name = ItemName(before);
        foreach (var lead in PartListLeads)
        {
            if (name.StartsWith(lead, StringComparison.Ordinal))
            {
                name = name.Substring(lead.Length).TrimStart(':', ' ');
                break;
            }
        }

        if (ListMarker(name, 0, name.Length) is (_, _, var mark))
        {
            name = name.Substring(mark).TrimStart();   // "包括：1.一般公共预算财政拨款收入" (FundIncomeListItems)
        }

        foreach (var conjunction in ListConjunctions)
        {
            if (name.StartsWith(conjunction, StringComparison.Ordinal))
            {
                name = name.Substring(conjunction.Length);
                break;
            }
        }

        foreach (var words in PartCarryOverWords)
        {
            if (name.Length > words.Length && name.EndsWith(words, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - words.Length);
            }
        }

        return name;
    }

    /// <summary>The unit the report's amounts are in, as a figure's unit (元, 亿元, 千元 or 万元).</summary>
    private FigureUnit ReportFigureUnit => yuanDocument ? FigureUnit.Yuan : yiYuanDocument ? FigureUnit.YiYuan
        : qianYuanDocument ? FigureUnit.QianYuan : FigureUnit.WanYuan;
}
