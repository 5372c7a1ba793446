using System;
using System.Globalization;
using System.Text;

namespace PublicFinance.FinalAccounts.Disclosures;

/// <summary>
/// What a figure is of, as far as its sentence says (限定语): fund type, income or expenditure, total or subtotal,
/// staffing category, 三公 item, basis (budget, prior year, a named year) — each the last such word before the figure.
/// Two statements of one report field are "the same figure" (FA8003) only when their qualifiers agree; otherwise they
/// are different figures that the model folds into one field, and the second is not placed (a note says so).
/// </summary>
internal static class Qualifiers
{
    /// <summary>Groups of words; in each, the word nearest the figure (the last one before it) is the qualifier.</summary>
    private static readonly (string Group, string[] Words)[] Groups =
    {
        ("fund", new[] { "一般公共预算", "政府性基金", "国有资本经营" }),
        ("flow", new[] { "收支", "收入", "支出", "收、支" }),
        ("scope", new[] { "总计", "合计", "其中" }),
        ("staff", new[] { "行政编制", "事业编制", "工勤", "行政", "事业", "离休", "退休" }),
        ("item", new[] { "出国", "购置", "运行", "接待", "公务用车", "三公", "机关运行", "基本支出", "项目支出", "人员经费", "公用经费" }),
        ("basis", new[] { "年初预算", "全年预算", "调整预算", "预算", "上年", "上一年", "同期" }),
    };

    /// <summary>The qualifier key of a figure, from the sentence text before it.</summary>
    /// <param name="prefix">The sentence up to the figure.</param>
    /// <param name="fiscalYear">The document's year (0 when unknown): that year is not a "named year"; when it is unknown, every written year is.</param>
    public static string Key(string prefix, int fiscalYear)
    {
        var sb = new StringBuilder();
        foreach (var (group, words) in Groups)
        {
            var best = -1;
            string? found = null;
            foreach (var word in words)
            {
                var at = prefix.LastIndexOf(word, StringComparison.Ordinal);
                if (at > best || at == best && at >= 0 && found is not null && word.Length > found.Length)
                {
                    best = at;
                    found = word;
                }
            }

            if (found is not null)
                sb.Append(group).Append('=').Append(found).Append(';');
        }

        var year = NamedYear(prefix, fiscalYear);
        if (year != 0)
            sb.Append("year=").Append(year.ToString(CultureInfo.InvariantCulture)).Append(';');
        return sb.ToString();
    }

    /// <summary>The last year written as "2014年" that is not the document's own year (0 if none).</summary>
    private static int NamedYear(string prefix, int fiscalYear)
    {
        for (var i = prefix.Length - 1; i >= 4; i--)
        {
            if (prefix[i] != '年')
                continue;
            var ok = true;
            var value = 0;
            for (var k = i - 4; k < i; k++)
            {
                ok &= prefix[k] is >= '0' and <= '9';
                value = value * 10 + (prefix[k] - '0');
            }

            if (ok && (i - 5 < 0 || prefix[i - 5] is < '0' or > '9') && value is >= 1990 and <= 2100)
                return value == fiscalYear ? 0 : value;
        }

        return 0;
    }
}
