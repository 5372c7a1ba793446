namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>The notes of session 54's sign markers (增减符号 △ ▲ ▼ ↑ ↓ before a table's change, <see cref="SignMarkers"/>).</summary>
internal static partial class DisclosureMessages
{
    /// <summary>A change cell marked with a sign whose meaning the text leaves uncertain (a lone ▲, or a legend giving both).</summary>
    /// <param name="cell">The row's label and the marked cell, as written.</param>
    /// <returns>The message.</returns>
    public static (string Zh, string En) AmbiguousSignMarker(string cell) => (
        $"“{cell}”：增减数前的符号在本文中含义不明确（如单独使用“▲”，或说明中既表示增加又表示减少）：增减方向未读，"
            + "该数字作为带位置的陈述保留，不据以核对。",
        $"\"{cell}\": the sign before the change has no certain meaning in this text (a lone ▲, or a legend that gives it "
            + "both meanings): no direction was read; the figure is kept as a located claim, not checked.");
}
