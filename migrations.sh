#!/usr/bin/env bash
# Adds a migration to both providers: ./migrations.sh AddSomething
set -euo pipefail
cd "$(dirname "$0")/src/Plein"
name=${1:?usage: ./migrations.sh MigrationName}
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqlitePleinDb --output-dir Data/Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgresPleinDb --output-dir Data/Migrations/Postgres
