using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 64 (perf64, blind round 59 t01): named projects listed with their funds in brackets and their scores — "对3个项目开展了
/// 绩效自评，涉及资金X万元。其中：甲项目（资金A万元）自评得分93.5分；乙项目（资金B万元）自评得分95.2分；…". Each score is that
/// project's, as an unquoted project's score is (<see cref="UnquotedProjectScores"/>), and the bracket's amount is that project's
/// funds: the listed evaluation gets a fund line with it (<see cref="PlaceScoreList"/>). Before, the bracket kept the score from
/// its name (no score was read), and the first project's funds became the evaluated projects' budget
/// (<c>/performance/projectBudget</c>), a false FA3011 Warning against 项目支出.
/// </summary>
/// <remarks>
/// Precision first: the bracket opens right after 项目, closes within <see cref="FundBracketReach"/> characters, holds no other
/// bracket and exactly one figure, a sum of money whose label is a fund word (<see cref="BracketBudgetWords"/>,
/// <see cref="BracketExecutedWords"/>) and nothing after its unit; the score word follows the closing bracket at once. Any
/// other bracket (“（含子项目3个）”, “（优）”) leaves the score unread, as before. An amount bracketed right after a project's name
/// is that project's whether or not a score follows (<see cref="NamesBracketedProject"/>): never the evaluated projects' total.
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The farthest (characters) a fund bracket may close after it opens.</summary>
    private const int FundBracketReach = 24;

    /// <summary>Labels of a bracketed budget (the project's funds, <c>fullYearBudget</c>, as 项目资金 is in a prose evaluation).</summary>
    private static readonly string[] BracketBudgetWords =
        ["资金", "项目资金", "资金总额", "金额", "预算", "预算数", "全年预算", "全年预算数", "预算资金", "预算金额"];

    /// <summary>Labels of a bracketed execution (<c>executed</c>).</summary>
    private static readonly string[] BracketExecutedWords = ["执行", "执行数", "支出", "实际支出", "执行金额", "支出金额"];

    /// <summary>A project's funds stated in a bracket after its name: the label as written, the member it goes to, the figure.</summary>
    private readonly record struct BracketedFunds(string Label, string Member, ProseFigure Figure);

    /// <summary>
    /// The funds a bracket opening at <paramref name="from"/> states (see the type's remarks), with where the bracket ends
    /// (after its ')'), or null when there is no such bracket.
    /// </summary>
    private BracketedFunds? FundsInBracket(Fragment paragraph, string text, int from, out int end)
    {
        end = from;
        if (from >= text.Length || text[from] != '(')
        {
            return null;
        }

        var close = text.IndexOf(')', from + 1, Math.Min(FundBracketReach, text.Length - from - 1));
        if (close < 0 || text.IndexOf('(', from + 1, close - from - 1) >= 0)
        {
            return null;
        }

        var at = from + 1;
        if (!Scanner.Next(text, ref at, out var token) || token.End > close || !token.IsMoney || token.IsNegative
            || text.Substring(token.End, close - token.End).Trim().Length > 0)
        {
            return null;
        }

        var label = text.Substring(from + 1, token.Start - from - 1).Trim().TrimEnd(':', '为').Trim();
        var member = Array.IndexOf(BracketBudgetWords, label) >= 0 ? "fullYearBudget"
            : Array.IndexOf(BracketExecutedWords, label) >= 0 ? "executed" : null;
        if (member is null)
        {
            return null;
        }

        var span = b.Span(paragraph, token.Start, token.End);
        end = close + 1;
        return new BracketedFunds(label, member, new ProseFigure(AmountNode(token, span), span, null));
    }

    /// <summary>
    /// Whether a figure stands in a bracket opened right after a project's name ("甲项目(资金", "乙项目(预算300.00万元,执行"): the
    /// figure is that project's, never the evaluated projects' total — unless the name is a count or a group ("3个项目(", "等项目(").
    /// </summary>
    private static bool NamesBracketedProject(string label)
    {
        var open = label.LastIndexOf('(');
        return open >= 4 && string.CompareOrdinal(label, open - 2, "项目", 0, 2) == 0 && label.IndexOf(')', open) < 0
            && label[open - 3] is not ('个' or '等' or '各' or '全') && !Scanner.IsDigit(label[open - 3]);
    }

    /// <summary>Whether a listed project's bracketed funds are the figure at <paramref name="span"/> (placed with its score).</summary>
    private bool ListedFundsAt(SourceSpan span)
        => listedScores.Any(s => s.Funds is { } f
            && f.Figure.Span.StartLine == span.StartLine && f.Figure.Span.StartColumn == span.StartColumn);
}
