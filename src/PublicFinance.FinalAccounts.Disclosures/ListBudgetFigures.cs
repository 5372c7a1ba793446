namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The figures of a budget comparison written without a subject after a list of items (session 44,
/// <c>NarrativeReader.BudgetAfterList</c>): the budget amount, its difference from the final (比预算减少 X), a completion
/// rate, a year-over-year change (amount, rate, prior amount) and a final amount stated again — and whether they fit a
/// candidate owner's amount.
/// </summary>
internal sealed class ListBudgetFigures
{
    private decimal? budgetAmount;
    private decimal? difference;
    private int differenceDirection;
    private NumberToken? completion;
    private decimal? change;
    private decimal? prior;
    private NumberToken? changeRate;
    private int changeDirection;
    private decimal? final;

    /// <summary>What the last amount read was: 'b' budget, 'd' difference, 'c' change, 'p' prior, 'f' final.</summary>
    private char last;

    /// <summary>
    /// The figures of [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/>, or null when one of them is
    /// none of the kinds above (a count, a second budget, an amount with no word saying what it is).
    /// </summary>
    public static ListBudgetFigures? Read(string t, int from, int to)
    {
        var figures = new ListBudgetFigures();
        var next = from;
        var previousEnd = from;
        while (Scanner.NextIn(t, from, to, ref next, out var token))
        {
            if (token.Unit == FigureUnit.None)
            {
                continue;   // a year ("比 2013 年减少"): words of the next figure's label
            }

            var label = t.Substring(previousEnd, token.Start - previousEnd);
            previousEnd = token.End;
            if (!figures.Take(token, label))
            {
                return null;
            }
        }

        return figures;
    }

    /// <summary>Takes one figure with the words before it; false when it is none of the kinds this reads.</summary>
    private bool Take(NumberToken token, string label)
    {
        var direction = Math.Sign(Statements.Lexicon.Direction(label));
        var budgetWord = label.IndexOf("预算", StringComparison.Ordinal) >= 0;
        if (token.Unit == FigureUnit.Percent)
        {
            if (label.IndexOf("完成", StringComparison.Ordinal) >= 0 || label.IndexOf("执行", StringComparison.Ordinal) >= 0)
            {
                if (completion is not null)
                {
                    return false;
                }

                completion = token;
                return true;
            }

            if (last == 'c' && changeRate is null && (direction == 0 || direction == changeDirection))
            {
                changeRate = token;
                return true;
            }

            return last == 'd' && (direction == 0 || direction == differenceDirection);   // the difference's own rate: no check
        }

        if (token.Unit != FigureUnit.WanYuan)
        {
            return false;
        }

        var value = token.Value;
        if (budgetWord && direction == 0 && budgetAmount is null)
        {
            (budgetAmount, last) = (value, 'b');
        }
        else if (budgetWord && direction != 0 && difference is null)
        {
            (difference, differenceDirection, last) = (value, direction, 'd');
        }
        else if (!budgetWord && direction != 0 && change is null)
        {
            (change, changeDirection, last) = (value, direction, 'c');
        }
        else if (!budgetWord && direction == 0 && prior is null && (label.IndexOf("上年", StringComparison.Ordinal) >= 0
            || label.IndexOf("去年", StringComparison.Ordinal) >= 0))
        {
            (prior, last) = (value, 'p');
        }
        else if (!budgetWord && direction == 0 && final is null && (label.IndexOf("决算", StringComparison.Ordinal) >= 0
            || label.IndexOf("实际", StringComparison.Ordinal) >= 0))
        {
            (final, last) = (value, 'f');
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether every figure that can be compared with <paramref name="amount"/> fits it: the budget less or plus its
    /// difference, the completion rate (within half a unit of its last place), the change (<see cref="NarrativeReader.FitsChange"/>)
    /// and a final stated again; null when there is no amount or nothing to compare.
    /// </summary>
    public bool? Fits(decimal? amount)
    {
        if (amount is not { } a)
        {
            return null;
        }

        var compared = false;
        if (difference is { } d)
        {
            if (budgetAmount is not { } budget || budget + differenceDirection * d != a)
            {
                return false;
            }

            compared = true;
        }

        if (completion is { } rate && budgetAmount is { } b && b > 0)
        {
            if (!Percent.Round(rate.Value, rate.Decimals).Interval.Contains(a / b * 100m))
            {
                return false;
            }

            compared = true;
        }

        if (change is not null || prior is not null)
        {
            var fits = NarrativeReader.FitsChange(a, prior, change, changeRate, changeDirection);
            if (fits == false)
            {
                return false;
            }

            compared |= fits == true;
        }

        if (final is { } f)
        {
            if (f != a)
            {
                return false;
            }

            compared = true;
        }

        return compared ? true : null;
    }
}
