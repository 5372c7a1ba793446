namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 58 (prose58): an uncoded entry of a list of functional entries, named before its colon — "（1）行政运行（2012601）：
/// 150.00万元，占75.00%；（2）档案馆（补充说明）：50.00万元，占25.00%；", "2.档案馆（补充）：…", "（2）档案馆：…". The name is no 项 the
/// catalogue knows only as a 项 (<see cref="UnmarkedItemName"/> refuses it) and carries no code (<see cref="CodedNameBeforeColon"/>),
/// so before no reader took the clause: the entry before stayed the subject, the figures after the colon were its figures stated
/// a second time (a false FA8003, "the same figure stated twice", on its share and change), and the amount was unplaced. Inside a
/// list whose subject is an entry of the section, such a name is now the name of an entry of its own (名称 as written, the
/// catalogue's code only where the name is a 项 of one code, else none), so its figures are its own and never the entry's before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// Words that make a numbered name before a colon no functional entry's: a total or its parts (from
    /// <see cref="NotItemNameWords"/>), an economic class or a 三公 item (a list of those after the entries is no entry's).
    /// </summary>
    private static readonly string[] NotUncodedEntryWords =
        ["工资福利", "商品和服务", "对个人和家庭", "资本性支出", "经费", "出国", "接待", "公务用车", "三公", "原因", "主要", "用于", "情况", "说明如下"];

    /// <summary>
    /// Whether the clause, before a colon, names an uncoded entry of the list of functional entries being read — a list
    /// number ("（2）", "2.", "②") then a name of 2 to <see cref="UnmarkedNameLength"/> characters with no digit (brackets
    /// allowed: "档案馆（补充说明）"), while an entry of the section's list is the subject — and makes that entry the subject
    /// (<see cref="NamedSubject"/>). False, and nothing read, otherwise.
    /// </summary>
    private bool UncodedEntryName(ClauseView clause)
    {
        var t = clause.Sentence.Text;
        if (clause.End >= t.Length || t[clause.End] != ':' || !SubjectIsListedEntry())
        {
            return false;
        }

        var label = clause.Text.Trim();
        var start = LabelNameStart(label);
        var afterNumber = start > 0 || ReferenceEquals(clause.Sentence, numberedBody) && IsBlank(t.AsSpan(0, clause.Start));
        if (!afterNumber || label.Length - start is < 2 or > UnmarkedNameLength || label[start] is '(' or '[' or '【')
        {
            return false;   // no list number, or no name after it
        }

        for (var i = start; i < label.Length; i++)
        {
            if (Scanner.IsDigit(label[i]) || label[i] is ',' or ';' or '。' or '、' or ':')
            {
                return false;
            }
        }

        if (HasAnyIn(label, start, label.Length, NotItemNameWords) || HasAnyIn(label, start, label.Length, NotUncodedEntryWords)
            || label[label.Length - 1] == '费')
        {
            return false;   // "（1）基本支出：", "（2）办公费：": a total's part or an economic or 三公 item, no entry
        }

        var name = new FunctionalName(null, null, null, label.Substring(start).Trim(), label.Length);
        NamedSubject(clause, name, ref label, b.Span(clause.Sentence, clause.Start, clause.End), out _);
        return true;
    }

    /// <summary>
    /// The body of the paragraph being read after its list number ("3." of "3.档案馆（补充）：…", which the paragraph reader cuts
    /// off before its clauses are read), or null when the paragraph has none.
    /// </summary>
    private Fragment? numberedBody;

    /// <summary>Whether the subject is an entry of the list of functional entries of the section being read.</summary>
    private bool SubjectIsListedEntry()
        => subject is { } s && FunctionalList(false) is { } list && s.Length > list.Length + 1 && s[list.Length] == '/'
            && s.StartsWith(list, StringComparison.Ordinal);
}
