using System;
using System.Collections.Generic;
using System.Text;
using PublicFinance.FinalAccounts.Validation;

namespace PublicFinance.FinalAccounts.Disclosures
{
    /// <summary>
    /// The input text and a normalised copy of it that maps every character back to its original position
    /// (规范化文本). Normalisation: full-width ASCII and digits to half-width, ideographic space to space, Chinese
    /// brackets/colon/comma/semicolon/percent to their ASCII forms, minus signs to '-', common Traditional characters to
    /// Simplified, Markdown bold markers and heading hashes removed. Lines are kept; joining broken sentences is done
    /// on the normalised lines by <see cref="Paragraphs"/>.
    /// </summary>
    internal sealed class SourceText
    {
        private readonly int[] lineStarts;

        public SourceText(string original)
        {
            Original = original;
            var starts = new List<int> { 0 };
            for (var i = 0; i < original.Length; i++)
            {
                if (original[i] == '\n')
                    starts.Add(i + 1);
            }

            lineStarts = starts.ToArray();
            var sb = new StringBuilder(original.Length);
            var origin = new List<int>(original.Length + 1);
            for (var i = 0; i < original.Length; i++)
            {
                var c = original[i];
                if (c == '*' && i + 1 < original.Length && original[i + 1] == '*')
                {
                    i++;
                    continue;
                }

                if (c == '\r')
                    continue;
                var n = Normalize(c);
                if (n == '\0')
                    continue;
                sb.Append(n);
                origin.Add(i);
            }

            origin.Add(original.Length);
            Text = sb.ToString();
            Origin = origin.ToArray();
        }

        /// <summary>The text as given.</summary>
        public string Original { get; }

        /// <summary>The normalised text.</summary>
        public string Text { get; }

        /// <summary>For each normalised index, the index in <see cref="Original"/> (one extra entry for the end).</summary>
        public int[] Origin { get; }

        /// <summary>Line and column (1-based) of an original offset.</summary>
        public (int Line, int Column) Position(int originalOffset)
        {
            var line = Array.BinarySearch(lineStarts, originalOffset);
            if (line < 0)
                line = ~line - 1;
            return (line + 1, originalOffset - lineStarts[line] + 1);
        }

        /// <summary>The span of normalised characters [start, end) in original line:column terms (end inclusive).</summary>
        public SourceSpan Span(int start, int end)
        {
            if (end <= start)
                end = start + 1;
            var a = Position(Origin[Math.Min(start, Origin.Length - 1)]);
            var last = Origin[Math.Min(end - 1, Origin.Length - 1)];
            var b = Position(Math.Max(last, Origin[Math.Min(start, Origin.Length - 1)]));
            return new SourceSpan(a.Line, a.Column, b.Line, Math.Max(b.Column, b.Line == a.Line ? a.Column : 1));
        }

        private static char Normalize(char c)
        {
            if (c >= '\uFF01' && c <= '\uFF5E')
                c = (char)(c - 0xFEE0);
            switch (c)
            {
                case '\u3000':
                case '\u00A0':
                case '\u2002':
                case '\u2003':
                case '\u2009':
                case '\u202F':
                    return ' ';
                case '\u2212':
                case '\u2013':
                    return '-';
                case '\u3001':
                    return '、';
                case '\uFEFF':
                    return '\0';
            }

            return Traditional.TryGetValue(c, out var simplified) ? simplified : c;
        }

        /// <summary>Traditional → Simplified for the characters that occur in final-accounts wording.</summary>
        private static readonly Dictionary<char, char> Traditional = Build(
            "決决預预財财撥拨収收經经費费結结轉转餘余總总計计萬万億亿元元與与為为車车輛辆務务國国資资產产會会項项類类額额較较說说明明個个實实際际數数據据專专業业單单門门員员離离職职聘聘構构設设機机關关辦办動动態态補补貼贴購购買买運运維维護护費费開开發发應应當当區区縣县幣币點点減减增增長长降降況况們们關关於于這这並并從从來来對对將将後后時时間间變变歸归屬属勞劳險险醫医療疗養养務务糧粮儲储災灾環环規规劃划衛卫體体齊齐劇剧報报觀观覽览歲岁曆历績绩評评標标準准執执則则級级層层廳厅處处課课議议響响顯显圖图書书協协參参權权؛");

        private static Dictionary<char, char> Build(string pairs)
        {
            var map = new Dictionary<char, char>();
            for (var i = 0; i + 1 < pairs.Length; i += 2)
            {
                if (pairs[i] != pairs[i + 1])
                    map[pairs[i]] = pairs[i + 1];
            }

            return map;
        }
    }
}
