using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PublicFinance.FinalAccounts.Tests.Reference;

/// <summary>
/// An independent evaluator of <c>docs/rules/relations.json</c>, written from <c>docs/rules/spec.md</c> alone: it reads
/// the report as plain JSON (System.Text.Json nodes), the published schema (to tell amounts from percentages and
/// codes) and the relations file, and shares no code with the library's validator. The differential tests run it
/// beside <c>Validator</c> to show that the specification is complete.
/// </summary>
internal sealed partial class ReferenceRelationEvaluator
{
    private readonly JsonNode schema;
    private readonly JsonArray relations;
    private readonly Dictionary<string, string> severities;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Kind Kind, bool IsArray)> shapes =
        new(StringComparer.Ordinal);

    public ReferenceRelationEvaluator(JsonNode schema, JsonNode relationsFile, JsonNode catalogueFile)
    {
        this.schema = schema;
        relations = relationsFile["relations"]!.AsArray();
        severities = catalogueFile["rules"]!.AsArray()
            .ToDictionary(r => r!["id"]!.GetValue<string>(), r => r!["severity"]!.GetValue<string>(), StringComparer.Ordinal);
        RelationRuleIds = catalogueFile["rules"]!.AsArray()
            .Where(r => r!["implementation"]!.GetValue<string>() == "relations")
            .Select(r => r!["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Rules that consist only of relations (spec §7).</summary>
    public IReadOnlySet<string> RelationRuleIds { get; }

    public IReadOnlyDictionary<string, Outcomes> Evaluate(JsonNode report, Settings settings)
    {
        var run = new Run(this, report, settings);
        foreach (var relation in relations)
        {
            var ruleId = relation!["ruleId"]!.GetValue<string>();
            if (!RelationRuleIds.Contains(ruleId))
            {
                continue;
            }

            run.Evaluate(ruleId, relation.AsObject());
        }

        return run.Results;
    }

    /// <summary>Options of a run (spec §2, §5).</summary>
    internal sealed record Settings(string Rounding, bool AllowTruncatedPercentages, bool ReportRoundingDifferences)
    {
        /// <summary>The run option <c>unitType</c> (§4.15).</summary>
        public string UnitType { get; init; } = "unspecified";

        /// <summary>The declared input scope (<c>auto</c> is decided from the report, §4.15).</summary>
        public string Scope { get; init; } = "auto";
    }

    /// <summary>What a rule recorded (spec §6).</summary>
    internal sealed class Outcomes
    {
        public int Passed { get; set; }
        public int Failed { get; set; }
        public int NotApplicable { get; set; }
        public int CouldNotRun { get; set; }
        public List<string> Missing { get; } = [];
        public List<string> Diagnostics { get; } = [];
    }

    private enum Kind
    {
        Other,
        Amount,
        Quantity,
        Percent,
        Integer,
    }

    private readonly record struct Interval(decimal Lo, decimal Hi)
    {
        public bool Meets(Interval o) => Lo <= o.Hi && o.Lo <= Hi;

        public decimal Width => Hi - Lo;
    }

    private readonly record struct Fig(string Pointer, decimal Value, Interval Range);

    private sealed partial class Run(ReferenceRelationEvaluator owner, JsonNode report, Settings settings)
    {
        public Dictionary<string, Outcomes> Results { get; } = new(StringComparer.Ordinal);

        /// <summary>The run's options, for the partial parts of this class.</summary>
        public Settings RunSettings => settings;

        private Outcomes Rule(string id)
        {
            if (!Results.TryGetValue(id, out var o))
            {
                Results[id] = o = new Outcomes();
            }

            return o;
        }

        public void Evaluate(string ruleId, JsonObject r)
        {
            var o = Rule(ruleId);
            var severity = owner.severities[ruleId];
            switch (r["kind"]!.GetValue<string>())
            {
                case "sum": Sum(o, severity, r); break;
                case "hierarchy": Hierarchy(o, severity, r); break;
                case "rollup": Rollup(o, severity, r); break;
                case "match": Match(o, severity, r); break;
                case "lessOrEqual": Inequality(o, severity, r); break;
                case "ratio": Ratio(o, severity, r); break;
                case "unique": Unique(o, severity, r); break;
                case "pattern": Pattern(o, severity, r); break;
                case "parentListed": ParentListed(o, severity, r); break;
                case "condition": Condition(o, severity, r); break;
                default: throw new InvalidOperationException("unknown kind");
            }
        }

        // ---- §1 terms -------------------------------------------------------------------------------------------

        private static List<string> Tokens(string pointer) =>
            pointer.Length == 0 ? [] : [.. pointer.Substring(1).Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~"))];

        private JsonNode? Resolve(string pointer)
        {
            var node = report;
            foreach (var t in Tokens(pointer))
            {
                node = node switch
                {
                    JsonObject obj => obj.TryGetPropertyValue(t, out var child) ? child : null,
                    JsonArray arr
                        => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < arr.Count ? arr[i] : null,
                    _ => null,
                };
                if (node is null)
                {
                    return null;
                }
            }

            return node;
        }

        /// <summary>Spec §1: a non-null value, or an omitted array member of a present object (an empty list).</summary>
        private bool Present(string p) => Resolve(p) is not null || ListCount(p) == 0;

        /// <summary>Spec §1: the length of the array; an array member omitted from a present object is empty.</summary>
        private int ListCount(string p)
        {
            var node = Resolve(p);
            if (node is JsonArray a)
            {
                return a.Count;
            }

            return node is null && p.Length > 0 && Resolve(Parent(p)) is JsonObject && IsArrayMember(p) ? 0 : -1;
        }

        private static string Parent(string p) => p.Substring(0, p.LastIndexOf('/'));

        private bool DeclaredEmpty(string p)
        {
            for (var q = p; q.Length > 0; q = Parent(q))
            {
                if (Resolve(q + "/isEmpty") is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.True)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The schema's answer for a pointer, cached by its shape (indices replaced by <c>#</c>).</summary>
        private (Kind Kind, bool IsArray) Shape(string pointer)
        {
            var key = string.Join("/", Tokens(pointer).Select(t => t.Length > 0 && t.All(char.IsAsciiDigit) ? "#" : t));
            return owner.shapes.GetOrAdd(key, _ => (KindFromSchema(pointer), ArrayFromSchema(pointer)));
        }

        private bool IsArrayMember(string pointer) => Shape(pointer).IsArray;

        private Kind KindOf(string pointer) => Shape(pointer).Kind;

        /// <summary>The schema of the member a pointer names (following properties, items and $ref), or null.</summary>
        private JsonNode? SchemaAt(string pointer)
        {
            var node = owner.schema;
            foreach (var t in Tokens(pointer))
            {
                node = Deref(node);
                if (node["properties"] is JsonObject props && props.TryGetPropertyValue(t, out var child))
                {
                    node = child!;
                }
                else if (node["items"] is JsonNode items)
                {
                    node = items;
                }
                else
                {
                    return null;
                }
            }

            return node;
        }

        private static bool HasType(JsonNode node, string name) =>
            node["type"] is JsonValue tv && tv.GetValue<string>() == name
            || node["type"] is JsonArray ta && ta.Any(x => x!.GetValue<string>() == name);

        private bool ArrayFromSchema(string pointer) => SchemaAt(pointer) is { } node && HasType(Deref(node), "array");

        private Kind KindFromSchema(string pointer)
        {
            if (SchemaAt(pointer) is not { } node)
            {
                return Kind.Other;
            }

            var reference = NonNull(node)["$ref"]?.GetValue<string>() ?? string.Empty;
            // §1: the signed and the unsigned forms of each kind.
            if (reference.EndsWith("/Amount", StringComparison.Ordinal) || reference.EndsWith("/UnsignedAmount", StringComparison.Ordinal))
            {
                return Kind.Amount;
            }

            if (reference.EndsWith("/Quantity", StringComparison.Ordinal)
                || reference.EndsWith("/UnsignedQuantity", StringComparison.Ordinal))
            {
                return Kind.Quantity;
            }

            if (reference.EndsWith("/Percent", StringComparison.Ordinal)
                || reference.EndsWith("/UnsignedPercent", StringComparison.Ordinal))
            {
                return Kind.Percent;
            }

            return HasType(NonNull(node), "integer") ? Kind.Integer : Kind.Other;
        }

        private static JsonNode NonNull(JsonNode node)
        {
            foreach (var key in new[] { "anyOf", "oneOf" })
            {
                if (node[key] is JsonArray branches)
                {
                    return branches.First(b => b!["type"]?.GetValue<string>() != "null")!;
                }
            }

            return node;
        }

        private JsonNode Deref(JsonNode node)
        {
            node = NonNull(node);
            while (node["$ref"]?.GetValue<string>() is { } r && r.StartsWith("#/$defs/", StringComparison.Ordinal))
            {
                node = NonNull(owner.schema["$defs"]![r.Substring("#/$defs/".Length)]!);
            }

            return node;
        }

        private static (decimal Value, int Decimals) Number(string text)
        {
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            return (
                decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
                dot < 0 ? 0 : text.Length - dot - 1);
        }

        private static decimal Epsilon(int d)
        {
            var e = 1m;
            for (var i = 0; i < d; i++)
            {
                e /= 10m;
            }

            return e;
        }

        // ---- §2 intervals ---------------------------------------------------------------------------------------

        private static Interval Rounded(decimal v, int d) => new(v - Epsilon(d) / 2m, v + Epsilon(d) / 2m);

        /// <summary>§4.6 (version 5.7): a percentage off by at most one unit in its last place, [v − ε, v + ε].</summary>
        private static Interval OneUnit(decimal v, int d) => new(v - Epsilon(d), v + Epsilon(d));

        private static Interval Truncated(decimal v, int d)
        {
            var e = Epsilon(d);
            return v > 0 ? new(v - e / 2m, v + e) : v < 0 ? new(v - e, v + e / 2m) : new(-e, e);
        }

        private Interval AmountRange(decimal v, int d) => settings.Rounding switch
        {
            "exact" => new(v, v),
            "truncation" => Truncated(v, d),
            _ => Rounded(v, d),
        };

        private bool TryFigure(string p, out Fig fig)
        {
            var node = Resolve(p);
            if (node is JsonValue value)
            {
                switch (KindOf(p))
                {
                    case Kind.Amount or Kind.Quantity:
                        var (v, d) = Number(value.GetValue<string>());
                        fig = new Fig(p, v, AmountRange(v, d));
                        return true;
                    case Kind.Integer:
                        var n = value.GetValue<long>();
                        fig = new Fig(p, n, new Interval(n, n));
                        return true;
                }
            }

            if (node is null && DeclaredEmpty(p))
            {
                fig = new Fig(p, 0m, new Interval(0m, 0m));
                return true;
            }

            fig = default;
            return false;
        }

        private string? CodeOfRow(string row) => Resolve(row + "/code") is JsonValue v ? v.GetValue<string>() : null;

        // ---- §3 expansion ---------------------------------------------------------------------------------------

        private List<(string Pointer, int[] Indices)> Expand(string template, int[] bound, out string? missingList)
        {
            var parts = template.Split("/*");
            var results = new List<(string, int[])>();
            string? missing = null;
            void Go(int j, string prefix, List<int> indices)
            {
                var current = prefix + parts[j];
                if (j == parts.Length - 1)
                {
                    results.Add((current, indices.ToArray()));
                    return;
                }

                var count = ListCount(current);
                if (count < 0)
                {
                    missing ??= current;
                    return;
                }

                if (j < bound.Length)
                {
                    if (bound[j] < count)
                    {
                        Go(j + 1, current + "/" + bound[j].ToString(CultureInfo.InvariantCulture), [.. indices, bound[j]]);
                    }

                    return;
                }

                if (count == 0)
                {
                    missing ??= current;
                }

                for (var i = 0; i < count; i++)
                {
                    Go(j + 1, current + "/" + i.ToString(CultureInfo.InvariantCulture), [.. indices, i]);
                }
            }

            Go(0, string.Empty, []);
            missingList = missing;
            return results;
        }

        private string Bind(string template, int[] indices)
        {
            var e = Expand(template, indices, out _);
            return e.Count > 0 ? e[0].Pointer : template;
        }

        private static string Scope(IEnumerable<string> templates)
        {
            List<string>? common = null;
            foreach (var t in templates)
            {
                var tokens = t.Split('/').ToList();   // tokens[0] is "" (the root)
                var star = tokens.IndexOf("*");
                var head = star >= 0 ? tokens.Take(star).ToList() : [.. tokens.Take(tokens.Count - 1)];
                if (common is null)
                {
                    common = head;
                    continue;
                }

                var n = 0;
                while (n < common.Count && n < head.Count && common[n] == head[n])
                {
                    n++;
                }

                common = [.. common.Take(n)];
            }

            return string.Join("/", common ?? []);
        }

        // ---- §4 kinds -------------------------------------------------------------------------------------------

        private static void Cnr(Outcomes o, params string[] pointers)
        {
            o.CouldNotRun++;
            foreach (var p in pointers)
            {
                if (o.Missing.Count < 8 && !o.Missing.Contains(p))
                {
                    o.Missing.Add(p);
                }
            }
        }

        private static string Diagnostic(string severity, IEnumerable<string> pointers) => severity + " " + string.Join(",", pointers);

        private void Sum(Outcomes o, string severity, JsonObject r)
        {
            var total = r["total"]!.GetValue<string>();
            var terms = r["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
            var whenAbsent = r["whenAbsent"]?.GetValue<string>() ?? "default";
            var s = Scope(new[] { total }.Concat(terms.Select(t => t["pointer"]!.GetValue<string>())));
            if (!Present(s))
            {
                if (whenAbsent == "notApplicable" || DeclaredEmpty(s))
                {
                    o.NotApplicable++;
                }
                else
                {
                    Cnr(o, s);
                }

                return;
            }

            if (DeclaredEmpty(s))
            {
                o.NotApplicable++;
                return;
            }

            foreach (var (t, indices) in Expand(total, [], out _))
            {
                var items = new List<(Fig, int)>();
                var missing = new List<string>();
                var any = false;
                var partial = false;
                var closed = false;
                foreach (var term in terms)
                {
                    var before = items.Count;
                    var pointer = term["pointer"]!.GetValue<string>();
                    var weight = term["weight"]?.GetValue<int>() ?? 1;
                    var optional = term["optional"]?.GetValue<bool>() ?? false;
                    var codes = term["codes"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [];
                    var exclude = term["excludeCodes"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [];
                    var length = term["codeLength"]?.GetValue<int>() ?? 0;
                    var filtered = codes.Count > 0 || exclude.Count > 0 || length != 0;
                    var accepted = 0;
                    foreach (var (p, _) in Expand(pointer, indices, out var missingList))
                    {
                        if (filtered)
                        {
                            var c = CodeOfRow(Parent(p));
                            if (c is null || length != 0 && c.Length != length || codes.Count > 0 && !codes.Contains(c)
                                || exclude.Contains(c))
                            {
                                continue;
                            }
                        }

                        accepted++;
                        if (TryFigure(p, out var f))
                        {
                            items.Add((f, weight));
                            any = true;
                        }
                        else if (!optional)
                        {
                            missing.Add(p);
                        }
                    }

                    if (accepted == 0 && !optional)
                    {
                        Expand(pointer, indices, out var ml);
                        missing.Add(ml ?? pointer);
                    }

                    // §4.1 step 2.4: an optional term that added no figure makes the stated items a lower bound, unless a
                    // term that closes the list added one.
                    partial |= optional && items.Count == before;
                    closed |= (term["closesList"]?.GetValue<bool>() ?? false) && items.Count > before;
                }

                Fig totalFig;
                if (r["totalDefault"] is { } constant && !TryFigure(t, out _))
                {
                    // §4.14: an unstated total is the exact constant at the total's row.
                    var c = decimal.Parse(constant.GetValue<string>(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    totalFig = new Fig(Parent(t), c, new Interval(c, c));
                }
                else if (!TryFigure(t, out totalFig))
                {
                    // §4.10: couldNotRun names the absent total; notApplicable never does; default only when an item was found.
                    if (whenAbsent == "couldNotRun" || any && whenAbsent == "default")
                    {
                        Cnr(o, t);
                    }
                    else
                    {
                        o.NotApplicable++;
                    }

                    continue;
                }

                if (missing.Count > 0)
                {
                    Cnr(o, [.. missing]);
                    continue;
                }

                if (partial && !closed && (r["lowerBoundWhenPartial"]?.GetValue<bool>() ?? false))
                {
                    CheckLowerBound(o, severity, totalFig, items);
                }
                else
                {
                    CheckSum(o, severity, totalFig, items);
                }
            }
        }

        private void Hierarchy(Outcomes o, string severity, JsonObject r)
        {
            var rows = r["rows"]!.GetValue<string>();
            var columns = r["columns"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
            var count = ListCount(rows);
            if (count < 0)
            {
                if (DeclaredEmpty(rows))
                {
                    o.NotApplicable++;
                }
                else
                {
                    Cnr(o, rows);
                }

                return;
            }

            var codes = Enumerable.Range(0, count).Select(i => CodeOfRow(rows + "/" + i)).ToList();
            for (var i = 0; i < count; i++)
            {
                if (codes[i] is not { } c)
                {
                    continue;
                }

                var children = Enumerable.Range(0, count)
                    .Where(j => codes[j] is { } cj && cj.Length == c.Length + 2 && cj.StartsWith(c, StringComparison.Ordinal))
                    .ToList();
                if (children.Count == 0)
                {
                    continue;
                }

                foreach (var m in columns)
                {
                    var items = new List<(Fig, int)>();
                    var missing = new List<string>();
                    foreach (var j in children)
                    {
                        var p = rows + "/" + j + "/" + m;
                        if (TryFigure(p, out var f))
                        {
                            items.Add((f, 1));
                        }
                        else
                        {
                            missing.Add(p);
                        }
                    }

                    var parent = rows + "/" + i + "/" + m;
                    if (!TryFigure(parent, out var pf))
                    {
                        if (items.Count == 0)
                        {
                            o.NotApplicable++;
                        }
                        else
                        {
                            Cnr(o, parent);
                        }
                    }
                    else if (missing.Count > 0)
                    {
                        Cnr(o, [.. missing]);
                    }
                    else
                    {
                        CheckSum(o, severity, pf, items);
                    }
                }
            }
        }

        private void Rollup(Outcomes o, string severity, JsonObject r)
        {
            var parents = r["parents"]!.GetValue<string>();
            var children = r["children"]!.GetValue<string>();
            var value = r["value"]!.GetValue<string>();
            var pc = ListCount(parents);
            var cc = ListCount(children);
            if (pc < 0 || cc < 0)
            {
                Cnr(o, pc < 0 ? parents : children);
                return;
            }

            var uncoded = Enumerable.Range(0, cc).Where(j => CodeOfRow(children + "/" + j) is null)
                .Select(j => children + "/" + j + "/code").ToArray();
            for (var i = 0; i < pc; i++)
            {
                if (uncoded.Length > 0)
                {
                    Cnr(o, uncoded);
                    continue;
                }

                var code = CodeOfRow(parents + "/" + i);
                if (code is null || !TryFigure(parents + "/" + i + "/" + value, out var parent))
                {
                    o.NotApplicable++;
                    continue;
                }

                var items = new List<(Fig, int)>();
                var missing = new List<string>();
                for (var j = 0; j < cc; j++)
                {
                    var c = CodeOfRow(children + "/" + j)!;
                    if (c.Length <= code.Length || !c.StartsWith(code, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // One level per parent (spec §4.3): a child another child's code starts with is counted through it.
                    if (Enumerable.Range(0, cc).Select(k => CodeOfRow(children + "/" + k)!)
                        .Any(o => o.Length > c.Length && o.StartsWith(c, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var p = children + "/" + j + "/" + value;
                    if (TryFigure(p, out var f))
                    {
                        items.Add((f, 1));
                    }
                    else
                    {
                        missing.Add(p);
                    }
                }

                if (items.Count == 0 && missing.Count == 0)
                {
                    o.NotApplicable++;
                }
                else if (missing.Count > 0)
                {
                    Cnr(o, [.. missing]);
                }
                else
                {
                    CheckSum(o, severity, parent, items);
                }
            }
        }

        private static string NormalisedName(string name)
        {
            var sb = new StringBuilder();
            foreach (var ch in name)
            {
                if (char.IsWhiteSpace(ch))
                {
                    continue;
                }

                sb.Append(ch switch { '（' => '(', '）' => ')', '［' => '[', '］' => ']', _ => ch });
            }

            return sb.ToString();
        }

        private string? NameOfRow(string row) => Resolve(row + "/name") is JsonValue v ? v.GetValue<string>() : null;

        private void Match(Outcomes o, string severity, JsonObject r)
        {
            var left = r["left"]!.GetValue<string>();
            var right = r["right"]!.GetValue<string>();
            var leftValue = r["leftValue"]!.GetValue<string>();
            var rightValue = r["rightValue"]!.GetValue<string>();
            var lessOrEqual = r["comparison"]?.GetValue<string>() == "lessOrEqual";
            var lc = ListCount(left);
            if (lc < 0)
            {
                Cnr(o, left);
                return;
            }

            var rc = ListCount(right);
            if (rc < 0)
            {
                Cnr(o, right);
                return;
            }

            var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var j = 0; j < rc; j++)
            {
                if (CodeOfRow(right + "/" + j) is { } c)
                {
                    byCode.TryAdd(c, j);
                }

                if (NameOfRow(right + "/" + j) is { } n)
                {
                    byName.TryAdd(NormalisedName(n), j);
                }
            }

            for (var i = 0; i < lc; i++)
            {
                var row = left + "/" + i;
                if (!TryFigure(row + "/" + leftValue, out var lf))
                {
                    o.NotApplicable++;
                    continue;
                }

                var code = CodeOfRow(row);
                var found = -1;
                if (code is not null)
                {
                    found = byCode.TryGetValue(code, out var j) ? j : -1;
                }
                else if (NameOfRow(row) is { } name)
                {
                    found = byName.TryGetValue(NormalisedName(name), out var j2) ? j2 : -1;
                }

                if (found < 0)
                {
                    if (lf.Value == 0m)
                    {
                        o.Passed++;
                    }
                    else
                    {
                        o.Failed++;
                        o.Diagnostics.Add(Diagnostic(code is null && severity == "error" ? "warning" : severity, [lf.Pointer, right]));
                    }

                    continue;
                }

                var rp = right + "/" + found + "/" + rightValue;
                if (!TryFigure(rp, out var rf))
                {
                    Cnr(o, rp);
                    continue;
                }

                if (lessOrEqual)
                {
                    CheckLessOrEqual(o, severity, lf, rf);
                }
                else
                {
                    CheckSum(o, severity, lf, [(rf, 1)]);
                }
            }
        }

        private void Inequality(Outcomes o, string severity, JsonObject r)
        {
            var lesser = r["lesser"]!.GetValue<string>();
            var greater = r["greater"]!.GetValue<string>();
            var whenAbsent = r["whenAbsent"]?.GetValue<string>() ?? "default";
            var s = Scope([lesser, greater]);
            if (!Present(s))
            {
                if (whenAbsent == "notApplicable")
                {
                    o.NotApplicable++;
                }
                else
                {
                    Cnr(o, s);
                }

                return;
            }

            foreach (var (p, indices) in Expand(lesser, [], out _))
            {
                var q = Bind(greater, indices);
                var hasP = TryFigure(p, out var fp);
                var hasQ = TryFigure(q, out var fq);
                if (hasP && hasQ)
                {
                    CheckLessOrEqual(o, severity, fp, fq);
                }
                else if (whenAbsent == "notApplicable")
                {
                    o.NotApplicable++;
                }
                else if (whenAbsent == "couldNotRun")
                {
                    Cnr(o, [.. new[] { (p, hasP), (q, hasQ) }.Where(x => !x.Item2).Select(x => x.Item1)]);
                }
                else if (!hasP && !hasQ)
                {
                    o.NotApplicable++;
                }
                else
                {
                    Cnr(o, hasP ? q : p);
                }
            }
        }

        private void Ratio(Outcomes o, string severity, JsonObject r)
        {
            var percent = r["percent"]!.GetValue<string>();
            foreach (var (p, indices) in Expand(percent, [], out _))
            {
                if (Resolve(p) is not JsonValue pv || KindOf(p) != Kind.Percent)
                {
                    o.NotApplicable++;
                    continue;
                }

                var n = Bind(r["numerator"]!.GetValue<string>(), indices);
                var d = Bind(r["denominator"]!.GetValue<string>(), indices);
                var hasN = TryFigure(n, out var fn);
                var hasD = TryFigure(d, out var fd);
                if (!hasD && r["denominatorFallback"] is { } fallback)
                {
                    hasD = TryFigure(Bind(fallback.GetValue<string>(), indices), out fd);   // §4.14; CNR still names d
                }

                if (!hasN || !hasD)
                {
                    Cnr(o, !hasN ? n : d);
                    continue;
                }

                if (fd.Value == 0m || fd.Range.Lo <= 0m && fd.Range.Hi >= 0m)
                {
                    o.NotApplicable++;
                    continue;
                }

                var q = new[]
                {
                    fn.Range.Lo / fd.Range.Lo, fn.Range.Lo / fd.Range.Hi, fn.Range.Hi / fd.Range.Lo, fn.Range.Hi / fd.Range.Hi,
                };
                var computed = new Interval(q.Min() * 100m, q.Max() * 100m);
                var (v, dec) = Number(pv.GetValue<string>());
                var stated = settings.Rounding == "truncation" ? Truncated(v, dec) : Rounded(v, dec);
                if (stated.Meets(computed))
                {
                    o.Passed++;
                }
                else if (settings.Rounding == "roundToNearest" && settings.AllowTruncatedPercentages
                    && (Truncated(v, dec).Meets(computed) || OneUnit(v, dec).Meets(computed)))
                {
                    o.Passed++;
                    o.Diagnostics.Add(Diagnostic("info", [p, fn.Pointer, fd.Pointer]));
                }
                else
                {
                    o.Failed++;
                    o.Diagnostics.Add(Diagnostic(severity, [p, fn.Pointer, fd.Pointer]));
                }
            }
        }

        // ---- §4.8, §4.9 -----------------------------------------------------------------------------------------

        /// <summary>§4.8: the items a lower bound — the total wholly above them is not applicable, else §4.8's check.</summary>
        private void CheckLowerBound(Outcomes o, string severity, Fig total, List<(Fig Item, int Weight)> items)
        {
            var hi = items.Sum(i => i.Weight < 0 ? -i.Item.Range.Lo : i.Item.Range.Hi);
            if (total.Range.Lo > hi)
            {
                o.NotApplicable++;
                return;
            }

            CheckSum(o, severity, total, items);
        }

        private void CheckSum(Outcomes o, string severity, Fig total, List<(Fig Item, int Weight)> items)
        {
            var lo = 0m;
            var hi = 0m;
            var printed = 0m;
            foreach (var (f, w) in items)
            {
                if (w < 0)
                {
                    lo -= f.Range.Hi;
                    hi -= f.Range.Lo;
                    printed -= f.Value;
                }
                else
                {
                    lo += f.Range.Lo;
                    hi += f.Range.Hi;
                    printed += f.Value;
                }
            }

            var pointers = new[] { total.Pointer }.Concat(items.Select(i => i.Item.Pointer)).ToList();
            if (total.Range.Meets(new Interval(lo, hi)))
            {
                o.Passed++;
                if (total.Value - printed != 0m && settings.ReportRoundingDifferences)
                {
                    o.Diagnostics.Add(Diagnostic("info", pointers));
                }

                return;
            }

            o.Failed++;
            o.Diagnostics.Add(Diagnostic(severity, pointers));
        }

        // ---- §4.11–§4.13 list kinds ------------------------------------------------------------------------------

        /// <summary>§4.11: the text of a row member — a JSON string as written, a number or boolean as its JSON text.</summary>
        private string? MemberText(string row, string member) => Resolve(row + "/" + member) switch
        {
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
            JsonValue v => v.ToJsonString(),
            _ => null,
        };

        private void Unique(Outcomes o, string severity, JsonObject r)
        {
            var list = r["list"]!.GetValue<string>();
            var key = r["key"]?.GetValue<string>() ?? "code";
            var atRow = r["pointAt"]?.GetValue<string>() == "row";
            var qualifier = r["qualifier"]?.GetValue<string>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Max(ListCount(list), 0); i++)
            {
                var row = list + "/" + i.ToString(CultureInfo.InvariantCulture);
                if (MemberText(row, key) is not { } k)
                {
                    continue;
                }

                // §4.11 qualifier: the key is the pair; an absent qualifier is a value of its own (labels are never "").
                k = qualifier is null ? k : k + "\u0000" + (MemberText(row, qualifier) ?? string.Empty);

                var at = atRow ? row : row + "/" + key;
                if (seen.TryGetValue(k, out var first))
                {
                    o.Failed++;
                    o.Diagnostics.Add(Diagnostic(severity, [at, first]));
                }
                else
                {
                    seen[k] = at;
                    o.Passed++;
                }
            }
        }

        private void Pattern(Outcomes o, string severity, JsonObject r)
        {
            var list = r["list"]!.GetValue<string>();
            var member = r["member"]?.GetValue<string>() ?? "code";
            var whole = new System.Text.RegularExpressions.Regex("^(?:" + r["pattern"]!.GetValue<string>() + ")\\z");
            for (var i = 0; i < Math.Max(ListCount(list), 0); i++)
            {
                var row = list + "/" + i.ToString(CultureInfo.InvariantCulture);
                if (MemberText(row, member) is not { } text)
                {
                    o.NotApplicable++;
                }
                else if (whole.IsMatch(text))
                {
                    o.Passed++;
                }
                else
                {
                    o.Failed++;
                    o.Diagnostics.Add(Diagnostic(severity, [row + "/" + member]));
                }
            }
        }

        private void ParentListed(Outcomes o, string severity, JsonObject r)
        {
            var list = r["list"]!.GetValue<string>();
            var count = Math.Max(ListCount(list), 0);
            var codes = Enumerable.Range(0, count).Select(i => CodeOfRow(list + "/" + i.ToString(CultureInfo.InvariantCulture))).ToList();
            for (var i = 0; i < count; i++)
            {
                if (codes[i] is not { } code)
                {
                    continue;
                }

                if (code.Length <= 3 || !codes.Exists(c => c is not null && c.Length == code.Length - 2))
                {
                    // Spec 5.0: a code whose parent's level the list never lists is not applicable.
                    o.NotApplicable++;
                }
                else if (codes.Contains(code[..^2]))
                {
                    o.Passed++;
                }
                else
                {
                    o.Failed++;
                    o.Diagnostics.Add(Diagnostic(severity, [list + "/" + i.ToString(CultureInfo.InvariantCulture) + "/code"]));
                }
            }
        }

        private static void CheckLessOrEqual(Outcomes o, string severity, Fig lesser, Fig greater)
        {
            if (lesser.Range.Lo <= greater.Range.Hi)
            {
                o.Passed++;
                return;
            }

            o.Failed++;
            o.Diagnostics.Add(Diagnostic(severity, [lesser.Pointer, greater.Pointer]));
        }
    }
}
