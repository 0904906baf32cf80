; invoice-tray installer (NSIS 3, built on Linux by packaging/build_windows.py).
;
; Per-user by default: %LOCALAPPDATA%\Programs\invoice-tray, no administrator rights, the
; uninstall entry under HKCU. /ALLUSERS installs into Program Files for every user (asks for
; administrator rights). Start at login is a choice (/AUTOSTART when silent), per user only,
; written where the app's own Settings toggle writes it, so the two never disagree.
;
; Silent:   setup.exe /S [/ALLUSERS] [/AUTOSTART] [/D=C:\path]
;           uninstall.exe /S [/REMOVEDATA]   (drafts and history are kept unless /REMOVEDATA)
;
; Defines passed by the build: VERSION, VERSION4, ICON, OUTFILE, FILES, UNFILES, SIZE_KB.

Unicode true
Target amd64-unicode
ManifestDPIAware true
SetCompressor /SOLID lzma
RequestExecutionLevel user

!define APP "invoice-tray"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\invoice-tray"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh

Name "$(ProductName)"
Caption "$(ProductName) ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=2052 "ProductName" "开票连接助手 (invoice-tray)"
VIAddVersionKey /LANG=2052 "FileDescription" "开票连接助手安装程序"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "invoice-tray maintainers"

Var AllUsers      ; 1: Program Files, for every user
Var Autostart     ; 1: start at login for this user
Var RemoveData    ; uninstaller: 1 also deletes the user's drafts and history
Var ModeMine
Var ModeAll
Var AutostartBox
Var RemoveDataBox

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\invoice-tray.exe"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"

Page custom OptionsPage OptionsLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_PAGE_CUSTOMFUNCTION_SHOW FinishShow
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPage un.DataLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString ProductName ${LANG_SIMPCHINESE} "开票连接助手"
LangString ProductName ${LANG_ENGLISH} "invoice-tray"
LangString OptionsTitle ${LANG_SIMPCHINESE} "安装方式"
LangString OptionsTitle ${LANG_ENGLISH} "How to install"
LangString OptionsSub ${LANG_SIMPCHINESE} "选择为谁安装，以及是否在登录时自动启动。"
LangString OptionsSub ${LANG_ENGLISH} "Choose who it is for, and whether it starts at login."
LangString ForMe ${LANG_SIMPCHINESE} "只为我安装（推荐，不需要管理员权限）"
LangString ForMe ${LANG_ENGLISH} "Only for me (recommended, no administrator rights needed)"
LangString ForAll ${LANG_SIMPCHINESE} "为这台电脑的所有用户安装（需要管理员权限）"
LangString ForAll ${LANG_ENGLISH} "For everyone on this computer (needs administrator rights)"
LangString AutostartText ${LANG_SIMPCHINESE} "登录 Windows 时自动启动（以后可在设置里更改）"
LangString AutostartText ${LANG_ENGLISH} "Start when I log in to Windows (can be changed later in Settings)"
LangString AutostartAll ${LANG_SIMPCHINESE} "为所有用户安装时，每位用户可在程序的设置里自行打开“登录时自动启动”。"
LangString AutostartAll ${LANG_ENGLISH} "When installed for everyone, each user turns on “Start at login” in the program's Settings."
LangString NeedAdmin ${LANG_SIMPCHINESE} "为所有用户安装需要管理员权限。请用管理员账户重新运行安装程序，或选择“只为我安装”。"
LangString NeedAdmin ${LANG_ENGLISH} "Installing for everyone needs administrator rights. Run the installer again as an administrator, or choose “Only for me”."
LangString AppRunning ${LANG_SIMPCHINESE} "开票连接助手正在运行。请在任务栏右下角的图标上单击右键，选择“退出”，然后点“重试”。"
LangString AppRunning ${LANG_ENGLISH} "invoice-tray is running. Right-click its icon at the bottom right of the taskbar, choose Quit, then click Retry."
LangString RunNow ${LANG_SIMPCHINESE} "现在启动开票连接助手"
LangString RunNow ${LANG_ENGLISH} "Start invoice-tray now"
LangString DataTitle ${LANG_SIMPCHINESE} "卸载开票连接助手"
LangString DataTitle ${LANG_ENGLISH} "Uninstall invoice-tray"
LangString DataSub ${LANG_SIMPCHINESE} "程序将被删除。您的发票草稿和检测记录默认保留。"
LangString DataSub ${LANG_ENGLISH} "The program will be removed. Your invoice drafts and check history are kept unless you choose otherwise."
LangString DataText ${LANG_SIMPCHINESE} "同时删除我的发票草稿、检测记录和设置（无法恢复）"
LangString DataText ${LANG_ENGLISH} "Also delete my invoice drafts, check history and settings (cannot be undone)"

; ---------------------------------------------------------------- installer

Function .onInit
    ${GetParameters} $R0
    StrCpy $AllUsers 0
    StrCpy $Autostart 0
    ClearErrors
    ${GetOptions} $R0 "/ALLUSERS" $R1
    ${IfNot} ${Errors}
        StrCpy $AllUsers 1
    ${EndIf}
    ClearErrors
    ${GetOptions} $R0 "/AUTOSTART" $R1
    ${IfNot} ${Errors}
        StrCpy $Autostart 1
    ${EndIf}
    Call ApplyMode
FunctionEnd

; Where to install and which registry hive, for the chosen mode. A folder given with /D= or
; chosen on the directory page is kept.
Function ApplyMode
    SetShellVarContext current
    StrCpy $R9 "$LOCALAPPDATA\Programs\${APP}"  ; the per-user default ($LOCALAPPDATA follows the context)
    ${If} $AllUsers == 1
        UserInfo::GetAccountType
        Pop $0
        ${If} $0 != "Admin"
            IfSilent 0 +3
                SetErrorLevel 740  ; ERROR_ELEVATION_REQUIRED
                Quit
            MessageBox MB_ICONEXCLAMATION|MB_OK "$(NeedAdmin)"
            StrCpy $AllUsers 0
            Goto mine
        ${EndIf}
        SetShellVarContext all
        StrCpy $Autostart 0  ; never machine-wide: it would override each user's own choice
        ${If} $INSTDIR == $R9
            StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
        ${EndIf}
        Return
    ${EndIf}
    mine:
    ${If} $INSTDIR == "$PROGRAMFILES64\${APP}"
        StrCpy $INSTDIR $R9
    ${EndIf}
FunctionEnd

Function OptionsPage
    !insertmacro MUI_HEADER_TEXT "$(OptionsTitle)" "$(OptionsSub)"
    nsDialogs::Create 1018
    Pop $0
    ${NSD_CreateRadioButton} 0 0 100% 14u "$(ForMe)"
    Pop $ModeMine
    ${NSD_AddStyle} $ModeMine ${WS_GROUP}
    ${NSD_CreateRadioButton} 0 18u 100% 14u "$(ForAll)"
    Pop $ModeAll
    ${NSD_CreateCheckbox} 0 46u 100% 14u "$(AutostartText)"
    Pop $AutostartBox
    ${NSD_CreateLabel} 12u 62u 95% 24u "$(AutostartAll)"
    Pop $0
    ${If} $AllUsers == 1
        ${NSD_Check} $ModeAll
        EnableWindow $AutostartBox 0
    ${Else}
        ${NSD_Check} $ModeMine
        ${If} $Autostart == 1
            ${NSD_Check} $AutostartBox
        ${EndIf}
    ${EndIf}
    ${NSD_OnClick} $ModeMine OptionsModeChanged
    ${NSD_OnClick} $ModeAll OptionsModeChanged
    nsDialogs::Show
FunctionEnd

Function OptionsModeChanged
    Pop $0
    ${NSD_GetState} $ModeAll $1
    ${If} $1 == ${BST_CHECKED}
        ${NSD_Uncheck} $AutostartBox
        EnableWindow $AutostartBox 0
    ${Else}
        EnableWindow $AutostartBox 1
    ${EndIf}
FunctionEnd

Function OptionsLeave
    ${NSD_GetState} $ModeAll $0
    ${NSD_GetState} $AutostartBox $1
    ${If} $0 == ${BST_CHECKED}
        UserInfo::GetAccountType
        Pop $2
        ${If} $2 != "Admin"
            ; Start again with administrator rights (Windows asks), as the all-users install.
            ExecShell "runas" "$EXEPATH" "/ALLUSERS"
            Quit
        ${EndIf}
        StrCpy $AllUsers 1
    ${Else}
        StrCpy $AllUsers 0
        StrCpy $Autostart 0
        ${If} $1 == ${BST_CHECKED}
            StrCpy $Autostart 1
        ${EndIf}
    ${EndIf}
    Call ApplyMode
FunctionEnd

Function FinishShow
    ${If} $AllUsers == 1
        ; The installer runs as administrator here: the app must start as the user, at login.
        SendMessage $mui.FinishPage.Run ${BM_SETCHECK} ${BST_UNCHECKED} 0
        ShowWindow $mui.FinishPage.Run ${SW_HIDE}
    ${EndIf}
FunctionEnd

; A running app holds its files: ask the user to quit it rather than killing it (an open
; draft would be lost). Silent installs fail with ERROR_SHARING_VIOLATION instead.
!macro WaitUntilClosed un
Function ${un}WaitUntilClosed
    ${IfNot} ${FileExists} "$INSTDIR\invoice-tray.exe"
        Return
    ${EndIf}
    retry:
    ClearErrors
    FileOpen $0 "$INSTDIR\invoice-tray.exe" a
    ${If} ${Errors}
        IfSilent 0 +3
            SetErrorLevel 32
            Quit
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" IDRETRY retry
        Quit
    ${EndIf}
    FileClose $0
FunctionEnd
!macroend
!insertmacro WaitUntilClosed ""
!insertmacro WaitUntilClosed "un."

Section "invoice-tray" Main
    SectionIn RO
    Call WaitUntilClosed
    !include "${FILES}"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortCut "$SMPROGRAMS\$(ProductName).lnk" "$INSTDIR\invoice-tray.exe"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "Shortcut" "$SMPROGRAMS\$(ProductName).lnk"

    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "开票连接助手 (invoice-tray)"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "invoice-tray"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\invoice-tray.exe"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
    WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" ${SIZE_KB}

    ${If} $Autostart == 1
        ; The same value the app's Settings toggle writes and removes.
        WriteRegStr HKCU "${RUN_KEY}" "${APP}" '"$INSTDIR\invoice-tray.exe"'
    ${EndIf}
SectionEnd

; ---------------------------------------------------------------- uninstaller

Function un.onInit
    ; An all-users install is the one whose entry is under HKLM and names this folder.
    ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
    ${If} $0 == $INSTDIR
        SetShellVarContext all
        StrCpy $AllUsers 1
    ${Else}
        SetShellVarContext current
        StrCpy $AllUsers 0
    ${EndIf}
    StrCpy $RemoveData 0
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/REMOVEDATA" $R1
    ${IfNot} ${Errors}
        StrCpy $RemoveData 1
    ${EndIf}
FunctionEnd

Function un.DataPage
    !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSub)"
    nsDialogs::Create 1018
    Pop $0
    ${NSD_CreateCheckbox} 0 0 100% 14u "$(DataText)"
    Pop $RemoveDataBox
    nsDialogs::Show
FunctionEnd

Function un.DataLeave
    ${NSD_GetState} $RemoveDataBox $0
    ${If} $0 == ${BST_CHECKED}
        StrCpy $RemoveData 1
    ${EndIf}
FunctionEnd

Section "Uninstall"
    Call un.WaitUntilClosed
    ReadRegStr $0 SHCTX "${UNINSTALL_KEY}" "Shortcut"
    ${If} $0 != ""
        Delete "$0"
    ${EndIf}
    !include "${UNFILES}"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    DeleteRegKey SHCTX "${UNINSTALL_KEY}"
    ; This user's start at login points into the folder just removed.
    ReadRegStr $0 HKCU "${RUN_KEY}" "${APP}"
    ${If} $0 != ""
        DeleteRegValue HKCU "${RUN_KEY}" "${APP}"
    ${EndIf}
    ${If} $RemoveData == 1
        SetShellVarContext current
        RMDir /r "$LOCALAPPDATA\${APP}"
    ${EndIf}
SectionEnd
