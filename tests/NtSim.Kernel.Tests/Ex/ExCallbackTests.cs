using System.Reflection;
using NtSim.Tests.Services;
using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

public sealed class ExCallbackTests
{
    private const string Name = @"\Callback\NtSimTestCallback";

    private static OBJECT_ATTRIBUTES Attributes(string name, uint attributes = OBJ_CASE_INSENSITIVE)
    {
        InitializeObjectAttributes(out var oa, new UNICODE_STRING(name), attributes, HANDLE.NULL, null);
        return oa;
    }

    [Fact]
    public void ExNotifyCallback_CallsEveryRoutineInRegistrationOrder_WithBothArguments()
    {
        using var machine = MachineAssert.Boot();
        var calls = new List<string>();
        CALLBACK_OBJECT? opened = null, created = null;
        NTSTATUS openStatus = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, ExCreateCallback(out created, Attributes(Name), true, true));
            openStatus = ExCreateCallback(out opened, Attributes(Name.ToUpperInvariant()), false, false);
            var first = ExRegisterCallback(created!, (context, a1, a2) => calls.Add($"first {context} {a1} {a2}"), "c1");
            var second = ExRegisterCallback(opened!, (context, a1, a2) => calls.Add($"second {context} {a1} {a2}"), "c2");
            ExNotifyCallback(created!, "x", 2);
            ExUnregisterCallback(first!);
            ExNotifyCallback(created!, "y", 3);
            ExUnregisterCallback(second!);
            ExNotifyCallback(created!, "z", 4);
            ObDereferenceObject(opened!);
            ObDereferenceObject(created!);
        }));
        Assert.Equal(STATUS_SUCCESS, openStatus);
        Assert.Same(created, opened);
        Assert.Equal(["first c1 x 2", "second c2 x 2", "second c2 y 3"], calls);
    }

    [Fact]
    public void ExRegisterCallback_SecondRoutineOnASingleCallbackObject_ReturnsNull()
    {
        using var machine = MachineAssert.Boot();
        object? first = null, second = null, afterUnregister = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExCreateCallback(out var callback, Attributes(Name), true, false);
            first = ExRegisterCallback(callback!, (_, _, _) => { }, null);
            second = ExRegisterCallback(callback!, (_, _, _) => { }, null);
            ExUnregisterCallback(first!);
            afterUnregister = ExRegisterCallback(callback!, (_, _, _) => { }, null);
            ExUnregisterCallback(afterUnregister!);
            ObDereferenceObject(callback!);
        }));
        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(afterUnregister);
    }

    [Fact]
    public void ExCreateCallback_MissingNameWithoutCreate_IsNameNotFound_UnnamedWithoutCreate_IsUnsuccessful()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS missing = 0, unnamed = 0, created = 0;
        CALLBACK_OBJECT? none = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            missing = ExCreateCallback(out none, Attributes(Name), false, true);
            InitializeObjectAttributes(out var noName, null, 0, HANDLE.NULL, null);
            unnamed = ExCreateCallback(out _, noName, false, true);
            created = ExCreateCallback(out var anonymous, noName, true, true);
            ObDereferenceObject(anonymous!);
        }));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, missing);
        Assert.Null(none);
        Assert.Equal(STATUS_UNSUCCESSFUL, unnamed);
        Assert.Equal(STATUS_SUCCESS, created);
    }

    [Fact]
    public void ExNotifyCallback_RoutinesRunAtTheCallersIrql()
    {
        using var machine = MachineAssert.Boot();
        KIRQL seen = PASSIVE_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ExCreateCallback(out var callback, Attributes(Name), true, true);
            var registration = ExRegisterCallback(callback!, (_, _, _) => seen = KeGetCurrentIrql(), null);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            ExNotifyCallback(callback!, null, null);
            KeLowerIrql(old);
            ExUnregisterCallback(registration!);
            ObDereferenceObject(callback!);
        }));
        Assert.Equal(DISPATCH_LEVEL, seen);
    }

    [Fact]
    public void DriverUnloadingWithARegistration_IsALeftover_AndTheNextNotifyBugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<CallbackUser>("CbUser");
        MachineAssert.Completed(machine, machine.Services.Start("CbUser"));

        var report = machine.Services.Stop("CbUser");
        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains(@"registered with \Callback\NtSimTestCallback", item.Description, StringComparison.Ordinal);

        var status = machine.Run(() =>
        {
            ExCreateCallback(out var callback, Attributes(Name), false, true);
            ExNotifyCallback(callback!, null, null);
        });
        var routine = TestDrivers.RoutineAddress(
            typeof(CallbackUser).GetMethod(nameof(CallbackUser.OnNotify), BindingFlags.NonPublic | BindingFlags.Static)!, TestDrivers.FirstImageBase);
        MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine, 8, routine, 0);
    }

    public sealed class CallbackUser : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            var status = ExCreateCallback(out var callback, Attributes(Name, OBJ_CASE_INSENSITIVE | OBJ_PERMANENT), true, true);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            // Registered and never unregistered: the driver's bug.
            ExRegisterCallback(callback!, OnNotify, null);
            ObDereferenceObject(callback!);
            return STATUS_SUCCESS;
        }

        internal static void OnNotify(object? CallbackContext, object? Argument1, object? Argument2)
        {
        }
    }
}
