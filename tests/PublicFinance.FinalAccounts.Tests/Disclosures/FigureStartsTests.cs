using System.Reflection;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The figure count delimits numbers itself and hands only those with a unit's first character after them to the
/// scanner (session 10): it must record exactly the starts that scanning every block with <see cref="Scanner.Next"/>
/// records (the code before, kept here as the oracle).
/// </summary>
public class FigureStartsTests
{
    /// <summary>Pieces numbers and units are made of: signs, group commas (also "1, 537"), points, every unit.</summary>
    private static readonly string[] Pieces =
    [
        "1", "12", "1,234", "1, 537", "3,653.30", "0.5", "-", "+", "-1", "+2", ".", ",", " ", "  ", "万元", "亿元", "万", "万人",
        "万次", "元", "元/", "%", "平方米", "人次", "批次", "台(套)", "台（套）", "个", "人", "辆", "次", "批", "台", "套", "项", "家", "间",
        "公里", "收入", "增长", "\t", "|", "\n", "1234567890123456789012345678901", "79228162514264337593543950336",
        "99999999999999999999999999999.5", "亿", "平", "平方", "万张", "万份", "1234567890123456789012345678",
        "12345678901234567890123456789", "0.000000000000000000000000001", "| 收入 | 12.34 | | 5.6 |||",
    ];

    [Fact]
    public void Seed_SameStartsAsTheScanner()
    {
        var (starts, oracle) = Both(TestFiles.SampleText);
        Assert.Equal(oracle, starts);
        Assert.True(starts.Count > 300);   // the seed states several hundred figures with units (723 numbers in all)
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void RealTexts_SameStartsAsTheScanner(int index)
    {
        var (starts, oracle) = Both(TestFiles.Data(TestFiles.RealShanghaiTexts[index]));
        Assert.Equal(oracle, starts);
    }

    /// <summary>Hand-made: the starts are where the scanner's figures begin (reasoned per figure in the comments).</summary>
    [Fact]
    public void HandMade_StartsWhereFiguresBegin()
    {
        // "收入" is 0–1; "1,234.5万元" starts at 2; "12" (12) has no unit (a space, then '-'); "-3 %" starts at 15 (the
        // sign, after a space; spaces before '%' are skipped); "，" is normalised to ',' in place; "7.2.5人" is "7.2"
        // (20, no unit: '.' follows) then "5人" at 24; "2元/人" (27) has "元/", no unit, and the last "人" follows no number.
        const string Text = "收入1,234.5万元 12 -3 %，7.2.5人，2元/人";
        var (starts, oracle) = Both(Text);
        Assert.Equal(oracle, starts);
        Assert.Equal([2, 15, 24], starts);
    }

    [Property(MaxTest = 500)]
    public Property RandomPieces_SameStartsAsTheScanner()
    {
        var random = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty);
        var piece = Gen.Frequency((6, Gen.Elements(Pieces)), (1, random));
        var gen = Gen.Choose(0, 60).SelectMany(n => piece.ArrayOf(n)).Select(string.Concat);
        return Prop.ForAll(gen.ToArbitrary(), text => Same(text).Label(text));
    }

    /// <summary>
    /// No unit can follow a number whose next character is not a unit start: for every other character, "1" then it
    /// then a unit's ending gives no unit; and every count
    /// word of the scanner (read from it, so that a word added there fails here) starts with a unit start.
    /// </summary>
    [Fact]
    public void UnitStarts_CoverEveryUnitOfTheScanner()
    {
        foreach (var ending in new[] { string.Empty, "元", "次", "方米", "(套)", "（套）" })
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                // Digits, ',' and '.' continue the number and spaces are skipped before a unit: not "the next character".
                if (FigureStarts.IsUnitStart((char)c) || c is (>= '0' and <= '9') or ' ' or ',' or '.')
                {
                    continue;
                }

                var text = "1" + (char)c + ending;
                var i = 0;
                Assert.True(Scanner.Next(text, ref i, out var token));
                Assert.Equal(FigureUnit.None, token.Unit);
            }
        }

        var words = (string[])typeof(Scanner).GetField("CountUnits", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.True(FigureStarts.IsUnitStart(w[0]), w));
    }

    private static (List<int> Starts, List<int> Oracle) Both(string text)
    {
        var source = new SourceText(text);
        var figures = new FigureStarts(source.Text.Length);
        var oracle = new List<int>();
        foreach (var block in Paragraphs.Split(source.Text))
        {
            figures.Add(block);
            var next = 0;
            while (Scanner.Next(block.Content.Text, ref next, out var token))
            {
                if (token.Unit != FigureUnit.None)
                {
                    oracle.Add(block.Content.At(token.Start));
                }
            }
        }

        // The recorded positions come back sorted (a bit per position; no block repeats one): the oracle's in order.
        return (figures.Positions(), oracle.OrderBy(p => p).ToList());
    }

    private static bool Same(string text)
    {
        var (starts, oracle) = Both(text);
        return starts.SequenceEqual(oracle);
    }
}
