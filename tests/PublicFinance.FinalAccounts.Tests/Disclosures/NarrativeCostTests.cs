using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// The narrative reader's cheaper decisions (issues 8, 14): each must decide exactly what the code before it decided —
/// numbers whose digits are made on demand, clauses that can say nothing passed over, labels and note texts reused,
/// sentences cut once, classification names looked up in an index.
/// </summary>
public class NarrativeCostTests
{
    private static readonly string[] Texts = [.. TestFiles.RealShanghaiTexts.Select(TestFiles.Data), TestFiles.SampleText];

    /// <summary>Words and figures that reach the narrative's decisions, to be strung together at random.</summary>
    private static readonly string[] Words =
    [
        "本年支出", "12.34万元", "1,234.50万元", "0.5 万元", "300元", "1.5%", "+2.0%", "-3.10%", "12人", "两辆", "壹辆", "3辆",
        "，", "。", "；", "、", "：", " ", "(其中", ")", "“", "”", "\n", "与年初预算相比", "与2021年度预算相比", "持平", "基本持平",
        "无变化", "无增减", "无差异", "没有变化", "保有量", "预算数", "大于", "小于", "决算数为", "比上年增加", "比上年减少", "增长",
        "下降", "主要原因是", "主要用于", "收支总计", "收入总计", "三公经费", "公务接待费", "接待", "批次", "人次", "占", "的",
        "一、收入支出决算总体情况\n", "(三)“三公”经费支出决算情况\n", "四、一般公共预算财政拨款支出决算情况\n",
        "某局2023年度部门决算说明\n", "单位:元\n", "2023年", "完成预算的", "差异率",
    ];

    private static Gen<string> RandomClauses =>
        from count in Gen.Choose(1, 60)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        select string.Concat(words);

    /// <summary>A line of the seed or a real text with a stretch deleted, doubled, or a word put in.</summary>
    private static Gen<string> MutatedRealLines =>
        from text in Gen.Elements(Texts)
        let lines = text.Split('\n')
        from first in Gen.Choose(0, lines.Length - 1)
        from count in Gen.Choose(1, 12)
        let stretch = string.Join("\n", lines.Skip(first).Take(count))
        from at in Gen.Choose(0, stretch.Length)
        from length in Gen.Choose(0, 30)
        from word in Gen.Elements(Words)
        from how in Gen.Choose(0, 2)
        select how switch
        {
            0 => stretch.Remove(at, Math.Min(length, stretch.Length - at)),
            1 => stretch.Insert(at, stretch.Substring(at, Math.Min(length, stretch.Length - at))),
            _ => stretch.Insert(at, word),
        };

    // ---- clauses passed over -----------------------------------------------------------------------------------

    [Property(MaxTest = 200)]
    public Property RandomClauses_ReadAsWhenEveryClauseWasRead()
        => Prop.ForAll(RandomClauses.ToArbitrary(), text => SameAsEveryClause(text).Label(text));

    [Property(MaxTest = 200)]
    public Property MutatedRealLines_ReadAsWhenEveryClauseWasRead()
        => Prop.ForAll(MutatedRealLines.ToArbitrary(), text => SameAsEveryClause(text).Label(text));

    [Fact]
    public void SeedAndRealTexts_ReadAsWhenEveryClauseWasRead()
    {
        foreach (var text in Texts)
        {
            Assert.True(SameAsEveryClause(text));
        }
    }

    /// <summary>
    /// A clause with no digit that says "与年初预算相比" opens a budget comparison; a clause in between with none of
    /// the signal characters ("其他") closes it, exactly as reading it did: "无变化" after it is then not a relation.
    /// </summary>
    [Fact]
    public void ClausePassedOver_StillClosesAnOpenedBudgetComparison()
    {
        const string Heading = "(三)“三公”经费支出决算情况\n";
        var opened = Narrative(Heading + "“三公”经费支出决算数1.00万元，与年初预算相比，无变化。\n");
        var closed = Narrative(Heading + "“三公”经费支出决算数1.00万元，与年初预算相比，其他，无变化。\n");
        Assert.True(SameAsEveryClause(Heading + "“三公”经费支出决算数1.00万元，与年初预算相比，其他，无变化。"));
        Assert.Contains("finalEqualsBudget", opened.Root.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("finalEqualsBudget", closed.Root.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("本年支出12.34万元", true)]    // a digit
    [InlineData("与年初预算相比", true)]       // 与
    [InlineData("基本持平", true)]             // 持
    [InlineData("没有变化", true)]             // 变
    [InlineData("公务车辆现保有量为壹辆", true)] // 保
    [InlineData("决算数小于预算数", true)]      // 预
    [InlineData("无增减", true)]               // 增
    [InlineData("无差异", true)]               // 差
    [InlineData("公务用车购置费无支出", true)]   // 无 (a 三公 item that spent nothing)
    [InlineData("均未发生", true)]             // 未
    [InlineData("主要用于日常公用开支", false)]
    [InlineData("   ", false)]
    public void ClauseSignals_AreADigitOrACharacterOfTheNoFigureWords(string clause, bool read)
    {
        // The words NoFigureClause and Lexicon.SaysUnchanged look for each hold one of 与 持 变 保 预 增 差.
        var words = PublicFinance.FinalAccounts.Disclosures.Statements.Lexicon.Unchanged.Concat(["与", "保有量", "持平", "无增减变化", "没有变化", "预算数"]);
        foreach (var word in words)
        {
            Assert.True(NarrativeReader.HasClauseSignal(word.AsSpan()), word);
        }

        Assert.Equal(read, NarrativeReader.HasClauseSignal(clause.AsSpan()));
    }

    // ---- sentences, clauses, labels --------------------------------------------------------------------------

    /// <summary>Sentences are cut once, already trimmed: the texts and positions of slicing then trimming.</summary>
    [Property(MaxTest = 300)]
    public Property Sentences_AreTheTrimmedSlices()
        => Prop.ForAll(Gen.OneOf(RandomClauses, MutatedRealLines).ToArbitrary(), text =>
        {
            var fragment = new Fragment(text, OffsetMap.Shifted(0, text.Length), 0);
            var cut = NarrativeReader.Sentences(fragment).Select(s => (s.Text, s.Length == 0 ? -1 : s.At(0))).ToList();
            // The sentences as they were cut before: each slice, then trimmed (the old code, kept here as the oracle).
            var expected = new List<(string, int)>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                // Session 49: a half-width '.' ending a sentence (after Chinese words, before white space) is a full stop too.
                if (text[i] is '。' or '!' or '?' || text[i] == '.' && NarrativeReader.HalfWidthFullStop(text, i))
                {
                    if (i > start)
                    {
                        var slice = fragment.Slice(start, i + 1).Trim();
                        expected.Add((slice.Text, slice.Length == 0 ? -1 : slice.At(0)));
                    }

                    start = i + 1;
                }
            }

            if (start < text.Length && fragment.Slice(start, text.Length).Trim() is { Length: > 0 } last)
            {
                expected.Add((last.Text, last.At(0)));
            }

            return cut.SequenceEqual(expected).Label(text);
        });

    /// <summary>Clauses split at , ; : 、 。 outside brackets and quotes; a comma between digit groups does not split.</summary>
    [Theory]
    [InlineData("本年支出1,234.50万元,增长1.5%", "本年支出1,234.50万元|增长1.5%")]
    [InlineData("a;;b、(c,d)“e:f”:g。", "a|b|(c,d)“e:f”|g")]
    [InlineData(",,", "")]
    [InlineData("x", "x")]
    public void Clauses_SplitOutsideBrackets(string text, string expected)
    {
        var fragment = new Fragment(text, OffsetMap.Shifted(0, text.Length), 0);
        Assert.Equal(expected, string.Join("|", NarrativeReader.Clauses(fragment).Select(c => c.Text)));
    }

    /// <summary>A label is the trimmed text before its figure; the same words again are the same string.</summary>
    [Property(MaxTest = 300)]
    public Property Labels_AreTheTrimmedSubstrings()
    {
        var gen =
            from count in Gen.Choose(0, 30)
            from words in Gen.ArrayOf(Gen.Elements(" 本年支出", "增长 ", "\t", "比上年", "本年支出", "a"), count)
            select string.Concat(words);
        var reader = new NarrativeReader(new ReportBuilder(new SourceText(string.Empty)));
        return Prop.ForAll(gen.ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), Gen.Choose(0, 200).ToArbitrary(), (text, a, b) =>
        {
            var start = Math.Min(a, text.Length);
            var end = Math.Max(start, Math.Min(b, text.Length));
            return (reader.LabelOf(text, start, end) == text.Substring(start, end - start).Trim()).Label(text);
        });
    }

    [Fact]
    public void Labels_RepeatedAreOneString()
    {
        var reader = new NarrativeReader(new ReportBuilder(new SourceText(string.Empty)));
        const string Text = "本年支出1.00万元，本年支出 2.00万元";
        var first = reader.LabelOf(Text, 0, 4);
        var second = reader.LabelOf(Text, Text.LastIndexOf('本'), Text.LastIndexOf('本') + 5);
        Assert.Equal("本年支出", first);
        Assert.Same(first, second);
    }

    // ---- notes -------------------------------------------------------------------------------------------------

    [Fact]
    public void NoteTexts_AreTheFactorysPairsOncePerLabel()
    {
        var texts = new NoteTexts(DisclosureMessages.UnplacedAmount);
        var pair = texts.For("本年支出");
        Assert.Equal(("未能归类的金额：本年支出", "An amount the reader could not place: 本年支出"), pair);
        Assert.Same(pair.En, texts.For("本年支出").En);
        for (var i = 0; i < NoteTexts.Capacity + 5; i++)
        {
            // Beyond the capacity a label is still given its pair, made afresh.
            Assert.Equal(DisclosureMessages.UnplacedAmount("x" + i), texts.For("x" + i));
        }
    }

    /// <summary>
    /// Figure-dense text with no section: every amount is an unplaced-amount note. 150 of them: the first hundred are
    /// listed, the other fifty counted in one summary note with the same wording (the label never changes).
    /// </summary>
    [Fact]
    public void RepeatedUnplacedAmounts_ListedThenCounted()
    {
        var text = string.Concat(Enumerable.Range(0, 150).Select(i => $"本年支出{i}.12万元，"));
        var read = DisclosureReader.Read(text);
        var unplaced = DisclosureMessages.UnplacedAmount("本年支出");
        Assert.Equal(ReportBuilder.RepeatedNoteLimit, read.Notes.Count(n => n.MessageEn == unplaced.En && n.MessageZh == unplaced.Zh));
        var summary = DisclosureMessages.RepeatedNotes(50, unplaced.Zh, unplaced.En);
        Assert.Single(read.Notes, n => n.MessageEn == summary.En && n.MessageZh == summary.Zh);
    }

    /// <summary>The narrative's messages, worded as before they moved into the catalogue.</summary>
    [Fact]
    public void NarrativeMessages_KeepTheirWording()
    {
        Assert.Equal(("无法解析此段：e", "Could not read this paragraph: e"), DisclosureMessages.ParagraphNotRead("e"));
        Assert.Equal(
            ("原因说明找不到所属的增减或预决算对比。", "A reason was found without a change or budget comparison to attach it to."),
            DisclosureMessages.ReasonWithoutTarget);
        Assert.Equal(
            ("金额 300 元在万元文件中，已换算为 0.03 万元。", "The amount 300 元 in a 万元 document was converted to 0.03 万元."),
            DisclosureMessages.YuanAmountConverted("300", "0.03"));
        Assert.Equal(
            ("与上年以外年度的增减，未归入上年比较。", "A change against a year other than the prior year was not placed as a year-over-year change."),
            DisclosureMessages.ChangeAgainstOtherYear);
        Assert.Equal(("增减额找不到所属的数字。", "A change amount without a figure to attach it to."), DisclosureMessages.ChangeWithoutFigure);
        Assert.Equal(
            ("政府采购分项金额（L）在模型中没有对应字段。", "A procurement breakdown amount has no field in the model: L"),
            DisclosureMessages.ProcurementBreakdown("L"));
        Assert.Equal(("未能归类的金额：L", "An amount the reader could not place: L"), DisclosureMessages.UnplacedAmount("L"));
        Assert.Equal(("占比找不到所属的数字。", "A share without a figure to attach it to."), DisclosureMessages.ShareWithoutFigure);
        Assert.Equal(
            ("与上年以外年度的增减率，未归入上年比较。", "A change rate against a year other than the prior year was not placed."),
            DisclosureMessages.RateAgainstOtherYear);
        Assert.Equal(
            ("增减率属于另一口径的数字，未归入 /p。", "A change rate of a figure of another kind was not placed at /p."),
            DisclosureMessages.RateOfAnotherKind("/p"));
        Assert.Equal(("未能归类的百分比：L", "A percentage the reader could not place: L"), DisclosureMessages.UnplacedPercent("L"));
        Assert.Equal(
            ("括号内“其中”的分项数量未单独归位。", "A part count in brackets (其中…) was not placed on its own."),
            DisclosureMessages.BracketedPartCount);
        Assert.Equal(("未能归类的数量：L3人", "A count the reader could not place."), DisclosureMessages.UnplacedCount("L3人"));
        Assert.Equal(("未能归类的绩效金额：L", "A performance amount the reader could not place."),
            DisclosureMessages.UnplacedPerformanceAmount("L"));
        Assert.Equal(
            ("未能在科目目录中找到此科目，未填编码。", "The code of this classification item was not found in the catalogue; it is left empty."),
            DisclosureMessages.ClassificationNotFound);
    }

    /// <summary>The reader writes the catalogue's texts: an unplaced percentage and an unplaced amount.</summary>
    [Fact]
    public void Reader_WritesTheCataloguesTexts()
    {
        var read = DisclosureReader.Read("比例达到1.5%，另有300元。\n");
        var percent = DisclosureMessages.UnplacedPercent("比例达到");
        Assert.Contains(read.Notes, n => n.MessageZh == percent.Zh && n.MessageEn == percent.En);
        var amount = DisclosureMessages.UnplacedAmount("另有");
        Assert.Contains(read.Notes, n => n.MessageZh == amount.Zh && n.MessageEn == amount.En);
    }

    // ---- numbers -----------------------------------------------------------------------------------------------

    /// <summary>
    /// A token's digits, made on demand, are the number as written from its start — a '+' left out, group commas (and
    /// the space after one) dropped — and parse to its value.
    /// </summary>
    [Property(MaxTest = 500)]
    public Property TokenDigits_AreTheWrittenNumberWithoutSeparators()
    {
        var gen =
            from count in Gen.Choose(0, 25)
            from parts in Gen.ArrayOf(
                Gen.Elements("1", "23", "456", ",", ", ", ".", "-", "+", "0", "万元", "%", "人", "年", " ", "a", "7,890"), count)
            select string.Concat(parts);
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var at = 0;
            while (Scanner.Next(text, ref at, out var token))
            {
                var written = text.Substring(token.Start).TrimStart('+').Replace(",", string.Empty).Replace(" ", string.Empty);
                if (!written.StartsWith(token.Digits, StringComparison.Ordinal) || token.Digits.Contains('+') || token.Digits.Contains(',')
                    || decimal.Parse(token.Digits, System.Globalization.CultureInfo.InvariantCulture) != token.Value)
                {
                    return false.Label(text + " → " + token.Digits);
                }
            }

            return true.Label(text);
        });
    }

    [Theory]
    [InlineData("收入1,234.50万元", "1234.50", 1234.50, (int)FigureUnit.WanYuan)]
    [InlineData("增长+2.5%", "2.5", 2.5, (int)FigureUnit.Percent)]
    [InlineData("减少-0.10万元", "-0.10", -0.10, (int)FigureUnit.WanYuan)]
    [InlineData("共 1, 537.4 元", "1537.4", 1537.4, (int)FigureUnit.Yuan)]
    public void TokenDigits_Examples(string text, string digits, double value, int unit)
    {
        var at = 0;
        Assert.True(Scanner.Next(text, ref at, out var token));
        Assert.Equal(digits, token.Digits);
        Assert.Equal((decimal)value, token.Value);
        Assert.Equal((FigureUnit)unit, token.Unit);
        var other = token.WithUnit(FigureUnit.Count, "人");
        Assert.Equal((digits, FigureUnit.Count, "人", token.Start, token.End),
            (other.Digits, other.Unit, other.UnitText, other.Start, other.End));
    }

    // ---- classification names ----------------------------------------------------------------------------------

    /// <summary>The indexed by-name look-up gives the codes the entry-by-entry scan gives, in its order, for any year.</summary>
    [Property(MaxTest = 500)]
    public Property FunctionalByName_IsTheScansAnswer()
    {
        var catalogue = ClassificationCatalogue.Default;
        var names = catalogue.Entries.SelectMany(e => e.Aliases.Prepend(e.Name)).Distinct().ToArray();
        var gen =
            from name in Gen.Elements(names)
            from how in Gen.Choose(0, 5)
            from at in Gen.Choose(0, name.Length)
            select how switch
            {
                0 => name,
                1 => name.Insert(at, " "),
                2 => name.Replace('(', '（').Replace(')', '）'),
                3 => name.Insert(at, "\u3000"),
                4 => name.Substring(0, at),
                _ => name + "x",
            };
        var years = Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(2005, 2030).Select(y => (int?)y));
        return Prop.ForAll(gen.ToArbitrary(), years.ToArbitrary(), (name, year) =>
            catalogue.FindFunctionalByName(name, year).SequenceEqual(catalogue.FindFunctionalByNameByScan(name, year)).Label(name));
    }

    [Fact]
    public void FunctionalByName_FindsAClassWrittenWithFullWidthBracketsAndSpaces()
    {
        var catalogue = ClassificationCatalogue.Default;
        // 201 一般公共服务支出 is a functional class in every year of the catalogue.
        var codes = catalogue.FindFunctionalByName(" 一般公共服务 支出 ", 2024);
        Assert.Contains(codes, c => c.Value == "201");
        // A one-entry name's answer is made once and shared: asked again it is the same list, and nobody can change it.
        var again = catalogue.FindFunctionalByName("一般公共服务支出", 2024);
        Assert.Same(again, catalogue.FindFunctionalByName("一般公共服务支出", 2024));
        Assert.True(again is not IList<FunctionalCode> { IsReadOnly: false });
        Assert.Empty(catalogue.FindFunctionalByName("没有这个科目", 2024));
        Assert.Empty(catalogue.FindFunctionalByName(null!, 2024));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static ReportBuilder Narrative(string text, bool everyClause = false)
    {
        var builder = new ReportBuilder(new SourceText(text));
        var narrative = new NarrativeReader(builder) { ReadsEveryClause = everyClause };
        narrative.Read(Paragraphs.Split(builder.Text));
        return builder;
    }

    private static bool SameAsEveryClause(string text)
    {
        var skipping = Narrative(text);
        var every = Narrative(text, everyClause: true);
        return skipping.Root.ToJson() == every.Root.ToJson()
            && skipping.Claims.SequenceEqual(every.Claims)
            && skipping.Notes.SequenceEqual(every.Notes)
            && skipping.Findings.Select(TextReading.Show).SequenceEqual(every.Findings.Select(TextReading.Show))
            && skipping.Spans.SequenceEqual(every.Spans)
            && skipping.Statements.SequenceEqual(every.Statements);
    }
}
