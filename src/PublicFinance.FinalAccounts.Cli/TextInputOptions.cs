using System.Globalization;
using PublicFinance.FinalAccounts.Disclosures;

namespace PublicFinance.FinalAccounts.Cli;

/// <summary>The options that say how to read a disclosure text: <c>--encoding</c> and <c>--year</c>.</summary>
internal sealed class TextInputOptions
{
    /// <summary>The encoding, or <see cref="DisclosureEncoding.Auto"/> to detect it.</summary>
    public DisclosureEncoding Encoding { get; private set; }

    /// <summary>The fiscal year given on the command line, used when the text does not state one.</summary>
    public int? FiscalYear { get; private set; }

    /// <summary>
    /// Consumes <c>--encoding NAME</c> or <c>--year YYYY</c> at <paramref name="i"/>. Returns false with a bilingual
    /// <paramref name="problem"/> when the option is one of these but its value is wrong, false without a problem when
    /// the argument is something else.
    /// </summary>
    public bool TryParse(string[] args, ref int i, out string? problem)
    {
        problem = null;
        switch (args[i])
        {
            case "--encoding":
                if (i + 1 < args.Length && DisclosureDecoder.TryParseName(args[i + 1], out var encoding))
                {
                    Encoding = encoding;
                    i++;
                    return true;
                }

                problem = "--encoding needs one of auto, utf-8, utf-16le, utf-16be, gb18030 (gbk). --encoding 需要指定编码名称。";
                return false;
            case "--year":
                if (i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and <= 2100)
                {
                    FiscalYear = year;
                    i++;
                    return true;
                }

                problem = "--year needs a year from 1990 to 2100. --year 需要 1990 至 2100 之间的年度。";
                return false;
            default:
                return false;
        }
    }
}
