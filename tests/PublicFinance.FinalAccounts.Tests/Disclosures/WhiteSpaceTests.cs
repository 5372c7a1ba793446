using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>The readers' white-space test is the runtime's, for every one of the 65,536 characters.</summary>
public class WhiteSpaceTests
{
    [Fact]
    public void Is_AgreesWithCharIsWhiteSpace_ForEveryCharacter()
    {
        var white = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace((char)c), WhiteSpace.Is((char)c));
            white += WhiteSpace.Is((char)c) ? 1 : 0;
        }

        // Unicode's white space as .NET lists it: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A,
        // U+2028, U+2029, U+202F, U+205F, U+3000 — 5 + 1 + 1 + 1 + 1 + 11 + 2 + 1 + 1 + 1 = 25 characters.
        Assert.Equal(25, white);
        Assert.True(WhiteSpace.Is('\u3000'));
        Assert.False(WhiteSpace.Is('\u4E00'));
    }
}
