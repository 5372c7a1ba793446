using PublicFinance.FinalAccounts.Classification;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures;

internal sealed partial class NarrativeReader
{
    private static DraftNode Int(NumberToken token) => DraftNode.Of((int)Math.Min(int.MaxValue, Math.Max(int.MinValue, token.Value)));

    private void CountFigure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var text = clause.Text;
        if (SharePoints(clause, token, span))
        {
            return;   // "比上年下降 0.5 个百分点": a share's change, which has no member (Blind24A)
        }

        if (token.Decimals > 0 && token.Unit == FigureUnit.Count)
        {
            return;
        }

        if (InsideSubCount(text, token.Start))
        {
            // "139批次(其中外事接待0批次)": the bracket gives a part of the count before it, not the next count; only
            // the foreign part has a field of its own, and the count after the bracket still follows the one before it.
            var inner = text.Substring(text.LastIndexOf('(', token.Start), token.Start - text.LastIndexOf('(', token.Start));
            if (section == Section.ThreePublic && (inner.Contains("外事") || inner.Contains("外宾")) && token.UnitText is "批次" or "批" or "人次")
            {
                var foreign = token.UnitText == "人次" ? "foreignReceptionPersonTrips" : "foreignReceptionBatches";
                b.Set(N + "threePublic/" + foreign, Int(token), span, ClaimKind.Count, text);
                return;
            }

            Note(span, DisclosureMessages.BracketedPartCount, text);
            return;
        }

        switch (section)
        {
            case Section.Personnel:
                Personnel(clause, token, label, span);
                return;
            case Section.ThreePublic:
                ThreePublicCount(token, ReceptionPartLabel(clause, token, label), span, text);   // ReceptionParts: 外事 part
                return;
            case Section.Assets:
                AssetsCount(clause, token, label, span);
                return;
            case Section.Performance:
                PerformanceCount(token, label, span, text);
                return;
        }
    }

    /// <summary>Whether <paramref name="at"/> lies inside an open bracket that starts with 其中, 含 or 包括.</summary>
    internal static bool InsideSubCount(string text, int at)
    {
        var open = text.LastIndexOf('(', Math.Max(0, Math.Min(at, text.Length) - 1));
        if (open < 0 || text.IndexOf(')', open) is var close && close >= 0 && close < at)
        {
            return false;
        }

        var inner = text.Substring(open + 1, Math.Max(0, at - open - 1)).TrimStart();
        return inner.StartsWith("其中", StringComparison.Ordinal) || inner.StartsWith("含", StringComparison.Ordinal)
            || inner.StartsWith("包括", StringComparison.Ordinal);
    }

    private void Personnel(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var text = clause.Text;
        if (token.UnitText == "个" && (label.Contains("下设") || label.Contains("内设")))
        {
            if (UnitsAfterCount(text, token.End))
            {
                Note(span, DisclosureMessages.UnplacedCount(label + token.Digits + token.UnitText), text);
                return;   // session 62: "下设林业站、种苗站等6个事业单位" counts units, not internal divisions
            }

            b.Set("/entity/internalDivisionCount", Int(token), span, ClaimKind.Count, text);
            return;
        }

        if (token.UnitText != "人")
        {
            return;
        }

        var direction = DirectionOf(label);
        if (direction is not null && personnelSubject is not null)
        {
            var signed = direction == "decrease" ? -token.Value : token.Value;
            b.SetUnder(personnelSubject, "change", DraftNode.Of((int)signed), span, ClaimKind.ChangeAmount, text);
            return;
        }

        if (CountsPeopleServed(label) || ServedListGoesOn(clause, token, label))
        {
            servedEnd = (sentenceStart, clause.Start + token.End);
            personnelSubject = null;   // "现服务离退休人员共 3000 人": the people the unit serves (NarrativeReader.StaffSection.cs)
            Note(span, DisclosureMessages.PeopleServedNotStaff(label.Trim() + token.Digits + token.UnitText), text);
            return;
        }

        if (IsStaffCountWithoutField(label) || IsCategoryOfAGroup(label))
        {
            personnelSubject = null;   // a change after it is not the last subject's
            Note(span, DisclosureMessages.StaffCountNoField(label.Trim() + token.Digits + token.UnitText), text);
            return;
        }

        string? target = label.Contains("编制") ? "authorizedPositions"
            : label.Contains("实有在职") ? "active"   // "实有在职人员 214 人": the serving staff, not the whole (session 56)
            : label.Contains("实有") || label.Contains("总人数") || label.Contains("人员总数") ? "total"
            : label.Contains("在职") ? "active"
            : label.Contains("离休") ? "retiredCadres"
            : label.Contains("退休") ? "retired"
            : null;
        if (target is null)
        {
            return;
        }

        personnelSubject = "/personnel/" + target;
        b.SetUnder(personnelSubject, "count", Int(token), span, ClaimKind.Count, text);
    }

    private void ThreePublicCount(NumberToken token, string label, SourceSpan span, string text)
    {
        string? target = null;
        var compact = label.Replace(" ", string.Empty);
        if (IsOtherYearCount(label))
        {
            // "上年购置公务用车2辆，本年未购置", "去年接待30批次": a count of another year is not this year's (FA4002 would
            // weigh it against this year's amount), nor does a count after it follow it.
            lastCountTarget = null;
            Note(span, DisclosureMessages.OtherYearCount(label + token.Digits + token.UnitText), text);
            return;
        }

        var after = token.End < text.Length ? text.Substring(token.End, Math.Min(2, text.Length - token.End)) : string.Empty;
        if (token.UnitText is "个" && (compact.Contains("团组") || after == "团组") && GroupsReceived(compact))
        {
            // "全年共接待来访团组 36 个、来宾 214 人次" (blind round 38): the groups received are the reception's batches (the
            // persons after them its person-visits), never the delegations sent (a false FA4002 before).
            target = compact.Contains("外宾") || compact.Contains("外事") ? "foreignReceptionBatches" : "domesticReceptionBatches";
        }
        else if (token.UnitText is "个" && (compact.Contains("团组") || after == "团组" || DelegationsSent(compact)))
        {
            target = "overseasDelegations";
        }
        else if (token.UnitText == "人次" && (compact.Contains("出国") || compact.Contains("出境") || lastCountTarget == "overseasDelegations"))
        {
            target = "overseasPersonTrips";
        }
        else if (token.UnitText == "辆" && (compact.Contains("保有") || RetainedVehicles(compact) || HeldVehicleWording(compact, text, token)))
        {
            target = "vehiclesHeld";
        }
        else if (token.UnitText == "辆" && compact.Contains("购置"))
        {
            target = "vehiclesPurchased";
        }
        else if (token.UnitText is "批次" or "批" && (compact.Contains("外宾") || compact.Contains("外事")))
        {
            target = "foreignReceptionBatches";
        }
        else if (token.UnitText is "批次" or "批" || token.UnitText == "次" && compact.EndsWith("批次为", StringComparison.Ordinal))
        {
            target = "domesticReceptionBatches";   // "国内公务接待批次为 41 次"
        }
        else if (token.UnitText == "人次" && lastCountTarget == "foreignReceptionBatches")
        {
            target = "foreignReceptionPersonTrips";
        }
        else if (token.UnitText == "人次" && (lastCountTarget == "domesticReceptionBatches" || compact.Contains("接待")))
        {
            target = "domesticReceptionPersonTrips";
        }
        else if (token.UnitText == "人" && lastCountTarget == "domesticReceptionBatches" && lastCountSentence == sentenceStart
            && !compact.Contains("出国") && !compact.Contains("出境"))
        {
            // "接待 74 批次 813 人", "公务接待 220 批次，人数 2929 人": the persons received after the batches are the
            // person-visits (接待人次) — the model has no separate head count.
            target = "domesticReceptionPersonTrips";
        }

        if (CountRange(ref target, compact, label, token, span, text))
        {
            return;   // session 40: "保有量由 3 辆增加到 4 辆" — the count after 由 is the earlier one (a note)
        }

        if (target is null)
        {
            if (HeldVehicleKind(compact, token, span, text))
            {
                return;   // session 36: a kind of the 三公 fleet, not the register's categories (HeldVehicleKinds)
            }

            Note(span, DisclosureMessages.UnplacedCount(label + token.Digits + token.UnitText), text);
            return;
        }

        lastCountTarget = target;
        lastCountSentence = sentenceStart;
        b.Set(N + "threePublic/" + target, Int(token), span, ClaimKind.Count, text);
    }

    private string? lastCountTarget;

    /// <summary>The target of the last count written after 由 / 从 (a range's start), and the sentence it was in.</summary>
    private (string Target, int Sentence)? countRangeStart;

    /// <summary>The words that, written alone before a count, end a range opened by 由 / 从 ("增加到 4 辆", "减至 2 辆").</summary>
    private static readonly string[] CountRangeEnds = ["增加到", "减少到", "增加至", "减少至", "增至", "减至", "降至", "降到", "变为", "到", "至"];

    /// <summary>
    /// Session 40: a 三公 count stated as a range — "公务用车保有量由 3 辆增加到 4 辆": the count after 由 (or 从) is the
    /// earlier figure, a note (as a prior year's count is), and the count after the range's end word (增加到, 减至…) is this
    /// year's, of the same target. Before, the earlier count was read as the year's (FA4004 would weigh the vehicles bought
    /// against it) and the year's left unplaced. True when the count was read here (placed or noted).
    /// </summary>
    private bool CountRange(ref string? target, string compact, string label, NumberToken token, SourceSpan span, string text)
    {
        if (target is not null && (compact.EndsWith("由", StringComparison.Ordinal) || compact.EndsWith("从", StringComparison.Ordinal)))
        {
            countRangeStart = (target, sentenceStart);
            lastCountTarget = null;
            Note(span, DisclosureMessages.OtherYearCount(label + token.Digits + token.UnitText), text);
            return true;
        }

        if (countRangeStart is not { } start || start.Sentence != sentenceStart || Array.IndexOf(CountRangeEnds, compact.Trim(',')) < 0)
        {
            return false;
        }

        countRangeStart = null;
        target = start.Target;
        return false;
    }

    /// <summary>
    /// Whether a count's label names another year than the document's: 上年, 去年, 上一年, or the year before the document's
    /// written out ("2015年购置…" in a 2016 document). A comparison (比上年增加…) is no count of this year either.
    /// </summary>
    private bool IsOtherYearCount(string label) =>
        LabelHas(label, "上年") || LabelHas(label, "去年") || LabelHas(label, "上一年")
        || year > 0 && label.Contains((year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "年");

    /// <summary>Where the sentence of <see cref="lastCountTarget"/> starts (a head count follows batches only in one sentence).</summary>
    private int lastCountSentence = -1;

    private static readonly (string[] Keys, string Category)[] VehicleCategories =
    [
        (new[] { "部级", "副部", "省级" }, "seniorLeaders"),
        (new[] { "主要领导", "主要负责人" }, "principalLeaders"),
        (new[] { "机要通信" }, "confidentialCommunications"),
        (new[] { "应急保障" }, "emergencySupport"),
        (new[] { "执法执勤" }, "lawEnforcement"),
        (new[] { "特种专业技术" }, "specialTechnical"),
        (new[] { "离退休" }, "retiredCadreService"),
        (new[] { "其他用车" }, "other"),

        // The 2014–2016 template's own kinds (schema 1.3), after 部级领导干部用车 and 主要领导干部用车, which they are part of.
        (new[] { "领导干部用车" }, "leadingCadres"),
        (new[] { "一般公务用车" }, "generalOfficial"),
    ];

    private static readonly Dictionary<string, string> CategoryLabels = new()
    {
        ["seniorLeaders"] = "部级领导干部用车", ["principalLeaders"] = "主要领导干部用车", ["confidentialCommunications"] = "机要通信用车",
        ["emergencySupport"] = "应急保障用车", ["lawEnforcement"] = "执法执勤用车", ["specialTechnical"] = "特种专业技术用车",
        ["retiredCadreService"] = "离退休干部用车", ["other"] = "其他用车",
        ["leadingCadres"] = "领导干部用车", ["generalOfficial"] = "一般公务用车",
    };

    /// <summary>Words that make a vehicle count one of a change of the fleet, not a kind of it.</summary>
    private static readonly char[] VehicleChangeWords = ['购', '新', '报', '处', '更'];

    /// <summary>
    /// Whether a count of a 2014–2016 kind is no kind of the fleet: a change of it ("本年新购置一般公务用车 1 辆") or a count
    /// outside a 其中 list of the total ("共有车辆 5 辆，一般公务用车 4 辆" may be the whole or a part) — the conditions these kinds
    /// were read under as the unnamed "other" kind before schema 1.3.
    /// </summary>
    private bool IsNoKindOfTheFleet(string category, string compact, bool listed) =>
        category is "leadingCadres" or "generalOfficial"
        && (compact.IndexOfAny(VehicleChangeWords) >= 0 || !b.Has(N + "assets/vehicles", "count") || !listed);

    /// <summary>
    /// Whether a vehicle count is an entry of a list of the stated total's parts: the sentence has 其中, or the clause is joined
    /// to another by 、 ("共有车辆 5 辆，领导干部用车 1 辆、一般公务用车 3 辆、执法执勤用车 1 辆": a list of kinds, not the whole
    /// restated) — a lone "共有车辆 5 辆，一般公务用车 4 辆" is neither.
    /// </summary>
    private bool IsListedPart(ClauseView clause)
    {
        var sentence = clause.Sentence.Text;
        return currentSentence.Contains("其中")
            || clause.Start > 0 && sentence[clause.Start - 1] == '、' || clause.End < sentence.Length && sentence[clause.End] == '、'
            || AfterVehicleListOpening(clause);   // "共有车辆 20 辆：一是…；二是…" (NarrativeReader.VehicleKindLists.cs)
    }

    private void AssetsCount(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var text = clause.Text;
        var compact = label.Replace(" ", string.Empty);
        if (token.Unit == FigureUnit.Area)
        {
            if (NamesOtherArea(compact))
            {
                Note(span, DisclosureMessages.AreaOfAnotherSubject, text);   // session 53: 土地面积, 占地面积 are no building's
                return;
            }

            b.Set(N + "assets/buildingArea", DraftNode.Of(token.Digits), span, ClaimKind.Quantity, text);
            lastAssetValue = "buildingValue";
            return;
        }

        if (token.UnitText == "辆")
        {
            var listed = IsListedPart(clause);
            if (VehiclesApart(compact, listed, span, text))
            {
                return;   // "另有已封存待处置车辆 1 辆" (NarrativeReader.VehicleKinds.cs)
            }

            foreach (var (keys, category) in VehicleCategories)
            {
                if (HasAny(compact, keys) && !IsNoKindOfTheFleet(category, compact, listed))
                {
                    if (category == "other")
                    {
                        if (otherVehicleKind)
                        {
                            Note(span, DisclosureMessages.SecondOtherVehicleKind, text);   // the categories are not repeated
                            return;
                        }

                        otherVehicleKind = true;
                    }

                    var pointer = b.Append(N + "assets/vehicles/categories");
                    b.SetUnder(pointer, "category", DraftNode.Of(category), span);
                    b.SetUnder(pointer, "count", Int(token), span, ClaimKind.Count, text);
                    var name = compact.TrimEnd('等').Replace("(", "（").Replace(")", "）");
                    if (CategoryLabels.TryGetValue(category, out var standard) && name.Length > 0
                        && !string.Equals(name, standard, StringComparison.Ordinal) && !name.EndsWith(standard, StringComparison.Ordinal))
                    {
                        b.SetUnder(pointer, "label", DraftNode.Of(name), span);
                    }

                    return;
                }
            }

            if (TryListedVehicleKind(clause, token, compact, span))
            {
                return;   // 校车, 殡葬车 (schema 1.4; NarrativeReader.AssetCounts.cs)
            }

            var kind = compact.StartsWith("其中", StringComparison.Ordinal) ? compact.Substring(2).TrimStart(':') : compact;
            if (listed && b.Has(N + "assets/vehicles", "count") && !NamesFleetChange(kind)
                && EmergencyKind(kind, token, span, text))
            {
                return;   // "其中防汛应急用车 2 辆，其他用车 1 辆" (NarrativeReader.VehicleKinds.cs)
            }

            if (kind.Length > 2 && kind.EndsWith("用车", StringComparison.Ordinal) && kind != "公务用车" && !kind.Contains("保有")
                && b.Has(N + "assets/vehicles", "count") && listed && !NamesFleetChange(kind))
            {
                // "共有车辆 6 辆，其中：一般公务用车 4 辆，执法执勤用车 2 辆": a kind of vehicle the template's categories do not
                // name is one of its "other" vehicles, under the name printed (left out, the categories would not add up) —
                // only in a 其中 list of the total, not a purchase (购置, 新增, 报废, 处置, 更新); one such kind only, since
                // the categories are not repeated (a second is a note).
                if (otherVehicleKind)
                {
                    Note(span, DisclosureMessages.SecondOtherVehicleKind, text);
                    return;
                }

                otherVehicleKind = true;
                var pointer = b.Append(N + "assets/vehicles/categories");
                b.SetUnder(pointer, "category", DraftNode.Of("other"), span);
                b.SetUnder(pointer, "count", Int(token), span, ClaimKind.Count, text);
                b.SetUnder(pointer, "label", DraftNode.Of(kind.Replace("(", "（").Replace(")", "）")), span);
                return;
            }

            if (UnplacedListedVehicleKind(compact, token, listed, span, text))
            {
                return;   // "其中救护车 7 辆、…" (NarrativeReader.VehicleKindLists.cs)
            }

            if (VehiclesOfAnotherKind(compact, token, span, text))
            {
                return;   // "园林作业车辆 57 辆，其中洒水车 12 辆" after the fleet's count (NarrativeReader.OtherVehicleKinds.cs)
            }

            b.Set(N + "assets/vehicles/count", Int(token), span, ClaimKind.Count, text);
            lastAssetValue = "vehicles/value";
            return;
        }

        if (token.UnitText is "台(套)" or "台（套）" or "台" or "套")
        {
            if (TryEquipmentKind(token, compact, span, text))
            {
                return;   // 通用设备, 专用设备 at their template thresholds (schema 1.4)
            }

            if (equipmentThreshold is null && NamedThingNotEquipment(compact))
            {
                Note(span, DisclosureMessages.UnplacedCount(compact + token.Digits + token.UnitText), text);
                return;   // session 61: "教学用计算机436台" is no count of the equipment held at 100万元 (AssetsOutsideTheirSection)
            }

            if (OneEquipmentKind(compact) && equipmentThreshold is null or 100m)
            {
                if (equipmentThreshold is not null && EquipmentHoldingAt(token, compact, span, text))
                {
                    return;   // session 47: "单价100万元以上通用设备 1 台" (schema 1.12; NarrativeReader.EquipmentThresholds.cs)
                }

                // "大型通用设备 2 台（套），大型专用设备 0 台（套）" (blind 31, F1): a count of one kind of equipment at no
                // threshold written (or 通用 at 100万元) is neither the 通用/专用 member nor the all-kinds 100万元 count; two
                // such counts are two subjects, not one figure stated twice (a false FA8003). Another threshold: below.
                equipmentThreshold = null;
                lastAssetValue = null;
                Note(span, DisclosureMessages.EquipmentOfOneKindUnplaced, text);
                return;
            }

            if (equipmentThreshold is { } threshold && threshold != 100m)
            {
                if (EquipmentHoldingAt(token, compact, span, text))
                {
                    return;   // session 47: "单价50万元以上设备 2 台", with its threshold (schema 1.12; EquipmentThresholds)
                }

                // "单价50万元以上通用设备 2 台（套）": the model counts only equipment of 100万元 and more (nor its value).
                equipmentThreshold = null;
                lastAssetValue = null;
                Note(span, DisclosureMessages.EquipmentOfAnotherThreshold, text);
                return;
            }

            if (equipmentThreshold is null && NamesAFleetChange(compact))
            {
                // Session 45: "本年设备采购 37 台", "报废设备 5 台": equipment bought or disposed of in the year, with no unit
                // price stated, is no count of the equipment held at 100万元 (HeldVehicleWordings' sibling near miss).
                Note(span, DisclosureMessages.UnplacedCount(compact + token.Digits + token.UnitText), text);
                return;
            }

            equipmentThreshold = null;
            b.Set(N + "assets/largeEquipmentCount", Int(token), span, ClaimKind.Count, text);
            lastAssetValue = "largeEquipmentValue";
        }
    }

    private string? lastAssetValue;

    /// <summary>The unit-price threshold (万元) a "单价…以上" stated just before the next equipment count, or null.</summary>
    private decimal? equipmentThreshold;

    private void SpecialAmount(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        switch (section)
        {
            case Section.Assets:
                if (label.Contains("单价") || IsPriceThreshold(clause, token))
                {
                    // "单价 100 万元（含）以上设备" is a threshold, not a figure; the count after it is of that threshold (in 万元).
                    equipmentThreshold = token.Unit switch
                    {
                        FigureUnit.WanYuan => token.Value,
                        FigureUnit.Yuan => token.Value / 10000m,
                        _ => null,
                    };
                    KeepEquipmentThreshold(clause, token, label, span);   // session 47 (NarrativeReader.EquipmentThresholds.cs)
                    return;
                }

                if (AssetPart(clause, token, label, span))
                {
                    return;   // session 46: 资产总额…其中：流动资产…，固定资产… (schema 1.11; NarrativeReader.AssetParts.cs)
                }

                if (AssetValue(clause, token, label, span))
                {
                    return;   // 资产总额, 房屋原值, 车辆…净值 (schema 1.5; NarrativeReader.AssetValues.cs)
                }

                if (label.Contains("价值") && lastAssetValue is not null)
                {
                    b.Set(N + "assets/" + lastAssetValue, AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
                }

                return;
            case Section.Performance:
                PerformanceAmount(token, label, span, clause.Text);
                return;
        }
    }

    private string? performanceGroup;

    private void PerformanceCount(NumberToken token, string label, SourceSpan span, string text)
    {
        if (token.UnitText != "个" || TryEvaluatedProjectCount(token, label, span, text))
        {
            return;
        }

        if (KeyEvaluationProjects(token, label, span, text))
        {
            performanceGroup = null;
            return;   // Session 46: "重点评价项目2个", "等3个项目开展了部门评价" (NarrativeReader.KeyEvaluations.cs)
        }
        // Only counts of evaluations: not 绩效目标 / 跟踪 counts, grade counts (评级为“优”的项目) or problems found.
        var ignored = label.Contains("评级") || label.Contains("等级") || label.Contains("目标") || label.Contains("跟踪") || label.Contains("问题")
            || label.Contains("得分") || GradeCount(label);   // blind 29 (F8): "评价结果为“优”的项目 11 个"
        if (KeyProjectCount(token, label, span, text))
        {
            performanceGroup = null;
            return;   // session 45: "对3个重点项目开展了绩效监控", "重点绩效评价项目2个" (NarrativeReader.EvaluationCoverage.cs)
        }

        if (label.Contains("涉密") || label.Contains("SM"))
        {
            performanceGroup = "classified";
            b.Set("/classifiedProjects/count", Int(token), span, ClaimKind.Count, text);
        }
        else if (!ignored && label.Contains("整体"))
        {
            performanceGroup = "overall";
            b.Set("/performance/overallEvaluationCount", Int(token), span, ClaimKind.Count, text);
        }
        else if (!ignored && label.Contains("项目") && (label.Contains("自评") || label.Contains("评价")))
        {
            performanceGroup = "project";
            b.Set("/performance/projectEvaluationCount", Int(token), span, ClaimKind.Count, text);
        }
        else
        {
            performanceGroup = null;
            if (ProjectCountOfBand(label) && !gradeCountStarts.Contains((span.StartLine, span.StartColumn)))
            {
                Note(span, DisclosureMessages.ProjectCountOfBand, text);   // session 41 (NarrativeReader.EvaluationSummaries.cs)
            }
        }
    }

    private void PerformanceAmount(NumberToken token, string label, SourceSpan span, string text)
    {
        if (KeyEvaluationFunds(token, label, span, text))
        {
            return;   // Session 46: "开展部门评价，涉及资金60.00万元" (NarrativeReader.KeyEvaluations.cs)
        }

        if (TryProjectFunds(token, label, span, text))
        {
            return;   // 涉及资金 (schema 1.4; NarrativeReader.SelfEvaluation.cs)
        }

        if (OneProjectsFigure(span, text, label))
        {
            return;   // one project's review, never the evaluated projects' total (NarrativeReader.OneProjectReview.cs)
        }

        var executed = label.Contains("执行");
        if (performanceGroup == "project" && !executed && InitialBesideFullYear(label))
        {
            Note(span, DisclosureMessages.InitialBudgetOfEvaluations, text);
            return;   // session 56: "涉及年初预算 X 万元、全年预算数 Y 万元" — Y is the total (NarrativeReader.EvaluationBudgetBases.cs)
        }

        var pointer = performanceGroup switch
        {
            "overall" => executed ? "/performance/overallExecuted" : "/performance/overallBudget",
            "project" => executed ? "/performance/projectExecuted" : "/performance/projectBudget",
            "classified" => executed ? "/classifiedProjects/executed" : "/classifiedProjects/budget",
            _ => null,
        };
        if (pointer is null)
        {
            Note(span, DisclosureMessages.UnplacedPerformanceAmount(label), text);
            return;
        }

        var amount = AmountNode(token, span);
        if (performanceGroup == "project" && b.Find(pointer) is { } held && !DraftNode.SameValue(held, amount))
        {
            // "（一）…年初预算 180.00 万元…（二）…年初预算 260.00 万元" read as paragraphs: another project's figure, never a
            // second value of the department's one slot (a false FA8003 per project; blind round 24).
            Note(span, DisclosureMessages.AnotherProjectsFigure, text);
            return;
        }

        b.Set(pointer, amount, span, ClaimKind.Amount, text);
    }

    // ---- functional items: 一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)：…

    private bool TryFunctionalItem(Fragment body, out Fragment rest, bool numbered = false)
    {
        if (ItemsTogether(body, out rest))
        {
            return true;   // "X（类）A（款）B（项）与C（款）D（项）合计 …" (NarrativeReader.RestatedClasses.cs)
        }

        var text = body.Text;
        var classEnd = text.IndexOf("(类)", StringComparison.Ordinal);
        var itemEnd = text.IndexOf("(项)", StringComparison.Ordinal);
        var sectionEnd = text.IndexOf("(款)", StringComparison.Ordinal);
        FunctionalCode code = default;
        string? className = null, sectionName = null, itemName = null;
        int consumed;
        if (classEnd > 0 && classEnd < 40)
        {
            // The 类 name is what follows the last clause break: "…支出2940.05万元,主要用于以下方面:一般公共服务支出(类)".
            className = WithoutOpeningQuote(WithoutEntryNumber(AfterListLeadWord(AfterLastClauseBreak(text.Substring(0, classEnd)))));
            consumed = classEnd + 3;
            // Session 47: each level's words are cut out once, for the test and the name (twice before).
            if (sectionEnd > classEnd && text.Substring(consumed, sectionEnd - consumed) is var sectionWords && IsLevelName(sectionWords))
            {
                sectionName = sectionWords.Trim();
                consumed = sectionEnd + 3;
            }

            var itemWords = itemEnd > consumed - 1 && itemEnd - consumed < 60 ? text.Substring(consumed, itemEnd - consumed) : null;
            if (itemWords is not null && IsLevelName(itemWords))
            {
                itemName = itemWords.Trim();
                consumed = itemEnd + 3;
            }
            else if (itemEnd > consumed && itemEnd - consumed < 60 && CodedLevelName(itemWords!.Trim(),
                sectionName is null ? default : ResolveCode(className, sectionName, null), out var codedName, out code))
            {
                itemName = codedName;   // "…(类)…(款)2240106安全监管(项)": the 项 written code first (session 38)
                consumed = itemEnd + 3;
            }
        }
        else if (CodeHead(text, out var codeAt) && FunctionalCode.TryParseLabelled(
            FirstWord(codeAt == 0 ? text : text.Substring(codeAt), out var wordEnd), out code, out var labelled) && !HasDigit(labelled))
        {
            // (a name with a digit holds the figure, "2050101 行政运行 85.20万元": read by the clause, CodeFirst)
            itemName = WithoutLevelMark(labelled, code.Value.Length);   // "行政运行(项)" on any line (session 38)
            consumed = codeAt + wordEnd;
        }
        else if (CodedItemHead(text, out var headed, out code, out consumed))
        {
            // Session 51: "1、行政运行（2040601）：年初预算数…" — a name and its code before the colon (CodedItemHeads)
            (className, sectionName, itemName) = (headed.ClassName, headed.SectionName, headed.Name);
        }
        else if (UnclassedItemHead(text, out sectionName, out itemName, out consumed)
            || UnmarkedItemHead(text, numbered, out itemName, out consumed))
        {
            // Sessions 32 (B) and 33: "1.行政运行（项）。年初预算为…", "1.行政运行：…", "1.行政运行年初预算为…" — a 款 or 项
            // named without its 类 heads its own paragraph (NarrativeReader.UnclassedItems.cs).
        }
        else
        {
            return false;
        }

        var span = b.Span(body, 0, Math.Min(consumed, body.Length));
        if (code.IsDefault)
        {
            code = ResolveCode(className, sectionName, itemName);
        }

        var isClass = itemName is null && sectionName is null;
        var list = section switch
        {
            Section.GeneralBudget => isClass ? N + "generalBudget/classes" : N + "generalBudget/items",
            Section.GovernmentFund => N + "governmentFund/items",
            _ => N + "stateCapital/items",
        };
        subject = StartFunctionalEntry(list, code, isClass ? null : className, itemName is null ? null : sectionName,
            itemName ?? sectionName ?? className ?? string.Empty, span, text, consumed);
        rest = ItemEntered(body, text, consumed);
        return true;
    }

    /// <summary>
    /// After a line's item entry has become the subject: the item is named (certain), no budget or reason is open, no label
    /// read; returns the body after the name and its colons or spaces.
    /// </summary>
    private Fragment ItemEntered(Fragment body, string text, int consumed)
    {
        budget = null;
        ItemNamed();   // ItemNameClauses: named again, the subject is certain
        reasonTarget = null;
        lastLabel = string.Empty;
        while (consumed < text.Length && (text[consumed] == ':' || text[consumed] == ' ' || text[consumed] == '。'))   // 。: ItemHeadEnd
        {
            consumed++;
        }

        return body.Slice(consumed, body.Length);
    }

    /// <summary>
    /// Where a functional class that <see cref="TryFunctionalItem"/> would read starts after a lead with a figure of its own
    /// ("…支出588.80万元，主要用于：农林水事务支出（类）"): one past the last clause break before the class name; 0 when there
    /// is no such lead (the class starts the paragraph, or the lead has no figure).
    /// </summary>
    private static int FunctionalItemLead(string text)
    {
        var classEnd = text.IndexOf("(类)", StringComparison.Ordinal);
        if (classEnd <= 0 || classEnd >= 40)
        {
            return 0;
        }

        var cut = text.LastIndexOfAny(ClauseBreaks, classEnd - 1);
        return cut > 0 && Scanner.HasFigureIn(text, 0, cut) ? cut + 1 : 0;   // no copy of the lead
    }

    private static readonly char[] ClauseBreaks = [':', ',', ';', '。', '、'];

    private static string AfterLastClauseBreak(string text)
    {
        var cut = -1;
        for (var i = text.Length - 1; i >= 0 && cut < 0; i--)
        {
            if (text[i] is ':' or ',' or ';' or '。' or '、')
            {
                cut = i;
            }
        }

        return text.Substring(cut + 1).Trim();
    }

    /// <summary>
    /// A necessary condition for <c>FunctionalCode.TryParseLabelled</c> on <see cref="FirstWord"/>: within the word, after
    /// white space and an opening bracket, a digit (ASCII or full-width) — the code scanner finds no code without one. Tested
    /// on the text, so a paragraph that opens with no code costs neither the word's string nor the parse's error message.
    /// It repeats the start of the core's <c>CodeText.TryScan</c> (white space, [ 【 ［, a digit): AllocationMarginTests
    /// derives every opening TryScan takes from TryScan itself and checks each passes here.
    /// </summary>
    internal static bool MayStartCode(string text)
    {
        var end = 0;
        while (end < text.Length && text[end] != ':' && text[end] != ',' && end < 40)
        {
            end++;
        }

        var i = 0;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i < end && text[i] is '[' or '【' or '［')
        {
            i++;
        }

        // The scanner's own digit test (ASCII and full-width today): a digit it learns is a digit here too.
        return i < end && PublicFinance.FinalAccounts.Utility.DecimalFigure.DigitValue(text[i]) >= 0;
    }

    internal static string FirstWord(string text, out int end)
    {
        end = 0;
        while (end < text.Length && text[end] != ':' && text[end] != ',' && end < 40)
        {
            end++;
        }

        return text.Substring(0, end);
    }

    private FunctionalCode ResolveCode(string? className, string? sectionName, string? itemName)
    {
        var classes = className is null ? NoCodes : Named(className, FunctionalLevel.Class, NoCodes);
        if (sectionName is null && itemName is null)
        {
            return classes.Count == 1 ? classes[0] : default;
        }

        var sections = sectionName is null ? NoCodes : Named(sectionName, FunctionalLevel.Section, classes);
        if (sectionName is not null && sections.Count == 0)
        {
            return default;   // an unknown 款: the 项 name alone ("行政运行") is ambiguous
        }

        if (itemName is null)
        {
            return sections.Count == 1 ? sections[0] : default;
        }

        var items = Named(itemName, FunctionalLevel.Item, sections.Count == 0 ? classes : sections);
        return items.Count == 1 && !(sections.Count == 0 && SharedItemName(itemName)) ? items[0] : default;   // StructureItems
    }

    private static readonly IReadOnlyList<FunctionalCode> NoCodes = [];

    /// <summary>
    /// The catalogue's codes of <paramref name="level"/> named <paramref name="name"/> for the year, under one of
    /// <paramref name="parents"/> when there are any (in catalogue order). When every code the catalogue gives is kept (most
    /// names name one code of the level asked), the catalogue's own answer is returned — it makes a one-code answer once —
    /// and a list is made only when some are left out (session 37: a list per look-up, 40 a seed read).
    /// </summary>
    private IReadOnlyList<FunctionalCode> Named(string name, FunctionalLevel level, IReadOnlyList<FunctionalCode> parents)
    {
        var named = ClassificationCatalogue.Default.FindFunctionalByName(name, YearOrDefault);
        var kept = 0;
        for (var i = 0; i < named.Count; i++)   // by index: a foreach over the interface boxes its enumerator (session 24)
        {
            kept += Fits(named[i], level, parents) ? 1 : 0;
        }

        if (kept == named.Count || kept == 0)
        {
            return kept == 0 ? NoCodes : named;
        }

        var found = new List<FunctionalCode>(kept);
        for (var i = 0; i < named.Count; i++)
        {
            if (Fits(named[i], level, parents))
            {
                found.Add(named[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether <paramref name="code"/> is of <paramref name="level"/> and under one of <paramref name="parents"/> (if any).
    /// </summary>
    private static bool Fits(FunctionalCode code, FunctionalLevel level, IReadOnlyList<FunctionalCode> parents)
        => code.Level == level && (parents.Count == 0 || IsUnderOne(parents, code));

    /// <summary>
    /// A class name without the number of its list entry ("(6)教育支出", "六是教育支出", "2.教育支出", "3、教育支出"): the number
    /// is not part of the name (kept, the name matched no catalogue entry and FA5003 spoke).
    /// </summary>
    internal static string WithoutEntryNumber(string name)
    {
        var at = 0;
        if (name.Length > 2 && CircledNumber(name[0]))
        {
            at = 1;   // session 34 (StructureItems): "①城乡社区支出", "⑴城乡社区支出"
        }
        else if (name.Length > 2 && name[0] == '(')
        {
            at = AfterNumerals(name, 1, Scanner.IsDigit, static c => c == ')');
            at = at > 0 ? at : AfterNumerals(name, 1, BlockClassifier.IsChineseNumeral, static c => c == ')');   // "(二)社会保障…"
        }
        else if (name.Length > 2 && BlockClassifier.IsChineseNumeral(name[0]))
        {
            at = AfterNumerals(name, 0, BlockClassifier.IsChineseNumeral, static c => c == '是');
        }
        else if (name.Length > 2 && Scanner.IsDigit(name[0]))
        {
            at = AfterNumerals(name, 0, Scanner.IsDigit, static c => c is '.' or '、' or ')');   // ")": "1)城乡社区支出"
        }

        return at > 0 && at < name.Length ? name.Substring(at).TrimStart() : name;
    }

    /// <summary>
    /// The index after a numbered prefix: a run of numerals from <paramref name="from"/>, not empty, then a character that
    /// <paramref name="closes"/> it (")" after "(6", "、" after "五", "是" after "六"); 0 when the text has no such prefix there.
    /// </summary>
    internal static int AfterNumerals(string text, int from, Func<char, bool> isNumeral, Func<char, bool> closes)
    {
        var at = from;
        while (at < text.Length && isNumeral(text[at]))
        {
            at++;
        }

        return at > from && at < text.Length && closes(text[at]) ? at + 1 : 0;
    }

    private static bool IsUnderOne(IReadOnlyList<FunctionalCode> parents, FunctionalCode code)
    {
        for (var i = 0; i < parents.Count; i++)   // by index: no boxed enumerator over the interface
        {
            if (parents[i].IsAncestorOf(code))
            {
                return true;
            }
        }

        return false;
    }

    private int YearOrDefault => year == 0 ? 2024 : year;

    private bool TryClassFigure(ClauseView clause, NumberToken token, string label, SourceSpan span)
    {
        var name = WithoutEntryNumber(label.Replace("(类)", string.Empty).Trim());   // "(1)交通运输支出" (session 34)
        var codes = Named(name, FunctionalLevel.Class, NoCodes);
        ClassAfterConjunction(ref name, ref codes);   // session 43: "…、教育支出 150.00 万元和住房保障支出 50.00 万元" (ShareListWordings)
        ClassAfterJoinedLine(clause, token, ref name, ref codes);   // session 47: a 类 on its own joined line (JoinedClassLines)
        var code = codes.Count == 1 ? codes[0] : codes.Count == 0 ? RenamedClass(name, span, clause.Text, out name) : default;
        if (code.IsDefault || RestatedClass(code, token, span, clause.Text))
        {
            return !code.IsDefault;   // a class already listed is the same class (NarrativeReader.RestatedClasses.cs)
        }

        var pointer = b.Append(N + "generalBudget/classes");
        b.SetUnder(pointer, "code", DraftNode.Of(code.Value), span);
        b.SetUnder(pointer, "name", DraftNode.Of(name), span);
        b.SetUnder(pointer, "amount", AmountNode(token, span), span, ClaimKind.Amount, clause.Text);
        subject = pointer;
        budget = null;
        ClassStatedInSentence();   // ItemNameClauses: counted for the end of a list of classes
        return true;
    }

    // ---- texts ----------------------------------------------------------------------------------------------

    private void Glossary(Fragment paragraph)
    {
        var text = paragraph.Text;
        var dun = text.IndexOf('、');
        var colon = text.IndexOf(':');
        if (dun < 0 || colon < dun || dun > 4 || !BlockClassifier.IsChineseNumeral(text[0]))
        {
            GlossaryNumberedEntry(paragraph);   // Gaps26: "1. 财政拨款收入：…" (NarrativeReader.HeadingForms.cs)
            return;
        }

        var term = b.Raw(paragraph, dun + 1, colon).Trim();
        var definition = b.Raw(paragraph, colon + 1, paragraph.Length).Trim();
        var span = b.Span(paragraph, 0, paragraph.Length);
        var pointer = b.Append("/glossary");
        b.SetUnder(pointer, "term", DraftNode.Of(term), span);
        b.SetUnder(pointer, "definition", DraftNode.Of(definition), span);
    }

    private void Function(Fragment paragraph)
    {
        if (!ListMarker(paragraph.Text, out var start) && !BracketedItem(paragraph.Text, out start))   // Gaps26: "（一）负责…"
        {
            return;
        }

        var pointer = "/entity/functions/" + b.Count("/entity/functions").ToString(CultureInfo.InvariantCulture);
        b.SetString(pointer, b.Raw(paragraph, start, paragraph.Length).Trim(), b.Span(paragraph, start, paragraph.Length));
    }

    private void Unit(Fragment body)
    {
        var name = body.Text.Trim().TrimEnd('。', ';');
        if (name.Length == 0 || name.Length > 60)
        {
            return;
        }

        var pointer = b.Append("/entity/units");
        var span = b.Span(body, 0, body.Length);
        b.SetUnder(pointer, "name", DraftNode.Of(name), span);
        b.SetUnder(pointer, "role", DraftNode.Of(b.Count("/entity/units") == 1 && (EntityName is null || name == EntityName) ? "self"
            : "subordinate"), span);
    }
}
