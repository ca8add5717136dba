using static NtSim.Wdm;

namespace NtSim.Tests.Etw;

public sealed class WppTests
{
    private const uint TRACE_INIT = 0x1;
    private const uint TRACE_READ = 0x2;
    private const uint TRACE_WRITE = 0x4;

    private static readonly WPP_CONTROL_GUID s_control = WPP_DEFINE_CONTROL_GUID("WppTestsTraceGuid", new Guid("0f0e0d0c-7777-4e55-9a0e-2d0c0ffee008"),
        WPP_DEFINE_BIT("TRACE_INIT"), WPP_DEFINE_BIT("TRACE_READ"), WPP_DEFINE_BIT("TRACE_WRITE"));

    /// <summary>A driver object for the test's own code, which traces as a driver would.</summary>
    private static DRIVER_OBJECT Driver() => new(KTHREAD.Current!.Machine, "WppTests", KTHREAD.Current.CurrentModule);

    [Fact]
    public void TraceEvents_FilterByFlagsAndLevel_DoTraceMessage_ByFlagsOnly()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("wpp", TraceProviderEnable.ByName("WppTestsTraceGuid", TRACE_LEVEL_WARNING, TRACE_READ | TRACE_INIT));
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var driver = Driver();
            WPP_INIT_TRACING(driver, default, s_control);
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_READ, "1 error read");
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_READ, "2 information read");
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_WRITE, "3 error write");
            TraceEvents(TRACE_LEVEL_WARNING, TRACE_WRITE | TRACE_INIT, "4 warning write|init");
            DoTraceMessage(TRACE_INIT, "5 init");
            DoTraceMessage(TRACE_WRITE, "6 write");
            WPP_CLEANUP(driver);
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_READ, "7 after cleanup");
        }));

        Assert.Equal(["1 error read", "4 warning write|init", "5 init"], session.Events.Select(e => e.Message));
        Assert.All(session.Events, e => Assert.Equal(TraceEventKind.Wpp, e.Kind));
    }

    [Fact]
    public void TraceEvents_FormatsPrintfAndWppExtensions_AsTracefmt()
    {
        using var machine = MachineAssert.Boot();
        var session = machine.Tracing.StartSession("wpp", TraceProviderEnable.ById(s_control.Guid));
        var line = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var driver = Driver();
            WPP_INIT_TRACING(driver, default, s_control);
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_READ, "%!FUNC!: %d bytes, status %!STATUS!", -5, STATUS_INVALID_DEVICE_REQUEST);
            line = new System.Diagnostics.StackFrame(0, true).GetFileLineNumber() - 1;
            TraceEvents(TRACE_LEVEL_INFORMATION, TRACE_READ | TRACE_WRITE, "%!LEVEL! %!FLAGS! hr %!HRESULT! irql %!IRQL! id %!GUID!",
                unchecked((int)0x80070057), KeGetCurrentIrql(), new Guid("11111111-2222-3333-4444-555555555555"));
            DoTraceMessage(TRACE_INIT, "line %!LINE! of %!FILE!: %08x|%-4s|%5u|%I64X|100%%", 0xBEEF, "ab", 7u, 0x1122334455667788UL);
            DoTraceMessage(TRACE_INIT, "%p|%c", 0xFFFFF80000001000UL, 'Z');
            TraceEvents(TRACE_LEVEL_ERROR, TRACE_READ, "missing %d and %!STATUS!");
            WPP_CLEANUP(driver);
        }));

        var messages = session.Events.Select(e => e.Message).ToList();
        Assert.Equal($"{nameof(TraceEvents_FormatsPrintfAndWppExtensions_AsTracefmt)}: -5 bytes, status STATUS_INVALID_DEVICE_REQUEST", messages[0]);
        Assert.Equal("TRACE_LEVEL_INFORMATION TRACE_READ|TRACE_WRITE hr E_INVALIDARG irql PASSIVE_LEVEL id 11111111-2222-3333-4444-555555555555", messages[1]);
        Assert.Equal($"line {line + 4} of WppTests.cs: 0000beef|ab  |    7|1122334455667788|100%", messages[2]);
        Assert.Equal("FFFFF80000001000|Z", messages[3]);
        Assert.Equal("missing <missing argument for %d> and <missing argument for %!STATUS!>", messages[4]);
        Assert.Equal(line, session.Events[0].Line);
    }

    [Fact]
    public void WppMessages_OfATracedDriver_PrintWithTheDriversNameInTheTracefmtPrefix()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var session = machine.Tracing.StartSession("wpp", TraceProviderEnable.ById(s_control.Guid));
        ulong threadId = 0;
        string module = "";
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var driver = Driver();
            WPP_INIT_TRACING(driver, default, s_control);
            threadId = PsGetCurrentThreadId().Value;
            module = KTHREAD.Current!.CurrentModule.Name;
            DoTraceMessage(TRACE_INIT, "hello %s", "world");
            WPP_CLEANUP(driver);
        }));

        Assert.Equal($"[0]0004.{threadId:X4}::01/01/2026-00:00:00.000 [{module}]hello world", TraceFormat.Line(Assert.Single(session.Events)));
    }
}
