<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/app.py" line="47"/>
        <source>invoice-tray is already running; it has been brought forward.</source>
        <translation>invoice-tray 已在运行，已将其切换到前台。</translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="131"/>
        <source>the network changed</source>
        <translation>网络已变化</translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="193"/>
        <source>checks are paused</source>
        <translation>检测已暂停</translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="202"/>
        <source>the settings changed</source>
        <translation>设置已更改</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <location filename="../ui/details.py" line="51"/>
        <source>invoice-tray: details</source>
        <translation>invoice-tray：详细信息</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="64"/>
        <source>Check now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Check</source>
        <translation>检测项</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="69"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="78"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="87"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="101"/>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="110"/>
        <source>Incidents</source>
        <translation>故障记录</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="133"/>
        <source>Not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="143"/>
        <source>Also: %1</source>
        <translation>另外：%1</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="153"/>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="154"/>
        <source>Local network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="155"/>
        <source>Connection and security</source>
        <translation>连接与安全</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="156"/>
        <source>Invoice server</source>
        <translation>开票服务器</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="157"/>
        <source>Platform announcements</source>
        <translation>平台公告</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="160"/>
        <source>Signing certificate</source>
        <translation>签名证书</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="161"/>
        <source>Clock</source>
        <translation>系统时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="162"/>
        <source>Network connection</source>
        <translation>网络连接</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="163"/>
        <source>Name lookup (DNS)</source>
        <translation>域名解析（DNS）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="164"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="165"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="166"/>
        <source>Secure connection (TLS)</source>
        <translation>安全连接（TLS）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="167"/>
        <source>Certificate revocation</source>
        <translation>证书吊销检查</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="168"/>
        <source>Server health</source>
        <translation>服务器状态</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="169"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="170"/>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="171"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="172"/>
        <source>Check engine</source>
        <translation>检测程序</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="175"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="176"/>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="177"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="178"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="211"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="213"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="237"/>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../ui/chart.py" line="54"/>
        <source>No checks yet</source>
        <translation>暂无检测记录</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/tray.py" line="52"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation>此桌面没有系统托盘，因此 invoice-tray 在此窗口中显示状态。关闭窗口后仍会继续检测；如需退出，请在此处操作。</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="58"/>
        <source>Check now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="60"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="62"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="99"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="100"/>
        <source>Check now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="102"/>
        <source>Pause checks</source>
        <translation>暂停检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="107"/>
        <source>Demo scenario</source>
        <translation>演示场景</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="115"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="140"/>
        <source>Checks paused</source>
        <translation>检测已暂停</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="142"/>
        <source>Invoices can be issued</source>
        <translation>可以正常开票</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="143"/>
        <source>Invoices can be issued; attention needed</source>
        <translation>可以开票，但需要注意</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="144"/>
        <source>Invoices cannot be issued now</source>
        <translation>目前无法开票</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="145"/>
        <source>Not known yet</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="158"/>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="161"/>
        <source>Last check: %1</source>
        <translation>上次检测：%1</translation>
    </message>
</context>
</TS>
