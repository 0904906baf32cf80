"""Simplified Chinese translations, keyed by the English message.

A test checks that every message in the code is here, with the same placeholders, and that
nothing here is stale.
"""

MESSAGES: dict[str, str] = {
    # --- command line ---
    "Invoice server simulator on {url} (scenario: {scenario})": (
        "开票服务器模拟器已在 {url} 运行（场景：{scenario}）"
    ),
    'Trust its CA by setting server.ca_file = "{path}"': (
        '如需信任其根证书，请设置 server.ca_file = "{path}"'
    ),
    "Switch scenario: curl -d NAME {url}/scenario": "切换场景：curl -d 场景名 {url}/scenario",
    "Scenarios: {names}": "可用场景：{names}",
    "Data folder: {path}": "数据目录：{path}",
    "config problem: {problem}": "配置问题：{problem}",
    "{name} stored in the system keyring": "{name} 已保存到系统密钥库",
    "Config file: {path}": "配置文件：{path}",
    "Config file: {path} (does not exist: defaults in force)": (
        "配置文件：{path}（不存在，使用默认设置）"
    ),
    "--timeout: {reason}": "--timeout：{reason}",
    "note: {problem}": "提示：{problem}",
    "cannot start the simulator: {error}": "无法启动模拟器：{error}",
    "Type the value of {name} and press Enter:": "请输入 {name} 的值，然后按回车：",
    "no value given on standard input; nothing stored": "标准输入没有提供值，未保存任何内容",
    "--server {url}: {reason}": "--server {url}：{reason}",
    "Demo server on {url}, scenario {scenario}": "演示服务器：{url}，场景：{scenario}",
    "stored": "已保存",
    "not set": "未设置",
    "{name} removed": "{name} 已删除",
    "{name} was not stored": "{name} 原本未保存",
    "default": "默认",
    # --- report rendering ---
    "GREEN: invoices can be issued": "绿灯：可以正常开票",
    "YELLOW: works, but needs attention": "黄灯：可以开票，但需要注意",
    "RED: invoices cannot be issued now": "红灯：目前无法开票",
    "UNKNOWN: the state could not be determined": "未知：无法确定当前状态",
    "ok": "正常",
    "warn": "注意",
    "FAIL": "失败",
    "skip": "跳过",
    "this PC": "本机",
    "network": "网络",
    "protocol": "协议",
    "server": "服务器",
    "platform": "平台",
    "checked at {time} in {ms} ms": "检测时间 {time}，耗时 {ms} 毫秒",
    "What to do": "处理建议",
    "Guided fix": "引导修复",
    "Also": "另外",
    "{label}: {text}": "{label}：{text}",
    # --- configuration ---
    ", line {line}": "，第 {line} 行",
    "cannot read the file ({error}); defaults are used": (
        "无法读取该文件（{error}），已使用默认设置"
    ),
    "not valid TOML ({reason}); all settings use their defaults": (
        "不是有效的 TOML 格式（{reason}），所有设置均使用默认值"
    ),
    "unknown section; it is ignored": "未知的配置段，已忽略",
    "expected a [section] table; it is ignored": "此处应为 [配置段]，已忽略",
    "unknown setting; it is ignored": "未知的设置项，已忽略",
    "the address must start with https://": "地址必须以 https:// 开头",
    "the address has no server name": "地址中缺少服务器名称",
    "the address must not contain ? or #": "地址中不能包含 ? 或 #",
    "expected text in quotes": "应为带引号的文本",
    "expected an address in quotes": "应为带引号的地址",
    "the port in the address is not valid": "地址中的端口无效",
    "expected one of: {choices}": "应为以下之一：{choices}",
    "expected a list of host names in quotes": "应为带引号的主机名列表",
    # --- server answers ---
    "the server refused access (HTTP {status})": "服务器拒绝访问（HTTP {status}）",
    "the server answered with an error (HTTP {status})": "服务器返回错误（HTTP {status}）",
    "the server failed once (HTTP {status}) and then answered": (
        "服务器出错一次（HTTP {status}），重试后恢复"
    ),
    "the server reports problems: {message}": "服务器报告异常：{message}",
    "answered in {ms} ms (slower than {limit} ms)": "响应耗时 {ms} 毫秒（超过 {limit} 毫秒）",
    "answered in {ms} ms": "响应耗时 {ms} 毫秒",
    "the server is overloaded or unavailable (HTTP 503); retry in {seconds} s": (
        "服务器繁忙或暂不可用（HTTP 503），请在 {seconds} 秒后重试"
    ),
    "the server is unavailable (HTTP 503)": "服务器暂不可用（HTTP 503）",
    "the access token was refused (HTTP {status})": "访问令牌被拒绝（HTTP {status}）",
    "could not read the offline limits (HTTP {status})": "无法读取离线开票限额（HTTP {status}）",
    "{count} announcement(s), none affecting invoicing now": "共 {count} 条公告，目前均不影响开票",
    "behind": "慢了",
    "ahead": "快了",
    "this computer's clock is {minutes} minutes {direction}": "本机时钟{direction} {minutes} 分钟",
    "clock within {seconds} s of the server": "与服务器时间相差 {seconds} 秒以内",
    "the answer is a redirect to {location}, not the invoice server": (
        "收到的是跳转到 {location} 的响应，而不是开票服务器"
    ),
    "maintenance until {until}": "维护中，预计 {until} 结束",
    "the server is under maintenance": "服务器正在维护",
    "token accepted; no offline limits published": "令牌有效；服务器未公布离线限额",
    "no announcements": "没有公告",
    "announcements could not be read (HTTP {status})": "无法读取公告（HTTP {status}）",
    "announced maintenance until {until}: {title}": "公告维护中，预计 {until} 结束：{title}",
    "maintenance planned from {start} to {end}: {title}": "计划维护：{start} 至 {end}：{title}",
    "the server sent no time to compare with": "服务器未提供可比对的时间",
    "the answer is far larger than a health answer; it was cut off": (
        "响应内容远超正常大小，已被截断"
    ),
    "token accepted; offline limits {hours} h, {amount} yuan": (
        "令牌有效；离线限额 {hours} 小时、{amount} 元"
    ),
    "the answer is not the invoice server's ({content_type}): possibly a sign-in or proxy page": (
        "收到的不是开票服务器的响应（{content_type}），可能是网络登录页或代理页面"
    ),
    "unexpected answer HTTP {status}: is the server address right?": (
        "意外的响应 HTTP {status}：服务器地址是否正确？"
    ),
    # --- causes: titles and next steps ---
    "No invoice server is configured": "尚未配置开票服务器",
    "Enter the invoice server address in the settings (server.url).": (
        "请在设置中填写开票服务器地址（server.url）。"
    ),
    "This computer is not connected to a network": "本机没有连接网络",
    "Your network is down, not the invoice server. Check the cable or Wi-Fi, or switch to "
    "another network (e.g. a mobile hotspot).": (
        "是本机网络断开，而不是开票服务器故障。请检查网线或 Wi-Fi，或换一个网络（例如手机热点）。"
    ),
    "The computer's clock is wrong": "本机时间不准确",
    "Correct the date and time of this computer (turn on automatic time). A wrong clock breaks "
    "secure connections and invoice signing.": (
        "请校正本机的日期和时间（开启自动同步时间）。时间不准会导致安全连接和发票签名失败。"
    ),
    "The client certificate cannot be read": "无法读取客户端证书",
    "Check the certificate file in the settings and its password "
    "(invoice-tray secrets set client-cert-password).": (
        "请检查设置中的证书文件及其密码（invoice-tray secrets set client-cert-password）。"
    ),
    "The client (signing) certificate has expired": "客户端（签名）证书已过期",
    "Renew the signing certificate with your certificate provider or the helpdesk.": (
        "请联系证书服务商或技术支持更新签名证书。"
    ),
    "The server name cannot be looked up (DNS)": "无法解析服务器域名（DNS）",
    "Reset the network settings (this clears the DNS cache). If it persists, the DNS server of "
    "your network may be down: ask your IT contact.": (
        "请重置网络设置（会清除 DNS 缓存）。如果问题仍然存在，可能是所在网络的 DNS 服务器故障，"
        "请联系网络管理员。"
    ),
    "The proxy server blocks the connection to the invoice server": (
        "代理服务器阻止了到开票服务器的连接"
    ),
    "Let the invoice server bypass the proxy (proxy exemption), or ask IT to allow it.": (
        "请让开票服务器绕过代理（代理例外），或请网络管理员放行。"
    ),
    "The server refuses connections": "服务器拒绝连接",
    "The invoice server is not accepting connections: it may be down, or a firewall rejects the "
    "port. Wait a few minutes; if it persists, call the helpdesk.": (
        "开票服务器不接受连接：服务器可能已停止，或防火墙拒绝了该端口。请稍等几分钟；"
        "如果仍然无法连接，请联系技术支持。"
    ),
    "The server does not answer in time": "服务器响应超时",
    "Check that a firewall or antivirus program is not blocking the invoicing software, then "
    "reset the network. If other websites work, call the helpdesk.": (
        "请检查防火墙或杀毒软件是否拦截了开票软件，然后重置网络。如果其他网站可以正常访问，"
        "请联系技术支持。"
    ),
    "The server certificate is not valid yet": "服务器证书尚未生效",
    "Usually this computer's date is wrong: check the date and time. Otherwise call the "
    "helpdesk.": "通常是本机日期不对：请检查日期和时间。否则请联系技术支持。",
    "The server certificate has expired": "服务器证书已过期",
    "The server certificate has expired: contact the helpdesk (first check that this "
    "computer's date is right).": "服务器证书已过期：请联系技术支持（请先确认本机日期正确）。",
    "The server certificate has been revoked": "服务器证书已被吊销",
    "Do not use this connection: contact the helpdesk.": "请不要使用此连接，并联系技术支持。",
    "The server certificate is not trusted": "服务器证书不受信任",
    "The root certificate of the tax authority or invoice platform may be missing: install it "
    "(or set server.ca_file), or call the helpdesk. A company proxy that inspects traffic can "
    "also cause this.": (
        "可能缺少税务机关或开票平台的根证书：请安装该证书（或设置 server.ca_file），"
        "或联系技术支持。公司检查流量的代理也可能导致此问题。"
    ),
    "The server certificate belongs to a different name": "服务器证书与服务器名称不符",
    "Check the server address in the settings. A Wi-Fi sign-in page or a proxy can also answer "
    "in the server's place.": (
        "请检查设置中的服务器地址。Wi-Fi 登录页面或代理也可能冒充服务器响应。"
    ),
    "The invoice server is under maintenance": "开票服务器正在维护",
    "Wait until the maintenance ends; drafts can be kept offline meanwhile.": (
        "请等待维护结束；在此期间可以先离线保存发票草稿。"
    ),
    "The server rejected the access token": "服务器拒绝了访问令牌",
    "Enter a valid access token (invoice-tray secrets set server-token).": (
        "请输入有效的访问令牌（invoice-tray secrets set server-token）。"
    ),
    "The invoice server reports an error": "开票服务器报告错误",
    "The problem is on the server side. Wait a few minutes; if it persists, call the helpdesk.": (
        "问题出在服务器端。请稍等几分钟；如果问题仍然存在，请联系技术支持。"
    ),
    "Something other than the invoice server answered": "响应的不是开票服务器",
    "A Wi-Fi sign-in page or a proxy error page may be answering in the server's place: sign "
    "in to the network, or ask IT to let the invoice server through.": (
        "可能是 Wi-Fi 登录页面或代理错误页面在代替服务器响应：请先登录网络，"
        "或请网络管理员放行开票服务器。"
    ),
    "The server certificate expires soon": "服务器证书即将过期",
    "Invoices still work. Tell the helpdesk so the certificate is renewed in time.": (
        "目前仍可开票。请告知技术支持及时更新证书。"
    ),
    "The client (signing) certificate expires soon": "客户端（签名）证书即将过期",
    "Renew the signing certificate before it expires.": "请在签名证书过期前完成更新。",
    "The invoice server works with problems": "开票服务器运行不稳定",
    "Invoices can be issued, but some requests may fail: retry if one does.": (
        "可以开票，但部分请求可能失败：如遇失败请重试。"
    ),
    "The invoice server answers slowly": "开票服务器响应缓慢",
    "Invoices can be issued but will take longer. No action needed unless it persists.": (
        "可以开票，但速度较慢。如果没有持续，无需处理。"
    ),
    "The check itself failed": "检测本身出错",
    "Export the diagnostics and send them to the helpdesk.": "请导出诊断信息并发送给技术支持。",
    # --- connection ---
    "not reached: an earlier step failed": "未执行：前面的步骤失败",
    "not reached: time ran out": "未执行：时间已用完",
    "through proxy {proxy} ({source})": "通过代理 {proxy}（{source}）",
    "proxy": "代理",
    "invoice-tray settings": "invoice-tray 设置",
    "environment variables": "环境变量",
    "system settings": "系统设置",
    "the server certificate expires in {days} days ({date})": (
        "服务器证书将在 {days} 天后过期（{date}）"
    ),
    "the server did not answer in time": "服务器未能及时响应",
    "the connection was cut during the secure handshake (a firewall or filtering program may "
    "interfere)": "安全握手过程中连接被中断（可能有防火墙或过滤软件干扰）",
    "the secure handshake failed: {reason}": "安全握手失败：{reason}",
    "the proxy {proxy} did not open the connection within {s} s": (
        "代理 {proxy} 在 {s} 秒内没有建立连接"
    ),
    "no answer to the connection attempt to {where} within {s} s (a firewall may be dropping "
    "it)": "连接 {where} 在 {s} 秒内没有回应（可能被防火墙丢弃）",
    "the secure handshake did not complete within {s} s": "安全握手未能在 {s} 秒内完成",
    "the server accepted the connection but did not answer within {s} s": (
        "服务器接受了连接，但在 {s} 秒内没有响应"
    ),
    "the server's answer trickled in too slowly to finish within {s} s": (
        "服务器响应传输过慢，未能在 {s} 秒内完成"
    ),
    "direct connection ({rule})": "直接连接（{rule}）",
    "direct connection, no proxy": "直接连接，未使用代理",
    "connected to {target} in {ms} ms": "已连接到 {target}，耗时 {ms} 毫秒",
    "the proxy {proxy} refused the connection to the server: {reason}": (
        "代理 {proxy} 拒绝连接服务器：{reason}"
    ),
    "the proxy {proxy} cannot be reached: {reason}": "无法连接代理 {proxy}：{reason}",
    "{where} refused the connection": "{where} 拒绝了连接",
    "connected to {target}": "已连接到 {target}",
    "secure connection established": "已建立安全连接",
    "the server dropped the connection: {reason}": "服务器断开了连接：{reason}",
    "the server's answer is broken: {reason}": "服务器响应不完整或格式错误：{reason}",
    "the server certificate expired on {date}": "服务器证书已于 {date} 过期",
    "the server certificate is valid only from {date}": "服务器证书从 {date} 起才生效",
    "the certificate is for {names}, not {host}": "证书属于 {names}，而不是 {host}",
    "the server certificate has been revoked": "服务器证书已被吊销",
    "the certificate issuer {issuer} is not trusted on this computer": (
        "本机不信任证书颁发者 {issuer}"
    ),
    "the secure handshake did not complete in time": "安全握手未能及时完成",
    "certificate trusted, valid until {date} (issued by {issuer})": (
        "证书可信，有效期至 {date}（颁发者：{issuer}）"
    ),
    "no route to {where}": "没有到 {where} 的网络路由",
    "no answer to the connection attempt to {where}": "连接 {where} 没有回应",
    "cannot connect to {where}: {reason}": "无法连接 {where}：{reason}",
    "the extra CA file {path} cannot be used: {reason}": "无法使用附加的 CA 文件 {path}：{reason}",
    "{summary}; {note}": "{summary}；{note}",
    # --- monitor: notices ---
    "not checked yet": "尚未检测",
    "invoice-tray is already running; it has been brought forward.": (
        "invoice-tray 已在运行，已将其切换到前台。"
    ),
    "the settings changed": "设置已更改",
    "the network changed": "网络已变化",
    "checks are paused": "检测已暂停",
    "{summary}. {next_step}": "{summary}。{next_step}",
    "Still unable to issue invoices": "仍然无法开票",
    "the computer slept or its clock changed": "电脑曾休眠或系统时间被调整",
    "Invoices can be issued again": "已恢复，可以开票",
    "The connection to the invoice server works.": "与开票服务器的连接正常。",
    "The server certificate": "服务器证书",
    "Your signing certificate": "您的签名证书",
    "{which} expires in {days} days": "{which}将在 {days} 天后过期",
    "It is valid until {date}. Arrange its renewal in time.": "有效期至 {date}，请及时安排更新。",
    # --- local storage ---
    "database error: {reason}": "数据库错误：{reason}",
    "the database {path} cannot be used: {reason}": "无法使用数据库 {path}：{reason}",
    "the database {path} was written by a newer version of invoice-tray": (
        "数据库 {path} 由更新版本的 invoice-tray 写入，无法使用"
    ),
    # --- revocation (OCSP) ---
    "the server certificate was revoked on {date}": "服务器证书已于 {date} 被吊销",
    "the issuer's certificate is not available": "找不到颁发者的证书",
    "the answer's signature is not valid": "响应的签名无效",
    "the certificate names no revocation (OCSP) service": "证书未提供吊销查询（OCSP）服务",
    "revocation could not be checked: {reason}": "无法检查证书是否被吊销：{reason}",
    "not revoked (confirmed by {host})": "未被吊销（已由 {host} 确认）",
    "{host} answered HTTP {status}": "{host} 返回 HTTP {status}",
    "the service answered {status}": "查询服务返回：{status}",
    "the answer is about another certificate": "响应针对的是另一张证书",
    "the answer is out of date": "响应已过期",
    "the revocation service does not know this certificate": "吊销查询服务不认识这张证书",
    "{host} cannot be reached: {reason}": "无法连接 {host}：{reason}",
    "the answer is not an OCSP response": "响应不是有效的 OCSP 应答",
    "the answer is too large": "响应内容过大",
    "revocation could not be checked in time": "未能及时完成证书吊销检查",
    # --- this PC ---
    "this computer has no network connection": "本机没有网络连接",
    "{subject} expired on {date}": "{subject} 已于 {date} 过期",
    "{subject} is valid only from {date}": "{subject} 从 {date} 起才生效",
    "{subject} expires in {days} days ({date})": "{subject} 将在 {days} 天后过期（{date}）",
    "{subject} valid until {date}": "{subject} 有效期至 {date}",
    "no client certificate configured": "未配置客户端证书",
    "cannot read {path}: {reason}": "无法读取 {path}：{reason}",
    "{error}": "{error}",
    "the file is too large to be a certificate": "文件过大，不是证书文件",
    "the PEM certificate is damaged": "PEM 证书已损坏",
    "the password is wrong or the file is damaged": "密码错误或文件已损坏",
    "the file needs a password (not set) or is damaged": "该文件需要密码（尚未设置）或已损坏",
    "the PKCS#12 file holds no certificate": "该 PKCS#12 文件中没有证书",
    "this computer is connected to a network": "本机已连接网络",
    "no network route, but the server is on this computer": "没有网络路由，但服务器就在本机上",
    # --- engine ---
    "no server address configured": "未配置服务器地址",
    "internal error: {error}": "内部错误：{error}",
    "{host} found, but the lookup took {ms} ms": "已解析 {host}，但耗时 {ms} 毫秒",
    "{host} is {address} ({ms} ms)": "{host} 的地址是 {address}（{ms} 毫秒）",
    "{why} (the proxy looks the name up instead)": "{why}（由代理负责解析域名）",
    "the proxy's name {host} cannot be looked up: {reason}": "无法解析代理的名称 {host}：{reason}",
    "the server address is an IP address": "服务器地址是 IP 地址，无需解析",
    "no answer from the name server": "DNS 服务器没有响应",
    "the name {host} does not exist": "域名 {host} 不存在",
    "lookup of {host} failed: {reason}": "解析 {host} 失败：{reason}",
    "no access token configured": "未配置访问令牌",
    "no answer in time": "未能及时响应",
    "request failed: {reason}": "请求失败：{reason}",
    "Invoices can be issued": "可以正常开票",
    "All checks passed.": "所有检测均已通过。",
    # --- secrets ---
    "access token for the invoice server": "开票服务器的访问令牌",
    "password of the client certificate file": "客户端证书文件的密码",
    "the keyring refused the request: {error}": "密钥库拒绝了请求：{error}",
    "No secure password store (keyring) is available on this computer. On Linux, install and "
    "unlock GNOME Keyring or KWallet; on Windows and macOS the system store is used. Secrets "
    "are never saved in plain text.": (
        "本机没有可用的安全密码存储（密钥库）。Linux 上请安装并解锁 GNOME Keyring 或 KWallet；"
        "Windows 和 macOS 使用系统自带的存储。密钥绝不会以明文保存。"
    ),
    "unknown secret {name}; known: {known}": "未知的密钥名称 {name}；可用名称：{known}",
    # --- saving settings ---
    "the settings could not be saved: {path} cannot be read ({error}); nothing was changed": (
        "设置未能保存：无法读取 {path}（{error}）；没有做任何更改"
    ),
    "cannot keep a copy of the broken {path} ({error})": (
        "无法为已损坏的 {path} 保留副本（{error}）"
    ),
    "the settings could not be saved to {path} ({error}); nothing was changed": (
        "设置未能保存到 {path}（{error}）；没有做任何更改"
    ),
    # --- start at login ---
    "the program to start at login must be a full path": "登录时启动的程序必须是完整路径",
    "the command to start at login contains control characters": "登录时启动的命令包含控制字符",
    "start at login could not be changed in {place} ({error})": (
        "无法在 {place} 更改登录时启动（{error}）"
    ),
    # --- settings fields ---
    "the token must not start or end with spaces": "令牌的开头和结尾不能有空格",
    "no such file": "文件不存在",
    "not a usable list of CA certificates (PEM): {error}": "不是可用的 CA 证书列表（PEM）：{error}",
    # --- diagnostics ---
    "Checking the connection for the diagnostics…": "正在为诊断信息检测连接…",
    "The diagnostics could not be written to {path}: {error}": "无法将诊断信息写入 {path}：{error}",
    "Diagnostics written to {path} (secrets removed).": "诊断信息已写入 {path}（已去除密钥）。",
    "expected a list of folders in quotes": "应为用引号括起的文件夹列表",
    # --- fixes ---
    "{folder} is too broad to be a cache folder": "{folder} 范围太大，不能作为缓存文件夹",
    "Empty the cache folder {folder}": "清空缓存文件夹 {folder}",
    "Clear caches": "清除缓存",
    "Old cached files (certificates, server answers, pages) can make the invoicing software "
    "use outdated information. The files are moved to a quarantine folder, not deleted, so "
    "this can be undone. Drafts, settings and history are never touched.": (
        "旧的缓存文件（证书、服务器应答、页面）可能让开票软件使用过时的信息。这些文件会被移到隔"
        "离文件夹，而不是删除，因此可以撤销。草稿、设置和历史记录不会被改动。"
    ),
    "{folder} holds invoice-tray's own settings or data and is never cleared": (
        "{folder} 存有 invoice-tray 自己的设置或数据，不会被清除"
    ),
    "{folder} does not exist": "{folder} 不存在",
    "{folder} is already empty": "{folder} 已经是空的",
    "Empty invoice-tray's own cache": "清空 invoice-tray 自己的缓存",
    "{folder} has new files with the same names ({names}); move them away and undo again": (
        "{folder} 中出现了同名的新文件（{names}）；请先移走它们，再重新撤销"
    ),
    "{path} is read-only, so it was left alone and nothing was changed. Remove its read-only "
    "attribute, or remove it by hand, and try again.": (
        "{path} 是只读的，因此没有动它，也没有做任何更改。请去掉它的只读属性，或手动删除它，然"
        "后重试。"
    ),
    "Delete Internet Explorer / WinINet temporary files (cannot be undone)": (
        "删除 Internet Explorer / WinINet 临时文件（无法撤销）"
    ),
    "{path} is in use (locked) and cannot be moved; nothing was changed. Close the invoicing "
    "software and try again.": (
        "{path} 正在被使用（已锁定），无法移动；没有做任何更改。请关闭开票软件后重试。"
    ),
    "Network reset": "网络重置",
    "The computer cannot find or reach the invoice server. Emptying the DNS cache and asking "
    "the network for a fresh address often clears a stale or broken network setting. Nothing "
    "else on the computer is changed.": (
        "本机无法找到或连接开票服务器。清空 DNS 缓存并重新向网络申请地址，通常可以清除过时或损"
        "坏的网络设置。电脑上的其他内容不会被更改。"
    ),
    "Empty the DNS cache": "清空 DNS 缓存",
    "Give back the network address": "释放网络地址",
    "Ask for a new network address (DHCP)": "重新获取网络地址（DHCP）",
    "Reset Winsock (network programming interface)": "重置 Winsock（网络编程接口）",
    "Reset the TCP/IP settings": "重置 TCP/IP 设置",
    "Restart the name service (mDNSResponder)": "重启域名服务（mDNSResponder）",
    "Ask for a new network address (DHCP) on {interface}": (
        "在 {interface} 上重新获取网络地址（DHCP）"
    ),
    "Reconnect {connection} (new address and DNS servers)": (
        "重新连接 {connection}（获取新地址和 DNS 服务器）"
    ),
    "administrator rights were not given, so this step was not done": (
        "未获得管理员权限，因此没有执行这一步"
    ),
    "Let invoice-tray reach {host} without the proxy": "让 invoice-tray 不经代理访问 {host}",
    "Add {host} to Windows' proxy exceptions": "把 {host} 加入 Windows 的代理例外",
    "Copy the proxy exceptions to WinHTTP (for the whole computer)": (
        "把代理例外复制到 WinHTTP（对整台电脑生效）"
    ),
    "Add {host} to the proxy exceptions of {service}": "把 {host} 加入 {service} 的代理例外",
    "Add {host} to the desktop's proxy exceptions (GNOME)": "把 {host} 加入桌面的代理例外（GNOME）",
    "Other programs: the no_proxy setting": "其他程序：no_proxy 设置",
    "this desktop has no proxy settings to change; for other programs, add {host} to "
    "no_proxy (for example in ~/.profile: export no_proxy={host})": (
        "此桌面没有可更改的代理设置；对于其他程序，请把 {host} 加入 no_proxy（例如在 ~/.profile"
        " 中：export no_proxy={host}）"
    ),
    "Proxy exemption": "代理例外",
    "The proxy between this computer and {host} blocks or breaks the connection. Letting "
    "just this server bypass the proxy usually fixes it; every other address keeps using the "
    "proxy.": (
        "本机与 {host} 之间的代理服务器阻止或破坏了连接。只让这台服务器绕过代理通常就能解决；其"
        "他地址仍然使用代理。"
    ),
    "no server address is configured": "尚未配置服务器地址",
    "networksetup refused the change": "networksetup 拒绝了这项更改",
    "{program} is not available on this computer": "本机没有 {program}",
    "this desktop keeps no GNOME proxy settings": "此桌面没有 GNOME 代理设置",
    "gsettings refused the change": "gsettings 拒绝了这项更改",
    "unexpected answer from gsettings: {text}": "gsettings 返回了意外的结果：{text}",
    "the WinHTTP settings could not be read": "无法读取 WinHTTP 设置",
    "WinHTTP refused the new settings": "WinHTTP 拒绝了新设置",
    "WinHTTP refused the previous settings": "WinHTTP 拒绝了原来的设置",
    "the proxy exceptions could not be read": "无法读取代理例外",
    "the system refused: {error}": "系统拒绝了操作：{error}",
    "this step cannot be undone by this version": "此版本无法撤销这一步",
    "Forget invoice-tray's own connections and cached answers": (
        "清除 invoice-tray 自己的连接和缓存的应答"
    ),
    "not needed on this system": "此系统不需要",
    "{command} failed (exit code {code})": "{command} 执行失败（退出码 {code}）",
    "{value} is not a valid server name": "{value} 不是有效的服务器名称",
    "the name {value} cannot be used safely": "名称 {value} 无法安全使用",
    "the network interface {value} cannot be used safely": "网络接口 {value} 无法安全使用",
    # --- invoice-tray fix ---
    "Before: {before}   After: {after}": "修复前：{before}   修复后：{after}",
    "Journal entry {id}; undo with: invoice-tray fix --undo {id}": (
        "记录编号 {id}；撤销命令：invoice-tray fix --undo {id}"
    ),
    "name a fix (network-reset, cache-clear, proxy-exemption), --list or --undo ID": (
        "请指定修复项（network-reset、cache-clear、proxy-exemption），或使用 --list、--undo 编号"
    ),
    "Not run: add --yes to run without asking.": "未执行：如需不经确认直接执行，请加上 --yes。",
    "Go ahead? [y/N] ": "是否继续？[y/N] ",
    "Put back after the failure: {steps}": "失败后已恢复：{steps}",
    "Restart the computer to finish this fix.": "请重新启动电脑以完成此修复。",
    "No fix has been run yet.": "尚未执行过任何修复。",
    "Nothing was changed.": "没有做任何更改。",
    "There is no fix run {id} in the journal.": "记录中没有编号为 {id} 的修复。",
    "Nothing to undo in run {id}.": "编号 {id} 的修复没有可撤销的内容。",
    "cannot plan the fix: {reason}": "无法制定修复计划：{reason}",
    "administrator": "需要管理员权限",
    "cannot be undone": "无法撤销",
    "A restart of the computer finishes this fix.": "重新启动电脑后此修复才会完成。",
    "can be undone": "可以撤销",
    "skipped: {reason}": "跳过：{reason}",
    # --- drafts ---
    "Draft": "草稿",
    "Buyer": "购买方",
    "Buyer name": "购买方名称",
    "Buyer taxpayer ID": "购买方纳税人识别号",
    "Buyer address and phone": "购买方地址、电话",
    "Buyer bank and account": "购买方开户行及账号",
    "Lines": "明细行",
    "Remarks": "备注",
    "item name": "项目名称",
    "tax classification code": "税收分类编码",
    "specification": "规格型号",
    "unit": "单位",
    "quantity": "数量",
    "unit price": "单价",
    "tax rate": "税率",
    "price includes tax": "含税价",
    "tax": "税额",
    "the tax of all lines differs from the amounts × rates by {difference}": (
        "全部明细的税额与金额×税率相差 {difference}"
    ),
    "Line {number}, {field}": "第 {number} 行，{field}",
    "the tax differs from amount × rate by {difference}": "税额与金额×税率相差 {difference}",
    "Line {number}": "第 {number} 行",
    "must be an object": "必须是对象",
    "must be a list": "必须是列表",
    "at most {count} lines": "最多 {count} 行",
    "is required": "必须填写",
    "at least one line is required": "至少需要一行明细",
    "may contain only digits and capital letters": "只能包含数字和大写字母",
    "is not an 18-character unified social credit code; check it": (
        "不是 18 位统一社会信用代码，请核对"
    ),
    "a draft must be a JSON object": "草稿必须是 JSON 对象",
    "must be text": "必须是文本",
    "at most {count} characters": "最多 {count} 个字符",
    "must be a decimal number in quotes": "必须是用引号括起的十进制数",
    "at most 8 decimal places": "最多 8 位小数",
    "must be one of: {rates}": "必须是以下之一：{rates}",
    "must be true or false": "必须是 true 或 false",
    "must be 19 digits": "必须是 19 位数字",
    "must be more than zero": "必须大于零",
    "must not be negative": "不能为负数",
    "the amount is too large": "金额过大",
    "the check digit does not match; check the ID": "校验位不符，请核对识别号",
    # --- drafts store ---
    "draft": "草稿",
    "waiting to be submitted": "等待提交",
    "being submitted": "正在提交",
    "submitted": "已提交",
    "rejected by the server": "被服务器退回",
    "in the trash": "在回收站中",
    "draft {id} cannot be edited now: it is {state}": "草稿 {id} 现在不能编辑：它{state}",
    "draft {id} cannot be queued now: it is {state}": "草稿 {id} 现在不能排队提交：它{state}",
    "draft {id} is not being submitted: it is {state}": "草稿 {id} 并未在提交：它{state}",
    "the draft has errors: {problems}": "草稿有错误：{problems}",
    "there is no draft {id}": "没有编号为 {id} 的草稿",
    "only a draft that was never sent can be held back": "只有从未发送过的草稿才能撤回",
    "a draft that is queued or being sent cannot be deleted; hold it first": (
        "正在排队或正在发送的草稿不能删除；请先撤回"
    ),
    # --- invoice-tray drafts ---
    "Nothing was added: correct the errors above, or add with --hold to keep them as drafts.": (
        "没有添加任何草稿：请改正上面的错误，或使用 --hold 先保存为草稿。"
    ),
    "kept as drafts": "保存为草稿",
    "queued for submission": "已排队等待提交",
    "{count} added ({state}): {ids}": "已添加 {count} 份（{state}）：{ids}",
    "The drafts cannot be opened: {reason}": "无法打开草稿：{reason}",
    "{path} is not valid JSON (line {line}, column {column}): {reason}": (
        "{path} 不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}"
    ),
    "error": "错误",
    "warning": "警告",
    "No drafts.": "没有草稿。",
    "The drafts cannot be saved: {reason}": "无法保存草稿：{reason}",
    "{path} is too large (over 50 MB)": "{path} 太大（超过 50 MB）",
    "cannot read {path}: {error}": "无法读取 {path}：{error}",
    "{path} is not UTF-8 text": "{path} 不是 UTF-8 文本",
    # --- outbox ---
    "the server answered {status}; it will be sent again": "服务器返回 {status}；稍后会重新发送",
    "the server's answer could not be read; it will be asked again": (
        "无法读取服务器的应答；稍后会再次询问"
    ),
    "the server is still processing it; it will be asked again": "服务器仍在处理；稍后会再次询问",
    "rejected by the server: {reasons}": "被服务器退回：{reasons}",
    "the server refused the credentials; submission is paused": "服务器拒绝了凭据；提交已暂停",
    "no answer from the server ({error}); it will be sent again": (
        "服务器没有应答（{error}）；稍后会重新发送"
    ),
    "submitted as invoice {number}": "已提交，发票号码 {number}",
    "Nothing is due to be submitted.": "目前没有需要提交的草稿。",
    "Stopped: {reason}": "已停止：{reason}",
    # --- drafts export and import ---
    "{count} drafts written to {path}": "已将 {count} 份草稿写入 {path}",
    "{count} drafts imported, kept as drafts to review: {ids}": (
        "已导入 {count} 份草稿，保存为草稿待核对：{ids}"
    ),
    "cannot write {path}: {error}": "无法写入 {path}：{error}",
    "Nothing was imported: correct the errors above.": "没有导入任何草稿：请改正上面的错误。",
    "{path}: {reason}": "{path}：{reason}",
    "not valid JSON (line {line}, column {column}): {reason}": (
        "不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}"
    ),
    "the file is not UTF-8 text (save it from Excel as CSV UTF-8)": (
        "文件不是 UTF-8 文本（请在 Excel 中另存为“CSV UTF-8”）"
    ),
    "missing columns: {columns}": "缺少列：{columns}",
    "row {row}": "第 {row} 行",
    "rows {first}–{last}": "第 {first}–{last} 行",
    "the file is not UTF-8 text": "文件不是 UTF-8 文本",
    "#{number}": "第 {number} 份",
    # --- offline limits ---
    "{count} drafts waiting: {amount} of {max_amount} yuan, the oldest {hours} of "
    "{max_hours} hours": (
        "{count} 份草稿等待提交：金额 {amount} / {max_amount} 元，最早的已等待 {hours} / {max_h"
        "ours} 小时"
    ),
    "{count} drafts waiting; the offline limits are not known yet": (
        "{count} 份草稿等待提交；尚不知道离线限额"
    ),
    "The offline invoicing limit is exceeded": "已超出离线开票限额",
    "No more invoices can be issued offline until the waiting drafts are submitted. Get the "
    "connection to the server working (see the other checks), then submit.": (
        "在提交等待中的草稿之前，不能再离线开票。请先恢复与服务器的连接（见其他检测项），然后提交。"
    ),
    "The offline invoicing limit is nearly reached": "离线开票限额即将用完",
    "Submit the waiting drafts as soon as the server can be reached: the tax bureau's limit "
    "for offline invoices (amount or time) is 80 % used.": (
        "服务器可以连接后请尽快提交等待中的草稿：税务机关规定的离线开票限额（金额或时长）已用去"
        " 80%。"
    ),
    "the disk is full ({reason})": "磁盘已满（{reason}）",
    "Total: {amount} + {tax} = {total} yuan": "合计：{amount} + {tax} = {total} 元",
    "Server reply: {reply}": "服务器应答：{reply}",
    "is not a number (for example 12.50)": "不是数字（例如 12.50）",
    "the folder {folder} is read-only ({reason})": "文件夹 {folder} 是只读的（{reason}）",
    "{count} queued for submission: {ids}": "{count} 份已加入提交队列：{ids}",
    "{count} not queued (see above).": "{count} 份未加入队列（见上）。",
    "{value}: write the server name only, without http:// or /": (
        "{value}：只填写服务器名称，不要带 http:// 或 /"
    ),
    "a server name is missing": "缺少服务器名称",
    "a server name cannot contain spaces": "服务器名称中不能有空格",
    "the address cannot contain spaces": "地址中不能有空格",
    "the address must not contain a user name or password": "地址中不能包含用户名或密码",
    "must be a whole number from {minimum} to {maximum}": "应为 {minimum} 到 {maximum} 之间的整数",
    "must be a number from {minimum} to {maximum}": "应为 {minimum} 到 {maximum} 之间的数字",
    "enter the proxy address, such as http://proxy.example.cn:8080": (
        "请填写代理服务器地址，例如 http://proxy.example.cn:8080"
    ),
    "a proxy address looks like http://proxy.example.cn:8080 (with http://)": (
        "代理服务器地址的格式如 http://proxy.example.cn:8080（以 http:// 开头）"
    ),
    "a proxy address ends after the port: no path, ? or #": (
        "代理服务器地址在端口号之后结束，不能带路径、? 或 #"
    ),
    "enter a number": "请填写数字",
    "{reason}; it is left empty": "{reason}，此项暂不生效",
    "{reason}; the default {default} is used": "{reason}，已改用默认值 {default}",
    (
        "The proxy password was moved out of the settings file into the system's password store "
        "(keyring)."
    ): ("代理服务器密码已从设置文件中移出，现保存在系统的密码库（密钥库）中。"),
    (
        "a proxy password needs a user name in the address, such as "
        "http://name@proxy.example.cn:8080"
    ): ("填写代理服务器密码时，地址中还需要有用户名，例如 http://用户名@proxy.example.cn:8080"),
    (
        "The proxy password is still written in the settings file: this computer has no secure "
        "password store (keyring) to keep it in."
    ): ("代理服务器密码仍以明文写在设置文件中：这台电脑没有可用的安全密码库（密钥库）来保存它。"),
    "password for signing in to the proxy server": "登录代理服务器的密码",
    "Still unable to issue invoices, now for another reason": "仍然无法开票，但原因有了变化",
}
