namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>A table's figure and the prose's that differ (表文不符, FA8008): the reader's part of the catalogue.</summary>
internal static partial class DisclosureMessages
{
    /// <summary>FA8008: one field's figure in a table and in the prose, with different values.</summary>
    /// <param name="pointer">The field.</param>
    /// <param name="table">The table's value.</param>
    /// <param name="tablePlace">Where the table's value is.</param>
    /// <param name="prose">The prose's value.</param>
    /// <param name="prosePlace">Where the prose's value is.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) TableAndProseDiffer(
        string pointer, string table, string tablePlace, string prose, string prosePlace) => (
        $"表格与正文所列同一数字不一致（{pointer}）：表格为 {table}（{tablePlace}），正文为 {prose}（{prosePlace}）。",
        $"A table and the prose give one figure different values ({pointer}): {table} in the table ({tablePlace}), " +
        $"{prose} in the prose ({prosePlace}).");
}
