using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A unit declaration found without copying the text (issue 8): <see cref="NarrativeReader.ContainsBetweenSpaces"/>
/// must answer what the text with its spaces taken out, then <c>Contains</c>, answered (the old code, the oracle here).
/// </summary>
public class UnitDeclarationTests
{
    private static readonly string[] Pieces = ["单位", "单", "位", ":", "：", "万元", "万", "元", "亿元", "亿", " ", "  ", "本", "金额", "(", ")"];

    private static readonly string[] Declarations = ["单位:万元", "单位:元", "单位:亿元"];

    private static Gen<string> Texts =>
        from pieces in Gen.ArrayOf(Gen.Elements(Pieces))
        select string.Concat(pieces);

    [Property(MaxTest = 1000)]
    public Property ContainsBetweenSpaces_IsContainsWithTheSpacesTakenOut()
        => Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var compact = text.Replace(" ", string.Empty);
            var same = Declarations.All(
                d => NarrativeReader.ContainsBetweenSpaces(text, d) == compact.Contains(d, StringComparison.Ordinal));
            return same.Label(text);
        });

    [Fact]
    public void ContainsBetweenSpaces_PassesOverSpacesOnly()
    {
        // The normaliser makes a full-width colon ':' before the reader sees the text; 单位 alone declares nothing.
        (string Text, string Word, bool Expected)[] cases =
        [
            ("（金额单位：万元）", "单位:万元", false), ("(金额单位: 万 元)", "单位:万元", true), ("单 位:元", "单位:元", true),
            ("本单位:元旦", "单位:元", true), ("单位:亿 元", "单位:元", false), ("单位", "单位:元", false),
        ];
        foreach (var (text, word, expected) in cases)
        {
            Assert.True(expected == NarrativeReader.ContainsBetweenSpaces(text, word), text);
        }
    }
}
