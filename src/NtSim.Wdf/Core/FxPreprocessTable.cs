namespace NtSim;

/// <summary>WdfDeviceInitAssignWdmIrpPreprocessCallback's registrations: per major function, a
/// callback and the minor functions it wants (none listed: all of them).</summary>
internal sealed class FxPreprocessTable
{
    private readonly (EVT_WDFDEVICE_WDM_IRP_PREPROCESS Callback, byte[] Minors)?[] _entries =
        new (EVT_WDFDEVICE_WDM_IRP_PREPROCESS, byte[])?[Wdm.IRP_MJ_MAXIMUM_FUNCTION + 1];

    internal void Set(byte major, EVT_WDFDEVICE_WDM_IRP_PREPROCESS callback, byte[] minors) => _entries[major] = (callback, minors);

    /// <summary>The callback for an IRP with <paramref name="major"/> and <paramref name="minor"/>, or null.</summary>
    internal EVT_WDFDEVICE_WDM_IRP_PREPROCESS? For(byte major, byte minor)
    {
        if (_entries[major] is not { } entry)
        {
            return null;
        }

        return entry.Minors.Length == 0 || Array.IndexOf(entry.Minors, minor) >= 0 ? entry.Callback : null;
    }
}
