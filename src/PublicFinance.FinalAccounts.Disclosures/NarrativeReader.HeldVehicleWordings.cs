namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// Session 45 (issue 8, blind round 41 t04 and t06): the 三公 fleet held (公务用车保有量, <c>threePublic/vehiclesHeld</c>) written
/// without 保有 — "本局现有公务用车 2 辆", "实有公务用车 3 辆", "公务用车现有 4 辆", and in brackets right after the vehicles'
/// running cost, "公务用车运行维护费 4.86 万元（公务用车 1 辆）" (the vehicles that cost kept running). These counts were "counts
/// the reader could not place". A holding verb (现有, 实有, 共有, 拥有, 占有) is the 保有量 as 保有 and 保留 are; a change of the
/// fleet (购置, 新增, 报废, 处置, 更新), a plan (拟, 计划) or another year is never the holdings, nor a count in brackets after a
/// purchase cost ("公务用车购置费 25.00 万元（公务用车 1 辆）": the vehicles bought) or after a cost of purchase and running
/// together (购置及运行费: which of them the count is is not said) — those stay notes.
/// </summary>
internal sealed partial class NarrativeReader
{
    /// <summary>The verbs that state what the unit holds (the 保有量 under another verb).</summary>
    private static readonly string[] HoldingVerbs = ["现有", "实有", "共有", "拥有", "占有"];

    /// <summary>The official vehicles (公务用车), the fleet the 三公 section's holdings count.</summary>
    private const string OfficialVehicles = "公务用车";

    /// <summary>
    /// Whether a 三公 count in 辆 is the fleet held, worded with a holding verb or in brackets after the running cost (see the
    /// class). <paramref name="text"/> is the clause the token's positions are in.
    /// </summary>
    private static bool HeldVehicleWording(string compact, string text, NumberToken token)
    {
        var at = compact.IndexOf(OfficialVehicles, StringComparison.Ordinal);
        if (at < 0 || NamesAFleetChange(compact) || compact.Contains("拟") || compact.Contains("计划"))
        {
            return false;
        }

        var tail = compact.Substring(at + OfficialVehicles.Length);
        if (tail.Length == 0 && compact.Length == OfficialVehicles.Length + 1 && compact[0] == '(')
        {
            return AfterRunningCost(text, token.Start);   // "运行维护费 4.86 万元（公务用车 1 辆）"
        }

        if (tail.Length == 0 || tail is "共" or "为")
        {
            // "本局现有公务用车", "现有一般公务用车": the verb before the vehicles, at most two words between them.
            var head = compact.Substring(0, at);
            if (head is "全部" or "现全部" && tail.Length == 0)
            {
                return true;   // session 53 (blind round 49 t08): "全部公务用车18辆，均为执法执勤用车" — the whole fleet
            }

            foreach (var verb in HoldingVerbs)
            {
                var verbAt = head.LastIndexOf(verb, StringComparison.Ordinal);
                if (verbAt >= 0 && at - verbAt - verb.Length <= 2)
                {
                    return true;
                }
            }

            return false;
        }

        return Array.IndexOf(HoldingVerbs, tail) >= 0;   // "公务用车现有 4 辆"
    }

    /// <summary>
    /// Whether the bracket that holds <paramref name="at"/> opens right after an amount (万元 / 元) of the vehicles' running
    /// cost: the clause before the bracket names 运行 and no 购置.
    /// </summary>
    private static bool AfterRunningCost(string text, int at)
    {
        var open = text.LastIndexOf('(', Math.Max(0, Math.Min(at, text.Length) - 1));
        if (open < 1 || text[open - 1] != '元')
        {
            return false;
        }

        var before = text.Substring(0, open);
        return before.Contains("运行") && !before.Contains("购置") && before.Contains(OfficialVehicles);
    }
}
