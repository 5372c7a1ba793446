namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 32, blind round 30 family B: a numbered paragraph that opens with a 款 or 项 named without its 类 ("1.行政运行（项）。
/// 年初预算为…万元，支出决算为…万元，完成年初预算的…%。") is that item's paragraph. Its budget, final and rate are the item's,
/// never the section total's (before: each item's figures were read as the 一般公共预算 total's budget comparison, FA8003 once
/// per item). In a section with no list of functional items, the paragraph is a located note: an item is never a total.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The longest a 款 or 项 name written at a paragraph's head may be before its level mark.</summary>
    private const int UnclassedNameLength = 40;

    /// <summary>
    /// Whether <paramref name="text"/> (a paragraph without its list number) opens with a 款 or 项 named without its 类 —
    /// "行政运行(项)。…", "(2)档案馆(项):…", "①机关服务(款)…", "档案事务(款)档案馆(项)，…" — and not with a figure right
    /// after the name (a label such as "行政运行(项)300.00万元" is read by its clause, <see cref="FunctionalSubject"/>).
    /// <paramref name="sectionName"/> is the 款 written before a 项; <paramref name="itemName"/> the 项 (null for a 款 alone);
    /// <paramref name="consumed"/> where the rest starts. A (类) before the first level mark makes it none (the class reader's).
    /// </summary>
    internal static bool UnclassedItemHead(string text, out string? sectionName, out string? itemName, out int consumed)
    {
        sectionName = null;
        itemName = null;
        consumed = 0;
        var start = EntryNumberEnd(text);
        var item = text.IndexOf("(项)", start, StringComparison.Ordinal);
        var kuan = text.IndexOf("(款)", start, StringComparison.Ordinal);
        var first = item < 0 ? kuan : kuan < 0 ? item : Math.Min(item, kuan);
        if (first <= start || first - start > UnclassedNameLength)
        {
            return false;
        }

        var classMark = text.IndexOf("(类)", start, StringComparison.Ordinal);
        if (classMark >= 0 && classMark < first)
        {
            return false;
        }

        var at = start;
        if (first == kuan)
        {
            if (!UnclassedName(text, at, kuan, out var name))
            {
                return false;   // sectionName and itemName are still null
            }

            sectionName = name;
            at = kuan + 3;
            if (item > at && item - at <= UnclassedNameLength && UnclassedName(text, at, item, out var own))
            {
                itemName = own;
                at = item + 3;
            }
        }
        else if (UnclassedName(text, at, item, out var own))
        {
            itemName = own;
            at = item + 3;
        }
        else
        {
            return false;
        }

        var next = at;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next < text.Length && Scanner.IsDigit(text[next]))
        {
            sectionName = itemName = null;
            return false;   // "行政运行(项)300.00万元": the clause's label names the item (FunctionalSubject)
        }

        consumed = at;
        return true;
    }

    /// <summary>The name written in [<paramref name="from"/>, <paramref name="to"/>): a level name (<see cref="IsLevelName"/>)
    /// of two characters at least with no clause break nor digit.</summary>
    private static bool UnclassedName(string text, int from, int to, out string name)
    {
        name = text.Substring(from, to - from).Trim();
        if (name.Length < 2 || !IsLevelName(name) || HasDigit(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is ',' or ':' or '、' or '。' or ';' or '，' or '：')
            {
                return false;   // a clause break: the words before it are no name
            }
        }

        return true;
    }

    /// <summary>
    /// The bullet signs that open a list entry as "1." does (session 53, blind round 50 t10: "● 名称（编码）：…"); the dashes of
    /// <see cref="BulletSigns"/> are left out (a dash may start a negative figure or a range).
    /// </summary>
    private const string EntryBullets = "●○■□◆◇▪►★☆•·※▲△◎";

    /// <summary>
    /// Whether the line [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/> opens with a bullet sign
    /// (<see cref="EntryBullets"/>) and has words after it: an entry of its own, as "1." is (session 53, blind round 50 t10:
    /// "● 本年支出…" after "● 本年收入…，因…医疗收入相应增长" without "。" is a paragraph, and a subject, of its own).
    /// </summary>
    internal static bool OpensWithEntryBullet(string text, int start, int end)
        => start + 1 < end && EntryBullets.IndexOf(text[start]) >= 0;

    /// <summary>
    /// The index after an entry number at the start of <paramref name="text"/> — "(1)", "(一)", "①", a bullet ("●", session
    /// 53) — and the spaces after it; 0 when it opens with none. ("1." and "1、" are taken off before, <c>ListMarker</c>.)
    /// </summary>
    private static int EntryNumberEnd(string text)
    {
        var at = 0;
        if (text.Length > 2 && text[0] == '(')
        {
            at = AfterNumerals(text, 1, Scanner.IsDigit, static c => c == ')');
            if (at == 0)
            {
                at = AfterNumerals(text, 1, BlockClassifier.IsChineseNumeral, static c => c == ')');
            }
        }
        else if (text.Length > 1 && text[0] is >= '\u2460' and <= '\u2473')
        {
            at = 1;   // ① … ⑳
        }
        else if (text.Length > 1 && EntryBullets.IndexOf(text[0]) >= 0)
        {
            at = 1;   // session 53: "● 中医（民族）医院（2100202）：…" — a bullet opening a line is an entry mark like "1."
        }

        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Outside the sections whose paragraphs may open with a functional entry (一般公共预算, 政府性基金, 国有资本经营), a paragraph that opens with
    /// a 款 or 项 named without its 类 (<see cref="UnclassedItemHead"/>) is a located note, and none of its figures is read:
    /// they are the item's, never the section's total nor its budget comparison. True when the paragraph was so noted.
    /// </summary>
    private bool UnplacedItemParagraph(Fragment body)
    {
        if (section is Section.GeneralBudget or Section.GovernmentFund or Section.StateCapital
            || !UnclassedItemHead(body.Text, out _, out _, out var consumed) || !ContainsFigure(body.Text))
        {
            return false;
        }

        Note(b.Span(body, 0, Math.Min(consumed, body.Length)), DisclosureMessages.FunctionalItemParagraphWithoutPlace, body.Text);
        subject = null;
        budget = null;
        reasonTarget = null;
        lastLabel = string.Empty;
        return true;
    }

    /// <summary>
    /// Where a numbered paragraph head of the 一般公共预算 section starts after its entry number ("1.", "(2)", "②"), or -1:
    /// outside that section, or with no entry number when <paramref name="numbered"/> says none was taken off before
    /// <paramref name="text"/> (<see cref="UnmarkedItemHead"/>, <see cref="CodedItemHead"/>).
    /// </summary>
    private int GeneralBudgetEntryStart(string text, bool numbered)
        => section == Section.GeneralBudget ? NumberedEntryStart(text, numbered) : -1;

    /// <summary>
    /// Where a numbered paragraph head starts after its entry number ("1.", "(2)", "②"), in any section, or -1 with no entry
    /// number when <paramref name="numbered"/> says none was taken off before <paramref name="text"/>.
    /// </summary>
    private static int NumberedEntryStart(string text, bool numbered)
    {
        var start = EntryNumberEnd(text);
        return start == 0 && !numbered ? -1 : start;
    }

    /// <summary>
    /// Session 33: the head of a numbered paragraph of the 一般公共预算 section that names a 项 with neither its 类 nor its level
    /// mark — "1.行政运行：年初预算为…", "（2）一般行政管理事务年初预算为 50.00 万元，…" — where the name is one the catalogue gives only
    /// to 项 (<see cref="ItemNameAt"/>), before ':' or before an amount phrase with its own figure
    /// (<see cref="NameBeforeAmountPhrase"/>). <paramref name="numbered"/>: the paragraph's list number ("1.") was taken off
    /// before <paramref name="text"/>; else the text must open with an entry number ("(2)", "②"). The paragraph head is the
    /// one entry point for such an item; a clause inside a sentence is read by <see cref="UnmarkedItemName"/> and
    /// <see cref="UnmarkedItemLabel"/>. <paramref name="consumed"/> is where the rest (":" or the phrase) starts.
    /// </summary>
    private bool UnmarkedItemHead(string text, bool numbered, out string? itemName, out int consumed)
    {
        itemName = null;
        consumed = 0;
        var start = GeneralBudgetEntryStart(text, numbered);
        if (start < 0)
        {
            return false;
        }

        var end = start;
        while (end < text.Length && text[end] is not (':' or ',' or ';' or '、' or '。'))
        {
            end++;
        }

        if (end < text.Length && text[end] == ':' && end - start >= 2 && end - start <= 80
            && !HasDigit(text.Substring(start, end - start)) && ItemNameAt(text, start, end, YearOrDefault))
        {
            itemName = text.Substring(start, end - start).Trim();
            consumed = end;
            return true;   // "1.行政运行：年初预算为…" (before: the clause's, UnmarkedItemName, with the paragraph's number)
        }

        if (NameBeforeAmountPhrase(text, start, text.Length, out var phraseAt)
            && StartsWithFigure(text, phraseAt, ClauseEndAt(text, phraseAt, text.Length))
            && ItemNameAt(text, start, phraseAt, YearOrDefault))
        {
            itemName = text.Substring(start, phraseAt - start);
            consumed = phraseAt;
            return true;
        }

        if (ItemNameBeforeSpending(text, start, out var nameEnd, out var figureAt))
        {
            itemName = text.Substring(start, nameEnd - start);   // session 63: "1.事业单位离退休支出386.74万元，比2013年增加…"
            consumed = figureAt;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Session 33: a numbered paragraph of the 一般公共预算 section whose first sentence opens with a name whose place is a guess
    /// (<see cref="UnplaceableItemName"/>: unknown to the catalogue, or a 类 or 款 name too) before an amount phrase with its own
    /// figure ("2.防汛抗旱专项业务年初预算为 50.00 万元，…", "2.其他一般公共服务支出年初预算为…"), read while a
    /// functional item of the section is the subject: its level and parent are a guess, so that sentence is a located note,
    /// none of its figures is read (before: they went to the item before, a false FA2205 and FA8003), and the body after it
    /// is returned to be read. Otherwise <paramref name="body"/> itself.
    /// </summary>
    private Fragment UnknownItemSentence(Fragment body, bool numbered)
    {
        if (section != Section.GeneralBudget || subject is null
            || !subject.StartsWith(N + "generalBudget/items/", StringComparison.Ordinal))
        {
            return body;
        }

        var text = body.Text;
        var start = EntryNumberEnd(text);
        if (start == 0 && !numbered
            || !NameBeforeAmountPhrase(text, start, text.Length, out var phraseAt)
            || !StartsWithFigure(text, phraseAt, ClauseEndAt(text, phraseAt, text.Length))
            || !UnplaceableItemName(text.Substring(start, phraseAt - start)))
        {
            return body;
        }

        var at = 0;
        NextSentence(text, ref at, out _, out var end);
        Note(b.Span(body, 0, phraseAt), DisclosureMessages.UnknownItemAfterItem, text.Substring(0, end));
        subject = null;
        budget = null;
        reasonTarget = null;
        lastLabel = string.Empty;
        return body.Slice(Math.Min(end, body.Length), body.Length);   // end is after the 。
    }
}
