using Plein;
using Plein.Data;
using Plein.Challenges;
using Plein.Participation;
using Plein.Platform;
using Plein.QuickScan;
using Plein.Support;
using Plein.Budgeting;
using Plein.Knowledge;
using Plein.AreaSupport;
using Plein.Platform.Api;
using Plein.Council;
using Plein.Learning;
using Plein.Monitoring;

var (command, commandArgs) = Startup.SplitCommand(args);
var builder = WebApplication.CreateBuilder(commandArgs);
builder.Services.AddData(builder.Configuration, builder.Environment);
builder.Services.AddPlatform(builder.Configuration, builder.Environment);
builder.Services.AddParticipation();
builder.Services.AddQuickScan();
builder.Services.AddSupport();
builder.Services.AddChallenges();
builder.Services.AddKnowledge();
builder.Services.AddAreaSupport();
builder.Services.AddBudgeting();
builder.Services.AddCouncil();
builder.Services.AddLearning();
builder.Services.AddMonitoring();

var app = builder.Build();
app.UsePlatform();
app.MapPlatform();
app.MapParticipation();
app.MapQuickScan();
app.MapChallenges();
app.MapSupport();
app.MapKnowledge();
app.MapBudgeting();
app.MapCouncil();
app.MapLearning();
app.MapMonitoring();
app.MapBenchProbe();

if (command is not null)
{
    Environment.ExitCode = await Startup.RunCommandAsync(app, command, commandArgs);
    return;
}
await Startup.PrepareDatabaseAsync(app, showProgress: false, inBackground: app.Environment.IsDevelopment());
app.Lifetime.ApplicationStarted.Register(() => Startup.PrintWelcome(app));
await app.RunAsync();

public partial class Program;
