using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 59 (prose59, blind round 55 t05): the 财政拨款 income broken down by the level of government that gave it, in a
/// bracket after the figure — "财政拨款收入2001.03万元（其中中央财政拨款1538.40万元，地方财政拨款462.63万元），占收入合计的90.22%" (a
/// 垂直管理 unit funded by both). The model has no member for the parts by level, so each stays a located note
/// (<see cref="DisclosureMessages.LevelAppropriationPart"/>), but the bracket is now read as the figure's parts
/// (<see cref="BracketPartOf"/>), so the share after it stays the figure's, and once both the 中央 and the 地方 part are read
/// their sum is weighed against the figure: a difference beyond the rounding of the written figures is FA8006 (合计与文中各部分之和
/// 不符). One part alone, or a third (省级…), is not weighed: the bracket would not be the whole.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The part marker of a 中央 / 地方 part of the 财政拨款 income (a note and a sum check: <see cref="LevelPart"/>).</summary>
    private const string LevelMarker = "?level";

    /// <summary>
    /// The level parts read in the open bracket: where it opens (its sentence and index), how many, their sum, the rounding
    /// slack of their written figures and their amounts as written.
    /// </summary>
    private (int Sentence, int Open, int Count, decimal Sum, decimal Slack, string Terms) levelParts;

    /// <summary>
    /// Notes a 中央 / 地方 part of <paramref name="owner"/>'s figure and, at the second part of the bracket, weighs the two
    /// against the figure.
    /// </summary>
    private void LevelPart(string owner, ClauseView clause, NumberToken token, SourceSpan span)
    {
        Note(span, DisclosureMessages.LevelAppropriationPart, clause);
        if (bracketList is not { } open)
        {
            return;
        }

        if (levelParts.Sentence != open.Sentence || levelParts.Open != open.Open)
        {
            levelParts = (open.Sentence, open.Open, 0, 0m, 0m, string.Empty);
        }

        var digits = token.Digits;
        levelParts = (levelParts.Sentence, levelParts.Open, levelParts.Count + 1, levelParts.Sum + token.Value,
            levelParts.Slack + Statements.Statement.HalfUnitOf(token.Decimals),
            levelParts.Count == 0 ? digits : levelParts.Terms + " + " + digits);
        if (levelParts.Count != 2 || !LevelBracketHasTwoParts(clause.Sentence.Text, open.Open, open.Close)
            || b.FindMember(owner, "amount") is not { Kind: DraftKind.String, Mapped: true } whole
            || !TextChecks.TryParseAmount(whole.Text, out var value) || !SameUnitAsReport(token))
        {
            return;
        }

        var slack = levelParts.Slack + Statements.Statement.HalfUnitOfDigits(whole.Text);
        var gap = value - levelParts.Sum;
        if (Math.Abs(gap) <= slack)
        {
            return;
        }

        var (zh, en) = DisclosureMessages.LevelPartsNotTheirWhole(whole.Text, levelParts.Terms,
            levelParts.Sum.ToString(CultureInfo.InvariantCulture), gap.ToString(CultureInfo.InvariantCulture));
        b.Findings.Add(TextRules.Finding(TextRules.PartsSum, whole.Span, null, zh, en));
    }

    /// <summary>Whether the bracket [open, close] of <paramref name="text"/> holds exactly two items (one separator).</summary>
    private static bool LevelBracketHasTwoParts(string text, int open, int close)
    {
        var cuts = 0;
        for (var i = open + 1; i < close; i++)
        {
            if (text[i] is '、' or ';' or '；' or '，'
                || text[i] == ',' && !(Scanner.IsDigit(text[i - 1]) && i + 1 < close && Scanner.IsDigit(text[i + 1])))
            {
                cuts++;
            }
        }

        return cuts == 1;
    }

    /// <summary>Whether <paramref name="token"/> is written in the report's unit (its value compares with the figure's as is).</summary>
    private bool SameUnitAsReport(NumberToken token) => token.Unit == ReportFigureUnit;
}
