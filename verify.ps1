#!/usr/bin/env pwsh
# The one-shot verification pipeline. A thin wrapper: the work is done by `weft verify`, which is the same
# pipeline for people without PowerShell (`dotnet run --project tools/Weft.Cli -c Release -- verify`).
param([Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = 'Stop'
& dotnet run --project "$PSScriptRoot/tools/Weft.Cli" -c Release -- verify @Rest
exit $LASTEXITCODE
