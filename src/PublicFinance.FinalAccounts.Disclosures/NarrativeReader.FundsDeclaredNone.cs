namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 34 (issue 8, item 4): a fund declared empty inside the 财政拨款 paragraph — "…财政拨款收入 500 万元，全部为一般公共预算
/// 财政拨款，本单位无政府性基金预算财政拨款收入和支出…" — is the fund's <c>emptyStatement</c>, as "本年度无政府性基金…" in the fund's
/// own section has been (session 33): FA1208 then counts that fund as 0 instead of unknown. Only a declaration that covers the
/// fund's expenditure is one: 收支, 收入和支出 (、及 与), 支出, or the fund named with no flow ("本单位无政府性基金预算财政拨款。").
/// "无政府性基金预算财政拨款收入" alone says nothing of an expenditure out of the year's opening carry-over, so it stays
/// unknown (precision first: a false FA1208 Error costs more than a sum not checked).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The flows a declaration may name after the fund; 收入 alone is not one of them (see the type's summary).</summary>
    private static readonly string[] DeclaredNoneFlows =
        ["收入和支出", "收入、支出", "收入及支出", "收入与支出", "收入支出", "收支", "支出"];

    /// <summary>What may close a declaration right after its fund and flow: a clause or sentence end, or a word that only
    /// names the statement ("情况", "数据", "决算").</summary>
    private static readonly string[] DeclaredNoneEnds = [",", ";", "。", ":", "情况", "数据", "决算", "安排"];

    /// <summary>
    /// In a 财政拨款 paragraph <paramref name="body"/>: each "无政府性基金…" / "无国有资本经营…" declaration (one fund, or both
    /// joined by 和 / 及 / 与 / 、) that covers the expenditure sets the fund's <c>emptyStatement</c> to its sentence, unless the
    /// fund has one already.
    /// </summary>
    private void FundsDeclaredNone(Fragment body)
    {
        var t = body.Text;
        for (var at = t.IndexOf('无'); at >= 0; at = t.IndexOf('无', at + 1))
        {
            var funds = DeclaredFunds(t, at + 1, out var end);
            if (funds.Count == 0)
            {
                continue;
            }

            var sentenceStart = t.LastIndexOf('。', at) + 1;
            var sentenceEnd = t.IndexOf('。', end);
            sentenceEnd = sentenceEnd < 0 ? t.Length : sentenceEnd + 1;
            foreach (var fund in funds)
            {
                if (!b.Has(N + fund, "emptyStatement"))
                {
                    b.SetUnder(N + fund, "emptyStatement", DraftNode.Of(Raw(body, sentenceStart, sentenceEnd).Trim()),
                        b.Span(body, at, end));
                }
            }
        }
    }

    /// <summary>
    /// The funds (<c>governmentFund</c>, <c>stateCapital</c>) a declaration names from <paramref name="at"/> (right after
    /// its 无), with where it ends; none when the words there are no such declaration or do not cover the expenditure.
    /// </summary>
    private static List<string> DeclaredFunds(string t, int at, out int end)
    {
        List<string> funds = [];
        end = at;
        var i = at;
        while (true)
        {
            if (Scanner.Starts(t, i, "政府性基金", t.Length))
            {
                funds.Add("governmentFund");
                i += "政府性基金".Length;
            }
            else if (Scanner.Starts(t, i, "国有资本经营", t.Length))
            {
                funds.Add("stateCapital");
                i += "国有资本经营".Length;
            }
            else
            {
                return [];
            }

            i = SkipWord(t, i, "预算");
            if (i < t.Length && t[i] is '和' or '及' or '与' or '、')
            {
                i++;
                continue;
            }

            break;
        }

        i = SkipWord(t, SkipWord(t, i, "财政拨款"), "拨款");
        foreach (var flow in DeclaredNoneFlows)
        {
            if (Scanner.Starts(t, i, flow, t.Length))
            {
                i += flow.Length;
                break;
            }
        }

        if (i < t.Length && !DeclaredNoneEnds.Any(e => Scanner.Starts(t, i, e, t.Length)))
        {
            return [];   // "无政府性基金预算财政拨款收入，…": 收入 alone, or other words that are not a declaration's end
        }

        end = i;
        return funds;
    }

    /// <summary>
    /// Session 39 (issue 8): whether <paramref name="t"/>, a paragraph of a fund's own section, names a fund right after 无
    /// in a clause that never says 支出 or 收支 ("本年度无政府性基金预算财政拨款收入。": 收入 alone), and does not call the
    /// fund's table empty (空表, 无数据). Such a paragraph is no <c>emptyStatement</c> — FA1208 would count the fund's
    /// expenditure as a stated 0 — as 收入 alone is none in the 财政拨款 paragraph (<see cref="DeclaredFunds"/>). A clause
    /// that names 支出 ("无国有资本经营预算财政拨款收入、支出及结转和结余"), or a paragraph that names no fund after 无, is
    /// read as before.
    /// </summary>
    private static bool NamesFundWithoutExpenditure(string t)
    {
        if (t.IndexOf("空表", StringComparison.Ordinal) >= 0 || t.IndexOf("无数据", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var named = false;
        for (var at = t.IndexOf('无'); at >= 0; at = t.IndexOf('无', at + 1))
        {
            if (!Scanner.Starts(t, at + 1, "政府性基金", t.Length) && !Scanner.Starts(t, at + 1, "国有资本经营", t.Length))
            {
                continue;
            }

            var end = t.IndexOfAny([',', '，', '。', ';', '；'], at);
            var clause = end < 0 ? t.Substring(at) : t.Substring(at, end - at);
            if (clause.IndexOf("支出", StringComparison.Ordinal) >= 0 || clause.IndexOf("收支", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            named = true;
        }

        return named;
    }

    /// <summary><paramref name="i"/> past <paramref name="word"/> when it starts there, else <paramref name="i"/>.</summary>
    private static int SkipWord(string t, int i, string word) => Scanner.Starts(t, i, word, t.Length) ? i + word.Length : i;
}
