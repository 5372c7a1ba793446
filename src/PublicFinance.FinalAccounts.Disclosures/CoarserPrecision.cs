using PublicFinance.FinalAccounts.Utility;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Whether two statements of one figure agree at the coarser precision they were written with (按较粗精度比较同一数字): the
/// same figure written in 元 in a table and in 万元 in the prose (4,320,015.20 元 read as 432.001520 万元 beside 432.00 万元)
/// agrees when the finer one, rounded half away from zero to the coarser one's decimals, is the coarser one. A difference
/// beyond that rounding is a different figure (FA8003 stays an Error). Session 45 (tables45, blind round 41 t06).
/// </summary>
internal static class CoarserPrecision
{
    /// <summary>
    /// Whether <paramref name="a"/> and <paramref name="b"/> (each with the scale it was written with) state the same
    /// figure: equal, or the finer rounded to the coarser's decimals equals the coarser. A coarser figure written as a
    /// bare 0 agrees with 0 only (a stated nothing is exact: “0万元” beside “0.30万元” is no rounding).
    /// </summary>
    public static bool Agree(decimal a, decimal b)
    {
        if (a == b)
        {
            return true;
        }

        var (scaleA, scaleB) = (DecimalFigure.GetScale(a), DecimalFigure.GetScale(b));
        if (scaleA == scaleB)
        {
            return false;
        }

        var (coarse, fine, decimals) = scaleA < scaleB ? (a, b, scaleA) : (b, a, scaleB);
        return !(coarse == 0m && decimals == 0) && Math.Round(fine, decimals, MidpointRounding.AwayFromZero) == coarse;
    }
}
