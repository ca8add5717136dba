namespace NtSim;

/// <summary>IO_PRIORITY_HINT (wdm.h): the priority of an I/O request, from IoGetIoPriorityHint.</summary>
public enum IO_PRIORITY_HINT
{
    IoPriorityVeryLow = 0,
    IoPriorityLow,
    IoPriorityNormal,
    IoPriorityHigh,
    IoPriorityCritical,
    MaxIoPriorityTypes,
}
