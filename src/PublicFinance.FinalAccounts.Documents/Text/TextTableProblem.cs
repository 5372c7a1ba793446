namespace PublicFinance.FinalAccounts.Documents.Text;

/// <summary>Why a table pasted as text was not read (表格文本未读入的原因).</summary>
internal enum TextTableProblem
{
    /// <summary>No header, no amount column, no data row or no 合计/总计 row.</summary>
    NoTable = 0,

    /// <summary>A row has a different number of cells from the header.</summary>
    CellCount,

    /// <summary>A column holds amounts on some rows and text on others (a shifted cell).</summary>
    MixedColumn,

    /// <summary>A number in an amount column (or a code column) does not parse.</summary>
    NotAnAmount,

    /// <summary>Space-aligned columns that do not line up, or line up differently under the two character widths.</summary>
    Unaligned,

    /// <summary>One cell per line, and more than one number of columns makes regular rows.</summary>
    Ambiguous,

    /// <summary>A header over several lines whose cells cannot be joined into one name per column without a guess.</summary>
    HeaderSpan,

    /// <summary>
    /// The table goes on after a page break (a page number, then a coded row or its header again) but the continuation cannot
    /// be joined with certainty: its 合计 is not checked against a partial sum (续表未能接上, blind round 25 B, family F1).
    /// </summary>
    Continued,
}
