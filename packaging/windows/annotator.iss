; Inno Setup 6 script for Source Annotator on Windows.
;
; Build on Windows, from the repository root, after `pyinstaller ... packaging\annotator.spec`
; (see packaging\README.md):
;
;   iscc /DAppVersion=0.1.0 packaging\windows\annotator.iss
;
; Output: dist\SourceAnnotator-<version>-setup.exe. The installer asks whether to install for
; the current user only (no administrator rights) or for all users. For a classroom roll-out:
;
;   SourceAnnotator-0.1.0-setup.exe /VERYSILENT /ALLUSERS      (all users, needs admin)
;   SourceAnnotator-0.1.0-setup.exe /VERYSILENT /CURRENTUSER   (this user only)
;
; File types:
;   *.saexercise  exercise packages (zip): opened by Source Annotator by default.
;   *.handin.json hand-ins: Windows types files by their last extension only (.json), so the
;                 app is added to ".json > Open with" without becoming the default JSON program.
;
; Uninstalling removes the program, its menu entries and file types. Students' work (the
; database in %LOCALAPPDATA%\source-annotator) is left in place on purpose.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Source Annotator"
#define AppExe "annotator.exe"
#define ExerciseProgId "SourceAnnotator.Exercise"
#define HandInProgId "SourceAnnotator.HandIn"

[Setup]
; A fixed id: keep it across versions so upgrades replace the old install.
AppId={{6B8F1C2E-3D4A-4E5B-9C6D-7E8F9A0B1C2D}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Source Annotator developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default; the dialog (or /ALLUSERS) offers an install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=SourceAnnotator-{#AppVersion}-setup
; Written by the PyInstaller spec into its work folder.
SetupIconFile=..\..\build\pyinstaller\annotator\annotator.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\annotator\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKLM for an all-users install and HKCU for a per-user one.
; Exercise packages: the app's own type.
Root: HKA; Subkey: "Software\Classes\.saexercise"; ValueType: string; ValueName: ""; ValueData: "{#ExerciseProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.saexercise"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-source-annotator-exercise"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ExerciseProgId}"; ValueType: string; ValueName: ""; ValueData: "Source Annotator exercise"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ExerciseProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ExerciseProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Hand-ins (.handin.json): offered under "Open with" for .json files.
Root: HKA; Subkey: "Software\Classes\{#HandInProgId}"; ValueType: string; ValueName: ""; ValueData: "Source Annotator hand-in"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#HandInProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#HandInProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#HandInProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The app itself, so that "Open with" lists it with its name and types.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".saexercise"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
