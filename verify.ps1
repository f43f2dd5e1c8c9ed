#!/usr/bin/env pwsh
# The one-shot verification pipeline: build, tests, replay of every committed trace, TLC on every spec (when
# TLA2TOOLS_JAR or tools/tla2tools.jar is there), the engine's search of every spec configuration, a short
# exploration, the conformance report; non-zero exit on any failure. A thin wrapper: the work is done by `weft verify`, which is the same pipeline for people without
# PowerShell (`dotnet run --project tools/Weft.Cli -c Release -- verify`). Arguments are passed on.
param([Parameter(ValueFromRemainingArguments = $true)][string[]]$Rest)
$ErrorActionPreference = 'Stop'
& dotnet run --project "$PSScriptRoot/tools/Weft.Cli" -c Release -- verify @Rest
exit $LASTEXITCODE
