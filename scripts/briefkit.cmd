@echo off
rem The briefkit command on Windows: runs briefkit.jar with Java. scripts\install.cmd copies it to
rem PREFIX\bin\briefkit.cmd and the jar to PREFIX\share\briefkit\; from a checkout it runs
rem target\briefkit.jar. BRIEFKIT_JAR names another jar; JAVA_HOME another Java.
setlocal
set "JAR=%BRIEFKIT_JAR%"
if not defined JAR if exist "%~dp0..\share\briefkit\briefkit.jar" set "JAR=%~dp0..\share\briefkit\briefkit.jar"
if not defined JAR if exist "%~dp0..\target\briefkit.jar" set "JAR=%~dp0..\target\briefkit.jar"
if not defined JAR (
  echo briefkit: briefkit.jar is not where it was installed ^(%~dp0..\share\briefkit\^); run scripts\install.cmd again 1>&2
  exit /b 2
)
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="java" (
  where java >nul 2>nul || (
    echo briefkit: Java 17 or later is needed: install a JDK or JRE, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
set "BRIEFKIT_COMMAND=briefkit"
"%JAVA%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
