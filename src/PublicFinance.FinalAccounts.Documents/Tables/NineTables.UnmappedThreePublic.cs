using PublicFinance.FinalAccounts.Model.Tables;

namespace PublicFinance.FinalAccounts.Documents.Tables;

/// <summary>
/// Session 53 (blind round 50, t03): a 三公 table with figures none of whose columns names a basis the table model holds — a
/// comparison table <c>项目 | 2021年决算 | 2020年决算 | 增减额 | 增减率</c> whose year columns are not mapped — read as an empty
/// table: "the 三公 table has no figures and no statement that it has none" (a false FA6101 Error). Such a table is not
/// read (a located note says so); nothing is guessed from its columns.
/// </summary>
internal static partial class NineTables
{
    /// <summary>
    /// <paramref name="table"/>, or null with a note when it holds no amount, no completion rate and no empty statement while
    /// the printed table has figures in its rows — unless reading it already noted why its columns were not read (a column of
    /// another year, <paramref name="notesBefore"/> notes before the read): then the table is as read, with those notes.
    /// </summary>
    private static ThreePublicTable? WithFigures(Context x, int notesBefore, ThreePublicTable table)
    {
        var none = new ThreePublicColumns();
        if (x.Notes.Count > notesBefore || table.Note is not null || (table.Budget ?? none) != none || (table.Final ?? none) != none
            || (table.CompletionRate ?? NoRates) != NoRates || !x.Table.Rows.Any(r => r.Skip(1).Any(c => HasDigit(c.Text))))
        {
            return table;
        }

        x.Notes.Add(DocumentMessages.ThreePublicColumnsNotMapped(x.Table));
        return null;
    }

    private static bool HasDigit(string text) => text.Any(char.IsAsciiDigit);
}
