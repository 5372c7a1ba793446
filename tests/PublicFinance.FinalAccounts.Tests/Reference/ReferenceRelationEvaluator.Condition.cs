using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PublicFinance.FinalAccounts.Tests.Reference;

/// <summary>The <c>condition</c> kind of spec §4.15, written from the spec text alone.</summary>
internal sealed partial class ReferenceRelationEvaluator
{
    private sealed partial class Run
    {
        private const string Root = "";

        /// <summary>Spec §4.15 for one relation.</summary>
        private void Condition(Outcomes o, string severity, JsonObject r)
        {
            var forText = r["for"]?.GetValue<string>() ?? Root;
            var whenAbsent = r["whenAbsent"]?.GetValue<string>() ?? "couldNotRun";
            void Absent(string p)
            {
                if (whenAbsent == "couldNotRun")
                {
                    Cnr(o, p);
                }
                else if (whenAbsent == "notApplicable")
                {
                    o.NotApplicable++;
                }
            }

            var anchors = new List<string>();
            string? absentList = null;
            if (forText.Length == 0)
            {
                anchors.Add(Root);
            }
            else if (forText == "/**")
            {
                Walk(report, Root, null, (node, p, _) =>
                {
                    if (node is JsonValue)
                    {
                        anchors.Add(p);
                    }
                });
            }
            else if (forText.StartsWith("/**/", StringComparison.Ordinal))
            {
                var name = forText.Substring(4);
                Walk(report, Root, null, (node, p, member) =>
                {
                    if (node is JsonObject && member == name)
                    {
                        anchors.Add(p);
                    }
                });
            }
            else
            {
                var expanded = Expand(forText, [], out var missing);
                anchors.AddRange(expanded.Select(e => e.Pointer));
                if (expanded.Count == 0 && missing is not null && ListCount(missing) < 0)
                {
                    absentList = missing;
                }
            }

            foreach (var a in anchors)
            {
                if (!Present(a))
                {
                    Absent(a);
                    continue;
                }

                var at = new Anchor(this, a, r["figures"] as JsonObject);
                var decided = false;
                foreach (var c in r["cases"]!.AsArray())
                {
                    if (c!["when"] is { } when && !at.Holds(when))
                    {
                        continue;
                    }

                    at.Record(o, severity, c["then"]!);
                    decided = true;
                    break;
                }

                if (!decided)
                {
                    o.NotApplicable++;
                }
            }

            if (absentList is not null)
            {
                Absent(absentList);
            }
        }

        /// <summary>Pre-order walk of the document: (node, pointer, member name or null for an array element).</summary>
        private static void Walk(JsonNode? node, string pointer, string? member, Action<JsonNode, string, string?> visit)
        {
            if (node is null)
            {
                return;
            }

            if (pointer.Length > 0)
            {
                visit(node, pointer, member);
            }

            if (node is JsonObject obj)
            {
                foreach (var (key, child) in obj)
                {
                    Walk(child, pointer + "/" + key.Replace("~", "~0").Replace("/", "~1"), key, visit);
                }
            }
            else if (node is JsonArray arr)
            {
                for (var i = 0; i < arr.Count; i++)
                {
                    Walk(arr[i], pointer + "/" + i.ToString(CultureInfo.InvariantCulture), null, visit);
                }
            }
        }

        /// <summary>The input scope in effect (rules.md, "Input scope").</summary>
        private string ScopeInEffect()
        {
            if (settings.Scope != "auto")
            {
                return settings.Scope;
            }

            var whole = new[] { "overall", "income", "expenditure", "appropriation", "generalBudget" }
                .All(m => Resolve("/narrative/" + m) is not null);
            return whole ? "narrative" : "fragment";
        }

        /// <summary>One anchor: references, named figures, conditions and outcomes.</summary>
        private sealed class Anchor(Run run, string anchor, JsonObject? figures)
        {
            private readonly Dictionary<string, (bool Has, Fig Fig)> named = new(StringComparer.Ordinal);

            private string PointerOf(string reference)
            {
                if (reference.StartsWith('$'))
                {
                    return Named(reference).Fig.Pointer;
                }

                if (reference.StartsWith('/'))
                {
                    return reference;
                }

                var p = anchor;
                if (reference.Length == 0)
                {
                    return p;
                }

                foreach (var t in reference.Split('/'))
                {
                    // A ".." at the root leaves it at the root (spec 3.1): FA2106's five steps up from a shallow change.
                    p = t != ".." ? p + "/" + t : p.Length == 0 ? p : p.Substring(0, p.LastIndexOf('/'));
                }

                return p;
            }

            private (bool Has, Fig Fig) Named(string reference)
            {
                var name = reference.Substring(1);
                if (named.TryGetValue(name, out var known))
                {
                    return known;
                }

                var definition = figures![name]!;
                (bool, Fig) result;
                if (definition["firstOf"] is JsonArray candidates)
                {
                    result = (false, new Fig(PointerOf(candidates[0]!.GetValue<string>()), 0m, default));
                    foreach (var c in candidates)
                    {
                        if (Figure(c!.GetValue<string>(), out var f))
                        {
                            result = (true, f);
                            break;
                        }
                    }
                }
                else
                {
                    var terms = definition["sum"]!.AsArray();
                    result = WeightedSum(terms, out var sum, out _)
                        ? (true, sum)
                        : (false, new Fig(PointerOf(terms[0]!["pointer"]!.GetValue<string>()), 0m, default));
                }

                named[name] = result;
                return result;
            }

            /// <summary>Σ weight·figure; false with the first reference that has no figure.</summary>
            private bool WeightedSum(IEnumerable<JsonNode?> terms, out Fig sum, out string? lacking)
            {
                decimal v = 0m, lo = 0m, hi = 0m;
                string? first = null;
                foreach (var t in terms)
                {
                    var reference = t!["pointer"]!.GetValue<string>();
                    if (!Figure(reference, out var f))
                    {
                        lacking = PointerOf(reference);
                        sum = default;
                        return false;
                    }

                    first ??= f.Pointer;
                    if ((t["weight"]?.GetValue<int>() ?? 1) < 0)
                    {
                        v -= f.Value;
                        lo -= f.Range.Hi;
                        hi -= f.Range.Lo;
                    }
                    else
                    {
                        v += f.Value;
                        lo += f.Range.Lo;
                        hi += f.Range.Hi;
                    }
                }

                lacking = null;
                sum = new Fig(first ?? string.Empty, v, new Interval(lo, hi));
                return true;
            }

            private bool Figure(string reference, out Fig fig)
            {
                if (reference.StartsWith('$'))
                {
                    var (has, f) = Named(reference);
                    fig = f;
                    return has;
                }

                return run.TryFigure(PointerOf(reference), out fig);
            }

            private bool Number(string reference, out Fig number)
            {
                if (Figure(reference, out number))
                {
                    return true;
                }

                var p = PointerOf(reference);
                if (!reference.StartsWith('$') && run.Resolve(p) is JsonValue v && run.KindOf(p) == Kind.Percent)
                {
                    var (value, d) = Run.Number(v.GetValue<string>());
                    number = new Fig(p, value, run.RunSettings.Rounding == "truncation" ? Truncated(value, d) : Rounded(value, d));
                    return true;
                }

                return false;
            }

            private string? Text(string reference) => run.Resolve(PointerOf(reference)) switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                JsonValue v => v.ToJsonString(),
                _ => null,
            };

            private List<string> ListMembers(string list, Func<JsonObject, string?> select)
            {
                var found = new List<string>();
                if (run.Resolve(list) is JsonArray rows)
                {
                    foreach (var row in rows.OfType<JsonObject>())
                    {
                        if (select(row) is { } s)
                        {
                            found.Add(s);
                        }
                    }
                }

                return found;
            }

            private static string? StringMember(JsonObject row, string member) =>
                row[member] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

            public bool Holds(JsonNode c)
            {
                if (c["allOf"] is JsonArray all)
                {
                    return all.All(x => Holds(x!));
                }

                if (c["anyOf"] is JsonArray any)
                {
                    return any.Any(x => Holds(x!));
                }

                if (c["not"] is { } not)
                {
                    return !Holds(not);
                }

                var value = c["value"]?.GetValue<string>();
                if (c["option"] is { } option)
                {
                    var actual = option.GetValue<string>() == "unitType" ? run.RunSettings.UnitType : run.ScopeInEffect();
                    return actual == value;
                }

                var reference = c["pointer"]!.GetValue<string>();
                var other = c["other"]?.GetValue<string>();
                var p = PointerOf(reference);
                var hasNumber = Number(reference, out var n);
                Fig m = default;
                var hasOther = other is not null && Number(other, out m);
                decimal V() => decimal.Parse(value!, NumberStyles.Number, CultureInfo.InvariantCulture);
                switch (c["test"]!.GetValue<string>())
                {
                    case "present": return reference.StartsWith('$') ? Named(reference).Has : run.Present(p) || run.TryFigure(p, out _);
                    case "nonBlank":
                        return run.Resolve(p) is JsonValue s && s.GetValueKind() == JsonValueKind.String
                            && !string.IsNullOrWhiteSpace(s.GetValue<string>());
                    case "nonEmpty": return run.ListCount(p) > 0;
                    case "zero": return hasNumber && n.Value == 0m;
                    case "nonZero": return hasNumber && n.Value != 0m;
                    case "positive": return hasNumber && n.Value > 0m;
                    case "negative": return hasNumber && n.Value < 0m;
                    case "valueEquals": return hasNumber && n.Value == V();
                    case "textEquals": return Text(reference) is { } t && t == value;
                    case "sameAs": return Text(reference) is { } a && Text(other!) is { } b && a == b;
                    case "lessThan": return hasNumber && hasOther && n.Value < m.Value;
                    case "meets": return hasNumber && hasOther && n.Range.Meets(m.Range);
                    case "upperAbove": return hasNumber && n.Range.Hi > V();
                    case "upperBelow": return hasNumber && n.Range.Hi < V();
                    case "lowerBelow": return hasNumber && n.Range.Lo < V();
                    case "covers": return hasNumber && n.Range.Lo <= V() && V() <= n.Range.Hi;
                    case "containsAmount":
                        var found = false;
                        Walk(run.Resolve(p), p, null, (node, q, _) => found |= q != p && node is JsonValue && run.KindOf(q) == Kind.Amount);
                        return found;
                    case "amount": return run.Resolve(p) is JsonValue && run.KindOf(p) == Kind.Amount;
                    case "named": return p.Length > 0 && p.Substring(p.LastIndexOf('/') + 1) == value;
                    case "within": return p.Split('/').Skip(1).SkipLast(1).Contains(value);
                    case "startsWith": return Text(reference) is { } st && st.StartsWith(value!, StringComparison.Ordinal);
                    case "length": return Text(reference) is { } l && l.Length == (int)V();
                    case "prefixOfRow":
                        return Text(reference) is { } prefix && ListMembers(other!, row => StringMember(row, "code"))
                            .Any(code => code.Length == (int)V() && code.Length > prefix.Length
                                && code.StartsWith(prefix, StringComparison.Ordinal));
                    case "codeListedIn":
                        return Text(reference) is { } code2 && ListMembers(other!, row => StringMember(row, "code")).Contains(code2);
                    case "nameListedIn":
                        return Text(reference) is { } name
                            && ListMembers(other!, row => row["code"] is null ? StringMember(row, "name") : null)
                            .Select(NormalisedName).Contains(NormalisedName(name));
                    default: throw new InvalidOperationException("unknown test");
                }
            }

            private bool Keep(JsonNode term) => term["when"] is not { } when || Holds(when);

            public void Record(Outcomes o, string severity, JsonNode then)
            {
                if (then is JsonValue word)
                {
                    switch (word.GetValue<string>())
                    {
                        case "passed": o.Passed++; break;
                        case "notApplicable": o.NotApplicable++; break;
                    }

                    return;
                }

                var refs = (string name) => then[name]!.AsArray().Select(x => PointerOf(x!.GetValue<string>())).ToArray();
                if (then["fail"] is not null)
                {
                    o.Failed++;
                    o.Diagnostics.Add(Diagnostic(severity, refs("fail")));
                }
                else if (then["couldNotRun"] is not null)
                {
                    Cnr(o, refs("couldNotRun"));
                }
                else if (then["sum"] is JsonObject sum)
                {
                    var missing = new List<string>();
                    var totalRef = sum["total"]!.GetValue<string>();
                    if (!Figure(totalRef, out var total))
                    {
                        missing.Add(PointerOf(totalRef));
                    }

                    var items = new List<(Fig, int)>();
                    var partial = sum["items"]!.AsArray().Any(t => !Keep(t!));
                    foreach (var t in sum["items"]!.AsArray().Where(t => Keep(t!)))
                    {
                        var reference = t!["pointer"]!.GetValue<string>();
                        if (Figure(reference, out var f))
                        {
                            items.Add((f, t["weight"]?.GetValue<int>() ?? 1));
                        }
                        else
                        {
                            missing.Add(PointerOf(reference));
                        }
                    }

                    if (missing.Count > 0)
                    {
                        Cnr(o, [.. missing]);
                        return;
                    }

                    if (partial && (sum["lowerBoundWhenPartial"]?.GetValue<bool>() ?? false))
                    {
                        run.CheckLowerBound(o, severity, total, items);
                    }
                    else
                    {
                        run.CheckSum(o, severity, total, items);
                    }
                }
                else if (then["lessOrEqual"] is JsonObject le)
                {
                    var lesserRef = le["lesser"]!.GetValue<string>();
                    var greaterRef = le["greater"]!.GetValue<string>();
                    var hasL = Figure(lesserRef, out var lesser);
                    var hasG = Figure(greaterRef, out var greater);
                    if (!hasL || !hasG)
                    {
                        Cnr(o, [.. new[] { (hasL, lesserRef), (hasG, greaterRef) }.Where(x => !x.Item1).Select(x => PointerOf(x.Item2))]);
                        return;
                    }

                    CheckLessOrEqual(o, severity, lesser, greater);
                }
                else
                {
                    Ratio(o, severity, then["ratio"]!.AsObject());
                }
            }

            private void Ratio(Outcomes o, string severity, JsonObject ratio)
            {
                var p = PointerOf(ratio["percent"]!.GetValue<string>());
                if (run.Resolve(p) is not JsonValue pv || run.KindOf(p) != Kind.Percent)
                {
                    o.NotApplicable++;
                    return;
                }

                var termPointers = new List<string>();
                var figs = new List<Fig>();
                foreach (var part in new[] { "numerator", "denominator" })
                {
                    if (!WeightedSum(ratio[part]!.AsArray(), out var f, out var lacking))
                    {
                        Cnr(o, lacking!);
                        return;
                    }

                    figs.Add(f);
                    foreach (var t in ratio[part]!.AsArray())
                    {
                        Figure(t!["pointer"]!.GetValue<string>(), out var tf);
                        if (!termPointers.Contains(tf.Pointer))
                        {
                            termPointers.Add(tf.Pointer);
                        }
                    }
                }

                var (fn, fd) = (figs[0], figs[1]);
                if (fd.Value == 0m || fd.Range.Lo <= 0m && fd.Range.Hi >= 0m)
                {
                    o.NotApplicable++;
                    return;
                }

                var pointers = ratio["pointers"] is JsonArray given
                    ? [.. given.Select(x => PointerOf(x!.GetValue<string>()))]
                    : termPointers;
                var q = new[]
                {
                    fn.Range.Lo / fd.Range.Lo, fn.Range.Lo / fd.Range.Hi, fn.Range.Hi / fd.Range.Lo, fn.Range.Hi / fd.Range.Hi,
                };
                var computed = new Interval(q.Min() * 100m, q.Max() * 100m);
                var (v, dec) = Run.Number(pv.GetValue<string>());
                var stated = run.RunSettings.Rounding == "truncation" ? Truncated(v, dec) : Rounded(v, dec);
                var all = new[] { p }.Concat(pointers).ToList();
                if (stated.Meets(computed))
                {
                    o.Passed++;
                }
                else if (run.RunSettings.Rounding == "roundToNearest" && run.RunSettings.AllowTruncatedPercentages
                    && (Truncated(v, dec).Meets(computed) || OneUnit(v, dec).Meets(computed)))
                {
                    o.Passed++;
                    o.Diagnostics.Add(Diagnostic("info", all));
                }
                else
                {
                    o.Failed++;
                    o.Diagnostics.Add(Diagnostic(severity, all));
                }
            }
        }
    }
}
