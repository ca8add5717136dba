using static NtSim.Wdm;

namespace NtSim.Tests.Pnp;

public sealed class PnpManagerTests
{
    private static Machine BootWithBus(int seed = 1, VerifierFlags verifier = VerifierFlags.Standard)
    {
        var machine = Machine.Boot(new MachineOptions { Seed = seed, Verifier = verifier });
        InstallBus(machine);
        return machine;
    }

    private static void InstallBus(Machine machine)
    {
        machine.Services.Install<PnpTestBus>("TestBus");
        machine.Services.Install<PnpTestFunction>("TestFunc");
        machine.Services.Install<PnpTestUpper>("TestUpper");
        machine.Services.Install<PnpTestLower>("TestLower");
    }

    /// <summary>Gives children of the test bus their function driver and filters, as an INF install would.</summary>
    private static void InstallChildren(Machine machine)
    {
        machine.Pnp.Installer = (thread, node) =>
        {
            var key = DeviceRegistry.HardwareKey(node);
            machine.Registry.SetValue(key, "Service", "TestFunc");
            machine.Registry.SetValue(key, "UpperFilters", new[] { "TestUpper" });
            machine.Registry.SetValue(key, "LowerFilters", new[] { "TestLower" });
            return true;
        };
    }

    /// <summary>The bus as ROOT\SYSTEM\0000 with child 01 plugged in and started, with its filters.</summary>
    private static Machine BootWithChild(VerifierFlags verifier = VerifierFlags.Standard)
    {
        var machine = BootWithBus(verifier: verifier);
        InstallChildren(machine);
        machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        machine.Run(() => PnpTestBus.For(machine).Plug(1));
        machine.RunUntilIdle();
        return machine;
    }

    [Fact]
    public void BusRelations_ReturnedInPool_TheManagerFreesThem_WithoutEnteringExFreePool()
    {
        using var machine = BootWithBus();
        InstallChildren(machine);
        machine.Ddis.Counting = true;
        machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        machine.Run(() => PnpTestBus.For(machine).Plug(1));
        machine.RunUntilIdle();
        machine.Run(() => PnpTestBus.For(machine).Plug(2));
        machine.RunUntilIdle();

        // Three BusRelations lists (none, 01, 01 and 02): the third re-reports 01, whose extra reference the manager drops.
        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        var relations = machine.Pool.QueryTag(0x73754254);
        Assert.True(relations.PagedAllocs >= 3, relations.ToString());
        Assert.Equal(0, relations.Outstanding);
        Assert.Equal(0, machine.Ddis.CallCount("ExFreePool"));
        Assert.Equal(0, machine.Ddis.CallCount("ObfDereferenceObject"));
    }

    [Fact]
    public void CreateRootDevice_BusDriver_NodeStartedUnderRoot()
    {
        using var machine = BootWithBus();
        var path = machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(@"ROOT\SYSTEM\0000", path);
        var node = machine.Pnp.Find(path)!;
        Assert.Null(machine.BugCheck);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Same(machine.Pnp.Root, node.Parent);
        Assert.Equal("TestBus", node.Service);
        Assert.Equal([@"root\testbus"], node.HardwareIds);
        Assert.Equal(2, node.Stack.Count);
        Assert.Equal(["Bus: AddDevice", "Bus: FILTER_RESOURCE_REQUIREMENTS", "Bus: START_DEVICE", "Bus: QUERY_CAPABILITIES", "Bus: QUERY_PNP_DEVICE_STATE", "Bus: QUERY_DEVICE_RELATIONS"],
            PnpLog.Of(machine));
    }

    [Fact]
    public void Plug_ChildWithFilters_AddDeviceInOrderAndStackTopDown() =>
        Schedules.Explore(machine =>
        {
            InstallBus(machine);
            InstallChildren(machine);
            machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
            Assert.Equal(RunStatus.Completed, machine.Run(() => PnpTestBus.For(machine).Plug(1)));
            Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());

            var child = machine.Pnp.Find(@"TESTBUS\CHILD\01")!;
            Assert.Null(machine.BugCheck);
            Assert.Equal(DeviceNodeState.DeviceNodeStarted, child.State);
            Assert.Equal([@"TESTBUS\COMPATIBLE"], child.CompatibleIds);
            Assert.Equal(["TestUpper", "TestFunc", "TestLower", "TestBus"], child.Stack.Select(d => d.DriverObject.DriverName.ToString()[8..]));
            var log = PnpLog.Of(machine).SkipWhile(l => !l.StartsWith("Lower: AddDevice", StringComparison.Ordinal)).ToList();
            Assert.Equal(["Lower: AddDevice", "Func: AddDevice", "Upper: AddDevice", "Upper: FILTER_RESOURCE_REQUIREMENTS"], log.Take(4));
            Assert.Contains("Upper: START_DEVICE", log);
        }, 20, ExplorationStrategy.Pct()).ThrowIfFailed();

    [Fact]
    public void Unplug_StartedChild_SurpriseRemovalThenRemoveAndNodeGone()
    {
        using var machine = BootWithChild();
        var before = PnpLog.Of(machine).Count;

        machine.Run(() => PnpTestBus.For(machine).Unplug(1));
        machine.RunUntilIdle();

        Assert.Null(machine.BugCheck);
        Assert.Null(machine.Pnp.Find(@"TESTBUS\CHILD\01"));
        var log = PnpLog.Of(machine).Skip(before).Where(l => !l.StartsWith("Bus", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Upper: SURPRISE_REMOVAL", "Func: SURPRISE_REMOVAL", "Lower: SURPRISE_REMOVAL",
            "Upper: REMOVE_DEVICE", "Func: REMOVE_DEVICE", "Lower: REMOVE_DEVICE"], log);
    }

    [Fact]
    public void Remove_Bus_ChildrenRemovedFirstThenBusAndDriversUnloaded()
    {
        using var machine = BootWithChild();
        const string bus = @"ROOT\SYSTEM\0000";
        var before = PnpLog.Of(machine).Count;

        var result = machine.Pnp.Remove(bus);

        Assert.True(result.Succeeded);
        Assert.Null(machine.BugCheck);
        Assert.Single(machine.Pnp.Nodes);
        var log = PnpLog.Of(machine).Skip(before).ToList();
        Assert.Equal(["Bus: QUERY_DEVICE_RELATIONS",   // RemovalRelations, before anything is asked to go
            "Upper: QUERY_REMOVE_DEVICE", "Func: QUERY_REMOVE_DEVICE", "Lower: QUERY_REMOVE_DEVICE", "Bus: QUERY_REMOVE_DEVICE",
            "Upper: REMOVE_DEVICE", "Func: REMOVE_DEVICE", "Lower: REMOVE_DEVICE", "Bus: REMOVE_DEVICE"], log.Where(l => !l.EndsWith("Unload", StringComparison.Ordinal)));
        Assert.Contains("Func: Unload", log);
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("TestFunc").State);
    }

    [Fact]
    public void Rebalance_StartedChild_QueryStopStopThenStartAgain()
    {
        using var machine = BootWithChild();
        var before = PnpLog.Of(machine).Count;

        var result = machine.Pnp.Rebalance(@"TESTBUS\CHILD\01");

        Assert.True(result.Succeeded);
        var node = machine.Pnp.Find(@"TESTBUS\CHILD\01")!;
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Contains(DeviceNodeState.DeviceNodeStopped, node.StateHistory);
        var func = PnpLog.Of(machine).Skip(before).Where(l => l.StartsWith("Func", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Func: QUERY_STOP_DEVICE", "Func: STOP_DEVICE", "Func: FILTER_RESOURCE_REQUIREMENTS", "Func: START_DEVICE"], func.Take(4));
    }

    [Fact]
    public void Rebalance_FunctionVetoesQueryStop_CancelStopAndStillStarted()
    {
        using var machine = BootWithChild();
        var before = PnpLog.Of(machine).Count;
        PnpTestLayer.QueryStopStatus = STATUS_DEVICE_BUSY;
        PnpResult result;
        try
        {
            result = machine.Pnp.Rebalance(@"TESTBUS\CHILD\01");
        }
        finally
        {
            PnpTestLayer.QueryStopStatus = 0;
        }

        Assert.False(result.Succeeded);
        Assert.Equal(STATUS_DEVICE_BUSY, result.VetoStatus);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(@"TESTBUS\CHILD\01")!.State);
        Assert.Equal(["Upper: QUERY_STOP_DEVICE", "Func: QUERY_STOP_DEVICE", "Upper: CANCEL_STOP_DEVICE", "Func: CANCEL_STOP_DEVICE", "Lower: CANCEL_STOP_DEVICE"],
            PnpLog.Of(machine).Skip(before).Where(l => !l.StartsWith("Bus", StringComparison.Ordinal)));
    }

    [Fact]
    public void Remove_ChildWithRemovalRelation_RelatedDeviceGoesTooAndComesBackAtRescan()
    {
        using var machine = BootWithBus();
        InstallChildren(machine);
        machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        machine.Run(() =>
        {
            PnpTestBus.For(machine).Plug(1);
            PnpTestBus.For(machine).Plug(2);
        });
        machine.RunUntilIdle();
        PnpTestBus.For(machine).RemovalRelation[1] = 2;
        var before = PnpLog.Of(machine).Count;

        Assert.True(machine.Pnp.Disable(@"TESTBUS\CHILD\01").Succeeded);

        var second = machine.Pnp.Find(@"TESTBUS\CHILD\02")!;
        Assert.Equal(DeviceNodeState.DeviceNodeInitialized, second.State);
        Assert.Contains(second.Log, l => l.Contains("removed with a device it is related to", StringComparison.Ordinal));
        var log = PnpLog.Of(machine).Skip(before).ToList();
        Assert.Equal(2, log.Count(l => l == "Func: QUERY_REMOVE_DEVICE"));
        Assert.Equal(2, log.Count(l => l == "Func: REMOVE_DEVICE"));

        machine.Pnp.Enumerate();
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, second.State);
        Assert.Equal(CM_PROB_DISABLED, machine.Pnp.Find(@"TESTBUS\CHILD\01")!.Problem);
    }

    [Fact]
    public void Remove_TargetNotificationVetoes_RemovalCancelledAndDeviceStaysStarted()
    {
        using var machine = BootWithChild();
        var child = machine.Pnp.Find(@"TESTBUS\CHILD\01")!;
        var events = new List<string>();
        var handle = HANDLE.NULL;
        FILE_OBJECT? file = null;
        object? entry = null;
        var veto = true;
        machine.Run(() =>
        {
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(child.PhysicalDeviceObject!.ObjectName!), OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            Assert.Equal(STATUS_SUCCESS, ZwCreateFile(out handle, GENERIC_READ, attributes, new IO_STATUS_BLOCK(), null, 0, 0, FILE_OPEN, 0, null, 0));
            ObReferenceObjectByHandle(handle, 0, IoFileObjectType, KernelMode, out var body);
            file = (FILE_OBJECT)body!;
            IoRegisterPlugPlayNotification(EventCategoryTargetDeviceChange, 0, file, child.Stack[0].DriverObject, (n, _) =>
            {
                var removal = (TARGET_DEVICE_REMOVAL_NOTIFICATION)n;
                events.Add(removal.Event == GUID_TARGET_DEVICE_QUERY_REMOVE ? "query" : removal.Event == GUID_TARGET_DEVICE_REMOVE_CANCELLED ? "cancelled" : "complete");
                return removal.Event == GUID_TARGET_DEVICE_QUERY_REMOVE && veto ? STATUS_UNSUCCESSFUL : STATUS_SUCCESS;
            }, null, out entry);
        });

        var vetoed = machine.Pnp.Disable(child.InstancePath);

        Assert.False(vetoed.Succeeded);
        Assert.Same(child, vetoed.VetoedBy);
        Assert.Equal(STATUS_UNSUCCESSFUL, vetoed.VetoStatus);
        Assert.Equal(["query", "cancelled"], events);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, child.State);
        Assert.DoesNotContain("Func: QUERY_REMOVE_DEVICE", PnpLog.Of(machine));

        veto = false;
        Assert.True(machine.Pnp.Disable(child.InstancePath).Succeeded);
        Assert.Equal(["query", "cancelled", "query", "complete"], events);
        machine.Run(() =>
        {
            IoUnregisterPlugPlayNotificationEx(entry!);
            ObDereferenceObject(file!);
            ZwClose(handle);
        });
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void IoInvalidateDeviceState_StackReportsFailed_SurpriseRemovedWithProblem43()
    {
        using var machine = BootWithChild();
        var child = machine.Pnp.Find(@"TESTBUS\CHILD\01")!;
        var pdo = child.PhysicalDeviceObject!;
        var before = PnpLog.Of(machine).Count;
        PnpTestLayer.DeviceState = PNP_DEVICE_FAILED;
        try
        {
            machine.Run(() => IoInvalidateDeviceState(pdo));
            machine.RunUntilIdle();
        }
        finally
        {
            PnpTestLayer.DeviceState = 0;
        }

        Assert.Null(machine.BugCheck);
        Assert.Equal(CM_PROB_FAILED_POST_START, child.Problem);
        Assert.Equal(DeviceNodeState.DeviceNodeInitialized, child.State);
        Assert.Single(child.Stack);
        var func = PnpLog.Of(machine).Skip(before).Where(l => l.StartsWith("Func", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Func: QUERY_PNP_DEVICE_STATE", "Func: SURPRISE_REMOVAL", "Func: REMOVE_DEVICE"], func);
    }

    [Fact]
    public void QueryId_DeviceIdWithASpace_BugChecksInvalidId()
    {
        using var machine = BootWithBus();
        machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        PnpTestBus.For(machine).DeviceId = @"TESTBUS\BAD CHILD";
        ulong pdoAddress = 0;

        machine.Run(() =>
        {
            PnpTestBus.For(machine).Plug(4);
        });
        machine.RunUntilIdle();
        pdoAddress = machine.BugCheck?.Parameter2 ?? 0;

        Assert.Equal(PNP_DETECTED_FATAL_ERROR, machine.BugCheck!.Code);
        Assert.Equal(0x3UL, machine.BugCheck.Parameter1);
        Assert.Equal(typeof(DEVICE_OBJECT), machine.ObjectManager.FindObject(pdoAddress)?.Body.GetType());
        Assert.Equal(0UL, machine.BugCheck.Parameter3);
        Assert.Equal(1UL, machine.BugCheck.Parameter4);   // 1: the device ID
    }

    [Fact]
    public void DriverEntryFails_RootDevice_ProblemFailedDriverEntry()
    {
        using var machine = BootWithBus();
        machine.Services.Install<PnpTestRefusing>("Refusing");

        var node = machine.Pnp.Find(machine.Pnp.CreateRootDevice("REFUSING", [@"root\refusing"], service: "Refusing"))!;

        Assert.Equal(CM_PROB_FAILED_DRIVER_ENTRY, node.Problem);
        Assert.Equal(DeviceNodeState.DeviceNodeInitialized, node.State);
        Assert.Single(node.Stack);
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Refusing").State);
    }

    [Fact]
    public void StartFailure_FunctionDriver_ProblemFailedStartAndStackRemoved()
    {
        using var machine = BootWithBus();
        InstallChildren(machine);
        machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        PnpTestLayer.StartStatus = STATUS_DEVICE_CONFIGURATION_ERROR;
        try
        {
            machine.Run(() => PnpTestBus.For(machine).Plug(2));
            machine.RunUntilIdle();
        }
        finally
        {
            PnpTestLayer.StartStatus = 0;
        }

        var child = machine.Pnp.Find(@"TESTBUS\CHILD\02")!;
        Assert.Equal(CM_PROB_FAILED_START, child.Problem);
        Assert.Equal(STATUS_DEVICE_CONFIGURATION_ERROR, child.ProblemStatus);
        Assert.Single(child.Stack);
        Assert.Contains("Func: REMOVE_DEVICE", PnpLog.Of(machine));
    }

    [Fact]
    public void AddDeviceFailure_Bus_ProblemFailedAdd()
    {
        using var machine = BootWithBus();
        machine.Pnp.CreateRootDevice("OTHER", [@"root\none"], service: "NoSuchService");

        var node = machine.Pnp.Find(@"ROOT\OTHER\0000")!;
        Assert.Equal(CM_PROB_DRIVER_SERVICE_KEY_INVALID, node.Problem);
        Assert.Equal(DeviceNodeState.DeviceNodeInitialized, node.State);
    }

    [Fact]
    public void Disable_ThenEnable_ProblemDisabledThenStartedAgain()
    {
        using var machine = BootWithBus();
        var bus = machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");

        Assert.True(machine.Pnp.Disable(bus).Succeeded);
        var node = machine.Pnp.Find(bus)!;
        Assert.Equal(CM_PROB_DISABLED, node.Problem);
        Assert.Single(node.Stack);

        Assert.True(machine.Pnp.Enable(bus).Succeeded);
        Assert.Equal(0u, node.Problem);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
    }

    [Fact]
    public void BusRelations_DuplicateInstancePath_BugChecksPnpDetectedFatalError1()
    {
        using var machine = BootWithBus();
        machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        machine.Run(() => PnpTestBus.For(machine).Plug(3));
        machine.RunUntilIdle();
        var first = machine.Pnp.Find(@"TESTBUS\CHILD\03")!.PhysicalDeviceObject!;

        machine.Run(() => PnpTestBus.For(machine).Plug(3));
        machine.RunUntilIdle();

        Assert.NotNull(machine.BugCheck);
        Assert.Equal(PNP_DETECTED_FATAL_ERROR, machine.BugCheck!.Code);
        Assert.Equal(0x1UL, machine.BugCheck.Parameter1);
        Assert.NotEqual(first.Address, machine.BugCheck.Parameter2);   // the newly reported PDO
        Assert.IsType<DEVICE_OBJECT>(machine.ObjectManager.FindObject(machine.BugCheck.Parameter2)?.Body);
        Assert.Equal(first.Address, machine.BugCheck.Parameter3);
        Assert.Equal(0UL, machine.BugCheck.Parameter4);
    }

    [Fact]
    public void IoInvalidateDeviceRelations_OnFdo_BugChecksInvalidPdo()
    {
        using var machine = BootWithBus();
        var bus = machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        var fdo = machine.Pnp.Find(bus)!.Stack[0];

        machine.Run(() => IoInvalidateDeviceRelations(fdo, BusRelations));

        Assert.Equal(PNP_DETECTED_FATAL_ERROR, machine.BugCheck!.Code);
        Assert.Equal(0x2UL, machine.BugCheck.Parameter1);
        Assert.Equal(fdo.Address, machine.BugCheck.Parameter2);
        Assert.Equal(fdo.DriverObject.Address, machine.BugCheck.Parameter3);
        Assert.Equal(0UL, machine.BugCheck.Parameter4);
    }

    [Theory]
    [InlineData(true, 0x21DUL)]
    [InlineData(false, 0x21EUL)]
    public void RemoveDevice_FunctionKeepsItsDevice_BugChecksIoManagerViolation(bool forgetDetach, ulong subcode)
    {
        using var machine = BootWithChild();
        var child = machine.Pnp.Find(@"TESTBUS\CHILD\01")!;
        var fdo = child.Stack[1];
        var pdo = child.PhysicalDeviceObject!;
        PnpTestLayer.ForgetDetach = forgetDetach;
        PnpTestLayer.ForgetDelete = !forgetDetach;
        try
        {
            machine.Pnp.Remove(child.InstancePath);
        }
        finally
        {
            PnpTestLayer.ForgetDetach = false;
            PnpTestLayer.ForgetDelete = false;
        }

        Assert.Equal(DRIVER_VERIFIER_IOMANAGER_VIOLATION, machine.BugCheck!.Code);
        Assert.Equal(subcode, machine.BugCheck.Parameter1);
        Assert.Equal(fdo.Address, machine.BugCheck.Parameter2);
        Assert.Equal(pdo.Address, machine.BugCheck.Parameter3);
        Assert.Equal(0UL, machine.BugCheck.Parameter4);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RemoveDevice_FunctionKeepsItsDevice_WithoutIoVerification_TheNodeGoesAndTheDeviceLivesOn(bool forgetDetach)
    {
        using var machine = BootWithChild(VerifierFlags.Standard & ~VerifierFlags.IoVerification);
        var child = machine.Pnp.Find(@"TESTBUS\CHILD\01")!;
        var fdo = child.Stack[1];
        PnpTestLayer.ForgetDetach = forgetDetach;
        PnpTestLayer.ForgetDelete = !forgetDetach;
        try
        {
            machine.Pnp.Remove(child.InstancePath);
        }
        finally
        {
            PnpTestLayer.ForgetDetach = false;
            PnpTestLayer.ForgetDelete = false;
        }

        Assert.Null(machine.BugCheck);
        Assert.Null(machine.Pnp.Find(@"TESTBUS\CHILD\01"));
        Assert.Equal(forgetDetach, fdo.AttachedTo is not null);
    }

    [Fact]
    public void IoCallDriver_PnpIrpWithSuccessStatus_BugChecksC9With20E()
    {
        using var machine = BootWithBus();
        var bus = machine.Pnp.CreateRootDevice("SYSTEM", [@"root\testbus"], service: "TestBus");
        var pdo = machine.Pnp.Find(bus)!.PhysicalDeviceObject!;
        ulong irpAddress = 0;

        machine.Run(() =>
        {
            var irp = IoAllocateIrp(Devices.TopOf(pdo).StackSize, false)!;
            irpAddress = irp.Address;
            irp.IoStatus.Status = STATUS_SUCCESS;
            var next = IoGetNextIrpStackLocation(irp);
            next.MajorFunction = IRP_MJ_PNP;
            next.MinorFunction = IRP_MN_QUERY_PNP_DEVICE_STATE;
            IoCallDriver(Devices.TopOf(pdo), irp);
        });

        Assert.Equal(DRIVER_VERIFIER_IOMANAGER_VIOLATION, machine.BugCheck!.Code);
        Assert.Equal(0x20EUL, machine.BugCheck.Parameter1);
        Assert.Equal(irpAddress, machine.BugCheck.Parameter2);
        Assert.Equal(0UL, machine.BugCheck.Parameter3);
        Assert.Equal(0UL, machine.BugCheck.Parameter4);
    }
}
