using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Plein.Platform.Accounts;
using Plein.Platform.Audit;
using Plein.Platform.Files;
using Plein.Platform.Mail;
using Plein.Platform.Tenancy;

namespace Plein.Data;

/// <summary>The one context. Provider-specific subclasses exist only to hold their own migration sets (ADR 0003).</summary>
internal abstract class PleinDb(DbContextOptions options)
    : IdentityDbContext<PleinUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    internal const string TenantFilter = "Tenant";

    // Contexts are pooled (ADR 0041): the scope that rents one hands in its tenant (DataModule); EF resets its own state on return.
    private ITenantContext tenant = TenantContext.None;

    /// <summary>This context, reading and writing as the given tenant (the request's, filled in by the tenant middleware).</summary>
    public PleinDb For(ITenantContext scopeTenant)
    {
        tenant = scopeTenant;
        return this;
    }

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationEvent> OrganisationEvents => Set<OrganisationEvent>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ExternalIdentity> ExternalIdentities => Set<ExternalIdentity>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The organisation whose rows this context sees; Guid.Empty on national pages (sees no tenant rows).</summary>
    public Guid CurrentOrganisationId => tenant.Organisation?.Id ?? Guid.Empty;

    /// <summary>National (programme) reporting only: tenant rows of every organisation. Callers are marked and tested.</summary>
    public IQueryable<T> National<T>() where T : class, ITenantOwned => Set<T>().IgnoreQueryFilters([TenantFilter]);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PleinDb).Assembly, t => !t.IsAbstract);
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            builder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, TenantFilterFor(entity.ClrType));
            builder.Entity(entity.ClrType).HasIndex(nameof(ITenantOwned.OrganisationId));
        }
    }

    private LambdaExpression TenantFilterFor(Type type)
    {
        var row = Expression.Parameter(type, "row");
        var owner = Expression.Property(row, nameof(ITenantOwned.OrganisationId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentOrganisationId));
        return Expression.Lambda(Expression.Equal(owner, current), row);
    }

    /// <summary>Saves, or returns false when someone else changed a row in between (its concurrency token no longer matches).</summary>
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ChangeTracker.Clear();
            return false;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var changed = PrepareSave();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        NodeCache?.Saved(changed);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changed = PrepareSave();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        NodeCache?.Saved(changed);
        return saved;
    }

    /// <summary>
    /// A bulk update or delete EF does not track (ExecuteUpdate, ExecuteDelete) of rows a node cache keeps: call it after,
    /// so this node reads them again at once.
    /// </summary>
    public void Changed<T>() => NodeCache?.Saved([typeof(T)]);

    private NodeCache? NodeCache => this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<NodeCache>();

    /// <summary>
    /// Before a save: new rows get the current organisation and the audit log stays append-only. Returns the entity types
    /// (an owned part counts as its owner) with rows added, changed or removed, for the node cache to notice after.
    /// </summary>
    private HashSet<Type> PrepareSave()
    {
        var changed = new HashSet<Type>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ITenantOwned owned)
            {
                if (entry.State == EntityState.Added && owned.OrganisationId == Guid.Empty)
                    entry.Property(nameof(ITenantOwned.OrganisationId)).CurrentValue = CurrentOrganisationId;
                if (owned.OrganisationId == Guid.Empty)
                    throw new InvalidOperationException($"{owned.GetType().Name} has no organisation.");
            }
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) changed.Add(OwnedBy(entry.Metadata));
        }
        AuditEntry.RejectChanges(ChangeTracker);
        return changed;
    }

    /// <summary>The entity an owned part (such as an organisation's theme) belongs to, or the entity itself.</summary>
    private static Type OwnedBy(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.FindOwnership() is { } ownership ? OwnedBy(ownership.PrincipalEntityType) : type.ClrType;
}

internal sealed class SqlitePleinDb(DbContextOptions<SqlitePleinDb> options) : PleinDb(options)
{
    // SQLite cannot compare or order DateTimeOffset text; stored as a sortable number it can.
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        // A time passed to raw SQL (the support insert) is stored the same way.
        builder.DefaultTypeMapping<DateTimeOffset>().HasConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class PostgresPleinDb(DbContextOptions<PostgresPleinDb> options) : PleinDb(options);
