namespace NtSim.Samples.Toaster.Bus;

/// <summary>Where a bus device (the FDO or a child PDO) is in its PnP life.</summary>
internal enum DEVICE_PNP_STATE
{
    NotStarted,
    Started,
    StopPending,
    Stopped,
    RemovePending,
    SurpriseRemovePending,
    Deleted,
}

/// <summary>What the FDO and the PDOs share: the bus driver's one dispatch table serves both, and
/// IsFdo tells them apart (as COMMON_DEVICE_DATA does in C).</summary>
internal abstract class COMMON_DEVICE_DATA
{
    public DEVICE_OBJECT Self = null!;
    public DEVICE_PNP_STATE DevicePnPState = DEVICE_PNP_STATE.NotStarted;
    public DEVICE_PNP_STATE PreviousPnPState = DEVICE_PNP_STATE.NotStarted;

    public abstract bool IsFdo { get; }

    /// <summary>SET_NEW_PNP_STATE: remembers the state it leaves, for a cancel to restore.</summary>
    public void SetNewPnpState(DEVICE_PNP_STATE state)
    {
        PreviousPnPState = DevicePnPState;
        DevicePnPState = state;
    }

    /// <summary>RESTORE_PREVIOUS_PNP_STATE (IRP_MN_CANCEL_STOP_DEVICE, IRP_MN_CANCEL_REMOVE_DEVICE).</summary>
    public void RestorePreviousPnpState() => DevicePnPState = PreviousPnPState;
}

/// <summary>The bus FDO: the stack it sits on, its interface, and the children it has created.</summary>
internal sealed class FDO_DEVICE_DATA : COMMON_DEVICE_DATA
{
    public override bool IsFdo => true;

    public DEVICE_OBJECT UnderlyingPDO = null!;
    public DEVICE_OBJECT NextLowerDriver = null!;

    /// <summary>Guards <see cref="ListOfPDOs"/> (taken at PASSIVE_LEVEL by the IOCTLs and the PnP IRPs).</summary>
    public readonly KMUTEX Mutex = new();

    /// <summary>Every child PDO not yet deleted, present or not, in plug-in order.</summary>
    public readonly List<DEVICE_OBJECT> ListOfPDOs = [];

    /// <summary>I/O in flight on the FDO; REMOVE waits for it.</summary>
    public readonly IO_REMOVE_LOCK RemoveLock = new();

    /// <summary>The symbolic link name of GUID_DEVINTERFACE_BUSENUM_TOASTER.</summary>
    public UNICODE_STRING InterfaceName;

    public bool InterfaceEnabled;
}

/// <summary>A toaster the bus created: its serial number, the IDs it was plugged in with, and
/// whether it is still plugged in.</summary>
internal sealed class PDO_DEVICE_DATA : COMMON_DEVICE_DATA
{
    public override bool IsFdo => false;

    public DEVICE_OBJECT ParentFdo = null!;
    public uint SerialNo;
    public string[] HardwareIDs = [];

    /// <summary>Plugged in; false once unplugged or ejected (the next BusRelations leaves it out).</summary>
    public bool Present = true;

    /// <summary>Left out of a BusRelations answer: at its next IRP_MN_REMOVE_DEVICE the PDO is deleted.</summary>
    public bool ReportedMissing;

    /// <summary>IOCTL_TOASTER_DONT_DISPLAY_IN_UI_DEVICE was sent for it.</summary>
    public bool DontDisplayInUI;
}
