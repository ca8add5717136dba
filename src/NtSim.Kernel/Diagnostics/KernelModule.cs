using System.Diagnostics;
using System.Reflection;

namespace NtSim;

/// <summary>A module whose code runs in the machine: the kernel ("nt") or a driver. Every
/// allocation and resource is charged to the module whose code was running. A driver started as a
/// service is named after its service; its simulated image spans
/// [<see cref="ImageBase"/>, ImageBase + ImageSize), where its routines get their addresses.</summary>
[DebuggerDisplay("{Name,nq}")]
public sealed class KernelModule
{
    /// <summary>Simulated image size of a module: 1 MiB, room for 64 Ki routines of 16 bytes.</summary>
    internal const ulong DefaultImageSize = 0x10_0000;

    internal const ulong FirstRoutineOffset = 0x1000;
    internal const ulong RoutineStride = 0x10;
    internal const int SlotCount = (int)((DefaultImageSize - FirstRoutineOffset) / RoutineStride);

    private volatile Assembly? _assembly;
    private volatile bool _unloaded;

    internal KernelModule(string name, Assembly? assembly)
        : this(name, assembly, 0)
    {
    }

    internal KernelModule(string name, Assembly? assembly, ulong imageBase)
    {
        Name = name;
        _assembly = assembly;
        ImageBase = imageBase;
    }

    /// <summary>The module name as a debugger shows it ("nt", "Sample").</summary>
    public string Name { get; }

    /// <summary>The assembly, until the module is unloaded (after that the module must not keep it alive).</summary>
    internal Assembly? Assembly => _assembly;

    /// <summary>Where the module's simulated image starts (0 for a module without one).</summary>
    internal ulong ImageBase { get; }

    internal ulong ImageSize => ImageBase == 0 ? 0 : DefaultImageSize;

    /// <summary>The driver was unloaded: its code must not run any more (0xCE if it would).</summary>
    internal bool IsUnloaded => _unloaded;

    /// <summary>The simulated address of a routine of this module: a slot in the image chosen from the
    /// routine's name and signature (<see cref="RoutineLayout"/>), so the same routine keeps its address
    /// across builds that add or remove other methods.</summary>
    internal ulong AddressOf(MethodInfo method)
    {
        if (ImageBase == 0)
        {
            return 0;
        }

        var definition = method.IsGenericMethod && !method.IsGenericMethodDefinition ? method.GetGenericMethodDefinition() : method;
        var slot = RoutineLayout.Of(definition.Module.Assembly, SlotCount).SlotOf(definition);
        return ImageBase + FirstRoutineOffset + ((ulong)(slot ?? SlotCount - 1) * RoutineStride);
    }

    /// <summary>Marks the module unloaded and lets go of its assembly.</summary>
    internal void MarkUnloaded()
    {
        _unloaded = true;
        _assembly = null;
    }

    /// <summary>The module's name.</summary>
    public override string ToString() => Name;
}
