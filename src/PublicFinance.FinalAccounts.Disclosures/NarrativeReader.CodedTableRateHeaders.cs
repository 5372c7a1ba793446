using PublicFinance.FinalAccounts.Classification;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 40 (blind round 38, t03's family): a coded item table's completion-rate column headed with its basis named —
/// <c>| 科目编码 | 科目名称 | 年初预算数 | 决算数 | 完成年初预算% |</c> (a markdown table with a <c>| --- |</c> separator). The
/// header word <c>完成年初预算%</c> has neither 完成率 nor 完成预算, so it was taken for a budget column, the table had two
/// budgets and none of its rows was read (39 figures and a wrong 完成率 missed). 完成 + 年初 / 调整 / 全年 + 预算 is the
/// completion rate against that budget; the table is read only when the named budget is the table's budget column.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Whether a compacted header cell is a completion rate that names its basis ("完成年初预算%", "完成调整预算(%)",
    /// "完成全年预算比例"): <paramref name="basis"/> is then <see cref="SentenceColumn.Budget"/> for 年初 and
    /// <see cref="SentenceColumn.FullYearBudget"/> for 调整 / 全年. "年初预算数" or "完成数" alone is not one.
    /// </summary>
    private static bool NamedBasisRate(string cell, out SentenceColumn basis)
    {
        basis = SentenceColumn.Budget;
        var done = cell.IndexOf("完成", StringComparison.Ordinal);
        var budget = cell.IndexOf("预算", StringComparison.Ordinal);
        if (done < 0 || budget < done + 2 || budget > done + 4)
        {
            return false;   // 完成 then at most two characters (年初, 调整, 全年) then 预算
        }

        var named = cell.Substring(done + 2, budget - done - 2);
        if (named is "调整" or "全年")
        {
            basis = SentenceColumn.FullYearBudget;
            return true;
        }

        return named == "年初";
    }

    /// <summary>
    /// A 3-digit (类) row of a coded item table that lists its 类 above their 项 (<c>| 201 | 一般公共服务支出 | 412.30 | 455.18 |
    /// 110.40 |</c>): the section's class, as a class table's row is (<see cref="ClassTableLine"/>) — a class of the
    /// catalogue not yet listed, under the 一般公共预算 heading only; as an item its code was a false FA5001 (an item's
    /// code has five digits at least) and its figures were counted twice with its 项.
    /// </summary>
    private void CodedClassRow(Fragment row, int from, string name, Func<SentenceColumn, int> cell)
    {
        var text = row.Text;
        NumberToken? Figure(int at) => at < 0 ? null : CellNumber(text, (codedCells[at].Start - from, codedCells[at].End - from));
        NumberToken? Money(int at) => Figure(at) is { } token ? InCodedUnit(token) : null;
        if (section != Section.GeneralBudget || Money(cell(SentenceColumn.Current)) is not { } final)
        {
            return;
        }

        if (ListedClassOfRow(name, final) is { } listed)
        {
            // Session 62 (IndentedItemTables): the class the prose listed, stated again with the same amount: its budget.
            var (listedColumn, listedKind) = CodedBudgetColumn(cell);
            ClassRowBudget(listed, row, Money(cell(listedColumn)), Figure(cell(SentenceColumn.CompletionRate)), listedKind);
            return;
        }

        var (keptSubject, keptBudget, keptReason) = (subject, budget, reasonTarget);
        var clause = new ClauseView();
        clause.Reset(row, 0, row.Length);
        b.Context = string.Empty;
        var count = b.Count(N + "generalBudget/classes");
        if (TryClassFigure(clause, final, name, CellSpan(row, final)) && b.Count(N + "generalBudget/classes") != count)
        {
            var (budgetColumn, kind) = CodedBudgetColumn(cell);
            ClassRowBudget(subject!, row, Money(cell(budgetColumn)), Figure(cell(SentenceColumn.CompletionRate)), kind);
        }

        (subject, budget, reasonTarget) = (keptSubject, keptBudget, keptReason);
    }

    /// <summary>
    /// A class row's amount cell in the table's own unit (<see cref="codedUnit"/>): a bare number under <c>单位：元</c> in a
    /// 万元 document is 元 and converted as a written 元 figure is (session 60: in a 元 table beside 万元 prose, 5,080,900
    /// was read as 万元); in a document of the table's unit it stays bare (read in the document's unit).
    /// </summary>
    private NumberToken InCodedUnit(NumberToken token) => token.Unit != FigureUnit.None ? token : codedUnit switch
    {
        "元" when !yuanDocument => token.WithUnit(FigureUnit.Yuan, codedUnit),
        "千元" when !qianYuanDocument => token.WithUnit(FigureUnit.QianYuan, codedUnit),
        "亿元" when !yiYuanDocument => token.WithUnit(FigureUnit.YiYuan, codedUnit),
        _ => token,
    };

    /// <summary>
    /// Session 62: the class already listed (by the prose) that a coded table's 类 row <paramref name="name"/> states with the
    /// same amount <paramref name="final"/> (a 万元 table's cell, or one in the document's unit); null otherwise — another
    /// amount is left to <see cref="TryClassFigure"/>, which notes the restatement.
    /// </summary>
    private string? ListedClassOfRow(string name, NumberToken final)
    {
        var codes = Named(WithoutSpaces(name), FunctionalLevel.Class, NoCodes);
        if (codes.Count != 1 || SameEntry(N + "generalBudget/classes", codes[0], string.Empty) is not { } listed
            || !(final.Unit == FigureUnit.None && codedUnit == "万元" || IsWanYuanOrDocumentUnit(final))
            || b.FindString(listed, "amount") is not { } stated || !TextChecks.TryParseAmount(stated, out var value))
        {
            return null;
        }

        return value == final.Value ? listed : null;
    }
}
