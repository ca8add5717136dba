using System.Reflection;
using NtSim.Tests.Io;
using NtSim.Tests.Services;
using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class CmRegisterCallbackTests
{
    private const string KeyName = CmTest.Services + @"\Filtered";

    [Fact]
    public void CmRegisterCallbackEx_SetValue_GetsPreAndPostWithTheDocumentedFields()
    {
        using var machine = MachineAssert.Boot();
        var seen = new List<REG_NOTIFY_CLASS>();
        REG_SET_VALUE_KEY_INFORMATION? pre = null;
        REG_POST_OPERATION_INFORMATION? post = null;
        string? keyName = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(KeyName);
            LARGE_INTEGER cookie = default;
            Assert.Equal(STATUS_SUCCESS, CmRegisterCallbackEx((context, argument1, argument2) =>
            {
                var notifyClass = (REG_NOTIFY_CLASS)argument1!;
                seen.Add(notifyClass);
                if (notifyClass == REG_NOTIFY_CLASS.RegNtPreSetValueKey)
                {
                    pre = (REG_SET_VALUE_KEY_INFORMATION)argument2!;
                    pre.CallContext = "mine";
                    CmCallbackGetKeyObjectID(cookie, pre.Object, out _, out var name);
                    keyName = name.ToString();
                }
                else if (notifyClass == REG_NOTIFY_CLASS.RegNtPostSetValueKey)
                {
                    post = (REG_POST_OPERATION_INFORMATION)argument2!;
                }

                return STATUS_SUCCESS;
            }, "385000", Filter(), null, out cookie, null));
            CmTest.SetDword(key, "Answer", 42);
            Assert.Equal(STATUS_SUCCESS, CmUnRegisterCallback(cookie));
            CmTest.Close(key);
        }));
        Assert.Equal([REG_NOTIFY_CLASS.RegNtPreSetValueKey, REG_NOTIFY_CLASS.RegNtPostSetValueKey], seen);
        Assert.Equal("Answer", pre!.ValueName.ToString());
        Assert.Equal(REG_DWORD, pre.Type);
        Assert.Equal(4u, pre.DataSize);
        Assert.Equal(42, BitConverter.ToInt32(pre.Data.Span));
        // The key's own path: CurrentControlSet is a link to ControlSet001.
        Assert.Equal(@"\REGISTRY\MACHINE\SYSTEM\ControlSet001\Services\Filtered", keyName, ignoreCase: true);
        Assert.Equal(STATUS_SUCCESS, post!.Status);
        Assert.Same(pre, post.PreInformation);
        Assert.Same(pre.Object, post.Object);
        Assert.Equal("mine", post.CallContext);
    }

    [Fact]
    public void CmRegisterCallbackEx_CallsHighestAltitudeFirst_LegacyRoutinesBeforeThem()
    {
        using var machine = MachineAssert.Boot();
        var order = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(KeyName);
            var cookies = new List<LARGE_INTEGER>();
            foreach (var altitude in new[] { "100", "300.5", "200" })
            {
                Assert.Equal(STATUS_SUCCESS, CmRegisterCallbackEx(Recorder(order, altitude), altitude, Filter(), null, out var cookie, null));
                cookies.Add(cookie);
            }

            Assert.Equal(STATUS_SUCCESS, CmRegisterCallback(Recorder(order, "legacy"), null, out var legacy));
            cookies.Add(legacy);
            CmTest.SetDword(key, "Order", 1);
            cookies.ForEach(c => Assert.Equal(STATUS_SUCCESS, CmUnRegisterCallback(c)));
            CmTest.Close(key);
        }));
        // Pre-notifications, then the post-notifications in the same order.
        Assert.Equal(["legacy", "300.5", "200", "100", "legacy", "300.5", "200", "100"], order);
    }

    [Fact]
    public void CmRegisterCallbackEx_SameAltitudeTwice_IsAltitudeCollision()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS second = 0, badAltitude = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmRegisterCallbackEx(Pass, "320000", Filter(), null, out var cookie, null));
            second = CmRegisterCallbackEx(Pass, "320000", Filter(), null, out _, null);
            badAltitude = CmRegisterCallbackEx(Pass, "high", Filter(), null, out _, null);
            Assert.Equal(STATUS_SUCCESS, CmUnRegisterCallback(cookie));
        }));
        Assert.Equal(STATUS_FLT_INSTANCE_ALTITUDE_COLLISION, second);
        Assert.Equal(STATUS_INVALID_PARAMETER, badAltitude);
    }

    [Fact]
    public void PreCallbackFailing_BlocksTheOperationWithItsStatus_LowerRoutinesAreNotCalled()
    {
        using var machine = MachineAssert.Boot();
        var order = new List<string>();
        NTSTATUS set = 0, delete = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(KeyName);
            CmTest.SetDword(key, "Keep", 7);
            CmRegisterCallbackEx(Recorder(order, "high"), "300", Filter(), null, out var high, null);
            CmRegisterCallbackEx((_, argument1, _) =>
            {
                order.Add((REG_NOTIFY_CLASS)argument1! == REG_NOTIFY_CLASS.RegNtPreSetValueKey ? "blocker set" : "blocker delete");
                return STATUS_ACCESS_DENIED;
            }, "200", Filter(), null, out var blocker, null);
            CmRegisterCallbackEx(Recorder(order, "low"), "100", Filter(), null, out var low, null);
            set = ZwSetValueKey(key, "Blocked", 0, REG_DWORD, RegistryData.Dword(1));
            delete = ZwDeleteValueKey(key, "Keep");
            CmUnRegisterCallback(high);
            CmUnRegisterCallback(blocker);
            CmUnRegisterCallback(low);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_ACCESS_DENIED, set);
        Assert.Equal(STATUS_ACCESS_DENIED, delete);
        Assert.Null(machine.Registry.GetValue(KeyName, "Blocked"));
        Assert.NotNull(machine.Registry.GetValue(KeyName, "Keep"));
        // The post goes to the routine above the blocker only (it passed the pre-notification).
        Assert.Equal(["high", "blocker set", "high", "high", "blocker delete", "high"], order);
    }

    [Fact]
    public void PreCallbackBypass_CallerSeesSuccess_OperationIsNotDone()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS set = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(KeyName);
            CmRegisterCallbackEx((_, _, _) => STATUS_CALLBACK_BYPASS, "300", Filter(), null, out var cookie, null);
            set = ZwSetValueKey(key, "Bypassed", 0, REG_DWORD, RegistryData.Dword(1));
            CmUnRegisterCallback(cookie);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_SUCCESS, set);
        Assert.Null(machine.Registry.GetValue(KeyName, "Bypassed"));
    }

    [Fact]
    public void OpenAndCreate_AreRegNtPreOpenKeyExAndCreateKeyEx_WithTheNameAsGiven()
    {
        using var machine = MachineAssert.Boot();
        var seen = new List<(REG_NOTIFY_CLASS, string?)>();
        object? opened = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            CmRegisterCallbackEx((_, argument1, argument2) =>
            {
                var notifyClass = (REG_NOTIFY_CLASS)argument1!;
                seen.Add((notifyClass, (argument2 as REG_CREATE_KEY_INFORMATION)?.CompleteName.ToString()));
                if (notifyClass == REG_NOTIFY_CLASS.RegNtPostOpenKeyEx)
                {
                    opened ??= ((REG_POST_OPERATION_INFORMATION)argument2!).Object;
                }

                return STATUS_SUCCESS;
            }, "300", Filter(), null, out var cookie, null);
            var key = CmTest.Create(KeyName);
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(KeyName, out var again));
            Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, CmTest.Open(KeyName + @"\Missing", out _));
            CmUnRegisterCallback(cookie);
            CmTest.Close(again);
            CmTest.Close(key);
        }));
        Assert.Equal(
            [
                (REG_NOTIFY_CLASS.RegNtPreCreateKeyEx, KeyName), (REG_NOTIFY_CLASS.RegNtPostCreateKeyEx, null),
                (REG_NOTIFY_CLASS.RegNtPreOpenKeyEx, KeyName), (REG_NOTIFY_CLASS.RegNtPostOpenKeyEx, null),
                (REG_NOTIFY_CLASS.RegNtPreOpenKeyEx, KeyName + @"\Missing"), (REG_NOTIFY_CLASS.RegNtPostOpenKeyEx, null),
            ],
            seen);
        Assert.NotNull(opened);
    }

    [Fact]
    public void CmUnRegisterCallback_UnknownCookie_IsInvalidParameter_AndAnUnregisteredRoutineIsNotCalled()
    {
        using var machine = MachineAssert.Boot();
        var calls = 0;
        NTSTATUS again = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(KeyName);
            CmRegisterCallbackEx((_, _, _) =>
            {
                calls++;
                return STATUS_SUCCESS;
            }, "300", Filter(), null, out var cookie, null);
            CmUnRegisterCallback(cookie);
            again = CmUnRegisterCallback(cookie);
            CmTest.SetDword(key, "Quiet", 1);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, again);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void DriverUnloadingWithItsRegistryCallback_IsALeftover_AndTheNextRegistryCallBugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<RegistryFilterDriver>("RegFilter");
        MachineAssert.Completed(machine, machine.Services.Start("RegFilter"));

        RegistryFilterDriver.UnregisterAtUnload = false;
        var report = machine.Services.Stop("RegFilter");
        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains("registry callback", item.Description, StringComparison.Ordinal);

        var status = machine.Run(() => CmTest.Create(KeyName));
        var routine = RoutineAddress(typeof(RegistryFilterDriver).GetMethod(nameof(RegistryFilterDriver.FilterCallback), BindingFlags.NonPublic | BindingFlags.Static)!);
        MachineAssert.BugCheck(machine, status, DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, routine, 8, routine, 0);
    }

    [Fact]
    public void DriverUnregisteringAtUnload_LeavesNothingBehind()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<RegistryFilterDriver>("RegFilter");
        MachineAssert.Completed(machine, machine.Services.Start("RegFilter"));

        RegistryFilterDriver.UnregisterAtUnload = true;
        var report = machine.Services.Stop("RegFilter");

        Assert.Empty(report.Items);
        MachineAssert.Completed(machine, machine.Run(() => CmTest.Close(CmTest.Create(KeyName))));
    }

    [Fact]
    public void CmGetCallbackVersion_Is1Point1()
    {
        using var machine = MachineAssert.Boot();
        uint major = 0, minor = 0;
        MachineAssert.Completed(machine, machine.Run(() => CmGetCallbackVersion(out major, out minor)));
        Assert.Equal((1u, 1u), (major, minor));
    }

    private static ulong RoutineAddress(MethodInfo method) =>
        TestDrivers.RoutineAddress(method, TestDrivers.FirstImageBase);

    /// <summary>A driver object to register with (loaded once per machine).</summary>
    private static DRIVER_OBJECT Filter() =>
        KTHREAD.Current!.Machine.IoManager.Drivers.FirstOrDefault(d => d.Name.EndsWith("CmFilter", StringComparison.Ordinal))
        ?? IoTestDriver.Load("CmFilter", (_, _) => STATUS_SUCCESS);

    private static NTSTATUS Pass(object? context, object? argument1, object? argument2) => STATUS_SUCCESS;

    private static EX_CALLBACK_FUNCTION Recorder(List<string> order, string name) => (_, argument1, _) =>
    {
        var notifyClass = (REG_NOTIFY_CLASS)argument1!;
        if (notifyClass is REG_NOTIFY_CLASS.RegNtPreSetValueKey or REG_NOTIFY_CLASS.RegNtPostSetValueKey
            or REG_NOTIFY_CLASS.RegNtPreDeleteValueKey or REG_NOTIFY_CLASS.RegNtPostDeleteValueKey)
        {
            order.Add(name);
        }

        return STATUS_SUCCESS;
    };

    public sealed class RegistryFilterDriver : IDriver
    {
        private static LARGE_INTEGER s_cookie;

        internal static bool UnregisterAtUnload { get; set; }

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = FilterUnload;
            return CmRegisterCallbackEx(FilterCallback, "385201", DriverObject, null, out s_cookie, null);
        }

        internal static NTSTATUS FilterCallback(object? CallbackContext, object? Argument1, object? Argument2) => STATUS_SUCCESS;

        private static void FilterUnload(DRIVER_OBJECT DriverObject)
        {
            if (UnregisterAtUnload)
            {
                CmUnRegisterCallback(s_cookie);
            }
        }
    }
}
