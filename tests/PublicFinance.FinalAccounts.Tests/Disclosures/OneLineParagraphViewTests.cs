using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A paragraph of one piece of the text is a view of the text (issue 8, allocation): the splitter no longer copies it into
/// its builder and gives it a map of its own. Whatever the paragraph is made of, its characters and their positions must be
/// what they were: each character of a paragraph is the text's character at its position (a space the splitter put
/// between two numbers of two lines excepted), the positions of a one-line paragraph run on from its start to the end
/// after it, and the time is measured by a probe (docs/performance.md "Session 27: reader").
/// </summary>
public class OneLineParagraphViewTests
{
    /// <summary>Invented lines: sentences with and without a full stop, a number broken at a line end, white space around.</summary>
    private static Gen<string> Texts =>
        from n in Gen.Choose(1, 12)
        from lines in Gen.ArrayOf(
            Gen.Elements(
                "本年收入合计 120.00 万元。",
                "  本年支出合计 80.50 万元，",
                "比上年增加 3.00 万元。  ",
                "主要原因是",
                "人员增加。",
                "收入1,2",
                "34.56万元。",
                "",
                "\u3000其他收入 0.40 万元"),
            n)
        select string.Join("\n", lines);

    [Property(MaxTest = 500)]
    public Property ProseParagraphs_KeepTheirCharactersAndPositions()
        => Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            foreach (var block in Paragraphs.Split(text))
            {
                if (block.Kind != BlockKind.Prose)
                {
                    continue;
                }

                var f = block.Content;
                var oneLine = f.At(f.Length) - f.At(0) == f.Length && text.IndexOf('\n', f.At(0), f.Length) < 0;
                for (var i = 0; i < f.Length; i++)
                {
                    var at = f.At(i);
                    // A character is the text's own, or the space put between two numbers of two lines (mapped to the
                    // second line's first character, a digit).
                    if (text[at] != f.Text[i] && !(f.Text[i] == ' ' && char.IsDigit(text[at])))
                    {
                        return false.Label($"{f.Text} [{i}]");
                    }

                    if (oneLine && at != f.At(0) + i)
                    {
                        return false.Label($"{f.Text}: one line, position {i}");
                    }
                }

                if (oneLine && f.Text != text.Substring(f.At(0), f.Length))
                {
                    return false.Label(f.Text);
                }
            }

            return true.ToProperty();
        });

    [Fact]
    public void OneLineParagraph_IsTheTrimmedLineWithItsPositions()
    {
        // "  本年支出合计 80.50 万元。" on line 2 (the first line ends with a full stop, so this is a paragraph of its own): its
        // two leading spaces are trimmed, so it starts at 15 + 1 + 2 = 18 (the first line is 15 characters and its break), and
        // its end position is 18 + its length.
        var first = "本年收入合计 120.00 万元。";
        var second = "本年支出合计 80.50 万元。";
        var text = first + "\n  " + second + "\n";
        var prose = Paragraphs.Split(text).Where(b => b.Kind == BlockKind.Prose).ToList();
        Assert.Equal(2, prose.Count);
        var f = prose[1].Content;
        Assert.Equal(second, f.Text);
        Assert.Equal(first.Length + 1 + 2, f.At(0));
        Assert.Equal(f.At(0) + second.Length, f.At(f.Length));
    }

    [Fact]
    public void TwoLineParagraph_IsJoinedAsBefore()
    {
        // The first line has a comma (no label, no heading) and no full stop, so the second line continues its paragraph,
        // joined without the break; the second line's first character keeps its own position (after the break).
        var first = "本部门本年度支出比上年有所增加，增加";
        var text = first + "\n3.00 万元。";
        var f = Assert.Single(Paragraphs.Split(text), b => b.Kind == BlockKind.Prose).Content;
        Assert.Equal(first + "3.00 万元。", f.Text);
        Assert.Equal(0, f.At(0));
        Assert.Equal(first.Length + 1, f.At(first.Length));   // '3' stands after the first line and its break
    }
}
