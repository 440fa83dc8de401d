# Builds the Windows installer (.msi) of LiveOps Console into target\installer. Run it in PowerShell
# on Windows with a JDK 21+ (JAVA_HOME) and the WiX Toolset 3 on the PATH (jpackage needs it for
# .msi); the inputs (name, version, vendor, icon, JVM options, runtime modules) are build-linux.sh's.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not $env:JAVA_HOME) { throw "Set JAVA_HOME to a JDK 21 or newer" }
$jdk = $env:JAVA_HOME
$version = (Select-String -Path pom.xml -Pattern '^  <version>([0-9.]+)' | Select-Object -First 1).Matches.Groups[1].Value
& .\mvnw.cmd -B -q -DskipTests package
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue target\runtime, target\installer, target\jpackage-input
New-Item -ItemType Directory -Force target\jpackage-input, target\installer | Out-Null
Copy-Item target\liveops-console.jar target\jpackage-input\
$modules = & "$jdk\bin\jdeps" --ignore-missing-deps --print-module-deps --multi-release 21 target\liveops-console.jar
& "$jdk\bin\jlink" --add-modules "$modules,jdk.crypto.ec,jdk.localedata,java.logging,java.xml" `
  --include-locales=en,de,fr,es,it,pt,nl,sv,pl,tr,ja,ko,zh --strip-debug --no-man-pages --no-header-files `
  --compress=zip-6 --output target\runtime
$javaOptions = @()
Get-Content packaging\jvm-options | Where-Object { $_ -and -not $_.StartsWith("#") } | ForEach-Object { $javaOptions += @("--java-options", $_) }
$javaOptions += @("--java-options", "--enable-native-access=ALL-UNNAMED")
& "$jdk\bin\jpackage" --type msi --dest target\installer --name "LiveOps Console" --app-version $version `
  --vendor "LiveOps Console" --copyright "LiveOps Console authors" `
  --description "Operations console for the LiveOps director of a live game or product" `
  --input target\jpackage-input --main-jar liveops-console.jar --main-class io.liveops.console.app.Main `
  --runtime-image target\runtime --icon assets\icons\liveops-console.ico `
  --win-menu --win-menu-group "LiveOps Console" --win-shortcut --win-dir-chooser --win-upgrade-uuid 7f0c2c1e-5a3b-4c8e-9d41-3b1f6a2e9c10 `
  @javaOptions
Get-ChildItem target\installer
