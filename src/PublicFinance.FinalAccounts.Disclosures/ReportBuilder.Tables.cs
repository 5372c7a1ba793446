namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The builder's members that the table readers use (additions only; built on the members of ReportBuilder.cs).</summary>
internal sealed partial class ReportBuilder
{
    /// <summary>The qualifier key of a table cell: a figure of a table, compared only with the same table's figures.</summary>
    public const string TableKey = "table";

    /// <summary>
    /// The qualifier key of a 三公 table's 合计 row in its 决算数 column (no year named): this year's 三公 total, the
    /// same subject, period and basis as the narrative's 三公 total (see <see cref="SameFigureInTableAndText"/>).
    /// </summary>
    public const string TableThisYearsTotalKey = "table;total=thisYear;";

    /// <summary>
    /// Whether two differing qualifier keys still name the same figure: a 三公 table's total for this year
    /// (<see cref="TableThisYearsTotalKey"/>) and a narrative statement read into the same field whose qualifiers name
    /// neither another year, fund, flow, staffing category, item or part, nor the prior year (上年/上一年/同期), nor a
    /// figure inside a reason or a typed statement's fund, nor a budget basis. Precision first: anything else stays a
    /// different figure (a note) — even "支出预算为59.00万元，支出决算为44.60万元", whose 决算 carries the sentence's 预算 in
    /// its key, since a key naming a budget may be a budget placed as the figure ("“三公”经费预算安排 59.00 万元").
    /// </summary>
    /// <param name="first">The key the field's value was first read with.</param>
    /// <param name="second">The key of the differing value.</param>
    internal static bool SameFigureInTableAndText(string first, string second)
    {
        var text = first == TableThisYearsTotalKey ? second : second == TableThisYearsTotalKey ? first : null;
        if (text is null || text.StartsWith(TableKey, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var other in OtherFigureQualifiers)
        {
            if (text.IndexOf(other, StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return text.IndexOf("item=", StringComparison.Ordinal) < 0 || text.IndexOf("item=三公;", StringComparison.Ordinal) >= 0;
    }

    /// <summary>The qualifiers (parts of a key) that make a narrative figure another one than a table's total for this year.</summary>
    private static readonly string[] OtherFigureQualifiers =
    [
        "year=", "fund=", "staff=", "flow=收入;", "scope=其中;", "basis=上年;", "basis=上一年;", "basis=同期;", "reason;", "typedFund=",

        // A budget word in the key: the figure may be a budget ("“三公”经费预算安排 59.00 万元") — precision first, even
        // though "预算为 59.00 万元，决算为 44.60 万元" then stays a note.
        "basis=预算;", "basis=年初预算;", "basis=全年预算;", "basis=调整预算;",
    ];

    /// <summary>
    /// The original characters behind a whole fragment as <see cref="Raw"/> gives them, without copying them when they
    /// are one stretch of the original text that needs no change (no ideographic space): then
    /// <paramref name="original"/> is the whole original text and the fragment's characters start at
    /// <paramref name="start"/>; otherwise <paramref name="original"/> is <see cref="Raw"/>'s copy and
    /// <paramref name="start"/> is 0.
    /// </summary>
    /// <param name="f">The fragment.</param>
    /// <param name="original">The string that holds the characters.</param>
    /// <param name="start">Where they start in it.</param>
    public void Original(Fragment f, out string original, out int start)
    {
        var length = f.Length;
        if (length > 0 && f.IsContiguous(0, length))
        {
            var at = f.At(0);
            if (source.Origin.IsContiguous(at, at + length))
            {
                var from = source.Origin[at];
                if (source.Original.IndexOf('\u3000', from, length) < 0)
                {
                    original = source.Original;
                    start = from;
                    return;
                }
            }
        }

        original = Raw(f, 0, length);
        start = 0;
    }
}
