using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Blind round 24 (B), family 5: "本年收入合计 15,238.07 万元，全部为财政拨款收入" states the 财政拨款收入 in words — it is the
/// income total just written. The words are read as that amount (the total's digits, the span of the words), as "均未发生"
/// is read as a 三公 item's zero (<see cref="ZeroThreePublicItems"/>): only right after the income total's figure in the
/// same sentence, never over a 财政拨款收入 read anywhere in the text, and — after 收入总计, which holds the 年初结转和结余 too
/// — only when the text states no carry-over other than zero (else a note: the words then say more than the figures allow).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>What may open the words: "全部为", "全部是", "均为", "全部来源于", "全部来自".</summary>
    private static readonly string[] WhollyWords = ["全部为", "全部是", "均为", "全部来源于", "全部来自", "全部系"];

    /// <summary>What they name: the appropriation income (longest first).</summary>
    private static readonly string[] WhollyIncomeNames = ["财政拨款收入", "财政拨款"];

    /// <summary>An income total whose words wait for the end of the text (<see cref="PlaceWhollyAppropriation"/>).</summary>
    private readonly record struct WhollyIncome(string Total, SourceSpan Span, string Text, int ContextStart, int ContextEnd);

    /// <summary>The words read, waiting for the end of the text (null until the first: most texts have none).</summary>
    private List<WhollyIncome>? whollyIncomes;

    /// <summary>
    /// A clause without a figure that says the income just stated is all 财政拨款收入 ("全部为财政拨款收入", a bracket after it
    /// allowed: "（均为一般公共预算财政拨款）"), in the overview or the income section, right after the figure of 本年收入 /
    /// 收入合计 / 收入总计 in its sentence: kept to be placed at the end of the text.
    /// </summary>
    private void WhollyAppropriation(ClauseView clause)
    {
        if (section is not (Section.Overall or Section.Income) || subject is not { } total
            || !(total == N + "overall/currentYearIncome" || total == N + "income/total" || total == N + "overall/incomeGrandTotal"))
        {
            return;
        }

        var t = clause.Sentence.Text;
        Trimmed(t, clause.Start, clause.End, out var from, out var to);
        // A loop, not FirstOrDefault with a lambda: the lambda's captured locals cost an object on every figure-less clause
        // (the closure is made at the method's entry, before the first return; issue 8).
        var words = WordAt(t, from, to - from - 1, WhollyWords);
        if (words is null)
        {
            return;
        }

        var name = WordAt(t, from + words.Length, to - from - words.Length, WhollyIncomeNames);
        var end = name is null ? -1 : from + words.Length + name.Length;
        if (end < 0 || !(end == to || (t[end] == '(' && t[to - 1] == ')' && t.IndexOf(')', end) == to - 1)))
        {
            return;   // "全部为财政拨款收入" and nothing after it but a bracket
        }

        // The figure is the clause before: only a comma between its unit and the words.
        var before = from - 1;
        while (before >= 0 && t[before] is ',' or ' ')
        {
            before--;
        }

        if (before < 0 || t[before] != '元' || !b.Has(total, "amount"))
        {
            return;
        }

        var position = clause.Sentence.At(from);
        (whollyIncomes ??= []).Add(new WhollyIncome(total, b.Span(clause.Sentence, from, end), t.Substring(from, end - from),
            Math.Max(sentenceStart, position - 200), position));
    }

    /// <summary>The first of <paramref name="words"/> written at <paramref name="at"/> of <paramref name="t"/> and at most
    /// <paramref name="room"/> characters long, or null.</summary>
    private static string? WordAt(string t, int at, int room, string[] words)
    {
        foreach (var w in words)
        {
            if (room >= w.Length && string.CompareOrdinal(t, at, w, 0, w.Length) == 0)
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>
    /// Places each <see cref="WhollyIncome"/> as <c>income/fiscalAppropriation/amount</c> (the total's digits) when no
    /// 财政拨款收入 was read; after 收入总计 only when no 年初结转和结余 other than zero is stated and 本年收入, when stated, is the
    /// same figure — otherwise a note.
    /// </summary>
    private void PlaceWhollyAppropriation()
    {
        if (whollyIncomes is null)
        {
            return;
        }

        const string Target = N + "income/fiscalAppropriation";
        foreach (var w in whollyIncomes)
        {
            var amount = b.FindString(w.Total, "amount");
            if (amount is null || b.Has(Target, "amount"))
            {
                continue;
            }

            if (w.Total == N + "overall/incomeGrandTotal" && !GrandTotalIsIncome(amount))
            {
                Note(w.Span, DisclosureMessages.WhollyAppropriationBesideCarryOver, w.Text);
                continue;
            }

            b.ContextFrom(w.ContextStart, w.ContextEnd, year);
            b.SetUnder(Target, "amount", DraftNode.Of(amount), w.Span, ClaimKind.Amount, w.Text);
        }

        whollyIncomes = null;
    }

    /// <summary>Whether 收入总计 is the year's income: no carry-over other than zero is stated, nor a different 本年收入.</summary>
    private bool GrandTotalIsIncome(string grandTotal)
    {
        foreach (var carry in new[] { N + "overall/openingCarryOver", N + "overall/useOfNonAppropriationBalance" })
        {
            if (b.FindString(carry, "amount") is { } stated && (!decimal.TryParse(stated, NumberStyles.Number,
                CultureInfo.InvariantCulture, out var value) || value != 0m))
            {
                return false;
            }
        }

        foreach (var income in new[] { N + "overall/currentYearIncome", N + "income/total" })
        {
            if (b.FindString(income, "amount") is { } stated && stated != grandTotal)
            {
                return false;
            }
        }

        return true;
    }
}
