namespace NtSim;

public sealed partial class DebugOutput
{
    /// <summary>Kd_&lt;Component&gt;_Mask as the kernel debugger reads it (<c>dd nt!Kd_DEFAULT_Mask</c>): the component's own
    /// mask, without the WIN2000 mask the filter ORs into it.</summary>
    internal uint ComponentMask(uint componentId)
    {
        lock (_lock)
        {
            return _masks.GetValueOrDefault(componentId);
        }
    }

    /// <summary>Kd_WIN2000_Mask: the system-wide mask ORed into every component (1 by default).</summary>
    internal uint SystemMask
    {
        get
        {
            lock (_lock)
            {
                return _win2000Mask;
            }
        }
    }
}
