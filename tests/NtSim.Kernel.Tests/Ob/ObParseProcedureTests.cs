using static NtSim.Wdm;

namespace NtSim.Tests.Ob;

/// <summary>The hooks the I/O manager builds on: a device-like object whose parse procedure opens
/// file-like objects beyond it, and the close and delete procedures of bodies.</summary>
public sealed class ObParseProcedureTests
{
    private sealed class FakeDevice : IObjectParser
    {
        public List<string> Parsed { get; } = [];

        public ObjectHeader? ObjectHeader { get; set; }

        public NTSTATUS Parse(ObjectHeader header, ParseRequest request, out ObjectHeader? found, out string? reparseName)
        {
            Parsed.Add(request.RemainingName);
            found = null;
            reparseName = null;
            if (request.RemainingName == @"\redirect")
            {
                reparseName = @"\Device";
                return STATUS_REPARSE;
            }

            found = header.Manager.CreateObject(ObjectTypes.File, new FakeFile(request.RemainingName), header.Manager.Machine.Modules.Kernel, null, 0);
            return STATUS_SUCCESS;
        }
    }

    private sealed class FakeFile(string name) : IObjectBody
    {
        public string Name { get; } = name;

        public List<string> Events { get; } = [];

        public ObjectHeader? ObjectHeader { get; set; }

        public void OnHandleClosed(ObjectHeader header, long remainingHandles) => Events.Add($"close {remainingHandles}");

        public void OnDelete(ObjectHeader header) => Events.Add("delete");
    }

    private static CapturedName Name(string name) => new(null, name, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE);

    [Fact]
    public void Lookup_ReachingAParser_HandsItTheRestOfTheName()
    {
        using var machine = MachineAssert.Boot();
        var device = new FakeDevice();
        FakeFile? file = null;
        object? deviceItself = null, reparsed = null;
        NTSTATUS onDirectory = 0, collision = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var objects = machine.ObjectManager;
            var header = objects.CreateObject(ObjectTypes.Device, device, machine.Modules.Kernel, null, 0);
            Assert.Equal(STATUS_SUCCESS, objects.InsertObject(header, new CapturedName(null, @"\Device\Fake", OBJ_PERMANENT), 0,
                createHandle: false, keepReference: false, machine.Modules.Kernel, null, 0, out _, out _));
            Assert.Equal(STATUS_SUCCESS, objects.CreateSymbolicLink(@"\DosDevices\FakeLink", @"\Device\Fake", machine.Modules.Kernel, null, 0));

            Assert.Equal(STATUS_SUCCESS, objects.OpenObjectByName(Name(@"\??\fakelink\dir\file.txt"), ObjectTypes.File, 0, KernelMode, null, out var opened));
            file = (FakeFile)opened!.Body;
            var handle = objects.CreateHandle(opened, FILE_READ_ACCESS, OBJ_KERNEL_HANDLE, machine.Modules.Kernel, null, 0);
            objects.Dereference(opened);
            Assert.Equal(STATUS_SUCCESS, ZwClose(handle));

            Assert.Equal(STATUS_SUCCESS, objects.OpenObjectByName(Name(@"\Device\Fake"), ObjectTypes.Device, 0, KernelMode, null, out var self));
            deviceItself = self!.Body;
            objects.Dereference(self);

            Assert.Equal(STATUS_SUCCESS, objects.OpenObjectByName(Name(@"\Device\Fake\redirect"), ObjectTypes.Directory, 0, KernelMode, null, out var dir));
            reparsed = objects.QueryName(dir!);
            objects.Dereference(dir!);

            onDirectory = objects.OpenObjectByName(Name(@"\Device\Fake\x"), ObjectTypes.Directory, 0, KernelMode, null, out _);
            collision = ZwCreateDirectoryObject(out _, DIRECTORY_ALL_ACCESS, ObTest.Attributes(@"\Device\Fake"));
        }));
        Assert.Equal(STATUS_OBJECT_NAME_COLLISION, collision); // creating over a device does not parse
        Assert.Equal([@"\dir\file.txt", @"\redirect", @"\x"], device.Parsed);
        Assert.Equal(@"\dir\file.txt", file!.Name);
        Assert.Equal(["close 0", "delete"], file.Events);
        Assert.Same(device, deviceItself);
        Assert.Equal(@"\Device", reparsed);
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, onDirectory); // the parser made a File
    }

    private const uint FILE_READ_ACCESS = 0x0001;
}
