namespace NtSim;

public static partial class Wdf
{
    /// <summary>WDF_TIMER_CONFIG_INIT: a one-shot timer, AutomaticSerialization TRUE.</summary>
    public static void WDF_TIMER_CONFIG_INIT(out WDF_TIMER_CONFIG Config, EVT_WDF_TIMER EvtTimerFunc) =>
        Config = new WDF_TIMER_CONFIG
        {
            Size = WDF_TIMER_CONFIG.SizeOfStruct,
            EvtTimerFunc = EvtTimerFunc,
            AutomaticSerialization = true,
        };

    /// <summary>WDF_TIMER_CONFIG_INIT_PERIODIC: a timer that fires every <paramref name="Period"/> ms,
    /// AutomaticSerialization TRUE.</summary>
    public static void WDF_TIMER_CONFIG_INIT_PERIODIC(out WDF_TIMER_CONFIG Config, EVT_WDF_TIMER EvtTimerFunc, uint Period)
    {
        WDF_TIMER_CONFIG_INIT(out Config, EvtTimerFunc);
        Config.Period = Period;
    }

    /// <summary>WDF_REL_TIMEOUT_IN_MS: a relative time (negative, 100 ns units).</summary>
    public static long WDF_REL_TIMEOUT_IN_MS(ulong Time) => -(long)(Time * 10_000);

    /// <summary>WDF_REL_TIMEOUT_IN_SEC.</summary>
    public static long WDF_REL_TIMEOUT_IN_SEC(ulong Time) => -(long)(Time * 10_000_000);

    /// <summary>WDF_REL_TIMEOUT_IN_US.</summary>
    public static long WDF_REL_TIMEOUT_IN_US(ulong Time) => -(long)(Time * 10);

    /// <summary>WDF_ABS_TIMEOUT_IN_MS: an absolute system time (positive, 100 ns units).</summary>
    public static long WDF_ABS_TIMEOUT_IN_MS(ulong Time) => (long)(Time * 10_000);

    /// <summary>WDF_ABS_TIMEOUT_IN_SEC.</summary>
    public static long WDF_ABS_TIMEOUT_IN_SEC(ulong Time) => (long)(Time * 10_000_000);

    /// <summary>WDF_ABS_TIMEOUT_IN_US.</summary>
    public static long WDF_ABS_TIMEOUT_IN_US(ulong Time) => (long)(Time * 10);

    /// <summary>
    /// WdfTimerCreate: a timer whose parent (required) is a device or has one above it. NULL
    /// attributes or parent: STATUS_WDF_PARENT_NOT_SPECIFIED; no device above the parent:
    /// STATUS_INVALID_DEVICE_REQUEST; AutomaticSerialization with a parent whose callbacks run at
    /// another level: STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL; a passive periodic timer:
    /// STATUS_NOT_SUPPORTED; a TolerableDelay with UseHighResolutionTimer: STATUS_INVALID_PARAMETER
    /// (nf-wdftimer-wdftimercreate, fxtimerapi.cpp).
    /// </summary>
    public static NTSTATUS WdfTimerCreate(WDF_TIMER_CONFIG Config, WDF_OBJECT_ATTRIBUTES? Attributes, out WDFTIMER Timer)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfTimerCreate);
        Timer = default;
        var status = FxParentRequired.Check(thread, Attributes, nameof(WdfTimerCreate), out var parent);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (Config is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfTimerCreate), nameof(Config));
        }

        status = FxTimerConfig.Validate(parent!.Globals, Config, Attributes!);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        status = FxTimer.Create(thread, Config, Attributes!, parent, out var timer);
        if (Wdm.NT_SUCCESS(status))
        {
            Timer = new WDFTIMER(timer);
        }

        return status;
    }

    /// <summary>WdfTimerStart: arms the timer for <paramref name="DueTime"/> (negative: relative,
    /// positive: absolute, 100 ns units); TRUE if it was already set. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static bool WdfTimerStart(WDFTIMER Timer, long DueTime)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfTimerStart);
        return FxHandles.Resolve<FxTimer>(thread, Timer.Target, FxObjectType.Timer, nameof(WdfTimerStart)).Start(thread, DueTime);
    }

    /// <summary>WdfTimerStop: cancels the timer; with <paramref name="Wait"/> TRUE (PASSIVE_LEVEL) it
    /// returns after every queued or running callback finished. TRUE if the timer was set.</summary>
    public static bool WdfTimerStop(WDFTIMER Timer, bool Wait)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfTimerStop);
        return FxHandles.Resolve<FxTimer>(thread, Timer.Target, FxObjectType.Timer, nameof(WdfTimerStop)).Stop(thread, Wait);
    }

    /// <summary>WdfTimerGetParentObject: the timer's parent. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfTimerGetParentObject);
        return new WDFOBJECT(FxHandles.Resolve<FxTimer>(thread, Timer.Target, FxObjectType.Timer, nameof(WdfTimerGetParentObject)).Parent);
    }
}
