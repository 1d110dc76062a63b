using MudBlazor.Services;
using NewsDashboard.Web.Components;
using NewsDashboard.Web.Features.Articles;
using NewsDashboard.Web.Features.Dashboard;
using NewsDashboard.Web.Features.Entities;
using NewsDashboard.Web.Features.Failures;
using NewsDashboard.Web.Features.Health;
using NewsDashboard.Web.Features.Ingestion;
using NewsDashboard.Web.Features.Ingestion.Feeds;
using NewsDashboard.Web.Features.Ingestion.Inbox;
using NewsDashboard.Web.Features.Live;
using NewsDashboard.Web.Features.Localization;
using NewsDashboard.Web.Features.Meetings;
using NewsDashboard.Web.Features.Quotes;
using NewsDashboard.Web.Features.Search;
using NewsDashboard.Web.Features.Security;
using NewsDashboard.Web.Features.Store;

var builder = WebApplication.CreateBuilder(args);

// wwwroot/ and blazor.web.js reach the build output only through the static web assets manifest, read by default in
// Development only (elsewhere every asset was 200 with 0 bytes). A published app has no manifest: no change there.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddWriteRateLimit();
builder.Services.AddHealth();
builder.Services.AddStore();
builder.Services.AddLive();
builder.Services.AddArticles();
builder.Services.AddIngestion();
builder.Services.AddEntities();
builder.Services.AddMeetings();
builder.Services.AddQuotes();
builder.Services.AddSearch();
builder.Services.AddInbox();
builder.Services.AddFeeds();
builder.Services.AddDashboard();
builder.Services.AddUiText();

var app = builder.Build();

if (!await app.TryOpenStoreAsync(app.LoadMentionWindowsAsync))
{
    return StoreStartup.ExitCode;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseFailureAnswers();
app.UseStatusCodePages();
app.UseAntiforgery();
app.UseUiLanguage();
app.MapStaticAssets();
app.MapOpenApi();
app.MapIngestion();
app.MapArticles();
app.MapEntities();
app.MapMeetings();
app.MapQuotes();
app.MapSearch();
app.MapBatchArticles();
app.MapLive();
app.MapHealth();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>The web application's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
