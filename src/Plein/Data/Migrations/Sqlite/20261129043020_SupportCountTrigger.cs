using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plein.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupportCountTrigger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // After the rebuild of Supports in the previous migration, which drops a table's triggers on SQLite.
            migrationBuilder.Sql(Plein.Participation.SupportCountTrigger.Sqlite);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Plein.Participation.SupportCountTrigger.DropSqlite);

        }
    }
}
