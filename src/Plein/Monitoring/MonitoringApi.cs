using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plein.Data;
using Plein.Monitoring.Kpis;
using Plein.Platform.Export;
using Plein.Platform.Security;

namespace Plein.Monitoring;

/// <summary>
/// Open data: every KPI aggregated over all organisations (counts, never people), as JSON at /api/v1/monitoring/kpis
/// and as a CSV or spreadsheet download at /monitoring/kpis.csv and .xlsx.
/// </summary>
internal static class MonitoringApi
{
    internal sealed record KpiDto(string Sleutel, string Naam, string Prioriteit, string Eenheid, string Soort, decimal? Waarde, DateOnly PeriodeVan, DateOnly PeriodeTot,
        decimal? Nulmeting, DateOnly? NulmetingOp, decimal? Doel, DateOnly? DoelOp, int? VoortgangProcent, string Bron);
    internal sealed record KwartaalDto(string Kwartaal, DateOnly Van, DateOnly Tot, decimal? Waarde);
    internal sealed record KpiDetailDto(KpiDto Kpi, IReadOnlyList<KwartaalDto> Verloop);
    internal sealed record KpiLijst(DateOnly Peildatum, IReadOnlyList<KpiDto> Kpis);

    public static WebApplication MapMonitoringOpenData(this WebApplication app)
    {
        var api = app.MapGroup(Platform.Api.ApiConventions.Root + "/monitoring").WithTags("Monitoring").RequireRateLimiting(RateLimits.Api);
        api.MapGet("/kpis", List).WithName("monitoringKpis")
            .WithSummary("Alle KPI's van het programma met waarde, nulmeting, doel en voortgang, opgeteld over alle organisaties; als CSV met Accept: text/csv");
        api.MapGet("/kpis/{sleutel}", One).WithName("monitoringKpi").WithSummary("Eén KPI met het verloop over de laatste acht kwartalen");
        app.MapGet("/monitoring/kpis.{format:regex(^(csv|xlsx)$)}", async (HttpContext http, KpiValues values, string format, CancellationToken ct) =>
        {
            var rows = (await values.AllAsync(Platform.Tenancy.Organisation.Today, quarters: 0, ct, cached: true)).Select(ToDto).ToList();
            TableExport.Start(http, format, "kpis-democratie-in-actie");
            await TableExport.WriteAsync(http, format, rows.ToAsyncEnumerable(), ct);
        }).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<KpiLijst>, EmptyHttpResult>> List(HttpContext http, KpiValues values, CancellationToken ct)
    {
        var today = Platform.Tenancy.Organisation.Today;
        var rows = (await values.AllAsync(today, quarters: 0, ct, cached: true)).Select(ToDto).ToList();
        if (!http.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase)) return TypedResults.Ok(new KpiLijst(today, rows));
        TableExport.Start(http, "csv", "kpis-democratie-in-actie");
        await TableExport.WriteAsync(http, "csv", rows.ToAsyncEnumerable(), ct);
        return TypedResults.Empty;
    }

    private static async Task<Results<Ok<KpiDetailDto>, ProblemHttpResult>> One(PleinDb db, KpiValues values, string sleutel, CancellationToken ct)
    {
        if (await db.Set<Kpi>().AsNoTracking().FirstOrDefaultAsync(k => k.Key == sleutel, ct) is not { } kpi)
            return TypedResults.Problem(statusCode: 404, title: "Niet gevonden", detail: "Deze KPI bestaat niet. De lijst staat op /api/v1/monitoring/kpis.");
        var status = await values.StatusAsync(kpi, Platform.Tenancy.Organisation.Today, quarters: 8, ct);
        return TypedResults.Ok(new KpiDetailDto(ToDto(status), [.. status.Trend.Select(p => new KwartaalDto(p.Label, p.Period.From, p.Period.Until, p.Value))]));
    }

    private static KpiDto ToDto(KpiStatus s) => new(s.Kpi.Key, s.Kpi.Name, s.Kpi.Priority, s.Kpi.Unit, s.Kpi.Cumulative ? "stand" : "telling", s.Value, s.Period.From, s.Period.Until,
        s.Kpi.Baseline, s.Kpi.BaselineOn, s.Kpi.Target, s.Kpi.TargetOn, s.Progress, s.Kpi.Computed ? "berekend" : "ingevuld");
}
