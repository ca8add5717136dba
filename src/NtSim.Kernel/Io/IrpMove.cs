using System.Globalization;

namespace NtSim;

/// <summary>One move of an IRP's life, as its history keeps it: the state it entered, the device
/// it was at, the IRQL, its status then, the thread, and the driver code that made the move (as
/// KMDF keeps state histories for a debugger). Strings only, no objects: a freed IRP keeps no
/// driver alive.</summary>
internal readonly record struct IrpMove(IrpState To, string? Device, KIRQL Irql, NTSTATUS Status, int ThreadId, string? Module, string File, int Line)
{
    /// <summary>"Completing at \Device\Zero, IRQL 0, STATUS_SUCCESS, T8, by zero (Zero.cs:42)".</summary>
    public override string ToString()
    {
        var site = File.Length == 0 ? "" : " (" + SourceSite.Format(File, Line) + ")";
        var by = Module is null ? "" : $", by {Module}{site}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{To}{(Device is null ? "" : " at " + Device)}, IRQL {(int)Irql}, {NtNames.StatusName(Status)}, T{ThreadId}{by}");
    }
}
