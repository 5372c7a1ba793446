using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Families of the session-23 blind test (blindfixa): a grand total "composed of" its parts (收入总计由本年收入 A 与上年结转结余 B
/// 构成), a paragraph repeated word for word, and the change of a named total stated in the overview before the total itself
/// (与上年相比，本年收入合计减少 X，下降 Y%), placed once the text has stated the total's amount.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The grand totals a composition names first ("收入总计由…构成").</summary>
    private static readonly string[] ComposedTotals = ["收入总计", "支出总计", "收支总计", "收、支总计"];

    /// <summary>
    /// The words that open a grand total's parts: 由 (…构成), 包括, 包含, and 中 / 中的 (blind round 33, F2: "收入总计中本年收入
    /// 541.30 万元" is 本年收入合计, a part of 收入总计 — not the total restated, a false FA8003).
    /// </summary>
    private static readonly string[] CompositionWords = ["由", "包括", "包含", "中的", "中"];

    /// <summary>
    /// The part a label names after a grand total and a composition word: "收入总计由本年收入" → "本年收入", "支出总计包括本年支出"
    /// → "本年支出", "收入总计中本年收入" → "本年收入" — the figure is that part's, never the grand total's (family F2: 5165.94
    /// read as the 收入总计 5478.39 stated before, a false FA8003). Any other label is returned as it is.
    /// </summary>
    internal static string ComposedPart(string label)
    {
        if (label.IndexOf('由') < 0 && label.IndexOf('包') < 0 && label.IndexOf('中') < 0)
        {
            return label;
        }

        foreach (var total in ComposedTotals)
        {
            var at = label.IndexOf(total, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var after = at + total.Length;
            foreach (var word in CompositionWords)
            {
                if (Scanner.Starts(label, after, word))
                {
                    var part = label.Substring(after + word.Length).TrimStart(' ', ':');
                    return part.Length >= 2 ? part : label;
                }
            }
        }

        return label;
    }

    /// <summary>
    /// Whether an amount's label names an entry of a class or item list — it ends in 支出 or a level mark ("（类）", "（款）",
    /// "（项）"): "灾害防治及应急管理支出" in a 2017 list, "教育费附加安排的支出". When such an amount is not placed, the share or
    /// change after it is its own, never the entry listed before (family F3: a share moved to the class before, a false
    /// FA8003). A bracket's "上年:" or an empty label names no entry: the subject stays.
    /// </summary>
    private static bool NamesAnEntry(string label)
    {
        var name = label.TrimEnd(' ', ':', '为', '是');
        return name.Length >= 4 && (name.EndsWith("支出", StringComparison.Ordinal) || name.EndsWith("(类)", StringComparison.Ordinal)
            || name.EndsWith("(款)", StringComparison.Ordinal) || name.EndsWith("(项)", StringComparison.Ordinal));
    }

    /// <summary>
    /// The digests of the paragraphs read so far, with their section and length (white space left out): a later paragraph
    /// with the same is a repeat. Null until the first paragraph with a figure.
    /// </summary>
    private DigestSet? paragraphDigests;

    /// <summary>
    /// The digest of the last sub-heading (a heading block, or a line that states no figure: "（一）教育支出（类）…（项）",
    /// "（三）公务接待费"): identical bodies under two sub-headings state two items, not one repeat (revfixa, issue 4).
    /// </summary>
    private ulong subheadingDigest;

    /// <summary>Notes <paramref name="block"/> as the current sub-heading (see <see cref="subheadingDigest"/>), digested only
    /// when a paragraph under it enters the set (<see cref="SubheadingDigest"/>).</summary>
    private void SubheadingSeen(Block block) => pendingSubheading = block.Content.Text;

    /// <summary>The 64-bit FNV-1a digest of <paramref name="text"/> without its white space, its length and whether it has
    /// a digit.</summary>
    /// <remarks>Session 47: the length and the digit are counted in locals and written out once (the loop wrote both through
    /// their references at every character of every paragraph).</remarks>
    internal static ulong DigestOf(string text, out int length, out bool digit)
    {
        var digest = 14695981039346656037UL;
        var kept = 0;
        var anyDigit = false;
        foreach (var c in text)
        {
            if (WhiteSpace.Is(c))
            {
                continue;
            }

            anyDigit |= c is >= '0' and <= '9';
            digest = unchecked((digest ^ c) * 1099511628211UL);
            kept++;
        }

        (length, digit) = (kept, anyDigit);
        return digest;
    }

    /// <summary>
    /// Whether <paramref name="block"/> repeats a paragraph read before in the same section and under the same last
    /// sub-heading (<see cref="subheadingDigest"/>; a section a heading named:
    /// outside any, figures are not listed), character for character but white space (family F5: a scraped page that states
    /// its 国有资产 paragraph twice listed every vehicle category twice — FA4201 and two FA4202 from one repeat): then it is
    /// one note and its figures are not read again. Only prose and list items that state a figure (a number with its unit)
    /// count — a cell "0.00" or a table title with its year repeats by nature; a 64-bit FNV-1a digest, the length beside it,
    /// stands for the text so no paragraph is kept.
    /// </summary>
    private bool RepeatsAParagraph(Block block)
    {
        if (block.Kind is not (BlockKind.Prose or BlockKind.ListItem) || section == Section.None)
        {
            return false;
        }

        var text = block.Content.Text;
        var figure = Scanner.HasFigure(text);
        if (!figure && !HasAsciiDigit(text))
        {
            pendingSubheading = text;   // a sub-heading that never enters the set: digested only if a paragraph under it does
            return false;
        }

        var digest = DigestOf(text, out var length, out var digit);
        if (!figure)
        {
            pendingSubheading = null;
            subheadingDigest = digest;   // "（一）教育支出（类）普通教育（款）小学教育（项）" on its own line
        }

        if (!digit || length < 12)
        {
            return false;
        }

        paragraphDigests ??= new DigestSet();
        if (paragraphDigests.Add(section, SubheadingDigest(), length, digest) || !figure)
        {
            return false;   // a title repeated over its tables ("项目支出绩效自评表（2024年度）") states no figure
        }

        Note(b.Span(block.Content, 0, block.Content.Length), DisclosureMessages.RepeatedParagraph, text);
        return true;
    }

    /// <summary>One part of a change of an unstated named total (see <see cref="PlaceNamedTotalChanges"/>).</summary>
    private readonly record struct PendingChangePart(
        string Figure, int Sentence, ClaimKind? Kind, string? Direction, DraftNode Value, SourceSpan Span, string Text, string Context);

    /// <summary>The parts noted as changes of an unstated named total, in text order; null until the first.</summary>
    private List<PendingChangePart>? pendingNamedChanges;

    /// <summary>The overview figure (本年收入 or 本年支出, under /narrative/) whose unstated change the sentence states.</summary>
    private string? unstatedChangeFigure;

    /// <summary>
    /// Keeps a change amount or rate noted as the change of an unstated named total (<see cref="UnstatedChangeNoted"/>), to be
    /// placed when the text states the total later (<see cref="PlaceNamedTotalChanges"/>). An amount not in 万元 (or 元 in a
    /// 元 document) stays a note only.
    /// </summary>
    private void PendNamedChange(NumberToken token, SourceSpan span, ClauseView clause, string direction, ClaimKind kind)
    {
        if (!UnstatedChangeNoted || unstatedChangeFigure is null
            || kind == ClaimKind.ChangeAmount && !IsWanYuanOrDocumentUnit(token))
        {
            return;
        }

        var value = kind == ClaimKind.ChangeAmount ? AmountNode(token, span) : PercentNode(token);
        (pendingNamedChanges ??= []).Add(
            new PendingChangePart(unstatedChangeFigure, sentenceStart, kind, direction, value, span, clause.Text, b.Context));
    }

    /// <summary>
    /// After the text (family M3): "与2016年度相比，本年收入合计减少 682.63 万元，下降 9.07%，主要原因是…" in an overview that
    /// states only the grand totals is the change of the year's income the text states later — under the overview
    /// (overall/currentYearIncome) or the income section (income/total; 本年支出 likewise: expenditure/total). Placed there
    /// when that figure's amount is known and it holds no change yet (its notes withdrawn), so FA2103 (减少…增长), FA2104 and
    /// FA2105 check it; otherwise the notes stay.
    /// </summary>
    private void PlaceNamedTotalChanges()
    {
        if (pendingNamedChanges is null)
        {
            return;
        }

        var from = 0;
        while (from < pendingNamedChanges.Count)
        {
            var to = from;
            while (to < pendingNamedChanges.Count && pendingNamedChanges[to].Sentence == pendingNamedChanges[from].Sentence
                && pendingNamedChanges[to].Figure == pendingNamedChanges[from].Figure)   // Blind26A (w1): total by total
            {
                to++;
            }

            PlaceNamedTotalChange(from, to);
            from = to;
        }
    }

    /// <summary>Places the parts [<paramref name="from"/>, <paramref name="to"/>) of one sentence (see
    /// <see cref="PlaceNamedTotalChanges"/>).</summary>
    private void PlaceNamedTotalChange(int from, int to)
    {
        var figure = pendingNamedChanges![from].Figure;
        var ofSection = figure == N + "overall/currentYearIncome" ? N + "income/total" : N + "expenditure/total";
        var owner = b.Has(figure, "amount") ? figure : b.Has(ofSection, "amount") ? ofSection : null;
        if (owner is null)
        {
            return;
        }

        var change = owner + "/change";
        if (b.Has(change, "direction") || b.Has(change, "amount") || b.Has(change, "rate"))
        {
            RestatedNamedChangeReason(change, from, to);   // session 44: the same change restated takes this one's reason
            return;   // the figure's own change was stated where it was: this one stays a note
        }

        var context = b.Context;
        for (var i = from; i < to; i++)
        {
            var part = pendingNamedChanges[i];
            b.Context = part.Context;
            b.RemoveNotesAt(part.Span);
            if (part.Kind is not { } kind)
            {
                b.SetUnder(change, "reason", part.Value, part.Span);
                continue;
            }

            if (!b.Has(change, "direction"))
            {
                b.SetUnder(change, "direction", DraftNode.Of(part.Direction!), part.Span);
            }
            else if (kind == ClaimKind.ChangeRate && b.FindString(change, "direction") is { } stated && stated != part.Direction)
            {
                b.SetUnder(change, "rateDirection", DraftNode.Of(part.Direction!), part.Span, ClaimKind.ChangeRate, part.Text);
            }

            b.SetUnder(change, kind == ClaimKind.ChangeAmount ? "amount" : "rate", part.Value, part.Span, kind, part.Text);
        }

        b.Context = context;
    }
}
