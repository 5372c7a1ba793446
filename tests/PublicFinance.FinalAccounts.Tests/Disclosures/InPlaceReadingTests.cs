using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;
using PublicFinance.FinalAccounts.Disclosures.Statements;
using PublicFinance.FinalAccounts.Utility;
using PublicFinance.FinalAccounts.Values;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 11's cheaper decisions (issues 8, 14), each against the code it replaced (kept here as the oracle): numbers
/// scanned in a clause where it stands instead of in a copy of it, plain numbers parsed without the runtime's general
/// parser, the direction word found by one backward walk, the fund and reason words searched in a range, the clause's
/// text made on demand, the magnitude check's median, and <see cref="IndicatorValueText.Parse"/>'s compacting.
/// </summary>
public class InPlaceReadingTests
{
    /// <summary>Pieces of text around numbers: digits, separators, signs, units and the words next to them.</summary>
    private static readonly string[] Pieces =
    [
        "0", "1", "7", "12", "1,234", "1, 537", ".", ".5", ",", "，", ";", "。", "、", ":", "-", "+", " ", "万元", "万", "万人", "亿元",
        "元", "元/", "%", "平方米", "人次", "批次", "台(套)", "个", "人", "辆", "次", "本年支出", "增长", "减少", "(", ")", "“", "”",
        "一般公共预算", "政府性基金", "国有资本经营", "财政拨款", "原因", "主要是", "同时", "收入", "支出",
    ];

    private static Gen<string> PieceText =>
        from count in Gen.Choose(0, 40)
        from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
        select string.Concat(pieces);

    /// <summary>A text and a range [begin, end) of it.</summary>
    private static Gen<(string Text, int Begin, int End)> Ranges =>
        from text in PieceText
        from a in Gen.Choose(0, 400)
        from b in Gen.Choose(0, 400)
        let begin = Math.Min(a, text.Length)
        select (text, begin, Math.Max(begin, Math.Min(b, text.Length)));

    private static string Show(NumberToken t) => string.Join(
        "/", t.Start, t.End, t.Digits, string.Join(",", decimal.GetBits(t.Value)), t.Decimals, t.Unit, t.UnitText);

    // ---- numbers in place ------------------------------------------------------------------------------------

    /// <summary>
    /// Scanning [begin, end) of a text finds exactly the numbers a scan of the cut-out substring finds, at the same
    /// places shifted by <c>begin</c>, with the same digits, value (to the bit: the scale too), unit and unit word.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property NextIn_FindsWhatTheCutOutClauseHolds()
        => Prop.ForAll(Ranges.ToArbitrary(), r =>
        {
            var (text, begin, end) = r;
            var inPlace = new List<string>();
            var at = begin;
            while (Scanner.NextIn(text, begin, end, ref at, out var token))
            {
                inPlace.Add(Show(token.From(begin)));
            }

            var cut = text.Substring(begin, end - begin);
            var expected = Scanner.Numbers(cut).Select(Show).ToList();
            return inPlace.SequenceEqual(expected).Label($"{text} [{begin}, {end})");
        });

    [Fact]
    public void NextIn_StopsAtTheClauseEnd()
    {
        // "12万" ends the clause: in place the unit is 万 (万元 would need the 元 beyond the end), as in the cut-out "12万".
        const string Text = "本年12万元";
        var at = 0;
        Assert.True(Scanner.NextIn(Text, 0, 5, ref at, out var token));
        Assert.Equal((2, 5, FigureUnit.WanYuan, "12"), (token.Start, token.End, token.Unit, token.Digits));
        // A sign right after a digit outside the clause still signs a number that starts the clause.
        at = 1;
        Assert.True(Scanner.NextIn("9-3%", 1, 4, ref at, out token));
        Assert.Equal((1, -3m, FigureUnit.Percent), (token.Start, token.Value, token.Unit));
    }

    /// <summary>
    /// The plain-number path gives the runtime parser's decimal to the bit (value and scale: "1.50" keeps its zero)
    /// for every unsigned number of up to 18 digits, and declines the rest (signs, 19 digits and more), which the
    /// runtime parser then reads as before.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property TryParsePlain_IsTheRuntimesDecimal()
    {
        var digits = Gen.Elements("0", "1", "5", "9", "00", "07");
        var gen =
            from sign in Gen.Elements("", "", "-")
            from wholeCount in Gen.Choose(1, 12)
            from whole in Gen.ArrayOf(digits, wholeCount)
            from dot in Gen.Elements(true, false)
            from fractionCount in Gen.Choose(1, 8)
            from fraction in Gen.ArrayOf(digits, fractionCount)
            select sign + string.Concat(whole) + (dot ? "." + string.Concat(fraction) : string.Empty);
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var runtime = decimal.TryParse(
                text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var expected);
            var plain = Scanner.TryParsePlain(text, 0, text.Length, out var value);
            var digitCount = text.Count(char.IsDigit);
            // Unsigned with at most 18 digits: always taken; otherwise always declined.
            var taken = plain == (!text.StartsWith('-') && digitCount <= 18);
            return (taken && (!plain || runtime && decimal.GetBits(value).SequenceEqual(decimal.GetBits(expected)))).Label(text);
        });
    }

    [Theory]
    [InlineData("1.50", 150, 2)]                  // the trailing zero is kept: scale 2
    [InlineData("0.00", 0, 2)]
    [InlineData("007", 7, 0)]
    [InlineData("123456789012345678", 123456789012345678, 0)]
    public void TryParsePlain_KeepsTheWrittenScale(string text, long mantissa, int scale)
    {
        Assert.True(Scanner.TryParsePlain(text, 0, text.Length, out var value));
        Assert.Equal(new decimal(mantissa) / (decimal)Math.Pow(10, scale), value);
        Assert.Equal(scale, (decimal.GetBits(value)[3] >> 16) & 0xFF);
    }

    [Theory]
    [InlineData("1234567890123456789")]   // 19 digits: left to the runtime parser
    [InlineData("-1")]
    [InlineData("1,234")]
    public void TryParsePlain_DeclinesWhatItDoesNotRead(string text)
        => Assert.False(Scanner.TryParsePlain(text, 0, text.Length, out _));

    // ---- words -------------------------------------------------------------------------------------------------

    /// <summary>The sign of the direction word that starts last, as the seven LastIndexOf searches found it.</summary>
    private static int OldDirection(string label)
    {
        var best = -1;
        var sign = 0;
        foreach (var (word, s) in Lexicon.Directions)
        {
            var at = label.LastIndexOf(word, StringComparison.Ordinal);
            if (at > best)
            {
                best = at;
                sign = s;
            }
        }

        return sign;
    }

    [Property(MaxTest = 1000)]
    public Property Direction_IsTheLastDirectionWordsSign()
    {
        var halves = Lexicon.Directions.SelectMany(d => new[] { d.Word, d.Word[..1], d.Word[1..] });
        var gen =
            from count in Gen.Choose(0, 12)
            from pieces in Gen.ArrayOf(Gen.Elements(halves.Concat(["比上年", "了", " ", "收入"]).ToArray()), count)
            select string.Concat(pieces);
        return Prop.ForAll(gen.ToArbitrary(), label => (Lexicon.Direction(label) == OldDirection(label)).Label(label));
    }

    [Theory]
    [InlineData("比上年增加", 1)]
    [InlineData("增加后减少", -1)]      // the last word wins
    [InlineData("减增加", 1)]           // 减 alone is no word: 增加 is
    [InlineData("下降低", -1)]          // 下降 and 降低 overlap: both decrease
    [InlineData("提", 0)]
    public void Direction_Examples(string label, int sign) => Assert.Equal(sign, Lexicon.Direction(label));

    /// <summary>The fund and reason words of [start, end) are those of the cut-out substring (positions shifted).</summary>
    [Property(MaxTest = 500)]
    public Property FundAndReasonStart_InARange_AreThoseOfTheSubstring()
        => Prop.ForAll(Ranges.ToArbitrary(), r =>
        {
            var (text, begin, end) = r;
            var cut = text.Substring(begin, end - begin);
            var reason = Lexicon.ReasonStart(cut);
            return (Lexicon.Fund(text, begin, end) == Lexicon.Fund(cut)
                && Lexicon.ReasonStart(text, begin, end) == (reason < 0 ? -1 : reason + begin)).Label($"{text} [{begin}, {end})");
        });

    [Property(MaxTest = 300)]
    public Property ClauseView_IsTheSlice()
        => Prop.ForAll(Ranges.ToArbitrary(), Gen.Elements(Pieces).ToArbitrary(), (r, word) =>
        {
            var (text, begin, end) = r;
            var fragment = new Fragment(text, OffsetMap.Shifted(0, text.Length), 0);
            var view = new ClauseView();
            view.Reset(fragment, begin, end);
            var slice = fragment.Slice(begin, end);
            return (view.Text == slice.Text && view.Length == slice.Length
                && view.Contains(word) == slice.Text.Contains(word, StringComparison.Ordinal)
                && view.Chars.SequenceEqual(slice.Text.AsSpan())).Label($"{text} [{begin}, {end}) {word}");
        });

    [Fact]
    public void ClauseView_MakesItsTextOnce()
    {
        var fragment = new Fragment("本年支出1.00万元，增长1.5%", OffsetMap.Shifted(0, 17), 0);
        var view = new ClauseView();
        view.Reset(fragment, 0, 10);
        Assert.Same(view.Text, view.Text);
        Assert.Equal("本年支出1.00万元", view.Text);
        view.Reset(fragment, 0, fragment.Length);
        Assert.Same(fragment.Text, view.Text);   // the whole sentence is not copied
    }

    // ---- the magnitude check's median ------------------------------------------------------------------------

    /// <summary>
    /// Equal amounts written with different decimals: the median is the middle one in the order they were claimed
    /// (a stable sort). Six amounts: 1.0, 1.00, 1.000, 1.0000, 1.00000 and 20000; sorted stably the middle (index 3)
    /// is "1.0000", and 20000 / 10000 = 2 > 1, so one finding names the median as 1.0000.
    /// </summary>
    [Fact]
    public void Magnitude_MedianOfEqualAmountsIsTheStableMiddle()
    {
        const string Text = "说明";
        var source = new SourceText(Text);
        var builder = new ReportBuilder(source);
        string[] values = ["1.0", "1.00", "20000", "1.000", "1.0000", "1.00000"];
        for (var i = 0; i < values.Length; i++)
        {
            builder.Claims.Add(new Claim
            {
                Kind = ClaimKind.Amount, Pointer = "/narrative/x" + i, Span = source.Span(0, 1), Text = Text, Value = values[i],
            });
        }

        TextChecks.Run(source, builder, unitReport: false);
        var finding = Assert.Single(builder.Findings);
        Assert.Equal("FA8005", finding.RuleId);
        Assert.Contains("中位数 1.0000 大", finding.MessageZh, StringComparison.Ordinal);
    }

    // ---- indicator values --------------------------------------------------------------------------------------

    /// <summary>
    /// The cell without white space, as <see cref="IndicatorValueText.Parse"/> compacted it before (a list of the
    /// characters that are not white space — the oracle); the rest of the parse reads the compacted text as it did.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property IndicatorValueText_RemoveSpaces_IsTheCharacterFilter()
    {
        var gen =
            from count in Gen.Choose(0, 8)
            from pieces in Gen.ArrayOf(
                Gen.Elements(">=", "＞＝", "<=", "≥", "≤", "＝", "<", "＞", "12", "0.5", "1,000", "３", ".", "-", " ", "\t", "\u3000",
                    "\n", "万元", "%", "％", "个", "天", "年", "2024", "-12-31", "合格"),
                count)
            select string.Concat(pieces);
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var compact = IndicatorValueText.RemoveSpaces(text);
            var expected = new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
            // A text without white space is returned itself (no copy).
            return (compact == expected && (compact.Length < text.Length || ReferenceEquals(compact, text))).Label(text);
        });
    }

    [Theory]
    [InlineData("≤37.49 万 元", "≤37.49 万 元", "LessOrEqual", "37.49", "万元")]
    [InlineData(">=95%", ">=95%", "GreaterOrEqual", "95", "%")]
    [InlineData(" 2024-12-31 ", "2024-12-31", "", "", "")]   // digits after the number: a date, text only
    public void IndicatorValueParse_Examples(string text, string shown, string comparator, string value, string unit)
    {
        var v = IndicatorValueText.Parse(text);
        Assert.Equal(shown, v.Text);
        Assert.Equal(comparator, v.Comparator?.ToString() ?? string.Empty);
        Assert.Equal(value, v.Value?.ToString(null, CultureInfo.InvariantCulture) ?? string.Empty);
        Assert.Equal(unit, v.Unit ?? string.Empty);
    }

    // ---- the title's year (session 12) -----------------------------------------------------------------------

    /// <summary>
    /// The title's year found by one scan that stops at it is the first of all the title's numbers (the list the
    /// title was read with before) that is a whole fiscal year with 年 after it, white space between allowed.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property TitleYear_IsTheFirstYearOfAllTheNumbers()
    {
        var gen =
            from count in Gen.Choose(0, 10)
            from pieces in Gen.ArrayOf(
                Gen.Elements("2024", "2019", "1999", "2101", "12", "2024.5", "2,024", "-2023", " ", "\t", "年", "年度", "某局", "部门决算",
                    "决算", "万元", "第二部分", "(本级)", "."),
                count)
            select string.Concat(pieces);
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var found = NarrativeReader.TitleYear(text, out var year);
            var expected = Scanner.Numbers(text).FirstOrDefault(n =>
                n.Decimals == 0 && n.Value >= FiscalYearRange.First && n.Value <= FiscalYearRange.Last
                && text.Substring(n.End).TrimStart().StartsWith("年", StringComparison.Ordinal));
            var same = found ? expected.Digits is not null && Show(year) == Show(expected) : expected.Digits is null;
            return same.Label(text);
        });
    }
}
