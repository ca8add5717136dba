namespace NtSim;

/// <summary>
/// The DDI table: one <see cref="Ddi"/> row for every DDI the kernel's facades offer, in partial
/// files by subsystem. The gate reads a DDI's IRQL rule and traits from its row, so what a DDI
/// demands of its caller is written here once, not at its call sites (docs/ddi-entry.md).
/// </summary>
internal static partial class DdiTable
{
}
