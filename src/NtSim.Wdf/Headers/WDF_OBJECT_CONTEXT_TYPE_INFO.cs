using System.Reflection;

namespace NtSim;

/// <summary>
/// WDF_OBJECT_CONTEXT_TYPE_INFO: a context type as WDF_DECLARE_CONTEXT_TYPE declares it: its name,
/// its size and its unique identity. A context here is an instance of a class with a public
/// parameterless constructor, made zeroed (default field values) with the object, as the framework
/// makes a context of zeroed pool. One info per type: <see cref="For{T}"/>.
/// </summary>
public sealed class WDF_OBJECT_CONTEXT_TYPE_INFO
{
    private WDF_OBJECT_CONTEXT_TYPE_INFO(Type type, string name, ulong size, Func<object> create)
    {
        Type = type;
        ContextName = name;
        ContextSize = size;
        Create = create;
    }

    /// <summary>The type's name as !wdfdriverinfo prints it ("DEVICE_CONTEXT").</summary>
    public string ContextName { get; }

    /// <summary>The context's size in bytes as C would lay it out (8 per reference or pointer).</summary>
    public ulong ContextSize { get; }

    /// <summary>The context type (the UniqueType of KMDF).</summary>
    public Type Type { get; }

    internal Func<object> Create { get; }

    /// <summary>The info of <typeparamref name="T"/>.</summary>
    public static WDF_OBJECT_CONTEXT_TYPE_INFO For<T>()
        where T : class, new() => Cache<T>.Info;

    private static ulong SizeOf(Type type)
    {
        ulong size = 0;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            var t = field.FieldType;
            size += t.IsValueType && !t.IsPrimitive && !t.IsEnum ? SizeOf(t) : t.IsPrimitive || t.IsEnum ? (ulong)System.Runtime.InteropServices.Marshal.SizeOf(t.IsEnum ? Enum.GetUnderlyingType(t) : t == typeof(bool) ? typeof(byte) : t == typeof(char) ? typeof(ushort) : t) : 8;
        }

        return Math.Max(size, 1);
    }

    private static class Cache<T>
        where T : class, new()
    {
        internal static readonly WDF_OBJECT_CONTEXT_TYPE_INFO Info = new(typeof(T), typeof(T).Name, SizeOf(typeof(T)), static () => new T());
    }
}

/// <summary>The accessor WDF_DECLARE_CONTEXT_TYPE(_WITH_NAME) declares: the object's context of type
/// <typeparamref name="T"/>, or null if it has none.</summary>
public delegate T? PFN_WDF_GET_CONTEXT<T>(WDFOBJECT Handle)
    where T : class;
