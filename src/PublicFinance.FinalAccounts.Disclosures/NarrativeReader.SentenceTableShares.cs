using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 61 (blind round 57 t06): a comparison table with a share column beside each year (支出决算结构对比表) —
/// <c>| 项目 | 2024年决算数 | 占比（%） | 2023年决算数 | 占比（%） | 增减额 | 增减率（%） |</c>, rows <c>本年支出合计</c>,
/// <c>基本支出</c>, <c>其中：人员经费</c>, <c>公用经费</c>, <c>项目支出</c>, a fall written <c>-59.19 | -7.62</c>. No header of a
/// sentence-table took 占比, so the table was skipped with no note. Now a share column (the structure table's words: 占比,
/// 比重, 所占比例 …) right after this year's column is the row's share (<see cref="SentenceColumn.Share"/>), right after the
/// prior year's it is the prior year's share, which the model has no member for and is not read
/// (<see cref="SentenceColumn.PriorShare"/>); a share column anywhere else leaves the header unread. The rows are read as
/// before (a sentence, or cell by cell for a subject row); each row's share is kept and placed when the table ends, only
/// where the row's amount was placed and only when the table's whole — the row whose share is 100, else its 合计 row — is
/// the base the model's share rule checks that field against (as a structure table's, <see cref="PlaceTableShare"/>).
/// The 人员经费 / 公用经费 rows right under a 基本支出 row (<c>其中：人员经费</c>, then <c>公用经费</c>) are the all-funds
/// 基本支出's parts (<c>expenditure/basicPersonnel</c>, <c>basicPublic</c>); their shares of the year's expenditure are not
/// the shares of 基本支出 the model holds (FA2011), so they stay notes.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The share cells of the open sentence-table's rows, placed when it ends (<see cref="SentenceSharesPlaced"/>).</summary>
    private readonly List<(string Target, decimal Current, NumberToken Share, SourceSpan Span, string Text)> sentenceShares = [];

    /// <summary>The target of the open sentence-table's row whose share is 100 (the table's whole), or null.</summary>
    private string? sentenceShareWhole;

    /// <summary>The target of the open sentence-table's 合计 / 总计 row, the whole when no row states 100.</summary>
    private string? sentenceShareTotal;

    /// <summary>The target of the sentence-table's row before this one (a 基本支出 row opens its parts), or null.</summary>
    private string? sentencePreviousTarget;

    /// <summary>
    /// Resolves the header's share columns: one right after this year's column stays <see cref="SentenceColumn.Share"/>,
    /// one right after the prior year's is <see cref="SentenceColumn.PriorShare"/>; false (no header) for a share column
    /// after anything else.
    /// </summary>
    private static bool SentenceShareColumns(List<SentenceColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] != SentenceColumn.Share)
            {
                continue;
            }

            var before = i > 0 ? columns[i - 1] : SentenceColumn.Skip;
            if (before == SentenceColumn.Prior)
            {
                columns[i] = SentenceColumn.PriorShare;
            }
            else if (before != SentenceColumn.Current)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The all-funds 基本支出's part a row names right under its 基本支出 row in the overview or the expenditure section
    /// (<c>其中：人员经费</c> → <c>expenditure/basicPersonnel</c>, then <c>公用经费</c> → <c>basicPublic</c>), or null;
    /// <paramref name="previousTarget"/> is the figure the row before was read for.
    /// </summary>
    private static string? SentenceBasicPart(string compact, string? previousTarget)
    {
        var name = compact.StartsWith("其中：", StringComparison.Ordinal) || compact.StartsWith("其中:", StringComparison.Ordinal)
            ? compact.Substring(3) : compact;
        return name switch
        {
            "人员经费" when previousTarget == "expenditure/basic" => "expenditure/basicPersonnel",
            "公用经费" when previousTarget is "expenditure/basic" or "expenditure/basicPersonnel" => "expenditure/basicPublic",
            _ => null,
        };
    }

    /// <summary>
    /// Keeps the share cell of a row read for <paramref name="target"/> (placed when the table ends); a share of 100 makes
    /// the row the table's whole, a 合计 / 总计 row is the whole when no row states 100.
    /// </summary>
    private void KeepSentenceShare(Fragment row, string text, int from, List<SentenceColumn> columns, string target, string label)
    {
        if (label.Contains("合计") || label.Contains("总计"))
        {
            sentenceShareTotal ??= target;
        }

        if (!columns.Contains(SentenceColumn.Share) || sentenceUnit != UnitWords(ReportFigureUnit)
            || CellToken(row, text, from, columns, SentenceColumn.Current) is not { } now
            || CellToken(row, text, from, columns, SentenceColumn.Share) is not { } share)
        {
            return;
        }

        if (share.Token.Value == 100m)
        {
            sentenceShareWhole ??= target;
            return;
        }

        sentenceShares.Add((target, now.Token.Value, share.Token, share.Span, label + " " + share.Token.Digits));
    }

    /// <summary>
    /// After the table's rows are read: each kept share is placed (<see cref="PlaceTableShare"/>) where its row's amount
    /// went — only when the field holds the row's own amount; any other is a located note.
    /// </summary>
    private void SentenceSharesPlaced()
    {
        var whole = sentenceShareWhole ?? sentenceShareTotal;
        var saved = b.Context;
        b.Context = ReportBuilder.TableKey;
        foreach (var (target, current, share, span, text) in sentenceShares)
        {
            var pointer = N + target;
            if (b.FindString(pointer + "/amount") is { } held
                && decimal.TryParse(held, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value == current)
            {
                PlaceTableShare(pointer, share, span, text, whole);
            }
            else
            {
                Note(span, DisclosureMessages.ShareOfAnotherBase, text);
            }
        }

        b.Context = saved;
        sentenceShares.Clear();
        (sentenceShareWhole, sentenceShareTotal, sentencePreviousTarget) = (null, null, null);
    }
}
