using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PublicFinance.FinalAccounts.Rendering.Tests;

public class PropertyTests
{
    [Property]
    public bool Escape_LeavesNoMarkupCharacters(NonNull<string> text)
    {
        string escaped = Html.Escape(text.Get);
        return escaped.IndexOfAny(['<', '>', '"', '\'']) < 0
            && System.Net.WebUtility.HtmlDecode(escaped) == text.Get.Replace('\0', '\uFFFD');
    }

    [Property]
    public bool GroupDigits_OnlyInsertsCommas(decimal value, byte decimals)
    {
        string plain = decimal.Round(value, decimals % 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string grouped = Html.GroupDigits(plain);
        // Removing the commas gives the input back, and no group after the first has other than three digits.
        string integer = grouped.TrimStart('-').Split('.')[0];
        var groups = integer.Split(',');
        return grouped.Replace(",", "") == plain && groups.Skip(1).All(g => g.Length == 3) && groups[0].Length is >= 1 and <= 3;
    }

    [Property]
    public Property AnchorId_IsSafeAndInjective(NonNull<string> a, NonNull<string> b)
    {
        string pa = "/" + a.Get, pb = "/" + b.Get;
        string ia = Anchors.Id(pa), ib = Anchors.Id(pb);
        bool safe = ia.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
        return (safe && (pa == pb) == (ia == ib)).ToProperty();
    }
}
