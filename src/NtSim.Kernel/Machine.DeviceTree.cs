namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The device tree as WinDbg's <c>!devnode 0 1</c> prints it (what <c>ntsim tree</c> shows).</summary>
    public string DumpDeviceTree()
    {
        var text = new StringWriter { NewLine = "\n" };
        DevnodeDump.Write(text, Pnp);
        return text.ToString();
    }
}
