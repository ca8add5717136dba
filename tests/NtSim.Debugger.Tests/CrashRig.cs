using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>The crashes the crash, verifier and KMDF commands are shown on: drivers that break a rule in their
/// DriverEntry, on a deterministic machine (seed fixed) so that addresses are the same run to run.</summary>
internal static class CrashRig
{
    /// <summary>A deterministic machine with Driver Verifier's standard options (or <paramref name="verifier"/>).</summary>
    internal static Machine Boot(VerifierFlags verifier = VerifierFlags.Standard) =>
        Machine.Boot(new MachineOptions { Processors = 2, Seed = 14, Verifier = verifier });

    private const string LeakyParameters = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Leaky\Parameters";

    /// <summary>The Leaky test driver started with two 64-byte blocks it will not free, and nothing else left
    /// behind (no device, link, work item or timer), so that its stop under pool tracking bug checks 0xC4/0x62.</summary>
    internal static void StartLeaky(Machine machine)
    {
        machine.Services.Create("Leaky", Path.Combine(AppContext.BaseDirectory, "drivers", "Leaky.dll"));
        machine.Registry.SetValue(LeakyParameters, "KeepDevice", 0u);
        machine.Registry.SetValue(LeakyParameters, "KeepLink", 0u);
        machine.Registry.SetValue(LeakyParameters, "WorkItem", 0u);
        machine.Registry.SetValue(LeakyParameters, "SetTimer", 0u);
        Assert.Equal(RunStatus.Completed, machine.Services.Start("Leaky"));
    }

    /// <summary>Installs and starts <typeparamref name="TDriver"/> as service <paramref name="service"/>; the start bug checks.</summary>
    internal static BugCheckInfo CrashIn<TDriver>(Machine machine, string service)
        where TDriver : IDriver, new()
    {
        machine.Services.Install<TDriver>(service);
        var status = machine.Services.Start(service);
        Assert.Equal(RunStatus.BugCheck, status);
        return machine.BugCheck!;
    }
}

/// <summary>Touches paged pool at DISPATCH_LEVEL in DriverEntry: DRIVER_IRQL_NOT_LESS_OR_EQUAL (0xD1).</summary>
public sealed class PagedAtDispatchDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        var block = ExAllocatePool2(POOL_FLAG_PAGED, 64, TAG("Crsh"));
        KeRaiseIrql(DISPATCH_LEVEL, out _);
        block.As<int>() = 1;
        return STATUS_SUCCESS;
    }
}

/// <summary>Calls ZwClose at DISPATCH_LEVEL in DriverEntry: the DDI compliance rule IrqlZwPassive (0xC4/0x2001F).</summary>
public sealed class ZwAtDispatchDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KeRaiseIrql(DISPATCH_LEVEL, out _);
        ZwClose(HANDLE.NULL);
        return STATUS_SUCCESS;
    }
}

/// <summary>Passes its WDFDRIVER where a WDFDEVICE belongs: WDF_VIOLATION (0x10D) 0x5, WDF_INVALID_HANDLE.</summary>
public sealed class WrongHandleDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, WrongHandleEvtDeviceAdd);
        var status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out var driver);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WdfDeviceGetIoTarget((WDFDEVICE)(WDFOBJECT)driver);
        return STATUS_SUCCESS;
    }

    private static NTSTATUS WrongHandleEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit) => STATUS_SUCCESS;
}

/// <summary>Crashes on purpose with KeBugCheckEx(MANUALLY_INITIATED_CRASH) in DriverEntry.</summary>
public sealed class ManualCrashDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        return STATUS_SUCCESS;
    }
}
