using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnswersIndexEndsInId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SurveyAnswers_SurveyId_QuestionKey_Row",
                table: "SurveyAnswers");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyId_QuestionKey_Row_Id",
                table: "SurveyAnswers",
                columns: new[] { "SurveyId", "QuestionKey", "Row", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SurveyAnswers_SurveyId_QuestionKey_Row_Id",
                table: "SurveyAnswers");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyId_QuestionKey_Row",
                table: "SurveyAnswers",
                columns: new[] { "SurveyId", "QuestionKey", "Row" });
        }
    }
}
