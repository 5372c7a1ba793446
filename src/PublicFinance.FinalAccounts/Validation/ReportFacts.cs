using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Validation
{
    /// <summary>
    /// Every value of a report addressed by its JSON Pointer (RFC 6901) (数据索引) — the same pointers as the report's JSON
    /// form, because the index is built from the JSON contract. Figures (<c>Amount</c>, <c>Percent</c>, <c>Quantity</c>),
    /// codes, strings, numbers and enums are leaves; records and lists are nodes. Immutable and thread-safe once built.
    /// </summary>
    public sealed class ReportFacts
    {
        private readonly Dictionary<string, object> values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> listCounts = new(StringComparer.Ordinal);
        private readonly List<string> leafPointers = new();
        private readonly Dictionary<Type, List<(int Order, string Pointer, object Value)>> byType = new();
        private readonly Dictionary<Type, JsonTypeInfo> typeInfos = new();
        private int order;

        private ReportFacts()
        {
        }

        /// <summary>Pointers of every leaf value in document order (叶子数据的位置).</summary>
        public IReadOnlyList<string> LeafPointers => leafPointers;

        /// <summary>Indexes a report.</summary>
        /// <param name="report">The report (决算报告).</param>
        /// <returns>The index.</returns>
        public static ReportFacts Create(FinalAccountsReport report)
        {
            if (report is null)
                throw new ArgumentNullException(nameof(report));
            var facts = new ReportFacts();
            facts.Walk(report, FinalAccountsJson.ReportTypeInfo, string.Empty, 0);
            return facts;
        }

        /// <summary>Every value of type <typeparamref name="T"/> with its pointer, in document order.</summary>
        /// <typeparam name="T">The type, e.g. <c>YearOverYearChange</c>.</typeparam>
        /// <returns>Pointer and value pairs.</returns>
        public IEnumerable<KeyValuePair<string, T>> OfType<T>()
        {
            List<(int Order, string Pointer, object Value)>? single = null;
            List<(int Order, string Pointer, object Value)>? merged = null;
            foreach (var pair in byType)
            {
                if (!typeof(T).IsAssignableFrom(pair.Key))
                    continue;
                if (single is null)
                {
                    single = pair.Value;
                    continue;
                }

                merged ??= new List<(int Order, string Pointer, object Value)>(single);
                merged.AddRange(pair.Value);
            }

            if (merged is not null)
                merged.Sort((a, b) => a.Order.CompareTo(b.Order));
            foreach (var (_, pointer, value) in merged ?? single ?? (IEnumerable<(int, string, object)>)Array.Empty<(int, string, object)>())
                yield return new KeyValuePair<string, T>(pointer, (T)value);
        }

        private void Record(string pointer, object value)
        {
            values[pointer] = value;
            var type = value.GetType();
            if (!byType.TryGetValue(type, out var list))
                byType[type] = list = new List<(int Order, string Pointer, object Value)>();
            list.Add((order++, pointer, value));
        }

        /// <summary>Gets the value (leaf or node) at a pointer.</summary>
        /// <param name="pointer">JSON Pointer, e.g. <c>/narrative/income/total/amount</c>.</param>
        /// <param name="value">The value, when present.</param>
        /// <returns>Whether a non-null value exists there.</returns>
        public bool TryGetValue(string pointer, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? value) => values.TryGetValue(pointer, out value);

        /// <summary>Gets a typed value at a pointer.</summary>
        /// <typeparam name="T">Expected type, e.g. <c>Amount</c>.</typeparam>
        /// <param name="pointer">JSON Pointer.</param>
        /// <param name="value">The value, when present and of that type.</param>
        /// <returns>Whether a value of type <typeparamref name="T"/> exists there.</returns>
        public bool TryGet<T>(string pointer, out T value)
        {
            if (values.TryGetValue(pointer, out var found) && found is T typed)
            {
                value = typed;
                return true;
            }

            value = default!;
            return false;
        }

        /// <summary>Whether anything (leaf or node) is present at the pointer (是否存在).</summary>
        /// <param name="pointer">JSON Pointer; the empty string is the whole report.</param>
        /// <returns>True when present.</returns>
        public bool Contains(string pointer) => values.ContainsKey(pointer);

        /// <summary>Number of elements of the list at the pointer, or -1 when there is no list there (列表长度).</summary>
        /// <param name="pointer">JSON Pointer of a list.</param>
        /// <returns>The count, or -1.</returns>
        public int ListCount(string pointer) => listCounts.TryGetValue(pointer, out var n) ? n : -1;

        /// <summary>Escapes one reference token (RFC 6901: <c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
        /// <param name="token">Property name.</param>
        /// <returns>The escaped token.</returns>
        public static string EscapeToken(string token)
        {
            if (token is null)
                throw new ArgumentNullException(nameof(token));
            return token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");
        }

        private void Walk(object value, JsonTypeInfo typeInfo, string pointer, int depth)
        {
            if (depth > 64)
                return;
            Record(pointer, value);
            switch (typeInfo.Kind)
            {
                case JsonTypeInfoKind.Object:
                    foreach (var property in typeInfo.Properties)
                    {
                        if (property.Get is null)
                            continue;
                        var child = property.Get(value);
                        if (child is null)
                            continue;
                        Visit(child, property.PropertyType, pointer + "/" + EscapeToken(property.Name), depth + 1);
                    }

                    break;
                case JsonTypeInfoKind.Enumerable:
                    var i = 0;
                    var prefix = pointer + "/";
                    foreach (var element in (IEnumerable)value)
                    {
                        if (element is not null)
                            Visit(element, typeInfo.ElementType ?? element.GetType(), prefix + i.ToString(CultureInfo.InvariantCulture), depth + 1);
                        i++;
                    }

                    listCounts[pointer] = i;
                    break;
                default:
                    leafPointers.Add(pointer);
                    break;
            }
        }

        private void Visit(object child, Type declaredType, string pointer, int depth)
        {
            var type = child.GetType();
            if (type.IsPrimitive || type.IsEnum || child is string || type.IsValueType)
            {
                Record(pointer, child);
                leafPointers.Add(pointer);
                return;
            }

            // The options' own lookup is thread-safe but not free; one report has a few dozen types, so cache them here.
            if (!typeInfos.TryGetValue(declaredType, out var typeInfo))
                typeInfos[declaredType] = typeInfo = FinalAccountsJson.Options.GetTypeInfo(declaredType);
            Walk(child, typeInfo, pointer, depth);
        }
    }
}
