using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicFinance.FinalAccounts.Fuzz;

/// <summary>
/// Structure-aware mutation of text: character edits, span deletion and duplication, splicing from another seed, and
/// replacement of numbers and JSON strings by interesting values (limits of the numeric contract, of decimal, of int,
/// enum spellings, whitespace runs).
/// </summary>
internal sealed class Mutator
{
    /// <summary>Numbers at and beyond every limit: the contract (16 + 12 digits), decimal, int32, odd notations.</summary>
    public static readonly string[] InterestingNumbers =
    [
        "0", "-0", "0.00", "1", "-1", "9999999999999999", "10000000000000000", "9999999999999999.999999999999",
        "0.000000000001", "0.0000000000001", "79228162514264337593543950335", "79228162514264337593543950336",
        "9.9999999999999999999999999999", "-97457.125044402583383435949191", "2147483647", "2147483648", "-2147483648",
        "2024.0", "2.024e3", "1e400", "00012", "1,234.5", "１２３", "NaN", "Infinity", "0x10", "7.490000000000000000000000000",
        "10000000000000000000000000", "1.5", "100.00", "-7.03",
    ];

    /// <summary>Strings that probe enums, codes and text handling.</summary>
    public static readonly string[] InterestingStrings =
    [
        "", " ", "yuan", "Yuan", "yuan, yiYuan", "yuan,", " yuan", "increase, decrease", "wanYuan", "yiYuan", "1",
        "2010301", "201 03 01", "2" + new string(' ', 64) + "2", "30101", "3|01|01", "\u0000", "\uFFFD", "\uD800", "万元", "%",
        "null", "true", "1.0", "本表无数据", "\t\n\t\n", "一、绩效\n绩效自评表",
    ];

    private static readonly Regex NumberLike = new("-?[0-9０-９]+([.,．，][0-9０-９]+)*", RegexOptions.CultureInvariant);
    private static readonly Regex JsonString = new("\"(?:[^\"\\\\\\n]|\\\\.)*\"", RegexOptions.CultureInvariant);
    private static readonly char[] Punctuation =
    [
        '{', '}', '[', ']', ',', ':', '"', '\\', '0', '9', '-', '.', 'e', ' ', '\n', '\t', '\r', '%', '元', '。', '，', '、', '（', '）',
        '\u3000', '\f',
    ];

    private readonly Random random;
    private readonly IReadOnlyList<string> corpus;

    /// <summary>Creates a mutator drawing from <paramref name="random"/> and splicing from <paramref name="corpus"/>.</summary>
    public Mutator(Random random, IReadOnlyList<string> corpus)
    {
        this.random = random;
        this.corpus = corpus;
    }

    /// <summary>One to four mutations of a random corpus entry.</summary>
    public string Next()
    {
        var text = corpus[random.Next(corpus.Count)];
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            text = MutateOnce(text);
        }

        return text;
    }

    /// <summary>A random interesting number.</summary>
    public string Number() => InterestingNumbers[random.Next(InterestingNumbers.Length)];

    private string MutateOnce(string text)
    {
        if (text.Length == 0)
        {
            return InterestingStrings[random.Next(InterestingStrings.Length)];
        }

        switch (random.Next(9))
        {
            case 0:
            case 1:
                return ReplaceMatch(text, NumberLike, Number());
            case 2:
                return ReplaceMatch(
                    text, JsonString,
                    "\"" + Escape(random.Next(2) == 0 ? InterestingStrings[random.Next(InterestingStrings.Length)] : Number()) + "\"");
            case 3:
            {
                var (start, length) = Span(text);
                return text.Remove(start, length);
            }

            case 4:
            {
                var (start, length) = Span(text);
                var copies = random.Next(10) == 0 ? 200 : 2;
                var sb = new StringBuilder(text.Substring(0, start));
                for (var k = 0; k < copies; k++)
                {
                    sb.Append(text, start, length);
                }

                return sb.Append(text, start + length, text.Length - start - length).ToString();
            }

            case 5:
            {
                var chars = text.ToCharArray();
                chars[random.Next(chars.Length)] = Punctuation[random.Next(Punctuation.Length)];
                return new string(chars);
            }

            case 6:
                return text.Insert(random.Next(text.Length + 1), Punctuation[random.Next(Punctuation.Length)].ToString());
            case 7:
            {
                var other = corpus[random.Next(corpus.Count)];
                var (start, length) = Span(other);
                return text.Insert(random.Next(text.Length + 1), other.Substring(start, length));
            }

            default:
                return text.Insert(random.Next(text.Length + 1), InterestingStrings[random.Next(InterestingStrings.Length)]);
        }
    }

    private (int Start, int Length) Span(string text)
    {
        var start = random.Next(text.Length);
        var max = Math.Min(text.Length - start, random.Next(4) == 0 ? 2000 : 40);
        return (start, 1 + random.Next(Math.Max(1, max)) % Math.Max(1, max));
    }

    private string ReplaceMatch(string text, Regex pattern, string replacement)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var m = matches[random.Next(matches.Count)];
        return text.Substring(0, m.Index) + replacement + text.Substring(m.Index + m.Length);
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c == '"' || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
