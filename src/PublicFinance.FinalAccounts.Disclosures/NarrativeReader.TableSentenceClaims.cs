namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 46: the figures of a table written in the 说明 that is read as the sentences its rows stand for — a fund-flow
/// table (FundFlowTables: <c>| 政府性基金预算财政拨款 | 104.60 | 735.40 | 812.30 | 27.70 |</c>) or a sentence-table
/// (SentenceTables: <c>| 收入合计 | 1234.56 | 1100.00 | 134.56 | 12.23% |</c>) — are table claims: they carry the table cell's
/// qualifier key (<see cref="ReportBuilder.TableKey"/>), not the key of the sentence built from the row, as the other text
/// tables' cells do. The prose's figure of the same field with another value is then compared with the table's
/// (<see cref="ReportBuilder.SameFigureInTableRowAndProse"/>: FA8008, a Warning) instead of being a note of "another kind".
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Whether the paragraph being read is the sentences of a text table's rows (<see cref="SentenceTableEnds"/>).</summary>
    private bool readingTableSentences;

    /// <summary>
    /// Sets the qualifier key of the figure at <paramref name="at"/>: a table cell's (<see cref="ReportBuilder.TableKey"/>)
    /// while a table's row sentences are read, else the words of its sentence from <paramref name="from"/> on, with
    /// <paramref name="typed"/> (the typed statement's fund).
    /// </summary>
    private void FigureContext(int from, int at, string typed)
    {
        if (readingTableSentences)
        {
            b.Context = ReportBuilder.TableKey;
        }
        else
        {
            b.ContextFrom(from, at, year, typed);
        }
    }

    /// <summary>Reads <paramref name="paragraph"/>, the sentences of a text table's rows, with table claims.</summary>
    private void TableSentencesParagraph(Fragment paragraph)
    {
        var was = readingTableSentences;
        readingTableSentences = true;
        try
        {
            Paragraph(paragraph);
        }
        finally
        {
            readingTableSentences = was;
        }
    }
}
