using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The PnP manager of a machine: the device tree under <c>HTREE\ROOT\0</c>, and the engine that
/// enumerates buses, picks and loads drivers, builds device stacks (AddDevice: lower filters, the
/// function driver, upper filters) and sends the PnP IRPs in Windows' order (docs/pnp.md).
/// Everything that changes the tree runs on a simulated system thread holding the engine lock:
/// the host's operations (devcon) on a thread of their own, the drivers' requests
/// (IoInvalidateDeviceRelations, IoInvalidateDeviceState, IoRequestDeviceEject) on a delayed worker
/// thread, as Windows queues its device actions.
/// </summary>
// Nodes takes the PnP lock and builds a list: a debugger view shows the root only.
[DebuggerDisplay("PnP: root {Root.InstancePath,nq}")]
public sealed partial class PnpManager
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly Queue<PnpRequest> _requests = new();
    private readonly Dictionary<string, DeviceNode> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly WORK_QUEUE_ITEM _worker = new();
    private readonly KEVENT _engineLock = new();
    private bool _workerQueued;

    internal PnpManager(Machine machine)
    {
        _machine = machine;
        Root = new DeviceNode(null, null, RootInstancePath);
        _byPath.Add(RootInstancePath, Root);
        lock (machine.Scheduler.Lock)
        {
            Events.InitializeLocked(machine, _engineLock, Wdm.SynchronizationEvent, true);
        }

        _worker.WorkerRoutine = _ => ProcessRequests(KTHREAD.Current!);
        _worker.Module = machine.Modules.Kernel;
    }

    /// <summary>The root's instance path, as !devnode prints it.</summary>
    public const string RootInstancePath = @"HTREE\ROOT\0";

    /// <summary>HTREE\ROOT\0: its PDO belongs to the PnP manager's root enumerator.</summary>
    public DeviceNode Root { get; }

    /// <summary>Every device node, the tree in preorder (root first, children in the order reported).</summary>
    public IReadOnlyList<DeviceNode> Nodes
    {
        get
        {
            lock (_lock)
            {
                var nodes = new List<DeviceNode>();
                Collect(Root, nodes);
                return nodes;
            }
        }
    }

    /// <summary>The device node with this instance path (case-insensitive), or null.</summary>
    public DeviceNode? Find(string instancePath)
    {
        ArgumentNullException.ThrowIfNull(instancePath);
        lock (_lock)
        {
            return _byPath.GetValueOrDefault(instancePath);
        }
    }

    internal Machine Machine => _machine;

    /// <summary>Drops a reference the PnP manager holds on a PDO (ObDereferenceObject's work, without
    /// the DDI gate: the PnP manager is no driver).</summary>
    private void Dereference(DEVICE_OBJECT pdo) =>
        _machine.ObjectManager.Dereference(_machine.ObjectManager.HeaderOf(pdo, nameof(Wdm.ObDereferenceObject)));

    internal RootEnumerator? RootEnumerator { get; private set; }

    /// <summary>Whether no request is queued and no worker is processing one.</summary>
    internal bool IsQuiet
    {
        get
        {
            lock (_lock)
            {
                return _requests.Count == 0 && !_workerQueued;
            }
        }
    }

    /// <summary>Queues a device action for the PnP worker (from any thread at or below DISPATCH_LEVEL).</summary>
    internal void Request(KTHREAD thread, PnpRequest request)
    {
        bool queue;
        lock (_lock)
        {
            _requests.Enqueue(request);
            queue = !_workerQueued;
            _workerQueued = true;
        }

        if (queue)
        {
            _machine.WorkQueues.Queue(thread, _worker, Wdm.DelayedWorkQueue);
        }
    }

    /// <summary>Runs a host operation on a system thread under the engine lock, then lets the
    /// requests it caused run, then unloads the PnP drivers left without a device.</summary>
    internal RunStatus Operate(Action<KTHREAD> operation, string name)
    {
        var status = _machine.Run(() =>
        {
            var thread = KTHREAD.Current!;
            AcquireEngine();
            try
            {
                EnsureRoot(thread);
                operation(thread);
            }
            finally
            {
                ReleaseEngine();
            }
        }, name);
        if (status == RunStatus.Completed)
        {
            status = _machine.DriveUntil(() => IsQuiet);
        }

        if (!_machine.IsHalted)
        {
            _machine.Services.UnloadIdlePnpDrivers();
        }

        return status;
    }

    internal void AcquireEngine()
    {
        var thread = KTHREAD.Current!;
        _machine.Scheduler.Wait(thread, [_engineLock], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.Executive);
    }

    internal void ReleaseEngine()
    {
        Events.Set(_machine, _engineLock);
        _machine.Scheduler.SchedulingPoint(KTHREAD.Current!);
    }

    /// <summary>Adds a node to the tree (engine lock held).</summary>
    internal void Link(DeviceNode parent, DeviceNode child)
    {
        lock (_lock)
        {
            parent.AddChild(child);
            _byPath.Add(child.InstancePath, child);
        }
    }

    /// <summary>Takes a node out of the tree (engine lock held).</summary>
    internal void Unlink(DeviceNode node)
    {
        lock (_lock)
        {
            node.Parent?.RemoveChild(node);
            _byPath.Remove(node.InstancePath);
        }
    }

    private void ProcessRequests(KTHREAD thread)
    {
        AcquireEngine();
        try
        {
            EnsureRoot(thread);
            while (true)
            {
                PnpRequest request;
                lock (_lock)
                {
                    if (!_requests.TryDequeue(out request!))
                    {
                        _workerQueued = false;
                        return;
                    }
                }

                Process(thread, request);
            }
        }
        finally
        {
            ReleaseEngine();
        }
    }

    private void EnsureRoot(KTHREAD thread)
    {
        if (RootEnumerator is null)
        {
            RootEnumerator = RootEnumerator.Create(thread, this);
            Root.PhysicalDeviceObject = RootEnumerator.RootPdo;
            RootEnumerator.RootPdo.DeviceNode = Root;
            Root.Service = null;
            Root.SetState(DeviceNodeState.DeviceNodeStarted);
        }
    }

    private static void Collect(DeviceNode node, List<DeviceNode> nodes)
    {
        nodes.Add(node);
        foreach (var child in node.Children)
        {
            Collect(child, nodes);
        }
    }
}
