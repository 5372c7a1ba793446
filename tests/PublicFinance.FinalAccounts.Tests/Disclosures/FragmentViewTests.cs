using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Headings, table rows and cells are views of the normalised text (session 11): their string is cut out only when a
/// reader asks for it. A view must be indistinguishable from the fragment with its string made up front (the code
/// before): the same text, positions, slices and trims, and <see cref="Fragment.Source"/> at
/// <see cref="Fragment.SourceStart"/> holding exactly its characters, before and after the text is made.
/// </summary>
public class FragmentViewTests
{
    [Fact]
    public void View_IsItsSubstring_BeforeAndAfterTheTextIsMade()
    {
        // "| 收入 | 12.34 |" (14 characters) sits at 3–16 of the text: the view holds the whole text until asked,
        // then its own string.
        const string Text = "ab\n| 收入 | 12.34 |\ncd";
        var identity = OffsetMap.Shifted(0, Text.Length);
        var view = new Fragment(Text, 3, 14, identity);
        Assert.Equal(14, view.Length);
        Assert.Same(Text, view.Source);
        Assert.Equal(3, view.SourceStart);
        Assert.Equal(3, view.At(0));
        Assert.Equal(17, view.At(view.Length));
        Assert.Equal("| 收入 | 12.34 |", view.Text);
        Assert.Equal("| 收入 | 12.34 |", view.Source);
        Assert.Equal(0, view.SourceStart);
        Assert.Equal(14, view.Length);
        Assert.Equal(3, view.At(0));
    }

    /// <summary>Random texts and ranges: a view and the fragment made with its string agree on everything.</summary>
    [Property(MaxTest = 300)]
    public Property View_AgreesWithTheMadeFragment()
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(s => (s ?? string.Empty) + " 收入 | 1.5 ");
        var gen =
            from t in text
            from start in Gen.Choose(0, t.Length)
            from count in Gen.Choose(0, t.Length - start)
            from a in Gen.Choose(0, count)
            from b in Gen.Choose(a, count)
            from askFirst in Gen.Elements(false, true)
            select (t, start, count, a, b, askFirst);
        return Prop.ForAll(gen.ToArbitrary(), c => Agree(c.t, c.start, c.count, c.a, c.b, c.askFirst).Label(c.ToString()));
    }

    /// <summary>The splitter's blocks: each is its characters of the normalised text, read through the view's range.</summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Blocks_HoldTheirCharacters(int index)
    {
        var source = new SourceText(index < 0 ? TestFiles.SampleText : TestFiles.Data(TestFiles.RealShanghaiTexts[index]));
        var views = 0;
        foreach (var block in Paragraphs.Split(source.Text))
        {
            var content = block.Content;
            var viewed = content.Source.Substring(content.SourceStart, content.Length);
            views += ReferenceEquals(content.Source, source.Text) ? 1 : 0;
            Assert.Equal(viewed, content.Text);
            if (block.Kind != BlockKind.Prose)
            {
                // Not joined from several lines: character i is at position At(i) of the normalised text.
                Assert.Equal(source.Text.Substring(content.At(0), content.Length), content.Text);
            }
        }

        Assert.True(views > 10);   // every text has headings and rows: views, not strings of their own
    }

    private static bool Agree(string text, int start, int count, int a, int b, bool askFirst)
    {
        var identity = OffsetMap.Shifted(0, text.Length);
        var view = new Fragment(text, start, count, identity);
        var made = new Fragment(text.Substring(start, count), identity, start);
        if (askFirst)
        {
            _ = view.Text;
        }

        return Same(view, made) && Same(view.Slice(a, b), made.Slice(a, b)) && Same(view.Trim(), made.Trim())
            && Same(view.Slice(a, b).Trim(), made.Slice(a, b).Trim());
    }

    private static bool Same(Fragment x, Fragment y)
    {
        if (x.Length != y.Length || x.Source.Substring(x.SourceStart, x.Length) != y.Text)
        {
            return false;
        }

        for (var i = 0; i <= x.Length; i++)
        {
            if (x.At(i) != y.At(i))
            {
                return false;
            }
        }

        return x.Text == y.Text && x.IsContiguous(0, x.Length) == y.IsContiguous(0, y.Length);
    }
}
