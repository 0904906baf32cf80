<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/app.py" line="48"/>
        <source>invoice-tray is already running; it has been brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="131"/>
        <source>the network changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="193"/>
        <source>checks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="202"/>
        <source>the settings changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <location filename="../ui/details.py" line="51"/>
        <source>invoice-tray: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="64"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="78"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="101"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="110"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="133"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="143"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="153"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="154"/>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="155"/>
        <source>Connection and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="156"/>
        <source>Invoice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="157"/>
        <source>Platform announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="160"/>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="161"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="162"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="163"/>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="164"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="165"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="166"/>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="167"/>
        <source>Certificate revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="168"/>
        <source>Server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="169"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="170"/>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="171"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="172"/>
        <source>Check engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="175"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="176"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="177"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="178"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="211"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="213"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="237"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsExporter</name>
    <message>
        <location filename="../ui/export.py" line="81"/>
        <source>The diagnostics could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="90"/>
        <source>Diagnostics saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="92"/>
        <source>%1
Send this file to your helpdesk. Passwords and tokens were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../ui/chart.py" line="54"/>
        <source>No checks yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/settings.py" line="129"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/settings.py" line="69"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="113"/>
        <source>Will be saved in the system&apos;s password store (keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="115"/>
        <source>Will be removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="117"/>
        <source>Saved in the keyring. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="119"/>
        <source>Not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings.py" line="153"/>
        <source>invoice-tray: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="176"/>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="205"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="209"/>
        <source>Demo: checks go to the built-in demo server. The server settings here are saved for when invoice-tray runs normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="218"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="220"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="222"/>
        <location filename="../ui/settings.py" line="225"/>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="223"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="227"/>
        <location filename="../ui/settings.py" line="230"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="228"/>
        <source>Certificates (*.pfx *.p12 *.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="235"/>
        <source>Client certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="240"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="242"/>
        <source>Check every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="243"/>
        <source>After a failure, check again after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="244"/>
        <source>Failed checks in a row before red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="245"/>
        <source>Good checks in a row before a change back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="246"/>
        <source>While red, check at least every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="247"/>
        <source>Give up a check after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="248"/>
        <source>Warn when the server answers slower than (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="249"/>
        <source>While red, remind me every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="250"/>
        <source>Warn before a certificate expires (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="269"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="271"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="272"/>
        <source>Connect directly, without a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="273"/>
        <source>Use this proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="283"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="287"/>
        <source>Reach directly (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="291"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="293"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="296"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="297"/>
        <source>Start invoice-tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="306"/>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="328"/>
        <source>Needs the keyring too (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="410"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="426"/>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/tray.py" line="92"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="96"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="97"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="98"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="171"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="170"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="172"/>
        <source>Export diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="173"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="174"/>
        <source>Pause checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="176"/>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="177"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="182"/>
        <source>Checks paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="184"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="185"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="186"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="187"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="200"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="203"/>
        <source>Last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
