namespace Plein.Platform.Ui;

/// <summary>Anchor for the shared UI texts. Keys are the Dutch texts; SharedResource.en.resx holds the English.</summary>
public sealed class SharedResource;
