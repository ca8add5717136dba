using static NtSim.Wdm;

namespace NtSim.Tests.Se;

/// <summary>The Se and Rtl security DDIs as a driver calls them: SIDs, ACLs and descriptors built by hand,
/// the subject context, SeAccessCheck, the privileges, and their IRQL rule.</summary>
public sealed class SeDdiTests
{
    [Fact]
    public void RtlSidRoutines_LengthValidityCopyAndEquality()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var system = SeExports.SeLocalSystemSid;
            var admins = SeExports.SeAliasAdminsSid;
            Assert.True(RtlValidSid(system));
            Assert.False(RtlValidSid(null));
            Assert.False(RtlValidSid(new SID { Revision = 2 }));
            Assert.Equal(12u, RtlLengthSid(system));
            Assert.Equal(16u, RtlLengthSid(admins));

            var copy = new SID();
            Assert.Equal(STATUS_BUFFER_TOO_SMALL, RtlCopySid(12, copy, admins));
            Assert.Equal(STATUS_SUCCESS, RtlCopySid(RtlLengthSid(admins), copy, admins));
            Assert.True(RtlEqualSid(copy, admins));
            Assert.False(RtlEqualSid(copy, system));
            Assert.Equal("S-1-5-32-544", copy.ToString());
        }));
    }

    [Fact]
    public void RtlSecurityDescriptor_BuiltByHand_LengthValidityAndDacl()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var descriptor = new SECURITY_DESCRIPTOR();
            Assert.Equal(STATUS_UNKNOWN_REVISION, RtlCreateSecurityDescriptor(descriptor, 2));
            Assert.Equal(STATUS_SUCCESS, RtlCreateSecurityDescriptor(descriptor, SECURITY_DESCRIPTOR_REVISION));
            Assert.Equal(SECURITY_DESCRIPTOR_MIN_LENGTH, RtlLengthSecurityDescriptor(descriptor));

            var acl = new ACL();
            var size = 8 + (8 + RtlLengthSid(SeExports.SeAliasAdminsSid));
            Assert.Equal(STATUS_BUFFER_TOO_SMALL, RtlCreateAcl(acl, 4, ACL_REVISION));
            Assert.Equal(STATUS_SUCCESS, RtlCreateAcl(acl, size, ACL_REVISION));
            Assert.Equal(STATUS_SUCCESS, RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_ALL, SeExports.SeAliasAdminsSid));
            Assert.Equal(STATUS_ALLOTTED_SPACE_EXCEEDED, RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_READ, SeExports.SeWorldSid));
            Assert.Equal(STATUS_INVALID_SID, RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_READ, new SID { SubAuthorityCount = 16 }));

            Assert.Equal(STATUS_SUCCESS, RtlSetDaclSecurityDescriptor(descriptor, true, acl, false));
            Assert.True(RtlValidSecurityDescriptor(descriptor));
            Assert.Equal(SECURITY_DESCRIPTOR_MIN_LENGTH + size, RtlLengthSecurityDescriptor(descriptor));
            Assert.Equal(STATUS_SUCCESS, RtlGetDaclSecurityDescriptor(descriptor, out var present, out var dacl, out var defaulted));
            Assert.True(present);
            Assert.Same(acl, dacl);
            Assert.False(defaulted);
            Assert.Equal("D:(A;;GA;;;BA)", descriptor.ToString());

            descriptor.Control |= SE_SELF_RELATIVE;
            Assert.Equal(STATUS_INVALID_SECURITY_DESCR, RtlSetDaclSecurityDescriptor(descriptor, false, null, false));
        }));
    }

    [Theory]
    [InlineData(ProcessAccount.ElevatedAdministrator, true)]
    [InlineData(ProcessAccount.StandardUser, false)]
    public void SeAccessCheck_InTheCallersContext_DescriptorGrantingAdministrators(ProcessAccount account, bool expected)
    {
        using var machine = MachineAssert.Boot();
        bool? allowed = null;
        NTSTATUS accessStatus = STATUS_PENDING;
        uint granted = 1;
        bool kernelAllowed = false;
        MachineAssert.Completed(machine, machine.Run(() => Io.IoTestDriver.LoadWithDevice("Check", driver =>
        {
            driver.MajorFunction[IRP_MJ_CREATE] = (device, irp) =>
            {
                // A driver checking its own descriptor in the opener's context, as a file system does.
                var descriptor = new SECURITY_DESCRIPTOR();
                var acl = new ACL();
                RtlCreateSecurityDescriptor(descriptor, SECURITY_DESCRIPTOR_REVISION);
                RtlCreateAcl(acl, 64, ACL_REVISION);
                RtlAddAccessAllowedAce(acl, ACL_REVISION, GENERIC_ALL, SeExports.SeAliasAdminsSid);
                RtlSetDaclSecurityDescriptor(descriptor, true, acl, false);
                var mapping = new GENERIC_MAPPING { GenericRead = FILE_GENERIC_READ, GenericWrite = FILE_GENERIC_WRITE, GenericExecute = FILE_GENERIC_EXECUTE, GenericAll = FILE_ALL_ACCESS };
                var subject = new SECURITY_SUBJECT_CONTEXT();
                SeCaptureSubjectContext(subject);
                SeLockSubjectContext(subject);
                allowed = SeAccessCheck(descriptor, subject, true, GENERIC_READ, 0, out var privileges, mapping, UserMode, out granted, out accessStatus);
                kernelAllowed = SeAccessCheck(descriptor, subject, true, GENERIC_WRITE, 0, out _, mapping, KernelMode, out _, out _);
                SeUnlockSubjectContext(subject);
                SeReleaseSubjectContext(subject);
                Assert.Null(privileges);
                Assert.Null(subject.PrimaryToken);
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            };
            driver.MajorFunction[IRP_MJ_CLOSE] = driver.MajorFunction[IRP_MJ_CLEANUP] = (_, irp) =>
            {
                IoCompleteRequest(irp, IO_NO_INCREMENT);
                return STATUS_SUCCESS;
            };
            Assert.Equal(STATUS_SUCCESS, IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Check"), new UNICODE_STRING(@"\Device\Check")));
        })));

        Assert.Equal(0, SecureDevice.RunAs(machine, account, () => SecureDevice.Open(@"\\.\Check", GENERIC_READ)));
        Assert.Equal(expected, allowed);
        Assert.Equal(expected ? STATUS_SUCCESS : STATUS_ACCESS_DENIED, accessStatus);
        Assert.Equal(expected ? FILE_GENERIC_READ : 0u, granted);
        Assert.True(kernelAllowed);
    }

    [Fact]
    public void SePrivilegeChecks_SystemThreadHoldsTcb_KernelModeAlwaysPasses()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.True(SeSinglePrivilegeCheck(SeExports.SeTcbPrivilege, UserMode));   // a system thread runs as SYSTEM
            Assert.True(SeSinglePrivilegeCheck(SeExports.SeDebugPrivilege, KernelMode));
            var subject = new SECURITY_SUBJECT_CONTEXT();
            SeCaptureSubjectContext(subject);
            var set = new PRIVILEGE_SET
            {
                PrivilegeCount = 2,
                Control = PRIVILEGE_SET_ALL_NECESSARY,
                Privilege = [new() { Luid = SeExports.SeTcbPrivilege }, new() { Luid = RtlConvertLongToLuid(SE_DEBUG_PRIVILEGE) }],
            };
            Assert.True(SePrivilegeCheck(set, subject, UserMode));
            Assert.Equal(SE_PRIVILEGE_USED_FOR_ACCESS, set.Privilege[1].Attributes);
            SeReleaseSubjectContext(subject);
        }));
    }

    [Fact]
    public void SePrivilegeCheck_StandardUserSubject_DebugNotHeld_AnyOneSetPassesWithChangeNotify()
    {
        using var machine = MachineAssert.Boot();
        var results = new List<bool>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var subject = new SECURITY_SUBJECT_CONTEXT { PrimaryToken = AccessTokens.StandardUser() };
            var both = new PRIVILEGE_SET
            {
                PrivilegeCount = 2,
                Control = PRIVILEGE_SET_ALL_NECESSARY,
                Privilege = [new() { Luid = SeExports.SeDebugPrivilege }, new() { Luid = SeExports.SeChangeNotifyPrivilege }],
            };
            results.Add(SePrivilegeCheck(both, subject, UserMode));
            both.Control = 0;
            results.Add(SePrivilegeCheck(both, subject, UserMode));
        }));

        Assert.Equal([false, true], results);
    }

    [Fact]
    public void SeAccessCheck_AtDispatchLevel_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            SeAccessCheck(new SECURITY_DESCRIPTOR(), new SECURITY_SUBJECT_CONTEXT(), false, GENERIC_READ, 0, out _, default, KernelMode, out _, out _);
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (PASSIVE_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
        Assert.Contains("SeAccessCheck called at IRQL 2", machine.BugCheck!.Detail, StringComparison.Ordinal);
    }
}
