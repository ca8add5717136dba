namespace NtSim;

/// <summary>What WdfTimerCreate checks in its config before it makes the timer (fxtimerapi.cpp).</summary>
internal static class FxTimerConfig
{
    internal static NTSTATUS Validate(FxDriverGlobals globals, WDF_TIMER_CONFIG config, WDF_OBJECT_ATTRIBUTES attributes)
    {
        if (config.Size != WDF_TIMER_CONFIG.SizeOfStruct)
        {
            globals.Log.Error($"WDF_TIMER_CONFIG Size 0x{config.Size:x}, expected 0x{WDF_TIMER_CONFIG.SizeOfStruct:x}");
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        if (config.Period > int.MaxValue)
        {
            globals.Log.Error($"Period {config.Period} of a periodic timer cannot be greater than MAXLONG");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (config.TolerableDelay > 0 && config.UseHighResolutionTimer)
        {
            globals.Log.Error($"UseHighResolutionTimer with a non-zero TolerableDelay {config.TolerableDelay}");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (config.Period > 0 && attributes.ExecutionLevel == WDF_EXECUTION_LEVEL.WdfExecutionLevelPassive)
        {
            // "Passive level periodic timer is not supported": a one-shot timer restarted from its callback instead.
            globals.Log.Error("a passive-level periodic timer is not supported");
            return Wdm.STATUS_NOT_SUPPORTED;
        }

        return Wdm.STATUS_SUCCESS;
    }
}
