using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// A table's figure and the prose's figure of one field that differ (表文不符, session 45, issue 8): a 收入 table's
/// <c>事业收入 … 1268.40 …</c> row against the prose's <c>其中：…事业收入1286.40万元</c>. The two are read with different qualifier
/// keys (a table cell's is <see cref="TableKey"/>; the prose's names what its sentence says), so the conflict was a note
/// ("a figure of another kind") and the difference was never reported. When the prose's key names nothing that makes it
/// another figure than the field's — no other year, no budget or prior-year basis, no reason, no 三公 or expenditure item, no
/// staffing category, and a fund only when the field is that fund's — the two are one figure written twice: a Warning
/// (FA8008) naming both, never an Error, since the table's subject and column were read by their words.
/// </summary>
internal sealed partial class ReportBuilder
{
    /// <summary>
    /// Whether the value first read with <paramref name="first"/> and the one read with <paramref name="second"/> at
    /// <paramref name="pointer"/> are one figure written in a table and in the prose: exactly one of the keys is a table
    /// cell's (<see cref="TableKey"/>) and the other is the prose's with qualifiers that fit the field.
    /// </summary>
    /// <param name="pointer">The field.</param>
    /// <param name="first">The key the field's value was first read with.</param>
    /// <param name="second">The key of the differing value.</param>
    /// <param name="budgetKind">
    /// The <c>kind</c> of the budget comparison <paramref name="pointer"/> is a member of, when it is one (session 63: the
    /// prose's budget word then fits the field, <see cref="BudgetBasisFitsField"/>).
    /// </param>
    internal static bool SameFigureInTableRowAndProse(string pointer, string first, string second, string? budgetKind = null)
    {
        var prose = first == TableKey ? second : second == TableKey ? first : null;
        if (prose is null || prose.StartsWith(TableKey, StringComparison.Ordinal))
        {
            return false;
        }

        var start = 0;
        while (start < prose.Length)
        {
            var end = prose.IndexOf(';', start);
            if (end < 0)
            {
                end = prose.Length;
            }

            if (end > start && !QualifierFitsField(pointer, prose, start, end) && !BudgetBasisFitsField(prose, start, end, budgetKind))
            {
                return false;
            }

            start = end + 1;
        }

        return true;
    }

    /// <summary>
    /// Whether the qualifier <paramref name="key"/>[<paramref name="start"/>, <paramref name="end"/>) (<c>group=word</c>)
    /// leaves a prose figure the field's own: the flow (收入/支出) and scope (合计/其中) words a subject's own name or list
    /// carries, 行政/事业 as in 事业收入 or 行政运行 (not 行政编制/事业编制), and a fund named by the field's path.
    /// </summary>
    private static bool QualifierFitsField(string pointer, string key, int start, int end)
    {
        if (Starts(key, start, end, "flow=") || Starts(key, start, end, "scope="))
        {
            return true;
        }

        if (Starts(key, start, end, "staff="))
        {
            return Is(key, start, end, "staff=行政") || Is(key, start, end, "staff=事业");
        }

        if (Starts(key, start, end, "item="))
        {
            return ThreePublicItemOfField(pointer, key, start, end);   // session 49: 公务接待费 in the prose, its table row
        }

        if (Starts(key, start, end, "fund="))
        {
            var fieldOfFund = Is(key, start, end, "fund=一般公共预算") ? "generalBudget"
                : Is(key, start, end, "fund=政府性基金") ? "governmentFund"
                : Is(key, start, end, "fund=国有资本经营") ? "stateCapital" : null;
            return fieldOfFund is not null && pointer.IndexOf(fieldOfFund, StringComparison.Ordinal) >= 0;
        }

        return false;
    }

    /// <summary>
    /// Session 49 (blind round 45 t06): whether a 三公 item qualifier (<c>item=接待</c>) names the 三公 field itself — 接待 a
    /// field of <c>threePublic/reception</c>, 出国 of <c>overseasTravel</c>, 购置 of <c>vehiclePurchase</c>, 运行 of
    /// <c>vehicleOperation</c>, 公务用车 of either vehicle field, 三公 of the 三公 total — so the prose's 公务接待费 4.38 and the
    /// table's 4.83 are one figure written twice (FA8008). Any other item (机关运行, 基本支出 …) or field is another figure.
    /// </summary>
    private static bool ThreePublicItemOfField(string pointer, string key, int start, int end)
    {
        const string Base = "/narrative/threePublic/";
        if (!pointer.StartsWith(Base, StringComparison.Ordinal))
        {
            return false;
        }

        var field = pointer.Substring(Base.Length);
        bool Field(string name) => field.StartsWith(name + "/", StringComparison.Ordinal);
        return Is(key, start, end, "item=接待") ? Field("reception")
            : Is(key, start, end, "item=出国") ? Field("overseasTravel")
            : Is(key, start, end, "item=购置") ? Field("vehiclePurchase")
            : Is(key, start, end, "item=运行") ? Field("vehicleOperation")
            : Is(key, start, end, "item=公务用车") ? Field("vehiclePurchase") || Field("vehicleOperation") || Field("vehiclesSubtotal")
            : Is(key, start, end, "item=三公") && Field("total");
    }

    /// <summary>Whether the qualifier [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="key"/> starts with
    /// <paramref name="prefix"/>.</summary>
    private static bool Starts(string key, int start, int end, string prefix) => Scanner.Starts(key, start, prefix, end);

    /// <summary>Whether the qualifier [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="key"/> is
    /// <paramref name="entry"/>.</summary>
    private static bool Is(string key, int start, int end, string entry)
        => end - start == entry.Length && Scanner.Starts(key, start, entry, end);

    /// <summary>
    /// The Warning (FA8008) for a table's figure and the prose's that differ at <paramref name="pointer"/>: the first read
    /// (<paramref name="existing"/>, kept) and this one (<paramref name="value"/>, at <paramref name="span"/>), each named
    /// as the table's or the prose's.
    /// </summary>
    private void TableAndProseDiffer(string pointer, DraftNode existing, bool ownPath, bool tableFirst, DraftNode value, SourceSpan span)
    {
        var node = ownPath && Spans.InDraft ? existing : null;
        var placed = node is not null ? SpanOf(node, out var first) : Spans.TryGetValue(pointer, out first);
        var firstPlace = placed ? ConflictPlace(first) : "?";
        var (table, tablePlace, prose, prosePlace) = tableFirst
            ? (existing.Show(), firstPlace, value.Show(), span.ToString())
            : (value.Show(), span.ToString(), existing.Show(), firstPlace);
        var (zh, en) = DisclosureMessages.TableAndProseDiffer(pointer, table, tablePlace, prose, prosePlace);
        Findings.Add(TextRules.FindingWithPointers(TextRules.TableAndText, span, ConflictPointerList(pointer), zh, en));
    }

    /// <summary>
    /// Session 51: the prose's amount of a coded table row's item, named without its code ("案件审判（项）支出1365.72万元" under
    /// the row "2040504 案件审判 … 1356.72"): the same figure is nothing new; another is the table against the text, a
    /// Warning (FA8008) naming both — the row's value stays.
    /// </summary>
    /// <param name="item">The item's pointer (its <c>amount</c> was placed by the row).</param>
    /// <param name="value">The prose's amount.</param>
    /// <param name="span">Where the prose states it.</param>
    internal void ProseAgainstTableRow(string item, DraftNode value, SourceSpan span)
    {
        var pointer = item + "/amount";
        if (Find(pointer) is { } existing && !DraftNode.SameValue(existing, value))
        {
            TableAndProseDiffer(pointer, existing, ownPath: false, tableFirst: true, value, span);
        }
    }
}
