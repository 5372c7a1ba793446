namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 44 (blind round 41, t04): the 2014 templates' totals — "2014年度收入合计 915.16 万元，其中：公共财政预算拨款 862.35
/// 万元，其他收入 14.20 万元，上年结转 38.61 万元" and "支出合计 915.16 万元，其中：基本支出…，项目支出…，结转下年 55.12 万元". A
/// 收入合计 whose own 其中 list holds 上年结转 is the grand total (收入总计), not the year's income (本年收入合计): read as the
/// latter it gave a false FA1211 ×2 and FA2104, and the true 本年收入 and 本年支出 stated later were refused as another kind.
/// Only when the list shows it: a 本年收入合计, or a carry-over outside the total's sentence, leaves the reading as it was.
/// In that sentence, 上年结转 is then the opening carry-over (年初结转和结余) and 结转下年 the closing one.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The opening carry-over named in a grand total's list of parts (after normalisation).</summary>
    private static readonly string[] OpeningCarryOverParts = ["上年结转", "年初结转"];

    /// <summary>The closing carry-over named in a grand total's list of parts.</summary>
    private static readonly string[] ClosingCarryOverParts = ["结转下年", "年末结转"];

    /// <summary>The <see cref="sentenceStart"/> of the sentence whose 收入合计 or 支出合计 was read as a grand total here.</summary>
    private int carryOverTotalSentence = -1;

    /// <summary>
    /// The target of an overview amount whose label resolved to <paramref name="target"/>: the grand total for a 收入合计 or
    /// 支出合计 (without 本年) whose 其中 list in the same sentence names that side's carry-over, and the carry-over itself for
    /// an unplaced 上年结转 or 结转下年 in such a sentence (see the type's summary); else <paramref name="target"/>.
    /// </summary>
    private string? CarryOverGrandTotal(string? target, ClauseView clause, string label)
    {
        if (section != Section.Overall || LabelHas(label, "本年"))
        {
            return target;
        }

        if (target == "overall/currentYearIncome" && LabelHas(label, "收入合计") && CarryOverInList(clause, OpeningCarryOverParts))
        {
            carryOverTotalSentence = sentenceStart;
            return "overall/incomeGrandTotal";
        }

        if (target == "overall/currentYearExpenditure" && LabelHas(label, "支出合计")
            && CarryOverInList(clause, ClosingCarryOverParts))
        {
            carryOverTotalSentence = sentenceStart;
            return "overall/expenditureGrandTotal";
        }

        if (target is not null || carryOverTotalSentence != sentenceStart)
        {
            return target;
        }

        return HasAnyIn(label, 0, label.Length, OpeningCarryOverParts) ? "overall/openingCarryOver"
            : HasAnyIn(label, 0, label.Length, ClosingCarryOverParts) ? "overall/closingCarryOver" : null;
    }

    /// <summary>
    /// Whether, after <paramref name="clause"/> in the current sentence, a 其中 opens a list that names one of
    /// <paramref name="parts"/> with an amount of its own.
    /// </summary>
    private bool CarryOverInList(ClauseView clause, string[] parts)
    {
        var t = clause.Sentence.Text;
        if (!ReferenceEquals(t, currentSentence))
        {
            return false;   // a clause of a part cut out of the sentence (the overview's grand totals): not this family
        }

        var end = Math.Min(currentSentenceTo, t.Length);
        var list = clause.End < end ? t.IndexOf("其中", clause.End, end - clause.End, StringComparison.Ordinal) : -1;
        if (list < 0)
        {
            return false;
        }

        foreach (var part in parts)
        {
            var at = t.IndexOf(part, list, end - list, StringComparison.Ordinal);
            if (at >= 0 && Scanner.HasFigureIn(t, at + part.Length, Math.Min(end, at + part.Length + 24)))
            {
                return true;
            }
        }

        return false;
    }
}
