namespace Plein.Data;

/// <summary>
/// The version of a row a form was made from, carried as the UTC ticks of its <c>UpdatedAt</c>. A value no real row can
/// have (tampered with, or out of range) reads as a version that never matches, so the save is refused as stale.
/// </summary>
internal static class RowVersion
{
    public static long Of(DateTimeOffset updatedAt) => updatedAt.UtcTicks;

    public static DateTimeOffset From(long ticks) =>
        ticks is >= 0 && ticks <= 3155378975999999999 ? new DateTimeOffset(ticks, TimeSpan.Zero) : DateTimeOffset.MinValue;
}
