namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (blind round 55, t05): a decrease explained by saying that nothing of the kind took place this year, with no
/// reason word — the 未安排理由 <c>因公出国（境）费0万元，比上年减少3.60万元，本年未安排出国（境）团组（上年1个团组2人次）。</c>. The clause
/// right after the decrease says why the spending fell (no 团组 was sent), yet no marker (原因, 主要是, 由于) opens it, so the
/// change had no reason and FA2106 warned that none is given: a false Warning. Now such a clause is the decrease's reason.
/// </summary>
/// <remarks>
/// Precision first: only the clause right after the clause that read the change (nothing between), only a decrease (that
/// nothing was arranged explains a fall, never a rise), only a change with no reason yet, only a clause that opens with
/// <see cref="NothingArrangedWords"/> (after an optional 本年/本年度/当年/今年/全年), has no digit outside brackets, reads no
/// comparison of its own and is the last of its part (a ';', a '。' or the sentence's end follows).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The words by which a clause says that nothing of the kind was arranged or took place this year.</summary>
    private static readonly string[] NothingArrangedWords = ["未安排", "未发生", "未组织", "未派出", "未开展", "没有安排", "没有发生", "无"];

    /// <summary>The words that may name the year before <see cref="NothingArrangedWords"/> (本年未安排…).</summary>
    private static readonly string[] NothingArrangedYears = ["本年度", "本年", "当年", "今年", "全年"];

    /// <summary>
    /// After the clause [<paramref name="start"/>, <paramref name="end"/>) of the part ending at <paramref name="to"/> was
    /// read: when the clause before it read a decrease (<paramref name="previousMoved"/>: the reason target moved there) that
    /// this clause did not replace (<paramref name="targetBefore"/>) and this clause states that nothing was arranged (see
    /// the type's remarks), the clause is that decrease's reason.
    /// </summary>
    private void NothingArrangedReason(Fragment f, bool previousMoved, int start, int end, int to, string? targetBefore)
    {
        if (!previousMoved || reasonTarget is not { } target || target != targetBefore
            || !target.EndsWith("/change", StringComparison.Ordinal) || b.Has(target, "reason")
            || !string.Equals(b.FindString(target, "direction"), "decrease", StringComparison.Ordinal))
        {
            return;
        }

        var t = f.Text;
        if (!Trimmed(t, start, end, out var from, out var stop) || !OpensNothingArranged(t, from, stop)
            || DigitOutsideBrackets(t, from, stop))
        {
            return;
        }

        var next = end;
        while (next < to && t[next] == ' ')
        {
            next++;
        }

        if (next >= to || t[next] is ';' or '。')
        {
            LeadingReason(f, target, from, stop);
        }
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) opens with (a year word and) a nothing-arranged word.</summary>
    private static bool OpensNothingArranged(string t, int from, int to)
    {
        var at = from;
        foreach (var year in NothingArrangedYears)
        {
            if (string.CompareOrdinal(t, at, year, 0, year.Length) == 0 && at + year.Length <= to)
            {
                at += year.Length;
                break;
            }
        }

        foreach (var word in NothingArrangedWords)
        {
            // A bare 无 only after a year word (本年无出国团组): alone it may open anything (无变化, 无差异).
            if ((word != "无" || at > from) && at + word.Length < to
                && string.CompareOrdinal(t, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) holds a digit outside brackets.</summary>
    private static bool DigitOutsideBrackets(string t, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var c = t[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）')
            {
                depth = depth > 0 ? depth - 1 : 0;
            }
            else if (depth == 0 && Scanner.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
