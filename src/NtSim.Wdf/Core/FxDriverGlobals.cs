using System.Diagnostics.CodeAnalysis;

namespace NtSim;

/// <summary>
/// FxDriverGlobals: what the framework keeps for one client driver: its driver object and module,
/// its pool tag, its verifier settings, its in-flight recorder and its framework driver object. Its
/// address is what WDF_VIOLATION reports in P4.
/// </summary>
internal sealed class FxDriverGlobals
{
    private int _allocations;

    internal FxDriverGlobals(KTHREAD thread, FxLibrary library, DRIVER_OBJECT driverObject, string registryPath)
    {
        Library = library;
        DriverObject = driverObject;
        RegistryPath = registryPath;
        Module = driverObject.Module;
        ServiceName = driverObject.Name;
        PoolTag = DefaultPoolTag(ServiceName);
        BuiltFor = FxVersion.OfDriver(driverObject.DriverInit?.Target?.GetType() ?? driverObject.DriverInit?.Method.DeclaringType);
        Verifier = FxVerifierSettings.Read(thread, library.Machine, ServiceName, BuiltFor);
        Log = new FxIfrLog(this, Verifier.LogPages);
        Tags = new FxTagTracker(this);
        Address = library.Machine.AllocateObjectAddress(0x400);
    }

    /// <summary>The KMDF version the driver was built for (its bind info's version).</summary>
    internal FxVersion BuiltFor { get; }

    internal FxLibrary Library { get; }

    internal Machine Machine => Library.Machine;

    internal DRIVER_OBJECT DriverObject { get; }

    internal string RegistryPath { get; }

    internal KernelModule Module { get; }

    /// <summary>The service name ("ECHO").</summary>
    internal string ServiceName { get; }

    /// <summary>The tag on every pool block the framework allocates for this driver.</summary>
    internal uint PoolTag { get; set; }

    internal FxVerifierSettings Verifier { get; }

    /// <summary>The driver's in-flight recorder (!wdflogdump).</summary>
    internal FxIfrLog Log { get; }

    internal FxTagTracker Tags { get; }

    /// <summary>The globals' address (P4 of WDF_VIOLATION).</summary>
    internal ulong Address { get; }

    /// <summary>The framework driver object, once WdfDriverCreate made it.</summary>
    internal FxDriver? Driver { get; set; }

    /// <summary>The image name the framework's messages use ("echo.sys").</summary>
    internal string ImageName => ServiceName + ".sys";

    /// <summary>Runs a client callback charged to the client's module.</summary>
    internal ModuleScope EnterClient(KTHREAD thread) => thread.EnterModule(Module);

    /// <summary>WDF_VIOLATION with <paramref name="p1"/> to <paramref name="p3"/> and this driver's globals in P4.</summary>
    [DoesNotReturn]
    internal void BugCheck(KTHREAD thread, ulong p1, ulong p2, ulong p3, string detail)
    {
        Log.Error(detail);
        Machine.RaiseBugCheck(Wdm.WDF_VIOLATION, p1, p2, p3, Address, $"{detail} ({ImageName})");
    }

    /// <summary>A pool block for a framework object, tagged with the driver's tag.</summary>
    internal ulong AllocateObjectMemory(KTHREAD thread, ulong bytes, FxObject target)
    {
        if (Verifier.FailsAllocation(ref _allocations))
        {
            // VerifierAllocateFailCount: every allocation after the n-th fails (registry-values-for-debugging-kmdf-drivers).
            Log.Add("FxPoolAllocator", $"Allocation Fail Count exceeded: failing the {_allocations}th allocation ({target.TypeName}, {bytes} bytes)");
            return 0;
        }

        var memory = Machine.Pool.Allocate(thread, PoolRequest.FromType(Wdm.NonPagedPoolNx, zero: true), bytes, PoolTag, "", 0, "WdfObjectCreate");
        return memory.Address;
    }

    internal void FreeObjectMemory(KTHREAD thread, FxObject target, ulong address)
    {
        if (address != 0 && !Machine.IsHalted)
        {
            Machine.Pool.Free(thread, address, PoolTag, checkTag: false, "WdfObjectDelete");
        }
    }

    /// <summary>WDF_DRIVER_CONFIG.DriverPoolTag's default: the service name's first four characters
    /// (after a leading "WDF"), or 'FxDr' when fewer are left.</summary>
    internal static uint DefaultPoolTag(string serviceName)
    {
        var name = serviceName.StartsWith("WDF", StringComparison.OrdinalIgnoreCase) ? serviceName[3..] : serviceName;
        if (name.Length < 4)
        {
            name = "FxDr";
        }

        return (uint)(name[0] | (name[1] << 8) | (name[2] << 16) | (name[3] << 24));
    }
}
