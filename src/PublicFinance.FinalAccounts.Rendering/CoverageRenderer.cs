using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Rendering;

/// <summary>The coverage summary (规则覆盖情况): totals by outcome and one row per rule.</summary>
internal static class CoverageRenderer
{
    /// <summary>The bilingual label of an outcome.</summary>
    public static string OutcomeLabel(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Passed => "通过 passed",
        CheckOutcome.Failed => "未通过 failed",
        CheckOutcome.NotApplicable => "不适用 not applicable",
        _ => "无法检查 could not run",
    };

    private static string OutcomeClass(CheckOutcome outcome) => outcome switch
    {
        CheckOutcome.Passed => "passed",
        CheckOutcome.Failed => "failed",
        CheckOutcome.NotApplicable => "not-applicable",
        _ => "could-not-run",
    };

    /// <summary>Renders the coverage section.</summary>
    public static void Render(StringBuilder sb, ValidationResult result)
    {
        sb.Append("<section id=\"coverage\" class=\"part\"><h2>规则覆盖情况 <small>Coverage by rule</small></h2>");
        if (result.Coverage.Count == 0)
        {
            sb.Append("<p class=\"absent\">没有覆盖信息 No coverage in the result.</p></section>");
            return;
        }
        sb.Append("<p class=\"coverage-totals\">");
        foreach (var outcome in new[] { CheckOutcome.Passed, CheckOutcome.Failed, CheckOutcome.NotApplicable, CheckOutcome.CouldNotRun })
        {
            int n = result.Coverage.Count(c => c.Outcome == outcome);
            sb.Append("<span class=\"badge ").Append(OutcomeClass(outcome)).Append("\" data-outcome=\"").Append(OutcomeClass(outcome))
              .Append("\">")
              .Append(Html.Escape(OutcomeLabel(outcome))).Append("：").Append(Html.Int(n)).Append("</span> ");
        }
        sb.Append("（规则数 rules: ").Append(Html.Int(result.Coverage.Count)).Append("）</p>");
        sb.Append("<div class=\"scroll\"><table class=\"grid coverage\"><thead><tr><th>规则 Rule</th><th>名称 Title</th><th>结果 Outcome</th>")
          .Append("<th>通过</th><th>未通过</th><th>不适用</th><th>无法检查</th><th>缺少的数据 Missing</th></tr></thead><tbody>");
        foreach (var c in result.Coverage)
        {
            sb.Append("<tr class=\"").Append(OutcomeClass(c.Outcome)).Append("\" id=\"rule-").Append(Html.Escape(c.Rule.Id))
              .Append("\"><td class=\"code\">")
              .Append(Html.Escape(c.Rule.Id)).Append("</td><td>").Append(Html.Escape(c.Rule.TitleZh)).Append("<br><small>")
              .Append(Html.Escape(c.Rule.TitleEn))
              .Append("</small></td><td>").Append(Html.Escape(OutcomeLabel(c.Outcome))).Append("</td><td class=\"num\">")
              .Append(Html.Int(c.Passed))
              .Append("</td><td class=\"num\">").Append(Html.Int(c.Failed)).Append("</td><td class=\"num\">")
              .Append(Html.Int(c.NotApplicable))
              .Append("</td><td class=\"num\">").Append(Html.Int(c.CouldNotRun)).Append("</td><td class=\"missing\">")
              .Append(Html.Escape(string.Join(" ", c.Missing))).Append("</td></tr>");
        }
        sb.Append("</tbody></table></div></section>");
    }
}
