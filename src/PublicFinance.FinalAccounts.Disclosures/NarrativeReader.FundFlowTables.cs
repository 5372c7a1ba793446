namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (schema 1.10, blind round 41's t02): a 财政拨款 table written in the 说明, one row per fund and one column per
/// flow — <c>| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |</c> (Markdown with its <c>|:---|---:|</c> alignment row,
/// tabs or spaces alike) and rows <c>| 政府性基金预算财政拨款 | 104.60 | 735.40 | 812.30 | 27.70 |</c>. Each row of a fund's whole
/// name (一般公共预算 / 政府性基金预算 / 国有资本经营预算 + 财政拨款, <see cref="FundFlowRowLabels"/>) is read as the sentence it
/// stands for — "政府性基金预算财政拨款年初结转和结余104.60万元，本年收入735.40万元，本年支出812.30万元，年末结转和结余27.70万元。" —
/// through the sentence-table machinery (<see cref="NarrativeReader"/>'s SentenceTables: each character mapped to its
/// cell), so that the fund's run (FundSegments) places every cell at the fund's field; the 合计 row is the whole 财政拨款's
/// ("财政拨款年初结转和结余…"). A figure the prose states again with another value is then the same figure stated twice
/// (FA8003), as two sentences would be. The header must name only these flows (年初 / 年末结转和结余, 上年结转, 结转下年, 本年收入,
/// 本年支出, with 合计 or 财政拨款 in them), each once and at least three; a row of any other label, or with words in a cell, or
/// with a cell count other than the header's, is a located note (the sentence tables' notes). Outside the 财政拨款 section
/// nothing is read: a table of the funds elsewhere stays unread.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The flows of the open fund-flow table's columns, as their sentence words (null: none open).</summary>
    private List<string>? fundFlowColumns;

    /// <summary>The whole row labels of a fund-flow table and the subject words their sentence starts with.</summary>
    private static readonly (string Label, string Subject)[] FundFlowRowLabels =
    [
        ("一般公共预算财政拨款", "一般公共预算财政拨款"), ("一般公共预算", "一般公共预算财政拨款"),
        ("政府性基金预算财政拨款", "政府性基金预算财政拨款"), ("政府性基金预算", "政府性基金预算财政拨款"),
        ("国有资本经营预算财政拨款", "国有资本经营预算财政拨款"), ("国有资本经营预算", "国有资本经营预算财政拨款"),
        ("合计", "财政拨款"), ("总计", "财政拨款"), ("财政拨款合计", "财政拨款"),
    ];

    /// <summary>
    /// The sentence words of a fund-flow table's column header (compacted), or null: the opening and closing balances, the
    /// year's income and expenditure.
    /// </summary>
    private static string? FundFlowColumn(string cell)
    {
        var c = cell.Replace("财政拨款", string.Empty).Replace("合计", string.Empty);
        return c switch
        {
            "年初结转和结余" or "上年结转和结余" or "年初结转结余" or "上年结转" or "年初结转" => "年初结转和结余",
            "本年收入" => "本年收入",
            "本年支出" => "本年支出",
            "年末结转和结余" or "年末结转结余" or "结转下年" or "年末结转" => "年末结转和结余",   // session 47: 年初/年末结转 too
            _ => null,
        };
    }

    /// <summary>
    /// Opens a fund-flow table when the row's cells (<see cref="sentenceCells"/>) are its header (true), in the 财政拨款
    /// section only: a corner (项目, 资金来源 …, or empty) and three or four distinct flows.
    /// </summary>
    private bool FundFlowHeader(string text)
    {
        if (section != Section.Appropriation || sentenceCells.Count < 4)
        {
            return false;
        }

        string? unitWords = null;
        var columns = new List<string>(sentenceCells.Count - 1);
        for (var i = 0; i < sentenceCells.Count; i++)
        {
            var cell = SentenceCompact(text, sentenceCells[i].Start, sentenceCells[i].End, ref unitWords);
            if (i == 0)
            {
                if (cell is "项目" or "资金来源" or "资金性质" or "类别" or "名称" or "")
                {
                    continue;
                }

                return false;
            }

            if (FundFlowColumn(cell) is not { } column || columns.Contains(column))
            {
                return false;
            }

            columns.Add(column);
        }

        SentenceTableEnds();   // the rows of a table before this header
        fundFlowColumns = columns;
        sentenceUnit = unitWords ?? UnitWords(declaredUnit);
        return true;
    }

    /// <summary>
    /// Reads a row of the open fund-flow table (<paramref name="columns"/>): a fund's whole name or 合计, then one number per
    /// column, as the fund's sentence; any other row with figures is a located note.
    /// </summary>
    private void FundFlowRow(Fragment row, string text, int from, List<string> columns)
    {
        var (ls, le) = sentenceCells[0];
        var label = text.Substring(ls, le - ls);
        var compact = label.Replace(" ", string.Empty);
        for (var k = 1; k < sentenceCells.Count; k++)
        {
            var (s, e) = sentenceCells[k];
            if (e <= s || IsBlankCell(text, s, e) || !IsSentenceNumber(text, s, e) || text[e - 1] == '%')
            {
                return;   // a blank, words or a percentage: not a row of the funds' amounts (the alignment row too)
            }
        }

        var labelSpan = b.Span(row, ls - from, le - from);
        if (sentenceCells.Count - 1 != columns.Count)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableRowMisaligned(label, sentenceCells.Count - 1, columns.Count), label);
            return;
        }

        var subject = Array.Find(FundFlowRowLabels, r => r.Label == compact).Subject;
        if (subject is null)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableRowUnknown(label), label);
            return;
        }

        if (sentenceUnit is not { } unit)
        {
            Note(labelSpan, DisclosureMessages.SentenceTableUnitUnknown(label), label);
            return;
        }

        FundFlowSentence(row, text, from, columns, subject, unit);
    }

    /// <summary>
    /// Adds the fund's sentence to <see cref="tableSentences"/>: the subject words mapped to the row's label, each flow's
    /// words to the cell before it, each number's characters to its own.
    /// </summary>
    private void FundFlowSentence(Fragment row, string text, int from, List<string> columns, string subject, string unit)
    {
        var sb = tableSentences ??= new StringBuilder();
        var map = tableMap ??= new OffsetMap();
        var last = sentenceCells[0].Start;
        void Words(string words)
        {
            sb.Append(words);
            for (var i = 0; i < words.Length; i++)
            {
                map.Add(row.At(last - from));
            }
        }

        Words(subject);
        for (var k = 0; k < columns.Count; k++)
        {
            Words((k == 0 ? string.Empty : "，") + columns[k]);
            var (s, e) = sentenceCells[k + 1];
            for (var i = s; i < e; i++)
            {
                sb.Append(text[i]);
                map.Add(row.At(i - from));
            }

            last = e;
            Words(unit);
        }

        Words("。");
        tableEnd = row.At(last - from);
    }
}
