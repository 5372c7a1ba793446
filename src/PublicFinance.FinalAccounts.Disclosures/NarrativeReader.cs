using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Reads the 说明 narrative, section by section and clause by clause, into a <see cref="ReportBuilder"/>.</summary>
internal sealed partial class NarrativeReader
{
    private const string N = "/narrative/";
    private readonly ReportBuilder b;
    private Section section;
    private string? subject;          // pointer of the current StatedFigure-like object
    private string? budget;           // pointer of the current budget comparison
    private string? reasonTarget;     // pointer of the change/budget object the next reason belongs to
    private string? personnelSubject;
    private string lastLabel = string.Empty;
    private string? pendingBudgetKind;
    private string currentSentence = string.Empty;   // the text the current sentence is [from, to) of
    private int currentSentenceFrom;
    private int currentSentenceTo;
    private int sentenceStart;   // normalised offset of the current sentence, for the qualifiers of its figures
    private int subjectSentence = -1;   // the sentenceStart of the sentence whose figure made the subject (an overview change)
    private bool returnsToOther;   // a paragraph under 其他需要说明的事项 entered its subject's section; the next may go back
    private bool otherVehicleKind;   // a vehicle kind the template does not name was placed as the "other" category
    private int year;

    public NarrativeReader(ReportBuilder builder)
    {
        b = builder;
        appropriationStatements = new Statements.AppropriationStatementReader(builder, builder.Statements);
    }

    /// <summary>Types the statements of 财政拨款 paragraphs (fund, flow, basis kept apart) for the checks between them.</summary>
    private readonly Statements.AppropriationStatementReader appropriationStatements;

    public int FiscalYear => year;

    public string? EntityName { get; private set; }

    public bool IsUnitReport { get; private set; }

    private static readonly (string[] Keys, Section Section)[] SectionKeys =
    [
        (new[] { "名词解释" }, Section.Glossary),
        (new[] { "决算报表", "决算公开报表", "决算表" }, Section.Tables),
        (new[] { "三公" }, Section.ThreePublic),
        (new[] { "机关运行经费" }, Section.OperatingExpenses),
        (new[] { "政府采购" }, Section.Procurement),
        (new[] { "国有资产" }, Section.Assets),
        (new[] { "绩效" }, Section.Performance),
        (new[] { "基本支出决算", "公用经费", "财政拨款基本支出" }, Section.Basic),   // Session 32 (B): "（四）一般公共预算财政拨款基本支出情况"
        (new[] { "政府性基金" }, Section.GovernmentFund),
        (new[] { "国有资本经营" }, Section.StateCapital),
        // Session 32 (B): "一般公共预算财政拨款支出" with or without 决算 ("…支出具体情况", "…支出结构情况", "…支出说明").
        (new[] { "一般公共预算财政拨款支出", "一般预算财政拨款支出", "公共财政预算财政拨款支出",
            "公共财政拨款支出情况", "公共财政拨款支出决算",   // Session 29: the 2015 template's "三、公共财政拨款支出情况"
            "公共财政预算拨款支出", "一般预算拨款支出",   // Session 37: the 2015–16 "二、公共财政预算拨款支出决算情况"
            "一般公共预算财政拨款收入支出" },   // Session 45: before the 财政拨款 heading below takes it
            Section.GeneralBudget),
        (new[] { "财政拨款收入支出决算总体", "财政拨款收支总体", "财政拨款收入支出总体", "财政拨款支出决算情况", "财政拨款支出决算说明",
            "财政拨款支出情况", "财政拨款支出决算总体", "财政拨款支出总体", "财政拨款支出说明",   // blind 27 (F2); session 32 (B)
            "财政拨款收入支出决算情况", "财政拨款收支决算情况", "财政拨款收入支出情况",
            "财政拨款收入支出决算变动", "财政拨款收支决算变动", "财政拨款收入支出变动" },   // session 45: not the 支出 section's; session 58: before the overview's 变动
            Section.Appropriation),
        (new[] { "收入支出决算总体", "收支决算总体", "收入支出总体", "收支增减变化", "收入支出增减变化", "决算收支总体", "收支总体情况",
            "收入支出决算变动", "收支决算变动", "收入支出变动" },   // session 58: "二、收入支出决算变动情况" over a 变动表
            Section.Overall),
        (new[] { "收入决算情况", "收入决算说明" }, Section.Income),
        (new[] { "支出决算情况", "支出决算说明" }, Section.Expenditure),
        (new[] { "机构设置", "人员情况", "人员构成" }, Section.Personnel),
        (new[] { "主要职能", "部门职责", "单位职责", "主要职责", "单位职能", "部门职能" }, Section.Functions),   // Gaps26: 部门主要职责
        (new[] { "其他需说明", "其他需要说明" }, Section.Other),
    ];

    /// <summary><see cref="SectionKeys"/> in one scan of a heading: the first entry one of whose keys it has.</summary>
    private static readonly WordGroups SectionKeyIndex = new(SectionKeys.Select(k => k.Keys));

    private static readonly string[] SectionWords = ["情况", "说明", "决算", "职能", "职责", "名词", "绩效", "机构", "人员", "事项", "部分", "经费", "采购", "资产",
        "表"];

    /// <summary><see cref="SectionWords"/> in one scan: a heading without one of them names no section.</summary>
    private static readonly WordGroups SectionWordIndex = WordGroups.Of(SectionWords);

    /// <summary>
    /// A document that writes its amounts in 元 (three at least, and no 万 — but 万人, 万张, 万份, 万次, 万户, counts —, no
    /// "单位:" declaration but 单位:元, and more than twice as many 元 as 亿元): its
    /// report keeps the amounts as written, in 元 (<c>/unit</c> = yuan), instead of converting each to 万元. One 元 figure
    /// alone is more likely a slip in a 万元 document (converted, with an Info). Session 56: a few 亿元 figures of the
    /// business a 概况 describes (住房公积金 缴存额 52.37亿元) do not decide the unit of a 说明 whose 决算 is in 元.
    /// </summary>
    private bool yuanDocument;

    /// <summary>
    /// Whether the text is a 元 document (three 元 at least, more than twice as many as 亿元, and no 万 or 单位: but 单位:元 — or
    /// a table's 单位:万元, session 57, when the 元 are five at least: <see cref="DeclaresATablesUnit"/>), in
    /// one pass that stops at the first 万 or 单位: (most texts: within the first lines); <paramref name="firstYuan"/> is where
    /// the first 元 (not 千元 or 亿元) is.
    /// The stretches <paramref name="blankChunks"/> marks as white space (<see cref="SourceText.BlankChunks"/>) are
    /// passed over unread.
    /// </summary>
    internal static bool IsYuanDocument(string text, out int firstYuan, bool[]? blankChunks = null)
    {
        firstYuan = -1;
        var (yuan, yi, wanTables) = (0, 0, 0);
        var at = 0;
        while (at < text.Length)
        {
            var next = TextChecks.NextOf(text, at, blankChunks, YuanDocumentValues);
            if (next < 0)
            {
                break;
            }

            switch (text[next])
            {
                case '万' when UnitPriceThreshold(text, next):
                    break;   // "单位价值50万元以上通用设备" (blind 31, M3): a threshold's unit is not the figures'
                case '万' when next + 1 >= text.Length || text[next + 1] is not ('人' or '张' or '份' or '次' or '户'):
                    return false;   // "常住人口约1.3万人" is no amount in 万元 (session 20, a town in 元)
                case '亿' when next + 1 < text.Length && text[next + 1] == '元':
                    yi++;   // session 56: "缴存额52.37亿元" in a 概况 — counted against the 元, not deciding alone
                    at = next + 2;
                    continue;
                case '单' when DeclaresATablesUnit(text, next):
                    wanTables++;   // session 57: "…变动情况表" / "单位:万元" is that table's unit (YuanProseWanTables)
                    at = next + DeclaredWanYuan.Length;
                    continue;
                case '单' when string.CompareOrdinal(text, next, "单位:", 0, 3) == 0
                    && string.CompareOrdinal(text, next, "单位:元", 0, 4) != 0:
                    return false;   // "金额单位：元" declares what the figures' own 元 say; any other unit does not
                case '元' when next == 0 || text[next - 1] != '千':   // 千元 is no figure in 元
                    firstYuan = yuan++ == 0 ? next : firstYuan;
                    break;
            }

            at = next + 1;
        }

        return yuan >= (wanTables == 0 ? 3 : YuanBesideWanTables) && yuan > 2 * yi;
    }

#if NET
    private static readonly System.Buffers.SearchValues<char> YuanDocumentValues = System.Buffers.SearchValues.Create("元万亿单");
#else
    private static readonly char[] YuanDocumentValues = ['元', '万', '亿', '单'];
#endif

    /// <summary>Reads every block in order (<see cref="Begin"/>, <see cref="Accept"/> each, <see cref="Finish"/>).</summary>
    public void Read(List<Block> blocks)
    {
        Begin();
        foreach (var block in blocks)
        {
            Accept(block);
        }

        Finish();
    }

    /// <summary>Before the first block: whether the whole text writes its amounts in 元.</summary>
    public void Begin()
    {
        yuanDocument = IsYuanDocument(b.Text, out var firstYuan, b.BlankChunks);
        if (yuanDocument)
        {
            b.SetString("/unit", "yuan", b.TextSpan(firstYuan, firstYuan + 1));
        }

        BeginYiYuan();   // YiYuanUnit: a text whose amounts are all in 亿元 keeps them (/unit = yiYuan)
        BeginQianYuan();   // QianYuanUnit (session 54): a text whose amounts are all in 千元 keeps them (/unit = qianYuan)
        BeginHeadingLevels();   // HeadingLevels (session 49): "1." / "第一部分" / "（一）" as the top level of a text without "一、"
    }

    /// <summary>Reads one block (a heading, a paragraph; table rows are the table readers').</summary>
    public void Accept(Block block)
    {
        block = AtReaderLevel(block);   // HeadingLevels (session 49): "1.收入决算情况" read as "一、收入决算情况"
        if (block.Kind != BlockKind.TableRow)
        {
            PartTableEnds();   // session 61 (EvaluationPartTables): a part table ends; only a row may follow its paragraph
        }

        CodedTableEndsWithoutTotal(block);   // UnitlessFundTables: rows waiting for a 合计 the table does not have
        if (CodedCellLine(block) || KeyValueItemLine(block) || AnnouncedReasonEntry(block) || CodedTableNotes(block))
        {
            return;   // AnnouncedReasons: "主要原因：" then "一是…；" on the next line — the reason's list
        }

        try
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    twoSidedOpen = false;   // TwoSidedTotalTables
                    SentenceTableEnds();   // SentenceTables
                    StructureTableEnds();   // StructureTables (session 46)
                    TableTitleSeen(block.Content);   // SpaceAlignedClassTables: after "…决算表" the document reader reads the rows
                    SubheadingSeen(block);   // Blind23A: the repeat check keys on the last sub-heading too
                    ItemHeading(block.Content);   // ItemHeadingLines: "（一）…（类）…（项）" alone on its line
                    Heading(block.Content);
                    BannerFigures(block);   // session 55: "【机关运行经费 52.3万元　↓6.4万元】" states figures (BannerFigures)
                    ProjectHeadingSeen(block.Content);   // session 51: "（一）某某项目" — the paragraphs under it (IndicatorLines)
                    PerformanceTableTitleSeen(block.Content);   // session 63: "…项目支出绩效自评表" — one project's rows follow
                    break;
                case BlockKind.TableRow:
                    if (TitleWithUnitRow(block.Content))
                    {
                        break;   // TitleUnitRows (s47): "…情况表\t\t\t\t单位：万元" is the title line, its unit the section's
                    }

                    ClassTableRow(block.Content);   // ClassTable: a '|' table of the 一般公共预算 classes
                    SpaceAlignedClassRow(block.Content);   // SpaceAlignedClassTables: one note for a table no reader reads
                    SentenceTableRow(block.Content);   // SentenceTables: "项目 | 本年 | 上年 | 增减额 | 增减率" and its rows
                    StructureTableRow(block.Content);   // StructureTables: "收入项目 | 决算数（万元） | 占比" and its rows
                    CodedItemTableRow(block.Content);   // CodedItemTables: "科目编码 | 科目名称 | 年初预算 | 决算数 | 完成率"
                    PerUnitIncomeRow(block.Content);   // PerUnitIncomeTables: "单位名称 | 本年收入合计 | 财政拨款收入 | 其他收入"
                    ProjectScoreTableRow(block.Content);   // ProjectScoreTables (s47): "项目名称 | 预算数 | 执行数 | 执行率 | 自评得分"
                    TwoSidedTotalRow(block.Content);   // TwoSidedTotalTables (s57): "收入 | 行次 | 金额 | 支出 | 行次 | 金额"
                    PartTableRow(block.Content);   // EvaluationPartTables (s61): "一级指标 | 分值 | 得分" after a project's paragraph
                    break;
                default:
                    twoSidedOpen = false;
                    SentenceTableEnds();
                    StructureTableEnds();
                    TableTitleSeen(block.Content);
                    if (!RepeatsAParagraph(block))
                    {
                        var evaluationsBefore = proseEvaluations.Count;
                        Paragraph(block.Content);   // a paragraph stated twice is read once (Blind23A, family F5)
                        OverviewStaffCounts(block.Content);   // session 62: 概况 counts its reading left (OverviewStaffCounts)
                        OperatingExpensesDeclaredNone(block.Content);   // session 63: "不涉及机关运行经费" (SectionsWithoutFigures)
                        PartTableMayFollow(evaluationsBefore);   // session 61 (EvaluationPartTables)
                    }

                    break;
            }
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            Note(b.Span(block.Content, 0, block.Content.Length), DisclosureMessages.ParagraphNotRead(ex.Message), block.Content.Text);
        }
    }

    /// <summary>After the last block: places what waited for the whole text (typed statements, reason changes, zero 三公
    /// items).</summary>
    public void Finish()
    {
        SentenceTableEnds();   // SentenceTables: a table that ends the text
        StructureTableEnds();   // StructureTables: likewise
        EndCellTable();   // CodedCellLines: a one-cell-per-line coded table that ends the text
        PlaceAnnouncedReason();   // AnnouncedReasons: a list that ran to the end of the text
        PlaceStatements();
        PlaceUnitTableTotals();   // UnitTableColumns (session 59): a per-unit table's 合计 row, where the prose left room
        PlaceYearIncomeFundShares();   // FundPartShareBases: a fund part's share of the year's income, when that is all 财政拨款
        PlaceSharedBudgetReasons();   // BudgetAndChangeReasons: one reason after a budget comparison and a change
        PlaceNamedTotalChanges();   // Blind23A: a change of 本年收入/本年支出 stated before the figure (family M3)
        PlaceReasonChanges();
        PlaceZeroItems();
        PlaceWhollyAppropriation();   // Blind24B: "…，全部为财政拨款收入"
        PartTableEnds();   // session 61 (EvaluationPartTables): a part table that ends the text
        PlaceProseEvaluations();
        PlaceDepartmentBreakdown();   // session 61: "部门整体支出绩效自评得分93.5分，…其中：1.预算执行率得分9.2分（满分10分）；…"
        PlaceRestatedChangeReasons();   // session 44: a change restated without its reason (RestatedChangeReasons)
        WithdrawIncompleteSides();   // Blind24A: a grand total with a part the reader could not place
        WithdrawIncompleteKinds();   // session 41: 本年支出's kinds with one the model has no member for (NeutralBudgetChanges)
        BodyFiscalYear();   // TitleLines: no title gave the year, every "YYYY年度" of the body does
        paragraphDigests?.Release();   // the repeat check's pooled table (DigestSet): no paragraph is read after this
    }

    private void Heading(Fragment heading)
    {
        var text = heading.Text;
        if (DetailHeadingOfGeneralBudget(text) || ShortSectionHeading(WithoutUnitDeclaration(text)))
        {
            DeclareUnit(text);   // session 62: "二、收入支出决算情况（单位：千元）" declares its section's unit
            return;   // Blind25A: "二、收支情况", "（二）支出情况", "（三）基本支出按经济分类情况" (NarrativeReader.ShortHeadings.cs)
        }

        DeclareUnit(text);
        DeclareStandingUnit(text);   // session 55 (StandingUnit)
        if (EntityName is null && (text.Contains("决算") && (text.Contains("年度") || text.Contains("年")) || IsThreePublicTitle(text)))
        {
            Title(heading);   // session 40: "某区公安分局2023年度“三公”经费支出情况说明" too (NarrativeReader.ThreePublicTitles.cs)
        }
        else if (EntityName is null && (TitleSplitAfterYear(heading) || NameLabelLine(heading)))
        {
            return;   // ReportKinds: "某区财政局2023年度" / "部门决算公开说明", "单位名称：某区司法局"
        }

        KindFromHeading(text, b.Span(heading, 0, heading.Length));   // ReportKinds: "第二部分 2021年度单位决算情况说明"
        // A table row label such as "二十一、国有资本经营预算支出" is not a section heading: those name a statement.
        if (!SectionWordIndex.AnyIn(text))
        {
            StructureHeading(text);   // StructureItems: "二、财政拨款支出结构分析" has no section word
            return;
        }

        if (SectionKeyIndex.FirstIn(text) is var key && key >= 0)
        {
            if (HeadingStaysInSection(text, SectionKeys[key].Section) || TableTitleInItsSection(text, SectionKeys[key].Section))
            {
                return;   // ReadGaps25: "（一）基本支出决算情况" under 支出决算情况 is its all-funds part, as in the one-line form
            }

            Enter(SectionKeys[key].Section);
            DeclareUnit(text);   // "…情况（金额单位：千元）": the heading's own declaration holds for its section
            return;
        }

        if (StructureHeading(text) || UnkeyedHeading(text))
        {
            return;   // StructureItems: "2.财政拨款支出决算结构情况"; "（五）收入情况" under 其他重要事项, "（五）事业收入情况" after 绩效
        }

        // "十、其他重要事项的情况说明", "一、部门基本情况": a part whose own subsections (or subjects) say where we are.
        if (OpensUmbrella(text))
        {
            Enter(Section.None);
        }
    }

    private static readonly (string Word, Section Section)[] SubSectionWords =
    [
        ("收入情况", Section.Income), ("收入决算情况", Section.Income), ("支出情况", Section.Expenditure), ("支出决算情况", Section.Expenditure),
    ];

    private static Section? SubSection(string body)
    {
        foreach (var (word, s) in SubSectionWords)
        {
            if (body.StartsWith(word, StringComparison.Ordinal) && body.Length > word.Length
                && body[word.Length] is '。' or ':' or '.' or ',')
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Set when the current section was inferred from a paragraph's subject, not announced by a heading.</summary>
    private bool sectionInferred;

    private void Enter(Section s)
    {
        section = s;
        sectionSeen = true;   // session 55: a lone unit line after a heading is a caption (StandingUnit)
        openedClass = null;   // ClassOpeningLines: a 类's items end with its section
        sectionInferred = false;
        returnsToOther = false;
        declaredUnit = FigureUnit.None;   // a declaration ("单位：万元") holds for its own section
        subject = null;
        budget = null;
        reasonTarget = null;
        lastLabel = string.Empty;
        basicSplitReturn = null;   // BasicSplitParagraphs (s46): a heading after a 基本支出 paragraph is where the reader goes on
    }

    private void Title(Fragment heading)
    {
        var text = WithDigitYear(heading.Text);   // CoverTitles: 二〇二三年度
        if (!TitleYear(text, out var y))
        {
            return;
        }

        var name = TitleName(text, y) is { Length: > 0 } titled ? titled : NameLineBefore(heading) ?? string.Empty;   // CoverTitles
        if (NamesFigureNotIssuer(name))
        {
            name = string.Empty;   // session 49: "2023年度本年收入决算情况见下表：" names a figure, no issuer (TitleIssuers)
        }

        if (HasDigit(name))
        {
            return;   // "以前年度结转资金9.83 2015年度决算数": table cells run together, not a title
        }

        year = (int)y.Value;
        var span = b.Span(heading, 0, heading.Length);
        if (BracketedFiscalYear(text, y.End) is { } fiscal && fiscal != year)
        {
            Note(span, DisclosureMessages.TitleTwoYears(fiscal, year), text);   // "…2025年部门决算信息公开（2024年度）" (TitleLines)
            year = fiscal;
        }

        b.Set("/entity/fiscalYear", year, span);
        KindFromTitle(text, span, named: name.Length > 0);   // ReportKinds: 单位决算 in a title without a name too
        if (name.Length == 0)
        {
            return;
        }

        EntityName = name;
        b.SetString("/entity/name", name, span);
        b.SetString("/entity/kind", IsUnitReport ? "unit" : "department", span);
        b.SetString("/source/title", b.Raw(heading, 0, heading.Length).Trim(), span);
    }

    /// <summary>
    /// The first number of a title that is a fiscal year followed by 年 (white space between allowed): scanned in place
    /// and stopping there — the first that <c>Scanner.Numbers(text)</c> would give, without the list, a substring per
    /// number, or the numbers after it.
    /// </summary>
    internal static bool TitleYear(string text, out NumberToken year)
    {
        var next = 0;
        while (Scanner.Next(text, ref next, out var n))
        {
            if (n.Decimals == 0 && n.Value >= FiscalYearRange.First && n.Value <= FiscalYearRange.Last && YearWordAt(text, n.End))
            {
                year = n;
                return true;
            }
        }

        year = default;
        return false;
    }

    private static bool HasDigit(string s)
    {
        foreach (var c in s)
        {
            if (Scanner.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the first character at or after <paramref name="at"/> that is not white space is 年.</summary>
    /// <summary>Whether the year word at <paramref name="at"/> (年 or 年度) is followed by 持平 ("与2023年度持平").</summary>
    private static bool LevelAfterYear(string text, int at)
    {
        at = text.IndexOf('年', at);
        if (at < 0)
        {
            return false;
        }

        at += at + 1 < text.Length && text[at + 1] == '度' ? 2 : 1;
        return string.CompareOrdinal(text, at, "持平", 0, 2) == 0;
    }

    private static bool YearWordAt(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at < text.Length && text[at] == '年';
    }

    private static readonly string[] TitleNameStops = ["“", "\"", "三公", "部门决算", "单位决算", "决算", "预算", "("];

    /// <summary>
    /// The issuer in a title: the words before the year ("某局2019年度部门决算"), or, when the title starts with the
    /// year ("2019年普洱市审计局(本级)“三公”经费决算情况说明"), the words after it up to the subject of the title.
    /// </summary>
    private static string TitleName(string text, NumberToken y)
    {
        var name = text.Substring(0, y.Start);
        if (name.Trim().Length == 0)
        {
            var start = text.IndexOf('年', y.End) + 1;
            if (start < text.Length && text[start] == '度')
            {
                start++;
            }

            var end = text.Length;
            foreach (var stop in TitleNameStops)
            {
                var at = text.IndexOf(stop, start, StringComparison.Ordinal);
                if (at >= start && at < end)
                {
                    end = at;
                }
            }

            name = text.Substring(start, end - start);
        }

        var paren = name.IndexOf('(');
        if (paren > 0)
        {
            name = name.Substring(0, paren);
        }

        name = name.Replace(" ", string.Empty).Trim();
        if (name.Length > 4 && name.StartsWith("关于", StringComparison.Ordinal))
        {
            name = name.Substring(2);   // TitleLines (J / F9): "关于某县水利局2023年度部门决算的公开说明" — 关于 is no part of the name
        }

        // "第二部分 某局2024年度部门决算说明": the part number is not part of the name.
        var part = name.IndexOf("部分", StringComparison.Ordinal);
        if (name.StartsWith("第", StringComparison.Ordinal) && part is > 1 and <= 4
            && name.Substring(1, part - 1).All(BlockClassifier.IsChineseNumeral))
        {
            name = name.Substring(part + 2);
        }

        return name;
    }

    /// <summary>
    /// The section a paragraph's subject implies when no heading announced it: a stand-alone 三公 statement, a
    /// 机关运行经费 or 政府采购 paragraph, or the 收支总计 of an overview.
    /// </summary>
    private static Section InferredSection(string text)
    {
        if (!ContainsFigure(text) && !text.Contains("决算"))
        {
            return Section.None;
        }

        if (text.Contains("三公") || ContainsFigure(text) && NamesThreePublicItem(text))
        {
            return Section.ThreePublic;
        }

        if (text.Contains("机关运行经费"))
        {
            return Section.OperatingExpenses;
        }

        if (text.Contains("政府采购"))
        {
            return Section.Procurement;
        }

        if (ContainsFigure(text) && (text.Contains("收支总计") || text.Contains("收、支总计") || text.Contains("收入总计")))
        {
            return Section.Overall;
        }

        if (ContainsFigure(text) && HoldsVehicles(text) && !HasStaffCounts(text) && !StatesStaffCount(text))
        {
            return Section.Assets;   // "截至年末，本部门共有车辆 5 辆，其中…" under 其他重要事项说明
        }

        if (ContainsFigure(text) && (text.Contains("行政编制") || text.Contains("事业编制") || StatesStaffCount(text)))
        {
            return Section.Personnel;   // "(二)人员构成:本部门行政编制 96 人，实有人数 92 人" under "部门基本情况"
        }

        return Section.None;
    }

    /// <summary>Words that name one of the 三公 items (公务接待费, 因公出国(境)费, 公务用车/车辆 购置 or 运行维护费).</summary>
    private static readonly string[] ThreePublicItemWords = ["公务接待费", "因公出国(境)费", "因公出国费", "公务用车运行", "公务用车购置", "车辆运行维护费", "车辆运行费", "车辆购置费"];

    /// <summary>
    /// Whether a paragraph names a 三公 item: a stand-alone 三公 statement may never write the word 三公
    /// ("1、决算车辆运行维护费用 2.94 万元，比去年…").
    /// </summary>
    private static bool NamesThreePublicItem(string text) => HasAny(text, ThreePublicItemWords);

    private void Paragraph(Fragment paragraph)
    {
        if (InlineHeadingPieces(paragraph))
        {
            return;   // InlineHeadings: "…万元。 七、“三公”经费…情况说明 2021年度…" — each heading enters its section
        }

        var text = paragraph.Text;
        DeclareUnit(text);
        DeclareStandingUnit(text);   // session 55: "金额单位：万元（下同）" holds for every amount after it (StandingUnit)
        DeclareTablesUnit(text);   // session 49: "以下各表金额均为万元" holds for every table of the text
        lastLabel = string.Empty;   // a label carries over within a paragraph ("A 万元、B 万元"), never into the next
        ParagraphChangesBegin();   // ReadGaps25: the changes of the paragraph before, for a reason paragraph after them
        BudgetDifferenceScope(paragraph);   // session 54: "差异较大的项目说明：…" (BudgetDifferenceScope)
        if (QuestionHeading(paragraph))
        {
            return;   // session 55: "问：…总体情况如何？" heads its answer (QuestionHeadings)
        }

        if (EntityName is null && year == 0 && TitleBeforePageMeta(text) is var meta && meta > 0)
        {
            // TitleLines (J / F9): "某县水利局2023年度部门决算公开说明 发布时间：2024-09-10 来源：… 字号：大 中 小" — the page's
            // date, source and counters after the title are none of it.
            var titled = paragraph.Slice(0, meta).Trim();
            Title(titled);
            if (year != 0 && !text.Contains("。"))
            {
                if (section is Section.None && InferredSection(titled.Text) is var titledSection && titledSection != Section.None)
                {
                    Enter(titledSection);
                }

                return;   // the title and the page's words after it: nothing else to read
            }
        }

        if (EntityName is null && (NameLabelLine(paragraph) || TitleSplitAfterYear(paragraph)))
        {
            return;   // ReportKinds: "编制单位：某县农业农村局", a title split after its year
        }

        UnitListSentence(paragraph);   // UnitLists: "纳入…编制范围的单位共3个，包括：局本级、…"
        KindFromStatement(paragraph);   // StatedReportKinds: "本报告为2024年度单位决算说明"

        if (EntityName is null && year == 0 && text.Contains("决算") && text.Contains("年") && !text.Contains("。")
            && !ContainsFigure(text) && TitleStart(paragraph) is var titleAt && titleAt >= 0)
        {
            Title(titleAt == 0 ? paragraph : paragraph.Slice(titleAt, text.Length));
            if (EntityName is null)
            {
                NameLabelLine(paragraph, anywhere: true);   // ReportKinds: "2023年度部门决算公开 编制单位：某县农业农村局"
            }

            if (section is Section.None && InferredSection(text) is var titled && titled != Section.None)
            {
                Enter(titled);
            }

            return;
        }

        if (EntityName is null && year == 0 && WebTitle(text) is { } web)
        {
            Title(paragraph.Slice(web.Start, web.End));   // "首页 > … 某办公室2025年部门决算信息公开（2024年度） 发布日期…" (TitleLines)
        }

        if (OneLineHeading(paragraph) is { } headed)
        {
            (paragraph, text) = (headed, headed.Text);   // OneLineHeadings: "五、…决算情况说明 2020年度…" on one line
            if (OneLineHeading(paragraph) is { } subheaded)
            {
                (paragraph, text) = (subheaded, subheaded.Text);   // blind 29 (F1): "十、其他重要事项的情况说明 （一）机关运行经费支出情况 …"
            }
        }
        else if (PerformanceRunInHeading(paragraph) is { } performanceBody)
        {
            Enter(Section.Performance);   // session 42: "预算绩效管理情况。根据…" (NarrativeReader.PerformanceRunIn.cs)
            (paragraph, text) = (performanceBody, performanceBody.Text);
        }
        else if (RunInSectionHeading(paragraph) is { } runInBody)
        {
            (paragraph, text) = (runInBody, runInBody.Text);   // session 47: "国有资产占用情况。截至…" (NarrativeReader.RunInSectionHeadings.cs)
        }

        TopicEntry(text);   // session 50: "1) 机关运行经费：…", "(2)政府采购：…" — the entry's label names its section (TopicEntries)
        if (section is Section.Performance or Section.None)
        {
            InlineHeading(text);   // "（五）事业收入情况：…" ends a 绩效 subsection as its heading line would
        }

        if (LeavesInferredStaffSection(text))
        {
            Enter(Section.Overall);   // session 60: "本年收入合计…" after a staff paragraph (NarrativeReader.ListLeadsAndStaffParagraphs.cs)
            sectionInferred = true;
        }

        // No heading said where we are (a stand-alone statement, a page without numbered headings): the subject does.
        // A vehicle clause in a staff paragraph ("…离退休人员 8 人，现有公务用车 2 辆。") does not move it into 国有资产.
        if (section is Section.None or Section.Functions or Section.Personnel && InferredSection(text) is var inferred
            && inferred != Section.None && !(section == Section.Personnel && inferred == Section.Assets))
        {
            var opening = section == Section.None ? OpeningSection(text, inferred) : inferred;   // OneLineSections
            if (opening != Section.None)
            {
                Enter(opening);
            }

            sectionInferred = true;
        }
        else
        {
            ReturnFromBasicSplit();   // BasicSplitParagraphs (s46): the paragraph after a 基本支出 split is its heading's again
            if (!EnterBasicSplitParagraph(text))   // BasicSplitParagraphs (s46): "公共财政预算财政拨款基本支出…，其中人员经费…"
            {
                EnterOpeningStatementSection(text);   // UnheadedSections (H): "2023年度一般公共预算财政拨款支出…" after an inferred overview
            }
        }

        switch (section)
        {
            case Section.Tables:
                return;
            case Section.Glossary:
                Glossary(paragraph);
                return;
            case Section.Functions:
                Function(paragraph);
                return;
        }

        var paragraphSubject = returnsToOther || section == Section.Other ? InferredSection(text) : Section.None;
        if (returnsToOther && paragraphSubject != section)
        {
            // The next paragraph under 其他需要说明的事项 that does not speak of the subject the one before it entered: the notes again.
            Enter(Section.Other);
        }

        if (section == Section.Other && paragraphSubject is var otherSubject
            && otherSubject is Section.OperatingExpenses or Section.Procurement or Section.ThreePublic)
        {
            // "四、其他需要说明的事项 (一)机关运行经费情况:本部门…支出 X 万元" (the 2015–2017 templates): the subject's section.
            Enter(otherSubject);
            sectionInferred = true;
            returnsToOther = true;
        }

        if (section == Section.Other)
        {
            b.SetString("/notes/" + b.Count("/notes").ToString(CultureInfo.InvariantCulture), b.Raw(paragraph, 0, paragraph.Length).Trim(),
                b.Span(paragraph, 0, paragraph.Length));
            if (text.Contains("涉密") || text.Contains("SM"))
            {
                section = Section.Performance;
                performanceGroup = null;
                Sentences(paragraph, text);

                section = Section.Other;
            }

            return;
        }

        if (PerformanceProse(paragraph) || ProjectLine(paragraph))
        {
            return;   // a project's 绩效自评 written as prose (NarrativeReader.PerformanceProse.cs, .ProjectLines.cs)
        }

        var body = paragraph;
        var listNumber = ListMarker(text, out var contentStart);
        if (listNumber)
        {
            body = paragraph.Slice(contentStart, paragraph.Length);
        }

        numberedBody = listNumber ? body : null;   // session 58: "3.档案馆（补充）：…" (UncodedColonEntries)

        // "2.收入情况。…" / "3.支出情况。…": numbered parts of the 收入支出决算总体 section that speak of income or
        // expenditure only; their items (财政拨款收入, 基本支出…) are the income and expenditure sections' figures.
        if (listNumber && section is Section.Overall or Section.Income or Section.Expenditure && SubSection(body.Text) is { } sub)
        {
            Enter(sub);
        }

        if (section == Section.Personnel && listNumber && !ContainsFigure(body.Text))
        {
            Unit(body);
            return;
        }

        if (section == Section.Appropriation && AppropriationClassLine(body))
        {
            return;   // Session 34 (E1): "1.医疗卫生与计划生育支出（类）" alone opens its items (NarrativeReader.ClassOpeningLines.cs)
        }

        var classItem = false;
        if (section == Section.Appropriation && AppropriationClassItem(body, out var itemRest))
        {
            classItem = true;
            body = itemRest;   // Session 34 (E1): "（1）公共卫生（款）…（项）：…" under an open 类: that item's figures
        }
        else if (section == Section.Appropriation && AppropriationCodedItemHead(body, out itemRest))
        {
            classItem = true;
            body = itemRest;   // Session 52: "① 行政运行（2200501）：调整预算…" — the item's figures (AppropriationCodedItemHeads)
        }
        else if (UnplacedItemParagraph(body))
        {
            return;   // Session 32 (B): "1.行政运行（项）。年初预算为…" where no list holds it — never the section's total
        }

        body = UnknownItemSentence(body, listNumber);   // Session 33: "2.防汛抗旱专项业务年初预算为…" after an item: a note

        if (section is Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital)
        {
            if (FunctionalItemLead(body.Text) is var lead && lead > 0)
            {
                // "2014年度公共财政预算财政拨款支出588.80万元，主要用于：农林水事务支出（类）…": the lead's figure is the
                // section's own (its total), read before the class that follows it.
                var head = body.Slice(0, lead);
                Sentences(head, head.Text);
                body = body.Slice(lead, body.Length);
            }

            if (TryFunctionalItem(body, out var rest, listNumber))
            {
                body = rest;
            }
        }

        if (section == Section.Appropriation && !classItem)
        {
            appropriationStatements.Paragraph(body);
        }

        SectionTexts(body);
        Sentences(body, body.Text);
    }

    /// <summary>
    /// Reads the sentences of <paramref name="f"/> (whose text is <paramref name="text"/>) in order, each where it stands
    /// in the text: no sentence is cut out (<see cref="NextSentence"/>).
    /// </summary>
    private void Sentences(Fragment f, string text)
    {
        var at = 0;
        while (NextSentence(text, ref at, out var start, out var end))
        {
            Sentence(f, start, end);
        }
    }

    /// <summary>Texts and lists that belong to fields: divisions, basic-expenditure items, 三公 descriptions, dates, 绩效 findings, empty
    /// statements.</summary>
    private void SectionTexts(Fragment body)
    {
        var text = body.Text;
        switch (section)
        {
            case Section.Personnel:
                foreach (var marker in DivisionListMarkers)
                {
                    var at = text.IndexOf(marker, StringComparison.Ordinal);
                    if (at >= 0 && text.Contains("科室") || at >= 0 && text.Contains("处室") || at >= 0 && text.Contains("内设"))
                    {
                        var start = at + marker.Length;
                        var end = text.IndexOf('。', start);
                        if (end < 0)
                        {
                            end = text.Length;
                        }

                        var i = 0;
                        foreach (var name in Raw(body, start, end).Split('、'))
                        {
                            var n = name.Trim().TrimEnd('。', ';', '；');
                            if (n.Length > 0)
                            {
                                b.SetString("/entity/internalDivisions/" + (i++).ToString(CultureInfo.InvariantCulture), n,
                                    b.Span(body, start, end));
                            }
                        }

                        break;
                    }
                }

                break;
            case Section.Basic:
                for (var next = 0; NextSentence(text, ref next, out var from, out var to);)
                {
                    BasicItemLists(body, from, to);
                }

                break;
            case Section.ThreePublic:
                for (var next = 0; NextSentence(text, ref next, out var from, out var to);)
                {
                    var at = text.IndexOf("开支内容包括", from, to - from, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        bool Head(string word) => text.IndexOf(word, from, at - from, StringComparison.Ordinal) >= 0;
                        var member = Head("出国") ? "overseasTravelDescription" : Head("运行") || Head("公务用车")
                            ? "vehicleOperationDescription" : Head("接待") ? "receptionDescription" : null;
                        if (member is not null)
                        {
                            b.SetString(N + "threePublic/" + member, Raw(body, at + 6, to).TrimStart(':', '：').Trim(),
                                b.Span(body, at, to));
                        }
                    }

                    if (text.IndexOf("保有量", from, to - from, StringComparison.Ordinal) >= 0
                        && text.IndexOf("差异", from, to - from, StringComparison.Ordinal) >= 0)
                    {
                        b.SetString(N + "threePublic/vehicleHoldingExplanation", Raw(body, from, to).Trim(), b.Span(body, from, to));
                    }
                }

                break;
            case Section.Assets:
                var asOf = text.IndexOf("截至", StringComparison.Ordinal);
                if (asOf < 0)
                {
                    asOf = text.IndexOf("截止", StringComparison.Ordinal);
                }

                if (asOf >= 0)
                {
                    var numbers = Scanner.Numbers(text.Substring(asOf, Math.Min(30, text.Length - asOf)));
                    if (numbers.Count >= 3 && numbers[0].Value is >= FiscalYearRange.First and <= FiscalYearRange.Last
                        && numbers[1].Value is >= 1 and <= 12 && numbers[2].Value is >= 1 and <= 31)
                    {
                        var date = ((int)numbers[0].Value).ToString("0000", CultureInfo.InvariantCulture) + "-"
                            + ((int)numbers[1].Value).ToString("00", CultureInfo.InvariantCulture) + "-"
                            + ((int)numbers[2].Value).ToString("00", CultureInfo.InvariantCulture);
                        b.SetString(N + "assets/asOf", date, b.Span(body, asOf, Math.Min(asOf + 20, body.Length)));
                    }
                }

                var other = text.IndexOf("主要是:", StringComparison.Ordinal);
                if (other >= 0)
                {
                    var end = text.IndexOf('。', other);
                    b.SetString(N + "assets/vehicles/otherVehiclesDescription",
                        Raw(body, other + 4, end < 0 ? body.Length : end + 1).Trim(), b.Span(body, other, end < 0 ? body.Length : end));
                }

                break;
            case Section.Performance:
                Between(body, ["取得的成效:", "主要成效:", "成效:"], "/performance/achievements");
                Between(body, ["发现的问题及原因:", "存在的问题:", "问题及原因:"], "/performance/problems");
                Between(body, ["下一步改进措施:", "改进措施:"], "/performance/improvements");
                SelfEvaluationScore(body);   // schema 1.4 (NarrativeReader.SelfEvaluation.cs)
                break;
            case Section.Appropriation:
                FundsDeclaredNone(body);   // Session 34: "本单位无政府性基金预算财政拨款收入和支出" (NarrativeReader.FundsDeclaredNone.cs)
                break;
            case Section.GovernmentFund:
            case Section.StateCapital:
                if ((!ContainsFigure(text) && (text.Contains("无") || text.Contains("没有")) && text.Contains("空表") || !ContainsFigure(text)
                    && text.Contains("本年度无")) && !b.Has(StatementPointer!, "emptyStatement") && !NamesFundWithoutExpenditure(text))
                {
                    b.SetUnder(StatementPointer!, "emptyStatement", DraftNode.Of(Raw(body, 0, body.Length).Trim()),
                        b.Span(body, 0, body.Length));
                }

                break;
        }
    }

    private static readonly string[] DivisionListMarkers = ["分别是:", "分别为:", "包括:"];

    /// <summary>
    /// The lists of basic-expenditure items of the sentence [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="body"/>: "人员经费 Y 万元，主要包括：A、B；公用经费 Z 万元，主要包括：C、D" in either order. Each "包括:"
    /// opens a list that ends at the next ';' (or the sentence end) and belongs to the 人员经费 or 公用经费 written last before
    /// it since the list before; a later list that names neither is not read (the first, as before, is 公用经费's unless
    /// 人员经费 is named). One list had run to the sentence end, taking "…；公用经费 Z 万元，主要包括：C" as one item (FA1109).
    /// </summary>
    private void BasicItemLists(Fragment body, int from, int to)
    {
        var text = body.Text;
        var lists = 0;
        // The next list is looked for after this one's end: a "包括:" inside a list ("…奖金，其中包括：绩效工资；") is its text.
        for (var at = text.IndexOf("包括:", from, to - from, StringComparison.Ordinal); at >= 0;
             at = from < to ? text.IndexOf("包括:", from, to - from, StringComparison.Ordinal) : -1)
        {
            var personnel = text.LastIndexOf("人员经费", at, at - from + 1, StringComparison.Ordinal);
            var @public = text.LastIndexOf("公用经费", at, at - from + 1, StringComparison.Ordinal);
            if (lists > 0 && personnel < 0 && @public < 0)
            {
                break;
            }

            var member = personnel > @public ? "personnelItems" : "publicItems";
            var semicolon = text.IndexOf(';', at, to - at);
            var end = semicolon < 0 ? to : semicolon;
            var i = 0;
            foreach (var name in Raw(body, at + 3, end).Split('、'))
            {
                var n = name.Trim().TrimEnd('。', '.', ';', '；');
                if (n.Length > 0)
                {
                    b.SetString(N + "basicExpenditure/" + member + "/" + (i++).ToString(CultureInfo.InvariantCulture), n,
                        b.Span(body, at, end));
                }
            }

            lists++;
            from = end;   // the next list's subject is named after this list
        }
    }

    private static readonly string[] TextEndMarkers = ["发现的问题", "存在的问题", "问题及原因", "下一步改进", "改进措施", "具体附", "具体见"];

    private void Between(Fragment body, string[] markers, string pointer)
    {
        var text = body.Text;
        foreach (var marker in markers)
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var start = at + marker.Length;
            var end = text.Length;
            foreach (var stop in TextEndMarkers)
            {
                var s = text.IndexOf(stop, start, StringComparison.Ordinal);
                if (s > start && s < end)
                {
                    end = s;
                }
            }

            b.SetString(pointer, Raw(body, start, end).Trim(), b.Span(body, start, end));
            return;
        }
    }

    /// <summary>The original characters of [start, end) of a fragment (full-width punctuation and Traditional characters as
    /// written).</summary>
    private string Raw(Fragment f, int start, int end) => b.Raw(f, start, end);

    private static bool ContainsFigure(string text) => Scanner.HasFigure(text);

    private static bool ListMarker(string text, out int contentStart)
    {
        contentStart = 0;
        var d = 0;
        while (d < text.Length && d < 3 && Scanner.IsDigit(text[d]))
        {
            d++;
        }

        if (d > 0 && d < text.Length && (text[d] == '.' || text[d] == '、')
            && (d + 1 >= text.Length || !Scanner.IsDigit(text[d + 1]) || CodeAfterListNumber(text, d + 1)))
        {
            contentStart = d + 1;
            while (contentStart < text.Length && text[contentStart] == ' ')
            {
                contentStart++;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// The sentences of <paramref name="f"/> as fragments (<see cref="NextSentence"/> cut out): what the tests compare;
    /// the reader itself reads each sentence where it stands.
    /// </summary>
    internal static IEnumerable<Fragment> Sentences(Fragment f)
    {
        var t = f.Text;
        var at = 0;
        while (NextSentence(t, ref at, out var start, out var end))
        {
            yield return f.Slice(start, end);
        }
    }

    /// <summary>
    /// The next sentence of <paramref name="t"/> from <paramref name="at"/>: [start, end) up to and with the next 。 ! or ?
    /// (or the end of the text), without the white space at its ends; a break right after another, and a last piece of
    /// white space only, make none. False after the last.
    /// </summary>
    internal static bool NextSentence(string t, ref int at, out int start, out int end)
    {
        var from = at;
        for (var i = t.IndexOfAny(SentenceBreaks, at); i >= 0; i = i + 1 < t.Length ? t.IndexOfAny(SentenceBreaks, i + 1) : -1)
        {
            if (t[i] == '.' && !HalfWidthFullStop(t, i))
            {
                continue;   // a decimal point, a list number's dot: no sentence end
            }

            if (i > from)
            {
                at = i + 1;
                return Trimmed(t, from, i + 1, out start, out end);
            }

            from = i + 1;
        }

        at = t.Length;
        start = end = t.Length;
        return from < t.Length && Trimmed(t, from, t.Length, out start, out end);
    }

    /// <summary>
    /// The characters that end a sentence (found by a vectorised search, not a test per character); a '.' only as a
    /// half-width full stop (<see cref="HalfWidthFullStop"/>, session 49).
    /// </summary>
    private static readonly char[] SentenceBreaks = ['。', '!', '?', '.'];

    /// <summary>[from, to) of <paramref name="t"/> without the white space at its ends; whether anything is left.</summary>
    private static bool Trimmed(string t, int from, int to, out int start, out int end)
    {
        while (from < to && char.IsWhiteSpace(t[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(t[to - 1]))
        {
            to--;
        }

        start = from;
        end = to;
        return to > from;
    }

    /// <summary>The markers of a reason inside a sentence (<see cref="ReasonMarkerTable"/>; at most 32: a bit each).</summary>
    private static readonly string[] ReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.InSentence);

    /// <summary>The first characters of <see cref="ReasonMarkers"/>: where a marker may start.</summary>
    private static readonly char[] ReasonMarkerStarts = ['主', '原', '差', '系', '是', '变', '因'];

    /// <summary>
    /// "…下降 5.33%，系疫情影响培训项目压缩所致", "…下降 9.48%，因会议和差旅减少": 系 or 因 opening a clause after a direction
    /// word (or 小于/大于 of a budget relation) is a reason marker of one character — not 因公 (因公出国), 因此 (a consequence),
    /// 系统 or 系列, and never inside a word. Session 64 (fix61, blind round 61 t06): in a list of items run together, the
    /// reason may also be the last part before the next item its reason stops at (<see cref="ReasonStop"/>) — "2.…（2120399）
    /// 912.54万元，…，决算数小于年初预算数，系部分养护合同按考核结果扣减；3.…（2080505）131.26万元；…".
    /// </summary>
    internal static bool OpensClauseReason(string t, int from, int to, int p) =>
        t[p] is '系' or '因' && p > from && (t[p - 1] is ',' or ';' || AfterRateLevelWord(t, from, p)) && p + 1 < to
        && t[p + 1] is not ('此' or '统' or '列' or '而') && !(t[p + 1] == '公' && p + 2 < to && t[p + 2] == '出')
        && (HasAnyIn(t, from, p, Directions) || HasAnyIn(t, from, p, BudgetRelationWords) || AfterBudgetAndFinal(t, from, p, p + 1)
            || RateLevelAt(t, from, p) >= 0)   // session 49: "住房公积金执行率较低，系…
        && (NoInnerSemicolon(t, p, to)   // "…增长 6.55%，系…所致；本年支出合计 …": only the sentence's last part
            || ReasonStop(t, from, to, p) is var stop && stop < to && NoInnerSemicolon(t, p, stop + 1));   // s64: "系…；3.…"

    /// <summary>
    /// Session 53 (blind round 49 t05): whether 系/因 at <paramref name="p"/> follows a completion rate's level word with no
    /// comma between — "执行率较低系部分培训机构补贴申报审核延至次年拨付", "完成率偏高因…": the level ends a clause of its own
    /// (<see cref="RateLevelAt"/> names the rate before it), so the marker opens the reason as after a comma.
    /// </summary>
    private static bool AfterRateLevelWord(string t, int from, int p)
        => p - from >= 5 && (EndsWithAny(t, p, LowRateWords) || EndsWithAny(t, p, HighRateWords)) && RateLevelAt(t, from, p) >= 0;

    /// <summary>
    /// Whether [<paramref name="p"/>, <paramref name="to"/>) of <paramref name="t"/> has no ';' but, maybe, one that ends it
    /// (session 53, blind round 50 t06: a 项 line "…完成85.96%。支出低于预算，因…未支出；" — its "；" joins the next 项 line and
    /// ends this one's reason, which is still the sentence's last part).
    /// </summary>
    private static bool NoInnerSemicolon(string t, int p, int to)
    {
        var semi = t.IndexOf(';', p, to - p);
        if (semi < 0)
        {
            return true;
        }

        var last = to - 1;
        while (last > semi && char.IsWhiteSpace(t[last]))
        {
            last--;
        }

        return last == semi;
    }

    /// <summary>
    /// Whether the one-character marker (系/因) at <paramref name="p"/> opens a reason only because the clause before it says
    /// a completion rate is low or high (<see cref="RateLevelAt"/>; no direction, budget relation or budget and final before
    /// it): such a reason belongs to the row the clause names, and only when that row's figures agree with the level.
    /// </summary>
    private static bool OnlyARateLevelOpens(string t, int from, int p, int length) =>
        p > from && length == 1 && t[p] is '系' or '因' && RateLevelAt(t, from, p) >= 0 && !HasAnyIn(t, from, p, Directions)
        && !HasAnyIn(t, from, p, BudgetRelationWords) && !AfterBudgetAndFinal(t, from, p, p + 1);

    /// <summary>"决算数小于预算数，因…": the words of a budget relation a reason of one character may follow.</summary>
    private static readonly string[] BudgetRelationWords = ["小于", "大于", "低于", "高于"];

    /// <summary>Markers that introduce a reason only after a change was stated ("增加 X 万元，主要是…"); elsewhere
    /// they describe a use ("支出 X 万元，主要用于以下方面：…").</summary>
    private static readonly string[] WeakReasonMarkers = ReasonMarkerTable.With(ReasonMarkerRoles.Weak);

    /// <summary>Whether <see cref="ReasonMarkers"/>[k] is one of <see cref="WeakReasonMarkers"/>.</summary>
    private static readonly bool[] IsWeakReasonMarker = ReasonMarkers.Select(m => Array.IndexOf(WeakReasonMarkers, m) >= 0).ToArray();

    /// <summary>
    /// Where the reason of the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/> starts,
    /// and the length of its marker; −1 when none. Of every marker its first occurrence counts; a weak marker only after
    /// a direction word or 持平; the earliest wins, and at one place the first of <see cref="ReasonMarkers"/>. One scan
    /// over the places a marker may start (not a search of the sentence per marker).
    /// </summary>
    internal static int ReasonMarkerAt(string t, int from, int to, out int length)
    {
        length = 0;
        var seen = 0UL;   // one bit per marker: ReasonMarkers holds at most 64 (ReasonMarkerTableTests pins it)
        for (var p = ReasonMarkerStartIn(t, from, to); p >= 0; p = p + 1 < to ? ReasonMarkerStartIn(t, p + 1, to) : -1)
        {
            var found = -1;
            for (var k = 0; k < ReasonMarkers.Length; k++)
            {
                var marker = ReasonMarkers[k];
                if ((seen & (1UL << k)) != 0 || marker[0] != t[p] || !Scanner.Starts(t, p, marker, to))
                {
                    continue;
                }

                if (IsWeakReasonMarker[k] && !HasAnyIn(t, from, p, Directions) && !SignedNeutralChangeIn(t, from, p)
                    && t.IndexOf("持平", from, p - from, StringComparison.Ordinal) < 0 && !AfterBudgetRelation(t, from, p, k)
                    && !OpensItsSentence(t, from, p, k))
                {
                    continue;   // Blind25A (r8): a weak marker refused here (a composition) may be a reason later in the list
                }

                seen |= 1UL << k;   // the marker's first accepted occurrence: a later one is never looked at

                found = found < 0 ? k : found;
            }

            if (found >= 0)
            {
                length = ReasonMarkers[found].Length;
                return p;
            }

            if (OpensClauseReason(t, from, to, p))
            {
                length = 1;
                return p;
            }
        }

        return -1;
    }

    /// <summary>Words that continue a list of reasons after ';' ("一是…；二是…"), so the text after ';' is still reason.</summary>
    private static readonly string[] ReasonListWords = ["二是", "三是", "四是", "五是", "其次", "另外", "此外", "同时", "(二)", "(三)", "2.", "3.", "2、",
        "3、"];

    /// <summary>
    /// Where a reason ends: at the first ';' after it when the text after that ';' states a figure of its own and does not
    /// continue the list of reasons ("…增长27%,主要是…;本年支出1094.65万元,…"); else at the end of the sentence.
    /// </summary>
    private static int ReasonEnd(string text, int reasonAt)
    {
        var semicolon = text.IndexOf(';', reasonAt);
        if (semicolon < 0)
        {
            return text.Length;
        }
        // "…主要原因是:事业收入增加…;其他收入减少…;其中:财政拨款收入 X 万元,占 Y%": the composition after the list of
        // reasons is a statement of its own.
        for (var at = semicolon; at >= 0; at = text.IndexOf(';', at + 1))
        {
            if (string.CompareOrdinal(text, at + 1, "其中:", 0, 3) == 0)
            {
                return at;
            }
        }

        var rest = text.Substring(semicolon + 1).TrimStart();
        if (ReasonListWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal)))
        {
            return text.Length;
        }

        var comma = rest.IndexOf(',');
        while (comma > 0 && comma + 1 < rest.Length && Scanner.IsDigit(rest[comma - 1]) && Scanner.IsDigit(rest[comma + 1]))
        {
            comma = rest.IndexOf(',', comma + 1);   // session 39: "支出3,150.00万元" — a thousands separator, not a clause break
        }

        var semi = rest.IndexOf(';');
        var firstClauseEnd = comma < 0 ? semi : semi < 0 ? comma : Math.Min(comma, semi);
        var first = firstClauseEnd < 0 ? rest : rest.Substring(0, firstClauseEnd);
        if (ChangeWithItsOwnReason(rest, firstClauseEnd))
        {
            return semicolon;   // "…主要是 A；事业收入比上年减少 X 万元，…，主要是 B" (session 40, ChangeAfterReason)
        }

        return StartsWithFigure(first)
            && (first.Contains("本年") || first.Contains("收入") || first.Contains("支出") || NamesThreePublicItem(first))
            ? semicolon : text.Length;
    }

    /// <summary>
    /// "…原因是严格控制接待范围，国内公务接待 65 批次、430 人次": a 三公 reason ends before a clause that states the
    /// receptions' counts (it starts with 接待, 公务接待, 国内公务接待 or 共接待, and a count in 批次 or 人次 follows); the
    /// position of the comma before it, or -1. Looked for only after a 批 or 人次 in the reason.
    /// </summary>
    private static int CountsAfterReason(string t, int reasonAt, int reasonEnd)
    {
        if (t.IndexOf('批', reasonAt, reasonEnd - reasonAt) < 0
            && t.IndexOf("人次", reasonAt, reasonEnd - reasonAt, StringComparison.Ordinal) < 0)
        {
            return -1;
        }

        for (var comma = t.IndexOf(',', reasonAt, reasonEnd - reasonAt); comma >= 0 && comma + 1 < reasonEnd;
             comma = t.IndexOf(',', comma + 1, reasonEnd - comma - 1))
        {
            var at = comma + 1;
            foreach (var opening in CountOpenings)
            {
                if (string.CompareOrdinal(t, at, opening, 0, opening.Length) == 0 && at + opening.Length < reasonEnd
                    && char.IsDigit(t[at + opening.Length]))
                {
                    return comma;
                }
            }
        }

        return -1;
    }

    /// <summary>The words a clause of reception counts starts with (<see cref="CountsAfterReason"/>).</summary>
    private static readonly string[] CountOpenings = ["国内公务接待", "公务接待", "共接待", "接待"];

    /// <summary>
    /// <see cref="ReasonEnd(string, int)"/> for the sentence [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="t"/> (positions in <paramref name="t"/>): the sentence is cut out only when a ';' follows the reason.
    /// </summary>
    private static int ReasonEndIn(string t, int from, int to, int reasonAt)
        => t.IndexOf(';', reasonAt, to - reasonAt) < 0 ? to : from + ReasonEnd(t.Substring(from, to - from), reasonAt - from);

    /// <summary>
    /// Reads the sentence [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="f"/> where it stands: its
    /// reason marker, figures and clauses are found in <paramref name="f"/>'s text, and only a reason (or, in the
    /// overview, the part that states the totals) is cut out.
    /// </summary>
    private void Sentence(Fragment f, int from, int to)
    {
        var t = f.Text;
        if (sectionInferred && to > from && InferredSection(t.Substring(from, to - from)) is var own && own != Section.None
            && own != section)
        {
            // A paragraph whose section its subject gave (no heading) may go on to another subject: "…机关运行经费支出 X 万元。
            // …政府采购支出总额 Y 万元…" under "其他重要事项的情况说明".
            Enter(own);
            sectionInferred = true;
        }

        var reasonAt = ReasonMarkerAt(t, from, to, out var reasonLength);
        if (NamedComparisonsAfterMarker(t, from, to, reasonAt, reasonLength) is var named and > 0)
        {
            Sentence(f, named, to);   // session 51: "原因：行政运行、…决算数大于年初预算数，主要是…" (NamedComparisonRows)
            return;
        }

        reasonAt = OnlyARateLevelOpens(t, from, reasonAt, reasonLength) && NamedComparisonRow(t, from, reasonAt - 1) is null
            ? -1 : reasonAt;   // session 49: "行政运行执行率较高，系…" where no row's figures agree is no row's reason
        reasonAt = reasonAt < 0 ? LeadingReasonAt(t, from, to, out reasonLength) : reasonAt;   // Blind23B: "。主要是…" after a change
        reasonAt = reasonAt < 0 ? ClauseReasonWordAt(t, from, to, out reasonLength) : reasonAt;   // Blind24A: "，由于…" after a change
        reasonAt = reasonAt < 0 ? BudgetDifferenceReasonAt(t, from, to, out reasonLength) : reasonAt;   // Blind25A: "…的差异，主要是…"
        reasonAt = reasonAt < 0 ? PendedChangesReasonAt(t, from, to, f.At(from), out reasonLength) : reasonAt;   // Blind26A (w1)
        var purposeAt = reasonAt >= 0 && IsPurposeAt(t, reasonAt, to) ? reasonAt : -1;   // PurposeClauses: 主要用于 is a use
        var reasonEnd = reasonAt >= 0 ? ReasonEndIn(t, from, to, reasonAt) : to;
        reasonEnd = ReasonStop(t, from, reasonEnd, reasonAt);   // ReasonEnds: the next list item or a figure of its own
        reasonEnd = OtherFlowReasonStop(t, from, reasonEnd, reasonAt);   // FundFlowChanges: "收入…主要是…；支出…主要是…"
        reasonEnd = NamedClauseReasonStop(t, from, reasonEnd, reasonAt);   // NamedReasonClauses (s43): "…；基本支出增加主要是…"
        reasonEnd = BasisRelationStop(t, reasonAt, reasonEnd);   // AdjustedBudget: "；决算数小于全年预算数的主要原因是…"
        reasonEnd = NamedComparisonStop(t, reasonAt, reasonEnd);   // s45: "；林业草原防灾减灾决算数小于年初预算，主要原因是…"
        if (reasonAt >= 0 && section == Section.ThreePublic && CountsAfterReason(t, reasonAt, reasonEnd) is var counts && counts >= 0)
        {
            reasonEnd = counts;
        }

        if (reasonEnd < to)
        {
            // The reason stops at ';' (or, in 三公, before a clause of reception counts) and the rest is a statement of its
            // own: read this part, then the rest.
            Sentence(f, from, reasonEnd);
            Trimmed(t, reasonEnd + 1, to, out var restStart, out var restEnd);
            Sentence(f, restStart, restEnd);
            return;
        }

        if (purposeAt >= 0 && PurposeListColon(t, purposeAt, to) is var colon and >= 0)
        {
            // Session 60: "主要用于：行政运行（2130101）826.14万元；…" — a list's lead; its first item is read as the next ones are.
            Sentence(f, from, colon);
            if (Trimmed(t, colon + 1, to, out var itemStart, out var itemEnd))
            {
                Sentence(f, itemStart, itemEnd);
            }

            return;
        }

        if (purposeAt >= 0)
        {
            reasonAt = ReasonPastPurpose(t, to, purposeAt, ref reasonLength, out _);   // session 39: the reason named after it
        }

        ReasonParagraphTarget(from, ReasonParagraphOpening(t, from, reasonAt));   // ReadGaps25/Gaps26: "变动原因：…" after several changes
        currentSentence = t;
        currentSentenceFrom = from;
        currentSentenceTo = to;
        sentenceStart = to > from ? f.At(from) : 0;
        budgetDifferencePending = false;
        otherYearBasis = false;
        yearStartBasis = false;
        relationCovered.Clear();   // session 51: a general relation's comparisons are its own sentence's (GeneralRelationSentences)
        b.Context = string.Empty;
        EndListedItem();
        FundLedFunctionalList(t, from, to);   // FundLedFunctionalLists (s44): "一般公共预算财政拨款支出按功能分类：…" outside its section
        EndClassList();   // ItemNameClauses: the last 类 of a list is not the next sentence's subject
        TrailingListSentence(t, from, to);   // TrailingReasons: a comparison after a 其中 list is its total's
        ChangeAfterList(f, from, to);   // ThreePublicLists: a change without a subject after an item list
        BudgetAfterList(f, from, to);   // session 44: a budget without a subject after an item list (BudgetAfterThreePublicList)
        PurchasedServicesSentence(f, from, to);   // session 49: 政府购买服务 is not procurement (PurchasedServices)
        if (section == Section.ThreePublic && to - from <= 24 && ThreePublicItemHeading(t, from, to) is { } headed)
        {
            subject = headed;   // "（三）公务接待费。年初预算为…": the sentences after it are the item's
            subjectSentence = sentenceStart;
            threePublicHeadingSentence = sentenceStart;   // session 64 (fix61): its final after it (ThreePublicColonItems)
            budget = null;
            return;
        }

        var mainEnd = purposeAt >= 0 ? purposeAt : reasonAt >= 0 ? reasonAt : to;
        if (FigureIn(t, from, mainEnd))
        {
            changesOfSentence.Clear();   // a sentence of figures: the changes a following reason explains start afresh
            changesOfSentenceAt.Clear();
        }

        var targetBefore = reasonTarget;
        if (section is Section.Overall or Section.Appropriation && f.Slice(from, mainEnd) is var main && GrandTotals(main) is var totalsEnd
            && totalsEnd >= 0)
        {
            // "收、支总计 8913.97 万元，比上年增加 1692.21 万元，增长 23.43%，主要原因是…": the change of the totals
            // follows — only the clauses with a direction word, up to the first that has none — and then its reason.
            reasonTarget = null;
            var rest = main.Slice(totalsEnd, main.Length);
            var at = 0;
            var depth = 0;
            while (NextClause(rest.Text, ref at, ref depth, out var start, out var end))
            {
                if (!HasAnyIn(rest.Text, start, end, Directions) && !RateWordClause(rest.Text, start, end))   // s46: "，增幅5.84%"
                {
                    if (IsBareComparison(rest.Text, start, end) || IsPriorYearComparison(rest.Text, start, end))
                    {
                        // "收、支总计 X 万元，与上年相比，收、支总计各增加 Y 万元": the basis, then the change, read as when
                        // "与上年相比，…" is a sentence of its own.
                        ReadClauses(rest, start, rest.Length);
                    }

                    break;
                }

                Clause(rest, start, end);
            }
        }
        else
        {
            if (StatementSection && !StartsWithFigureIn(t, from, mainEnd) && !SubjectIsItem && !FlowChangeSentence())
            {
                subject = null;
            }

            ReadClauses(f, from, mainEnd);
        }

        if (reasonAt >= 0)
        {
            var reason = f.Slice(reasonAt + reasonLength, to).Trim();
            var reasonText = reason.Text.TrimEnd('。').Length > 0 ? b.Raw(reason, 0, reason.Length).Trim() : string.Empty;
            if (StatedDirectionReason(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length)))
            {
                return;   // ReasonsAfterTables (s44): "公务接待费略有增加。增加的原因是…" is that figure's, now or after the tables
            }

            reasonTarget = HeadedReasonTarget(t, from, reasonAt, reasonTarget);   // Reasons: "减少的主要原因是…" after a list
            if (ItemClassReason(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length)))
            {
                return;   // session 52: "执行率低于100%的项目，主要是…" is each such item's (ClassAndReferenceReasons)
            }

            if (BareRateRelationReason(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length)))
            {
                return;   // session 53: "执行率低于100%，系…" in 三公 is the total's budget reason (BareRateRelationReasons)
            }

            if (BothFlowsReason(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length)))
            {
                return;   // SharedFlowReason: "收支增加的主要原因是…" is the paragraph's income and expenditure changes' reason
            }

            if (reasonText.Length == 0)
            {
                AnnouncedReasonMarker(t, reasonAt, reasonLength);   // AnnouncedReasons: "主要原因：" ends the paragraph
            }

            if (reasonTarget is not null && reasonText.Length > 0)
            {
                b.SetUnder(reasonTarget, "reason", DraftNode.Of(reasonText), b.Span(reason, 0, reason.Length));
                if (!reasonNamedByHead)   // NamedReasonClauses (s43): a clause headed by its figure is that figure's alone
                {
                    SharedReason(reasonTarget, reasonText, b.Span(reason, 0, reason.Length), ReasonPartStart(f, from, reasonAt));
                    BareReasonAfterBothFlows(t, from, reasonAt, reasonLength, to, reasonTarget, reasonText,
                        b.Span(reason, 0, reason.Length));   // BareFlowReasons (s46): one bare reason after both flows' changes
                }
                BudgetAndChangeReason(t, from, reasonAt, reasonTarget, reasonText, b.Span(reason, 0, reason.Length));   // family F
                DifferingItemsReason(reasonTarget, reasonText, b.Span(reason, 0, reason.Length), t, from, reasonAt);   // session 44
                ReasonFigures(reason, reasonTarget);
                GiveGeneralRelationReason(reasonText, b.Span(reason, 0, reason.Length));   // session 51 (GeneralRelationSentences)
                CoveringReason(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length));   // CoveringReasons (s43)
            }
            else if (CoveringReason(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length)))
            {
                // CoveringReasons (session 43): "减少的原因是…" after several changes that way covers them all
            }
            else if (reasonText.Length > 0 && !NamedItemReasons(reason)   // Gaps26: "一是基本支出增加…；二是…" by name
                && !AwaitTables(t, from, reasonAt, reasonText, b.Span(reason, 0, reason.Length)))   // NamedReasonClauses (s43)
            {
                Note(b.Span(reason, 0, reason.Length), DisclosureMessages.ReasonWithoutTarget, reasonText);
                PendNamedChangeReasons(reasonText, b.Span(reason, 0, reason.Length), from, reasonAt);   // Blind23A (M3), Blind26A (w1)
            }
        }
        else if (purposeAt < 0)
        {
            ReasonBeforeConsequence(f, from, to, targetBefore);
            LeadingMarkedReason(f, from, to);   // LeadingMarkedReasons: "由于…，X 万元，比上年减少…" (session 39)
            SameAsAboveReason(f, from, to);   // SameAsAboveReasons: "…的主要原因同上。" (session 43)
            ReferenceReason(t, from, to, targetBefore, b.Span(f, from, to));   // session 52: "…增长7.84%，主要原因同收入"
            DirectionStatement(t, from, to);   // ReasonsAfterTables: "公务接待费略有增加。" names the next reason's figure (s44)
        }
    }

    /// <summary>A clause that only names the prior year as the basis of what follows: "与上年相比", "与上年度相比", "同比" — no
    /// figure.</summary>
    private static bool IsBareComparison(string t, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(t[i]))
            {
                return false;
            }
        }

        var length = end - start;
        return t.IndexOf("相比", start, length, StringComparison.Ordinal) >= 0
            && t.IndexOf("上年", start, length, StringComparison.Ordinal) >= 0
            || t.IndexOf("同比", start, length, StringComparison.Ordinal) >= 0;
    }

    /// <summary>Whether the paragraph of the sentence being read has <paramref name="word"/> (ordinal).</summary>
    private bool ParagraphContains(string word) => currentSentence.IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>Whether the sentence being read has <paramref name="word"/> (ordinal, wholly within it).</summary>
    private bool SentenceContains(string word)
        => currentSentence.IndexOf(word, currentSentenceFrom, currentSentenceTo - currentSentenceFrom, StringComparison.Ordinal) >= 0;

    /// <summary>The year-over-year changes stated by the last sentence of figures, in order.</summary>
    private readonly List<string> changesOfSentence = new();

    private void ChangeStated(string change)
    {
        sectionChanges.Add((section, change));   // Reasons: a reason sentence after a 其中 list finds its change
        ParagraphChangeStated(change);   // ReadGaps25: a reason paragraph after several changes is no one's
        if (!changesOfSentence.Contains(change))
        {
            changesOfSentence.Add(change);
            changesOfSentenceAt.Add(clauseView.Sentence.At(Math.Min(clauseView.Start, clauseView.Sentence.Length)));   // ReasonParts
        }
    }

    /// <summary>
    /// "…收入增加 50.8%，支出比上年增加 42.5%。主要原因是…": a reason after a sentence that states several changes
    /// explains each of them, not only the last; a change that has a reason of its own keeps it, and so does one that moved
    /// the other way (session 34: "运行维护费…减少…；公务接待费…增加…，主要是新增接待任务" does not explain the decrease), nor
    /// one stated before <paramref name="partStart"/> (a normalised position; session 35, <see cref="ReasonPartStart"/>).
    /// </summary>
    private void SharedReason(string target, string reasonText, SourceSpan span, int partStart = -1)
    {
        SharedStatementBudgetReason(target, reasonText, span);   // blind 33 (M1): after the fund lines (StatementBudgets)
        if (!target.EndsWith("/change", StringComparison.Ordinal) || !changesOfSentence.Contains(target))
        {
            return;
        }

        var direction = b.FindString(target, "direction");
        for (var i = 0; i < changesOfSentence.Count; i++)
        {
            var change = changesOfSentence[i];
            if (change != target && !b.Has(change, "reason")
                && (changesOfSentenceAt[i] >= partStart || OverallIncomeAndExpenditure(target, change))   // s35: not across ';'; s43
                && !OtherFundFlow(target, change)   // session 39 (FundFlowChanges): a fund's income and expenditure apart
                && !(direction is "increase" or "decrease" && b.FindString(change, "direction") is "increase" or "decrease"
                    && b.FindString(change, "direction") != direction))
            {
                b.SetUnder(change, "reason", DraftNode.Of(reasonText), span);
            }
        }
    }

    private static readonly string[] GrandTotalPhrases =
        ["收、支总计", "收支总计", "收入支出总计", "收入、支出总计", "收入、支出决算总计", "收入支出决算总计", "收支决算总计"];

    /// <summary>
    /// "收、支总计均为 A 万元" / "收、支总计各是 A、B 万元" / "收支总计 A 万元": where the totals end in
    /// <paramref name="main"/>, or −1 when the sentence does not state them.
    /// </summary>
    private int GrandTotals(Fragment main)
    {
        var text = main.Text;
        var at = -1;
        var length = 0;
        foreach (var phrase in GrandTotalPhrases)
        {
            at = text.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                length = phrase.Length;
                break;
            }
        }

        // The reading past the phrase in a method of its own: its lambda's closure is made at the entry of the method that
        // holds it, and most sentences name no totals (session 37).
        return at < 0 ? -1 : GrandTotalsAfter(main, at + length);
    }

    /// <summary>
    /// The totals after their phrase, which ends at <paramref name="after"/> of <paramref name="main"/> (<see cref="GrandTotals"/>).
    /// </summary>
    private int GrandTotalsAfter(Fragment main, int after)
    {
        var rest = main.Slice(after, main.Length);
        // "收入、支出决算总计均为 X 万元，与2023年度持平": a year the totals are level with is not a figure of theirs. A year of
        // comparison before a change ("…，与2017年度相比，…各增加 Y 万元") still ends the totals' reading here: the sentence is
        // then read clause by clause, which places the change.
        var numbers = Scanner.Numbers(rest.Text).Where(n =>
            n.Unit == FigureUnit.None && !(YearWordAt(rest.Text, n.End) && LevelAfterYear(rest.Text, n.End)) || n.IsMoney)
            .Take(2).ToList();
        if (numbers.Count == 2 && numbers[0].Unit != FigureUnit.None)
        {
            // "收支总计 A 万元，…B 万元": only the first is the total; session 47: so is it before "与2022年度决算相比减少…"
            // (the year is no unitless total of a "各是 A、B 万元" pair).
            numbers.RemoveAt(1);
        }

        if (numbers.Count == 0 || numbers[numbers.Count - 1].Unit == FigureUnit.None
            || HasAny(rest.Text.Substring(0, numbers[0].Start), Directions))
        {
            return -1;
        }

        var unit = numbers[numbers.Count - 1];
        NumberToken WithUnit(NumberToken n) => n.WithUnit(unit.Unit, unit.UnitText);
        var income = WithUnit(numbers[0]);
        var expenditure = WithUnit(numbers[numbers.Count - 1]);
        var text0 = main.Text;
        var fund = section == Section.Appropriation ? N + "appropriation/" : N + "overall/";   // "财政拨款收、支总计" in its section
        b.Set(fund + "incomeGrandTotal/amount", AmountNode(income, b.Span(rest, income.Start, income.End)),
            b.Span(rest, income.Start, income.End), ClaimKind.Amount, text0);
        b.Set(fund + "expenditureGrandTotal/amount", AmountNode(expenditure, b.Span(rest, expenditure.Start, expenditure.End)),
            b.Span(rest, expenditure.Start, expenditure.End), ClaimKind.Amount, text0);
        subject = fund + "incomeGrandTotal";
        return Math.Min(main.Length, after + expenditure.End);
    }

    private bool SubjectIsItem => subject is not null && (subject.Contains("/items/") || subject.Contains("/classes/"));

    private bool StatementSection => section is Section.Overall or Section.Appropriation or Section.GovernmentFund or Section.StateCapital;

    /// <summary>Whether the first number of <paramref name="text"/> is an amount with no direction word before it (and the
    /// text does not start with 与): the text states a figure of its own. Only the first number is scanned.</summary>
    internal static bool StartsWithFigure(string text) => StartsWithFigure(text, 0, text.Length);

    /// <summary><see cref="StartsWithFigure(string)"/> on [<paramref name="from"/>, <paramref name="to"/>) of
    /// <paramref name="text"/>, as on that stretch cut out; a year written first ("2024年…") is passed over.</summary>
    internal static bool StartsWithFigure(string text, int from, int to)
    {
        var next = from;
        if (!Scanner.NextIn(text, from, to, ref next, out var first))
        {
            return false;
        }

        if (LeadingYear(text, from, first) && !Scanner.NextIn(text, from, to, ref next, out first))
        {
            return false;   // session 49: "2024年本年支出 X 万元" — the year before the name is no figure (LeadingYears)
        }

        return first.IsMoney
            && !HasAnyIn(text, from, first.Start, Directions) && !(to > from && text[from] == '与');
    }

    /// <summary>Splits at , ; : 、 (a comma between digit groups is part of the number).</summary>
    internal static IEnumerable<Fragment> Clauses(Fragment f)
    {
        var at = 0;
        var depth = 0;
        while (NextClause(f.Text, ref at, ref depth, out var start, out var end))
        {
            yield return f.Slice(start, end);
        }
    }

    /// <summary>
    /// The next clause of <paramref name="t"/> from <paramref name="at"/>: [start, end) up to the next , ; : 、 or 。 outside
    /// brackets and quotes (<paramref name="depth"/> carries their nesting from clause to clause); false after the last.
    /// Empty clauses (two breaks in a row) are passed over.
    /// </summary>
    internal static bool NextClause(string t, ref int at, ref int depth, out int start, out int end)
        => NextClause(t, 0, t.Length, ref at, ref depth, out start, out end);

    /// <summary>
    /// <see cref="NextClause(string, ref int, ref int, out int, out int)"/> in the stretch [<paramref name="from"/>,
    /// <paramref name="to"/>) of <paramref name="t"/>, as in that stretch cut out (positions in <paramref name="t"/>).
    /// </summary>
    internal static bool NextClause(string t, int from, int to, ref int at, ref int depth, out int start, out int end)
    {
        start = at;
        for (var i = at; i < to; i++)
        {
#if NET
            // Only a bracket, a quote or a break changes anything: jump to the next one (a vectorised search).
            var skip = t.AsSpan(i, to - i).IndexOfAny(ClauseStops);
            if (skip < 0)
            {
                break;
            }

            i += skip;
#endif
            var c = t[i];
            if (c is '(' or '“')
            {
                depth++;
            }
            else if ((c is ')' or '”') && depth > 0)
            {
                depth--;
            }

            var split = depth == 0 && (c is ';' or ':' or '、' or '。' || (c == ',' && !Scanner.IsGroupComma(t, from, to, i)));
            if (!split)
            {
                continue;
            }

            if (i > start)
            {
                end = i;
                at = i + 1;
                return true;
            }

            start = i + 1;
        }

        at = to;
        end = to;
        return start < to;
    }

#if NET
    /// <summary>The characters <see cref="NextClause(string, int, int, ref int, ref int, out int, out int)"/> acts on:
    /// brackets and quotes (nesting) and the clause breaks; every other character is passed over.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseStops = System.Buffers.SearchValues.Create("(“)”;:、。,");
#endif

    /// <summary>
    /// Reads the clauses of [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="f"/> (a sentence's main
    /// part, where it stands in its paragraph) in order. A clause with no digit and none of the words a clause
    /// without a figure may state (与…相比, 持平, 无变化, 保有量, 预算数, 无增减, 无差异: see
    /// <see cref="NoFigureClause"/>) would only close an opened budget comparison: it is passed over without being cut
    /// out of the sentence.
    /// </summary>
    private void ReadClauses(Fragment f, int from, int to)
    {
        var t = f.Text;
        var at = from;
        var depth = 0;
        var previousStart = -1;
        var previousEnd = -1;
        var previousMoved = false;
        while (NextClause(t, from, to, ref at, ref depth, out var start, out var end))
        {
            var clause = t.AsSpan(start, end - start);
            var moved = false;
            if (ReadsEveryClause || HasClauseSignal(clause) || ColonLabel(t, end, to) || EndsWithLevelMark(clause)
                || ItemColonLabel(t, end, to) || SubjectColonLabel(t, start, end, to))
            {
                var targetBefore = reasonTarget;
                Clause(f, start, end);
                MidClauseReason(f, previousStart, previousEnd, start, end, to, targetBefore);   // s49: "X 万元，因…，较年初预算…超支"
                NothingArrangedReason(f, previousMoved, start, end, to, targetBefore);   // s58: "减少…万元，本年未安排出国团组"
                moved = reasonTarget != targetBefore;
            }
            else if (!IsBlank(clause))
            {
                openedBudgetComparison = false;   // what reading it would have done
                if (!SentenceMuted)
                {
                    ListClauseStarts(t, start);   // ListHeadChanges: the clause counts as Clause would count it
                }
            }

            previousStart = start;
            previousEnd = end;
            previousMoved = moved;
        }
    }

    /// <summary>
    /// Reads every clause, as before clauses that can say nothing were passed over: the oracle of the tests (the same
    /// report, claims and notes either way).
    /// </summary>
    internal bool ReadsEveryClause { get; init; }

    /// <summary>The characters one of which a clause must have to say anything: a digit, or a character of a word
    /// <see cref="NoFigureClause"/> looks for (与 持 变 保 预 增 差), or of the words by which 三公 items spent nothing (未 无 零 没:
    /// <see cref="ZeroThreePublicItems"/>).</summary>
    private const string ClauseSignals = "0123456789与持变保预增差未无零没全均";   // Blind24B: 全部为/均为财政拨款收入

#if NET
    private static readonly System.Buffers.SearchValues<char> ClauseSignalValues = System.Buffers.SearchValues.Create(ClauseSignals);

    internal static bool HasClauseSignal(ReadOnlySpan<char> clause) => clause.IndexOfAny(ClauseSignalValues) >= 0;
#else
    internal static bool HasClauseSignal(ReadOnlySpan<char> clause) => clause.IndexOfAny(ClauseSignals.AsSpan()) >= 0;
#endif

    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static readonly string[] Directions = ["增加", "增长", "上升", "提高", "减少", "下降", "降低", "减增加"];

    /// <summary>Whether one of <paramref name="words"/> is written wholly within [start, end) of <paramref name="text"/>.</summary>
    internal static bool HasAnyIn(string text, int start, int end, string[] words)
    {
        foreach (var w in words)
        {
            if (text.IndexOf(w, start, end - start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="words"/> is written in the clause: each asked of the clause's character set
    /// first (<see cref="ClauseView.Contains"/>), so a clause is scanned once, not once per word (session 35).</summary>
    private static bool ContainsAny(ClauseView clause, string[] words)
    {
        foreach (var w in words)
        {
            if (clause.Contains(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> contains one of <paramref name="words"/> (ordinal). Session 36: a short text (a label, at
    /// most <see cref="ShortTextForMask"/> characters) is scanned once for its character set (<see cref="WordMask"/>), and a
    /// word one of whose characters is not in it is not searched for; a longer text is searched for every word as before.
    /// </summary>
    internal static bool HasAny(string text, string[] words)
    {
        var mask = text.Length <= ShortTextForMask ? WordMask.Of(text) : ~0UL;
        foreach (var w in words)
        {
            if (WordMask.MayHold(mask, w) && text.IndexOf(w, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest text <see cref="HasAny"/> gathers the characters of (a label's length; a longer text is searched).</summary>
    private const int ShortTextForMask = 48;

    /// <summary>"increase", "decrease", or null: the last direction word wins ("比上年决算减少").</summary>
    internal static string? DirectionOf(string label) => Statements.Lexicon.Direction(label) switch
    {
        > 0 => "increase",
        < 0 => "decrease",
        _ => ShortDirection(label) ?? PriorComparedShortDirection(label) ?? RateWordDirection(label),   // session 46: 比上年少支出
    };

    /// <summary>
    /// "比去年 3.01 万元少 0.07 万元" / "多 0.5 万元": a bare 少 or 多 right before the number, after a compared figure
    /// (the label is the word alone, so "多项" or "较多" elsewhere never count).
    /// </summary>
    internal static string? ShortDirection(string label)
    {
        // The trimmed label as a span (session 37: a string per label asked): a word of at most four characters.
        var word = label.AsSpan().Trim();
        if (word.Length is 0 or > 4 || word[0] is not ('少' or '多'))
        {
            return null;
        }

        var known = IsShortDirectionTail(word.Slice(1));
        return !known ? null : word[0] == '少' ? "decrease" : "increase";   // "比上年 X 万元少支出 Y 万元" (blind round 23)
    }

    /// <summary>What may follow a bare 少 or 多 before the number: nothing, 了, 支出 or 支出了.</summary>
    private static bool IsShortDirectionTail(ReadOnlySpan<char> rest)
        => rest.Length == 0 || rest.SequenceEqual("了".AsSpan()) || rest.SequenceEqual("支出".AsSpan())
            || rest.SequenceEqual("支出了".AsSpan());

    /// <summary>A note with a message pair of <see cref="DisclosureMessages"/>.</summary>
    private void Note(SourceSpan span, (string Zh, string En) message, string text) => b.Note(span, message.Zh, message.En, text);

    /// <summary>
    /// A note on a clause: its text is cut out only when the note will be listed — past
    /// <see cref="ReportBuilder.RepeatedNoteLimit"/> notes of one message the builder only counts it, and the text
    /// would be dropped (on figure-dense text, most of the clauses' cost).
    /// </summary>
    private void Note(SourceSpan span, (string Zh, string En) message, ClauseView clause)
        => b.Note(span, message.Zh, message.En, b.Lists(message.En) ? clause.Text : null);

    /// <summary>The notes whose message names the label: one pair of strings per label however often it repeats.</summary>
    private readonly NoteTexts unplacedAmountNotes = new(DisclosureMessages.UnplacedAmount);

    private readonly NoteTexts unplacedPercentNotes = new(DisclosureMessages.UnplacedPercent);

    private readonly NoteTexts procurementBreakdownNotes = new(DisclosureMessages.ProcurementBreakdown);

    /// <summary>
    /// The labels read last, kept so that a label written again ("本年支出 A 万元，增长 B%，本年支出 C 万元…") is the
    /// same string, not a new copy per figure.
    /// </summary>
    private readonly string[] recentLabels = new string[8];

    private int nextRecentLabel;

    /// <summary>
    /// The label [start, end) of <paramref name="text"/>, trimmed (as <c>Substring(start, end - start).Trim()</c>): a
    /// label equal to one of <see cref="recentLabels"/> is that string, any other is made once and remembered.
    /// </summary>
    internal string LabelOf(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return string.Empty;
        }

        var span = text.AsSpan(start, end - start);
        foreach (var recent in recentLabels)
        {
            // Session 36: the length and the first character first, so that most of the eight are passed without a call
            if (recent is not null && recent.Length == span.Length && recent[0] == span[0] && span.SequenceEqual(recent.AsSpan()))
            {
                return recent;
            }
        }

        var label = text.Substring(start, end - start);
        recentLabels[nextRecentLabel] = label;
        nextRecentLabel = (nextRecentLabel + 1) % recentLabels.Length;
        return label;
    }

    /// <summary>The figures of the clause being read (reused; <see cref="Clause"/> is never re-entered).</summary>
    private readonly List<NumberToken> clauseFigures = new();

    /// <summary>The clause being read, in place (reused, as <see cref="clauseFigures"/>).</summary>
    private readonly ClauseView clauseView = new();

    /// <summary>
    /// Reads the clause [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="sentence"/> where it
    /// stands: its numbers are scanned in the sentence's text, and its text is cut out only when a figure or a note
    /// keeps it (<see cref="ClauseView"/>). The figures are handed on with positions counted from the clause's start,
    /// as when each clause was a fragment of its own.
    /// </summary>
    private void Clause(Fragment sentence, int start, int end)
    {
        var source = sentence.Text;
        if (IsBlank(source.AsSpan(start, end - start)) || SentenceMuted)
        {
            return;
        }

        var afterBudgetOpener = openedBudgetComparison;
        openedBudgetComparison = false;
        var clause = clauseView;
        clause.Reset(sentence, start, end);
        ListClauseStarts(source, start);   // ListHeadChanges: the head and the parts of a 其中 list
        CloseBudgetOfTwoBases();   // AdjustedBudget: each clause after a figure's two budgets names its basis, or none
        // The clause's figures, in one reused list: a clause is short, and a list per clause was most of the
        // reader's allocation on figure-dense text.
        var figures = clauseFigures;
        figures.Clear();
        ClauseFigures(source, start, end, figures);   // NarrativeReader.ParagraphFigures.cs
        KeyEvaluationScore(sentence, source, start, end);   // Session 46: "开展部门评价，评价得分91.6分" (N.KeyEvaluations)
        if (AdjustedComparisonClause(sentence, start, end, figures, clause))
        {
            return;   // Blind26A (f3): a comparison on an adjusted basis (同口径, 剔除…因素后) is a note
        }

        if (figures.Count == 0)
        {
            if (ItemNameClause(clause))
            {
                return;   // ItemNameClauses: "1.行政运行（项）：…" names the subject of the figures after it
            }

            if (section == Section.ThreePublic)
            {
                ZeroThreePublicItems(clause);
                ColonItem(clause);   // "3.公务接待费：2.64万元" (ThreePublicLists)
            }

            WhollyAppropriation(clause);   // Blind24B: "本年收入合计 X 万元，全部为财政拨款收入"
            ColonSubject(clause);   // session 37: "收入总计：2,480.60万元" (NarrativeReader.ColonLabels.cs)

            NoFigureClause(clause, afterBudgetOpener);
            return;
        }

        var previousEnd = start;
        foreach (var token in figures)
        {
            var label = ArrowDirection(LabelOf(source, previousEnd, token.Start));   // session 55: "↑412.6万元" (ArrowChanges)
            if (label.Length == 0)
            {
                label = lastLabel;
            }
            else
            {
                lastLabel = label;
            }

            var span = b.Span(sentence, token.Start, token.End);
            var at = sentence.At(Math.Min(token.Start, end));
            var typed = section == Section.Appropriation ? appropriationStatements.FundKeyAt(at) : string.Empty;
            // bounded: linear in long sentences; computed only when used
            FigureContext(Math.Max(sentenceStart, at - 200), at, typed);   // a table's row sentence: a table claim
            if (!YearOwnedFigure(sentence, clause, token, start, span)   // Blind26A (f1, f2): a value of another year
                && !LevelScopedFigure(at, token, span, clause))   // Session 34: a figure of 本级 or 所属单位 (LevelScopes)
            {
                Figure(clause, token.From(start), label, span);
            }
            previousEnd = token.End;
        }
    }

    /// <summary>The unit a document declares for bare figures, e.g. "（金额单位：万元）".</summary>
    private FigureUnit declaredUnit;

    internal static readonly (string Marker, FigureUnit Unit)[] UnitDeclarations = [("单位:万元", FigureUnit.WanYuan),
        ("单位:元", FigureUnit.Yuan), ("单位:亿元", FigureUnit.YiYuan), ("单位:千元", FigureUnit.QianYuan)];

    /// <summary>
    /// A unit declaration in a heading or paragraph ("（单位：万元）", spaces anywhere in it) sets
    /// <see cref="declaredUnit"/>; the text is not copied (a paragraph that says 本单位 is most paragraphs of a unit's
    /// report).
    /// </summary>
    private void DeclareUnit(string text)
    {
        if (text.IndexOf("单位", StringComparison.Ordinal) < 0 || !ContainsBetweenSpaces(text, "单位:"))
        {
            return;   // Session 34: every marker begins with 单位: (本单位 is in most paragraphs, 单位: in few)
        }

        foreach (var (marker, unit) in UnitDeclarations)
        {
            if (ContainsBetweenSpaces(text, marker))
            {
                declaredUnit = unit;
                return;
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> (no space in it) is written in <paramref name="text"/> with any spaces between its
    /// characters — as <c>text.Replace(" ", "").Contains(word)</c> answers, without the copy.
    /// </summary>
    internal static bool ContainsBetweenSpaces(string text, string word)
    {
        for (var at = text.IndexOf(word[0]); at >= 0; at = at + 1 < text.Length ? text.IndexOf(word[0], at + 1) : -1)
        {
            var i = at + 1;
            var k = 1;
            while (k < word.Length)
            {
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }

                if (i == text.Length || text[i] != word[k])
                {
                    break;
                }

                i++;
                k++;
            }

            if (k == word.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A bare number with decimals, after a label that is not a share, takes the declared unit; the clause is
    /// [<paramref name="begin"/>, <paramref name="end"/>) of <paramref name="text"/>.
    /// </summary>
    private NumberToken Declared(string text, int begin, int end, NumberToken n)
    {
        if (n.Unit != FigureUnit.None || n.Decimals == 0)
        {
            return n;
        }

        var after = n.End;
        while (after < end && text[after] == ' ')
        {
            after++;
        }

        if (after < end && text[after] > 0x2E80 && text[after] is not '，' and not '。' and not '；' and not '、'
            && !IsFootnoteMarker(text, after, end))
        {
            return n;   // "99.43分", "12月": a word follows, so this is not a bare amount
        }

        // The last character before the number that is not white space (as Substring(0, n.Start).TrimEnd() ends).
        var last = n.Start - 1;
        while (last >= begin && char.IsWhiteSpace(text[last]))
        {
            last--;
        }

        if (last >= begin && text[last] is '占' or '的' or '率')
        {
            return n;
        }

        return n.WithUnit(declaredUnit, string.Empty);
    }

    /// <summary>
    /// Session 29: whether a footnote marker (脚注标记) starts at <paramref name="at"/> — 注 and a digit ("305.80注1", the note
    /// given at the end of the text) — so the bare figure before it still takes the declared unit, as one followed by "※" does.
    /// </summary>
    private static bool IsFootnoteMarker(string text, int at, int end)
        => text[at] == '注' && at + 1 < end && Scanner.IsDigit(text[at + 1]);

    /// <summary>Set by a clause that opens a budget comparison without stating it ("与2021年度预算相比,"); read by the next clause.</summary>
    private bool openedBudgetComparison;

    /// <summary>
    /// "与预算相比无变化／无增减／持平": the final figure equals its budget (a relation, checked by the validator against a
    /// budget stated elsewhere, e.g. in the 三公 table). The figure is the one the clause names, else the current one.
    /// </summary>
    private void EqualsBudget(string text, SourceSpan span)
    {
        if (section == Section.ThreePublic && SubjectFrom(text) is { } item)
        {
            subject = item;
        }

        OpenBudget("initial", span);
        if (budget is null)
        {
            return;
        }

        b.SetUnder(budget, "relation", DraftNode.Of("finalEqualsBudget"), span, ClaimKind.BudgetRelation, text);
        reasonTarget = budget;
    }

    /// <summary>The words one of which a clause without a figure must have to state anything (besides closing a
    /// budget comparison opened by the clause before): the first test of every case of <see cref="NoFigureClause"/>.</summary>
    private static readonly string[] NoFigureWords = ["与", "保有量", "持平", "无增减变化", "没有变化", "预算数"];

    private void NoFigureClause(ClauseView clause, bool afterBudgetOpener)
    {
        if (FinalEqualsStatedBudget(clause))
        {
            return;   // session 58: "…调整预算121.64万元，决算数与调整预算数一致" — the entry's amount is that budget's
        }

        if (!afterBudgetOpener && ZeroChangeClause(clause))
        {
            return;   // ReadGaps25: "…2.00万元，与上年相同" / "比上年零增长"; a goal ("力争零增长") is a note
        }

        if (!afterBudgetOpener && NamedItemComparison(clause))
        {
            return;   // session 45: "森林资源培育决算数大于年初预算" after the table — that row's (NamedItemBudgetReasons)
        }

        if (!afterBudgetOpener && BudgetDifferenceHead(clause))
        {
            return;   // BudgetDifferenceHeads (s46): "决算数与预算数的差异原因：…" explains the budget comparison
        }

        if (!afterBudgetOpener && !ContainsAny(clause, NoFigureWords))
        {
            return;   // none of the cases below can apply: the clause is not cut out
        }

        var text = clause.Text;
        var span = b.Span(clause.Sentence, clause.Start, clause.End);
        // "与年初预算相比", "与2021年度预算相比", "与预算数比较": a budget comparison, stated in this clause or the next.
        if (text.Contains("与") && (text.Contains("相比") || text.Contains("比较")) && MentionsBudget(text))
        {
            pendingBudgetKind = text.Contains("全年") || text.Contains("调整") ? "fullYear" : "initial";
            pendingBudgetSentence = sentenceStart;
            budget = null;
            if (Statements.Lexicon.SaysUnchanged(text))
            {
                EqualsBudget(text, span);   // "与2021年度预算相比无变化"
            }
            else
            {
                openedBudgetComparison = true;
            }

            return;
        }

        if (afterBudgetOpener && Statements.Lexicon.SaysUnchanged(text))
        {
            EqualsBudget(text, span);   // "与2021年度预算相比，无增减"
            return;
        }

        if (section == Section.ThreePublic && text.Contains("保有量") && NumeralCount(text, '辆') is { } held)
        {
            // "公务车辆现保有量为壹辆": a count written as a Chinese numeral.
            var at = clause.Start + held.At;
            b.Set(N + "threePublic/vehiclesHeld", DraftNode.Of(held.Count), b.Span(clause.Sentence, at, at + 2), ClaimKind.Count, text);
            return;
        }

        if (text.Contains("持平") || text.Contains("无增减变化") || text.Contains("没有变化"))
        {
            if (section == Section.ThreePublic && SubjectFrom(text) is { } item)
            {
                subject = item;   // "其中：因公出国（境）费支出与上一年度持平"
                budget = null;
            }

            var change = ChangeTarget();
            if (change is not null && RoughlyLevelBeforeItsChange(clause, change, text, span))
            {
                return;   // session 39: "与上年基本持平，仅增加 2.46 万元" — the change the next clause states (LevelBeforeItsChange)
            }

            if (change is not null && text.Contains("基本持平") && b.Has(change, "direction"))
            {
                RoughlyLevelAsReason(clause, change, text, span);   // blind 31 (F3): the text's own account of the change
                return;   // "少 0.07 万元，基本持平": roughly unchanged, said of a change already stated
            }

            if (change is not null && LevelWithoutAmount(clause, change, span, section == Section.ThreePublic && SubjectFrom(text) is { }))
            {
                return;   // Gaps26: 持平 only right after its subject's amount, as 与上年相同 (NarrativeReader.LevelClauses.cs)
            }

            if (change is not null)
            {
                b.SetUnder(change, "direction", DraftNode.Of("unchanged"), span, ClaimKind.Unchanged, text);
                reasonTarget = change;
            }

            return;
        }

        if (text.Contains("预算数") && (text.Contains("大于") || text.Contains("小于") || text.Contains("等于") || text.Contains("超过")))
        {
            if (SubjectFrom(text) is { } named && named != subject && section != Section.GeneralBudget)
            {
                subject = named;   // "“三公”经费支出决算数小于预算数": the statement names its figure
                budget = null;
            }
            else if (TrailingComparisonOwner(clause) is { } total)
            {
                subject = total;   // "其中：…公务接待费 2.84 万元。决算数小于预算数的主要原因是…": the list's total (TrailingReasons)
                budget = null;
            }

            var relation = text.Contains("大于") || text.Contains("超过") ? "finalAboveBudget" : text.Contains("小于") ? "finalBelowBudget"
                : "finalEqualsBudget";
            if (section is Section.GeneralBudget or Section.GovernmentFund && ItemClassWay(text, 0, text.Length) is not null)
            {
                return;   // session 52: "决算数大于年初预算数的项目，主要是…" names a class of items, no item's relation
            }

            if (GeneralItemRelation(clause, relation, span))
            {
                return;   // session 51: "决算数小于调整预算数主要是…" after a list, its last item above (GeneralRelationSentences)
            }

            if (RelationOfAnotherFigure(clause, span))
            {
                return;   // session 55: "其中X决算数小于年初预算数" of a 项 not read is not the total's (UnlistedItemRelations)
            }

            if (budget is null && NamedComparisonOwner(clause, relation) is { } owner)
            {
                reasonTarget = owner;   // ComparisonReasonOwners: "…公务接待费 0.80 万元。决算数小于预算数的主要原因是…"
                return;
            }

            if (budget is null)
            {
                OpenBudget("initial", span);
            }

            if (budget is null)
            {
                return;
            }

            b.SetUnder(budget, "relation", DraftNode.Of(relation), span, ClaimKind.BudgetRelation, text);
            reasonTarget = budget;
        }
    }

    /// <summary>Chinese numerals for the counts 0–10, plain and financial (大写) forms.</summary>
    private const string ChineseDigits = "零一二三四五六七八九十";

    private const string FinancialDigits = "〇壹贰叁肆伍陆柒捌玖拾";

    /// <summary>
    /// A count of 0–10 written as one Chinese numeral right before <paramref name="unit"/> ("壹辆", "两辆", "三辆"),
    /// with where the numeral stands; null when there is none.
    /// </summary>
    internal static (int Count, int At)? NumeralCount(string text, char unit)
    {
        for (var at = text.IndexOf(unit, 1); at > 0; at = text.IndexOf(unit, at + 1))
        {
            var c = text[at - 1];
            var n = c == '两' ? 2 : ChineseDigits.IndexOf(c) is var p && p >= 0 ? p : FinancialDigits.IndexOf(c);
            if (n >= 0 && (at < 2 || ChineseDigits.IndexOf(text[at - 2]) < 0 && FinancialDigits.IndexOf(text[at - 2]) < 0))
            {
                return (n, at - 1);
            }
        }

        return null;
    }

    private string? ChangeTarget()
    {
        var owner = StatementSection && !SubjectIsItem ? StatementPointer : subject;
        if (owner is null)
        {
            return null;
        }

        if ((FundIncomeChange(owner) ?? FundExpenditureChange(owner)) is { } fundChange)
        {
            return fundChange;   // FundTotals, FundFlowChanges: a fund's income or expenditure and its change, each its own
        }

        if (AppropriationFigureChange(owner) is { } figureChange)
        {
            return figureChange;   // session 38: 本年财政拨款支出's own change after a grand total (AppropriationFigureChange)
        }

        if (FundPartChange(owner) is { } fundPartChange)
        {
            return fundPartChange;   // session 40: 一般公共预算财政拨款支出's own change (AppropriationFigureChanges)
        }

        if (!ReferenceEquals(owner, changeOwner))
        {
            changeOwner = owner;   // the amount and the rate of one change ask for the same owner: its pointer made once
            changeOfOwner = owner + "/change";
        }

        return changeOfOwner;
    }

    /// <summary>The owner <see cref="ChangeTarget()"/> last answered for.</summary>
    private string? changeOwner;

    /// <summary>The pointer of <see cref="changeOwner"/>'s change.</summary>
    private string? changeOfOwner;

    /// <summary>
    /// In the overview, a change whose label names income or expenditure alone ("比上年收入增加 50.8%", "支出比上年增加
    /// 42.5%") is the change of that figure when it was stated, not of the totals; otherwise <see cref="ChangeTarget()"/>.
    /// </summary>
    private string? ChangeTarget(string label)
    {
        if (ListChangeOwner(clauseView, label, out _) is { } listHead)
        {
            return listHead;   // ListHeadChanges: "…，其中：A 万元，B 万元，比上年减少 C 万元" is the head's change
        }

        if (section == Section.Overall && BareFlowTarget(StripDirection(label)) is { } flow && b.Has(N + flow + "/amount"))
        {
            // Session 40: the flow named becomes the sentence's subject, so that a bare rate after its change is its too
            // ("与上年相比，收入增加 120.00 万元，增长 11.11%，支出增加 50.00 万元…": not the expenditure stated before).
            NamedFigureIsSubject(flow);
            return N + flow + "/change";
        }

        if (section == Section.Overall && StripDirection(label) is { Length: > 2 } named
            && Resolve(named) is { } figure and ("overall/currentYearIncome" or "overall/currentYearExpenditure")
            && (b.Has(N + figure + "/amount") || AmountStatedLater(named, figure)))
        {
            // "与2016年度相比，本年收入合计增加 2105.60 万元，增长 6.94%": the change of the year's income or expenditure the label
            // names, when stated (a change of the grand totals stays the overview's); its rate follows (NamedPriorAmounts).
            NamedFigureIsSubject(figure);
            return N + figure + "/change";
        }

        if (AppropriationNamedChange(label) is { } namedChange)
        {
            return namedChange;   // session 50: "…本年财政拨款支出 X。与上年相比，财政拨款支出增加 Y" (AppropriationNamedChanges)
        }

        if (OfUnstatedNamedFigure(label))
        {
            return null;   // "收入总计 X。与上年相比，本年收入合计增加 Y" with 本年收入合计 not stated: a note (NamedChanges)
        }

        if (section == Section.Overall && subject is { } stated && (subjectSentence == sentenceStart || FlowChangeSentence())
            && (stated == N + "overall/currentYearIncome" || stated == N + "overall/currentYearExpenditure")
            && Resolve(StripDirection(label)) is null)
        {
            // "本年收入合计 2345.60 万元，较上年增长 144.20 万元；本年支出合计 2290.18 万元，较上年减少 26.72 万元": the change of
            // the figure just stated in the same sentence, not of the grand totals (a change in the next sentence is as before).
            return stated + "/change";
        }

        // "本年结余 X，比上年增加 Y" (NarrativeReader.SurplusAndComponents.cs); "事业收入 X，比上年度减少 Y" in the overview
        // (session 45, NarrativeReader.OverviewPartChanges.cs)
        return OwnBalanceChange(label) ?? OwnPartChange(label) ?? ChangeTarget();
    }

    /// <summary>Words a bare income or expenditure label may carry besides 收入/支出: the year, the reporting unit.</summary>
    private static readonly string[] BareFlowNoise = ["本年度", "本年", "全年", "本部门", "本单位", "部门", "单位", "年度", "年", " "];

    /// <summary>
    /// "2016年部门收入 X 元" / "支出 Y 元": income or expenditure named alone (no item, no 总计) is the year's income or
    /// expenditure — its pointer under /narrative/, or null.
    /// </summary>
    private static string? BareFlowTarget(string label)
    {
        var rest = label;
        var digits = 0;
        while (digits < rest.Length && Scanner.IsDigit(rest[digits]))
        {
            digits++;
        }

        rest = digits == 4 ? rest.Substring(4) : digits == 0 ? rest : "?";
        foreach (var noise in BareFlowNoise)
        {
            rest = rest.Replace(noise, string.Empty);
        }

        return rest switch
        {
            "收入" => "overall/currentYearIncome",
            "支出" => "overall/currentYearExpenditure",
            _ => null,
        };
    }

    private string? BudgetOwner => StatementSection && !SubjectIsItem ? StatementPointer : subject;
}
