using System.Diagnostics;

namespace NtSim;

/// <summary>One OB_OPERATION_REGISTRATION entry as registered: its type, operations, routines and their modules.</summary>
internal sealed record ObjectCallbackOperation(OBJECT_TYPE Type, uint Operations, POB_PRE_OPERATION_CALLBACK? Pre, POB_POST_OPERATION_CALLBACK? Post,
    KernelModule Module);

/// <summary>
/// What ObRegisterCallbacks returns as the RegistrationHandle: one altitude's routines, in the order of
/// the OperationRegistration array, with the context they get and the tracker's record that makes a
/// registration left behind a leftover at unload.
/// </summary>
[DebuggerDisplay("ObCallbacks altitude {AltitudeText,nq}")]
internal sealed class ObjectCallbackRegistration(decimal altitude, string altitudeText, object? context, IReadOnlyList<ObjectCallbackOperation> operations)
{
    internal decimal Altitude { get; } = altitude;

    internal string AltitudeText { get; } = altitudeText;

    internal object? Context { get; } = context;

    internal IReadOnlyList<ObjectCallbackOperation> Operations { get; } = operations;

    internal int TrackHandle { get; set; }
}
