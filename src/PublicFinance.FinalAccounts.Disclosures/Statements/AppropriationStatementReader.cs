namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// Reads the paragraphs of a 财政拨款 section into typed <see cref="Statement"/>s: for each figure its fund
/// (一般公共预算 / 政府性基金 / 国有资本经营 / all 财政拨款, kept from the figure that named it until another is named),
/// income or expenditure (likewise), what it states (amount, change, rate, budget difference, completion rate) and the
/// basis of a comparison. Figures inside a reason (after 原因/主要是/同时…) are not statements; the reason ends at
/// the next clause that names income or expenditure with a figure. The report itself is filled by
/// <see cref="NarrativeReader"/>: these statements only feed the checks that need fund and flow kept apart
/// (<see cref="StatementChecks"/>).
/// </summary>
internal sealed class AppropriationStatementReader
{
    private readonly ReportBuilder b;
    private readonly List<Statement> statements;
    private StatementFund fund;
    private StatementFlow flow;
    private StatementBasis basis;
    private bool subjectKnown;
    private bool inReason;

    /// <summary>
    /// Session 45: the flow of the whole appropriation's amount stated last (财政拨款收入 → income), whose fund parts named
    /// without a flow word follow in its sentence (<see cref="partsSentence"/>); None before any.
    /// </summary>
    private StatementFlow partsFlow;

    /// <summary>The sentence of <see cref="partsFlow"/>'s amount.</summary>
    private int partsSentence = -1;
    private int paragraph;
    private int sentence;

    /// <summary>A reader that adds to <paramref name="statements"/>, locating figures with <paramref name="builder"/>.</summary>
    public AppropriationStatementReader(ReportBuilder builder, List<Statement> statements)
    {
        b = builder;
        this.statements = statements;
    }

    /// <summary>
    /// Whether 万元 figures are left untyped: the report is in 亿元 (a 亿元 document with a 万元 part, session 40), and a
    /// statement keeps its figure's digits as written.
    /// </summary>
    public bool SkipsWanYuan { get; set; }

    /// <summary>Reads one paragraph; fund, flow and basis start afresh (a paragraph without a fund word speaks of all 财政拨款).</summary>
    public void Paragraph(Fragment body)
    {
        paragraph++;
        fund = StatementFund.Unspecified;
        flow = StatementFlow.None;
        basis = StatementBasis.PriorYear;
        subjectKnown = false;
        inReason = false;
        partsFlow = StatementFlow.None;
        // Each sentence (up to 。) is read where it stands in the paragraph: its clauses are views of the body.
        var text = body.Text;
        for (var start = 0; start <= text.Length;)
        {
            var i = text.IndexOf('。', start);
            i = i < 0 ? text.Length : i;
            if (i > start)
            {
                sentence++;
                var at = start;
                var depth = 0;
                while (NarrativeReader.NextClause(text, start, i, ref at, ref depth, out var clauseStart, out var clauseEnd))
                {
                    view.Reset(body, clauseStart, clauseEnd);
                    Clause(view);
                }
            }

            start = i + 1;
        }
    }

    /// <summary>The clause being read, in place (reused: its text is cut out only for a statement that keeps it).</summary>
    private readonly ClauseView view = new();

    private void Clause(ClauseView clause)
    {
        var text = clause.Sentence.Text;
        var reasonAt = Lexicon.ReasonStart(text, clause.Start, clause.End);
        var limit = reasonAt >= 0 ? reasonAt : clause.End;
        var labelStart = clause.Start;
        var next = clause.Start;
        while (Scanner.NextIn(text, clause.Start, clause.End, ref next, out var n) && n.Start < limit)
        {
            if (n.Unit is not (FigureUnit.WanYuan or FigureUnit.Percent) || SkipsWanYuan && n.Unit == FigureUnit.WanYuan)
            {
                continue;   // 元 and 亿元 figures are rare here and would need converting: not typed (precision first)
            }

            var label = text.Substring(labelStart, n.Start - labelStart);
            labelStart = n.End;
            if (inReason)
            {
                // A reason ends at a new subject: "…主要是人员增加;本年支出 480.00 万元".
                if (n.Unit == FigureUnit.Percent || Lexicon.Flow(label) == StatementFlow.None || Lexicon.Direction(label) != 0)
                {
                    continue;
                }

                inReason = false;
            }

            Figure(label, n, clause);
        }

        if (reasonAt >= 0)
        {
            inReason = true;
        }
    }

    /// <summary>Types the figure <paramref name="n"/> (positions in the clause's paragraph) after <paramref name="label"/>.</summary>
    private void Figure(string label, NumberToken n, ClauseView clause)
    {
        var named = Lexicon.Fund(clause.Sentence.Text, clause.Start, n.Start);
        if (named != StatementFund.Unspecified)
        {
            fund = named;
        }

        var sign = Lexicon.Direction(label);
        if (sign == 0 && n.Unit == FigureUnit.Percent)
        {
            // Session 40: "比上年增加 100.00 万元，增幅 12.5%" / "降幅为…" — a rate word alone gives the rate's direction, so the
            // rate is typed as its change's (before, untyped, it was read as a figure of another kind and not placed).
            sign = NarrativeReader.RateWordDirection(label) switch { "increase" => 1, "decrease" => -1, _ => 0 };
        }

        StatementRelation relation;
        var value = n.Value;
        if (n.Unit == FigureUnit.Percent)
        {
            if (label.Contains("完成") && Lexicon.MentionsBudget(label))
            {
                relation = StatementRelation.CompletionRate;
                basis = StatementBasis.Budget;
            }
            else if (sign != 0 && subjectKnown)
            {
                relation = StatementRelation.ChangeRate;
                value *= sign;
            }
            else if (sign == 0 && subjectKnown && IsBareShareWord(label))
            {
                relation = StatementRelation.Share;
                basis = StatementBasis.Current;
                statements.Add(Make(relation, basis, value, n, clause));
                basis = StatementBasis.PriorYear;
                return;
            }
            else
            {
                return;   // a share of a named base, or a rate of nothing read
            }
        }
        else if (sign != 0)
        {
            if (!subjectKnown)
            {
                return;
            }

            if (Lexicon.MentionsBudget(label))
            {
                basis = StatementBasis.Budget;
            }
            else if (Lexicon.MentionsPriorYear(label))
            {
                basis = StatementBasis.PriorYear;
            }

            relation = basis == StatementBasis.Budget ? StatementRelation.BudgetDifference : StatementRelation.Change;
            value *= sign;
        }
        else if (Lexicon.MentionsBudget(label))
        {
            if (!subjectKnown)
            {
                return;
            }

            relation = StatementRelation.BudgetAmount;
            basis = StatementBasis.Budget;
        }
        else
        {
            var named2 = Lexicon.Flow(label);
            var part = named2 == StatementFlow.None && partsFlow != StatementFlow.None && partsSentence == sentence
                && Lexicon.IsBareFundPart(label);
            if (part)
            {
                named2 = partsFlow;   // session 45: "…收入 A 万元，其中一般公共预算财政拨款 B 万元，政府性基金预算财政拨款 C 万元"
            }

            // Only the year's income or expenditure: not 收支总计, carry-overs, balances or a prior-year figure; nor (session
            // 45) an income of another source ("另有其他收入 D 万元" after the funds' parts is the department's, no fund's).
            subjectKnown = named2 != StatementFlow.None && !label.Contains("总计") && !label.Contains("结转")
                && !label.Contains("结余") && !label.Contains("上年") && !Lexicon.NamesOtherSourceIncome(label);
            if (!part)
            {
                // The parts follow their whole with nothing between: a carry-over or another figure ends them ("财政拨款支出
                // A 万元，年末结转和结余 B 万元，其中一般公共预算 C 万元" — C is the carry-over's part, no expenditure).
                partsFlow = subjectKnown && fund == StatementFund.Appropriation && named == StatementFund.Appropriation
                    ? named2 : StatementFlow.None;
                partsSentence = sentence;
            }
            if (!subjectKnown)
            {
                return;
            }

            flow = named2;
            relation = StatementRelation.Amount;
            basis = StatementBasis.PriorYear;   // a new subject: its comparisons are with the prior year until a budget is named
            statements.Add(Make(relation, StatementBasis.Current, value, n, clause));
            return;
        }

        if (flow == StatementFlow.None)
        {
            return;
        }

        statements.Add(Make(relation, basis, value, n, clause));
    }

    /// <summary>
    /// Whether <paramref name="label"/> (the words between the amount before and a percentage) is a bare share word — 占,
    /// 占比, with 为 / 达 and punctuation around them — naming no base of its own (not "占本年收入的", "占比提高").
    /// </summary>
    private static bool IsBareShareWord(string label)
    {
        var word = label.Trim(' ', ',', '，', '、', ';', '；', ':', '：', '为', '达');
        return word is "占" or "占比";
    }

    /// <summary>The fund of each typed figure, by the normalised offset where it starts.</summary>
    private readonly Dictionary<int, StatementFund> funds = new();

    /// <summary>
    /// A qualifier key part for the figure starting at normalised offset <paramref name="at"/>: its typed fund, or empty.
    /// </summary>
    public string FundKeyAt(int at) => funds.TryGetValue(at, out var f) ? "typedFund=" + f.ToString() + ";" : string.Empty;

    private Statement Make(StatementRelation relation, StatementBasis on, decimal value, NumberToken n, ClauseView clause)
    {
        var f = fund == StatementFund.Unspecified ? StatementFund.Appropriation : fund;
        var body = clause.Sentence;
        funds[body.At(n.Start)] = f;
        return new Statement(
            f, flow, relation, on, value, n.Digits, n.Decimals, b.Span(body, n.Start, n.End), clause.Text, paragraph, sentence)
        {
            End = body.At(n.End - 1) + 1,
        };
    }
}
