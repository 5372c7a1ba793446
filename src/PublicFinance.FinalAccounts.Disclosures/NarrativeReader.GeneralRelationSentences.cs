using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 51 (lists51; blind round 47, t09): a budget relation stated in a sentence of its own after a list of 项 without
/// naming one — "…住房公积金（项）2210201：年初预算55.00万元，决算55.16万元。调整预算与年初预算的差异主要是…；决算数小于调整预算数
/// 主要是部分运维合同按进度支付；…" — was read as the last item's: its relation (决算数小于) was set on an item above its budget (a
/// false FA2203 Error) and its reason was that item's, while the items below their 调整预算 warned that no reason is given
/// (false FA2206). A sentence that says "below budget" cannot be the reason of an item above it, and a general sentence is
/// not a located item's unless it names it.
/// </summary>
/// <remarks>
/// Precision first: only in the general-budget section, only when the current subject is a listed item stated in another
/// sentence, only when the clause names neither its name nor its code, and only when the item's own figures go the other way
/// (a relation that agrees with them, or one stated in the item's own sentence, is read as before: there a contradiction is a
/// true FA2203). Then the relation is set on no item; its reason goes to every comparison of the list that goes the named way
/// by its stated amounts, of the basis the clause names (调整预算 → fullYear, 年初预算 → initial; any when none), and has no
/// reason yet — with a note. When none does, the reason is nobody's (noted as a reason without a target).
/// </remarks>
internal sealed partial class NarrativeReader
{
    /// <summary>The comparisons a general relation sentence covers besides <see cref="reasonTarget"/>, for its reason.</summary>
    private readonly List<string> relationCovered = new();

    /// <summary>
    /// Whether the relation clause <paramref name="clause"/> (<paramref name="relation"/>: finalBelowBudget or
    /// finalAboveBudget) is a general sentence after a list of items whose current item goes the other way (see the type's
    /// remarks); when it is, the comparisons it covers are kept for its reason and no relation is set.
    /// </summary>
    private bool GeneralItemRelation(ClauseView clause, string relation, SourceSpan span)
    {
        relationCovered.Clear();
        if (section != Section.GeneralBudget || subject is not { } item || item.IndexOf("/items/", StringComparison.Ordinal) < 0
            || subjectSentence == sentenceStart || (budget ?? item + BudgetMember) is not { } current
            || relation is not ("finalBelowBudget" or "finalAboveBudget") || NamesItem(clause.Text, item))
        {
            return false;
        }

        var list = item.Substring(0, item.LastIndexOf('/') + 1);
        var items = b.Find(item.Substring(0, item.LastIndexOf('/')));
        var count = items is { Kind: DraftKind.Array } ? items.Count : 0;
        var names = clause.Text;
        var namesOthers = NamesItemList(clause.Text);   // session 52: "A、B…等项目决算数小于…" names its own items
        if (!namesOthers && (NamedListHead(clause) ?? clause.Text) is var head
            && (NamesItemList(head) || NamesLevelList(head) || NamesAnyItem(head, list, count)))
        {
            // session 53: the clause cut at 、 ("…、公路还贷等项目决算数大于…" alone named no list: at the last entry's own way, or
            // at exactly 100 %, the closing became its relation), and "A（项）、B（项）决算数小于调整预算数", name their own items too
            (namesOthers, names) = (true, head);
        }

        if (!namesOthers && (ComparisonWay(current) is not { } way || string.Equals(way, relation, StringComparison.Ordinal)))
        {
            return false;
        }

        var basis = NamedBudgetBasis();
        for (var i = 0; i < count; i++)
        {
            foreach (var leaf in new[] { BudgetMember, SecondBudgetMember })
            {
                var comparison = list + i.ToString(CultureInfo.InvariantCulture) + leaf;
                if ((basis is null || string.Equals(b.FindString(comparison, "kind"), basis, StringComparison.Ordinal))
                    && string.Equals(ComparisonWay(comparison), relation, StringComparison.Ordinal) && !b.Has(comparison, "reason")
                    && (!namesOthers || NamesItem(names, list + i.ToString(CultureInfo.InvariantCulture))))
                {
                    relationCovered.Add(comparison);
                }
            }
        }

        budget = null;
        reasonTarget = relationCovered.Count > 0 ? relationCovered[0] : null;
        Note(span, namesOthers ? DisclosureMessages.RelationOfNamedItems : DisclosureMessages.GeneralRelationOfItems, clause);
        return true;
    }

    /// <summary>
    /// Gives <paramref name="reasonText"/> to every comparison a general relation sentence covers (<see cref="GeneralItemRelation"/>)
    /// or a named comparison names (NamedItemBudgetReasons) that still has no reason; the list is emptied.
    /// </summary>
    private void GiveGeneralRelationReason(string reasonText, SourceSpan span)
    {
        for (var i = 0; i < relationCovered.Count; i++)
        {
            if (!b.Has(relationCovered[i], "reason"))
            {
                b.SetUnder(relationCovered[i], "reason", DraftNode.Of(reasonText), span);
            }
        }

        relationCovered.Clear();
    }

    /// <summary>
    /// The way a comparison's final stands to its budget by its stated amounts (its 决算数, else its figure's amount, against
    /// its 预算数): finalBelowBudget, finalAboveBudget, or null when either is not stated or they are equal.
    /// </summary>
    private string? ComparisonWay(string comparison)
    {
        var final = b.FindString(comparison, "finalAmount") ?? b.FindString(BudgetOwnerOf(comparison), "amount");
        if (b.FindString(comparison, "budgetAmount") is not { } stated)
        {
            return RateWay(b.FindString(comparison, "completionRate"));   // session 52: "完成年初预算的110.57%" alone
        }

        return final is not null
            && decimal.TryParse(stated, NumberStyles.Number, CultureInfo.InvariantCulture, out var planned)
            && decimal.TryParse(final, NumberStyles.Number, CultureInfo.InvariantCulture, out var finalValue)
            && planned != finalValue
            ? finalValue < planned ? "finalBelowBudget" : "finalAboveBudget"
            : null;
    }

    /// <summary>
    /// Session 52: the way a stated completion rate (完成率 / 执行率, in %) says the final stands to its budget: below 100
    /// finalBelowBudget, above 100 finalAboveBudget; null when not stated or exactly 100.
    /// </summary>
    private static string? RateWay(string? rate)
        => decimal.TryParse(rate, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value != 100m
            ? value < 100m ? "finalBelowBudget" : "finalAboveBudget"
            : null;

    /// <summary>
    /// Session 52 (blind round 48, t09): whether <paramref name="text"/> names a list of items of its own — names joined by
    /// '、' before 等项目 / 等项 / 等科目 / 等支出 ("一般行政管理事务、刑事侦查、禁毒管理等项目决算数小于年初预算数"). Such a sentence
    /// speaks of the items it names, never of the item of the entry before it.
    /// </summary>
    private static bool NamesItemList(string text)
    {
        foreach (var word in ItemListEnds)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && text.LastIndexOf('、', at - 1) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause marks before the names of a 、 list (<see cref="NamedListHead"/>).</summary>
    private static readonly char[] NamedListHeadStops = [',', ';', ':', '。'];

    /// <summary>
    /// Session 53 (blind round 49 t07): the head of the sentence up to the end of <paramref name="clause"/> when the clause
    /// follows a list of names joined by 、 ("一般行政管理事务（项）、应急管理（项）决算数小于调整预算数" is cut at 、, and the clause
    /// alone names only the last); null when the clause does not follow a 、.
    /// </summary>
    private string? NamedListHead(ClauseView clause)
    {
        var t = clause.Sentence.Text;
        var at = clause.Start - 1;
        while (at > currentSentenceFrom && char.IsWhiteSpace(t[at]))
        {
            at--;
        }

        if (at <= currentSentenceFrom || at >= t.Length || t[at] != '、')
        {
            return null;
        }

        var from = Math.Max(t.LastIndexOfAny(NamedListHeadStops, at) + 1, currentSentenceFrom);
        return t.Substring(from, clause.End - from);
    }

    /// <summary>
    /// Whether <paramref name="text"/> joins names marked with their level by 、 ("一般行政管理事务（项）、应急管理（项）"): a list of
    /// named items, whether or not the reader holds them.
    /// </summary>
    private static bool NamesLevelList(string text)
    {
        foreach (var mark in (ReadOnlySpan<string>)["(项)、", "（项）、", "(款)、", "（款）、"])
        {
            if (text.Contains(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> names one of the <paramref name="count"/> items of <paramref name="list"/>.</summary>
    private bool NamesAnyItem(string text, string list, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (NamesItem(text, list + i.ToString(CultureInfo.InvariantCulture)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words that close a list of named items ("…等项目").</summary>
    private static readonly string[] ItemListEnds = ["等项目", "等科目", "等项", "等支出"];

    /// <summary>Whether <paramref name="text"/> names the item <paramref name="item"/>: its name or its code.</summary>
    private bool NamesItem(string text, string item)
        => b.FindString(item, "name") is { Length: > 1 } name && text.Contains(name, StringComparison.Ordinal)
            || b.FindString(item, "code") is { Length: > 0 } code && text.Contains(code, StringComparison.Ordinal);

    /// <summary>
    /// Session 51 (blind round 47, t09): the comparison a 执行率 stated after a figure's two budgets is of, when the clause
    /// names no basis ("年初预算800.00万元，调整预算820.00万元，决算812.40万元，执行率99.07%"): the one of the two whose final
    /// over budget, rounded as the rate is written, is the stated rate (within one unit of its last digit) while the other's is
    /// not; null when both or neither agree (the rate is then left unplaced and noted, as before). The rate then holds by
    /// construction, so this only places a figure a check could not get wrong.
    /// </summary>
    private string? RateBasisByFigures(NumberToken token)
    {
        if (BudgetOwner is not { } owner || !b.Has(owner, "budget") || !b.Has(owner, "secondBudget"))
        {
            return null;
        }

        string? agreeing = null;
        foreach (var leaf in new[] { BudgetMember, SecondBudgetMember })
        {
            var comparison = owner + leaf;
            var final = b.FindString(comparison, "finalAmount") ?? b.FindString(owner, "amount");
            if (b.FindString(comparison, "budgetAmount") is not { } stated || final is null
                || !decimal.TryParse(stated, NumberStyles.Number, CultureInfo.InvariantCulture, out var planned) || planned <= 0
                || !decimal.TryParse(final, NumberStyles.Number, CultureInfo.InvariantCulture, out var finalValue))
            {
                return null;
            }

            var unit = 1m;
            for (var d = 0; d < token.Decimals; d++)
            {
                unit /= 10m;
            }

            if (Math.Abs(Math.Round(finalValue / planned * 100m, token.Decimals, MidpointRounding.AwayFromZero) - token.Value) <= unit)
            {
                if (agreeing is not null)
                {
                    return null;   // both agree: which one the text means is not told
                }

                agreeing = comparison;
            }
        }

        return agreeing;
    }
}
