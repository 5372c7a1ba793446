using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// An item named by its level path with its code in brackets after it (session 39, blind round 37, family 2):
/// "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）（2101101）。年初预算…". Before, the whole path was the item's name —
/// "卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)" — and FA5003 compared it with the catalogue's 项 name (a false Warning per
/// item). Without the trailing code the same path is split into 类, 款 and 项 (<see cref="TryFunctionalName"/>'s level marks);
/// now it is split the same way, the bracketed code kept as the item's code.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// <paramref name="name"/>, read from a label whose name stands before a code in brackets, with that name split at its
    /// level marks when it is a level path ending with a 项 or 款 mark ("农林水支出(类)水利(款)水利工程运行(项)", "行政运行(项)"):
    /// the 类 and 款 names, the item's own name, the code and the rest's start kept. A name that is no such path — one with
    /// words after its last mark, or with no mark — is left as it is. Always true (the name was read).
    /// </summary>
    private static bool LevelPathBeforeCode(ref FunctionalName name, int year)
    {
        var written = name.Name;
        if (name.Code is { Length: 3 } && name.ClassName is null && name.SectionName is null
            && written.EndsWith("(类)", StringComparison.Ordinal) && written.Length > 5)
        {
            // Session 43: "社會保障和就業支出（類）（208）" — a 类 with its mark before its code is named without the mark, as
            // "…（类）208" is (CodeAfterLevelMark); the mark is no part of the name (FA5003 warned of a mismatch).
            name = name with { Name = written.Substring(0, written.Length - 3).TrimEnd() };
            return true;
        }

        if (SeparatedLevelPath(ref name, year))
        {
            return true;   // session 58: "社会保障和就业支出-行政事业单位养老支出-机关事业单位基本养老保险缴费支出（2080505）"
        }

        if (SectionNameBeforeItemName(name, year) is { } sectionName)
        {
            // Session 49 (blind round 46, t04): "城乡社区管理事务行政运行（2120101）" — the 款 name, then the 项 name, no mark between.
            name = name with { SectionName = sectionName, Name = written.Substring(sectionName.Length) };
            return true;
        }

        if (name.Code is null || name.ClassName is not null || name.SectionName is not null
            || !(written.EndsWith("(项)", StringComparison.Ordinal) || written.EndsWith("(款)", StringComparison.Ordinal))
            || !TryFunctionalName(written, year, out var levels) || levels.Code is not null
            || levels.RestStart != written.Length)
        {
            return true;
        }

        name = name with { ClassName = levels.ClassName, SectionName = levels.SectionName, Name = levels.Name };
        return true;
    }

    /// <summary>
    /// The catalogue's 款 name of a 项 code when <paramref name="name"/> is written as that 款 name followed by the 项's own
    /// catalogue name with nothing between ("城乡社区管理事务行政运行" for 2120101); null otherwise (also with no fiscal year, a
    /// name already split, or any other words).
    /// </summary>
    private static string? SectionNameBeforeItemName(FunctionalName name, int year)
    {
        if (year == 0 || name.Code is not { Length: 7 } code || name.ClassName is not null || name.SectionName is not null
            || !FunctionalCode.IsValid(code))
        {
            return null;
        }

        var item = FunctionalCode.FromDigits(code);
        var catalogue = ClassificationCatalogue.Default;
        return item.Parent is { } section && catalogue.TryGetName(section, year, out var sectionName)
            && catalogue.TryGetName(item, year, out var itemName) && sectionName.Length > 0
            && string.Equals(name.Name, sectionName + itemName, StringComparison.Ordinal) ? sectionName : null;
    }
}
