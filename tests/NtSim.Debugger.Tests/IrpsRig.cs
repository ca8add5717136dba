using NtSim.Samples.Cancel;
using NtSim.Testing;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>
/// A machine stopped with IRPs in flight and pool of several tags: the cancel sample's driver with
/// canclapp's three readers, whose reads wait in the driver's cancel-safe queue (each with its 'IoBf'
/// system buffer), the Hello test driver's 'Hell' block, and the rig's own blocks: a big nonpaged one
/// ('KdBg', whole pages) and a small paged one ('KdPg'). Deterministic (seed 7), so every address is the
/// same run to run.
/// </summary>
internal sealed class IrpsRig : IDisposable
{
    internal const int BigBytes = 0x2100;

    private readonly KEVENT _readDone = new();

    internal IrpsRig(string? crashDumpFile = null)
    {
        Machine = TestMachine.Boot(options: Options(crashDumpFile));
        Machine.StartDriver<CancelDriver>("cancel");
        Machine.LoadDriver(Path.Combine(AppContext.BaseDirectory, "drivers", "Hello.dll"));
        Assert.Equal(RunStatus.Completed, Machine.Run(() =>
        {
            Big = ExAllocatePool2(POOL_FLAG_NON_PAGED, BigBytes, TAG("KdBg"));
            Paged = ExAllocatePool2(POOL_FLAG_PAGED, 40, TAG("KdPg"));
        }));

        // canclapp's readers each start a read; the polling thread serves one a second from t = 1 s, so at
        // 1.5 s reads wait in the queue and one reader waits for its next read's data.
        Reader = Machine.StartProcess("canclapp", CanclApp.Main, "exit", "3", "5");
        Assert.Equal(RunStatus.Completed, Machine.AdvanceTime(TimeSpan.FromMilliseconds(1500)));
        Kd = new KernelDebugger(Machine);
    }

    internal Machine Machine { get; }

    internal UserProcess Reader { get; }

    internal KernelDebugger Kd { get; }

    internal PVOID Big { get; private set; }

    internal PVOID Paged { get; private set; }

    /// <summary>The IRPs in flight as !irpfind lists them: (IRP address, thread address), by address.</summary>
    internal List<(string Irp, string Thread)> Irps => [.. Kd.Execute("!irpfind").Split('\n')
        .Where(l => l.Contains(" Thread ", StringComparison.Ordinal))
        .Select(l => l.Split(' '))
        .Select(w => (w[0], w[2]))];

    /// <summary>"ffffa50f00001000": an address as a command argument.</summary>
    internal static string Hex(ulong address) => address.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends a read of its own to the cancel sample's device, as a driver above it would: an IRP of two
    /// stack locations (the sender's, then the driver's), a completion routine on success, error and cancel
    /// with an event as its context. It pends in the driver's queue behind canclapp's reads.</summary>
    internal void SendReadWithCompletion() => Assert.Equal(RunStatus.Completed, Machine.Run(() =>
    {
        var status = IoGetDeviceObjectPointer(new UNICODE_STRING(@"\Device\CancelSamp"), FILE_READ_DATA, out var file, out var device);
        Assert.Equal(STATUS_SUCCESS, status);
        var irp = IoAllocateIrp((sbyte)(device!.StackSize + 1), false);
        IoSetNextIrpStackLocation(irp);
        var next = IoGetNextIrpStackLocation(irp);
        next.MajorFunction = IRP_MJ_READ;
        next.Parameters.Read.Length = 4;
        next.FileObject = file;
        irp.AssociatedIrp.SystemBuffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 4, TAG("KdRd"));
        KeInitializeEvent(_readDone, NotificationEvent, false);
        IoSetCompletionRoutine(irp, RigReadCompletion, _readDone, true, true, true);
        Assert.Equal(STATUS_PENDING, IoCallDriver(device, irp));
    }));

    private static NTSTATUS RigReadCompletion(DEVICE_OBJECT? DeviceObject, IRP Irp, object? Context)
    {
        KeSetEvent((KEVENT)Context!, IO_NO_INCREMENT, false);
        return STATUS_MORE_PROCESSING_REQUIRED;
    }

    /// <summary>Writes <paramref name="length"/> zeros at <paramref name="address"/> as a driver's overrun would.</summary>
    internal void Overrun(PVOID address, ulong length) =>
        Assert.Equal(RunStatus.Completed, Machine.Run(() => RtlZeroMemory(address, length)));

    public void Dispose() => Machine.Dispose();

    // The rig's machine; with a file, one that writes a kernel dump there at a bug check (IrpsDumpTests).
    private static MachineOptions Options(string? crashDumpFile) => new()
    {
        Processors = 2, Seed = 7, CrashDumpFile = crashDumpFile, CrashDumpWriter = crashDumpFile is null ? null : new Dump.CrashDumpWriter(),
    };
}
