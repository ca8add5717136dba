using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>The object tree's rules (docs/kmdf.md "Object lifetime"): cleanup children first, destroy
/// after the last reference, parents destroyed after their children, contexts by type.</summary>
public sealed class ObjectLifetimeTests
{
    private sealed class NODE_CONTEXT
    {
        public int Value;
    }

    private static readonly PFN_WDF_GET_CONTEXT<NODE_CONTEXT> NodeGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<NODE_CONTEXT>();

    private static WDF_OBJECT_ATTRIBUTES Attributes(List<string> log, string name, WDFOBJECT parent = default)
    {
        WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
        attributes.ParentObject = parent;
        attributes.EvtCleanupCallback = _ => log.Add($"cleanup {name}");
        attributes.EvtDestroyCallback = _ => log.Add($"destroy {name}");
        return attributes;
    }

    [Fact]
    public void WdfObjectDelete_ParentWithChildren_CleansUpChildrenFirstAndDestroysThemFirst()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var log = new List<string>();
        var status = ScriptedDriver.Run(machine, "tree1", driver =>
        {
            WdfObjectCreate(Attributes(log, "parent"), out var parent);
            WdfObjectCreate(Attributes(log, "child", parent), out var child);
            WdfObjectCreate(Attributes(log, "grandchild", child), out _);
            WdfObjectDelete(parent);
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
        Assert.Equal(["cleanup grandchild", "cleanup child", "cleanup parent", "destroy grandchild", "destroy child", "destroy parent"], log);
    }

    [Fact]
    public void WdfObjectDelete_WithExtraReference_DestroysAtTheLastDereference()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var log = new List<string>();
        var status = ScriptedDriver.Run(machine, "tree2", driver =>
        {
            WdfObjectCreate(Attributes(log, "object"), out var target);
            WdfObjectReferenceWithTag(target, "test");
            WdfObjectDelete(target);
            log.Add("deleted");
            WdfObjectDereferenceWithTag(target, "test");
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
        Assert.Equal(["cleanup object", "deleted", "destroy object"], log);
    }

    [Fact]
    public void Context_DeclaredType_IsZeroedPerObjectAndMapsBack()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var values = new List<int>();
        var status = ScriptedDriver.Run(machine, "ctx1", driver =>
        {
            WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<NODE_CONTEXT>(out var attributes);
            WdfObjectCreate(attributes, out var first);
            WdfObjectCreate(attributes, out var second);
            NodeGetContext(first)!.Value = 7;
            values.Add(NodeGetContext(first)!.Value);
            values.Add(NodeGetContext(second)!.Value);
            values.Add(WdfObjectContextGetObject(NodeGetContext(second)!) == second ? 1 : 0);
            WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out var bare);
            values.Add(WdfObjectGetTypedContext<NODE_CONTEXT>(bare) is null ? 1 : 0);
            WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<NODE_CONTEXT>(out var extra);
            values.Add((int)WdfObjectAllocateContext<NODE_CONTEXT>(bare, extra, out var added));
            values.Add(ReferenceEquals(added, NodeGetContext(bare)) ? 1 : 0);
            values.Add((int)WdfObjectAllocateContext<NODE_CONTEXT>(bare, extra, out _));
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
        Assert.Equal([7, 0, 1, 1, (int)STATUS_SUCCESS, 1, (int)STATUS_OBJECT_NAME_EXISTS], values);
    }

    [Fact]
    public void WdfObjectCreate_ChildOfParentBeingDeleted_FailsWithDeletePending()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        NTSTATUS childStatus = default;
        var status = ScriptedDriver.Run(machine, "pending1", driver =>
        {
            WDF_OBJECT_ATTRIBUTES_INIT(out var parentAttributes);
            WDFOBJECT parent = default;
            parentAttributes.EvtCleanupCallback = self =>
            {
                WDF_OBJECT_ATTRIBUTES_INIT(out var childAttributes);
                childAttributes.ParentObject = self;
                childStatus = WdfObjectCreate(childAttributes, out _);
            };
            WdfObjectCreate(parentAttributes, out parent);
            WdfObjectDelete(parent);
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
        Assert.Equal(STATUS_DELETE_PENDING, childStatus);
    }

    [Fact]
    public void Handle_Value_IsTheObjectAddressXorNotSeven()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        ulong value = 0;
        ulong address = 0;
        var status = ScriptedDriver.Run(machine, "handle1", driver =>
        {
            WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out var target);
            value = target.Value;
            address = target.Target!.Address;
            return STATUS_SUCCESS;
        });

        MachineAssert.Completed(machine, status);
        Assert.Equal(address ^ ~7UL, value);
        Assert.Equal(0xFFFFUL, address >> 48);
        Assert.Equal(0UL, value >> 48);
    }
}
