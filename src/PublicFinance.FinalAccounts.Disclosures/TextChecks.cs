using System;
using System.Linq;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>Text-level checks (文本检查): placeholders, shares without %, 部门/单位 wording, magnitudes.</summary>
internal static class TextChecks
{
    private static readonly string[] Placeholders = ["XX", "xx", "××", "某某", "增加(减少)", "减少(增加)", "增长(下降)", "下降(增长)", "减增加", "增减少", "大于(小于)", "小于(大于)"];

    public static void Run(SourceText source, ReportBuilder builder, bool unitReport)
    {
        var text = source.Text;
        Statements.StatementChecks.Run(builder.Statements, builder.Findings);
        Statements.ThreePublicSumCheck.Run(builder);
        foreach (var word in Placeholders)
        {
            var at = 0;
            var reported = 0;
            while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0 && reported < 50)
            {
                if (word is "XX" or "xx" && at > 0 && (char.IsLetterOrDigit(text[at - 1]) && text[at - 1] < 128))
                {
                    at += word.Length;
                    continue;
                }

                builder.Findings.Add(TextRules.Finding(TextRules.Placeholder, source.Span(at, at + word.Length), null,
                    $"文本中有模板占位符或矛盾措辞“{word}”。", $"Template residue or contradictory wording \"{word}\" in the text."));
                reported++;
                at += word.Length;
            }
        }

        // "占 98.37，" — a share without its percent sign.
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '占')
            {
                continue;
            }

            var j = i + 1;
            while (j < text.Length && j - i < 20 && !Scanner.IsDigit(text[j]) && text[j] != ',' && text[j] != '。' && text[j] != ';')
            {
                j++;
            }

            if (j >= text.Length || !Scanner.IsDigit(text[j]))
            {
                continue;
            }

            var numbers = Scanner.Numbers(text.Substring(j, Math.Min(30, text.Length - j)));
            if (numbers.Count > 0 && numbers[0].Start == 0 && numbers[0].Unit == FigureUnit.None && numbers[0].Decimals > 0)
            {
                builder.Findings.Add(TextRules.Finding(TextRules.ShareWithoutPercent, source.Span(i, j + numbers[0].End), null,
                    $"占比“{numbers[0].Digits}”缺少 %。", $"The share \"{numbers[0].Digits}\" has no percent sign."));
            }
        }

        // 部门决算 calling itself 本单位, or 单位决算 calling itself 本部门.
        var wrong = unitReport ? "本部门" : "本单位";
        var w = text.IndexOf(wrong, StringComparison.Ordinal);
        if (w >= 0)
        {
            builder.Findings.Add(TextRules.Finding(TextRules.EntityWording, source.Span(w, w + 3), null,
                unitReport ? "单位决算说明中出现“本部门”。" : "部门决算说明中出现“本单位”。",
                unitReport ? "A unit report says 本部门 (this department)." : "A department report says 本单位 (this unit)."));
        }

        // Magnitude: an amount ten thousand times the median of the document's amounts looks like 元 in a 万元 document.
        var amounts = builder.Claims.Where(c => c.Kind == ClaimKind.Amount && decimal.TryParse(c.Value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0)
            .Select(c => (Claim: c, Value: decimal.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (amounts.Count >= 5)
        {
            var sorted = amounts.Select(a => a.Value).OrderBy(v => v).ToList();
            var median = sorted[sorted.Count / 2];
            foreach (var (claim, value) in amounts)
            {
                if (median > 0 && value / 10000m > median)   // divided, not multiplied: a median near decimal.MaxValue must not overflow
                {
                    builder.Findings.Add(TextRules.Finding(TextRules.Magnitude, claim.Span, claim.Pointer,
                        $"金额 {claim.Value} 万元比文中金额的中位数 {median} 大一万倍以上，疑为以元填写。",
                        $"The amount {claim.Value} 万元 is over ten thousand times the median amount {median}; it may have been written in 元."));
                }
            }
        }
    }
}
