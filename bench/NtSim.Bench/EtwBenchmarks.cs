using System.Diagnostics.Tracing;
using BenchmarkDotNet.Attributes;
using static NtSim.Wdm;

namespace NtSim.Bench;

/// <summary>The cost of tracing from a provider no session enables (the common case in production): EtwWrite with two
/// data descriptors, TraceLoggingWrite with two fields and TraceEvents with two arguments, against .NET's EventSource
/// writing an event nobody listens to.</summary>
[MemoryDiagnoser]
public class EtwBenchmarks
{
    private static readonly Guid Provider = new("b3c1d7e2-0a4f-4d6e-9b1c-5e2f7a8d9c01");
    private static readonly TraceLoggingHProvider s_traceLogging = TRACELOGGING_DEFINE_PROVIDER("NtSim.Bench", new Guid("b3c1d7e2-0a4f-4d6e-9b1c-5e2f7a8d9c02"));
    private static readonly WPP_CONTROL_GUID s_wpp = WPP_DEFINE_CONTROL_GUID("BenchTraceGuid", new Guid("b3c1d7e2-0a4f-4d6e-9b1c-5e2f7a8d9c03"),
        WPP_DEFINE_BIT("TRACE_BENCH"));

    private SimulatedThread _sim = null!;
    private REGHANDLE _handle;
    private EVENT_DESCRIPTOR _descriptor;
    private int _value = 42;

    [GlobalSetup]
    public void Setup()
    {
        _sim = new SimulatedThread();
        EtwRegister(Provider, null, null, out _handle);
        TraceLoggingRegister(s_traceLogging);
        WPP_INIT_TRACING(new DRIVER_OBJECT(_sim.Machine, "Bench", KTHREAD.Current!.CurrentModule), default, s_wpp);
        EventDescCreate(out _descriptor, 1, 0, 0, TRACE_LEVEL_INFORMATION, 0, 0, 0x1);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        EtwUnregister(_handle);
        TraceLoggingUnregister(s_traceLogging);
        _sim.Dispose();
    }

    [Benchmark(Baseline = true, Description = "EventSource.WriteEvent(1, int, int), not listened to (.NET)")]
    public void DotNetEventSource() => BenchEventSource.Log.Value(_value, _value + 1);

    [Benchmark(Description = "EtwWrite, 2 data descriptors, provider disabled")]
    public NTSTATUS EtwWriteDisabled()
    {
        EventDataDescCreate(out EVENT_DATA_DESCRIPTOR first, _value);
        EventDataDescCreate(out EVENT_DATA_DESCRIPTOR second, _value + 1);
        return EtwWrite(_handle, _descriptor, null, 2, [first, second]);
    }

    [Benchmark(Description = "TraceLoggingWrite, 2 fields, provider disabled")]
    public void TraceLoggingWriteDisabled() =>
        TraceLoggingWrite(s_traceLogging, "Bench", TraceLoggingLevel(TRACE_LEVEL_INFORMATION), TraceLoggingInt32(_value, "First"), TraceLoggingInt32(_value + 1, "Second"));

    [Benchmark(Description = "TraceEvents, 2 arguments, control GUID disabled")]
    public void TraceEventsDisabled() => TraceEvents(TRACE_LEVEL_INFORMATION, 0x1, "%d %d", _value, _value + 1);

    [EventSource(Name = "NtSim-Bench")]
    private sealed class BenchEventSource : EventSource
    {
        public static readonly BenchEventSource Log = new();

        [Event(1)]
        public void Value(int first, int second) => WriteEvent(1, first, second);
    }
}
