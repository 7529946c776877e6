namespace Plein.QuickScan.Questionnaire;

/// <summary>
/// A national version of the quick scan questionnaire, managed by programme staff. A scan keeps the version it started
/// with, so scores stay comparable (benchmark and trend only compare scans on the same version).
/// </summary>
internal sealed class QuestionnaireVersion
{
    public Guid Id { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Only one version is current: scans registered from then on use it.</summary>
    public bool Current { get; set; }
    /// <summary>Null while it is a concept that programme staff still edit; a published version never changes again.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
    public QuestionnaireDefinition Definition { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class QuestionnaireDefinition
{
    public List<Theme> Themes { get; set; } = [];

    /// <summary>A deep copy to change, so EF sees a new value when it is assigned back.</summary>
    public QuestionnaireDefinition Clone() =>
        System.Text.Json.JsonSerializer.Deserialize<QuestionnaireDefinition>(System.Text.Json.JsonSerializer.Serialize(this))!;
}

/// <summary>One theme per aandachtsgebied: how it works now, what matters most to improve, and one open question.</summary>
internal sealed class Theme
{
    public string Key { get; set; } = "";
    /// <summary>The programme's aandachtsgebied (1-7).</summary>
    public int Area { get; set; }
    public string Title { get; set; } = "";
    public List<Statement> Current { get; set; } = [];
    public List<Statement> Improve { get; set; } = [];
    public string OpenQuestion { get; set; } = "";
    /// <summary>Improvement tips the report shows when the theme comes out weak.</summary>
    public List<string> Tips { get; set; } = [];
}

/// <summary>
/// A statement with placeholders ({raad}, {college}, {organisatie}) filled in per kind of organisation, and optional
/// wording per respondent group where the perspective differs.
/// </summary>
internal sealed class Statement
{
    public string Text { get; set; } = "";
    public Dictionary<string, string> ByGroup { get; set; } = [];

    public string For(RespondentGroup group, Wording wording) =>
        wording.Fill(ByGroup.TryGetValue(Groups.Slug(group), out var own) ? own : Text);
}
