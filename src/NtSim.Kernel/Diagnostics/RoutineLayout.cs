using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace NtSim;

/// <summary>
/// Where each routine of an assembly sits in its module's simulated image. A routine's slot comes from
/// a hash of its identity (64-bit FNV-1a of <see cref="Routine.Identity"/>: the type's full name, the
/// method's name, its parameter and generic parameter counts, and its rank among overloads of that
/// shape), the same on every run and host. Adding or removing another method leaves a routine where it
/// was unless their hashes collide; a collision goes to the next free slot, routines taken in identity
/// order, so the layout is a pure function of the assembly's set of methods. It reads only what
/// metadata holds, so a tool can compute it from the file without loading it (as the tests do).
/// Cached per assembly without keeping a collectible one alive.
/// </summary>
internal sealed class RoutineLayout
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private static readonly ConditionalWeakTable<Assembly, RoutineLayout> s_layouts = [];

    private readonly Dictionary<int, int> _slots = [];

    /// <summary>The layout of <paramref name="routines"/> (every method of one assembly) over <paramref name="slotCount"/> slots.</summary>
    internal RoutineLayout(IEnumerable<Routine> routines, int slotCount)
    {
        var taken = new bool[slotCount];
        var ranked = routines
            .GroupBy(r => (r.Type, r.Name, r.Parameters, r.GenericParameters))
            .SelectMany(g => g.OrderBy(r => r.Token).Select((r, rank) => (r.Token, Identity: r.Identity(rank))))
            .OrderBy(r => r.Identity, StringComparer.Ordinal);
        foreach (var (token, identity) in ranked)
        {
            var slot = (int)(Hash(identity) % (ulong)slotCount);
            for (var probes = 0; taken[slot] && probes < slotCount; probes++)
            {
                slot = (slot + 1) % slotCount;
            }

            taken[slot] = true;
            _slots[token] = slot;
        }
    }

    /// <summary>One method as metadata describes it.</summary>
    internal readonly record struct Routine(string Type, string Name, int Parameters, int GenericParameters, int Token)
    {
        /// <summary>The text hashed for the slot; <paramref name="rank"/> tells apart overloads of the same shape (by token order).</summary>
        internal string Identity(int rank) => $"{Type}::{Name}`{GenericParameters}({Parameters})#{rank}";
    }

    /// <summary>The layout of <paramref name="assembly"/>'s routines over <paramref name="slotCount"/> slots.</summary>
    internal static RoutineLayout Of(Assembly assembly, int slotCount) =>
        s_layouts.GetValue(assembly, a => new RoutineLayout(Routines(a), slotCount));

    /// <summary>The slot of <paramref name="method"/>, or null for a method the assembly does not define.</summary>
    internal int? SlotOf(MethodInfo method) =>
        _slots.TryGetValue(method.MetadataToken, out var slot) ? slot : null;

    /// <summary>The slot of the method with metadata token <paramref name="token"/>, or null.</summary>
    internal int? SlotOf(int token) => _slots.TryGetValue(token, out var slot) ? slot : null;

    private static IEnumerable<Routine> Routines(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return Types(assembly)
            .SelectMany(t => t.GetMethods(all))
            .Select(m => new Routine(TypeName(m.DeclaringType!), m.Name, m.GetParameters().Length, m.IsGenericMethod ? m.GetGenericArguments().Length : 0, m.MetadataToken));
    }

    // Namespace.Outer+Inner, with generic arity suffixes (`1) as metadata spells them.
    private static string TypeName(Type type) =>
        type.DeclaringType is { } outer ? TypeName(outer) + "+" + type.Name : (type.Namespace is { Length: > 0 } ns ? ns + "." + type.Name : type.Name);

    private static Type[] Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return [.. e.Types.OfType<Type>()];
        }
    }

    private static ulong Hash(string identity)
    {
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(identity))
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }
}
