using System.Collections;
using System.Collections.Concurrent;

namespace PublicFinance.FinalAccounts.Validation.Rules;

/// <summary>
/// The values of one scalar type found in the typed report in document order (按文档顺序查找模型中的某类值; session 25): what
/// <c>ReportFacts.NodesOfType&lt;T&gt;()</c> answers over the fact index, without the index. The walk follows the index's
/// own shapes (<see cref="NodeShape"/>: the contract's members in its order, a list's elements by index, a member's declared
/// type deciding as it does in the index) but enters only the members whose shape can hold a <typeparamref name="T"/>, and
/// hands each value with the record (or list) that holds it and the path to it, whose pointer text is written only when asked.
/// </summary>
/// <typeparam name="T">The scalar type looked for (e.g. a functional classification code).</typeparam>
internal static class TypedValueWalk<T>
    where T : struct
{
    /// <summary>The index's depth limit (<c>ReportFacts.MaxDepth</c>): nothing below it is walked.</summary>
    private const int MaxDepth = 64;

    private static readonly ConcurrentDictionary<NodeShape, bool> MayHoldByShape = new();

    // The type id of T: a scalar member's leaf id (its declared type's, a nullable's underlying type's) equals it exactly when
    // IsT holds of the declared type (ids are one per type), without asking reflection per member visited (session 26:
    // Nullable.GetUnderlyingType was ≈ 4 % of FA5003).
    private static readonly int TypeId = NodeShape.IdOf(typeof(T));

    /// <summary>Receives each value found.</summary>
    internal interface IVisitor
    {
        /// <summary>A value, the record or list holding it (the index's parent node) and the path to that holder.</summary>
        /// <param name="value">The value.</param>
        /// <param name="holder">The record or list that holds it.</param>
        /// <param name="holderShape">The holder's shape (its members' names and getters).</param>
        /// <param name="path">The path from the report to the holder.</param>
        void Visit(T value, object holder, NodeShape holderShape, Path path);
    }

    /// <summary>Walks the report and hands every <typeparamref name="T"/> to the visitor, in document order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="visitor">The visitor.</param>
    /// <param name="path">A path to reuse (emptied).</param>
    public static void Walk<TVisitor>(object report, TVisitor visitor, Path path)
        where TVisitor : IVisitor
    {
        path.Clear();
        var shape = NodeShape.Of(report.GetType());
        if (MayHold(shape))
        {
            Record(report, shape, visitor, path, 0);
        }
    }

    /// <summary>Whether a value of a declared shape can hold a <typeparamref name="T"/> at or below it, as the index walks it.</summary>
    internal static bool MayHold(NodeShape shape) =>
        MayHoldByShape.TryGetValue(shape, out var known) ? known : Decide(shape, []);

    private static bool Decide(NodeShape shape, HashSet<NodeShape> visiting)
    {
        if (MayHoldByShape.TryGetValue(shape, out var known))
        {
            return known;
        }

        if (!visiting.Add(shape))
        {
            return false;
        }

        // A shape whose runtime type is not fixed (not sealed) may hold the value itself when the type allows it.
        var holds = !shape.Exact && shape.Type.IsAssignableFrom(typeof(T));
        if (shape.Exact && shape.Scalar)
        {
            holds = shape.Type == typeof(T);
        }
        else if (shape.Kind == NodeShape.ObjectKind)
        {
            for (var k = 0; k < shape.Names.Length && !holds; k++)
            {
                holds = shape.LeafIds[k] >= 0 ? IsT(shape.MemberTypes[k]) : Decide(shape.Member(k), visiting);
            }
        }
        else if (shape.Kind == NodeShape.ListKind)
        {
            holds |= shape.ElementLeafId >= 0 ? IsT(shape.ElementType!) : shape.Element is not { } element || Decide(element, visiting);
        }

        visiting.Remove(shape);
        if (visiting.Count == 0)
        {
            MayHoldByShape[shape] = holds;
        }

        return holds;
    }

    private static bool IsT(Type declared) => (Nullable.GetUnderlyingType(declared) ?? declared) == typeof(T);

    private static void Record<TVisitor>(object record, NodeShape shape, TVisitor visitor, Path path, int depth)
        where TVisitor : IVisitor
    {
        if (shape.Kind == NodeShape.ObjectKind)
        {
            for (var k = 0; k < shape.Names.Length; k++)
            {
                if (shape.LeafIds[k] >= 0)
                {
                    // A member declared a scalar: its declared type decides (the index's Leaf).
                    if (shape.LeafIds[k] == TypeId && shape.Getters[k](record) is T value)
                    {
                        visitor.Visit(value, record, shape, path);
                    }

                    continue;
                }

                var member = shape.Member(k);
                if (MayHold(member) && shape.Getters[k](record) is { } child)
                {
                    path.Push(shape.Names[k]);
                    Visit(child, member, record, shape, visitor, path, depth + 1);
                    path.Pop();
                }
            }
        }
        else if (shape.Kind == NodeShape.ListKind)
        {
            var elements = record as IReadOnlyList<object?> ?? [.. ((IEnumerable)record).Cast<object?>()];
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i] is not { } element)
                {
                    continue;
                }

                if (shape.ElementLeafId >= 0)
                {
                    if (shape.ElementLeafId == TypeId && element is T value)
                    {
                        visitor.Visit(value, record, shape, path);
                    }

                    continue;
                }

                var elementShape = shape.Element ?? NodeShape.Of(element.GetType());
                if (MayHold(elementShape))
                {
                    path.Push(i);
                    Visit(element, elementShape, record, shape, visitor, path, depth + 1);
                    path.Pop();
                }
            }
        }
    }

    private static void Visit<TVisitor>(
        object value, NodeShape shape, object holder, NodeShape holderShape, TVisitor visitor, Path path, int depth)
        where TVisitor : IVisitor
    {
        // The declared type decides when it is exact; else the value (the index's Visit).
        var scalar = shape.Exact ? shape.Scalar : value is string || value.GetType().IsValueType;
        if (scalar)
        {
            if (value is T found)
            {
                path.Pop();
                visitor.Visit(found, holder, holderShape, path);
                path.PushBack();
            }

            return;
        }

        if (depth > MaxDepth)
        {
            return;
        }

        Record(value, shape, visitor, path, depth);
    }

    /// <summary>A path from the report (member names and list indices), written as a pointer only when asked.</summary>
    internal sealed class Path
    {
        private readonly List<(string? Name, int Index)> steps = [];
        private (string? Name, int Index) popped;

        /// <summary>The pointer text of the path with a member of the record at its end.</summary>
        /// <param name="member">The member's JSON name.</param>
        /// <returns>The JSON Pointer.</returns>
        public string PointerOf(string member) => JsonPointer.Child(Pointer(), member);

        /// <summary>The pointer text of the path.</summary>
        /// <returns>The JSON Pointer.</returns>
        public string Pointer()
        {
            var text = new StringBuilder();
            foreach (var (name, index) in steps)
            {
                text.Append('/');
                if (name is null)
                {
                    text.Append(index.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    text.Append(JsonPointer.Escape(name));
                }
            }

            return text.ToString();
        }

        internal void Clear() => steps.Clear();

        internal void Push(string name) => steps.Add((name, -1));

        internal void Push(int index) => steps.Add((null, index));

        internal void Pop()
        {
            popped = steps[steps.Count - 1];
            steps.RemoveAt(steps.Count - 1);
        }

        internal void PushBack() => steps.Add(popped);
    }
}
