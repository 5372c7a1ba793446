using System.Globalization;
using System.Text;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>Large inputs for linear-time checks and benchmarks: consistent tables of many rows, whitespace texts.</summary>
public static class LargeReports
{
    /// <summary>Rows per 类 in <see cref="ExpenditureTableJson"/>: the class, 99 款 and 99 × 99 项.</summary>
    public const int RowsPerClass = 1 + 99 + (99 * 99);

    /// <summary>
    /// Report JSON whose expenditure table (支出决算表) has <paramref name="classes"/> × <see cref="RowsPerClass"/> rows in a
    /// consistent hierarchy: 99 项 of 1.00 under each 款 (99.00), 99 款 under each 类 (9801.00), so every hierarchy check holds.
    /// </summary>
    /// <param name="classes">How many 类, 1 to 99.</param>
    /// <returns>The JSON text.</returns>
    public static string ExpenditureTableJson(int classes) => ExpenditureTableJson(classes, 99);

    /// <summary>
    /// Report JSON whose expenditure table has <paramref name="classes"/> 类 of <paramref name="width"/> 款 of
    /// <paramref name="width"/> 项 each, consistent as in <see cref="ExpenditureTableJson(int)"/> (项 1.00, 款 = width × 1.00,
    /// 类 = width × 款): a small table of the same shape, e.g. for warming up the JIT before a linear-time check.
    /// </summary>
    /// <param name="classes">How many 类, 1 to 99.</param>
    /// <param name="width">款 per 类 and 项 per 款, 1 to 99.</param>
    /// <returns>The JSON text.</returns>
    public static string ExpenditureTableJson(int classes, int width)
    {
        classes = Math.Clamp(classes, 1, 99);
        width = Math.Clamp(width, 1, 99);
        var kuanTotal = width.ToString(CultureInfo.InvariantCulture) + ".00";
        var classTotal = (width * width).ToString(CultureInfo.InvariantCulture) + ".00";
        var sb = new StringBuilder(
            "{\"entity\":{\"name\":\"压力测试单位\",\"fiscalYear\":2024},\"tables\":{\"expenditure\":{\"rows\":[");
        var first = true;
        void Row(string code, string total)
        {
            sb.Append(first ? string.Empty : ",").Append("{\"code\":\"").Append(code).Append("\",\"name\":\"科目").Append(code)
                .Append("\",\"total\":\"").Append(total).Append("\",\"basic\":\"").Append(total).Append("\",\"project\":\"0.00\"}");
            first = false;
        }

        for (var c = 1; c <= classes; c++)
        {
            var cls = (200 + c).ToString(CultureInfo.InvariantCulture);
            Row(cls, classTotal);
            for (var k = 1; k <= width; k++)
            {
                var kuan = cls + k.ToString("00", CultureInfo.InvariantCulture);
                Row(kuan, kuanTotal);
                for (var x = 1; x <= width; x++)
                {
                    Row(kuan + x.ToString("00", CultureInfo.InvariantCulture), "1.00");
                }
            }
        }

        return sb.Append("]}}}").ToString();
    }

    /// <summary>The report of <see cref="ExpenditureTableJson"/>.</summary>
    /// <param name="classes">How many 类, 1 to 99.</param>
    /// <returns>The report.</returns>
    public static FinalAccountsReport ExpenditureTable(int classes) => FinalAccountsJson.Deserialize(ExpenditureTableJson(classes));

    /// <summary>A text of whitespace-only lines (<c>"\t\n"</c> repeated) of <paramref name="chars"/> characters.</summary>
    /// <param name="chars">The length.</param>
    /// <returns>The text.</returns>
    public static string WhitespaceLines(int chars)
    {
        var sb = new StringBuilder(chars + 1);
        while (sb.Length + 2 <= chars)
        {
            sb.Append("\t\n");
        }

        return sb.ToString();
    }

    /// <summary>Adversarial prose: figure-dense sentences without a sentence end, of <paramref name="chars"/> characters.</summary>
    /// <param name="chars">The length.</param>
    /// <returns>The text.</returns>
    public static string DenseFigureLines(int chars)
    {
        var sb = new StringBuilder(chars + 64);
        var i = 0;
        while (sb.Length < chars)
        {
            sb.Append("本年支出").Append((i++ % 997).ToString(CultureInfo.InvariantCulture)).Append(".12万元，增长1.5%，");
            if (i % 20 == 0)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary><paramref name="line"/> repeated to exactly <paramref name="chars"/> characters (the last copy cut).</summary>
    /// <param name="line">The unit repeated.</param>
    /// <param name="chars">The length.</param>
    /// <returns>The text.</returns>
    public static string Repeat(string line, int chars)
    {
        var sb = new StringBuilder(chars + line.Length);
        while (sb.Length < chars)
        {
            sb.Append(line);
        }

        return sb.ToString(0, chars);
    }

    /// <summary>
    /// The adversarial texts of the reader's linear-time checks, by name: whitespace-only lines of several kinds, a
    /// label with a tab on every line, figure-dense prose, one line without any break, many headings, many table
    /// separators, many open brackets and quotes.
    /// </summary>
    public static readonly (string Name, Func<int, string> Make)[] AdversarialTexts =
    [
        ("whitespace-only lines", WhitespaceLines),
        ("form-feed lines", n => Repeat("\f\n", n)),
        ("space-tab lines", n => Repeat(" \t \n", n)),
        ("label-tab lines", n => Repeat("收入\t\n", n)),
        ("figure-dense lines", n => DenseFigureLines(n)[..n]),
        ("one line without breaks", n => Repeat("本年收入12.34万元，比上年增加1.2万元，增长10.8%；", n)),
        ("many headings", n => Repeat("一、收入支出决算总体情况\n(二)支出决算情况\n## 三公经费\n", n)),
        ("many table separators", n => Repeat("| 收入 | 12.34 | | 5.6 |||\n|---|---|\n", n)),
        ("many brackets and quotes", n => Repeat("(“《【收入(“12.34万元（「", n)),
    ];
}
