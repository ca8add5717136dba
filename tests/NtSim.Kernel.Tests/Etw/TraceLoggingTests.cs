using static NtSim.Wdm;

namespace NtSim.Tests.Etw;

public sealed class TraceLoggingTests
{
    private static readonly TraceLoggingHProvider s_provider =
        TRACELOGGING_DEFINE_PROVIDER("NtSim.Tests.Sample", new Guid("0f0e0d0c-6666-4e55-9a0e-2d0c0ffee007"));

    [Fact]
    public void TraceLoggingWrite_RecordsTypedFields_AndTraceFormatPrintsThem()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("s", TraceProviderEnable.ByName("ntsim.tests.sample"));
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, TraceLoggingRegister(s_provider));
            var bytesRead = 64;
            TraceLoggingWrite(s_provider, "ReadCompleted",
                TraceLoggingLevel(TRACE_LEVEL_INFORMATION),
                TraceLoggingKeyword(0x4),
                TraceLoggingValue(bytesRead),
                TraceLoggingHexUInt32(0xC0DE, "Tag"),
                TraceLoggingWideString(@"\Device\Zero", "Device"),
                TraceLoggingNTStatus(STATUS_END_OF_FILE, "Status"),
                TraceLoggingBoolean(true, "Last"),
                TraceLoggingGuid(new Guid("11111111-2222-3333-4444-555555555555"), "Id"));
            TraceLoggingUnregister(s_provider);
        }));

        var record = Assert.Single(session.Events);
        Assert.Equal(TraceEventKind.TraceLogging, record.Kind);
        Assert.Equal(("ReadCompleted", TRACE_LEVEL_INFORMATION, 0x4UL), (record.EventName, record.Level, record.Keyword));
        Assert.Equal(["bytesRead:Int32", "Tag:HexUInt32", "Device:WideString", "Status:NTStatus", "Last:Boolean", "Id:Guid"],
            record.Fields.Select(f => $"{f.Name}:{f.Type}"));
        Assert.Equal(64, record.Fields[0].Value);
        Assert.Equal("ReadCompleted: bytesRead=64, Tag=0xC0DE, Device=\\Device\\Zero, Status=STATUS_END_OF_FILE, Last=true, "
            + "Id={11111111-2222-3333-4444-555555555555}", TraceFormat.Message(record));
        Assert.EndsWith(" [NtSim.Tests.Sample]" + TraceFormat.Message(record), TraceFormat.Line(record), StringComparison.Ordinal);
    }

    [Fact]
    public void TraceLoggingWrite_DefaultLevelIsVerbose_AndSessionsFilterLevelAndKeyword()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("s", new TraceProviderEnable(s_provider.ProviderId, null, TRACE_LEVEL_INFORMATION, 0x1));
        var enabled = new List<bool>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            TraceLoggingRegister(s_provider);
            TraceLoggingWrite(s_provider, "NoLevel");
            TraceLoggingWrite(s_provider, "Info", TraceLoggingLevel(TRACE_LEVEL_INFORMATION));
            TraceLoggingWrite(s_provider, "WrongKeyword", TraceLoggingLevel(TRACE_LEVEL_ERROR), TraceLoggingKeyword(0x2));
            TraceLoggingWrite(s_provider, "RightKeyword", TraceLoggingLevel(TRACE_LEVEL_ERROR), TraceLoggingKeyword(0x3));
            enabled.Add(TraceLoggingProviderEnabled(s_provider, TRACE_LEVEL_VERBOSE, 0));
            enabled.Add(TraceLoggingProviderEnabled(s_provider, TRACE_LEVEL_WARNING, 0x1));
            TraceLoggingUnregister(s_provider);
            TraceLoggingWrite(s_provider, "AfterUnregister", TraceLoggingLevel(TRACE_LEVEL_ERROR));
        }));

        Assert.Equal(["Info", "RightKeyword"], session.Events.Select(e => e.EventName));
        Assert.Equal([false, true], enabled);
    }

    [Fact]
    public void TraceLoggingRegister_Twice_IsStatusInvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        var statuses = new List<NTSTATUS>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            statuses.Add(TraceLoggingRegister(s_provider));
            statuses.Add(TraceLoggingRegister(s_provider));
            TraceLoggingUnregister(s_provider);
            statuses.Add(TraceLoggingRegister(s_provider));
            TraceLoggingUnregister(s_provider);
        }));

        Assert.Equal([STATUS_SUCCESS, STATUS_INVALID_PARAMETER, STATUS_SUCCESS], statuses);
    }
}
