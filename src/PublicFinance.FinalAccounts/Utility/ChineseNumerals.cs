namespace PublicFinance.FinalAccounts.Utility;

/// <summary>Writes 人民币大写 (the capital-numeral form of a renminbi amount used on cheques and vouchers).</summary>
internal static class ChineseNumerals
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SectionUnits = ["", "拾", "佰", "仟"];

    /// <summary>
    /// Writes <paramref name="yuan"/> (at most two decimals, |value| &lt; 10^16) following 《正确填写票据和结算凭证的基本规定》:
    /// 壹仟贰佰叁拾肆元伍角陆分, 壹拾万零伍元整, 壹元零伍分, 伍角, 零元整, 负….
    /// </summary>
    public static string ToCapitalYuan(decimal yuan)
    {
        if (decimal.Round(yuan, 2) != yuan)
        {
            throw new ArgumentException(Messages.CapitalsAtMostFen, nameof(yuan));
        }

        var negative = yuan < 0;
        var magnitude = Math.Abs(yuan);
        if (magnitude >= 10_000_000_000_000_000m)
        {
            throw new OverflowException(Messages.CapitalsTooLarge);
        }

        var integer = (long)decimal.Truncate(magnitude);
        var cents = (int)((magnitude - integer) * 100m);
        var jiao = cents / 10;
        var fen = cents % 10;

        var sb = new StringBuilder();
        if (negative && magnitude != 0m)
        {
            sb.Append('负');
        }

        if (integer > 0)
        {
            AppendInteger(sb, integer);
            sb.Append('元');
        }
        else if (cents == 0)
        {
            sb.Append("零元");
        }

        if (cents == 0)
        {
            sb.Append('整');
        }
        else
        {
            if (jiao > 0)
            {
                sb.Append(Digits[jiao]).Append('角');
            }
            else if (integer > 0)
            {
                sb.Append('零');
            }

            if (fen > 0)
            {
                sb.Append(Digits[fen]).Append('分');
            }
        }

        return sb.ToString();
    }

    private static void AppendInteger(StringBuilder sb, long value)
    {
        if (value >= 100_000_000L)
        {
            AppendSplit(sb, value, 100_000_000L, '亿');
        }
        else if (value >= 10_000L)
        {
            AppendSplit(sb, value, 10_000L, '万');
        }
        else
        {
            AppendSection(sb, (int)value);
        }
    }

    private static void AppendSplit(StringBuilder sb, long value, long divisor, char unit)
    {
        AppendInteger(sb, value / divisor);
        sb.Append(unit);
        var rest = value % divisor;
        if (rest > 0)
        {
            if (rest < divisor / 10)
            {
                sb.Append('零');
            }

            AppendInteger(sb, rest);
        }
    }

    private static void AppendSection(StringBuilder sb, int value)
    {
        var pendingZero = false;
        var started = false;
        for (var position = 3; position >= 0; position--)
        {
            var divisor = position switch { 3 => 1000, 2 => 100, 1 => 10, _ => 1 };
            var digit = value / divisor % 10;
            if (digit == 0)
            {
                pendingZero = started;
                continue;
            }

            if (pendingZero)
            {
                sb.Append('零');
                pendingZero = false;
            }

            sb.Append(Digits[digit]).Append(SectionUnits[position]);
            started = true;
        }
    }
}
