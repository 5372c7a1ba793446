using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 59 (tables59, blind round 55 t02): the per-unit table (<see cref="PerUnitIncomeRow"/>) aligned with spaces, with
/// the units' 支出合计 beside their income — <c>单位名称  收入合计  财政拨款收入  事业收入  其他收入  支出合计</c>, a <c>合计</c> row and
/// a row per unit (<c>本级  3144.68  3126.48  18.20  3098.71</c>, its 事业收入 blank). A space-aligned line cannot show a blank
/// cell, so such a row had fewer cells than the header and the table was dropped without a note; and the 支出合计 column was
/// no income part, so the header was refused. Now:
/// <list type="bullet">
/// <item>a row of a space-aligned header with fewer cells than columns is placed by display column
/// (<see cref="AlignCellsByPosition"/>, as session 58's sentence tables are): every figure must end exactly where a header
/// cell ends, each under a later column; a blank cell is no figure. A row that does not line up still ends the table.</item>
/// <item>one 支出合计 (本年支出合计, 支出总计) column is taken beside the income columns: it is not an income part (not summed
/// into the 收入合计), and the 合计 row's figure in it is the department's 支出合计 (<c>expenditure/total</c>), placed with the
/// income figures under the same conditions (the parts add up to the 收入合计 exactly, every figure agrees with one the text
/// already stated), and only where nothing is held yet.</item>
/// </list>
/// Each unit's row stays a located note naming the unit (the model holds no per-unit figures).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// The 合计 rows of per-unit tables waiting to be placed at the end of the read (<see cref="PlaceUnitTableTotals"/>), null
    /// when none: placed when read, a table before the income section took the figures the section's prose then states
    /// (with their shares), and those prose figures were left unplaced.
    /// </summary>
    private List<PendingUnitTotal>? unitTableTotals;

    /// <summary>A per-unit table's 合计 row waiting: its span and text (for a note), and each figure with its member.</summary>
    private sealed class PendingUnitTotal(SourceSpan span, string text)
    {
        public SourceSpan Span { get; } = span;

        public string Text { get; } = text;

        public List<(string Owner, DraftNode Value, SourceSpan Span)> Cells { get; } = [];
    }

    /// <summary>
    /// After the prose: each waiting 合计 row's figures placed where nothing is held; a row one of whose figures differs from
    /// what the text stated meanwhile is placed nowhere and noted (<see cref="DisclosureMessages.PerUnitIncomeTotalNotPlaced"/>).
    /// </summary>
    private void PlaceUnitTableTotals()
    {
        if (unitTableTotals is null)
        {
            return;
        }

        foreach (var row in unitTableTotals)
        {
            var agrees = true;
            foreach (var (owner, value, _) in row.Cells)
            {
                agrees &= b.Find(owner + "/amount") is not { } held || DraftNode.SameValue(held, value);
            }

            if (!agrees)
            {
                Note(row.Span, DisclosureMessages.PerUnitIncomeTotalNotPlaced, row.Text);
                continue;
            }

            foreach (var (owner, value, span) in row.Cells)
            {
                if (!b.Has(owner, "amount"))
                {
                    PlaceAsStated(owner, "amount", value, span, ClaimKind.Amount, row.Text);
                }
            }
        }

        unitTableTotals = null;
    }

    /// <summary>The column member of a per-unit table's 支出合计 (no income part).</summary>
    private const string UnitExpenditureMember = "expenditureTotal";

    /// <summary>The header words of a per-unit table's 支出合计 column.</summary>
    private static readonly string[] UnitExpenditureHeaders = ["支出合计", "本年支出合计", "支出总计"];

    /// <summary>The display column each cell of the open per-unit table's header ends at (empty: no space-aligned header).</summary>
    private readonly List<int> unitHeaderEnds = [];

    /// <summary>
    /// Whether <paramref name="header"/> is the per-unit table's 支出合计 column, not yet among <paramref name="columns"/>: it is
    /// then added to them.
    /// </summary>
    private static bool UnitExpenditureColumn(string header, List<string> columns)
    {
        if (Array.IndexOf(UnitExpenditureHeaders, header) < 0 || columns.Contains(UnitExpenditureMember))
        {
            return false;
        }

        columns.Add(UnitExpenditureMember);
        return true;
    }

    /// <summary>The narrative member a per-unit table's column is placed under (the 合计 row's figure).</summary>
    private static string UnitTableOwner(string member)
        => member == UnitExpenditureMember ? N + "expenditure/total" : N + "income/" + member;

    /// <summary>Remembers where the open per-unit table's header cells end, when it is a space-aligned line.</summary>
    private void KeepUnitIncomeHeaderEnds(string text, int from, int to)
    {
        unitHeaderEnds.Clear();
        if (unitIncomeColumns is null || HasSeparator(text, from, to))
        {
            return;
        }

        var line = LineStart(text, from);
        foreach (var (_, end) in unitIncomeCells)
        {
            unitHeaderEnds.Add(DisplayColumn(text, line, end));
        }
    }

    /// <summary>
    /// Widens the cells of a space-aligned per-unit row with fewer cells than columns to one per column by where each ends
    /// (see the type's remarks); false when the row does not line up.
    /// </summary>
    private bool AlignUnitIncomeCells(string text, int from, int to, int columns)
        => AlignCellsByPosition(text, from, to, columns, unitIncomeCells, unitHeaderEnds);
}
