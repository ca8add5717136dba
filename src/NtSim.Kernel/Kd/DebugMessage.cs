using System.Globalization;

namespace NtSim;

/// <summary>One DbgPrint/DbgPrintEx/KdPrintEx call: where and when it came from, its component
/// and level, and whether the debug print filter let it through to the debugger.</summary>
public sealed record DebugMessage(long InterruptTime, int Processor, int ThreadId, string Module, uint ComponentId, uint Level, string Text, bool Shown)
{
    /// <summary>"[0.000150 P1] text", as the console prints it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"[{InterruptTime / 10_000_000.0:F6} P{Processor}] {Text.TrimEnd('\n', '\r')}");
}
