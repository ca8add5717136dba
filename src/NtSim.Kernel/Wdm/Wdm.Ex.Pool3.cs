using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>POOL_EXTENDED_PARAMETER_TYPE (wdm.h). Values are <c>Wdm.PoolExtendedParameter*</c>.</summary>
public enum POOL_EXTENDED_PARAMETER_TYPE { }

/// <summary>POOL_EXTENDED_PARAMS_SECURE_POOL: the secure pool, the allocation's initial contents, its cookie and SECURE_POOL_FLAG_*.</summary>
public sealed class POOL_EXTENDED_PARAMS_SECURE_POOL
{
    /// <summary>The secure pool the allocation comes from (ExCreatePool with POOL_CREATE_FLG_SECURE_POOL).</summary>
    public HANDLE SecurePoolHandle;
    /// <summary>The data the allocation starts with.</summary>
    public PVOID Buffer;
    /// <summary>A cookie the caller chooses; ExSecurePoolValidate checks it against the allocation.</summary>
    public ulong Cookie;
    /// <summary>SECURE_POOL_FLAG_*: whether the allocation may be freed or modified.</summary>
    public uint SecurePoolFlags;
}

/// <summary>POOL_EXTENDED_PARAMETER: one extended parameter of ExAllocatePool3; the member Type names is the one read
/// (the C union's Priority, SecurePoolParams or PreferredNode).</summary>
public struct POOL_EXTENDED_PARAMETER
{
    /// <summary>Which parameter this is, so which member below is read.</summary>
    public POOL_EXTENDED_PARAMETER_TYPE Type;
    /// <summary>The allocation may go ahead if this parameter cannot be honoured.</summary>
    public bool Optional;
    /// <summary>For PoolExtendedParameterPriority: the allocation's EX_POOL_PRIORITY.</summary>
    public EX_POOL_PRIORITY Priority;
    /// <summary>For PoolExtendedParameterSecurePool: the secure pool parameters.</summary>
    public POOL_EXTENDED_PARAMS_SECURE_POOL? SecurePoolParams;
    /// <summary>For PoolExtendedParameterNumaNode: the NUMA node to allocate from.</summary>
    public uint PreferredNode;
}

public static partial class Wdm
{
    /// <summary>Not a valid parameter type.</summary>
    public const POOL_EXTENDED_PARAMETER_TYPE PoolExtendedParameterInvalidType = 0;
    /// <summary>The parameter gives the allocation's priority (POOL_EXTENDED_PARAMETER.Priority).</summary>
    public const POOL_EXTENDED_PARAMETER_TYPE PoolExtendedParameterPriority = (POOL_EXTENDED_PARAMETER_TYPE)1;
    /// <summary>The parameter allocates from a secure pool (POOL_EXTENDED_PARAMETER.SecurePoolParams).</summary>
    public const POOL_EXTENDED_PARAMETER_TYPE PoolExtendedParameterSecurePool = (POOL_EXTENDED_PARAMETER_TYPE)2;
    /// <summary>The parameter gives the preferred NUMA node (POOL_EXTENDED_PARAMETER.PreferredNode).</summary>
    public const POOL_EXTENDED_PARAMETER_TYPE PoolExtendedParameterNumaNode = (POOL_EXTENDED_PARAMETER_TYPE)3;
    /// <summary>One past the last parameter type.</summary>
    public const POOL_EXTENDED_PARAMETER_TYPE PoolExtendedParameterMax = (POOL_EXTENDED_PARAMETER_TYPE)4;

    /// <summary>A secure pool allocation that can be neither freed nor modified.</summary>
    public const uint SECURE_POOL_FLAG_NONE = 0;
    /// <summary>The secure pool allocation can be freed.</summary>
    public const uint SECURE_POOL_FLAG_FREEABLE = 1;
    /// <summary>The secure pool allocation can be modified (ExSecurePoolUpdate).</summary>
    public const uint SECURE_POOL_FLAG_MODIFIABLE = 2;

    /// <summary>ExCreatePool: create a secure pool.</summary>
    public const uint POOL_CREATE_FLG_SECURE_POOL = 0x1;
    /// <summary>ExCreatePool: use the global pool.</summary>
    public const uint POOL_CREATE_FLG_USE_GLOBAL_POOL = 0x2;
    /// <summary>Every flag ExCreatePool accepts.</summary>
    public const uint POOL_CREATE_FLG_VALID_FLAGS = POOL_CREATE_FLG_SECURE_POOL | POOL_CREATE_FLG_USE_GLOBAL_POOL;

    /// <summary>
    /// ExAllocatePool3: ExAllocatePool2 with extended parameters. PoolExtendedParameterPriority works as
    /// ExAllocatePoolWithTagPriority's priority, PoolExtendedParameterNumaNode is satisfied by NtSim's one
    /// node, PoolExtendedParameterSecurePool allocates from a secure pool (POOL_FLAG_NON_PAGED only): the
    /// memory is read-only to the caller, filled from SecurePoolParams.Buffer, changed only by
    /// ExSecurePoolUpdate. An unknown parameter that is not Optional, a count larger than the array, or a bad
    /// pool handle fail the allocation (NULL, or STATUS_INSUFFICIENT_RESOURCES raised with POOL_FLAG_RAISE_ON_FAILURE).
    /// </summary>
    public static PVOID ExAllocatePool3(ulong Flags, ulong NumberOfBytes, uint Tag, POOL_EXTENDED_PARAMETER[]? ExtendedParameters,
        uint ExtendedParametersCount, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExAllocatePool3);
        POOL_EXTENDED_PARAMS_SECURE_POOL? secure = null;
        var valid = PoolRequest.TryFromFlags(Flags, out var request) && Tag != 0
            && ExtendedParametersCount <= (uint)(ExtendedParameters?.Length ?? 0);
        for (var i = 0; valid && i < ExtendedParametersCount; i++)
        {
            var parameter = ExtendedParameters![i];
            switch (parameter.Type)
            {
                case PoolExtendedParameterPriority:
                    valid = ((int)parameter.Priority & ~0x9) is 0 or 16 or 32;
                    break;
                case PoolExtendedParameterNumaNode:
                    break;
                case PoolExtendedParameterSecurePool:
                    secure = parameter.SecurePoolParams;
                    valid = secure is not null && (Flags & (POOL_FLAG_NON_PAGED | POOL_FLAG_PAGED | POOL_FLAG_NON_PAGED_EXECUTE)) == POOL_FLAG_NON_PAGED;
                    break;
                default:
                    valid = parameter.Optional;
                    break;
            }
        }

        var result = !valid ? PVOID.NULL
            : secure is null ? AllocatePool(thread, request, NumberOfBytes, Tag, file, line, DdiTable.ExAllocatePool3)
            : NumberOfBytes == 0 ? AllocatePool(thread, request, 0, Tag, file, line, DdiTable.ExAllocatePool3)
            : thread.Machine.SecurePools.Allocate(thread, secure.SecurePoolHandle, NumberOfBytes, Tag, secure.Buffer, secure.Cookie, secure.SecurePoolFlags,
                file, line, nameof(ExAllocatePool3));
        if (result.IsNull && (Flags & POOL_FLAG_RAISE_ON_FAILURE) != 0)
        {
            throw new NtStatusException(STATUS_INSUFFICIENT_RESOURCES);
        }

        return result;
    }

    /// <summary>
    /// ExCreatePool: a secure pool (POOL_CREATE_FLG_SECURE_POOL, with or without POOL_CREATE_FLG_USE_GLOBAL_POOL; no
    /// parameters: a secure pool takes no name). NtSim has no private paged or nonpaged pools: other flags are
    /// STATUS_NOT_SUPPORTED, unknown bits or parameters for a secure pool STATUS_INVALID_PARAMETER.
    /// </summary>
    public static NTSTATUS ExCreatePool(uint Flags, ulong Tag, object? Params, out HANDLE PoolHandle)
    {
        var thread = DdiGate.Enter(DdiTable.ExCreatePool);
        PoolHandle = HANDLE.NULL;
        if ((Flags & ~POOL_CREATE_FLG_VALID_FLAGS) != 0 || ((Flags & POOL_CREATE_FLG_SECURE_POOL) != 0 && Params is not null))
        {
            return STATUS_INVALID_PARAMETER;
        }

        if ((Flags & POOL_CREATE_FLG_SECURE_POOL) == 0)
        {
            return STATUS_NOT_SUPPORTED;
        }

        PoolHandle = thread.Machine.SecurePools.Create();
        return STATUS_SUCCESS;
    }

    /// <summary>ExDestroyPool: destroys a pool from ExCreatePool; a handle that is not one is an ArgumentException.</summary>
    public static void ExDestroyPool(HANDLE PoolHandle)
    {
        var thread = DdiGate.Enter(DdiTable.ExDestroyPool);
        if (!thread.Machine.SecurePools.Destroy(PoolHandle))
        {
            throw new ArgumentException($"ExDestroyPool: {PoolHandle} is not a pool from ExCreatePool (destroyed already?).", nameof(PoolHandle));
        }
    }

    /// <summary>ExSecurePoolUpdate: copies <paramref name="Size"/> bytes of <paramref name="Buffer"/> to
    /// <paramref name="Offset"/> of a secure allocation made with SECURE_POOL_FLAG_MODIFIABLE (STATUS_ACCESS_DENIED
    /// otherwise); a wrong pool, tag, cookie or range is STATUS_INVALID_PARAMETER.</summary>
    public static NTSTATUS ExSecurePoolUpdate(HANDLE SecurePoolHandle, uint Tag, PVOID Allocation, ulong Cookie, ulong Offset, ulong Size, PVOID Buffer)
    {
        var thread = DdiGate.Enter(DdiTable.ExSecurePoolUpdate);
        return thread.Machine.SecurePools.Update(thread, SecurePoolHandle, Tag, Allocation, Cookie, Offset, Size, Buffer);
    }

    /// <summary>ExSecurePoolValidate: TRUE if <paramref name="Allocation"/> is a live allocation of the secure pool
    /// with that tag and cookie.</summary>
    public static bool ExSecurePoolValidate(HANDLE SecurePoolHandle, uint Tag, PVOID Allocation, ulong Cookie)
    {
        var thread = DdiGate.Enter(DdiTable.ExSecurePoolValidate);
        return thread.Machine.SecurePools.Validate(SecurePoolHandle, Tag, Allocation, Cookie);
    }
}
