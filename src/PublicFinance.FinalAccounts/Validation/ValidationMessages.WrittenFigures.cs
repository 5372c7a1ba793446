namespace PublicFinance.FinalAccounts.Validation;

/// <summary>The figures of a finding in the unit the text wrote its stated figure in (原文单位; session 48).</summary>
internal static partial class ValidationMessages
{
    /// <summary>
    /// Appended to a finding whose stated figure the text wrote in another unit than the report's (45,812.30元 in a 万元
    /// report): the stated figure as written, and the computed figure and the difference in that unit.
    /// </summary>
    /// <param name="written">The stated figure as written.</param>
    /// <param name="computed">The computed interval (report unit), when the finding has one.</param>
    /// <param name="difference">The difference (report unit), when the finding has one.</param>
    /// <returns>The appended text, Chinese and English.</returns>
    public static (string Zh, string En) AsWritten(
        WrittenFigure written, DecimalInterval? computed, decimal? difference)
    {
        var (unitZh, unitEn) = written.Unit switch
        {
            WrittenUnit.Yuan => ("元", "yuan"),
            WrittenUnit.QianYuan => ("千元", "thousand yuan"),
            _ => ("万元", "ten thousand yuan"),
        };
        var zh = new StringBuilder("（原文以").Append(unitZh).Append("列示：声明 ").Append(Written(written, written.Value))
            .Append(unitZh);
        var en = new StringBuilder("(as written, in ").Append(unitEn).Append(": stated ").Append(Written(written, written.Value))
            .Append(' ').Append(unitEn);
        if (computed is { } c)
        {
            var value = Written(written, written.ToWritten((c.Lower + c.Upper) / 2m));
            zh.Append("，计算 ").Append(value).Append(unitZh);
            en.Append(", computed ").Append(value).Append(' ').Append(unitEn);
        }

        if (difference is { } d)
        {
            var value = Written(written, written.ToWritten(d));
            zh.Append("，差额 ").Append(value).Append(unitZh);
            en.Append(", difference ").Append(value).Append(' ').Append(unitEn);
        }

        return (zh.Append('）').ToString(), en.Append(')').ToString());
    }

    /// <summary>A value with the written figure's decimals, invariant, digits grouped by thousands as most texts write them.</summary>
    private static string Written(WrittenFigure written, decimal value)
        => value.ToString("N" + Math.Max(written.Decimals, 0).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
