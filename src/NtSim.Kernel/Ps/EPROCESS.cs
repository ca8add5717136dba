using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// EPROCESS (and KPROCESS): a process, opaque to drivers as in the WDK. For now there is the System
/// process only: every simulated thread runs in it, and its handle table is the kernel handle
/// table (as PsInitialSystemProcess's ObjectTable is ObpKernelHandleTable). User processes, each
/// owning its own <see cref="HandleTable"/>, come with the Win32 facade.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EPROCESS : IObjectBody
{
    /// <summary>The System process's id on Windows.</summary>
    internal const int SystemProcessId = 4;

    internal EPROCESS(int id, string imageFileName, HandleTable objectTable)
    {
        UniqueProcessId = new HANDLE((ulong)id);
        ImageFileName = imageFileName;
        ObjectTable = objectTable;
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal HANDLE UniqueProcessId { get; }

    /// <summary>The image name, as <c>!process</c> prints it ("System").</summary>
    internal string ImageFileName { get; }

    /// <summary>The process's handle table.</summary>
    internal HandleTable ObjectTable { get; }

    /// <summary>Creates the System process of a machine; it keeps its own reference for the life of the machine.</summary>
    internal static EPROCESS CreateSystem(ObjectManager objects)
    {
        var system = new EPROCESS(SystemProcessId, "System", objects.KernelHandleTable);
        objects.CreateObject(ObjectTypes.Process, system, objects.Machine.Modules.Kernel, null, 0);
        return system;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PROCESS {ImageFileName} Cid {UniqueProcessId.Value:x4}");
}
