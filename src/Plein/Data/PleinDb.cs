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
internal abstract class PleinDb(DbContextOptions options, ITenantContext tenant)
    : IdentityDbContext<PleinUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    internal const string TenantFilter = "Tenant";

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
        var organisations = PrepareSave();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        organisations?.Forget();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var organisations = PrepareSave();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        organisations?.Forget();
        return saved;
    }

    /// <summary>
    /// Before a save: new rows get the current organisation, the audit log stays append-only, and when an organisation
    /// (or an owned part of one, such as its theme) changes, the app's organisation cache comes back to be emptied after.
    /// </summary>
    private OrganisationCache? PrepareSave()
    {
        var organisationsChange = false;
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is ITenantOwned owned)
            {
                if (entry.State == EntityState.Added && owned.OrganisationId == Guid.Empty)
                    entry.Property(nameof(ITenantOwned.OrganisationId)).CurrentValue = CurrentOrganisationId;
                if (owned.OrganisationId == Guid.Empty)
                    throw new InvalidOperationException($"{owned.GetType().Name} has no organisation.");
            }
            else if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && OwnedBy(entry.Metadata) == typeof(Organisation))
            {
                organisationsChange = true;
            }
        }
        AuditEntry.RejectChanges(ChangeTracker);
        return organisationsChange
            ? this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<OrganisationCache>()
            : null;
    }

    /// <summary>The entity an owned part (such as an organisation's theme) belongs to, or the entity itself.</summary>
    private static Type OwnedBy(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
        type.FindOwnership() is { } ownership ? OwnedBy(ownership.PrincipalEntityType) : type.ClrType;
}

internal sealed class SqlitePleinDb(DbContextOptions<SqlitePleinDb> options, ITenantContext tenant) : PleinDb(options, tenant)
{
    // SQLite cannot compare or order DateTimeOffset text; stored as a sortable number it can.
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

internal sealed class PostgresPleinDb(DbContextOptions<PostgresPleinDb> options, ITenantContext tenant) : PleinDb(options, tenant);
