using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The base of every framework object (FxObject): a block of the driver's pool whose address gives
/// the handle (address XOR ~7), a parent and children, a reference count, contexts, and the cleanup
/// and destroy callbacks of WDF_OBJECT_ATTRIBUTES.
/// Invariants (kmdf.md §1.3, docs/kmdf.md):
/// - made with one reference (the creation reference), released by <see cref="Delete"/>;
/// - a child holds a reference on its parent until the child is destroyed, so a parent's destroy
///   callback runs after every child's;
/// - deletion disposes the children first (their cleanup callbacks before the parent's), then the
///   object's own cleanup; destroy follows when the count reaches zero;
/// - the count reaching zero on an object that was never deleted is WDF_VIOLATION 0x7.
/// </summary>
[DebuggerDisplay("{DebuggerText,nq}")]
internal abstract partial class FxObject
{
    private readonly Lock _lock = new();
    private List<FxObject>? _children;
    private int _childCount;
    private int _references = 1;
    private int _creationReferenceReleased;
    private FxObjectState _state;
    private EVT_WDF_OBJECT_CONTEXT_CLEANUP? _cleanup;
    private EVT_WDF_OBJECT_CONTEXT_DESTROY? _destroy;

    protected FxObject(FxDriverGlobals globals, FxObjectType type)
    {
        Globals = globals;
        Type = type;
    }

    internal FxDriverGlobals Globals { get; }

    internal FxObjectType Type { get; }

    /// <summary>The object's address in system space (its pool block), 0 until committed.</summary>
    internal ulong Address { get; private set; }

    /// <summary>The handle a driver holds: the address XOR ~7 (fxobject.hpp _ToHandle).</summary>
    internal ulong Handle => Address == 0 ? 0 : Address ^ ~7UL;

    internal FxObject? Parent { get; private set; }

    internal FxObjectState State
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    internal int References => Volatile.Read(ref _references);

    /// <summary>The execution level and synchronization scope the driver asked for (resolved by the
    /// object types that honour them).</summary>
    internal WDF_EXECUTION_LEVEL ExecutionLevel { get; private set; } = WDF_EXECUTION_LEVEL.WdfExecutionLevelInheritFromParent;

    internal WDF_SYNCHRONIZATION_SCOPE SynchronizationScope { get; private set; } = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent;

    /// <summary>Whether the driver may delete the object with WdfObjectDelete (summary-of-framework-objects).</summary>
    internal virtual bool DriverMayDelete => true;

    /// <summary>The default parent when the attributes name none (null: no parent, or a required one).</summary>
    internal virtual FxObject? DefaultParent => Globals.Driver;

    /// <summary>The handle of this object as WDFOBJECT.</summary>
    internal WDFOBJECT AsObject => new(this);

    /// <summary>The WDF type name a debugger shows ("WDFQUEUE").</summary>
    internal string TypeName => FxObjectTypeNames.Of(Type);

    private string DebuggerText => $"{TypeName} 0x{Handle:x16} {_state}";

    /// <summary>Takes the attributes (callbacks, parent, levels, context) and the pool block, and joins
    /// the parent: the object becomes visible. Fails as WdfXxxCreate does for bad attributes.</summary>
    internal NTSTATUS Commit(KTHREAD thread, WDF_OBJECT_ATTRIBUTES? attributes, FxObject? explicitParent = null, ulong extraBytes = 0)
    {
        var parent = explicitParent ?? attributes?.ParentObject.Target ?? DefaultParent;
        if (attributes is not null)
        {
            var status = FxAttributes.Validate(this, attributes);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            _cleanup = attributes.EvtCleanupCallback;
            _destroy = attributes.EvtDestroyCallback;
            ExecutionLevel = attributes.ExecutionLevel;
            SynchronizationScope = attributes.SynchronizationScope;
        }

        var contextBytes = attributes?.ContextTypeInfo is { } info ? Math.Max(info.ContextSize, attributes.ContextSizeOverride) : 0;
        Address = Globals.AllocateObjectMemory(thread, FxObjectMemory.HeaderSize + contextBytes + extraBytes, this);
        if (Address == 0)
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        if (attributes?.ContextTypeInfo is { } typeInfo)
        {
            AddContext(typeInfo, typeInfo.Create());
        }

        if (parent is not null && !parent.AddChild(this))
        {
            // The parent is being deleted: creating a child of it fails (fxobject.cpp Commit).
            Globals.FreeObjectMemory(thread, this, Address);
            Address = 0;
            return Wdm.STATUS_DELETE_PENDING;
        }

        Parent = parent;
        Globals.Library.Handles.Register(this);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The nearest device at or above this object, or null.</summary>
    internal FxDevice? DeviceAncestor()
    {
        for (var o = this; o is not null; o = o.Parent)
        {
            if (o is FxDevice device)
            {
                return device;
            }
        }

        return null;
    }

    /// <summary>WdfObjectReference(WithTag).</summary>
    internal void Reference(object? tag = null)
    {
        Interlocked.Increment(ref _references);
        Globals.Tags.OnReference(this, tag);
    }

    /// <summary>WdfObjectDereference(WithTag): the last reference of a deleted object destroys it.</summary>
    internal void Dereference(KTHREAD thread, object? tag = null)
    {
        Globals.Tags.OnDereference(this, tag);
        var left = Interlocked.Decrement(ref _references);
        if (left > 0)
        {
            return;
        }

        if (left < 0 || State != FxObjectState.Deleted)
        {
            // Dropping the creation reference instead of deleting (fxobject.cpp: WDF_OBJECT_ERROR).
            Globals.BugCheck(thread, Wdf.WDF_OBJECT_ERROR, Handle, 0,
                $"{TypeName} 0x{Handle:x} lost its last reference without WdfObjectDelete (WdfObjectDereference used to delete it)");
        }

        Destroy(thread);
    }

    /// <summary>Deletes the object and everything under it: first every cleanup callback of the
    /// subtree (children before parents), then the creation references are released (children
    /// before parents), so destroy callbacks follow all the cleanups, children first. A second
    /// delete does nothing.</summary>
    internal void Delete(KTHREAD thread)
    {
        if (Dispose(thread))
        {
            Release(thread);
        }
    }

    /// <summary>The cleanup pass: false if the object was already being deleted.</summary>
    private bool Dispose(KTHREAD thread)
    {
        lock (_lock)
        {
            if (_state != FxObjectState.Created)
            {
                return false;
            }

            _state = FxObjectState.Disposing;
        }

        foreach (var child in TakeChildrenSnapshot())
        {
            child.Dispose(thread);
        }

        OnDispose(thread);
        if (_cleanup is { } cleanup)
        {
            using (Globals.EnterClient(thread))
            {
                cleanup(AsObject);
            }
        }

        lock (_lock)
        {
            _state = FxObjectState.Deleted;
        }

        return true;
    }

    /// <summary>The release pass: drops the creation reference of every deleted object of the
    /// subtree, children first (each object once).</summary>
    private void Release(KTHREAD thread)
    {
        if (Interlocked.Exchange(ref _creationReferenceReleased, 1) != 0)
        {
            return;
        }

        foreach (var child in TakeChildrenSnapshot())
        {
            if (child.State == FxObjectState.Deleted)
            {
                child.Release(thread);
            }
        }

        Globals.Log.Object(this, "Deleted");
        Dereference(thread);
    }

    /// <summary>WdfObjectDelete by the driver (a request made by the framework, say, is not deleted this way).</summary>
    internal virtual void DeleteByDriver(KTHREAD thread) => Delete(thread);

    /// <summary>Type-specific work when the object is deleted, before its cleanup callback (a queue
    /// purges, a timer stops ...).</summary>
    protected virtual void OnDispose(KTHREAD thread)
    {
    }

    /// <summary>Type-specific work after the destroy callback, before the memory goes back.</summary>
    protected virtual void OnDestroy(KTHREAD thread)
    {
    }

    private void Destroy(KTHREAD thread)
    {
        lock (_lock)
        {
            Debug.Assert(_children is null || _children.Count == 0, "every child is destroyed before its parent");
            _state = FxObjectState.Destroyed;
        }

        if (_destroy is { } destroy)
        {
            using (Globals.EnterClient(thread))
            {
                destroy(AsObject);
            }
        }

        OnDestroy(thread);
        Globals.Library.Handles.Unregister(this);
        Globals.FreeObjectMemory(thread, this, Address);
        if (Parent is { } parent)
        {
            parent.RemoveChild(this);
            parent.Dereference(thread);
        }
    }

    /// <summary>Deletes every child now (a request at completion, before going back to its list).</summary>
    internal void DeleteChildren(KTHREAD thread)
    {
        if (Volatile.Read(ref _childCount) == 0)
        {
            // The common case (a request with no children) takes no lock.
            return;
        }

        foreach (var child in TakeChildrenSnapshot())
        {
            child.Delete(thread);
        }
    }

    private bool AddChild(FxObject child)
    {
        lock (_lock)
        {
            if (_state != FxObjectState.Created)
            {
                return false;
            }

            (_children ??= []).Add(child);
            _childCount++;
        }

        Interlocked.Increment(ref _references);
        return true;
    }

    private void RemoveChild(FxObject child)
    {
        lock (_lock)
        {
            if (_children?.Remove(child) == true)
            {
                _childCount--;
            }
        }
    }

    private FxObject[] TakeChildrenSnapshot()
    {
        lock (_lock)
        {
            return _children is null ? [] : [.. _children];
        }
    }

    /// <summary>The object's children now (for a debugger and tests).</summary>
    internal IReadOnlyList<FxObject> Children => TakeChildrenSnapshot();
}
