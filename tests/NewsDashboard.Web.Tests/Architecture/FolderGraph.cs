using Mono.Cecil;
using Mono.Cecil.Cil;

namespace NewsDashboard.Web.Tests.Architecture;

/// <summary>
/// The namespace graph of the compiled web assembly: an edge A → B when a type of namespace A names a type of
/// namespace B anywhere the compiler keeps it: base type and interfaces, fields, properties, method signatures,
/// attributes, and the instructions of every method body (lambdas, async state machines and local functions are
/// nested types of their owner and count for its namespace). Read from IL, not from <c>using</c> lines, so an unused
/// using is no edge and a fully qualified name or a Razor component tag is one.
/// </summary>
internal sealed class FolderGraph
{
    private readonly Dictionary<string, Dictionary<string, SortedSet<string>>> _edges = new(StringComparer.Ordinal);

    private FolderGraph()
    {
    }

    /// <summary>Nodes and, for each edge, the "FromType → ToType" references that make it.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, SortedSet<string>>> Edges => _edges;

    /// <summary>
    /// Reads <paramref name="assemblyPath"/>; <paramref name="nodeOf"/> maps a namespace to its node (null: not in the
    /// graph, such as the root namespace's <c>Program</c> or another assembly's types).
    /// </summary>
    public static FolderGraph Read(string assemblyPath, Func<string, string?> nodeOf)
    {
        var graph = new FolderGraph();
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var module = assembly.MainModule;
        foreach (var type in module.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            if (nodeOf(outer.Namespace) is not { } from)
            {
                continue;
            }

            graph._edges.TryAdd(from, new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal));
            foreach (var referenced in References(type))
            {
                var target = Outermost(referenced);
                if (target is not null && nodeOf(target.Namespace) is { } to && to != from)
                {
                    if (!graph._edges[from].TryGetValue(to, out var why))
                    {
                        graph._edges[from][to] = why = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    why.Add($"{outer.Name} → {target.Name}");
                }
            }
        }

        return graph;
    }

    /// <summary>A cycle as its nodes in order (the first repeated at the end), or null when the graph has none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();
        foreach (var start in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2)
            {
                return null;
            }

            if (state.GetValueOrDefault(node) == 1)
            {
                return [.. path.Skip(path.IndexOf(node)), node];
            }

            state[node] = 1;
            path.Add(node);
            foreach (var next in _edges.GetValueOrDefault(node)?.Keys.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }

    /// <summary>The cycle with, for each edge, a few of the references that make it.</summary>
    public string Describe(IReadOnlyList<string> cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var lines = new List<string> { string.Join(" → ", cycle) };
        for (var i = 0; i + 1 < cycle.Count; i++)
        {
            var why = _edges[cycle[i]][cycle[i + 1]];
            lines.Add($"  {cycle[i]} → {cycle[i + 1]}: {string.Join(", ", why.Take(5))}{(why.Count > 5 ? ", …" : string.Empty)}");
        }

        return string.Join(Environment.NewLine, lines);
    }

    // Types of this assembly are read as definitions; any other reference is another assembly's type, never a node.
    private static TypeDefinition? Outermost(TypeReference reference)
    {
        var type = reference as TypeDefinition;
        while (type?.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    return;
                case TypeSpecification specification: // arrays, by-ref, pointers, modifiers
                    Add(specification.ElementType);
                    return;
                case GenericParameter:
                    return;
                default:
                    found.Add(reference);
                    return;
            }
        }

        void AddMember(MemberReference? member)
        {
            switch (member)
            {
                case TypeReference t:
                    Add(t);
                    break;
                case MethodReference m:
                    Add(m.DeclaringType);
                    Add(m.ReturnType);
                    foreach (var p in m.Parameters)
                    {
                        Add(p.ParameterType);
                    }

                    if (m is GenericInstanceMethod g)
                    {
                        foreach (var argument in g.GenericArguments)
                        {
                            Add(argument);
                        }
                    }

                    break;
                case FieldReference f:
                    Add(f.DeclaringType);
                    Add(f.FieldType);
                    break;
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                AddMember(attribute.Constructor);
                foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)))
                {
                    if (argument.Value is TypeReference typeArgument)
                    {
                        Add(typeArgument);
                    }
                }
            }
        }

        Add(type.BaseType);
        foreach (var implemented in type.Interfaces)
        {
            Add(implemented.InterfaceType);
        }

        AddAttributes(type);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType);
            AddAttributes(field);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType);
            AddAttributes(property);
        }

        foreach (var method in type.Methods)
        {
            AddAttributes(method);
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType);
                AddAttributes(parameter);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables)
            {
                Add(variable.VariableType);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.Operand is MemberReference member)
                {
                    AddMember(member);
                }
            }

            foreach (var handler in method.Body.ExceptionHandlers.Where(h => h.HandlerType == ExceptionHandlerType.Catch))
            {
                Add(handler.CatchType);
            }
        }

        return found;
    }
}
