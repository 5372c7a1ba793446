using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The 类 of the 一般公共预算 section as a text restates them (blind test 22, families r02 and r04): "（二）结构情况 一般公共服务支出
/// 842.15 万元…" then "（三）具体情况 社会保障和就业支出 156.28 万元，主要用于…" speaks of the same classes again — one entry each,
/// not a second (FA5005, and Σ 类 ≠ 合计, FA1205) — and a line "X（类）A（款）B（项）与C（款）D（项）合计 842.15 万元" is several items
/// together, not one item. A class named as in another year's catalogue (卫生健康支出 in a 2018 text: 2018's name of 210 is
/// 医疗卫生与计划生育支出; since session 23 any year's name, also in the 财政拨款 section's list) is the class both names have,
/// with a note — never dropped with its share moved to the class before.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>
    /// A class of the 一般公共预算 section already listed, stated again with <paramref name="token"/>: the same amount makes the
    /// listed entry the subject again (nothing appended); another amount is a note and the rest of the sentence is not read.
    /// False when the class was not listed.
    /// </summary>
    private bool RestatedClass(FunctionalCode code, NumberToken token, SourceSpan span, string text)
    {
        if (SameEntry(N + "generalBudget/classes", code, string.Empty) is not { } listed)
        {
            return false;
        }

        if (SameAmount(listed, token))
        {
            subject = listed;   // "社会保障和就业支出 156.28 万元，主要用于…": the class read before
            budget = null;
            reasonTarget = null;
            return true;
        }

        Note(span, DisclosureMessages.RestatedClassOtherAmount, text);
        subject = null;
        mutedSentence = sentenceStart;   // its share or change would otherwise go to another figure
        return true;
    }

    /// <summary>Whether the amount read at <paramref name="entry"/> is the amount <paramref name="token"/> states (in 万元, or
    /// in 元 in a 元 document); false when either is not known.</summary>
    private bool SameAmount(string entry, NumberToken token)
    {
        if (b.Find(entry + "/amount") is not { Kind: DraftKind.String } stated
            || !decimal.TryParse(stated.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        return IsWanYuanOrDocumentUnit(token) && value == token.Value;
    }

    /// <summary>
    /// The one class code <paramref name="name"/> has in another year's catalogue when the fiscal year's catalogue knows the
    /// code under another name (a rename: 卫生健康支出 is 210 from 2019, 医疗卫生与计划生育支出 before — written in a 2018 text
    /// published in 2019, or in a 2017 text as the blind test of session 23 did), with a note; default otherwise.
    /// <paramref name="yearName"/> is the year's own name, the name the class is read under (the text's name is the note's),
    /// so FA5003 does not warn of a name the text had every reason to write.
    /// </summary>
    private FunctionalCode RenamedClass(string name, SourceSpan span, string text, out string yearName)
    {
        var found = RenamedCode(name, out yearName);
        if (!found.IsDefault)
        {
            Note(span, DisclosureMessages.ClassNamedAsInAnotherYear(name, found.Value, yearName), text);
        }

        return found;
    }

    /// <summary>
    /// The class code of <see cref="RenamedClass"/> without its note: the one class <paramref name="name"/> names in any
    /// year's catalogue (two classes of that name in different years: not known which), which the fiscal year's catalogue
    /// has under <paramref name="yearName"/>; default otherwise (also with no fiscal year).
    /// </summary>
    private FunctionalCode RenamedCode(string name, out string yearName)
    {
        yearName = name;
        if (year == 0)
        {
            return default;
        }

        FunctionalCode found = default;
        foreach (var code in ClassificationCatalogue.Default.FindFunctionalByName(name, null))
        {
            if (code.Level != FunctionalLevel.Class || code.Equals(found))
            {
                continue;
            }

            if (!found.IsDefault)
            {
                return default;   // two classes of that name in different years: not known which
            }

            found = code;
        }

        if (found.IsDefault || !ClassificationCatalogue.Default.TryGetName(found, year, out var ownName))
        {
            return default;   // no class of that name, or none the fiscal year knows
        }

        yearName = ownName;
        return found;
    }

    /// <summary>
    /// Whether <paramref name="label"/> ends (as <see cref="NamesFunctionalClass"/> asks of the year's names) with a class name
    /// of another year's catalogue whose code the fiscal year has (<see cref="RenamedCode"/>): "卫生健康支出" in a 2017 text.
    /// Asked only of a label the year's names did not place.
    /// </summary>
    private bool NamesClassOfAnotherYear(string label)
    {
        var name = label.Replace(" ", string.Empty);
        name = name.EndsWith("(类)", StringComparison.Ordinal) ? name.Substring(0, name.Length - 3) : name;
        if (!name.EndsWith("支出", StringComparison.Ordinal) || name.Length < 4)
        {
            return false;
        }

        for (var start = Math.Max(0, name.Length - 16); start <= name.Length - 4; start++)
        {
            if (!RenamedCode(name.Substring(start), out _).IsDefault)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A class of the 财政拨款 section's list named as in another year's catalogue ("按功能分类：…卫生健康支出 328.14 万元，占
    /// 6.27%" in a 2017 text): the longest ending of <paramref name="written"/> (two characters at least) that
    /// <see cref="RenamedCode"/> knows, read under the year's name with a note (family F3 of blind test 23: the amount was
    /// unplaced and its share moved to the class before, a false FA8003). False when no ending is such a name.
    /// </summary>
    private bool RenamedListClass(string written, SourceSpan span, string text, out FunctionalCode code, out string name)
    {
        for (var start = 0; start <= written.Length - 2; start++)
        {
            var ending = written.Substring(start);
            code = RenamedCode(ending, out name);
            if (!code.IsDefault)
            {
                Note(span, DisclosureMessages.ClassNamedAsInAnotherYear(ending, code.Value, name), text);
                return true;
            }
        }

        code = default;
        name = string.Empty;
        return false;
    }

    /// <summary>
    /// "一般公共服务支出（类）民族事务（款）行政运行（项）与宗教事务（款）宗教工作专项（项）合计 842.15 万元，主要用于…": several 款 or 项
    /// of one class joined (与, 和, 及, 、) before their figure are not one item. When the figure is the amount of the class
    /// already listed, the class is the subject again; otherwise the figure is a note and the sentence is not read. True
    /// when the line is such a line (<paramref name="rest"/> is what is left to read).
    /// </summary>
    private bool ItemsTogether(Fragment body, out Fragment rest)
    {
        rest = body;
        var text = body.Text;
        var classEnd = text.IndexOf("(类)", StringComparison.Ordinal);
        if (section != Section.GeneralBudget || classEnd <= 0 || classEnd >= 40)
        {
            return false;
        }

        var next = classEnd;
        if (!Scanner.Next(text, ref next, out var figure) || !figure.IsMoney)
        {
            return false;
        }

        var head = text.Substring(classEnd, figure.Start - classEnd);
        if (Occurrences(head, "(项)") + Occurrences(head, "(款)") < 3 || head.IndexOfAny(['与', '和', '及', '、']) < 0)
        {
            return false;
        }

        var className = WithoutEntryNumber(AfterLastClauseBreak(text.Substring(0, classEnd)));
        var code = ResolveCode(className, null, null);
        var span = b.Span(body, figure.Start, figure.End);
        if (!code.IsDefault && SameEntry(N + "generalBudget/classes", code, string.Empty) is { } listed && SameAmount(listed, figure))
        {
            subject = listed;
            budget = null;
            reasonTarget = null;
            rest = body.Slice(figure.End, body.Length);
            return true;
        }

        Note(span, DisclosureMessages.ItemsTogether, text);
        var end = text.IndexOf('。', figure.End);
        rest = body.Slice(end < 0 ? body.Length : end + 1, body.Length);
        return true;
    }

    /// <summary>How many times <paramref name="word"/> occurs in <paramref name="text"/> (ordinal, not overlapping).</summary>
    internal static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
