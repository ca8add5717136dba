using NtSim.Tests.Ob;
using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The object manager's rules: a count changed from zero (any option), a malformed name given
/// to a Zw routine (security checks), and Windows' outcome without them.</summary>
public sealed class ObjectRulesUnderFlagsTests
{
    [Fact]
    public void ObDereferenceObject_OnDeletedObject_WithoutVerifier_BugChecksReferenceByPointer()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong address = 0, type = 0;
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            address = ObTest.Header(body).BodyAddress;
            type = ObTest.Header(body).Manager.TypeObjectAddress(ObjectTypes.Directory);
            ZwClose(h);
            ObDereferenceObject(body);
        });
        MachineAssert.BugCheck(machine, status, REFERENCE_BY_POINTER, type, address, 0, 0);
    }

    [Fact]
    public void ObDereferenceObject_OnDeletedObject_UnderAnyOption_BugChecksC4_3F()
    {
        using var machine = VerifierBoot.With(VerifierFlags.DmaChecking);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            address = ObTest.Header(body).BodyAddress;
            ZwClose(h);
            ObDereferenceObject(body);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3F, address, 0xFFFFFFFFFFFFFFFF, 0);
    }

    [Fact]
    public void ObReferenceObject_OnDeletedObject_WithoutVerifier_GoesOnAndItsDereferenceFindsZero()
    {
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong address = 0, type = 0;
        long count = 0;
        var status = machine.Run(() =>
        {
            var h = ObTest.CreateDirectory(null);
            var body = ObTest.Body(h);
            address = ObTest.Header(body).BodyAddress;
            type = ObTest.Header(body).Manager.TypeObjectAddress(ObjectTypes.Directory);
            ZwClose(h);
            count = ObfReferenceObject(body);
            ObDereferenceObject(body);
        });
        Assert.Equal(1, count);
        MachineAssert.BugCheck(machine, status, REFERENCE_BY_POINTER, type, address, 0, 0);
    }

    [Theory]
    [InlineData(5, 6)]
    [InlineData(6, 6)]
    public void ZwCreateDirectoryObject_OddOrInconsistentName_WithoutSecurityChecks_IsHandledAsWindowsDoes(ushort length, ushort maximumLength)
    {
        // Windows reads the name by its Length alone: an odd Length is STATUS_OBJECT_NAME_INVALID; an odd
        // MaximumLength with a readable Length names the object as usual.
        using var machine = VerifierBoot.Without(VerifierFlags.SecurityChecks);
        var status = STATUS_PENDING;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var name = new UNICODE_STRING { Buffer = @"\Odd".ToCharArray(), Length = length, MaximumLength = (ushort)(maximumLength + 1) };
            InitializeObjectAttributes(out var oa, name, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            status = ZwCreateDirectoryObject(out var handle, DIRECTORY_ALL_ACCESS, oa);
            if (NT_SUCCESS(status))
            {
                ZwClose(handle);
            }
        }));
        Assert.Equal(length % 2 == 0 ? STATUS_SUCCESS : STATUS_OBJECT_NAME_INVALID, status);
    }

    [Fact]
    public void ZwCreateDirectoryObject_MalformedName_UnderSecurityChecks_BugChecksC4_E4()
    {
        using var machine = VerifierBoot.With(VerifierFlags.SecurityChecks);
        var status = machine.Run(() =>
        {
            var name = new UNICODE_STRING { Buffer = new char[4], Length = 5, MaximumLength = 8 };
            InitializeObjectAttributes(out var oa, name, OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            ZwCreateDirectoryObject(out _, DIRECTORY_ALL_ACCESS, oa);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE4, 0, 0, 0);
    }
}
