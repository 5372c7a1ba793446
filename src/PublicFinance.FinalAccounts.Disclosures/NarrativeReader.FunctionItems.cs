using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Functional items named in a figure's label (功能分类科目行, blind pages of session 20): "行政运行（2010301）3410.55万元，占…，
/// 比上年…。年初预算为…" after a 类 list, "城乡社区管理事务（2120101）行政运行支出为 0 万元", "行政运行（项）300.00 万元", and the 类 of
/// a 财政拨款 section written without 一般公共预算 ("按功能分类：公共安全支出 250.00 万元，比上年增加 20.00 万元"). Each is its own
/// subject, with its own change, budget and reason — never folded into the 类 (or the figure) read before it.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A functional classification named in a label: its code when written (or found in the catalogue), the 类 and 款 names
    /// written before the 项's, its own name, and where the rest of the label (what it says of the figure) starts.
    /// </summary>
    internal readonly record struct FunctionalName(string? Code, string? ClassName, string? SectionName, string Name, int RestStart)
    {
        /// <summary>
        /// Whether the name is a code written first that only its 类 vouches for (<see cref="UncataloguedCodeFirst"/>): an item
        /// only where the text stated that 类 before (<see cref="ClassStated"/>).
        /// </summary>
        public bool NeedsStatedClass { get; init; }

        /// <summary>Whether the code was written before the name ("2050101 行政运行", <see cref="CodeFirst"/>).</summary>
        public bool WrittenFirst { get; init; }

        /// <summary>Whether the name is a 类 (a code of three digits).</summary>
        public bool IsClass => Code is { Length: 3 };
    }

    /// <summary>The words a label may carry after the item's name written after its code ("（2120101）行政运行支出为").</summary>
    private static readonly string[] NameTails = ["为", "是", "决算数", "决算", "支出数", "支出"];

    /// <summary>
    /// The functional item a label names by a code in brackets — "行政运行(2010301)", "城乡社区管理事务(2120101)行政运行支出为"
    /// (3, 5 or 7 digits, the first a 2: the expenditure codes), by a code written first with the catalogue's name of it
    /// after ("2050101 行政运行", <see cref="CodeFirst"/>) — or by its level, "行政运行(项)",
    /// "政府办公厅(室)及相关机构事务(款)", "一般公共服务支出(类)…(款)…(项)" (a 类 alone is not one: the class readers take it).
    /// The name is what is written before the code; after it, a name the catalogue gives the code (the 项 of a 款 written
    /// before). A name with a digit (a year, a figure) is none.
    /// </summary>
    internal static bool TryFunctionalName(string label, int year, out FunctionalName name)
    {
        if (JoinedCodeFirstLine(label) is var joined and > 0 && TryFunctionalName(label.Substring(joined), year, out name))
        {
            name = name with { RestStart = name.RestStart + joined };   // session 50: "主要用于2010301 …(项)" (JoinedCodeLines)
            return true;
        }

        return CodeFirstLevelPath(label, year, out name) || TryFunctionalNameAt(label, year, out name);
    }

    /// <summary><see cref="TryFunctionalName"/> of a label that does not hold a code-first line joined to words before it.</summary>
    private static bool TryFunctionalNameAt(string label, int year, out FunctionalName name)
    {
        name = default;
        if (CodeFirst(label, out var codeStart, out var codeEnd, out var nameStart))
        {
            // "2050101 行政运行", "[2050101]行政运行": the code's own name after it, as after "(2120101)"; a code the catalogue
            // does not list, with a name of its own under a class it does.
            var code = label.Substring(codeStart, codeEnd - codeStart);
            if (CodeFirstWithLevel(label, code, nameStart, year, out name)   // "2130301行政运行(项):年初预算" (session 37)
                || CodedName(label, code, string.Empty, nameStart, nameStart, year, out name)
                || UncataloguedCodeFirst(label, code, nameStart, out name))
            {
                name = name with { WrittenFirst = true };
                return true;
            }

            name = default;
        }

        // Asked of every amount's label with a '(' ("因公出国(境)费"): nothing is made unless a code or a level is written.
        var open = -1;
        var close = -1;
        for (var p = label.IndexOf('('); p >= 0 && open < 0; p = label.IndexOf('(', p + 1))
        {
            var d = p + 1;
            while (d < label.Length && Scanner.IsDigit(label[d]))
            {
                d++;
            }

            if (d - p - 1 is 3 or 5 or 7 && d < label.Length && label[d] == ')' && label[p + 1] == '2')
            {
                (open, close) = (p, d);
            }
        }

        if (open < 0 && CodeAfterLevelMark(label, year, out name))
        {
            return true;   // "社会保障和就业支出(类)208:", "行政运行(项)(科目编码2130104):" (session 40, CodeAfterLevelMark)
        }

        if (open < 0 && label.IndexOf("(项)", StringComparison.Ordinal) < 0 && label.IndexOf("(款)", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var start = LabelNameStart(label);
        if (open >= 0)
        {
            return open >= start && CodedName(label, label.Substring(open + 1, close - open - 1),
                label.Substring(start, open - start).Trim(), close + 1, close + 1, year, out name)
                && LevelPathBeforeCode(ref name, year);   // "…(类)…(款)…(项)(2101101)": the path split (session 39)
        }

        var item = label.IndexOf("(项)", start, StringComparison.Ordinal);
        var section = label.IndexOf("(款)", start, StringComparison.Ordinal);
        if (item < 0 && section < 0)
        {
            return false;
        }

        var classEnd = label.IndexOf("(类)", start, StringComparison.Ordinal);
        start = AfterListLead(label, start, Math.Min(classEnd < 0 ? int.MaxValue : classEnd,
            Math.Min(item < 0 ? int.MaxValue : item, section < 0 ? int.MaxValue : section)));   // "…主要用于…(类)" (session 40)
        classEnd = label.IndexOf("(类)", start, StringComparison.Ordinal);
        var at = start;
        string? className = null, sectionName = null;
        if (classEnd >= 0 && (section < 0 || classEnd < section) && (item < 0 || classEnd < item))
        {
            className = label.Substring(at, classEnd - at).Trim();
            at = classEnd + 3;
        }

        if (section >= at)
        {
            sectionName = label.Substring(at, section - at).Trim();
            at = section + 3;
        }

        string? itemName = null;
        if (item >= at)
        {
            itemName = label.Substring(at, item - at).Trim();
            at = item + 3;
        }

        var own = itemName ?? sectionName;
        if (string.IsNullOrEmpty(own) || className is { Length: 0 } || HasDigit(own!) || className is not null && HasDigit(className)
            || sectionName is not null && HasDigit(sectionName))
        {
            return false;
        }

        name = new FunctionalName(null, className, itemName is null ? null : sectionName, own!, at);
        return true;
    }

    /// <summary>
    /// <see cref="TryFunctionalName"/> for a written <paramref name="code"/>: the name <paramref name="before"/> it, or the
    /// catalogue's name of the code written from <paramref name="afterStart"/>; <paramref name="codeEnd"/> is where the rest of
    /// the label starts when the name is the one before.
    /// </summary>
    private static bool CodedName(string label, string code, string before, int afterStart, int codeEnd, int year,
        out FunctionalName name)
    {
        name = default;
        if (!FunctionalCode.IsValid(code))
        {
            return false;
        }

        while (afterStart < label.Length && label[afterStart] == ' ')
        {
            afterStart++;
        }

        // "城乡社区管理事务(2120101)行政运行支出为": the catalogue's name of the code after it, its tail words taken off one by one.
        var after = label.Substring(afterStart);
        var parsed = FunctionalCode.FromDigits(code);
        while (after.Length > 1)
        {
            if (ClassificationCatalogue.Default.MatchName(parsed, year == 0 ? null : year, after)
                is NameMatch.Exact or NameMatch.Alias or NameMatch.OtherYear)
            {
                name = new FunctionalName(code, null, before.Length > 0 ? before : null, after, afterStart + after.Length);
                return !HasDigit(before);
            }

            var cut = false;
            foreach (var tail in NameTails)
            {
                if (after.EndsWith(tail, StringComparison.Ordinal) && after.Length > tail.Length)
                {
                    after = after.Substring(0, after.Length - tail.Length).TrimEnd();
                    cut = true;
                    break;
                }
            }

            if (!cut)
            {
                break;
            }
        }

        if (before.Length == 0 || HasDigit(before))
        {
            return false;   // "(2010301)…" with no name the catalogue knows: not read as an item
        }

        name = new FunctionalName(code, null, null, before, codeEnd);
        return true;
    }

    /// <summary>
    /// Whether <see cref="TryFunctionalName"/> may find an item in the label: a '(' (a code or a level in brackets) or a code
    /// written first (<see cref="CodeFirst"/>); the test before it is asked of every amount.
    /// </summary>
    internal static bool MayNameFunctionalItem(string label) => label.IndexOf('(') >= 0 || CodeFirst(label, out _, out _, out _);

    /// <summary>
    /// A code written first that the catalogue does not list (its list of 款 and 项 is partial: "2050201 学前教育"), with the
    /// name written after it: an item when the catalogue lists the code's 类 and the name is Chinese words only (2 to 30, the
    /// tail words of <see cref="NameTails"/> taken off; brackets allowed, no digit). A code the catalogue lists with another
    /// name is not one (<see cref="CodedName"/> asked first): a number that only looks like a code is never an item.
    /// </summary>
    private static bool UncataloguedCodeFirst(string label, string code, int nameStart, out FunctionalName name)
    {
        name = default;
        var catalogue = ClassificationCatalogue.Default;
        if (code.Length == 3 || !FunctionalCode.IsValid(code) || catalogue.TryGetName(FunctionalCode.FromDigits(code), null, out _)
            || !catalogue.TryGetName(FunctionalCode.FromDigits(code.Substring(0, 3)), null, out _))
        {
            return false;
        }

        var written = label.Substring(nameStart).TrimEnd();
        var cut = true;
        while (cut)
        {
            cut = false;
            foreach (var tail in NameTails)
            {
                // "支出" is kept unless a catalogue name is left ("行政运行支出"): a name of its own may end with it ("其他教育支出").
                if (written.EndsWith(tail, StringComparison.Ordinal) && written.Length > tail.Length + 1 && (tail != "支出"
                    || catalogue.FindFunctionalByName(written.Substring(0, written.Length - 2), null).Count > 0))
                {
                    written = written.Substring(0, written.Length - tail.Length).TrimEnd();
                    cut = true;
                    break;
                }
            }
        }

        if (written.Length is < 2 or > 30)
        {
            return false;
        }

        foreach (var c in written)
        {
            if (!(c is >= '\u4E00' and <= '\u9FFF' or '(' or ')'))
            {
                return false;
            }
        }

        // Vouched for by the catalogue when it lists the 款 or knows the name at the 项 (or 款) level; else only by the text.
        var vouched = catalogue.TryGetName(FunctionalCode.FromDigits(code.Substring(0, 5)), null, out _)
            || catalogue.FindFunctionalByName(written, null).Any(c => c.Value.Length == code.Length);
        name = new FunctionalName(code, null, null, written, nameStart + written.Length) { NeedsStatedClass = !vouched };
        return true;
    }

    /// <summary>
    /// Whether <paramref name="list"/> already holds a 款 or 项 of <paramref name="code"/>'s line other than itself — its
    /// 款 (or one of its 项 when it is a 款) — where a 类 (three digits) is none.
    /// </summary>
    private bool NestedEntry(string list, FunctionalCode code)
    {
        if (code.IsDefault || code.Value.Length == 3)
        {
            return false;
        }

        var items = b.Find(list);
        var count = items is { Kind: DraftKind.Array } ? items.Count : 0;
        for (var i = 0; i < count; i++)
        {
            if (ReportBuilder.ItemString(items!, i, "code") is { Length: > 3 } other && other.Length != code.Value.Length
                && (other.StartsWith(code.Value, StringComparison.Ordinal) || code.Value.StartsWith(other, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text stated the 类 of <paramref name="code"/> before (a 类 of the 一般公共预算 section or of the 财政拨款
    /// section's items): "…其中教育支出 21541.00 万元…。按项级科目列示如下：2050201 学前教育 1486.30 万元".
    /// </summary>
    private bool ClassStated(FunctionalCode code)
    {
        var parent = FunctionalCode.FromDigits(code.Value.Substring(0, 3));
        return SameEntry(N + "generalBudget/classes", parent, string.Empty) is not null
            || SameEntry(N + "appropriation/items", parent, string.Empty) is not null;
    }

    /// <summary>The marks between a code written first and its name ("2050101-行政运行", "2050101：行政运行").</summary>
    private static bool IsCodeNameSeparator(char c) => c is ' ' or '-' or '—' or '–' or ':' or '、';

    /// <summary>
    /// A label that starts with a functional code (项 lines written code first, 按项级科目列示): "2050101 行政运行",
    /// "2050101行政运行", "[2050101]行政运行", "【20501】普通教育", "2050101-行政运行" — 3, 5 or 7 digits, the first a 2, alone
    /// (no digit, decimal point or unit right after), then the name. [<paramref name="codeStart"/>, <paramref name="codeEnd"/>)
    /// is the code and <paramref name="nameStart"/> where the name starts. Only a shape: <see cref="CodedName"/> takes the
    /// name only when the catalogue gives it to the code, so a telephone number or a bare amount is never an item.
    /// </summary>
    private static bool CodeFirst(string label, out int codeStart, out int codeEnd, out int nameStart)
    {
        codeStart = codeEnd = nameStart = 0;
        var at = label.Length > 3 && (label[0] == '(' || label[0] is >= '\u2460' and <= '\u2473')
            ? EntryNumberEnd(label) : ListNumberBeforeCode(label);   // "(1)2240101行政运行(项)", "①2240101…" (session 38)
        while (at < label.Length && label[at] == ' ')
        {
            at++;
        }

        var close = '\0';
        if (at < label.Length && label[at] is '[' or '【' or '〔')
        {
            close = label[at] switch { '[' => ']', '【' => '】', _ => '〕' };
            at++;
        }

        var digits = at;
        while (digits < label.Length && Scanner.IsDigit(label[digits]))
        {
            digits++;
        }

        if (digits - at is not (3 or 5 or 7) || label[at] != '2' || digits >= label.Length)
        {
            return false;
        }

        var next = digits;
        if (close != '\0')
        {
            if (label[next] != close)
            {
                return false;
            }

            next++;
        }
        else if (label[next] is '.' or '%' or ',' or '年' or '月' or '日' or '个' or '名' or '人' or '元'
            && !Scanner.CodeBeforePersonWord(label, next, next, next + 1 < label.Length ? label[next + 1] : '\0'))
        {
            return false;   // a figure or a date, not a code
        }

        while (next < label.Length && IsCodeNameSeparator(label[next]))
        {
            next++;
        }

        if (next >= label.Length || Scanner.IsDigit(label[next]))
        {
            return false;
        }

        (codeStart, codeEnd, nameStart) = (at, digits, next);
        return true;
    }

    /// <summary>Where the name in a label starts: after 其中, an entry number ("(1)", "1.", "一是") and a year ("2024年度").</summary>
    private static int LabelNameStart(string label)
    {
        var at = 0;
        while (at < label.Length && label[at] == ' ')
        {
            at++;
        }

        if (string.CompareOrdinal(label, at, "其中", 0, 2) == 0)
        {
            at += 2;
        }

        var rest = label.Substring(at);
        var stripped = WithoutEntryNumber(rest);
        at += rest.Length - stripped.Length;
        at = AfterCircledNumber(label, at);
        var digits = at;
        while (digits < label.Length && Scanner.IsDigit(label[digits]))
        {
            digits++;
        }

        if (digits - at == 4 && digits < label.Length && label[digits] == '年')
        {
            at = digits + 1 < label.Length && label[digits + 1] == '度' ? digits + 2 : digits + 1;
        }

        return at;
    }

    /// <summary>
    /// The list a functional item of the current section goes to: the 一般公共预算 section's 类 or 项, a fund's items, the 财政拨款
    /// section's items (any level) — or null where the model has no place for it (the fund lists hold only 款 and 项). The
    /// section is the one a fund-led sentence names (<see cref="ListSection"/>, session 44), else the current one.
    /// </summary>
    private string? FunctionalList(bool isClass) => ListSection switch
    {
        Section.GeneralBudget => N + (isClass ? "generalBudget/classes" : "generalBudget/items"),
        Section.GovernmentFund when !isClass => N + "governmentFund/items",
        Section.StateCapital when !isClass => N + "stateCapital/items",
        Section.Appropriation => HeadedFundItems(isClass) ?? N + "appropriation/items",   // session 44 (FundHeadedItems)
        _ => null,
    };

    /// <summary>
    /// The sentence (its <see cref="sentenceStart"/>) a functional item without a place in its section silenced: nothing more of
    /// it is read (its change, share or budget would otherwise go to the section's statement or the figure before it).
    /// </summary>
    private int mutedSentence = -1;

    /// <summary>Whether the sentence being read was silenced by a functional item it had no place for.</summary>
    private bool SentenceMuted => mutedSentence == sentenceStart && mutedSentence >= 0;

    /// <summary>
    /// A functional item made the subject by a figure inside a list of its sentence ("…财政拨款支出 X 万元，其中：农林水支出（类）
    /// Y 万元，占…"), with the sentence: the item stays the subject only to the end of that sentence (a budget in the next is
    /// the section's, not the last item's).
    /// </summary>
    private string? listedItem;

    private int listedItemSentence = -1;

    /// <summary>
    /// The subject and budget before the first item listed in <see cref="listedItemSentence"/> ("一般公共预算财政拨款支出 500.00
    /// 万元，其中：行政运行（2010301）…"): the section's figure, the subject again once the list's sentence ends.
    /// </summary>
    private (string? Subject, string? Budget) beforeListedItem;

    /// <summary>
    /// <paramref name="pointer"/> is listed inside the current sentence (<see cref="listedItem"/>); the subject and budget
    /// before the sentence's first listed item (<paramref name="previousSubject"/>, <paramref name="previousBudget"/>) are
    /// kept for <see cref="EndListedItem"/>.
    /// </summary>
    private void ListItem(string pointer, string? previousSubject, string? previousBudget)
    {
        if (listedItem is null || listedItemSentence != sentenceStart)
        {
            beforeListedItem = (previousSubject, previousBudget);
        }

        listedItem = pointer;
        listedItemSentence = sentenceStart;
    }

    /// <summary>
    /// At a new sentence: a functional item listed inside the sentence before is no longer the subject; the figure before the
    /// list is again ("…其中：行政运行（2010301）300.00 万元，…200.00 万元。比上年增加 30.00 万元…年初预算为 520.00 万元": the
    /// section's change and budget).
    /// </summary>
    private void EndListedItem()
    {
        if (listedItem is not null && listedItemSentence != sentenceStart)
        {
            if (subject == listedItem)
            {
                (subject, budget) = beforeListedItem;
            }

            listedItem = null;
            beforeListedItem = default;
        }
    }

    /// <summary>
    /// An amount whose label names a functional item (<see cref="TryFunctionalName"/>): the item becomes the subject (a new
    /// entry of <see cref="FunctionalList"/>, or the entry of the same code already read) and the figure is read with the
    /// rest of the label (<paramref name="label"/> is set to it). In a section with no place for it, a note and the rest of
    /// the sentence is not read (<paramref name="handled"/>). False when the label names no item.
    /// </summary>
    private bool FunctionalSubject(ClauseView clause, ref string label, SourceSpan span, out bool handled)
    {
        handled = false;
        if (!TryFunctionalName(label, year, out var name)
            || name.NeedsStatedClass && !ClassStated(FunctionalCode.FromDigits(name.Code!)))
        {
            return false;   // "2345678 某某 12.00 万元": a number shaped as a code that neither the catalogue nor the text vouches for
        }

        return NamedSubject(clause, name, ref label, span, out handled);
    }

    /// <summary>
    /// <see cref="FunctionalSubject"/> for the functional <paramref name="name"/> read from <paramref name="label"/>: the item
    /// becomes the subject, or — with no place in the section — a note silences the rest of the sentence
    /// (<paramref name="handled"/>).
    /// </summary>
    private bool NamedSubject(ClauseView clause, FunctionalName name, ref string label, SourceSpan span, out bool handled)
    {
        handled = false;
        var list = FunctionalList(name.IsClass);
        var code = list is null ? default
            : name.Code is { } written ? FunctionalCode.FromDigits(written) : ResolveCode(name.ClassName, name.SectionName, name.Name);
        if (list is not null && name.WrittenFirst && NestedEntry(list, code))
        {
            // "20501 教育管理事务 100.00 万元。2050101 行政运行 100.00 万元。": a 款 and its 项 in one list would be summed twice
            // into their 类 (FA1205): the later one is a note, with the rest of its sentence.
            mutedSentence = sentenceStart;
            subject = null;
            budget = null;
            reasonTarget = null;
            Note(span, DisclosureMessages.CodedLineNested, clause);
            handled = true;
            return true;
        }
        if (list is null || !name.IsClass && ListedUnderItsClass(clause, code))
        {
            mutedSentence = sentenceStart;
            subject = null;
            budget = null;
            reasonTarget = null;
            Note(span, list is null ? DisclosureMessages.FunctionalItemWithoutPlace : DisclosureMessages.ItemOfStatedClass, clause);
            handled = true;
            return true;
        }

        var named = b.Span(clause.Sentence, clause.Start, Math.Min(clause.End, clause.Start + name.RestStart));
        var pointer = SameEntry(list, code, name.Name, name.SectionName)
            ?? StartFunctionalEntry(list, code, name.IsClass ? null : name.ClassName, name.SectionName, name.Name, named, label,
                name.RestStart);
        if (!code.IsDefault && tableItems?.Contains(pointer) == true)
        {
            namedTableItem = pointer;   // session 53: "城市建设支出（2120803）5,846.34万元" under its table row: compared with it
        }

        var (previousSubject, previousBudget) = (subject, budget);
        if (pointer != subject)
        {
            subject = pointer;
            budget = null;
            reasonTarget = null;
        }

        subjectSentence = sentenceStart;   // Session 34 (M6): "…行政运行（项）845 万元，与上年持平" — the item is this sentence's
        ItemNamed();   // ItemNameClauses: a named item is the subject, not the last 类 of a list

        if (clause.Start > currentSentenceFrom && !NameHeadsNextSentence(clause))   // session 44: "…；名称（项）（代码）。年初预算…"
        {
            ListItem(pointer, previousSubject, previousBudget);   // inside a list of its sentence: the subject to that sentence's end
        }

        lastLabel = string.Empty;
        label = label.Substring(name.RestStart);
        return true;
    }

    /// <summary>
    /// Whether a coded 款 or 项 of the 一般公共预算 section is listed inside the sentence of its own 类, stated with its amount
    /// ("一般公共服务支出（类）400.00 万元，主要用于：行政运行（2010301）300.00 万元"): the 类 is the subject (or was, before the
    /// sentence's first listed item). Such a 项 is not placed: the text may list only the class's main items, and 类 = Σ 项
    /// (FA1205) would then be a false Error (precision first). A 项 in a sentence of its own stays its own item.
    /// </summary>
    private bool ListedUnderItsClass(ClauseView clause, FunctionalCode code)
    {
        if (ListSection != Section.GeneralBudget || code.IsDefault || code.Value.Length <= 3 || clause.Start <= currentSentenceFrom)
        {
            return false;
        }

        if (AnnouncedList(clause))
        {
            return false;   // "卫生健康支出（类）690.50 万元，具体如下：①…②…": the list the class line announces (session 23)
        }

        var owner = listedItem is not null && listedItemSentence == sentenceStart && subject == listedItem
            ? beforeListedItem.Subject : subject;
        return owner is not null && owner.StartsWith(N + "generalBudget/classes/", StringComparison.Ordinal)
            && b.FindString(owner, "code") is { Length: 3 } parent && code.Value.StartsWith(parent, StringComparison.Ordinal)
            && b.Has(owner, "amount");
    }

    /// <summary>
    /// The entry of <paramref name="list"/> already read for the code (an item is listed once), or — without a code — the
    /// current subject when it is the entry of that name, itself without a code and under the same 款 name, or none, as
    /// <paramref name="sectionName"/> ("人力资源事务（款）行政运行（项）" after "政府办公厅（室）及相关机构事务（款）行政运行（项）",
    /// coded 2010301, is another 行政运行: session 32); null otherwise.
    /// </summary>
    private string? SameEntry(string list, FunctionalCode code, string name, string? sectionName = null)
    {
        if (code.IsDefault)
        {
            return subject is not null && subject.StartsWith(list + "/", StringComparison.Ordinal)
                && string.Equals(b.FindString(subject, "name"), name, StringComparison.Ordinal)
                && b.FindString(subject, "code") is null
                && string.Equals(b.FindString(subject, "sectionName"), sectionName, StringComparison.Ordinal) ? subject
                : TableItemOfName(list, name, sectionName);
        }

        var items = b.Find(list);
        var count = items is { Kind: DraftKind.Array } ? items.Count : 0;
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(ReportBuilder.ItemString(items!, i, "code"), code.Value, StringComparison.Ordinal))
            {
                return list + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);   // made only when found
            }
        }

        return null;
    }

    /// <summary>
    /// A new entry of a list of functional figures: its code (or a note that the catalogue has none for the names), the 类 and
    /// 款 names of a 项, its own name (<see cref="TryFunctionalItem"/>, <see cref="FunctionalSubject"/>); the note's text is the first
    /// <paramref name="textLength"/> characters of <paramref name="text"/>, cut out only for the note.
    /// </summary>
    private string StartFunctionalEntry(string list, FunctionalCode code, string? className, string? sectionName, string name,
        SourceSpan span, string text, int textLength)
    {
        name = WithoutBullet(name) ?? name;   // session 52: "——行政运行（项）2070101：…" — a bullet is no part of a 项 name
        sectionName = WithoutBullet(sectionName);
        if (code.IsDefault && TableItemOfName(list, name, sectionName) is { } tabled)
        {
            return tabled;   // session 51: "案件审判（项）支出…" heading its paragraph under the key–value or bar table's coded row
        }

        if (!code.IsDefault && SameEntry(list, code, name) is { } listed)
        {
            return TableRowNamedByCode(listed);   // "一般公共服务支出（类）400.00 万元。" after a class list: listed once (FA5005)
        }

        var pointer = b.Append(list);
        if (!code.IsDefault)
        {
            b.SetUnder(pointer, "code", DraftNode.Of(code.Value), span);
        }
        else
        {
            Note(span, DisclosureMessages.ClassificationNotFound, text.Substring(0, Math.Min(textLength, text.Length)));
        }

        className = WithoutCopula(className);   // session 49: "为城乡社区支出(类)…" (CopulaBeforeClass)
        if (className is not null)
        {
            b.SetUnder(pointer, "className", DraftNode.Of(className), span);
        }

        if (sectionName is not null)
        {
            b.SetUnder(pointer, "sectionName", DraftNode.Of(sectionName), span);
        }

        b.SetUnder(pointer, "name", DraftNode.Of(name), span);
        return pointer;
    }

    /// <summary>
    /// "2015年度财政拨款支出 300.00 万元…。按功能分类：公共安全支出 250.00 万元，比上年增加 20.00 万元；住房保障支出…", "其中：农林水支出
    /// （类）41236.4 千元，占 89.90%": a 类 of the 财政拨款 section's expenditure (a catalogue class name, the last words of the label) is
    /// an item of the section with its own share, change and budget — never the section's change. False when the label names
    /// no class the catalogue knows (then noted as before).
    /// </summary>
    private bool AppropriationClass(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var written = label.Replace(" ", string.Empty);
        if (written.EndsWith("(类)", StringComparison.Ordinal))
        {
            written = written.Substring(0, written.Length - 3);
        }

        written = WithoutEntryNumber(written);
        FunctionalCode code = default;
        string? name = null;
        for (var start = 0; start <= written.Length - 2 && name is null; start++)
        {
            var codes = Named(written.Substring(start), FunctionalLevel.Class, NoCodes);
            if (codes.Count == 1)
            {
                code = codes[0];
                name = written.Substring(start);
            }
        }

        if (name is null && !RenamedListClass(written, span, clause.Text, out code, out name))
        {
            return false;   // no class of the year's catalogue, nor of another year's (RestatedClasses, blind test 23 F3)
        }

        var list = N + "appropriation/items";
        var pointer = SameEntry(list, code, name) ?? StartFunctionalEntry(list, code, null, null, name, span, name, name.Length);
        var (previousSubject, previousBudget) = (subject, budget);
        subject = pointer;
        subjectSentence = sentenceStart;
        budget = null;
        reasonTarget = null;
        if (clause.Start > currentSentenceFrom)
        {
            ListItem(pointer, previousSubject, previousBudget);
        }

        b.SetUnder(pointer, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        return true;
    }
}
