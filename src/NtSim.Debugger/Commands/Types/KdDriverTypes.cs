using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Types;

/// <summary>
/// A driver's own types for <c>dt Zero!ZERO_DEVICE_EXTENSION address</c>: a type of the driver's assembly, by name.
/// Fields are laid out as C lays out the same struct (in declaration order, each aligned to its size; an explicit
/// FieldOffset is kept). A struct in simulated memory (an untyped device extension, a pool block) is read from its
/// bytes; a typed extension (IoCreateDevice&lt;T&gt;) has no bytes, so dt reads the object: its address is that of
/// its device object, or its extension address (just after the device object, where C keeps the extension), which
/// !devobj prints as DevExt. Both are captured into views (Target/KdSnapshot.Types.cs), so a dump shows them too.
/// </summary>
internal static class KdDriverTypes
{
    /// <summary>Every type of the loaded drivers' own assemblies, by driver module (in the object manager's order of the
    /// drivers, then the order of their assemblies' types: the first of a name is the one dt shows). The kernel's and the
    /// framework's assemblies are not a driver's own (a KMDF driver's dispatch routines are the framework's).</summary>
    internal static List<KdTypeView> Capture(Machine machine)
    {
        var views = new List<KdTypeView>();
        var drivers = machine.ObjectManager.LiveObjects().Select(h => h.Body).OfType<DRIVER_OBJECT>().ToList();
        foreach (var module in drivers.GroupBy(d => d.Module.Name, StringComparer.OrdinalIgnoreCase))
        {
            var name = module.First().Module.Name;
            views.AddRange(module.SelectMany(Assemblies).Distinct().Where(a => !IsSystem(a)).SelectMany(Types)
                .Where(t => !t.Name.StartsWith('<')).Select(t => View(name, t)).OfType<KdTypeView>());
        }

        return views;
    }

    /// <summary>The typed device extensions (IoCreateDevice&lt;T&gt;), each at its device object's address and at its
    /// extension address (just after the device object, !devobj's DevExt), with its values as dt prints them.</summary>
    internal static IEnumerable<KdTypedObjectView> Extensions(Machine machine)
    {
        foreach (var device in machine.ObjectManager.LiveObjects().Select(h => h.Body).OfType<DEVICE_OBJECT>())
        {
            if (device.TypedExtension is { } extension)
            {
                var type = extension.GetType();
                var layout = new KdTypeLayout(device.DriverObject.Module.Name, type.Name, IdOf(type), Layout(type), _ => []);
                yield return layout.Capture([device.Address, device.Address + NtSim.Devices.DeviceObjectSize], extension);
            }
        }
    }

    // A type whose fields cannot be read (one of them of a type that does not load) is left out.
    private static KdTypeView? View(string module, Type type)
    {
        try
        {
            return new KdTypeLayout(module, type.Name, IdOf(type), Layout(type), _ => []).View();
        }
        catch (Exception e) when (e is TypeLoadException or FileNotFoundException or FileLoadException)
        {
            return null;
        }
    }

    // Unique among the types of every assembly a machine holds.
    private static string IdOf(Type type) => type.Assembly.GetName().Name + ":" + type.FullName;

    private static bool IsSystem(Assembly assembly) => assembly == typeof(Machine).Assembly || assembly == typeof(FxLibrary).Assembly;

    private static IEnumerable<Assembly> Assemblies(DRIVER_OBJECT driver)
    {
        if (driver.Module.Assembly is { } assembly)
        {
            yield return assembly;
        }

        Delegate?[] routines = [driver.DriverInit, driver.DriverUnload, driver.DriverStartIo, driver.DriverExtension.AddDevice, .. driver.MajorFunction];
        foreach (var routine in routines.OfType<Delegate>())
        {
            yield return routine.Method.Module.Assembly;
        }

        for (var device = driver.DeviceObject; device is not null; device = device.NextDevice)
        {
            if (device.TypedExtension is { } extension)
            {
                yield return extension.GetType().Assembly;
            }
        }
    }

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

    private static List<KdField> Layout(Type type)
    {
        var fields = new List<KdField>();
        var offset = 0;
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.MetadataToken))
        {
            var (typeName, kind, size) = Describe(field.FieldType);
            var alignment = Math.Clamp(size, 1, 8);
            offset = field.GetCustomAttribute<FieldOffsetAttribute>()?.Value ?? ((offset + alignment - 1) / alignment * alignment);
            fields.Add(new KdField(offset, field.Name, typeName, kind, size, o => Value(field.GetValue(o))));
            offset += size;
        }

        return fields;
    }

    private static (string Type, KdFieldKind Kind, int Size) Describe(Type type)
    {
        var t = type.IsEnum ? Enum.GetUnderlyingType(type) : type;
        return t switch
        {
            _ when t == typeof(long) => ("Int8B", KdFieldKind.Signed, 8),
            _ when t == typeof(ulong) => ("Uint8B", KdFieldKind.Unsigned, 8),
            _ when t == typeof(int) => ("Int4B", KdFieldKind.Signed, 4),
            _ when t == typeof(uint) => ("Uint4B", KdFieldKind.Unsigned, 4),
            _ when t == typeof(short) => ("Int2B", KdFieldKind.Signed, 2),
            _ when t == typeof(ushort) => ("Uint2B", KdFieldKind.Unsigned, 2),
            _ when t == typeof(char) => ("Wchar", KdFieldKind.Unsigned, 2),
            _ when t == typeof(sbyte) => ("Char", KdFieldKind.Character, 1),
            _ when t == typeof(byte) || t == typeof(bool) => ("UChar", KdFieldKind.Character, 1),
            _ when t == typeof(PVOID) => ("Ptr64 Void", KdFieldKind.Pointer, 8),
            { IsValueType: true } => (t.Name, KdFieldKind.Structure, SizeOf(t)),
            _ => ("Ptr64 " + t.Name, KdFieldKind.Pointer, 8),
        };
    }

    private static int SizeOf(Type type)
    {
        try
        {
            return Marshal.SizeOf(type);
        }
        catch (Exception e) when (e is ArgumentException or TypeLoadException or MarshalDirectiveException or NotSupportedException)
        {
            return 8;
        }
    }

    // A managed field's value as dt prints it: numbers as numbers, a kernel object as its address.
    private static object Value(object? value) => value switch
    {
        null => 0UL,
        bool b => b ? 1UL : 0UL,
        PVOID p => p.Address,
        DEVICE_OBJECT d => d.Address,
        DRIVER_OBJECT d => d.Address,
        IRP i => i.Address,
        MDL m => m.Address,
        Enum e => unchecked((ulong)Convert.ToInt64(e, CultureInfo.InvariantCulture)),
        long l => unchecked((ulong)l),
        int i => unchecked((ulong)(long)i),
        short s => unchecked((ulong)(long)s),
        sbyte s => unchecked((ulong)(long)s),
        IConvertible c when value.GetType().IsPrimitive => Convert.ToUInt64(c, CultureInfo.InvariantCulture),
        _ => value.GetType().IsValueType ? value.GetType().Name : "<" + value.GetType().Name + ">",
    };
}
