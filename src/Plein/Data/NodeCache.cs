using System.Collections.Concurrent;

namespace Plein.Data;

/// <summary>
/// Rows that nearly every request reads and that rarely change (an organisation, a process page's frame, a budget
/// round), kept by this node for ten seconds (ADR 0040). Each entry names the entity types it was read from; a save
/// through this node that adds, changes or removes one of those makes it stale at once. Another node, or SQL run
/// outside Plein, is seen when the entry expires. Values are shared between requests: read only.
/// </summary>
internal sealed class NodeCache(TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromSeconds(10);
    private const int Tidy = 10_000;

    private readonly ConcurrentDictionary<Type, long> saves = new();
    private readonly ConcurrentDictionary<object, Entry> entries = new();

    private sealed record Entry(object Value, long Stamp, DateTimeOffset Until);

    /// <summary>
    /// The value under this key, loaded again when it is older than ten seconds or a type it reads from was saved
    /// here since. A null is not kept. The key must name the organisation when the load is filtered by it.
    /// </summary>
    public async Task<T?> GetAsync<T>(object key, Type[] readsFrom, Func<Task<T?>> load) where T : class
    {
        var stamp = Stamp(readsFrom);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var kept) && kept.Stamp == stamp && kept.Until > now) return (T)kept.Value;
        var value = await load();
        if (value is null) entries.TryRemove(key, out _);
        else
        {
            if (entries.Count >= Tidy) foreach (var old in entries.Where(e => e.Value.Until <= now)) entries.TryRemove(old);
            entries[key] = new Entry(value, stamp, now + Fresh);
        }
        return value;
    }

    /// <summary>Called after rows of these types were saved on this node, also by a bulk update EF does not track.</summary>
    public void Saved(IEnumerable<Type> types)
    {
        foreach (var type in types) saves.AddOrUpdate(type, 1, (_, count) => count + 1);
    }

    // Counts only grow, so their sum changes whenever one of them does.
    private long Stamp(Type[] types)
    {
        long stamp = 0;
        foreach (var type in types) stamp += saves.GetValueOrDefault(type);
        return stamp;
    }
}
