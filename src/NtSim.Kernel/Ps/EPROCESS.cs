using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// EPROCESS (and KPROCESS): a process, opaque to drivers as in the WDK. The System process's handle
/// table is the kernel handle table (as PsInitialSystemProcess's ObjectTable is
/// ObpKernelHandleTable) and its user address space is empty. A user process (<see cref="CreateUser"/>)
/// owns its handle table and the user half of an address space, where its user memory lives.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed partial class EPROCESS : IObjectBody
{
    /// <summary>The System process's id on Windows.</summary>
    internal const int SystemProcessId = 4;

    internal EPROCESS(int id, string imageFileName, HandleTable objectTable)
    {
        UniqueProcessId = new HANDLE((ulong)id);
        ImageFileName = imageFileName;
        ObjectTable = objectTable;
        AddressSpace = new AddressSpace(imageFileName);
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal HANDLE UniqueProcessId { get; }

    /// <summary>The image name, as <c>!process</c> prints it ("System").</summary>
    internal string ImageFileName { get; }

    /// <summary>The process's handle table.</summary>
    internal HandleTable ObjectTable { get; }

    /// <summary>The user half of the process's address space (KPROCESS.DirectoryTableBase's view).</summary>
    internal AddressSpace AddressSpace { get; }

    /// <summary>The address of the process object, for bug check parameters.</summary>
    internal ulong Address => ((IObjectBody)this).ObjectHeader?.BodyAddress ?? 0;

    /// <summary>Creates a user process with an empty address space and handle table, for the Win32
    /// facade; the caller holds the one reference it is created with.</summary>
    internal static EPROCESS CreateUser(Machine machine, string imageFileName)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageFileName);
        var process = new EPROCESS(machine.Scheduler.AllocateClientId(), imageFileName, new HandleTable(imageFileName));
        machine.ObjectManager.CreateObject(ObjectTypes.Process, process, machine.Modules.Kernel, null, 0);
        return process;
    }

    /// <summary>Creates the System process of a machine; it keeps its own reference for the life of the machine.</summary>
    internal static EPROCESS CreateSystem(ObjectManager objects)
    {
        var system = new EPROCESS(SystemProcessId, "System", objects.KernelHandleTable);
        objects.CreateObject(ObjectTypes.Process, system, objects.Machine.Modules.Kernel, null, 0);
        return system;
    }

    /// <summary>"PROCESS image Cid id", as !process prints it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PROCESS {ImageFileName} Cid {UniqueProcessId.Value:x4}");
}
