using static NtSim.Wdm;
using static NtSim.Win32Error;

namespace NtSim.Tests.Headers;

public sealed class RtlNtStatusToDosErrorTests
{
    // Each pair as Windows maps it (Wine's dlls/ntdll/tests/error.c, run against Windows; wepoll's error-map.h).
    public static TheoryData<NTSTATUS, uint> CommonMappings() => new()
    {
        { STATUS_SUCCESS, ERROR_SUCCESS },
        { STATUS_UNSUCCESSFUL, ERROR_GEN_FAILURE },
        { STATUS_NOT_IMPLEMENTED, ERROR_INVALID_FUNCTION },
        { STATUS_INVALID_DEVICE_REQUEST, ERROR_INVALID_FUNCTION },
        { STATUS_ACCESS_DENIED, ERROR_ACCESS_DENIED },
        { STATUS_ACCESS_VIOLATION, ERROR_NOACCESS },
        { STATUS_INVALID_HANDLE, ERROR_INVALID_HANDLE },
        { STATUS_OBJECT_TYPE_MISMATCH, ERROR_INVALID_HANDLE },
        { STATUS_NO_MEMORY, ERROR_NOT_ENOUGH_MEMORY },
        { STATUS_INSUFFICIENT_RESOURCES, ERROR_NO_SYSTEM_RESOURCES },
        { STATUS_INVALID_PARAMETER, ERROR_INVALID_PARAMETER },
        { STATUS_INVALID_PARAMETER_3, ERROR_INVALID_PARAMETER },
        { STATUS_NO_SUCH_DEVICE, ERROR_FILE_NOT_FOUND },
        { STATUS_OBJECT_NAME_NOT_FOUND, ERROR_FILE_NOT_FOUND },
        { STATUS_OBJECT_PATH_NOT_FOUND, ERROR_PATH_NOT_FOUND },
        { STATUS_OBJECT_NAME_INVALID, ERROR_INVALID_NAME },
        { STATUS_OBJECT_NAME_COLLISION, ERROR_ALREADY_EXISTS },
        { STATUS_PENDING, ERROR_IO_PENDING },
        { STATUS_CANCELLED, ERROR_OPERATION_ABORTED },
        { STATUS_BUFFER_TOO_SMALL, ERROR_INSUFFICIENT_BUFFER },
        { STATUS_BUFFER_OVERFLOW, ERROR_MORE_DATA },
        { STATUS_MORE_PROCESSING_REQUIRED, ERROR_MORE_DATA },
        { STATUS_NOT_SUPPORTED, ERROR_NOT_SUPPORTED },
        { STATUS_IO_TIMEOUT, ERROR_SEM_TIMEOUT },
        { STATUS_TIMEOUT, ERROR_TIMEOUT },
        { STATUS_DEVICE_NOT_CONNECTED, ERROR_DEVICE_NOT_CONNECTED },
        { STATUS_DEVICE_DOES_NOT_EXIST, ERROR_DEV_NOT_EXIST },
        { STATUS_DEVICE_NOT_READY, ERROR_NOT_READY },
        { STATUS_DEVICE_BUSY, ERROR_BUSY },
        { STATUS_INVALID_DEVICE_STATE, ERROR_BAD_COMMAND },
        { STATUS_IO_DEVICE_ERROR, ERROR_IO_DEVICE },
        { STATUS_DEVICE_REMOVED, ERROR_DEVICE_REMOVED },
        { STATUS_SHARING_VIOLATION, ERROR_SHARING_VIOLATION },
        { STATUS_DELETE_PENDING, ERROR_ACCESS_DENIED },
        { STATUS_END_OF_FILE, ERROR_HANDLE_EOF },
        { STATUS_NO_MORE_ENTRIES, ERROR_NO_MORE_ITEMS },
        { STATUS_NOT_FOUND, ERROR_NOT_FOUND },
        { STATUS_PRIVILEGE_NOT_HELD, ERROR_PRIVILEGE_NOT_HELD },
        { STATUS_INVALID_USER_BUFFER, ERROR_INVALID_USER_BUFFER },
        { STATUS_DATATYPE_MISALIGNMENT, ERROR_NOACCESS },
        { STATUS_INTEGER_OVERFLOW, ERROR_ARITHMETIC_OVERFLOW },
        { STATUS_MUTANT_NOT_OWNED, ERROR_NOT_OWNER },
        { STATUS_SEMAPHORE_LIMIT_EXCEEDED, ERROR_TOO_MANY_POSTS },
        { STATUS_KEY_DELETED, ERROR_KEY_DELETED },
        { STATUS_REGISTRY_CORRUPT, ERROR_BADDB },
        { STATUS_OBJECT_NAME_EXISTS, ERROR_OBJECT_NAME_EXISTS },
        { STATUS_WAIT_1, ERROR_WAIT_1 },
        { STATUS_NOINTERFACE, ERROR_NOINTERFACE },
    };

    [Theory]
    [MemberData(nameof(CommonMappings))]
    public void RtlNtStatusToDosError_CommonStatus_MapsAsWindows(NTSTATUS status, uint expected)
    {
        Assert.Equal(expected, RtlNtStatusToDosError(status));
    }

    [Fact]
    public void RtlNtStatusToDosError_ExceptionCode_MapsToItself()
    {
        Assert.Equal(0x80000003u, RtlNtStatusToDosError(STATUS_BREAKPOINT));
        Assert.Equal(0xC0000094u, RtlNtStatusToDosError(STATUS_INTEGER_DIVIDE_BY_ZERO));
    }

    [Fact]
    public void RtlNtStatusToDosError_UnknownStatus_ReturnsMrMidNotFound()
    {
        Assert.Equal(ERROR_MR_MID_NOT_FOUND, RtlNtStatusToDosError(unchecked((NTSTATUS)0xC0FF0123)));
        Assert.Equal(317u, ERROR_MR_MID_NOT_FOUND);
    }

    [Fact]
    public void RtlNtStatusToDosError_CustomerCode_PassesThrough()
    {
        var customer = unchecked((NTSTATUS)0xE0001234);

        Assert.Equal(0xE0001234u, RtlNtStatusToDosError(customer));
    }

    [Fact]
    public void RtlNtStatusToDosError_Win32ErrorWrappedAsStatus_Unwraps()
    {
        // NTSTATUS_FROM_WIN32(ERROR_NO_SUCH_DEVICE): 0x80070000 | code.
        var wrapped = unchecked((NTSTATUS)(0x80070000 | ERROR_NO_SUCH_DEVICE));

        Assert.Equal(ERROR_NO_SUCH_DEVICE, RtlNtStatusToDosError(wrapped));
    }

    [Fact]
    public void RtlNtStatusToDosError_ReservedBitSet_MapsAsErrorSeverity()
    {
        var withReservedBit = unchecked((NTSTATUS)((uint)STATUS_ACCESS_DENIED | 0x10000000));

        Assert.Equal(ERROR_ACCESS_DENIED, RtlNtStatusToDosError(withReservedBit));
    }

    [Fact]
    public void RtlNtStatusToDosError_EveryMappedError_IsAWin32ErrorConstant()
    {
        var errors = ConstantField.Of(typeof(Win32Error)).Select(c => (uint)c.Value).ToHashSet();
        var statuses = ConstantField.Of(typeof(Wdm)).Where(c => c.Field.FieldType == typeof(NTSTATUS));

        foreach (var status in statuses)
        {
            uint error = RtlNtStatusToDosError((NTSTATUS)(int)status.Value);
            bool identity = error == unchecked((uint)status.Value);
            Assert.True(errors.Contains(error) || identity, $"{status.Name} maps to {error}, which Win32Error does not name");
        }
    }
}
