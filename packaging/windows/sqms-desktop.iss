; Inno Setup 6 script: the Windows installer of SQMS Desktop, made from the one-folder application
; that packaging/sqms-desktop.spec builds on Windows (build\packaging\dist\sqms-desktop\).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\sqms-desktop.iss
;
; gives build\packaging\installer\sqms-desktop-0.1.0-setup.exe. Not built or tested by CI (which
; runs on Linux): see packaging/README.md, "Windows", for what to try before a release.
;
; Installs for the current user without administrator rights (Program Files when run as an
; administrator who chooses "all users"), a Start menu entry, optionally a desktop icon. The
; stores, settings, trail keys and logs live in the user's folders (%LOCALAPPDATA%\sqms-desktop)
; and are never removed by the uninstaller: an uninstall must not take the audit records with it.
; The command line, sqms.exe, is installed beside sqms-desktop.exe but not added to PATH.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SQMS Desktop"
#define AppExe "sqms-desktop.exe"
#define Built "..\..\build\packaging\dist\sqms-desktop"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{AFAEC102-B052-4320-9F66-F0A0296C9948}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SQMS Desktop contributors
AppComments=Supplier quality management for auditors who work offline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build\packaging\installer
OutputBaseFilename=sqms-desktop-{#AppVersion}-setup
SetupIconFile=sqms-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running copy holds its files open: ask to close it before files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole folder: both programs and _internal\ (Python, Qt, the forms, resources, migrations).
Source: "{#Built}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean _internal\: no module of an older version left beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
