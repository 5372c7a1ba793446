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

    /// <summary>
    /// A table row is read where it is (session 16): the count leaves the row's view a view — its string is not cut out
    /// of the text — and records the scanner's starts, also when the text right after the row would continue a number
    /// or a unit (a view must not look past its end: "1,23" then "4" on the next line is no group, "万" at the end of a
    /// row is 万 whatever comes next).
    /// </summary>
    [Theory]
    [InlineData("项目\t预算\t决算\n收入\t5\t1,23\n4万元\t6\t7\n")]
    [InlineData("| 项目 | 收入 |\n| 支出 | 12万\n人次 |\n")]
    [InlineData("甲\t12.5%\t3平方\n米\t-\n7亿\n元\t8\n")]
    [InlineData("收入\t100万元\t增长\t5%\n支出\t+3\n.5人\n")]
    public void TableRows_ReadInPlace(string text)
    {
        var source = new SourceText(text);
        var figures = new FigureStarts(source.Text.Length);
        var oracle = new List<int>();
        var views = 0;
        foreach (var block in Paragraphs.Split(source.Text))
        {
            var content = block.Content;
            var wasView = ReferenceEquals(content.Source, source.Text) && content.Length < source.Text.Length;
            figures.Add(block);
            if (wasView)
            {
                views++;
                Assert.Same(source.Text, content.Source);   // not cut out by the count
            }

            var next = 0;
            while (Scanner.Next(content.Text, ref next, out var token))
            {
                if (token.Unit != FigureUnit.None)
                {
                    oracle.Add(content.At(token.Start));
                }
            }
        }

        Assert.True(views > 0, "the text has table rows read as views");
        Assert.Equal(oracle.OrderBy(p => p).ToList(), figures.Positions());
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
