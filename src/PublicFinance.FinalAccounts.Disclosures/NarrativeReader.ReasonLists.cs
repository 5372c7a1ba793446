namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 26, gap 5: a reason paragraph after a paragraph of several changes (session 25 made it a note, since which change
/// it explains is not certain) is attached when it is a list of reasons each of which names its subject: "变动原因：一是基本支出
/// 增加，主要是…；二是项目支出减少，主要是…" after 基本支出 +150 and 项目支出 −30 gives each item to the change of the subject it
/// names. Only when every item names exactly one of the changes left without a reason, no two items the same one, no item's
/// direction word contradicts its change, and the words before the first item name none; otherwise nothing is attached and the
/// note (and FA2106's Warning) stays, precision first.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>Set when <see cref="ReasonParagraphTarget"/> dropped the target of a reason paragraph after several changes.</summary>
    private bool reasonsByNamePending;

    /// <summary>The markers of a list of reasons, in order.</summary>
    private static readonly string[] ReasonItemMarkers = ["一是", "二是", "三是", "四是", "五是", "六是"];

    /// <summary>The words a reason paragraph may open with before its marker ("增减变化的主要原因是…").</summary>
    private static readonly string[] ReasonParagraphLeads = ["增减变化的", "增减变动的", "变化的", "变动的", "增减的", "收支变化的"];

    /// <summary>
    /// Where the reason of a paragraph's first sentence counts as opening it: <paramref name="from"/> when only a lead of
    /// <see cref="ReasonParagraphLeads"/> stands before the marker at <paramref name="reasonAt"/> ("增减变化的主要原因是…" after
    /// several changes was given to every change of the last sentence — an increase and a decrease sharing one reason), else
    /// <paramref name="reasonAt"/>.
    /// </summary>
    private static int ReasonParagraphOpening(string t, int from, int reasonAt)
    {
        foreach (var lead in ReasonParagraphLeads)
        {
            if (reasonAt - from == lead.Length && string.CompareOrdinal(t, from, lead, 0, lead.Length) == 0)
            {
                return from;
            }
        }

        return reasonAt;
    }

    /// <summary>Direction words of an increase and of a decrease (a reason item's own direction, compared with its change's).</summary>
    private static readonly string[] IncreaseWords = ["增加", "增长", "上升", "提高"];

    private static readonly string[] DecreaseWords = ["减少", "下降", "降低"];

    /// <summary>Each figure (relative to /narrative/) with the names that denote it in any section (<see cref="Labels"/>),
    /// three characters and longer (支出, 收入 alone name nothing certain).</summary>
    private static readonly Dictionary<string, string[]> NamesOfFigure = BuildNamesOfFigure();

    private static Dictionary<string, string[]> BuildNamesOfFigure()
    {
        var names = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var rows in Labels.Values)
        {
            foreach (var (keys, target) in rows)
            {
                if (!names.TryGetValue(target, out var list))
                {
                    names[target] = list = [];
                }

                foreach (var key in keys)
                {
                    if (key.Length >= 3 && !list.Contains(key))
                    {
                        list.Add(key);
                    }
                }
            }
        }

        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var pair in names)
        {
            result[pair.Key] = [.. pair.Value];
        }

        return result;
    }

    /// <summary>
    /// Attaches the items of the reason paragraph <paramref name="reason"/> (the text after its marker) to the changes of the
    /// paragraph before that they name (see the class). True when every item was attached; false leaves the note to the caller.
    /// </summary>
    private bool NamedItemReasons(Fragment reason)
    {
        if (!reasonsByNamePending)
        {
            return false;
        }

        reasonsByNamePending = false;
        var t = reason.Text;
        var starts = new List<int>();
        var at = 0;
        foreach (var marker in ReasonItemMarkers)
        {
            var found = t.IndexOf(marker, at, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            starts.Add(found);
            at = found + marker.Length;
        }

        var open = new List<string>();
        foreach (var change in previousParagraphChanges)
        {
            if (!b.Has(change, "reason"))
            {
                open.Add(change);
            }
        }

        if (starts.Count < 2 || NamedChangeIn(t, 0, starts[0], open, out _) != 0)
        {
            return false;   // not a list of reasons, or its lead names a subject of its own
        }

        var targets = new string[starts.Count];
        for (var i = 0; i < starts.Count; i++)
        {
            var (from, to) = ItemBounds(t, starts, i);
            if (NamedChangeIn(t, from, to, open, out var change) != 1 || Array.IndexOf(targets, change) >= 0
                || DirectionContradicts(t, from, to, change!))
            {
                return false;
            }

            targets[i] = change!;
        }

        for (var i = 0; i < starts.Count; i++)
        {
            var (from, to) = ItemBounds(t, starts, i);
            var span = b.Span(reason, from, to);
            b.SetUnder(targets[i], "reason", DraftNode.Of(b.Raw(reason, from, to).Trim()), span);
        }

        return true;
    }

    /// <summary>The text of item <paramref name="i"/> after its marker, without the clause marks that end it.</summary>
    private static (int From, int To) ItemBounds(string t, List<int> starts, int i)
    {
        var from = starts[i] + 2;
        var to = i + 1 < starts.Count ? starts[i + 1] : t.Length;
        while (to > from && (char.IsWhiteSpace(t[to - 1]) || t[to - 1] is ';' or ',' or '。' or '；' or '，' or '.'))
        {
            to--;
        }

        return (from, to);
    }

    /// <summary>
    /// How many of the <paramref name="open"/> changes [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="t"/>
    /// names by their figures' names (<see cref="NamesOfFigure"/>); a name inside a longer name of another figure ("支出合计" in
    /// "本年支出合计" aside, "基本支出" inside "一般公共预算财政拨款基本支出") does not count. <paramref name="change"/> is the
    /// last one named.
    /// </summary>
    private static int NamedChangeIn(string t, int from, int to, List<string> open, out string? change)
    {
        change = null;
        var spans = new List<(int Start, int End, string Change)>();
        foreach (var candidate in open)
        {
            if (!candidate.StartsWith(N, StringComparison.Ordinal) || !candidate.EndsWith("/change", StringComparison.Ordinal)
                || !NamesOfFigure.TryGetValue(candidate.Substring(N.Length, candidate.Length - N.Length - "/change".Length), out var names))
            {
                continue;
            }

            foreach (var name in names)
            {
                for (var i = t.IndexOf(name, from, to - from, StringComparison.Ordinal); i >= 0 && i + name.Length <= to;
                     i = i + 1 < to ? t.IndexOf(name, i + 1, to - i - 1, StringComparison.Ordinal) : -1)
                {
                    spans.Add((i, i + name.Length, candidate));
                }
            }
        }

        var count = 0;
        var seen = new List<string>();
        foreach (var s in spans)
        {
            var inside = spans.Exists(o => o.Change != s.Change && o.Start <= s.Start && o.End >= s.End
                && o.End - o.Start > s.End - s.Start);
            if (!inside && !seen.Contains(s.Change))
            {
                seen.Add(s.Change);
                change = s.Change;
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether the item states a direction (its first direction word) other than its change's.</summary>
    private bool DirectionContradicts(string t, int from, int to, string change)
    {
        var up = FirstIn(t, from, to, IncreaseWords);
        var down = FirstIn(t, from, to, DecreaseWords);
        if (up < 0 && down < 0 || b.FindString(change, "direction") is not { } direction)
        {
            return false;
        }

        var said = down < 0 || up >= 0 && up < down ? "increase" : "decrease";
        return direction != said;
    }

    /// <summary>Where the first of <paramref name="words"/> stands in [<paramref name="from"/>, <paramref name="to"/>), or −1.</summary>
    private static int FirstIn(string t, int from, int to, string[] words)
    {
        var first = -1;
        foreach (var word in words)
        {
            var at = t.IndexOf(word, from, to - from, StringComparison.Ordinal);
            if (at >= 0 && at + word.Length <= to && (first < 0 || at < first))
            {
                first = at;
            }
        }

        return first;
    }
}
