using System.Runtime.CompilerServices;
using static NtSim.Wdm;

namespace NtSim.Tests.Services;

/// <summary>What a driver leaves behind at stop, each with its line; the verifier's 0xC4/0x62 under
/// pool tracking; and 0xCE when the unloaded driver's code is called later.</summary>
public sealed class UnloadReportTests
{
    private const string LeakyParameters = @"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Leaky\Parameters";
    private const string Source = "LeakyDriver.cs";

    [Fact]
    public void Stop_Leaky_ReportsEveryLeakWithTheLineThatMadeIt()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Create("Leaky", TestDrivers.Leaky);
        MachineAssert.Completed(machine, machine.Services.Start("Leaky"));
        MachineAssert.Completed(machine, SendRead(machine));

        var report = machine.Services.Stop("Leaky");

        Assert.Equal(RunStatus.Completed, report.RunStatus);
        Assert.Equal(
            [UnloadLeakKind.DeviceObject, UnloadLeakKind.SymbolicLink, UnloadLeakKind.WorkItem, UnloadLeakKind.PoolAllocation,
                UnloadLeakKind.PoolAllocation, UnloadLeakKind.Timer, UnloadLeakKind.PendingIrp],
            report.Items.Select(i => i.Kind));
        AssertFrom(report.Items[0], "leak:device", @"device object \Device\Leaky not deleted");
        AssertFrom(report.Items[1], "leak:link", @"symbolic link \GLOBAL??\Leaky -> \Device\Leaky not deleted");
        AssertFrom(report.Items[2], "leak:workitem", @"IO_WORKITEM for \Device\Leaky");
        AssertFrom(report.Items[3], "leak:pool", "Pool 'Leak' 64 bytes");
        AssertFrom(report.Items[4], "leak:pool", "Pool 'Leak' 64 bytes");
        AssertFrom(report.Items[5], "leak:timer", "KTIMER one-shot with DPC Leaky!LeakyDriver.LeakyTimerDpc still set");
        Assert.Contains(@"IRP IRP_MJ_READ sent to \Device\Leaky", report.Items[6].Description);
        Assert.Equal("(unknown)", report.Items[6].Location);
        Assert.Equal(report.Items.Count, report.OfKind(UnloadLeakKind.PoolAllocation).Count + 5);

        // The undeleted device holds the driver object: the image stays, and so does the service's slot.
        Assert.False(report.ImageUnloaded);
        Assert.Null(report.LoadContextCollected);
        Assert.Contains(@"\Device\Leaky (not deleted)", report.Note);
        Assert.DoesNotContain("Leaky", machine.ListObjectDirectory(@"\Driver"));
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Leaky").State);
        var restart = ServiceControlManagerTests.Fails(Win32Error.ERROR_SERVICE_ALREADY_RUNNING, () => machine.Services.Start("Leaky"));
        Assert.Equal(STATUS_IMAGE_ALREADY_LOADED, restart.DriverStatus);

        var text = report.ToString();
        Assert.Contains("Unload report of Leaky: 7 leak(s)", text);
        Assert.Contains($"DeviceObject: device object \\Device\\Leaky not deleted", text);
        Assert.Contains($"from {Source}:{TestDrivers.LineOf("Leaky", Source, "leak:device")}", text);
        Assert.Contains("image: still loaded", text);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void Stop_LeakedTimer_KeepsTheLoadContextAlive_AndTheReportSaysWhy()
    {
        using var machine = MachineAssert.Boot();
        CreateLeaky(machine, pool: 0, timer: 1);
        MachineAssert.Completed(machine, machine.Services.Start("Leaky"));

        var report = machine.Services.Stop("Leaky");

        var timer = Assert.Single(report.Items);
        AssertFrom(timer, "leak:timer", "still set");
        Assert.True(report.ImageUnloaded);
        Assert.False(report.LoadContextCollected);
        Assert.Contains(report.StillAlive, s => s.StartsWith("static field LeakyDriver.s_timer (KTIMER) is not null", StringComparison.Ordinal));
        Assert.Contains(report.StillAlive, s => s.StartsWith("Timer: KTIMER one-shot with DPC Leaky!LeakyDriver.LeakyTimerDpc", StringComparison.Ordinal));
        Assert.Contains("load context: NOT collected", report.ToString());
    }

    [Fact]
    public void PoolLeft_WithoutPoolTracking_IsReportedOnly_AndDoesNotKeepTheContext()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.Standard & ~VerifierFlags.PoolTracking });
        CreateLeaky(machine, pool: 3, timer: 0);
        MachineAssert.Completed(machine, machine.Services.Start("Leaky"));

        var report = machine.Services.Stop("Leaky");

        Assert.Equal(RunStatus.Completed, report.RunStatus);
        Assert.Null(machine.BugCheck);
        Assert.Equal(3, report.OfKind(UnloadLeakKind.PoolAllocation).Count);
        Assert.Equal(3, report.Items.Count);
        Assert.True(report.ImageUnloaded);
        Assert.True(report.LoadContextCollected, report.ToString());
        Assert.Equal(3, machine.Pool.QueryTag("Leak").Outstanding);
    }

    [Fact]
    public void PoolLeft_WithPoolTracking_BugChecksC4_62()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.PoolTracking });
        CreateLeaky(machine, pool: 3, timer: 0);
        MachineAssert.Completed(machine, machine.Services.Start("Leaky"));
        var driverName = DriverObjectAddress(machine, "Leaky") + 0x38;

        var report = machine.Services.Stop("Leaky");

        var bugCheck = MachineAssert.BugCheck(machine, report.RunStatus, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x62, driverName, 0, 3);
        Assert.Equal("Leaky", bugCheck.Module);
        Assert.Contains("Leaky unloaded without freeing 3 pool allocation(s)", bugCheck.Detail);
        Assert.Equal(3, report.OfKind(UnloadLeakKind.PoolAllocation).Count);
        Assert.Same(report, machine.Services.Query("Leaky").LastUnloadReport);
    }

    [Fact]
    public void CleanUnload_WithPoolTracking_DoesNotBugCheck()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.Standard });
        machine.Services.Create("Hello", TestDrivers.Hello);
        MachineAssert.Completed(machine, machine.Services.Start("Hello"));

        var report = machine.Services.Stop("Hello");

        Assert.Equal(RunStatus.Completed, report.RunStatus);
        Assert.True(report.IsClean);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void LeakedTimer_FiringAfterUnload_BugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        CreateLeaky(machine, pool: 0, timer: 1);
        MachineAssert.Completed(machine, machine.Services.Start("Leaky"));
        var dpc = TestDrivers.RoutineAddress(TestDrivers.Leaky, TestDrivers.FirstImageBase, "LeakyDriver", "LeakyTimerDpc");
        Assert.True(machine.Services.Stop("Leaky").ImageUnloaded);

        var status = machine.AdvanceTime(TimeSpan.FromSeconds(2));

        var bugCheck = MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, dpc, 8, dpc, 0);
        Assert.Equal("Leaky", bugCheck.Module);
        Assert.Contains("DPC routine Leaky!LeakyDriver.LeakyTimerDpc", bugCheck.Detail);
        Assert.DoesNotContain("Leaky: timer fired\n", machine.DebugOutput.ShownText);
    }

    [Fact]
    public void LeakedThread_ResumingAfterUnload_BugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        CreateLeaky(machine, pool: 0, timer: 0, thread: 1);
        MachineAssert.Completed(machine, machine.Services.Start("Leaky"));
        var routine = TestDrivers.RoutineAddress(TestDrivers.Leaky, TestDrivers.FirstImageBase, "LeakyDriver", "LeakyThread");

        var report = machine.Services.Stop("Leaky");
        AssertFrom(Assert.Single(report.Items), "leak:thread", "running LeakyDriver.LeakyThread still running");
        var status = machine.AdvanceTime(TimeSpan.FromSeconds(1));

        var bugCheck = MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine, 8, routine, 0);
        Assert.Contains("system thread", bugCheck.Detail);
    }

    [Fact]
    public void HostDriverType_RunsAsAModuleNamedAfterItsService()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<PoolKeeper>("Keeper");
        MachineAssert.Completed(machine, machine.Services.Start("Keeper"));
        Assert.Single(machine.Tracking.Outstanding("Keeper"));
        Assert.Equal("Keeper", DpcModule(machine));

        var report = machine.Services.Stop("Keeper");

        var pool = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.PoolAllocation, pool.Kind);
        Assert.Equal($"{nameof(UnloadReportTests)}.cs:{PoolKeeper.AllocationLine}", pool.Location);
        Assert.True(report.ImageUnloaded);
        Assert.Null(report.LoadContextCollected);
    }

    [Fact]
    public void Stop_DriverKeepsAnIrpItAllocated_ReportsItWithItsLine()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<IrpKeeper>("IrpKeeper");
        MachineAssert.Completed(machine, machine.Services.Start("IrpKeeper"));

        var report = machine.Services.Stop("IrpKeeper");

        // An IRP still owned by the driver is never "leaks: none".
        var irp = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.AllocatedIrp, irp.Kind);
        Assert.Contains("IRP IRP_MJ_READ allocated and never freed (not sent)", irp.Description);
        Assert.Equal($"{nameof(UnloadReportTests)}.cs:{IrpKeeper.AllocationLine}", irp.Location);
        Assert.DoesNotContain("leaks: none", report.ToString());
    }

    private static void CreateLeaky(Machine machine, uint pool, uint timer, uint thread = 0)
    {
        machine.Services.Create("Leaky", TestDrivers.Leaky);
        machine.Registry.SetValue(LeakyParameters, "KeepDevice", 0u);
        machine.Registry.SetValue(LeakyParameters, "KeepLink", 0u);
        machine.Registry.SetValue(LeakyParameters, "WorkItem", 0u);
        machine.Registry.SetValue(LeakyParameters, "PoolBlocks", pool);
        machine.Registry.SetValue(LeakyParameters, "SetTimer", timer);
        machine.Registry.SetValue(LeakyParameters, "Thread", thread);
    }

    private static void AssertFrom(UnloadReportItem item, string marker, string description)
    {
        Assert.Contains(description, item.Description);
        Assert.Equal(Source, Path.GetFileName(item.File));
        Assert.Equal(TestDrivers.LineOf("Leaky", Source, marker), item.Line);
    }

    // Frames of their own: a test frame holding a driver's objects would keep its context alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RunStatus SendRead(Machine machine) => machine.Run(() =>
    {
        var device = machine.IoManager.Drivers.Single(d => d.Name == "Leaky").DeviceObject!;
        var irp = IoAllocateIrp(device.StackSize, false);
        var next = IoGetNextIrpStackLocation(irp);
        next.MajorFunction = IRP_MJ_READ;
        next.Parameters.Read.Length = 16;
        Assert.Equal(STATUS_PENDING, IoCallDriver(device, irp));
    });

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong DriverObjectAddress(Machine machine, string name) => machine.IoManager.Drivers.Single(d => d.Name == name).Address;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string DpcModule(Machine machine) => PoolKeeper.Dpc.Module!.Name;

    /// <summary>A host driver type that keeps a pool block and initializes a DPC.</summary>
    public sealed class IrpKeeper : IDriver
    {
        private static IRP? s_kept;

        internal static int AllocationLine { get; private set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => s_kept = null;
            AllocationLine = Line(); s_kept = IoAllocateIrp(2, false);
            IoGetNextIrpStackLocation(s_kept).MajorFunction = IRP_MJ_READ;
            return STATUS_SUCCESS;
        }

        private static int Line([CallerLineNumber] int line = 0) => line;
    }

    public sealed class PoolKeeper : IDriver
    {
        internal static readonly KDPC Dpc = new();

        internal static int AllocationLine { get; private set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            KeInitializeDpc(Dpc, (_, _, _, _) => { }, null);
            AllocationLine = Line(); var block = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, TAG("Keep"));
            return block.IsNull ? STATUS_INSUFFICIENT_RESOURCES : STATUS_SUCCESS;
        }

        private static int Line([CallerLineNumber] int line = 0) => line;
    }
}
