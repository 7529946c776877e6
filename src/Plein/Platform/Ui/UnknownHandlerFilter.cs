using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Plein.Platform.Ui;

/// <summary>A POST to a page (or handler) that has no such handler is a 405, not a silently re-rendered page or another handler.</summary>
internal sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return;
        // The error page, re-executed for a failed POST, still sees that request's ?handler=X: it must say what failed, not 405.
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is not null
            || context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return;
        // Razor Pages falls back to the unnamed handler when ?handler=X does not exist; here that is a 405 too.
        var asked = context.RouteData.Values["handler"] as string ?? request.Query["handler"].ToString();
        if (context.HandlerMethod is null || (asked.Length > 0 && !string.Equals(context.HandlerMethod.Name, asked, StringComparison.OrdinalIgnoreCase)))
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }
}
