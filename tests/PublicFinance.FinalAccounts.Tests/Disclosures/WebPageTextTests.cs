using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// A 说明 scraped from a web page onto one line (issue 8, pattern 7): navigation, contents with dot leaders and inline
/// headings are cut apart before the phrasing reader sees the text. Every text here is invented.
/// </summary>
public class WebPageTextTests
{
    // One line: navigation, a title, a table of contents with dot leaders and page numbers, then the body with every
    // heading inline ("…说明二、收入决算情况说明本年收入…").
    private const string Navigation = "当前位置：首页 > 信息公开 > 财政预决算 > 部门决算 ";
    private const string Title = "2023年某某县文化馆部门决算公开说明";
    private const string Contents = "目 录一、收入支出决算总体情况说明……1二、收入决算情况说明……2三、支出决算情况说明……3";
    private const string Body =
        "一、收入支出决算总体情况说明2023年度收入总计1,200.50万元，其中：本年收入合计1,100.50万元，年初结转和结余100.00万元。"
        + "2023年度支出总计1,200.50万元，其中：本年支出合计1,150.50万元，年末结转和结余50.00万元。"
        + "二、收入决算情况说明本年收入合计1,100.50万元，其中：财政拨款收入1,000.00万元，占90.87%；其他收入100.50万元，占9.13%。"
        + "三、支出决算情况说明本年支出合计1,150.50万元，其中：基本支出900.00万元，占78.23%；项目支出250.50万元，占21.77%。";

    private static string Page => Navigation + Title + Contents + Body;

    [Fact]
    public void OneLinePage_IsCutIntoHeadingsAndParagraphs_WithoutNavigationOrContents()
    {
        var text = Page;
        var pieces = WebPageText.Segments(text, 0, text.Length).Select(p => text.Substring(p.Start, p.End - p.Start).Trim()).ToList();

        // The navigation ("当前位置…部门决算") and the contents ("目 录…3") are not among the pieces.
        Assert.DoesNotContain(pieces, p => p.Contains("当前位置", StringComparison.Ordinal) || p.Contains("……", StringComparison.Ordinal));
        // The title, then each body heading alone, each followed by its paragraph.
        Assert.Equal(Title, pieces[0]);
        Assert.Equal("一、收入支出决算总体情况说明", pieces[1]);
        Assert.StartsWith("2023年度收入总计1,200.50万元", pieces[2], StringComparison.Ordinal);
        Assert.Equal("二、收入决算情况说明", pieces[3]);
        Assert.Equal("三、支出决算情况说明", pieces[5]);
        Assert.EndsWith("占21.77%。", pieces[6], StringComparison.Ordinal);
        Assert.Equal(7, pieces.Count);
    }

    [Fact]
    public void OneLinePage_ReadsLikeTheSameTextWithLineBreaks()
    {
        // The same 说明 written with a line per heading and paragraph is what the reader already knows; the web page must
        // give the same figures.
        var lines = Title + "\n一、收入支出决算总体情况说明\n" + Body.Substring("一、收入支出决算总体情况说明".Length)
            .Replace("二、收入决算情况说明", "\n二、收入决算情况说明\n", StringComparison.Ordinal)
            .Replace("三、支出决算情况说明", "\n三、支出决算情况说明\n", StringComparison.Ordinal);
        var expected = DisclosureReader.Read(lines);
        var page = DisclosureReader.Read(Page);

        Assert.NotEmpty(expected.Claims);
        Assert.Equal(expected.Claims.Select(c => (c.Pointer, c.Value)), page.Claims.Select(c => (c.Pointer, c.Value)));
        Assert.Equal(expected.FiscalYear, page.FiscalYear);
    }

    [Fact]
    public void OneLinePage_ClaimsPointAtTheirFiguresInTheOriginalLine()
    {
        var text = Page;
        var read = DisclosureReader.Read(text);
        Assert.NotEmpty(read.Claims);
        foreach (var claim in read.Claims.Where(c => c.Kind == ClaimKind.Amount))
        {
            // All on line 1; the column is 1-based and the figure's digits are written there (commas as written).
            Assert.Equal(1, claim.Span.StartLine);
            var written = text.Substring(claim.Span.StartColumn - 1).Replace(",", string.Empty, StringComparison.Ordinal);
            Assert.StartsWith(claim.Value, written, StringComparison.Ordinal);
        }
    }

    [Theory]
    // A long paragraph that lists 一、二、 without headings is not a web page: it stays one piece.
    [InlineData("本单位主要职责如下：一、负责全县文化馆的日常管理工作，组织开展群众文化活动和非遗保护工作，指导基层文化站建设；二、承办县委县政府交办的其他事项，做好文化惠民工程，组织送戏下乡和公益培训；")]
    // "统一、规范" is a word, not a heading.
    [InlineData("我单位坚持统一、规范、高效的原则，加强预算管理，严格执行各项财务制度，厉行节约，压缩一般性支出，")]
    public void LongProse_WithoutPageSigns_StaysWhole(string sentence)
    {
        var text = string.Concat(Enumerable.Repeat(sentence, 10));
        Assert.True(text.Length >= WebPageText.MinLength);
        var pieces = WebPageText.Segments(text, 0, text.Length);
        Assert.Equal(new[] { (0, text.Length) }, pieces);
    }

    [Fact]
    public void NewPart_NumbersFromOneAgain()
    {
        // 第一部分 and 第二部分 each number their headings from 一; the second 一、 is a heading too.
        var text = "第一部分 部门概况一、主要职能本馆负责群众文化活动。二、机构设置本馆内设三个股室，全部为财政拨款事业单位，"
            + new string('负', 200) + "。第二部分 决算情况说明一、收入支出决算总体情况说明2023年度收入总计1,200.50万元。";
        var pieces = WebPageText.Segments(text, 0, text.Length).Select(p => text.Substring(p.Start, p.End - p.Start)).ToList();
        Assert.Contains("一、主要职能", pieces);
        Assert.Contains("二、机构设置", pieces);
        Assert.Contains("一、收入支出决算总体情况说明", pieces);
    }

    /// <summary>Pieces of web-page lines: markers, heading ending words, punctuation that decides them, contents and prose.</summary>
    private static readonly string[] MarkerPieces =
    [
        "一、", "二、", "三、", "四、", "十、", "十一、", "二十、", "(一)", "(二)", "(三)", "(十一)", "一", "十", "(", ")", "、", "情况",
        "说明", "职责", "决算表", "。", ";", ":", " ", ",", "第", "其", "”", "目 录", "目录", "……1", "...2", "当前位置:首页>公开>",
        "收入合计12.5万元", "统一、规范", "本年支出", "负责", "\n",
    ];

    /// <summary>
    /// The inline-heading search jumps from one character that can start a marker (一 … 十, '(') to the next (session
    /// 14); trying a marker at every character, as before, must give the same pieces — on random lines of 300–1,200
    /// characters made of markers, ending words and the punctuation around them, cut at random start and end offsets.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Segments_JumpingToMarkers_AsTryingEveryCharacter()
    {
        var gen = Gen.Elements(MarkerPieces).ArrayOf(400).Select(string.Concat)
            .SelectMany(text => Gen.Choose(0, 40).SelectMany(s => Gen.Choose(0, 40).Select(e => (text, s, text.Length - e))));
        return Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (text, start, end) = t;
            var jumped = WebPageText.Segments(text, start, end, everyCharacter: false);
            var every = WebPageText.Segments(text, start, end, everyCharacter: true);
            return jumped.SequenceEqual(every).Label(text.Substring(start, end - start));
        });
    }

    /// <summary>
    /// The oracle can fail: a line whose headings are cut (three with ending words) gives more than the whole line, in
    /// both modes alike.
    /// </summary>
    [Fact]
    public void Segments_BothModes_CutTheSamePage()
    {
        var text = Page;
        var jumped = WebPageText.Segments(text, 0, text.Length, everyCharacter: false);
        Assert.Equal(7, jumped.Count(p => text.Substring(p.Start, p.End - p.Start).Trim().Length > 0));
        Assert.Equal(WebPageText.Segments(text, 0, text.Length, everyCharacter: true), jumped);
    }
}
