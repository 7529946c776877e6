namespace Plein.Platform.Ui;

internal static class ErrorPages
{
    public const string HandlerPath = "/fout/500";
    public const string StatusPath = "/fout/{0}";
}
