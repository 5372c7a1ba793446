using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// The asset counts of schema 1.4: equipment by kind (单价50万元以上通用设备, 单价100万元以上专用设备) and the vehicle kinds some
/// units list beside the standard categories (校车, 殡葬车).
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The vehicle kinds of schema 1.4, with the words that name them and their standard label.</summary>
    private static readonly (string[] Keys, string Category, string Standard)[] ListedVehicleKinds =
    [
        (new[] { "校车" }, "schoolBus", "校车"),
        (new[] { "殡葬车", "殡仪车", "殡葬用车", "殡仪用车", "殡葬服务车" }, "funeralVehicle", "殡葬车"),
    ];

    /// <summary>
    /// Reads a count of 校车 or 殡葬车: a kind of the fleet only as an entry of a list of the stated total's parts (其中…, or
    /// entries joined by 、), not a purchase or disposal (购置, 新增, 报废, 处置, 更新), nor a part of another kind in brackets
    /// ("其他用车2辆（校车1辆、实训教学用车1辆）"); otherwise a note — never the total.
    /// Returns false when the label names neither kind.
    /// </summary>
    private bool TryListedVehicleKind(ClauseView clause, NumberToken token, string compact, SourceSpan span)
    {
        foreach (var (keys, category, standard) in ListedVehicleKinds)
        {
            if (!HasAny(compact, keys))   // no lambda: its closure was made per call (session 24)
            {
                continue;
            }

            if (NamesAFleetChange(compact) || !b.Has(N + "assets/vehicles", "count") || !IsListedPart(clause)
                || InsideBrackets(clause.Sentence.Text, clause.Start + token.Start))
            {
                Note(span, DisclosureMessages.UnplacedCount(compact + token.Digits + token.UnitText), clause.Text);
                return true;
            }

            var pointer = b.Append(N + "assets/vehicles/categories");
            b.SetUnder(pointer, "category", DraftNode.Of(category), span);
            b.SetUnder(pointer, "count", Int(token), span, ClaimKind.Count, clause.Text);
            var name = WithoutListLead(compact).TrimEnd('等').Replace("(", "（").Replace(")", "）");
            if (name.Length > 0 && !name.EndsWith(standard, StringComparison.Ordinal))
            {
                b.SetUnder(pointer, "label", DraftNode.Of(name), span);
            }

            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="at"/> lies inside brackets opened in <paramref name="sentence"/> and not closed.</summary>
    private static bool InsideBrackets(string sentence, int at)
    {
        var depth = 0;
        for (var i = 0; i < at && i < sentence.Length; i++)
        {
            depth += sentence[i] == '(' ? 1 : sentence[i] == ')' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    /// <summary>Whether a label names a change of the fleet (购置, 新增, 报废, 处置, 更新): the words of VehicleChangeWords.</summary>
    private static bool NamesAFleetChange(string compact)
    {
        foreach (var c in compact)
        {
            if (c is '购' or '新' or '报' or '处' or '更')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A label without the 其中 that opens a list and the punctuation after it ("其中:校车" → "校车").</summary>
    private static string WithoutListLead(string compact)
    {
        var at = compact.StartsWith("其中", StringComparison.Ordinal) ? 2 : 0;
        while (at < compact.Length && compact[at] is ':' or ',' or '、')
        {
            at++;
        }

        return compact.Substring(at);
    }

    /// <summary>
    /// Whether an amount of the assets section is a unit-price threshold, not a figure: followed in its clause by 以上 (also
    /// "（含）以上", "及以上") — "单位价值50万元以上通用设备", "价值在100万元（含）以上的专用设备" (blind test 23, family F1: without
    /// 单价 the threshold was read as the value of the vehicles before it, and both counts as the one 100万元 count).
    /// </summary>
    private static bool IsPriceThreshold(ClauseView clause, NumberToken token)
    {
        var text = clause.Sentence.Text;
        var at = SkipSpaces(text, clause.Start + token.End, clause.End);   // "50万元 以上" (revfixa, issue 5)
        at = Scanner.Starts(text, at, "(含)", clause.End) ? SkipSpaces(text, at + 3, clause.End) : at;
        return Scanner.Starts(text, at, "以上", clause.End) || Scanner.Starts(text, at, "及以上", clause.End);
    }

    /// <summary>
    /// Reads an equipment count of one kind at its template threshold: "单价50万元（含）以上通用设备 N 台（套）" and
    /// "单价100万元（含）以上专用设备 N 台（套）". Returns false (the count is read as before) for a label that names neither
    /// kind or both, or a kind at another threshold or none.
    /// </summary>
    private bool TryEquipmentKind(NumberToken token, string compact, SourceSpan span, string text)
    {
        var general = compact.Contains("通用设备");
        if (general == compact.Contains("专用设备") || equipmentThreshold != (general ? 50m : 100m))
        {
            return false;
        }

        // The value that may follow ("价值…万元") has no field of its own: it is not the 100万元 equipment's.
        equipmentThreshold = null;
        lastAssetValue = null;
        b.Set(N + "assets/" + (general ? "generalEquipmentCount" : "specialEquipmentCount"), Int(token), span, ClaimKind.Count, text);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="compact"/> names exactly one kind of equipment (通用设备 or 专用设备, not both): such a count is
    /// never the model's all-kinds <c>largeEquipmentCount</c>.
    /// </summary>
    private static bool OneEquipmentKind(string compact) => compact.Contains("通用设备") != compact.Contains("专用设备");

    /// <summary>The first index at or after <paramref name="at"/> (before <paramref name="end"/>) that is not white space.</summary>
    private static int SkipSpaces(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
