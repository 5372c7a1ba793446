namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The note of <c>NarrativeReader.UnitlessCodedTables</c> (session 46).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>
    /// A coded table's row whose name is neither the catalogue's name of its code nor a known alias: the row is not read
    /// (which of the two is wrong is not known).
    /// </summary>
    /// <param name="code">The code as written.</param>
    /// <param name="name">The name as written.</param>
    /// <param name="catalogueName">The catalogue's name of the code.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) CodedRowNameMismatch(string code, string name, string catalogueName) => (
        $"表中科目编码 {code} 的名称“{name}”与科目目录的名称“{catalogueName}”不符：不知编码与名称哪一个有误，此行未读入，作为带位置的陈述保留。",
        $"The table's code {code} is named \"{name}\", but the catalogue names it \"{catalogueName}\": which of the two is wrong "
            + "is not known; the row is not read and is kept as a located statement.");
}
