@echo off
rem Installs the briefkit command for this user on Windows (cmd or PowerShell):
rem
rem   scripts\install.cmd [DIR]        (default: %LOCALAPPDATA%\Programs\briefkit)
rem
rem builds target\briefkit.jar when it is missing (a JDK 17 is all it needs), copies it to
rem DIR\share\briefkit\, the command to DIR\bin\briefkit.cmd, and adds DIR\bin to the user's PATH.
rem Run it again to update. In Git Bash, scripts/install does the same.
setlocal
cd /d "%~dp0.."
set "PREFIX=%LOCALAPPDATA%\Programs\briefkit"
if not "%~1"=="" set "PREFIX=%~f1"
if not exist target\briefkit.jar (
  echo Building briefkit ^(target\briefkit.jar^)...
  call mvnw.cmd -B -q package -DskipTests -Dbriefkit.archive.skip=true || exit /b 1
)
if not exist "%PREFIX%\bin" mkdir "%PREFIX%\bin"
if not exist "%PREFIX%\share\briefkit" mkdir "%PREFIX%\share\briefkit"
copy /y target\briefkit.jar "%PREFIX%\share\briefkit\briefkit.jar" >nul || exit /b 1
copy /y scripts\briefkit.cmd "%PREFIX%\bin\briefkit.cmd" >nul || exit /b 1
java -cp "%PREFIX%\share\briefkit\briefkit.jar" org.briefkit.cli.ClassArchive "%PREFIX%\share\briefkit\briefkit.jar" "%CD%" "%TEMP%\briefkit-archive" >nul 2>nul
rem The user's PATH (not the machine's), changed once, without the length limit of setx.
powershell -NoProfile -Command "$d = '%PREFIX%\bin'; $p = [Environment]::GetEnvironmentVariable('Path', 'User'); if (-not $p) { $p = '' }; if (($p -split ';') -notcontains $d) { [Environment]::SetEnvironmentVariable('Path', ($p.TrimEnd(';') + ';' + $d).TrimStart(';'), 'User'); Write-Output ('Added ' + $d + ' to your PATH: open a new terminal to use it.') }"
call "%PREFIX%\bin\briefkit.cmd" --version || exit /b 1
echo Installed as %PREFIX%\bin\briefkit.cmd
endlocal
