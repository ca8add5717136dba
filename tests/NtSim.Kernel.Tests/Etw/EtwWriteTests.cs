using static NtSim.Wdm;

namespace NtSim.Tests.Etw;

public sealed class EtwWriteTests
{
    private static readonly Guid Provider = new("6b1a2c4e-1f11-4e55-9a0e-2d0c0ffee001");
    private static readonly Guid Other = new("6b1a2c4e-1f11-4e55-9a0e-2d0c0ffee002");

    private static EVENT_DESCRIPTOR Event(ushort id, byte level, ulong keyword)
    {
        EventDescCreate(out var descriptor, id, 0, 0, level, 0, 0, keyword);
        return descriptor;
    }

    [Fact]
    public void EtwWrite_ProviderNoSessionEnables_ReturnsSuccessAndRecordsNothing()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("other", TraceProviderEnable.ById(Other));
        bool enabled = true;
        NTSTATUS status = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            var descriptor = Event(1, TRACE_LEVEL_ERROR, 0);
            enabled = EtwEventEnabled(handle, descriptor) || EtwProviderEnabled(handle, 0, 0);
            status = EtwWrite(handle, descriptor, null, 0, []);
            EtwUnregister(handle);
        }));

        Assert.False(enabled);
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Empty(session.Events);
    }

    [Fact]
    public void Sessions_FilterByLevelAndKeyword_Exactly()
    {
        using var machine = MachineAssert.Boot();
        var any = machine.Tracing.StartSession("any", new TraceProviderEnable(Provider, null, TRACE_LEVEL_WARNING, 0x2));
        var all = machine.Tracing.StartSession("all", new TraceProviderEnable(Provider, null, 0, 0x3, 0x3));
        var enabled = new List<ushort>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            (ushort Id, byte Level, ulong Keyword)[] events =
            [
                (1, TRACE_LEVEL_ERROR, 0x2), (2, TRACE_LEVEL_INFORMATION, 0x2), (3, TRACE_LEVEL_WARNING, 0x1), (4, TRACE_LEVEL_WARNING, 0),
                (5, TRACE_LEVEL_NONE, 0x4), (6, TRACE_LEVEL_VERBOSE, 0x3), (7, TRACE_LEVEL_VERBOSE, 0x7),
            ];
            foreach (var (id, level, keyword) in events)
            {
                var descriptor = Event(id, level, keyword);
                if (EtwEventEnabled(handle, descriptor))
                {
                    enabled.Add(id);
                }

                Assert.Equal(STATUS_SUCCESS, EtwWrite(handle, descriptor, null, 0, []));
            }

            EtwUnregister(handle);
        }));

        // "any": level <= 3 (0 always) and keyword 0 or with bit 0x2. "all": any level, keyword 0 or with both bits 0x3.
        Assert.Equal([1, 4], any.Events.Select(e => (int)e.Id));
        Assert.Equal([4, 6, 7], all.Events.Select(e => (int)e.Id));
        Assert.Equal([1, 4, 6, 7], enabled.Select(id => (int)id));
    }

    [Fact]
    public void EtwWrite_RecordsPayloadDescriptorTimeAndWhere()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        ulong threadId = 0;
        long before = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            EventDataDescCreate(out EVENT_DATA_DESCRIPTOR number, 42);
            EventDataDescCreate(out EVENT_DATA_DESCRIPTOR text, "hi");
            EventDataDescCreate(out EVENT_DATA_DESCRIPTOR bytes, new byte[] { 0xAB, 0xCD });
            var descriptor = new EVENT_DESCRIPTOR { Id = 7, Version = 1, Level = TRACE_LEVEL_INFORMATION, Opcode = 1, Task = 3, Keyword = 0x10 };
            threadId = PsGetCurrentThreadId().Value;
            before = machine.InterruptTime;
            Assert.Equal(STATUS_SUCCESS, EtwWrite(handle, descriptor, null, 3, [number, text, bytes]));
            EtwUnregister(handle);
        }));

        var record = Assert.Single(session.Events);
        Assert.Equal(TraceEventKind.Manifest, record.Kind);
        Assert.Equal(Provider, record.ProviderId);
        Assert.Equal((7, 1, TRACE_LEVEL_INFORMATION, 1, 3, 0x10UL), (record.Id, record.Version, record.Level, record.Opcode, record.Task, record.Keyword));
        Assert.Equal(new byte[] { 42, 0, 0, 0, (byte)'h', 0, (byte)'i', 0, 0, 0, 0xAB, 0xCD }, record.Payload);
        Assert.Equal(threadId, record.ThreadId);
        Assert.Equal(4UL, record.ProcessId);
        Assert.Equal(before, record.InterruptTime);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).ToFileTimeUtc() + before, record.SystemTime);
        Assert.Equal(Guid.Empty, record.ActivityId);
    }

    [Fact]
    public void EtwWriteString_RecordsTheString_AndTraceFormatPrintsIt()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var session = machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        ulong threadId = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            threadId = PsGetCurrentThreadId().Value;
            Assert.Equal(STATUS_SUCCESS, EtwWriteString(handle, TRACE_LEVEL_WARNING, 0, null, "disk nearly full"));
            EtwUnregister(handle);
        }));

        var record = Assert.Single(session.Events);
        Assert.Equal(TraceEventKind.String, record.Kind);
        Assert.Equal($"[0]0004.{threadId:X4}::01/01/2026-00:00:00.000 [{Provider:D}]disk nearly full", TraceFormat.Line(record));
    }

    [Fact]
    public void InvalidHandles_GetStatusInvalidHandle_AndAreNeverEnabled()
    {
        using var machine = MachineAssert.Boot();
        machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        var statuses = new List<NTSTATUS>();
        var enabled = new List<bool>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var descriptor = Event(1, TRACE_LEVEL_ERROR, 0);
            EtwRegister(Provider, null, null, out var handle);
            statuses.Add(EtwUnregister(handle));
            foreach (var stale in new[] { handle, default })
            {
                statuses.Add(EtwUnregister(stale));
                statuses.Add(EtwWrite(stale, descriptor, null, 0, []));
                statuses.Add(EtwWriteString(stale, 0, 0, null, "x"));
                enabled.Add(EtwEventEnabled(stale, descriptor));
                enabled.Add(EtwProviderEnabled(stale, 0, 0));
            }
        }));

        Assert.Equal(STATUS_SUCCESS, statuses[0]);
        Assert.All(statuses.Skip(1), s => Assert.Equal(STATUS_INVALID_HANDLE, s));
        Assert.All(enabled, Assert.False);
    }

    [Fact]
    public void EtwWrite_MoreThan128Descriptors_IsStatusInvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        machine.Tracing.StartSession("s", TraceProviderEnable.ById(Provider));
        NTSTATUS status = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            EtwRegister(Provider, null, null, out var handle);
            var data = new EVENT_DATA_DESCRIPTOR[129];
            status = EtwWrite(handle, Event(1, 0, 0), null, 129, data);
            EtwUnregister(handle);
        }));

        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }

    [Fact]
    public void EtwRegister_AtDispatchLevel_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            EtwRegister(Provider, null, null, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
