using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// An item named by its 功能分类 code written first and its name closed by its level mark (blind round 35, F2): "2130301行政运行
/// （项）：年初预算 505.00 万元，支出决算 512.30 万元，完成年初预算的 101.45%". The level mark ends the name (what follows it is the
/// label's rest: "：年初预算"), so the name is matched against the catalogue's name of the code as written, without the mark;
/// the mark must be the code's level (（项） seven digits, （款） five, （类） three). Before, the whole "行政运行（项）：年初预算"
/// was matched, matched nothing, and the item's figures went to the section total's budget comparison (a false FA2201 and
/// FA2205).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// <see cref="TryFunctionalName"/> for a code written first whose name is closed by the level mark of the code's length:
    /// the catalogue's name of the code, or a name of its own under a class the catalogue lists
    /// (<see cref="UncataloguedCodeFirst"/>); the rest of the label starts after the mark.
    /// </summary>
    private static bool CodeFirstWithLevel(string label, string code, int nameStart, int year, out FunctionalName name)
    {
        name = default;
        var mark = LevelMarkIndex(label, nameStart, code.Length, out var markLength);   // (项), [项], 【项】 (session 38)
        if (mark <= nameStart || !FunctionalCode.IsValid(code))
        {
            return false;
        }

        var written = label.Substring(nameStart, mark - nameStart).Trim();
        if (written.Length < 2 || HasDigit(written))
        {
            return false;
        }

        if (ClassificationCatalogue.Default.MatchName(FunctionalCode.FromDigits(code), year == 0 ? null : year, written)
            is NameMatch.Exact or NameMatch.Alias or NameMatch.OtherYear)
        {
            name = new FunctionalName(code, null, null, written, mark + markLength);
            return true;
        }

        if (UncataloguedCodeFirst(label.Substring(0, mark), code, nameStart, out var own))
        {
            name = own with { RestStart = mark + markLength };
            return true;
        }

        return false;
    }
}
