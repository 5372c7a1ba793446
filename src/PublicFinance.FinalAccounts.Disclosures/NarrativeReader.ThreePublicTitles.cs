namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (fam40, issue 8): a stand-alone 三公 statement titled without the word 决算 —
/// "某市公安局某区公安分局2023年度“三公”经费支出情况说明". A heading is read as the title only when it says 决算, so the
/// entity name stayed empty (the year came from the body). Now a heading that names 三公 and a year, with an issuer's name
/// before the year (a name <see cref="IsIssuerName"/> takes: 分局, 支队, 所, 站 … end it as they end a department's), is the
/// title too. A numbered section heading ("七、2023年度“三公”经费支出情况说明") has no issuer's name before its year and stays
/// a heading only.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether <paramref name="text"/> (a heading) is a 三公 statement's title: it names 三公, has a fiscal year, and an
    /// issuer's name stands before the year.
    /// </summary>
    internal static bool IsThreePublicTitle(string text)
    {
        if (text.IndexOf("三公", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var digits = WithDigitYear(text);
        return TitleYear(digits, out var y) && y.Start > 0 && IsIssuerName(TitleName(digits, y));
    }
}
