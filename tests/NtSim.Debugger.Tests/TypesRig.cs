using System.Runtime.InteropServices;
using NtSim.Samples.Zero;
using NtSim.Testing;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>A deterministic machine with Zero started and zerotest run (TotalRead 64, TotalWritten 1024 in its typed
/// extension), and Counter, a driver whose device extension is an unmanaged struct in pool.</summary>
internal sealed class TypesRig : IDisposable
{
    internal TypesRig()
    {
        Machine = TestMachine.Boot(options: new MachineOptions { Processors = 1, Seed = 14 });
        Zero = Machine.StartDriver<ZeroDriver>("Zero");
        Counter = Machine.StartDriver<CounterDriver>("Counter");
        Machine.RunClient(ZeroTest.Main);
        Kd = new KernelDebugger(Machine);
    }

    internal Machine Machine { get; }

    internal KernelDebugger Kd { get; }

    internal DRIVER_OBJECT Zero { get; }

    internal DRIVER_OBJECT Counter { get; }

    internal static string Hex(ulong address) => address.ToString("x", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => Machine.Dispose();
}

/// <summary>Counter's device extension, as a C driver declares it: an unmanaged struct in the extension's pool bytes.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct COUNTER_EXTENSION
{
    public ushort Signature;
    public int Opens;
    public long Total;
    public PVOID Self;
}

/// <summary>A legacy driver with one unnamed device whose extension holds a <see cref="COUNTER_EXTENSION"/>.</summary>
public sealed class CounterDriver : IDriver
{
    /// <summary>Creates the device and fills its extension.</summary>
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        DriverObject.DriverUnload = CounterUnload;
        var status = IoCreateDevice(DriverObject, (ulong)Marshal.SizeOf<COUNTER_EXTENSION>(), null, FILE_DEVICE_UNKNOWN, 0, false, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        device!.DeviceExtension.Write(new COUNTER_EXTENSION { Signature = 0xC0DE, Opens = -2, Total = 0x1234_5678_9A, Self = device.DeviceExtension });
        return STATUS_SUCCESS;
    }

    private static void CounterUnload(DRIVER_OBJECT DriverObject) => IoDeleteDevice(DriverObject.DeviceObject!);
}
