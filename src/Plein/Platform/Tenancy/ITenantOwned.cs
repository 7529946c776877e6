namespace Plein.Platform.Tenancy;

/// <summary>A row that belongs to one organisation; PleinDb filters and stamps it centrally.</summary>
internal interface ITenantOwned
{
    Guid OrganisationId { get; }
}
