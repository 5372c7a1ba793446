using PublicFinance.FinalAccounts.Documents.Text;

namespace PublicFinance.FinalAccounts.Documents;

/// <summary>
/// Every bilingual message the Documents package throws (<see cref="DocumentFormatException"/>) or notes
/// (<see cref="DocumentNote"/>), in one place (读取公开文件的提示文字): Chinese first, English second. Callers pass
/// the figures; the wording lives here only, so tests assert against these methods.
/// </summary>
internal static class DocumentMessages
{
    /// <summary>The file is none of the kinds read here.</summary>
    public static DocumentFormatException UnknownKind(string file) => new(file,
        "无法识别的文件类型（不是 PDF、网页、Excel 或文本）。",
        "Unrecognised file kind (not PDF, HTML, Excel or text).");

    /// <summary>The workbook cannot be opened.</summary>
    public static DocumentFormatException CorruptWorkbook(string file, Exception cause) => new(file,
        "Excel 工作簿已损坏或无法读取（" + cause.Message + "）。",
        "The Excel workbook is corrupt or unreadable (" + cause.Message + ").",
        cause);

    /// <summary>The PDF needs a password.</summary>
    public static DocumentFormatException EncryptedPdf(string file, Exception cause) => new(file,
        "PDF 已加密，无法读取。",
        "The PDF is encrypted and cannot be read.",
        cause);

    /// <summary>The bytes are not a PDF that can be opened.</summary>
    public static DocumentFormatException UnreadablePdf(string file, Exception cause) => new(file,
        "不是可读取的 PDF 文件（" + cause.Message + "）。",
        "Not a readable PDF file (" + cause.Message + ").",
        cause);

    /// <summary>The page tree cannot be walked.</summary>
    public static DocumentFormatException DamagedPageTree(string file, Exception cause) => new(file,
        "PDF 页面结构损坏（" + cause.Message + "）。",
        "The PDF page tree is damaged (" + cause.Message + ").",
        cause);

    /// <summary>Every page failed.</summary>
    public static DocumentFormatException NoReadablePage(string file) => new(file,
        "PDF 没有可读取的页面。",
        "No page of the PDF could be read.");

    /// <summary>One page failed and was skipped.</summary>
    public static DocumentNote PageSkipped(int page, Exception cause) => Note(
        "第 " + page + " 页无法读取，已跳过（" + cause.Message + "）。",
        "Page " + page + " could not be read and was skipped (" + cause.Message + ").",
        new CellLocation { Page = page });

    /// <summary>No page has text or rulings.</summary>
    public static DocumentNote NoTextLayer() => Note(
        "PDF 没有文本层（可能是扫描件），未读取任何内容。",
        "The PDF has no text layer (perhaps a scan); nothing was read.",
        null);

    /// <summary>A caption announces a table without ruling lines, but its rows do not form one.</summary>
    public static DocumentNote RuleLessTableRejected(string title, CellLocation at) => Note(
        "“" + title + "”似为无框线表格，但表头未识别或各行未按列对齐，按正文读取。",
        "“" + title + "” looks like a table without ruling lines, but its header was not recognised or its rows do not align"
            + " in columns; read as narrative text.",
        at);

    /// <summary>A cell of an amount column holds something else.</summary>
    public static DocumentNote NotAnAmount(DocumentTable table, string row, string column, string text, CellLocation? at) => Note(
        $"{table} 行“{row}”列 {column}：“{text}”不是金额。",
        $"{table} row “{row}” column {column}: “{text}” is not an amount.",
        at);

    /// <summary>A cell of a count column (辆, 台/套) holds something else.</summary>
    public static DocumentNote NotACount(DocumentTable table, string row, string column, string text, CellLocation? at) => Note(
        $"{table} 行“{row}”列 {column}：“{text}”不是数量（整数）。",
        $"{table} row “{row}” column {column}: “{text}” is not a count (a whole number).",
        at);

    /// <summary>Several cells of a table beside the nine answer one figure's key.</summary>
    public static DocumentNote AmbiguousFigure(DocumentTable table, string what, IReadOnlyList<string> keys, CellLocation? at) => Note(
        $"{table}：{keys.Count} 个单元格都可能是“{what}”（{string.Join("、", keys.Take(3))}…），未读入。",
        $"{table}: {keys.Count} cells could each be “{what}” ({string.Join(", ", keys.Take(3))} …); not read.",
        at);

    /// <summary>Under truncation no 基本支出合计 is derived from the two printed subtotals.</summary>
    public static DocumentNote NoDerivedBasicTotal(DocumentTable table, CellLocation? at) => Note(
        $"{table}：未印基本支出合计；按截尾舍入，人员经费合计与公用经费合计之和的区间宽于任何一个数字，故不推算合计（相关规则无法运行）。",
        $"{table}: no 基本支出合计 printed; under truncation the sum of 人员经费合计 and 公用经费合计 spans more than any one"
            + " figure can, so no total is derived (the rules needing it cannot run).",
        at);

    /// <summary>An older summary table's combined appropriation income has no field in the model.</summary>
    public static DocumentNote CombinedAppropriationIncome(DocumentTable table, string row, CellLocation? at) => Note(
        $"{table} 行“{row}”：合并的财政拨款收入在模型中没有对应字段（模型分列一般公共预算、政府性基金、国有资本经营预算财政拨款），未读入。",
        $"{table} row “{row}”: the combined appropriation income has no field in the model (which keeps the three"
            + " appropriations apart); not read.",
        at);

    /// <summary>A 三公 column or row names a year that is neither the table's nor the one before, or one that cannot be compared.</summary>
    public static DocumentNote UndecidedYear(DocumentTable table, string header, int? year, CellLocation? at) => Note(
        year is { } y
            ? $"{table}“{header}”：所列年度既非报告年度（{y}年）也非上年，未读入。"
            : $"{table}“{header}”：报告年度未知，无法判断所列年度是否为本年，未读入。",
        year is { } e
            ? $"{table} “{header}”: the year named is neither the report's ({e}) nor the year before; not read."
            : $"{table} “{header}”: the report's year is unknown, so whether the year named is this year cannot be told; not read.",
        at);

    /// <summary>A cell of a performance table's score or weight column holds something else.</summary>
    public static DocumentNote NotAScore(DocumentTable table, string row, string column, string text, CellLocation? at) => Note(
        $"{table} 行“{row}”列 {column}：“{text}”不是分数。",
        $"{table} row “{row}” column {column}: “{text}” is not a score.",
        at);

    /// <summary>A cell of a performance table's 执行率 column holds something else.</summary>
    public static DocumentNote NotARate(DocumentTable table, string row, string column, string text, CellLocation? at) => Note(
        $"{table} 行“{row}”列 {column}：“{text}”不是百分比。",
        $"{table} row “{row}” column {column}: “{text}” is not a percentage.",
        at);

    /// <summary>A performance table whose 项目名称 / 部门名称 row was not found.</summary>
    public static DocumentNote EvaluationWithoutName(DocumentTable table) => Note(
        $"{table}：未找到项目名称（或部门名称）行，名称留空。",
        $"{table}: no 项目名称 (or 部门名称) row was found; the name is left empty.",
        table.Location);

    /// <summary>A performance table in which neither fund lines nor indicators were found.</summary>
    public static DocumentNote EvaluationNotRead(DocumentTable table) => Note(
        $"{table}：未找到项目资金行或绩效指标行，未读入。",
        $"{table}: neither fund lines nor indicators were found; not read.",
        table.Location);

    /// <summary>
    /// A table whose 单位 line names a multiple of 元 the model has no unit for (百万元, 十万元): not read, so that no figure of it
    /// is compared in a scale the reader guessed (session 59).
    /// </summary>
    public static DocumentNote TableUnitNotKnown(DocumentTable table, string unit) => Note(
        $"{table}：金额单位“{unit}”不是可换算的单位（元、千元、万元、亿元），未读入，不猜测换算比例。",
        $"{table}: the amount unit “{unit}” is not one the reader converts (元, 千元, 万元, 亿元); not read, and no scale is guessed.",
        table.Location);

    /// <summary>
    /// A table whose title marks it as an excerpt (（摘要）, （摘录）, （节选）, （部分）): it leaves rows out, so it is not read —
    /// no total is checked against the sum of the rows given.
    /// </summary>
    public static DocumentNote ExcerptTableNotRead(string table, CellLocation at) => Note(
        $"{table}：标题注明为摘录，表中只列出部分行，未读入，不以所列行之和校验合计。",
        $"{table}: the title marks the table as an excerpt that lists only some of its rows; it is not read, and no total is checked "
        + "against the sum of the rows given.",
        at);

    /// <summary>
    /// A 三公 table with figures none of whose columns names a basis the model holds (预算数, 决算数 of the report's year): a
    /// comparison of two years' 决算 whose year columns are not mapped. Not read (session 53).
    /// </summary>
    public static DocumentNote ThreePublicColumnsNotMapped(DocumentTable table) => Note(
        $"{table}：各列均不是可识别的本年预算数或决算数（如按年份列示的决算对比表），未读入，不猜测列。",
        $"{table}: none of its columns is a recognised budget or final of the report's year (a comparison by year, say); not "
        + "read, and no column is guessed.",
        table.Location);

    /// <summary>A table pasted as text whose rows do not line up with its header: not read, no column guessed.</summary>
    public static DocumentNote TextTableNotRead(string table, TextTableProblem problem, CellLocation at)
    {
        var (zh, en) = problem switch
        {
            TextTableProblem.CellCount => ("该行单元格数与表头不同", "this row has a different number of cells from the header"),
            TextTableProblem.MixedColumn => ("该行使同一列既有金额又有文字", "this row puts an amount and text in the same column"),
            TextTableProblem.NotAnAmount => ("该行金额列中有无法读取的数字", "this row has a number that cannot be read in an amount column"),
            TextTableProblem.Unaligned => ("各列未按空格对齐（或按两种字宽对齐的结果不同）",
                "the columns are not aligned by spaces (or two character widths align them differently)"),
            TextTableProblem.Ambiguous => ("逐行单元格可按多种列数排列", "the cells, one per line, fit more than one number of columns"),
            TextTableProblem.HeaderSpan => ("多行表头无法唯一地合并为各列列名",
                "the header lines cannot be joined into one name per column without a guess"),
            TextTableProblem.Continued => ("表格在下一页续接，但续页未能确定地接上，表格不完整",
                "the table goes on after a page break, but the continuation cannot be joined with certainty: the table is incomplete"),
            _ => ("未找到表头、金额列或合计行", "no header, amount column or 合计 row was found"),
        };
        return Note(
            $"{table}：表格文本未读入（{zh}），不猜测列。",
            $"{table}: the table text is not read ({en}); no column is guessed.",
            at);
    }

    /// <summary>
    /// A 三公 basis column or row of the year before the report's (上年决算数, 2023年决算数 in a 2024 report): skipped, since the
    /// model holds no prior-year 三公 figures.
    /// </summary>
    public static DocumentNote PriorYearColumnSkipped(DocumentTable table, string header, int? year, CellLocation? at) => Note(
        year is { } y
            ? $"{table}“{header}”：所列为上年（{y - 1}年）数，模型不含上年“三公”经费，该列未读入。"
            : $"{table}“{header}”：所列为上年数，模型不含上年“三公”经费，该列未读入。",
        year is { } e
            ? $"{table} “{header}”: the figures are the year before's ({e - 1}); the model holds no prior-year 三公 figures, so the"
                + " column is skipped."
            : $"{table} “{header}”: the figures are the year before's; the model holds no prior-year 三公 figures, so the column is"
                + " skipped.",
        at);

    /// <summary>
    /// A 三公 basis column or row that names no year, in a table whose title names a year other than the report's
    /// (2023年度“三公”经费支出决算表 in a 2024 report): its figures are the title's year's, so it is skipped.
    /// </summary>
    public static DocumentNote TitleYearColumnSkipped(DocumentTable table, string header, int titleYear, int reportYear, CellLocation? at)
        => Note(
            $"{table}“{header}”：表题所列年度（{titleYear}年）非报告年度（{reportYear}年），该列未读入。",
            $"{table} “{header}”: the title names {titleYear}, not the report's year ({reportYear}); the column is skipped.",
            at);

    /// <summary>
    /// A 款 or 项 code part printed alone in a split 类/款/项 column whose parent (类 or 款 above it) is not unambiguous: the
    /// row is not read (blind round 26, r1).
    /// </summary>
    public static DocumentNote SplitCodeWithoutParent(DocumentTable table, string part, string name, CellLocation? at) => Note(
        $"{table} 行“{part} {name}”：科目编码只印了本级部分，上方没有可确定的类/款，无法组成完整编码，该行未读入。",
        $"{table} row “{part} {name}”: the code prints only its own part and no 类/款 above settles its parent, so the full"
            + " code cannot be composed; the row is not read.",
        at);

    /// <summary>
    /// A table declared empty (本表无数据) whose cell holds a figure other than 0: both places named; the figures are read.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="statement">Its statement as printed.</param>
    /// <param name="cell">The cell's row and column.</param>
    /// <param name="statementAt">Where the table (and its statement) is.</param>
    /// <param name="cellAt">Where the cell is.</param>
    /// <returns>The note, located at the cell.</returns>
    public static DocumentNote EmptyTableWithFigure(DocumentTable table, string statement, string cell, CellLocation? statementAt,
        CellLocation? cellAt) => Note(
        $"{table}（{statementAt}）注明“{statement}”，但单元格“{cell}”（{cellAt}）有非零金额：表中数字照常读入并核对，请核实哪一处有误。",
        $"{table} ({statementAt}) states “{statement}”, yet the cell “{cell}” ({cellAt}) holds a figure other than 0: the"
            + " figures are read and checked as usual; check which of the two is wrong.",
        cellAt);

    /// <summary>
    /// A 三公 table's completion-rate column or row (完成预算%, 预算完成率) of a layout whose rates are not mapped to items
    /// (session 35; since schema 1.7 the layouts with certain items are read into the table's completion rates).
    /// </summary>
    public static DocumentNote ThreePublicRateNotRead(DocumentTable table, string header, CellLocation? at) => Note(
        $"{table}“{header}”：该列（行）的完成率未能对应到“三公”经费各项，未读入、未核对。",
        $"{table} “{header}”: the rates there could not be matched to the 三公 items, so they are neither read nor checked.",
        at);

    private static DocumentNote Note(string zh, string en, CellLocation? at) => new() { MessageZh = zh, MessageEn = en, Location = at };
}
