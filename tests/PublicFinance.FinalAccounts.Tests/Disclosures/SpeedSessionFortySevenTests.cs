using PublicFinance.FinalAccounts.Disclosures;
using static PublicFinance.FinalAccounts.Tests.Disclosures.TextReading;

namespace PublicFinance.FinalAccounts.Tests.Disclosures;

/// <summary>
/// Session 47 (issue 8, docs/performance.md "Session 47: …"): figure families asked at every amount or label now answer most
/// of them by one cheap test before they copy, cut or join anything — a fund's part of a carry-over (a fund's first words in
/// the label; before, the last claim's pointer was joined and cut at every amount), a shared budget reason (the text's own
/// tests before the other statement's pointer is made), a procurement figure (采 in the label or a budget read), a named
/// project (项目 in the label), a bare 少 / 多 direction. Each pre-test rests on a premise held here by FsCheck against the
/// helper it guards (or against the replaced body, kept as the oracle), with examples read as before and near misses.
/// </summary>
public sealed class SpeedSessionFortySevenTests
{
    private const string Head = "某镇2024年度部门决算说明\n";

    private const string Overview = "一、收入支出决算总体情况说明\n";

    /// <summary>A label of any of <paramref name="pieces"/>, in any order and number.</summary>
    private static Arbitrary<string> Labels(params string[] pieces)
        => Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p)).ToArbitrary();

    /// <summary>Pieces of the words before a carry-over's parts: funds, their noise words, list leads, near misses.</summary>
    private static readonly string[] FundLabelPieces =
    [
        "一般公共预算", "一般预算", "公共财政", "政府性基金", "国有资本经营", "一般", "公共", "基金", "国有", "资本", "经营", "预算",
        "财政", "拨款", "收入", "其中", "包括", "分别为", ":", ",", "、", "(", "和", "1.", " ", "\u3000", "结转和结余", "基本支出",
    ];

    /// <summary>
    /// Any label: a part's name that is a fund's (<c>FundOfPartName(PartName(label))</c>) needs one of the funds' first words
    /// in the label — the premise of <c>FundCarryOverPart</c>'s pre-test, which answers "no part" without it.
    /// </summary>
    [Property(MaxTest = 4000)]
    public Property FundPartName_NeedsAFundsFirstWordsInTheLabel()
        => Prop.ForAll(Labels(FundLabelPieces), label =>
            NarrativeReader.FundOfPartName(NarrativeReader.PartName(label)) is null
            || NarrativeReader.HasAny(label, NarrativeReader.FundPartStarts));

    /// <summary>The fund's first words are the ones <c>FundOfPartName</c> reads: each alone names its fund.</summary>
    [Theory]
    [InlineData("一般公共预算", "GeneralBudget")]
    [InlineData("包括一般预算", "GeneralBudget")]
    [InlineData(",公共财政预算", "GeneralBudget")]
    [InlineData("、政府性基金预算拨款收入", "GovernmentFund")]
    [InlineData("其中国有资本经营预算", "StateCapital")]
    [InlineData(",基本支出", null)]
    [InlineData("一般性支出", null)]
    public void FundOfPartName_NamesTheFundOfItsFirstWords(string label, string? fund)
    {
        Assert.Equal(fund, NarrativeReader.FundOfPartName(NarrativeReader.PartName(label))?.ToString());
        Assert.Equal(fund is not null, NarrativeReader.HasAny(label, NarrativeReader.FundPartStarts));
    }

    /// <summary>
    /// A carry-over split by fund is read as before the pre-test (its 政府性基金 part on the fund's carry-over); the near miss
    /// of parts that are no fund's (基本支出, 项目支出) places nothing on a fund.
    /// </summary>
    [Fact]
    public void CarryOverSplitByFund_IsReadAsBefore_AndANearMissIsNot()
    {
        var (read, _) = Read(Head + Overview + "2024年度收入总计1000.00万元，其中本年收入900.00万元。"
            + "上年结转100.00万元（一般公共预算40.00万元，政府性基金60.00万元）。\n");
        Assert.Equal("60.00", JsonAt(read, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Equal("40.00", JsonAt(read, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
        var (near, _) = Read(Head + Overview + "2024年度收入总计1000.00万元，其中本年收入900.00万元。"
            + "上年结转100.00万元（基本支出40.00万元，项目支出60.00万元）。\n");
        Assert.Null(JsonAt(near, "/narrative/governmentFund/openingCarryOver/amount"));
        Assert.Null(JsonAt(near, "/narrative/appropriation/generalBudgetOpeningCarryOver/amount"));
    }

    /// <summary>Pieces of change labels: comparisons with the prior year, 少 / 多 and what may follow them, near misses.</summary>
    private static readonly string[] DirectionPieces =
        ["比上年", "较上年度", "与上年相比", "少", "多", "支出", "了", "减少", "增加", "少数民族", "多项", " ", ",", "上年", "比"];

    /// <summary>Any label: the pre-tested direction (no 少 / 多, no direction) is the replaced body's answer.</summary>
    [Property(MaxTest = 4000)]
    public Property PriorComparedShortDirection_IsTheBodysAnswer()
        => Prop.ForAll(Labels(DirectionPieces), label =>
            NarrativeReader.PriorComparedShortDirection(label) == NarrativeReader.PriorComparedShortDirectionPlain(label));

    /// <summary>The bare directions read before, and labels without 少 / 多 (none).</summary>
    [Theory]
    [InlineData("比上年少支出", "decrease")]
    [InlineData("较上年度多", "increase")]
    [InlineData(" 比上年少 ", "decrease")]
    [InlineData("比上年减少", null)]
    [InlineData("少数民族事务支出", null)]
    [InlineData("", null)]
    public void PriorComparedShortDirection_ReadsAsBefore(string label, string? direction)
    {
        Assert.Equal(direction, NarrativeReader.PriorComparedShortDirection(label));
        Assert.Equal(direction, NarrativeReader.PriorComparedShortDirectionPlain(label));
    }

    /// <summary>Pieces of labels before a project's amount.</summary>
    private static readonly string[] ProjectPieces =
        ["“", "”", "《", "》", "项目", "项", "目", "安排", "用于", "其中", "，", " ", "专项", "经费", "2024年", "建设"];

    /// <summary>
    /// Any label: the project name cut from it ends with 项目 only when the label holds 项目 — the premise of
    /// <c>NamedProjectFigure</c>'s pre-test.
    /// </summary>
    [Property(MaxTest = 4000)]
    public Property NamedProjectName_EndsWithProjectOnlyWhenTheLabelHoldsIt()
        => Prop.ForAll(Labels(ProjectPieces), label =>
            label.Contains("项目", StringComparison.Ordinal)
            || !NarrativeReader.NamedProjectName(label).EndsWith("项目", StringComparison.Ordinal));

    /// <summary>Pieces of procurement labels.</summary>
    private static readonly string[] ProcurementPieces =
        ["政府", "采购", "采", "购", "预算", "节约", "资金", "“", "”", "\"", " ", "\u3000", ",", "、", "(", "其中", "货物"];

    /// <summary>
    /// Any label: its compact form (no white space, no quotes) holds 采购 only when the label holds 采 — the premise of
    /// <c>ProcurementBudgetOrSavings</c>'s pre-test (without 采 and without a budget read, neither reading can hold).
    /// </summary>
    [Property(MaxTest = 4000)]
    public Property CompactLabel_HoldsProcurementOnlyWhenTheLabelHoldsIt()
        => Prop.ForAll(Labels(ProcurementPieces), label =>
            label.Contains('采') || !NarrativeReader.CompactLabel(label).Contains("采购", StringComparison.Ordinal));

    /// <summary>
    /// A reason after a 三公 figure's budget difference and change gives both their reason, as before the text's tests moved
    /// in front; a reason whose clause states no budget gives the change alone.
    /// </summary>
    [Fact]
    public void SharedBudgetReason_IsReadAsBefore()
    {
        const string Section = "某县水利局2023年度部门决算说明\n七、“三公”经费财政拨款支出决算情况说明\n";
        var (read, _) = Read(Section + "2023年度“三公”经费财政拨款支出决算为5.57万元，比年初预算减少1.00万元，比上年减少0.50万元，"
            + "主要原因是压减非必要公务活动。\n");
        Assert.Equal("压减非必要公务活动。", JsonAt(read, "/narrative/threePublic/total/change/reason"));
        Assert.Equal("压减非必要公务活动。", JsonAt(read, "/narrative/threePublic/total/budget/reason"));
        var (changeOnly, _) = Read(Section + "2023年度“三公”经费财政拨款支出决算为5.57万元，比上年减少0.50万元，主要原因是压减非必要公务活动。\n");
        Assert.Equal("压减非必要公务活动。", JsonAt(changeOnly, "/narrative/threePublic/total/change/reason"));
        Assert.Null(JsonAt(changeOnly, "/narrative/threePublic/total/budget/reason"));
    }

    /// <summary>Pieces of sentences of grade counts and their near misses.</summary>
    private static readonly string[] SentencePieces =
        ["自评", "评价", "自", "评", "价", "指标", "单位", "项目", "优秀", "良好", "5个", "，", "。", " ", "本部门", "其中"];

    /// <summary>A text of sentence pieces and any range [from, to) within it.</summary>
    private static Arbitrary<(string Text, int From, int To)> Ranges(params string[] pieces)
        => (from text in Gen.Elements(pieces).ArrayOf().Select(p => string.Concat(p))
            from a in Gen.Choose(0, text.Length)
            from b in Gen.Choose(0, text.Length)
            select (text, Math.Min(a, b), Math.Max(a, b))).ToArbitrary();

    /// <summary>
    /// Any text and range: a word searched for within the range in place (<c>HasAnyIn</c>) is found exactly when the range's
    /// copy holds it — what lets <c>AfterEvaluatedCount</c> (and <c>OperatingComponent</c>'s list words) search in place.
    /// </summary>
    [Property(MaxTest = 4000)]
    public Property HasAnyIn_IsHasAnyOfTheCopy()
        => Prop.ForAll(Ranges(SentencePieces), r =>
            NarrativeReader.HasAnyIn(r.Text, r.From, r.To, ["自评", "评价"])
                == NarrativeReader.HasAny(r.Text.Substring(r.From, r.To - r.From), ["自评", "评价"]));

    /// <summary>Pieces of grade-count labels: grade words quoted and not, bands, near misses.</summary>
    private static readonly string[] GradeLabelPieces =
        ["优秀", "良好", "中", "差", "优", "良", "“", "”", "\"", "「", "」", "等级", "的项目", "为", "(90分以上)", " ", "，", "评为"];

    /// <summary>Any label: the loops answer as the LINQ body did.</summary>
    [Property(MaxTest = 4000)]
    public Property HasGradeWord_IsThePlainAnswer()
        => Prop.ForAll(Labels(GradeLabelPieces),
            label => NarrativeReader.HasGradeWord(label) == NarrativeReader.HasGradeWordPlain(label));

    /// <summary>Pieces of table cells: the corner words, brackets and units, white space, quotes and longer labels.</summary>
    private static readonly string[] CellPieces =
        ["项目", "科目", "名称", "指标", "类别", "(", ")", "（", "）", "万元", "单位:", "%", " ", "\u3000", "“", "”", "、", "年",
            "决算数", "2023", "产出指标", "(万元)", "（单位：万元）", "(%)", "元", "千元", "单位：", "亿元"];

    /// <summary>
    /// Any cell: one <c>MayBeCorner</c> rules out compacts to no corner word — the premise of <c>SentenceHeader</c>'s first
    /// test (a row's first cell not copied to learn that it is a label).
    /// </summary>
    [Property(MaxTest = 4000)]
    public Property MayBeCorner_RulesOutOnlyCellsThatAreNoCorner()
        => Prop.ForAll(Ranges(CellPieces), r =>
        {
            string? unit = null;
            return NarrativeReader.MayBeCorner(r.Text, r.From, r.To)
                || NarrativeReader.SentenceCompact(r.Text, r.From, r.To, ref unit)
                    is not ("项目" or "科目" or "项目名称" or "名称" or "指标" or "类别" or "");
        });

    /// <summary>The corner cells may be corners, with their units too; a longer label may not.</summary>
    [Theory]
    [InlineData("项目", true)]
    [InlineData(" 项目 名称 ", true)]
    [InlineData("", true)]
    [InlineData("项目(万元)", true)]
    [InlineData("产出指标", true)]
    [InlineData("2023年决算数", false)]
    [InlineData("一般公共预算财政拨款", false)]
    [InlineData("一般公共预算(财政拨款)", false)]   // a bracket of no unit: nothing it could drop
    [InlineData("项目(单位：万元)(%)", true)]
    public void MayBeCorner_Examples(string cell, bool may)
        => Assert.Equal(may, NarrativeReader.MayBeCorner(cell, 0, cell.Length));

    /// <summary>
    /// A component of 机关运行经费 listed twice keeps its first amount and notes the second, as before the names were read in
    /// place (<c>ReportBuilder.ItemString</c>) and the list words searched for in place.
    /// </summary>
    [Fact]
    public void RepeatedOperatingComponent_IsNotedAsBefore()
    {
        var (read, _) = Read("某县农业农村局2023年度部门决算说明\n五、机关运行经费支出情况说明\n"
            + "机关运行经费支出96.30万元，主要包括办公费21.50万元、水电费13.80万元、办公费5.10万元。\n");
        Assert.Equal("办公费", JsonAt(read, "/narrative/operatingExpenses/components/0/name"));
        Assert.Equal("21.50", JsonAt(read, "/narrative/operatingExpenses/components/0/amount"));
        Assert.Equal("水电费", JsonAt(read, "/narrative/operatingExpenses/components/1/name"));
        Assert.Null(JsonAt(read, "/narrative/operatingExpenses/components/2/name"));
        Assert.Contains(read.Notes, n => n.MessageEn.Contains("\"办公费\" is listed twice", StringComparison.Ordinal));
    }

    /// <summary>
    /// Any text: <c>DigestOf</c> is the 64-bit FNV-1a digest of the text's characters but white space, with their number and
    /// whether one is a digit — the definition, computed here apart (the loop now counts in locals).
    /// </summary>
    [Property(MaxTest = 3000)]
    public Property DigestOf_IsTheDigestOfTheTextWithoutWhiteSpace()
        => Prop.ForAll(Labels(SentencePieces), text =>
        {
            var kept = text.Where(c => !char.IsWhiteSpace(c)).ToArray();
            var digest = 14695981039346656037UL;
            foreach (var c in kept)
            {
                digest = unchecked((digest ^ c) * 1099511628211UL);
            }

            return NarrativeReader.DigestOf(text, out var length, out var digit) == digest && length == kept.Length
                && digit == kept.Any(c => c is >= '0' and <= '9');
        });

    /// <summary>Pieces of original texts whose normalisation drops characters ("\r", "**") and keeps ideographic spaces.</summary>
    private static readonly string[] RawPieces = ["收入", "\r\n", "**", "\u3000", " ", "12.50", "万元", "，", "。", "\n", "*"];

    /// <summary>
    /// Any text and normalised range: <c>RawRange</c> is the original character behind each position (an ideographic space
    /// shown as a space) — the definition, character by character, as the builder wrote it before it wrote the string
    /// straight.
    /// </summary>
    [Property(MaxTest = 2000)]
    public Property RawRange_IsTheOriginalBehindEachPosition()
        => Prop.ForAll(Labels(RawPieces), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (text, a, b) =>
        {
            var source = new SourceText(text);
            var length = source.Text.Length;
            var (start, end) = (Math.Min(a, b) % (length + 1), Math.Max(a, b) % (length + 1));
            (start, end) = (Math.Min(start, end), Math.Max(start, end));
            var expected = string.Concat(Enumerable.Range(start, end - start)
                .Select(i => source.Original[source.Origin[i]] is var c && c == '\u3000' ? ' ' : c));
            return new ReportBuilder(source).RawRange(start, end) == expected;
        });
}
