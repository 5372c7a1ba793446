using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Partial lists of the 一般公共预算 section withdrawn before the report is built (部分列示的科目): the 项 read under a 类
/// whose amounts fall short of the 类, and the 类 whose amounts fall short of the section's total. A 说明 often names only
/// its main 类 (主要用于：…) or main 项 (a 项 in a sentence of its own after its 类, the others not written), and the model
/// has no mark for a list that is not complete, so 类 = Σ 项 and total = Σ 类 (FA1205) would be false Errors. The reader
/// takes a list as complete only when the text shows it: its entries (one level: the 项 of a 款 whose 项 are listed, else
/// the 款) add up to the whole (within the rounding of the
/// figures as written) or go beyond it (an over-sum cannot come from a partial list, so it stays an Error). A list that falls
/// short is withdrawn: each entry becomes a located note that says so, and nothing of it is compared (precision first).
/// </summary>
internal static class PartialLists
{
    /// <summary>The 类 of the 一般公共预算 section.</summary>
    internal const string Classes = "/narrative/generalBudget/classes";

    /// <summary>The 款 and 项 of the 一般公共预算 section.</summary>
    internal const string Items = "/narrative/generalBudget/items";

    /// <summary>The section's total.</summary>
    private const string Total = "/narrative/generalBudget/total";

    /// <summary>The vehicle kinds of the 国有资产 section (车辆按类别).</summary>
    internal const string VehicleCategories = "/narrative/assets/vehicles/categories";

    /// <summary>The government procurement statement (政府采购).</summary>
    private const string Procurement = "/narrative/procurement";

    /// <summary>The lists whose entries a withdrawal renumbers.</summary>
    private static readonly string[] RenumberedLists = [Classes, Items, VehicleCategories];

    /// <summary>The SME contracts' purchase-kind members, then the procurement's members of the same kinds.</summary>
    private static readonly (string Sme, string Whole)[] SmeKinds =
        [("smeGoods", "goods"), ("smeWorks", "works"), ("smeServices", "services")];

    /// <summary>
    /// Withdraws the partial lists of <paramref name="b"/>'s draft, with a note for each entry; returns the entries withdrawn
    /// (a list's pointer and the entry's index before any was withdrawn), or null when none was.
    /// </summary>
    public static List<(string List, int Index)>? Withdraw(ReportBuilder b)
    {
        List<(string List, int Index)>? withdrawn = null;
        var classes = b.Find(Classes) is { Kind: DraftKind.Array } c ? c : null;
        var items = b.Find(Items) is { Kind: DraftKind.Array } i ? i : null;
        if (classes is null)
        {
            return null;
        }

        // Each 类 against its 项 first, then the 类 against the total: the two decisions are independent (a 类 list withdrawn
        // below leaves its complete 项 lists in place, no longer weighed by FA1205 — they have no parent).
        if (items is not null && Coded(items))
        {
            var drop = new SortedSet<int>();
            for (var k = 0; k < classes.Count; k++)
            {
                var entry = classes.At(k);
                if (Text(entry, "code") is not { Length: 3 } code || !TryAmount(entry, out var whole, out var wholeSlack))
                {
                    continue;
                }

                var under = new List<int>();
                var sum = 0m;
                var slack = wholeSlack;
                var known = true;
                for (var j = 0; j < items.Count && known; j++)
                {
                    var item = items.At(j);
                    if (Text(item, "code") is not { } itemCode || !itemCode.StartsWith(code, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    under.Add(j);
                    if (Listed(items, itemCode))
                    {
                        continue;   // a 款 whose 项 are listed is counted through its 项 (one level, as FA1205 sums)
                    }

                    known = TryAmount(item, out var part, out var partSlack);
                    (sum, slack) = (sum + part, slack + partSlack);
                }

                if (known && under.Count > 0 && sum < whole - slack)
                {
                    var (zh, en) = DisclosureMessages.PartialItemList(Text(entry, "name") ?? code, Figure(sum), Figure(whole));
                    foreach (var j in under)
                    {
                        Note(b, items.At(j), zh, en);
                        drop.Add(j);
                    }
                }
            }

            withdrawn = Remove(items, Items, drop, withdrawn);
        }

        if (b.Find(Total) is { Kind: DraftKind.Object } total && TryAmount(total, out var budgetTotal, out var totalSlack)
            && classes.Count > 0)
        {
            var sum = 0m;
            var slack = totalSlack;
            for (var k = 0; k < classes.Count; k++)
            {
                if (!TryAmount(classes.At(k), out var part, out var partSlack))
                {
                    return withdrawn;   // a class without a figure the sum could use: nothing is decided
                }

                (sum, slack) = (sum + part, slack + partSlack);
            }

            if (sum < budgetTotal - slack && !ShareCompleteLists.SharesAddToWhole(classes))   // session 55: shares show it whole
            {
                var (zh, en) = DisclosureMessages.PartialClassList(Figure(sum), Figure(budgetTotal));
                var drop = new SortedSet<int>();
                for (var k = 0; k < classes.Count; k++)
                {
                    Note(b, classes.At(k), zh, en);
                    drop.Add(k);
                }

                withdrawn = Remove(classes, Classes, drop, withdrawn);
            }
        }

        return withdrawn;
    }

    /// <summary>
    /// The claims of a read with the withdrawn entries' claims left out and the later entries' pointers moved down to their
    /// new indices (the draft's spans stay with their nodes; the claims name the entries by index).
    /// </summary>
    public static IReadOnlyList<Claim> Renumber(IReadOnlyList<Claim> claims, List<(string List, int Index)> withdrawn)
    {
        var kept = new List<Claim>(claims.Count);
        foreach (var claim in claims)
        {
            var pointer = claim.Pointer;
            var moved = pointer;
            var drop = false;
            foreach (var (l, i) in withdrawn)
            {
                drop |= i < 0 && (pointer == l || pointer.StartsWith(l + "/", StringComparison.Ordinal));   // a whole member
            }

            foreach (var list in RenumberedLists)
            {
                if (pointer.Length <= list.Length + 1 || !pointer.StartsWith(list, StringComparison.Ordinal)
                    || pointer[list.Length] != '/')
                {
                    continue;
                }

                var end = pointer.IndexOf('/', list.Length + 1);
                end = end < 0 ? pointer.Length : end;
                if (!int.TryParse(pointer.Substring(list.Length + 1, end - list.Length - 1), NumberStyles.None,
                        CultureInfo.InvariantCulture, out var index))
                {
                    continue;
                }

                var before = 0;
                foreach (var (l, i) in withdrawn)
                {
                    if (l == list && i == index)
                    {
                        drop = true;
                    }
                    else if (l == list && i < index)
                    {
                        before++;
                    }
                }

                if (before > 0)
                {
                    moved = list + "/" + (index - before).ToString(CultureInfo.InvariantCulture) + pointer.Substring(end);
                }
            }

            if (!drop)
            {
                kept.Add(ReferenceEquals(moved, pointer) ? claim : claim with { Pointer = moved });
            }
        }

        return kept;
    }

    // The Chinese text that opens DisclosureMessages.UnplacedVehicleKind (up to its quoted figure), by which the withdrawal
    // finds that note.
    private static readonly string UnplacedVehicleKindOpening = DisclosureMessages.UnplacedVehicleKind(string.Empty).Zh.Split('“')[0];

    /// <summary>
    /// Withdraws the vehicle kinds read from the text when they cannot all be the template's categories (session 23): a kind
    /// that found no category (a second kind the template does not name, or a listed kind that is no "…用车", noted by the
    /// reader) or two kinds of one category (an 应急 kind of the text's own, "防汛应急用车", read as 应急保障用车 before the
    /// text's own 应急保障用车 came in a later paragraph). A kind left unplaced counts only when the kinds placed fall short of
    /// the count (else it was a part of one of them). The kinds would then add up short of the count (FA4201) or repeat a
    /// category (FA4202), both false Errors; each kind becomes a located note and the count stays. One case is decided
    /// instead: two 应急保障用车, one of them the text's own 应急 kind, and no "other" kind — that one is the "other" category, as it is when both
    /// are read in one paragraph (NarrativeReader.VehicleKinds). Session 43: kinds that all found their category but add up
    /// short of the count are withdrawn too unless the text shows the list complete (<see cref="ShownComplete"/>). Returns
    /// <paramref name="withdrawn"/> with the kinds withdrawn added.
    /// </summary>
    public static List<(string List, int Index)>? WithdrawVehicleKinds(ReportBuilder b, List<(string List, int Index)>? withdrawn)
    {
        if (b.Find(VehicleCategories) is not { Kind: DraftKind.Array } kinds || kinds.Count == 0)
        {
            return withdrawn;
        }

        var unplaced = b.Notes.Exists(n => n.MessageZh == DisclosureMessages.SecondOtherVehicleKind.Zh
                || n.MessageZh.StartsWith(UnplacedVehicleKindOpening, StringComparison.Ordinal))
            && !KindsMakeTheCount(b, kinds);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        var ownEmergency = -1;
        for (var k = 0; k < kinds.Count; k++)
        {
            if (Text(kinds.At(k), "category") is not { } category)
            {
                continue;
            }

            if (!seen.Add(category))
            {
                repeated.Add(category);
            }

            if (category == "emergencySupport" && Text(kinds.At(k), "label") is { } label && label.Contains("应急"))
            {
                ownEmergency = k;
            }
        }

        if (!unplaced && repeated.Count == 1 && repeated.Contains("emergencySupport") && ownEmergency >= 0 && !seen.Contains("other"))
        {
            kinds.At(ownEmergency).Put("category", DraftNode.Of("other"));
            return withdrawn;
        }

        if (!unplaced && repeated.Count == 0)
        {
            return ShortOfTheCount(b, kinds, out var sum, out var whole) && !ShownComplete(b, kinds)
                ? WithdrawAll(b, kinds, DisclosureMessages.PartialVehicleKindList(Figure(sum), Figure(whole)), withdrawn)
                : withdrawn;
        }

        return WithdrawAll(b, kinds, DisclosureMessages.VehicleKindsWithdrawn, withdrawn);
    }

    /// <summary>Withdraws every vehicle kind of <paramref name="kinds"/>, each a located note with <paramref name="message"/>.</summary>
    private static List<(string List, int Index)>? WithdrawAll(ReportBuilder b, DraftNode kinds, (string Zh, string En) message,
        List<(string List, int Index)>? withdrawn)
    {
        var (zh, en) = message;
        var drop = new SortedSet<int>();
        for (var k = 0; k < kinds.Count; k++)
        {
            var count = kinds.At(k).Member("count");
            b.Note(count is { Mapped: true } ? count.Span : new SourceSpan(1, 1, 1, 1), zh, en, count?.Show());
            drop.Add(k);
        }

        return Remove(kinds, VehicleCategories, drop, withdrawn);
    }

    /// <summary>The words that say a list names the count's parts one by one (分别为 / 分别是, as written in either script).</summary>
    private static readonly string[] RespectiveWords = ["分别为", "分别是", "分別為", "分別是"];

    /// <summary>
    /// Session 43 (blind round 39 t01): whether the kinds read add up to less than the vehicle count (<paramref name="sum"/> of
    /// <paramref name="whole"/>). A 其中 list may name only some kinds ("共有车辆 4 辆，其中：其他用车 2 辆（…）"): then it is a
    /// partial list, not the count's breakdown, and FA4201 would be a false Error. An over-sum is no partial list (it stays).
    /// </summary>
    private static bool ShortOfTheCount(ReportBuilder b, DraftNode kinds, out long sum, out long whole)
    {
        sum = 0L;
        whole = b.Find("/narrative/assets/vehicles/count") is { Kind: DraftKind.Number } count ? count.Number : -1L;
        for (var k = 0; k < kinds.Count; k++)
        {
            if (kinds.At(k).Member("count") is not { Kind: DraftKind.Number } part)
            {
                return false;   // a kind without a count: nothing is decided
            }

            sum += part.Number;
        }

        return sum < whole;
    }

    /// <summary>
    /// Whether the text shows a vehicle-kind list that falls short of the count to be the whole breakdown all the same, so that
    /// FA4201 checks it: a kind of 0 vehicles is listed (the writer goes through the template's kinds, held or not: "其中：主要
    /// 领导干部用车 0 辆，…，其他用车 1 辆"), or 分别为 / 分别是 stands between the count and its last kind ("共有车辆 5 辆，分别为
    /// 执法执勤用车 2 辆、其他用车 2 辆"). 其中 or 包括 alone (including) does not: they open a partial list as often as a whole one.
    /// </summary>
    private static bool ShownComplete(ReportBuilder b, DraftNode kinds)
    {
        for (var k = 0; k < kinds.Count; k++)
        {
            if (kinds.At(k).Member("count") is { Kind: DraftKind.Number, Number: 0 })
            {
                return true;
            }
        }

        if (b.Find("/narrative/assets/vehicles/count") is not { Mapped: true } count
            || kinds.At(kinds.Count - 1).Member("count") is not { Mapped: true } last)
        {
            return false;
        }

        var from = b.Source.OffsetOf(count.Span.StartLine, count.Span.StartColumn);
        var to = b.Source.OffsetOf(last.Span.EndLine, last.Span.EndColumn);
        if (from < 0 || to <= from)
        {
            return false;
        }

        var between = b.Source.Original.Substring(from, to - from);
        foreach (var word in RespectiveWords)
        {
            if (between.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the kinds placed add up to the vehicle count (a kind left unplaced was then a part of one of them: "其他用车 2
    /// 辆（校车 1 辆、实训教学用车 1 辆）").
    /// </summary>
    private static bool KindsMakeTheCount(ReportBuilder b, DraftNode kinds)
    {
        if (b.Find("/narrative/assets/vehicles/count") is not { Kind: DraftKind.Number } count)
        {
            return false;
        }

        var sum = 0L;
        for (var k = 0; k < kinds.Count; k++)
        {
            sum += kinds.At(k).Member("count") is { Kind: DraftKind.Number } part ? part.Number : 0;
        }

        return sum == count.Number;
    }

    /// <summary>
    /// Withdraws the SME contracts' purchase-kind parts listed after the SME total ("授予中小企业合同金额 800 万元，其中：货物
    /// 300 万元、工程 200 万元、服务 500 万元") when they add up to the procurement total stated elsewhere (1000) and not to the
    /// SME total (session 23): they are then the whole procurement's parts written after the wrong total, or the text is
    /// wrong — which, it does not say, so the SME check (FA4103) would be a false Error. Parts whose own label names the SME
    /// contracts ("货物采购授予中小企业合同金额…") stay. Each withdrawn part becomes a located note. Returns
    /// <paramref name="withdrawn"/> with the members withdrawn (index −1: the whole member) added.
    /// </summary>
    public static List<(string List, int Index)>? WithdrawSmeParts(ReportBuilder b, List<(string List, int Index)>? withdrawn)
    {
        if (b.Find(Procurement) is not { Kind: DraftKind.Object } procurement
            || procurement.Member("smeContracts") is not { Kind: DraftKind.Object } sme
            || !TryAmount(sme, out var smeTotal, out var smeSlack)
            || procurement.Member("total") is not { Kind: DraftKind.Object } total || !TryAmount(total, out var whole, out var wholeSlack))
        {
            return withdrawn;
        }

        var sum = 0m;
        var slack = 0m;
        var parts = new List<string>();
        foreach (var (kind, wholeKind) in SmeKinds)
        {
            if (procurement.Member(wholeKind) is not null)
            {
                return withdrawn;   // the procurement's own parts are stated: these are the SME total's
            }

            if (procurement.Member(kind) is not { Kind: DraftKind.Object } part)
            {
                continue;
            }

            if (!TryAmount(part, out var amount, out var partSlack) || NamesSme(b, Procurement + "/" + kind + "/amount"))
            {
                return withdrawn;
            }

            (sum, slack) = (sum + amount, slack + partSlack);
            parts.Add(kind);
        }

        if (parts.Count < 2 || Math.Abs(sum - whole) > slack + wholeSlack || Math.Abs(sum - smeTotal) <= slack + smeSlack)
        {
            return withdrawn;
        }

        var (zh, en) = DisclosureMessages.SmePartsOfTheWhole(Figure(sum), Figure(whole), Figure(smeTotal));
        withdrawn ??= new List<(string List, int Index)>();
        foreach (var kind in parts)
        {
            var index = IndexOfMember(procurement, kind);
            var amount = procurement.Member(kind)!.Member("amount");
            b.Note(amount is { Mapped: true } ? amount.Span : new SourceSpan(1, 1, 1, 1), zh, en, amount?.Text);
            procurement.RemoveAt(index);
            withdrawn.Add((Procurement + "/" + kind, -1));
        }

        return withdrawn;
    }

    /// <summary>Whether the claim of <paramref name="pointer"/> was read from a clause that names the SME contracts itself.</summary>
    private static bool NamesSme(ReportBuilder b, string pointer)
    {
        foreach (var claim in b.Claims)
        {
            if (claim.Pointer == pointer)
            {
                return claim.Text.Contains("中小企业");
            }
        }

        return false;
    }

    /// <summary>The index of member <paramref name="name"/> of an object.</summary>
    private static int IndexOfMember(DraftNode node, string name)
    {
        for (var i = 0; i < node.Count; i++)
        {
            if (node.NameAt(i) == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Removes the entries <paramref name="drop"/> of <paramref name="list"/> (last first) and records them.</summary>
    private static List<(string List, int Index)>? Remove(DraftNode list, string pointer, SortedSet<int> drop,
        List<(string List, int Index)>? withdrawn)
    {
        if (drop.Count == 0)
        {
            return withdrawn;
        }

        withdrawn ??= new List<(string List, int Index)>();
        foreach (var index in drop.Reverse())
        {
            list.RemoveAt(index);
            withdrawn.Add((pointer, index));
        }

        return withdrawn;
    }

    /// <summary>A note at the entry's amount (or at the start of the text when it has no span).</summary>
    private static void Note(ReportBuilder b, DraftNode entry, string zh, string en)
    {
        var amount = entry.Member("amount");
        var span = amount is { Mapped: true } ? amount.Span : new SourceSpan(1, 1, 1, 1);
        b.Note(span, zh, en, amount?.Text);
    }

    /// <summary>Whether another item's code starts with <paramref name="code"/> (a 款 whose 项 are listed).</summary>
    private static bool Listed(DraftNode items, string code)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (Text(items.At(j), "code") is { } other && other.Length > code.Length
                && other.StartsWith(code, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether every item has a code: an item without one could belong to any 类, so 类 = Σ 项 cannot run (FA1205 could not
    /// run) and no list of them is weighed — nothing is withdrawn where the rule would compare nothing.
    /// </summary>
    private static bool Coded(DraftNode items)
    {
        for (var j = 0; j < items.Count; j++)
        {
            if (Text(items.At(j), "code") is not { Length: > 0 })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A string member of an entry, or null.</summary>
    private static string? Text(DraftNode entry, string member)
        => entry.Kind == DraftKind.Object && entry.Member(member) is { Kind: DraftKind.String } value ? value.Text : null;

    /// <summary>
    /// The entry's amount as written and half a unit of its last written digit (the rounding it may carry); false when the
    /// entry has no amount the sum could use.
    /// </summary>
    private static bool TryAmount(DraftNode entry, out decimal amount, out decimal slack)
    {
        slack = 0m;
        if (Text(entry, "amount") is not { Length: > 0 } text
            || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                out amount))
        {
            amount = 0m;
            return false;
        }

        var point = text.IndexOf('.');
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        slack = 0.5m;
        for (var d = 0; d < decimals; d++)
        {
            slack /= 10m;
        }

        return true;
    }

    /// <summary>A sum as the notes print it.</summary>
    private static string Figure(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
