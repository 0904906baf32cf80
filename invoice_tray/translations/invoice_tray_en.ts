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
        <location filename="../ui/tray.py" line="52"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="58"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="60"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="62"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="99"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="100"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="102"/>
        <source>Pause checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="107"/>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="115"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="140"/>
        <source>Checks paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="142"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="143"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="144"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="145"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="158"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="161"/>
        <source>Last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
