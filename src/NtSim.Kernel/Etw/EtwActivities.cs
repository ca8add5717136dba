namespace NtSim;

/// <summary>EtwActivityIdControl's work: each thread has an activity id (GUID_NULL until set) that the writes use
/// when they are given none; created ids are unique in the machine and the same from run to run.</summary>
internal static class EtwActivities
{
    internal static NTSTATUS Control(KTHREAD thread, uint code, ref Guid activityId)
    {
        var tracing = thread.Machine.Tracing;
        switch (code)
        {
            case Wdm.EVENT_ACTIVITY_CTRL_GET_ID:
                activityId = tracing.ActivityIdOf(thread);
                return Wdm.STATUS_SUCCESS;
            case Wdm.EVENT_ACTIVITY_CTRL_SET_ID:
                tracing.ActivityIdOf(thread) = activityId;
                return Wdm.STATUS_SUCCESS;
            case Wdm.EVENT_ACTIVITY_CTRL_CREATE_ID:
                activityId = tracing.NewActivityId();
                return Wdm.STATUS_SUCCESS;
            case Wdm.EVENT_ACTIVITY_CTRL_GET_SET_ID:
                (activityId, tracing.ActivityIdOf(thread)) = (tracing.ActivityIdOf(thread), activityId);
                return Wdm.STATUS_SUCCESS;
            case Wdm.EVENT_ACTIVITY_CTRL_CREATE_SET_ID:
                activityId = tracing.ActivityIdOf(thread);
                tracing.ActivityIdOf(thread) = tracing.NewActivityId();
                return Wdm.STATUS_SUCCESS;
            default:
                return Wdm.STATUS_INVALID_PARAMETER;
        }
    }
}
