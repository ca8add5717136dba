using System.Reflection;
using NtSim.Tests.Services;
using static NtSim.Wdm;

namespace NtSim.Tests.Etw;

public sealed class EtwEnableCallbackTests
{
    private static readonly Guid Provider = new("0f0e0d0c-2222-4e55-9a0e-2d0c0ffee003");

    [Fact]
    public void EnableCallback_IsCalledOnStartAndStop_WithTheSessionsCombinedLevelAndKeywords()
    {
        using var machine = MachineAssert.Boot();
        var calls = new List<(uint Code, byte Level, ulong Any, ulong All, object? Context)>();
        var context = new object();
        MachineAssert.Completed(machine, machine.Run(() =>
            EtwRegister(Provider, (_, code, level, any, all, _, ctx) => calls.Add((code, level, any, all, ctx)), context, out _)));
        Assert.Empty(calls);

        var first = machine.Tracing.StartSession("first", new TraceProviderEnable(Provider, null, TRACE_LEVEL_INFORMATION, 0x5, 0x1));
        var second = machine.Tracing.StartSession("second", new TraceProviderEnable(Provider, null, TRACE_LEVEL_VERBOSE, 0x8, 0x8));
        first.Stop();
        second.Stop();
        second.Stop();

        Assert.Equal(
        [
            (EVENT_CONTROL_CODE_ENABLE_PROVIDER, TRACE_LEVEL_INFORMATION, 0x5UL, 0x1UL, context),
            (EVENT_CONTROL_CODE_ENABLE_PROVIDER, TRACE_LEVEL_VERBOSE, 0xDUL, 0x0UL, context),
            (EVENT_CONTROL_CODE_ENABLE_PROVIDER, TRACE_LEVEL_VERBOSE, 0x8UL, 0x8UL, context),
            (EVENT_CONTROL_CODE_DISABLE_PROVIDER, (byte)0, 0UL, 0UL, context),
        ], calls);
    }

    [Fact]
    public void EtwRegister_ForAProviderASessionAlreadyEnables_CallsTheCallbackBeforeReturning()
    {
        using var machine = MachineAssert.Boot();
        machine.Tracing.StartSession("early", new TraceProviderEnable(Provider, null, TRACE_LEVEL_ERROR, 0x2));
        var calls = new List<(uint Code, byte Level, ulong Any)>();
        var enabledAfterRegister = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, (_, code, level, any, _, _, _) => calls.Add((code, level, any)), null, out var handle);
            enabledAfterRegister = calls.Count == 1 && EtwProviderEnabled(handle, TRACE_LEVEL_ERROR, 0x2);
            EtwUnregister(handle);
        }));

        Assert.True(enabledAfterRegister);
        Assert.Equal([(EVENT_CONTROL_CODE_ENABLE_PROVIDER, TRACE_LEVEL_ERROR, 0x2UL)], calls);
    }

    [Fact]
    public void StartSession_WithARunningSessionsName_Throws()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("dup", TraceProviderEnable.ById(Provider));
        Assert.Throws<InvalidOperationException>(() => machine.Tracing.StartSession("dup"));
        session.Stop();
        Assert.True(machine.Tracing.StartSession("dup").IsRunning);
    }

    [Fact]
    public void DriverUnloadingWithARegisteredProvider_IsALeftover_AndTheNextSessionBugChecksCE()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<LeakyProviderDriver>("LeakyEtw");
        MachineAssert.Completed(machine, machine.Services.Start("LeakyEtw"));

        var report = machine.Services.Stop("LeakyEtw");
        var item = Assert.Single(report.Items);
        Assert.Equal(UnloadLeakKind.Other, item.Kind);
        Assert.Contains("(EtwRegister)", item.Description, StringComparison.Ordinal);

        machine.Tracing.StartSession("late", TraceProviderEnable.ById(LeakyProviderDriver.Id));
        var method = typeof(LeakyProviderDriver).GetMethod(nameof(LeakyProviderDriver.OnEnable), BindingFlags.NonPublic | BindingFlags.Static)!;
        var routine = TestDrivers.RoutineAddress(method, TestDrivers.FirstImageBase);
        var bugCheck = machine.BugCheck;
        Assert.NotNull(bugCheck);
        Assert.Equal(DRIVER_UNLOADED_WITHOUT_CANCELLING_PENDING_OPERATIONS, bugCheck.Code);
        Assert.Equal([routine, 8UL, routine, 0UL], bugCheck.Parameters);
    }

    [Fact]
    public void DriverUnregisteringAtUnload_LeavesNothingBehind()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<TidyProviderDriver>("TidyEtw");
        MachineAssert.Completed(machine, machine.Services.Start("TidyEtw"));

        Assert.Empty(machine.Services.Stop("TidyEtw").Items);
        machine.Tracing.StartSession("late", TraceProviderEnable.ById(TidyProviderDriver.Id));
        Assert.Null(machine.BugCheck);
    }

    public sealed class LeakyProviderDriver : IDriver
    {
        internal static readonly Guid Id = new("0f0e0d0c-3333-4e55-9a0e-2d0c0ffee004");

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => { };
            return EtwRegister(Id, OnEnable, null, out _);
        }

        internal static void OnEnable(Guid SourceId, uint ControlCode, byte Level, ulong MatchAnyKeyword, ulong MatchAllKeyword,
            EVENT_FILTER_DESCRIPTOR? FilterData, object? CallbackContext)
        {
        }
    }

    public sealed class TidyProviderDriver : IDriver
    {
        internal static readonly Guid Id = new("0f0e0d0c-4444-4e55-9a0e-2d0c0ffee005");

        private REGHANDLE _handle;

        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = _ => EtwUnregister(_handle);
            return EtwRegister(Id, (_, _, _, _, _, _, _) => { }, null, out _handle);
        }
    }
}
