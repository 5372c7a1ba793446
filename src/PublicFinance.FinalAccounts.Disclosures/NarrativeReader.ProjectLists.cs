using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Lists of named projects under the 项目支出 (session 47, schema 1.12; blind rounds 39 and 43): "项目支出主要包括：A 3120.50万元，
/// B 2846.30万元，…，其他项目723.51万元", "项目支出具体包括：…", "项目支出598.27万元，主要用于：…". In the expenditure section
/// (the 项目支出 of all funds), each entry after the list's colon, up to the sentence's end or the first "；" (unless "；"
/// separates the entries), is a project
/// of <c>expenditure/projectItems</c> (its name as written, its amount), and the entry 其他项目 / 其余项目 the list's
/// remainder (<c>expenditure/otherProjects</c>); rule FA1216 compares them with the 项目支出. Notes, never items: a list
/// under the 项目支出 of an appropriation (一般公共预算财政拨款项目支出主要包括：…, or in another section), an entry starting
/// with 其他 / 其余 that does not name the other projects. Not a list: a colon-less "主要用于…" of purposes (no amounts), an
/// entry whose name the section knows (基本支出, 人员经费…), a name with digits.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The words that open a list after the 项目支出 they break down, each followed by a colon.</summary>
    private static readonly string[] ProjectListOpenings =
    [
        "主要包括", "具体包括", "包括", "主要用于", "具体用于", "主要有", "具体为",
        "按专项列示", "分专项列示", "按项目列示",   // session 53: "本年项目支出1,846.30万元，按专项列示：…"
    ];

    /// <summary>The words before 项目支出 that make it an appropriation's, not the 项目支出 of all funds.</summary>
    private static readonly string[] AppropriationBasisWords = ["财政拨款", "一般公共预算", "政府性基金", "国有资本经营"];

    /// <summary>
    /// Reads an amount as an entry of a list of named projects under the 项目支出 (see the class remarks); true when it was
    /// placed or noted, false when the clause is not such an entry.
    /// </summary>
    private bool ProjectListEntry(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        if (section is not (Section.Expenditure or Section.GeneralBudget or Section.Appropriation)
            || ProjectListBasis(clause.Sentence.Text, clause.Start + token.Start) is not { } basis)
        {
            return false;
        }

        var name = EntryNameOf(label);
        var remainder = name.StartsWith("其他", StringComparison.Ordinal) || name.StartsWith("其余", StringComparison.Ordinal);
        if (name.Length is < 3 or > 40 || HasDigit(name) || Resolve(name) is not null || LabelDirection(label) is not null
            || HasAny(remainder ? name.Replace("合计", string.Empty) : name, NotProjectNameWords))
        {
            return false;
        }

        if (!basis || section != Section.Expenditure)
        {
            Note(span, DisclosureMessages.ProjectListOfAnotherBasis(name), clause);
            return true;
        }

        var node = AmountNode(token, span);
        if (node.Kind != DraftKind.String || ReferenceEquals(node, DraftNode.Unplaceable)
            || ReferenceEquals(node, DraftNode.BeyondTheContract) || ReferenceEquals(node, DraftNode.Approximate))
        {
            return false;   // the figure path notes why it is not placed
        }

        if (remainder)
        {
            if (!name.Contains("项目"))
            {
                Note(span, DisclosureMessages.ProjectListRemainderUnclear(name), clause);
                return true;
            }

            b.Set(N + "expenditure/otherProjects", node, span, ClaimKind.Amount, clause.Text);
            return true;
        }

        var pointer = b.Append(N + "expenditure/projectItems");
        b.SetUnder(pointer, "name", DraftNode.Of(name), span);
        b.SetUnder(pointer, "amount", node, span, ClaimKind.Amount, clause);
        return true;
    }

    /// <summary>
    /// Whether the text before <paramref name="at"/> opens a list of named projects under a 项目支出 — "项目支出主要包括：",
    /// "项目支出598.27万元，具体包括：" — with no "；" since its colon: true for the 项目支出 of all funds, false for an
    /// appropriation's (财政拨款, 一般公共预算… before 项目支出), null when no such list is open.
    /// </summary>
    private static bool? ProjectListBasis(string sentence, int at)
    {
        var colon = Math.Max(sentence.LastIndexOf(':', Math.Max(at - 1, 0)), sentence.LastIndexOf('：', Math.Max(at - 1, 0)));
        var end = colon <= 0 ? -1 : sentence.IndexOfAny(ListEndMarks, colon, at - colon);
        if (colon <= 0 || end >= 0 && !SemicolonList(sentence, colon, end))
        {
            return null;
        }

        var head = sentence.Substring(0, colon).TrimEnd();
        var opened = false;
        foreach (var opening in ProjectListOpenings)
        {
            if (head.EndsWith(opening, StringComparison.Ordinal))
            {
                head = head.Substring(0, head.Length - opening.Length).TrimEnd(',', '，', ' ');
                opened = true;
                break;
            }
        }

        // The subject: the text since the last "；" or "。" before the opening, its figure and share cut off.
        var start = Math.Max(head.LastIndexOfAny(ListEndMarks), head.LastIndexOf('。')) + 1;
        var subject = head.Substring(start).Trim();
        subject = subject.StartsWith("其中", StringComparison.Ordinal) ? subject.Substring(2).TrimStart(':', '：', ' ') : subject;
        var project = subject.IndexOf("项目支出", StringComparison.Ordinal);
        if (!opened || project < 0)
        {
            return null;
        }

        var before = subject.Substring(0, project);
        foreach (var word in AppropriationBasisWords)
        {
            if (before.Contains(word))
            {
                return false;
            }
        }

        return project == 0 || YearWordsOnly(subject, project) ? true : null;
    }

    /// <summary>
    /// Session 53 (blind round 49 t08): whether the words before 项目支出 in the list's subject clause (since its last ',') are
    /// only the year's ("本年项目支出1,846.30万元，按专项列示：…", "其中项目支出…", "2025年度项目支出…"): the 项目支出 of all funds
    /// still, as a bare "项目支出" is.
    /// </summary>
    private static bool YearWordsOnly(string subject, int project)
    {
        var clause = subject.Substring(0, project);
        var comma = clause.LastIndexOfAny(CommaMarks);
        var words = clause.Substring(comma + 1).Trim();
        words = words.StartsWith("其中", StringComparison.Ordinal) ? words.Substring(2).TrimStart(':', '：', ' ') : words;
        if (words.Length > 4 && char.IsDigit(words[0]) && words.IndexOf('年') == 4)
        {
            words = words.Substring(words.Length > 5 && words[5] == '度' ? 6 : 5);
        }

        return words is "" or "本年" or "本年度" or "全年" or "当年";
    }

    /// <summary>
    /// Whether a list uses "；" between its entries: its first separator after the colon is the "；" at
    /// <paramref name="semicolon"/> (no "，" or "、" before it), so a "；" does not end it.
    /// </summary>
    private static bool SemicolonList(string sentence, int colon, int semicolon)
        => sentence.IndexOfAny(CommaMarks, colon, semicolon - colon) < 0;

    /// <summary>The marks that separate the entries of a list written with commas.</summary>
    private static readonly char[] CommaMarks = [',', '，', '、'];

    /// <summary>
    /// The name of a list entry as written: <see cref="NamedProjectName"/>'s, with the quote it trimmed put back when its pair
    /// stays inside the name ("“博爱家园”社区服务项目", not "博爱家园”社区服务项目").
    /// </summary>
    private static string EntryNameOf(string label)
    {
        var name = NamedProjectName(label);
        var opens = name.IndexOf('“') >= 0;
        var closes = name.IndexOf('”') >= 0;
        return closes && !opens ? "“" + name : opens && !closes ? name + "”" : name;
    }

    /// <summary>Words of a label that say its amount is a total, a budget or a prior year's, never a project's.</summary>
    private static readonly string[] NotProjectNameWords = ["合计", "总计", "预算", "上年", "决算", "同比", "较", "占"];

    /// <summary>The marks that close a list of named projects before its sentence ends ("；").</summary>
    private static readonly char[] ListEndMarks = [';', '；'];
}
