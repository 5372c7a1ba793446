using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The text tables' per-cell test read in place (issue 8, allocation): <see cref="CellNumber.Is(string)"/> answers as the trimmed
/// copy and its list of numbers did (<see cref="CellNumber.ByList"/>, the oracle). The allocation is measured by a probe
/// (docs/performance.md "Session 27: reader"); the golden read results (<see cref="ReadResultGoldenTests"/>) hold the
/// whole output identical.
/// </summary>
public class TableCellAllocationTests
{
    /// <summary>
    /// Cells over digits, signs, separators, units, ideographs and white space (the ideographic space and a tab among it), so
    /// that one number, two numbers, a number with words, signs between digits and blank cells all come up.
    /// </summary>
    private static Gen<string> Cells =>
        from n in Gen.Choose(0, 14)
        from chars in Gen.ArrayOf(Gen.Elements('1', '2', '0', '.', ',', '-', '+', '%', ' ', '\u3000', '\t', '万', '元', '合', '|'), n)
        select new string(chars);

    [Property(MaxTest = 2000)]
    public Property IsCellNumber_AnswersAsTheListOfNumbers()
        => Prop.ForAll(Cells.ToArbitrary(), cell => (CellNumber.Is(cell) == CellNumber.ByList(cell)).Label($"[{cell}]"));

    [Theory]
    [InlineData("77.00", true)]   // one number, the whole cell
    [InlineData("  -2.86 ", true)]   // white space trimmed, a sign
    [InlineData("\u300015.5%", true)]   // the ideographic space trimmed; the unit "%" is the one character after the number
    [InlineData("1,234.56", true)]   // separators are part of the number
    [InlineData("12 34", false)]   // two numbers
    [InlineData("合计 12", false)]   // the number does not start the cell
    [InlineData("12 号楼", false)]   // three characters after the number (one is allowed: a unit such as "%")
    [InlineData("   ", false)]   // blank
    [InlineData("", false)]
    public void IsCellNumber_OfKnownCells(string cell, bool expected)
    {
        Assert.Equal(expected, CellNumber.Is(cell));
        Assert.Equal(expected, CellNumber.ByList(cell));   // the oracle agrees on each reasoned case
    }
}
