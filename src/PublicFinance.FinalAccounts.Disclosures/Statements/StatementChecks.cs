using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures.Statements;

/// <summary>
/// Checks between typed statements that the report model cannot hold apart (陈述间核对):
/// FA8006 — all 财政拨款 = 一般公共预算 + 政府性基金 (+ 国有资本经营) for the year's income, expenditure and their changes
/// against the prior year, each compared only with statements of the same flow, relation and basis;
/// FA8007 — a completion rate (完成年初预算的 X%) against the final amount and the budget difference of the same sentence.
/// A difference within the rounding of the written figures is not reported.
/// </summary>
internal static class StatementChecks
{
    private static readonly StatementFund[] Parts = [StatementFund.GeneralBudget, StatementFund.GovernmentFund, StatementFund.StateCapital];

    /// <summary>Adds the findings for <paramref name="statements"/> to <paramref name="findings"/>.</summary>
    public static void Run(IReadOnlyList<Statement> statements, List<Diagnostic> findings)
    {
        if (statements.Count == 0)
        {
            return;
        }

        foreach (var flow in new[] { StatementFlow.Income, StatementFlow.Expenditure })
        {
            PartsAddUp(statements, flow, StatementRelation.Amount, StatementBasis.Current, findings);
            PartsAddUp(statements, flow, StatementRelation.Change, StatementBasis.PriorYear, findings);
        }

        foreach (var rate in statements.Where(s => s.Relation == StatementRelation.CompletionRate))
        {
            CompletionRate(statements, rate, findings);
        }
    }

    private static Statement? First(
        IReadOnlyList<Statement> statements, StatementFund fund, StatementFlow flow, StatementRelation relation, StatementBasis basis)
    {
        // A loop, not FirstOrDefault with a lambda: a closure, a delegate and a boxed enumerator per call, 16 calls a read
        // (issue 8, "After the merges").
        for (var k = 0; k < statements.Count; k++)
        {
            var s = statements[k];
            if (s.Fund == fund && s.Flow == flow && s.Relation == relation && s.Basis == basis)
            {
                return s;
            }
        }

        return null;
    }

    private static void PartsAddUp(
        IReadOnlyList<Statement> statements,
        StatementFlow flow,
        StatementRelation relation,
        StatementBasis basis,
        List<Diagnostic> findings)
    {
        var total = First(statements, StatementFund.Appropriation, flow, relation, basis);
        if (total is null)
        {
            return;
        }

        var parts = Parts.Select(f => First(statements, f, flow, relation, basis)).ToList();
        // Two parts at least: a total beside one named part is the usual "其中：一般公共预算…" and says nothing of the rest.
        if (parts[0] is null || parts[1] is null)
        {
            return;
        }

        var stated = parts.Where(p => p is not null).Select(p => p!).ToList();
        var sum = stated.Sum(p => p.Value);
        var tolerance = total.HalfUnit + stated.Sum(p => p.HalfUnit);
        var gap = total.Value - sum;
        if (Math.Abs(gap) <= tolerance)
        {
            return;
        }
        // Certain only when every part is stated, or when amounts (never negative) already exceed the total; otherwise
        // the unstated 国有资本经营 part could explain it: a Warning that says so.
        var allStated = parts[2] is not null;
        var certain = allStated || relation == StatementRelation.Amount && gap < 0;
        var what = Describe(flow, relation);
        var terms = string.Join(" + ", stated.Select(p => Signed(p, relation)));
        var (zh, en) = DisclosureMessages.AppropriationPartsSum(
            what.Zh, what.En, Signed(total, relation), terms, Show(sum), Show(gap), allStated);
        findings.Add(TextRules.Finding(
            TextRules.PartsSum, total.Span, null, zh + Read(stated.Prepend(total)), en, certain ? Severity.Error : Severity.Warning));
    }

    private static void CompletionRate(IReadOnlyList<Statement> statements, Statement rate, List<Diagnostic> findings)
    {
        // The final amount and the budget difference of the same subject, in the same sentence.
        var final = statements.LastOrDefault(s => s.Sentence == rate.Sentence && s.Fund == rate.Fund && s.Flow == rate.Flow
            && s.Relation == StatementRelation.Amount);
        var difference = statements.FirstOrDefault(s => s.Sentence == rate.Sentence && s.Fund == rate.Fund && s.Flow == rate.Flow
            && s.Relation == StatementRelation.BudgetDifference);
        if (final is null || difference is null)
        {
            return;
        }
        // budget = final − difference; each written figure lies within half a unit of its value.
        var lo = decimal.MaxValue;
        var hi = decimal.MinValue;
        foreach (var f in new[] { final.Value - final.HalfUnit, final.Value + final.HalfUnit })
        {
            foreach (var d in new[] { difference.Value - difference.HalfUnit, difference.Value + difference.HalfUnit })
            {
                var budget = f - d;
                if (budget <= 0m)
                {
                    return;   // no meaningful rate
                }

                var r = f / budget * 100m;
                lo = Math.Min(lo, r);
                hi = Math.Max(hi, r);
            }
        }

        // A stated rate is the computed one rounded (±½ unit) or truncated (up to 1 unit below).
        if (hi >= rate.Value - rate.HalfUnit && lo < rate.Value + rate.Unit)
        {
            return;
        }

        var computed = Show(Math.Round((lo + hi) / 2m, 2));
        var budgetText = Show(final.Value - difference.Value);
        var (zh, en) = DisclosureMessages.CompletionRateMismatch(
            rate.Digits, final.Digits, Signed(difference, StatementRelation.BudgetDifference), budgetText, computed);
        findings.Add(TextRules.Finding(TextRules.CompletionRate, rate.Span, null, zh + Read(new[] { final, rate, difference }), en));
    }

    private static (string Zh, string En) Describe(StatementFlow flow, StatementRelation relation) => (flow, relation) switch
    {
        (StatementFlow.Income, StatementRelation.Amount) => ("本年收入", "income of the year"),
        (StatementFlow.Income, _) => ("本年收入比上年增减额", "change of income against the prior year"),
        (_, StatementRelation.Amount) => ("本年支出", "expenditure of the year"),
        _ => ("本年支出比上年增减额", "change of expenditure against the prior year"),
    };

    private static string Signed(Statement s, StatementRelation relation) =>
        relation == StatementRelation.Amount || s.Value >= 0m ? s.Digits : "-" + s.Digits;

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The clauses a check read, so a reviewer sees what it rests on.</summary>
    private static string Read(IEnumerable<Statement> statements) =>
        "（据：" + string.Join(" / ", statements.Select(s => "“" + s.Text.Trim() + "”").Distinct()) + "）";
}
