using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using OpenTelemetry.Metrics;
using Plein.Data;
using Plein.Platform.Accounts;
using Plein.Platform.Api;
using Plein.Platform.Audit;
using Plein.Platform.Files;
using Plein.Platform.Mail;
using Plein.Platform.Security;
using Plein.Platform.Tenancy;
using Plein.Platform.Ui;

namespace Plein.Platform;

internal static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddLogRedaction();
        services.AddHttpContextAccessor();
        services.AddScoped<TenantContext>();
        services.AddSingleton<Plein.Data.NodeCache>();
        services.AddSingleton<Plein.Data.SqliteWriteQueue>();
        services.AddSingleton<OrganisationCache>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<OrganisationRegister>();
        services.AddScoped<Tenancy.Manage.RegisterAdmin>();
        services.AddScoped<AuditLog>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<Accounts.External.BsnPseudonyms>();
        services.AddSingleton<Accounts.External.OidcSchemes>();
        services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>, Accounts.External.ConfigureOidcOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.AddScoped<FileStore>();
        services.AddScoped<Verification.Verifier>();
        services.AddSingleton<Jobs.JobSignal>();
        services.AddSingleton<Jobs.JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<Jobs.JobRunner>());
        services.AddScoped<Jobs.IJobHandler, Verification.Census.AreaImport>();
        services.AddScoped<Verification.VotingCodes.VotingCodeService>();
        services.AddScoped<IPersonalDataSource, Verification.VerificationPersonalData>();
        services.AddSingleton<Privacy.IProcessingRegister, Privacy.PlatformRegister>();
        services.AddScoped<Privacy.IRetentionRule, Verification.AddressVerificationRetention>();
        services.AddScoped<Privacy.IRetentionRule, Verification.VotingCodeRetention>();
        services.AddScoped<Privacy.IRetentionRule, Surveys.SurveyRetention>();
        services.AddSingleton<Privacy.RetentionPurge>();
        services.AddHostedService(sp => sp.GetRequiredService<Privacy.RetentionPurge>());
        services.AddSingleton<Hosting.NativeMemoryTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<Hosting.NativeMemoryTrim>());
        Surveys.SurveysModule.AddSurveys(services);
        services.AddScoped<DemoData>();
        services.AddOptions<Files.FileOptions>().Bind(config.GetSection(Files.FileOptions.Section));
        services.AddOptions<PleinOptions>().Bind(config.GetSection(PleinOptions.Section))
            .Validate(o => { PleinEnvironments.Validate(o, env); return true; }).ValidateOnStart();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var proxy in config.GetSection("Plein:TrustedProxies").Get<string[]>() ?? [])
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });

        services.AddOptions<MailOptions>().Bind(config.GetSection(MailOptions.Section));
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<Mailer>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());

        services.AddDataProtection().SetApplicationName("Plein").PersistKeysToDbContext<PleinDb>();
        services.AddIdentity<PleinUser, IdentityRole<Guid>>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                // Accounts from DigiD have no e-mail address; uniqueness is a unique index on NormalizedEmail instead.
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<PleinDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/inloggen";
            o.LogoutPath = "/account/uitloggen";
            o.AccessDeniedPath = "/fout/403";
            o.Cookie.Name = "plein.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events.OnRedirectToLogin = ApiAwareRedirects.ToLogin;
            o.Events.OnRedirectToAccessDenied = ApiAwareRedirects.ToAccessDenied;
        });
        services.AddAuthorization();
        services.AddAntiforgery(o => { o.Cookie.Name = "plein.af"; o.HeaderName = "X-CSRF-TOKEN"; });

        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = new[] { new CultureInfo("nl-NL"), new CultureInfo("en-GB") };
            o.DefaultRequestCulture = new RequestCulture("nl-NL");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = LanguageCookie.Name }];
        });
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/";
                o.Conventions.AuthorizeFolder("/Platform/Accounts/Manage");
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, f) => f.Create(typeof(SharedResource)))
            .AddMvcOptions(o =>
            {
                DutchModelBinding.Apply(o.ModelBindingMessageProvider);
                o.ModelBinderProviders.Insert(0, new AmountModelBinderProvider());
                o.Filters.Add<UnknownHandlerFilter>();
                o.Filters.Add<FormPostsOnlyFilter>();
            });
        services.Configure<RouteOptions>(o => { o.LowercaseUrls = true; o.AppendTrailingSlash = false; });

        services.AddPleinRateLimits(config);
        services.AddPleinApi();
        services.AddHealthChecks().AddDbContextCheck<PleinDb>("database", tags: ["ready"]);
        services.AddOpenTelemetry().WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("Plein").AddPrometheusExporter());
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(ErrorPages.HandlerPath);
        app.UseStatusCodePagesWithReExecute(ErrorPages.StatusPath);
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseApiConventions();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<TenantMiddleware>();
        app.UseRateLimiter();
        Accounts.External.OidcSchemes.UseOidcCallbacks(app);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") });
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapThemeStylesheet();
        app.MapOrganisationLogo();
        app.MapLanguageSwitch();
        app.MapPleinApi();
        Surveys.SurveysModule.MapSurveys(app);
        Jobs.JobStatusModel.MapJobStatus(app);
        return app;
    }
}

internal sealed class PleinOptions
{
    public const string Section = "Plein";

    /// <summary>Fill an empty database with demo organisations and users on start-up (Development, Testing and Demo only).</summary>
    public bool SeedDemoData { get; set; }
    /// <summary>Base URL used in mails. Required outside Development and Testing, so a forged Host header cannot
    /// redirect reset links; there the request's own address is used when it is empty.</summary>
    public string? PublicUrl { get; set; }
    /// <summary>Base64 key (32 bytes or more) for BSN pseudonyms. Required outside Development and Testing: kept out of
    /// the database, so a database copy alone cannot reverse pseudonyms by trying every BSN.</summary>
    public string? PseudonymKey { get; set; }
    /// <summary>Reverse proxies whose X-Forwarded-For/-Proto are believed, besides this machine itself.</summary>
    public string[] TrustedProxies { get; set; } = [];
}

internal static class PleinEnvironments
{
    /// <summary>Development and the test suite: relaxed rules (request host in mails, brokers on loopback).</summary>
    public static bool IsRelaxed(this IHostEnvironment env) => env.IsDevelopment() || env.IsEnvironment("Testing");

    /// <summary>Where demo users with published passwords may exist.</summary>
    public static bool AllowsDemoData(this IHostEnvironment env) => env.IsRelaxed() || env.IsEnvironment("Demo");

    public static void Validate(PleinOptions o, IHostEnvironment env)
    {
        if (env.IsRelaxed()) return;
        if (!Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException("Set Plein:PublicUrl to the https address of this installation.");
        if (o.PseudonymKey is null || !IsKey(o.PseudonymKey))
            throw new InvalidOperationException("Set Plein:PseudonymKey to a random base64 key of at least 32 bytes (openssl rand -base64 32).");
    }

    public static bool IsKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var length) && length >= 32;
    }
}
