namespace NtSim;

// The WDK's C enums and typedefs. Their named values are global names in C, so here they are
// constants of the Wdm class (one `using static NtSim.Wdm;` brings them all into scope), and these
// types carry no members of their own.

/// <summary>NTSTATUS: a 32-bit status code (ntstatus.h). Values are <c>Wdm.STATUS_*</c>.</summary>
public enum NTSTATUS : int { }

/// <summary>KIRQL: the interrupt request level of a processor. Values are <c>Wdm.*_LEVEL</c>.</summary>
public enum KIRQL : byte { }

/// <summary>KPROCESSOR_MODE (MODE): KernelMode or UserMode.</summary>
public enum KPROCESSOR_MODE : byte { }

/// <summary>EVENT_TYPE: NotificationEvent or SynchronizationEvent.</summary>
public enum EVENT_TYPE { }

/// <summary>TIMER_TYPE: NotificationTimer or SynchronizationTimer.</summary>
public enum TIMER_TYPE { }

/// <summary>WAIT_TYPE: WaitAll or WaitAny.</summary>
public enum WAIT_TYPE { }

/// <summary>KWAIT_REASON: why a thread waits (Executive, UserRequest, ...).</summary>
public enum KWAIT_REASON { }

/// <summary>KDPC_IMPORTANCE: LowImportance, MediumImportance, HighImportance, MediumHighImportance.</summary>
public enum KDPC_IMPORTANCE { }

/// <summary>POOL_TYPE: NonPagedPool, PagedPool, NonPagedPoolNx, ...</summary>
public enum POOL_TYPE { }

/// <summary>WORK_QUEUE_TYPE: CriticalWorkQueue, DelayedWorkQueue, ...</summary>
public enum WORK_QUEUE_TYPE { }

/// <summary>LOCK_OPERATION: IoReadAccess, IoWriteAccess or IoModifyAccess (MmProbeAndLockPages).</summary>
public enum LOCK_OPERATION { }

/// <summary>DEVICE_RELATION_TYPE: which relations IRP_MN_QUERY_DEVICE_RELATIONS asks for (BusRelations...).</summary>
public enum DEVICE_RELATION_TYPE { }

/// <summary>BUS_QUERY_ID_TYPE: which ID IRP_MN_QUERY_ID asks for (BusQueryDeviceID...).</summary>
public enum BUS_QUERY_ID_TYPE { }

/// <summary>DEVICE_TEXT_TYPE: which text IRP_MN_QUERY_DEVICE_TEXT asks for.</summary>
public enum DEVICE_TEXT_TYPE { }

/// <summary>DEVICE_USAGE_NOTIFICATION_TYPE: the special file IRP_MN_DEVICE_USAGE_NOTIFICATION is about.</summary>
public enum DEVICE_USAGE_NOTIFICATION_TYPE { }

/// <summary>DEVICE_POWER_STATE: D0 to D3.</summary>
public enum DEVICE_POWER_STATE { }

/// <summary>SYSTEM_POWER_STATE: S0 (working) to S5 (shutdown).</summary>
public enum SYSTEM_POWER_STATE { }

/// <summary>DEVICE_REGISTRY_PROPERTY: what IoGetDeviceProperty reads (DevicePropertyHardwareID...).</summary>
public enum DEVICE_REGISTRY_PROPERTY { }
