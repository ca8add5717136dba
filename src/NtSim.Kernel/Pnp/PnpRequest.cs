namespace NtSim;

/// <summary>What a device action asks of the PnP worker.</summary>
internal enum PnpRequestKind
{
    /// <summary>IoInvalidateDeviceRelations(BusRelations): enumerate the bus again.</summary>
    Reenumerate,

    /// <summary>IoInvalidateDeviceState: ask the stack for its PNP_DEVICE_STATE.</summary>
    QueryState,

    /// <summary>IoRequestDeviceEject: query-remove, remove, then IRP_MN_EJECT.</summary>
    Eject,

    /// <summary>The last handle of a surprise-removed device closed: send IRP_MN_REMOVE_DEVICE.</summary>
    FinishRemoval,
}

/// <summary>A queued device action (PipRequestDeviceAction).</summary>
internal sealed record PnpRequest(DeviceNode Node, PnpRequestKind Kind);
