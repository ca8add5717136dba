namespace NtSim;

/// <summary>The names of the CM_PROB_* codes, as cfg.h spells them without the prefix.</summary>
public static class ProblemNames
{
    /// <summary>The name of CM_PROB_* code <paramref name="problem"/> without the prefix ("FAILED_START"), or 0x&lt;hex&gt; for a code without a name.</summary>
    public static string Of(uint problem) => problem switch
    {
        0 => "NONE",
        Wdm.CM_PROB_NOT_CONFIGURED => "NOT_CONFIGURED",
        Wdm.CM_PROB_FAILED_START => "FAILED_START",
        Wdm.CM_PROB_REGISTRY => "REGISTRY",
        Wdm.CM_PROB_WILL_BE_REMOVED => "WILL_BE_REMOVED",
        Wdm.CM_PROB_DISABLED => "DISABLED",
        Wdm.CM_PROB_DEVICE_NOT_THERE => "DEVICE_NOT_THERE",
        Wdm.CM_PROB_FAILED_INSTALL => "FAILED_INSTALL",
        Wdm.CM_PROB_FAILED_ADD => "FAILED_ADD",
        Wdm.CM_PROB_DISABLED_SERVICE => "DISABLED_SERVICE",
        Wdm.CM_PROB_FAILED_DRIVER_ENTRY => "FAILED_DRIVER_ENTRY",
        Wdm.CM_PROB_DRIVER_FAILED_LOAD => "DRIVER_FAILED_LOAD",
        Wdm.CM_PROB_DRIVER_SERVICE_KEY_INVALID => "DRIVER_SERVICE_KEY_INVALID",
        Wdm.CM_PROB_FAILED_POST_START => "FAILED_POST_START",
        Wdm.CM_PROB_HALTED => "HALTED",
        Wdm.CM_PROB_PHANTOM => "PHANTOM",
        Wdm.CM_PROB_HELD_FOR_EJECT => "HELD_FOR_EJECT",
        _ => $"0x{problem:X}",
    };
}
