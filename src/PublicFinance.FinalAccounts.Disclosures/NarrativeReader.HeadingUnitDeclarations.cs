namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 62 (prose62, blind round 58 t07): a short heading followed by its unit in brackets — "二、收入支出决算情况（单位：千元）".
/// The classifier takes the line as a heading (<see cref="BlockClassifier.ColonOnlyInUnitDeclaration"/>), but its words were
/// compared whole with the short headings' bodies (<see cref="ShortSectionHeading"/>), so the overview was not entered; the
/// income sentence after it stayed in the staff paragraph's section and every figure of it was "未能归类" (the expenditure
/// sentence was read only because its subject gave its section). The words are now compared without the declaration, and
/// the declaration holds for the section entered.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// <paramref name="heading"/> without a unit declaration in brackets at its end ("（单位：千元）", "（金额单位：万元）"), or the
    /// heading itself when it ends in none.
    /// </summary>
    private static string WithoutUnitDeclaration(string heading)
        => heading.Length > 2 && BlockClassifier.ColonOnlyInUnitDeclaration(heading, 0, heading.Length)
            ? heading.Substring(0, heading.LastIndexOf('(')).TrimEnd() : heading;
}
