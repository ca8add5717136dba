using System.Reflection;
using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Tests.Services;

/// <summary>The edges of a service's life: the close path finishing a pending unload, a bug check
/// in DriverEntry, and a work item an unloading driver queued.</summary>
public sealed class ServiceEdgeTests
{
    [Fact]
    public void PendingUnload_CompletesWhenTheClosePathReleasesTheLastReference()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));
        SetOpenFiles(machine, 1);
        Assert.True(machine.Services.Stop("Hello").UnloadPending);

        MachineAssert.Completed(machine, CloseLastFile(machine));

        // DriverUnload ran on the thread that closed the file, not at the next request.
        Assert.Contains("Hello: unloaded\n", machine.DebugOutput.ShownText);
        var status = machine.Services.Query("Hello");
        Assert.Equal(ServiceState.Stopped, status.State);
        Assert.True(status.LastUnloadReport!.IsClean);
        Assert.True(status.LastUnloadReport.LoadContextCollected);
    }

    [Fact]
    public void BugCheckInDriverEntry_StartReturnsBugCheck_AndLaterRequestsSeeTheHaltedMachine()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<CrashingDriver>("Crash");

        var status = machine.Services.Start("Crash");

        var bugCheck = MachineAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
        Assert.Equal("Crash", bugCheck.Module);
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Crash").State);
        Assert.Equal(RunStatus.BugCheck, machine.Services.Start("Crash"));
    }

    [Fact]
    public void WorkItemQueuedByDriverUnload_RunningAfterTheUnload_BugChecksCE()
    {
        using var machine = Machine.Boot(new MachineOptions { WorkerThreadsPerQueue = 1 });
        var gate = new KEVENT();
        var blocker = new WORK_QUEUE_ITEM();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            // The one delayed worker is busy until the gate opens: the driver's item waits behind it.
            KeInitializeEvent(gate, NotificationEvent, false);
            ExInitializeWorkItem(blocker, _ => KeWaitForSingleObject(gate, Executive, KernelMode, false, null), null);
            ExQueueWorkItem(blocker, DelayedWorkQueue);
        }));
        machine.Services.Install<LateWorkDriver>("LateWork");
        MachineAssert.Completed(machine, machine.Services.Start("LateWork"));

        var report = machine.Services.Stop("LateWork");
        Assert.Equal(UnloadLeakKind.WorkItem, Assert.Single(report.Items).Kind);
        var status = machine.Run(() => KeSetEvent(gate, 0, false));
        if (status == RunStatus.Completed)
        {
            status = machine.RunUntilIdle();
        }

        var routine = RoutineAddress(typeof(LateWorkDriver).GetMethod(nameof(LateWorkDriver.LateWorkRoutine), BindingFlags.NonPublic | BindingFlags.Static)!);
        var bugCheck = MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine, 8, routine, 0);
        Assert.Contains("work item routine LateWork!LateWorkDriver.LateWorkRoutine", bugCheck.Detail);
    }

    [Fact]
    public void DriverObjectNameTaken_StartFails_AndTheImageIsUnloaded()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() => Io.IoTestDriver.Load("Hello", (_, _) => STATUS_SUCCESS)));
        machine.Services.Create("Hello", TestDrivers.Hello);

        var e = ServiceControlManagerTests.Fails(Win32Error.ERROR_ALREADY_EXISTS, () => machine.Services.Start("Hello"));

        Assert.Equal(STATUS_OBJECT_NAME_COLLISION, e.DriverStatus);
        Assert.True(e.UnloadReport!.ImageUnloaded);
        Assert.True(e.UnloadReport.LoadContextCollected);
        Assert.DoesNotContain("Hello: DriverEntry", string.Concat(machine.DebugOutput.ShownText));
    }

    /// <summary>The address KernelModule gives a routine of the first driver image of a machine.</summary>
    private static ulong RoutineAddress(MethodInfo method) =>
        TestDrivers.RoutineAddress(method, TestDrivers.FirstImageBase);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SetOpenFiles(Machine machine, int count) =>
        machine.IoManager.Drivers.Single(d => d.Name == "Hello").DeviceObject!.ReferenceCount = count;

    /// <summary>What the file-object close path does for the last file on the device.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RunStatus CloseLastFile(Machine machine)
    {
        var device = machine.IoManager.Drivers.Single(d => d.Name == "Hello").DeviceObject!;
        return machine.Run(() =>
        {
            device.ReferenceCount = 0;
            DriverUnloader.DeviceReferenceReleased(KTHREAD.Current!, device);
        });
    }

    /// <summary>DriverEntry bug checks.</summary>
    public sealed class CrashingDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);
            return STATUS_SUCCESS;
        }
    }

    /// <summary>DriverUnload queues a work item (ExQueueWorkItem holds nothing that keeps the image).</summary>
    public sealed class LateWorkDriver : IDriver
    {
        private static readonly WORK_QUEUE_ITEM s_item = new();

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = LateWorkUnload;
            return STATUS_SUCCESS;
        }

        internal static void LateWorkRoutine(object? Parameter)
        {
        }

        private static void LateWorkUnload(DRIVER_OBJECT DriverObject)
        {
            ExInitializeWorkItem(s_item, LateWorkRoutine, null);
            ExQueueWorkItem(s_item, DelayedWorkQueue);
        }
    }
}
