using static NtSim.Wdm;
using static NtSim.Tests.MachineAssert;

namespace NtSim.Tests.Ex;

/// <summary>ExAllocatePool3 with extended parameters, and secure pools (ExCreatePool, ExSecurePoolUpdate,
/// ExSecurePoolValidate, ExDestroyPool).</summary>
public sealed class ExAllocatePool3Tests
{
    private static readonly uint Tag = TAG("Sec3");

    [Fact]
    public void ExAllocatePool3_WithPriorityAndNode_IsAnOrdinaryZeroedBlock_AndBadParametersFail()
    {
        using var machine = Boot();
        PVOID block = default, unknownRequired = new(1), unknownOptional = default, countTooBig = new(1);
        byte first = 0xFF;
        Completed(machine, machine.Run(() =>
        {
            POOL_EXTENDED_PARAMETER[] parameters =
            [
                new() { Type = PoolExtendedParameterPriority, Priority = HighPoolPriority },
                new() { Type = PoolExtendedParameterNumaNode, PreferredNode = 0 },
            ];
            block = ExAllocatePool3(POOL_FLAG_NON_PAGED, 64, Tag, parameters, 2);
            first = block.Read<byte>();
            unknownRequired = ExAllocatePool3(POOL_FLAG_NON_PAGED, 64, Tag, [new() { Type = (POOL_EXTENDED_PARAMETER_TYPE)77 }], 1);
            unknownOptional = ExAllocatePool3(POOL_FLAG_NON_PAGED, 64, Tag, [new() { Type = (POOL_EXTENDED_PARAMETER_TYPE)77, Optional = true }], 1);
            countTooBig = ExAllocatePool3(POOL_FLAG_NON_PAGED, 64, Tag, parameters, 3);
            ExFreePoolWithTag(block, Tag);
            ExFreePoolWithTag(unknownOptional, Tag);
        }));

        Assert.False(block.IsNull);
        Assert.Equal(0, first);
        Assert.True(unknownRequired.IsNull);
        Assert.False(unknownOptional.IsNull);
        Assert.True(countTooBig.IsNull);
        Assert.Equal(0, machine.Pool.QueryTag(Tag).Outstanding);
    }

    [Fact]
    public void SecurePool_AllocationHoldsTheInitialBytes_ChangesOnlyThroughExSecurePoolUpdate()
    {
        using var machine = Boot();
        NTSTATUS create = STATUS_UNSUCCESSFUL, update = STATUS_UNSUCCESSFUL, badCookie = STATUS_SUCCESS, outside = STATUS_SUCCESS, readOnly = STATUS_SUCCESS;
        bool valid = false, wrongTag = true, afterFree = true;
        byte[] initial = [], updated = [];
        Completed(machine, machine.Run(() =>
        {
            create = ExCreatePool(POOL_CREATE_FLG_SECURE_POOL | POOL_CREATE_FLG_USE_GLOBAL_POOL, Tag, null, out var pool);
            var source = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, TAG("Src "));
            "secret"u8.CopyTo(source.AsSpan(6));
            var secure = new POOL_EXTENDED_PARAMS_SECURE_POOL { SecurePoolHandle = pool, Buffer = source, Cookie = 0xC00C1E, SecurePoolFlags = SECURE_POOL_FLAG_MODIFIABLE | SECURE_POOL_FLAG_FREEABLE };
            var block = ExAllocatePool3(POOL_FLAG_NON_PAGED, 16, Tag, [new() { Type = PoolExtendedParameterSecurePool, SecurePoolParams = secure }], 1);
            initial = block.AsReadOnlySpan(6).ToArray();
            valid = ExSecurePoolValidate(pool, Tag, block, 0xC00C1E);
            wrongTag = ExSecurePoolValidate(pool, TAG("Othr"), block, 0xC00C1E);
            "SECRET"u8.CopyTo(source.AsSpan(6));
            update = ExSecurePoolUpdate(pool, Tag, block, 0xC00C1E, 2, 4, source);
            updated = block.AsReadOnlySpan(6).ToArray();
            badCookie = ExSecurePoolUpdate(pool, Tag, block, 1, 0, 4, source);
            outside = ExSecurePoolUpdate(pool, Tag, block, 0xC00C1E, 14, 4, source);

            var fixedSecure = new POOL_EXTENDED_PARAMS_SECURE_POOL { SecurePoolHandle = pool, Buffer = source, Cookie = 5, SecurePoolFlags = SECURE_POOL_FLAG_FREEABLE };
            var fixedBlock = ExAllocatePool3(POOL_FLAG_NON_PAGED, 8, Tag, [new() { Type = PoolExtendedParameterSecurePool, SecurePoolParams = fixedSecure }], 1);
            readOnly = ExSecurePoolUpdate(pool, Tag, fixedBlock, 5, 0, 4, source);

            ExFreePoolWithTag(block, Tag);
            ExFreePoolWithTag(fixedBlock, Tag);
            afterFree = ExSecurePoolValidate(pool, Tag, block, 0xC00C1E);
            ExFreePool(source);
            ExDestroyPool(pool);
        }));

        Assert.Equal(STATUS_SUCCESS, create);
        Assert.Equal("secret"u8.ToArray(), initial);
        Assert.True(valid);
        Assert.False(wrongTag);
        Assert.Equal(STATUS_SUCCESS, update);
        Assert.Equal("seSECR"u8.ToArray(), updated);
        Assert.Equal(STATUS_INVALID_PARAMETER, badCookie);
        Assert.Equal(STATUS_INVALID_PARAMETER, outside);
        Assert.Equal(STATUS_ACCESS_DENIED, readOnly);
        Assert.False(afterFree);
    }

    [Fact]
    public void SecurePool_ADirectWrite_BugChecksBE()
    {
        using var machine = Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            ExCreatePool(POOL_CREATE_FLG_SECURE_POOL, Tag, null, out var pool);
            var secure = new POOL_EXTENDED_PARAMS_SECURE_POOL { SecurePoolHandle = pool, Cookie = 1 };
            var block = ExAllocatePool3(POOL_FLAG_NON_PAGED, 32, Tag, [new() { Type = PoolExtendedParameterSecurePool, SecurePoolParams = secure }], 1);
            address = block.Address;
            block.Write(42);
        });

        // ATTEMPTED_WRITE_TO_READONLY_MEMORY: P1 the address written, P2 the PTE (0 in NtSim), P3 and P4 reserved.
        BugCheck(machine, status, ATTEMPTED_WRITE_TO_READONLY_MEMORY, address, 0, 0, 0);
    }

    [Fact]
    public void ExCreatePool_PrivatePoolsOrParameters_AreRefused_AndABadSecurePoolHandleFailsTheAllocation()
    {
        using var machine = Boot();
        NTSTATUS privatePool = STATUS_SUCCESS, named = STATUS_SUCCESS, unknownBits = STATUS_SUCCESS;
        var noPool = new PVOID(1);
        NTSTATUS raised = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            privatePool = ExCreatePool(POOL_CREATE_FLG_USE_GLOBAL_POOL, Tag, null, out _);
            named = ExCreatePool(POOL_CREATE_FLG_SECURE_POOL, Tag, new UNICODE_STRING("name"), out _);
            unknownBits = ExCreatePool(0x100, Tag, null, out _);
            var secure = new POOL_EXTENDED_PARAMS_SECURE_POOL { SecurePoolHandle = new HANDLE(0x1234), Cookie = 1 };
            POOL_EXTENDED_PARAMETER[] parameters = [new() { Type = PoolExtendedParameterSecurePool, SecurePoolParams = secure }];
            noPool = ExAllocatePool3(POOL_FLAG_NON_PAGED, 32, Tag, parameters, 1);
            try
            {
                ExAllocatePool3(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, 32, Tag, parameters, 1);
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }
        }));

        Assert.Equal(STATUS_NOT_SUPPORTED, privatePool);
        Assert.Equal(STATUS_INVALID_PARAMETER, named);
        Assert.Equal(STATUS_INVALID_PARAMETER, unknownBits);
        Assert.True(noPool.IsNull);
        Assert.Equal(STATUS_INSUFFICIENT_RESOURCES, raised);
    }
}
