namespace NtSim;

/// <summary>
/// The driver-facing DDI surface, spelled as in the WDK. A driver writes <c>using static NtSim.Wdm;</c>
/// and calls <c>KeRaiseIrql</c>, <c>ExAllocatePool2</c>, <c>STATUS_SUCCESS</c>... as in C.
/// Each partial file is a thin layer over the subsystem that does the work (Ke, Ex, Mm, Ob).
/// </summary>
public static partial class Wdm
{
}
