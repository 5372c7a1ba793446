using System.Text.Json;

namespace PublicFinance.FinalAccounts.Validation;

/// <summary>
/// The JSON form of a relation's data (关系的 JSON 形式), its members without the rule id, in one place: written per relation
/// in <c>docs/rules/relations.json</c> (<see cref="ValidationJson.WriteRelations"/>) and hashed as the key a generated walk
/// is found by (<see cref="CompiledKeys.Of(Relation)"/>). A member at its default is left out.
/// </summary>
internal static class RelationJson
{
    /// <summary>Writes the relation's members (kind first) into the object being written.</summary>
    /// <param name="w">The writer, inside the relation's object.</param>
    /// <param name="relation">The relation.</param>
    public static void Write(Utf8JsonWriter w, Relation relation)
    {
        switch (relation)
        {
            case SumRelation sum:
                w.WriteString("kind", "sum");
                w.WriteString("total", sum.Total);
                w.WriteStartArray("items");
                foreach (var item in sum.Items)
                {
                    w.WriteStartObject();
                    w.WriteString("pointer", item.Pointer);
                    if (item.Weight != 1)
                    {
                        w.WriteNumber("weight", item.Weight);
                    }

                    if (item.Optional)
                    {
                        w.WriteBoolean("optional", true);
                    }

                    if (item.ClosesList)
                    {
                        w.WriteBoolean("closesList", true);
                    }

                    if (item.Codes.Count > 0)
                    {
                        ValidationJson.WriteStrings(w, "codes", item.Codes);
                    }

                    if (item.ExcludeCodes.Count > 0)
                    {
                        ValidationJson.WriteStrings(w, "excludeCodes", item.ExcludeCodes);
                    }

                    if (item.CodeLength != 0)
                    {
                        w.WriteNumber("codeLength", item.CodeLength);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (sum.PriorYear)
                {
                    w.WriteBoolean("priorYear", true);
                }

                if (sum.LowerBoundWhenPartial)
                {
                    w.WriteBoolean("lowerBoundWhenPartial", true);
                }

                WriteAbsent(w, sum.WhenAbsent);
                if (sum.TotalDefault is { } totalDefault)
                {
                    w.WriteString("totalDefault", totalDefault.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                break;
            case HierarchyRelation hierarchy:
                w.WriteString("kind", "hierarchy");
                w.WriteString("rows", hierarchy.Rows);
                ValidationJson.WriteStrings(w, "columns", hierarchy.Columns);
                break;
            case RollupRelation rollup:
                ValidationJson.WriteMembers(
                    w, [("kind", "rollup"), ("parents", rollup.Parents), ("children", rollup.Children), ("value", rollup.Value)]);
                if (rollup.PriorYear)
                {
                    w.WriteBoolean("priorYear", true);
                }

                break;
            case MatchRelation match:
                ValidationJson.WriteMembers(
                    w,
                    [
                        ("kind", "match"), ("left", match.Left), ("leftValue", match.LeftValue), ("right", match.Right),
                        ("rightValue", match.RightValue), ("comparison", ValidationJson.Camel(match.Comparison.ToString())),
                    ]);
                break;
            case InequalityRelation inequality:
                ValidationJson.WriteMembers(w, [("kind", "lessOrEqual"), ("lesser", inequality.Lesser), ("greater", inequality.Greater)]);
                WriteAbsent(w, inequality.WhenAbsent);
                break;
            case UniqueRelation unique:
                ValidationJson.WriteMembers(w, [("kind", "unique"), ("list", unique.List), ("key", unique.Key)]);
                if (unique.PointAtRow)
                {
                    w.WriteString("pointAt", "row");
                }

                if (unique.Qualifier is { } qualifier)
                {
                    w.WriteString("qualifier", qualifier);
                }

                break;
            case PatternRelation pattern:
                ValidationJson.WriteMembers(
                    w, [("kind", "pattern"), ("list", pattern.List), ("member", pattern.Member), ("pattern", pattern.Pattern)]);
                break;
            case ParentListedRelation parents:
                w.WriteString("kind", "parentListed");
                w.WriteString("list", parents.List);
                break;
            case ConditionRelation condition:
                ConditionRelationJson.Write(w, condition);
                break;
            case RatioRelation ratio:
                w.WriteString("kind", "ratio");
                w.WriteString("percent", ratio.Percent);
                w.WriteString("numerator", ratio.Numerator);
                w.WriteString("denominator", ratio.Denominator);
                if (ratio.DenominatorFallback is { } fallback)
                {
                    w.WriteString("denominatorFallback", fallback);
                }

                break;
        }
    }

    private static void WriteAbsent(Utf8JsonWriter w, AbsentFigures whenAbsent)
    {
        if (whenAbsent != AbsentFigures.Default)
        {
            w.WriteString("whenAbsent", ValidationJson.Camel(whenAbsent.ToString()));
        }
    }
}
