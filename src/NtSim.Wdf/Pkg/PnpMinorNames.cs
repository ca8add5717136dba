namespace NtSim;

/// <summary>IRP_MN_* names of IRP_MJ_PNP as the framework's log prints them: the kernel's table, hex for an unnamed code.</summary>
internal static class PnpMinorNames
{
    internal static string Of(byte minor) => MinorFunctionNames.Pnp(minor) ?? $"0x{minor:X}";
}
