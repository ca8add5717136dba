namespace NtSim;

/// <summary>
/// The object that stands for an OBJECT_TYPE in one machine: it is named in <c>\ObjectTypes</c>
/// and counts the type's objects and handles (TotalNumberOfObjects, TotalNumberOfHandles and their
/// high-water marks, as <c>!object</c> on a type shows). Guarded by the object manager's lock.
/// </summary>
internal sealed class ObjectTypeObject : IObjectBody
{
    internal ObjectTypeObject(OBJECT_TYPE type)
    {
        Type = type;
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    internal OBJECT_TYPE Type { get; }

    internal long TotalNumberOfObjects { get; private set; }

    internal long TotalNumberOfHandles { get; private set; }

    internal long HighWaterNumberOfObjects { get; private set; }

    internal long HighWaterNumberOfHandles { get; private set; }

    internal void ObjectCreated() => HighWaterNumberOfObjects = Math.Max(HighWaterNumberOfObjects, ++TotalNumberOfObjects);

    internal void ObjectDeleted() => TotalNumberOfObjects--;

    internal void HandleOpened() => HighWaterNumberOfHandles = Math.Max(HighWaterNumberOfHandles, ++TotalNumberOfHandles);

    internal void HandleClosed() => TotalNumberOfHandles--;
}
