<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/app.py" line="47"/>
        <source>invoice-tray is already running; it has been brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="173"/>
        <source>checks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="182"/>
        <source>the settings changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <location filename="../ui/details.py" line="49"/>
        <source>invoice-tray: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="61"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="66"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="66"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="66"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="74"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="75"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="84"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="84"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="84"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="84"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="98"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="107"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="124"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="134"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="142"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="143"/>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="144"/>
        <source>Connection and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="145"/>
        <source>Invoice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="146"/>
        <source>Platform announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="149"/>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="150"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="151"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="152"/>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="153"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="154"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="155"/>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="156"/>
        <source>Certificate revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="157"/>
        <source>Server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="158"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="159"/>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="160"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="161"/>
        <source>Check engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="164"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="165"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="166"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="167"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="200"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="202"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="225"/>
        <source>ongoing</source>
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
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/tray.py" line="50"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="56"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="58"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="60"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="97"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="98"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="100"/>
        <source>Pause checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="105"/>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="113"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="136"/>
        <source>Checks paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="138"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="139"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="140"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="141"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="154"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="157"/>
        <source>Last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
