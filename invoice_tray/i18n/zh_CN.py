"""Simplified Chinese translations, keyed by the English message, grouped by the module
that says it.

A test checks that every message in the code is here, with the same placeholders, and that
nothing here is stale. The wording is an accountant's: the words of the invoice and the tax
bureau, full-width punctuation, no command lines or settings keys in what the tray shows.
"""

MESSAGES: dict[str, str] = {
    # --- cli/__init__.py ---
    "config file to use": "使用的设置文件",
    "message language (default: the one chosen in Settings, then the system's)": (
        "显示语言（默认：“设置”中选择的语言，其次为系统语言）"
    ),
    "run against the built-in demo server": "连接内置的演示服务器",
    "what the demo server does (with --demo)": "演示服务器的场景（与 --demo 一起使用）",
    "Tells whether invoices can be issued right now, and if not, why.": (
        "告诉您现在能不能开票；如果不能，原因是什么。"
    ),
    "show the version and exit": "显示版本号后退出",
    "check that this installation is whole (for the helpdesk), then exit": (
        "检查这次安装是否完整（供技术支持使用），然后退出"
    ),
    "run one full check and print the verdict": "完整检测一次并显示结论",
    "server address (instead of the one in Settings)": "服务器地址（代替“设置”中的地址）",
    "print one JSON object": "输出一个 JSON 对象",
    "overall deadline in seconds": "总时限（秒）",
    "run the invoice server simulator on this computer": "在本机运行开票服务器模拟器",
    "loopback address to listen on": "监听的本机回环地址",
    "port to listen on": "监听的端口",
    "port for switching scenarios (default: any free port)": (
        "切换场景用的端口（默认：任一空闲端口）"
    ),
    "the scenario to start with": "启动时的场景",
    "keep passwords and tokens in the system keyring": "在系统密钥库中保存密码和令牌",
    "server-token, client-cert-password or proxy-password": (
        "server-token（访问令牌）、client-cert-password（数字证书密码）或 "
        "proxy-password（代理服务器密码）"
    ),
    "store a secret read from standard input": "保存从标准输入读到的密钥",
    "remove a stored secret": "删除已保存的密钥",
    "which secrets are stored (never their values)": "列出已保存的密钥（不显示内容）",
    "show the config file, its problems and the settings in force": (
        "显示设置文件、其中的问题和当前生效的设置"
    ),
    "run a check and write the diagnostics (a .zip file) for the helpdesk": (
        "检测一次，并写出给技术支持的诊断信息（.zip 文件）"
    ),
    "folder (a dated name is chosen) or .zip file to write (default: this folder)": (
        "写入的文件夹（自动按日期命名）或 .zip 文件（默认：当前文件夹）"
    ),
    # --- cli/commands.py ---
    "config problem: {problem}": "配置问题：{problem}",
    "--server {url}: {reason}": "--server {url}：{reason}",
    "{option}: {reason}": "{option}：{reason}",
    "--timeout: {reason}": "--timeout：{reason}",
    "Demo server on {url}, scenario {scenario}": "演示服务器：{url}，场景：{scenario}",
    "note: {problem}": "提示：{problem}",
    "cannot start the simulator: {error}": "无法启动模拟器：{error}",
    "Invoice server simulator on {url} (scenario: {scenario})": (
        "开票服务器模拟器已在 {url} 运行（场景：{scenario}）"
    ),
    'Trust its CA by setting server.ca_file = "{path}"': (
        '如需信任其根证书，请设置 server.ca_file = "{path}"'
    ),
    "Switch scenario: curl -d NAME {url}/scenario": "切换场景：curl -d 场景名 {url}/scenario",
    "Scenarios: {names}": "可用场景：{names}",
    "not set": "未设置",
    "stored": "已保存",
    "{name}: {state} ({description})": "{name}：{state}（{description}）",
    "{name} removed": "{name} 已删除",
    "{name} was not stored": "{name} 原本未保存",
    "Type the value of {name} and press Enter:": "请输入 {name} 的值，然后按回车：",
    "no value given on standard input; nothing stored": "标准输入没有提供值，未保存任何内容",
    "{name} stored in the system keyring": "{name} 已保存到系统密钥库",
    "Config file: {path}": "配置文件：{path}",
    "Config file: {path} (does not exist: defaults in force)": (
        "配置文件：{path}（不存在，使用默认设置）"
    ),
    "Data folder: {path}": "数据目录：{path}",
    "Policy of the IT department: {path}": "单位管理员的策略：{path}",
    "locked by the IT department": "由单位管理员锁定",
    "preset by the IT department": "由单位管理员预设",
    "default": "默认",
    "Checking the connection for the diagnostics…": "正在为诊断信息检测连接…",
    "The diagnostics could not be written to {path}: {error}": "无法将诊断信息写入 {path}：{error}",
    "Diagnostics written to {path} (secrets removed).": "诊断信息已写入 {path}（已去除密钥）。",
    # --- cli/drafts.py ---
    "offline invoice drafts": "离线发票草稿",
    "add drafts from a JSON file (one or a list)": "从 JSON 文件添加草稿（一张或多张）",
    "the JSON file; - reads standard input": "JSON 文件；“-”表示从标准输入读取",
    "keep them as drafts, do not queue": "保留为草稿，不加入提交队列",
    "one pass over the outbox; non-zero exit if any failed": (
        "提交一遍等待中的草稿；有失败时退出码不为 0"
    ),
    "print JSON": "输出 JSON",
    "write drafts to a file": "把草稿写入文件",
    "the file to write": "要写入的文件",
    "default: from the name": "默认：按文件名判断",
    "only drafts in this state": "只包括这个状态的草稿",
    "read drafts from JSON or CSV (all or none)": (
        "从 JSON 或 CSV 文件读入草稿（要么全部读入，要么一张也不读入）"
    ),
    "a .json or .csv file": ".json 或 .csv 文件",
    "queue drafts for submission (default: all drafts)": "把草稿加入提交队列（默认：全部草稿）",
    "the drafts to queue": "要加入队列的草稿",
    "list the drafts": "列出草稿",
    "The drafts cannot be opened: {reason}": "无法打开草稿：{reason}",
    "The drafts cannot be saved: {reason}": "无法保存草稿：{reason}",
    "{path} is too large (over 50 MB)": "{path} 太大（超过 50 MB）",
    "cannot read {path}: {error}": "无法读取 {path}：{error}",
    "{path} is not UTF-8 text": "{path} 不是 UTF-8 文本",
    "{path} is not valid JSON (line {line}, column {column}): {reason}": (
        "{path} 不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}"
    ),
    "Nothing was added: correct the errors above, or add with --hold to keep them as drafts.": (
        "没有添加任何草稿：请改正上面的错误，或使用 --hold 先保存为草稿。"
    ),
    "kept as drafts": "保存为草稿",
    "queued for submission": "已加入提交队列",
    "{count} added ({state}): {ids}": "已添加 {count} 张（{state}）：{ids}",
    "no server address is configured": "尚未配置服务器地址",
    "Nothing is due to be submitted.": "目前没有需要提交的草稿。",
    "Stopped: {reason}": "已停止：{reason}",
    "1 draft written to {path}": "已把 1 张草稿写入 {path}",
    "{count} drafts written to {path}": "已把 {count} 张草稿写入 {path}",
    "Nothing was imported: correct the errors above.": "没有导入任何草稿：请改正上面的错误。",
    "1 draft imported, kept as a draft to review: {ids}": (
        "已导入 1 张草稿，保留为草稿待核对：{ids}"
    ),
    "{count} drafts imported, kept as drafts to review: {ids}": (
        "已导入 {count} 张草稿，保留为草稿待核对：{ids}"
    ),
    "{count} queued for submission: {ids}": "{count} 张已加入提交队列：{ids}",
    "{count} not queued (see above).": "{count} 张未加入提交队列（见上）。",
    "error": "错误",
    "warning": "警告",
    "{label}: {text}": "{label}：{text}",
    "No drafts.": "没有草稿。",
    # --- cli/fix.py ---
    "run a guided fix without a window (plan, act, verify, undo)": (
        "不开窗口执行引导修复（计划、执行、检查、撤销）"
    ),
    "the fix to run": "要执行的修复",
    "print the plan, change nothing": "只显示计划，不做任何更改",
    "do not ask before acting": "执行前不再询问",
    "{fix}: {choice}": "{fix}：{choice}",
    "show the journal of fixes run": "显示已执行修复的记录",
    "undo the run with this id": "撤销这个编号的修复",
    "name a fix (network-reset, cache-clear, proxy-exemption), --list or --undo ID": (
        "请指定修复项（network-reset、cache-clear、proxy-exemption），或使用 --list、--undo 编号"
    ),
    "cannot plan the fix: {reason}": "无法制定修复计划：{reason}",
    "Nothing was changed.": "没有做任何更改。",
    "Not run: add --yes to run without asking.": "未执行：如需不经确认直接执行，请加上 --yes。",
    "Go ahead? [y/N] ": "是否继续？[y/N] ",
    "administrator": "需要管理员权限",
    "cannot be undone": "无法撤销",
    "skipped: {reason}": "跳过：{reason}",
    "A restart of the computer finishes this fix.": "重新启动电脑后此修复才会完成。",
    "Put back after the failure: {steps}": "失败后已恢复：{steps}",
    "Before: {before}   After: {after}": "修复前：{before}   修复后：{after}",
    "Restart the computer to finish this fix.": "请重新启动电脑以完成此修复。",
    "Journal entry {id}; undo with: invoice-tray fix --undo {id}": (
        "记录编号 {id}；撤销命令：invoice-tray fix --undo {id}"
    ),
    "No fix has been run yet.": "尚未执行过任何修复。",
    "can be undone": "可以撤销",
    "There is no fix run {id} in the journal.": "记录中没有编号为 {id} 的修复。",
    "Nothing to undo in run {id}.": "编号 {id} 的修复没有可撤销的内容。",
    # --- cli/localize.py ---
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示此帮助后退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少以下参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "无效的选择：%(value)r（可选：%(choices)s）"
    ),
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "expected one argument": "需要一个值",
    "invalid %(type)s value: %(value)r": "无效的值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "选项不明确：%(option)s 可能是 %(matches)s"
    ),
    "not allowed with argument %s": "不能与参数 %s 一起使用",
    "one of the arguments %s is required": "需要以下参数之一：%s",
    # --- cli/render.py ---
    "GREEN: invoices can be issued": "绿灯：可以开票",
    "YELLOW: works, but needs attention": "黄灯：可以开票，需要注意",
    "RED: invoices cannot be issued now": "红灯：暂时无法开票",
    "UNKNOWN: the state could not be determined": "灰灯：状态未知",
    "ok": "正常",
    "warn": "注意",
    "FAIL": "失败",
    "skip": "跳过",
    "this PC": "本机",
    "network": "网络",
    "protocol": "协议",
    "server": "服务器",
    "platform": "平台",
    "What to do": "处理建议",
    "Guided fix": "引导修复",
    "Also": "另外",
    "checked at {time} in {ms} ms": "检测时间 {time}，耗时 {ms} 毫秒",
    # --- config/admx.py ---
    "Locked (users cannot change these)": "锁定（用户不能更改）",
    "Defaults (users may change these)": "默认值（用户可以更改）",
    "Invoice server address": "开票服务器地址",
    "Extra root certificates (file)": "附加根证书（文件）",
    "Give up a check after (seconds)": "单次检测的时限（秒）",
    "Warn when the server answers slower than (milliseconds)": "服务器答复慢于此值时提醒（毫秒）",
    "Check every (seconds)": "检测间隔（秒）",
    "After a failure, check again after (seconds)": "失败后再次检测的间隔（秒）",
    "Failed checks in a row before red": "连续失败多少次后变红",
    "Good checks in a row before a change back": "连续成功多少次后恢复",
    "While red, check at least every (seconds)": "红灯时最长检测间隔（秒）",
    "While red, remind every (minutes)": "红灯时每隔多久提醒一次（分钟）",
    "Warn before a certificate expires (days)": "证书到期前多少天提醒（天）",
    "Signing certificate (file)": "数字证书（签名证书）文件",
    "Proxy server: system, none, or an address": (
        "代理服务器：system（系统设置）、none（不使用）或地址"
    ),
    "Reached without the proxy server (one name a line)": (
        "不经过代理服务器访问的服务器（每行一个）"
    ),
    "Language: auto, en or zh_CN": "语言：auto（跟随系统）、en 或 zh_CN",
    "Cache folders the cache-clear fix empties (one a line)": (
        "“清除缓存”修复要清空的缓存文件夹（每行一个）"
    ),
    "invoice-tray": "开票连接助手",
    "invoice-tray 0.1 and later": "开票连接助手 0.1 及以上版本",
    "{title}. Setting in the configuration file: {key} (see docs/configuration.md).": (
        "{title}。对应设置文件中的 {key}（见 docs/configuration.md）。"
    ),
    # --- config/loader.py ---
    "set by your IT department": "由单位管理员统一设置",
    "the file cannot be read; the defaults are used": "无法读取这个文件，已使用默认设置",
    "the file is not written correctly; every setting uses its default until it is": (
        "文件的写法有误；在改正之前，所有设置都使用默认值"
    ),
    "unknown section; it is ignored": "不认识这一部分，已忽略",
    "expected a [section] table; it is ignored": "这里的写法不对，已忽略",
    "unknown setting; it is ignored": "不认识这个设置项，已忽略",
    "{reason}; it is left empty": "{reason}；此项暂时留空",
    "{reason}; the default {default} is used": "{reason}，已改用默认值 {default}",
    # --- config/policy.py ---
    "this part of the policy file is not understood; it is ignored": (
        "策略文件中的这一部分无法识别，已忽略"
    ),
    "{reason}; it is ignored": "{reason}，已忽略",
    # --- config/problems.py ---
    ", line {line}": "，第 {line} 行",
    "{file}, line {line}: {message}": "{file} 第 {line} 行：{message}",
    "{file}: {message}": "{file}：{message}",
    # --- config/types.py ---
    "a server name is missing": "缺少服务器名称",
    "a server name cannot contain spaces": "服务器名称中不能有空格",
    "{value} is not a valid server name": "{value} 不是有效的服务器名称",
    "expected text in quotes": "应为带引号的文字",
    "expected an address in quotes": "应为带引号的地址",
    "the address cannot contain spaces": "地址中不能有空格",
    "the address must start with https://": "地址必须以 https:// 开头",
    "the address has no server name": "地址中缺少服务器名称",
    "the address must not contain a user name or password": "地址中不能包含用户名或密码",
    "the address must not contain ? or #": "地址中不能包含 ? 或 #",
    "the port in the address is not valid": "地址中的端口无效",
    "enter a number": "请填写数字",
    "must be a whole number from {minimum} to {maximum}": "应为 {minimum} 到 {maximum} 之间的整数",
    "must be a number from {minimum} to {maximum}": "应为 {minimum} 到 {maximum} 之间的数字",
    "expected one of: {choices}": "应为以下之一：{choices}",
    "enter the proxy address, such as http://proxy.example.cn:8080": (
        "请填写代理服务器地址，例如 http://proxy.example.cn:8080"
    ),
    "a proxy address looks like http://proxy.example.cn:8080 (with http://)": (
        "代理服务器地址的格式如 http://proxy.example.cn:8080（以 http:// 开头）"
    ),
    "a proxy address ends after the port: no path, ? or #": (
        "代理服务器地址在端口号之后结束，不能带路径、? 或 #"
    ),
    "{value}: write the server name only, without http:// or /": (
        "{value}：只填写服务器名称，不要带 http:// 或 /"
    ),
    "expected a list of host names in quotes": "应为带引号的服务器名称列表",
    "expected a list of folders in quotes": "应为带引号的文件夹列表",
    # --- config/writer.py ---
    "the settings could not be saved: {path} cannot be read ({error}); nothing was changed": (
        "设置未能保存：无法读取 {path}（{error}）；没有做任何更改"
    ),
    "cannot keep a copy of the broken {path} ({error})": (
        "无法为已损坏的 {path} 保留副本（{error}）"
    ),
    "the settings could not be saved to {path} ({error}); nothing was changed": (
        "设置未能保存到 {path}（{error}）；没有做任何更改"
    ),
    # --- drafts/exchange.py ---
    "Draft": "草稿",
    "Buyer name": "购买方名称",
    "Buyer taxpayer ID": "购买方纳税人识别号",
    "Buyer address and phone": "购买方地址、电话",
    "Buyer bank and account": "购买方开户行及账号",
    "Remarks": "备注",
    "Item name": "项目名称",
    "Tax classification code": "税收分类编码",
    "Specification": "规格型号",
    "Unit": "单位",
    "Quantity": "数量",
    "Unit price": "单价",
    "Tax rate": "税率",
    "Price includes tax": "含税",
    "Amount": "金额",
    "Tax": "税额",
    "no": "否",
    "yes": "是",
    "{place}: {message}": "{place}：{message}",
    "the file is not UTF-8 text": "文件不是 UTF-8 编码的文本",
    "not valid JSON (line {line}, column {column}): {reason}": (
        "不是有效的 JSON（第 {line} 行，第 {column} 列）：{reason}"
    ),
    "#{number}": "第 {number} 张",
    "the file is not UTF-8 text (save it from Excel as CSV UTF-8)": (
        "文件不是 UTF-8 编码的文本（请在 Excel 中另存为“CSV UTF-8（逗号分隔）”）"
    ),
    "the first row has no column for: {columns}": "第一行（列名）中缺少这些列：{columns}",
    "row {row}, column “{column}”": "第 {row} 行“{column}”列",
    "row {row}": "第 {row} 行",
    "must be yes or no": "应为“是”或“否”",
    "rows {first}–{last}": "第 {first}–{last} 行",
    "cannot write {path}: {error}": "无法写入 {path}：{error}",
    "{path}: {reason}": "{path}：{reason}",
    "imported from a file": "从文件导入",
    # --- drafts/limits.py ---
    "1 draft waiting, {amount} yuan": "1 张草稿等待提交，共 {amount} 元",
    "{count} drafts waiting, {amount} yuan in all": "{count} 张草稿等待提交，共 {amount} 元",
    "{drafts}; the offline limits are not known yet": "{drafts}；尚不知道离线开票限额",
    (
        "{drafts} (offline limit {max_amount} yuan); the oldest has waited {waited} (limit "
        "{max_hours} hours)"
    ): (
        "{drafts}（离线开票限额 {max_amount} 元）；最早的一张已等待 {waited}（时限 {max_hours} "
        "小时）"
    ),
    "the waiting drafts have used up the offline limit": "等待提交的草稿已用完离线开票限额",
    "the waiting drafts have used {share}% of the offline limit": (
        "等待提交的草稿已用去离线开票限额的 {share}%"
    ),
    # --- drafts/model.py ---
    "0% (zero-rated)": "0%（零税率）",
    "exempt": "免税",
    "not taxable": "不征税",
    "Buyer": "购买方",
    "Lines": "明细行",
    "item name": "项目名称",
    "tax classification code": "税收分类编码",
    "specification": "规格型号",
    "unit": "单位",
    "quantity": "数量",
    "unit price": "单价",
    "tax rate": "税率",
    "price includes tax": "含税价",
    "tax": "税额",
    "Line {number}": "第 {number} 行",
    "Line {number}, {field}": "第 {number} 行，{field}",
    "a draft must be a JSON object": "草稿必须是 JSON 对象",
    "must be an object": "必须是对象",
    "must be a list": "必须是列表",
    "at most {count} lines": "最多 {count} 行",
    "must be text": "必须是文本",
    "at most {count} characters": "最多 {count} 个字符",
    "must be a decimal number in quotes": "必须是用引号括起的十进制数",
    "at most 8 decimal places": "最多 8 位小数",
    "must be one of: {rates}": "必须是以下之一：{rates}",
    "is required": "必须填写",
    "at least one line is required": "至少需要一行明细",
    "must be 19 digits": "必须是 19 位数字",
    "must be more than zero": "必须大于零",
    "must not be negative": "不能为负数",
    "the amount is too large": "金额过大",
    "the tax differs from amount × rate by {difference}": "税额与金额×税率相差 {difference}",
    "the tax of all lines differs from the amounts × rates by {difference}": (
        "全部明细的税额与金额×税率相差 {difference}"
    ),
    "may contain only digits and capital letters": "只能包含数字和大写字母",
    "is not an 18-character unified social credit code; check it": (
        "不是 18 位统一社会信用代码，请核对"
    ),
    "the check digit does not match; check the ID": "校验位不符，请核对识别号",
    "is not a number (for example 12.50)": "不是数字（例如 12.50）",
    # --- drafts/outbox.py ---
    "no answer from the server ({error}); it will be sent again": (
        "服务器没有应答（{error}）；稍后会重新发送"
    ),
    "submitted as invoice {number}": "已提交，发票号码 {number}",
    "the server's answer could not be read; it will be asked again": (
        "无法读取服务器的应答；稍后会再次询问"
    ),
    "the server is still processing it; it will be asked again": "服务器仍在处理；稍后会再次询问",
    "the server's reasons could not be read": "服务器给出的原因无法读取",
    "rejected by the server: {reasons}": "被服务器退回：{reasons}",
    "the server refused the credentials; submission is paused": "服务器拒绝了凭据；提交已暂停",
    "the server answered {status}; it will be sent again": "服务器返回 {status}；稍后会重新发送",
    # --- drafts/states.py ---
    "draft": "草稿",
    "waiting to be submitted": "待提交",
    "being submitted": "提交中",
    "submitted": "已开具",
    "rejected by the server": "被退回",
    "in the trash": "在回收站",
    "only a draft that was never sent can be held back": "只有从未发送过的草稿才能暂缓提交",
    "a draft that is queued or being sent cannot be deleted; hold it first": (
        "待提交或提交中的草稿不能删除；请先暂缓提交"
    ),
    "draft {id} was rejected by the server: correct it, then save and submit it": (
        "草稿 {id} 被服务器退回：请先改正，再保存并提交"
    ),
    "draft {id} is not in the trash": "草稿 {id} 不在回收站里",
    "draft {id} is in the trash: restore it first": "草稿 {id} 在回收站里：请先恢复",
    "draft {id} cannot be queued now: it is {state}": (
        "草稿 {id} 现在不能加入提交队列：状态为“{state}”"
    ),
    "draft {id} cannot be edited now: it is {state}": "草稿 {id} 现在不能修改：状态为“{state}”",
    # --- drafts/store.py ---
    "the draft has errors: {problems}": "草稿有错误：{problems}",
    "added": "已添加",
    "edited": "已修改",
    "held back": "暂缓提交",
    "sent to the server": "已发送到开票服务器",
    "issued as invoice {number}": "已开具，发票号码 {number}",
    "the server gave its reasons": "开票服务器说明了退回原因",
    "taken up again after a restart": "程序重新启动后继续提交",
    "moved to the trash": "移到回收站",
    "restored from the trash": "从回收站恢复",
    "there is no draft {id}": "没有编号为 {id} 的草稿",
    "draft {id} is not being submitted: it is {state}": "草稿 {id} 并不在提交中：状态为“{state}”",
    # --- engine/answers.py ---
    "the server refused access (HTTP {status})": "服务器拒绝访问（HTTP {status}）",
    "the server answered with an error (HTTP {status})": "服务器答复出错（HTTP {status}）",
    "the answer sends on to {location}, not the invoice server's": (
        "答复把请求转到了 {location}，不是开票服务器的答复"
    ),
    "the answer is far larger than the invoice server's; it was cut off": (
        "答复的内容远远超出正常大小，已截断"
    ),
    "the answer holds text that is not valid (at {fields})": "回复中有无效的文字（位置：{fields}）",
    "the answer is a web page, not the invoice server's": "收到的是一个网页，不是开票服务器的答复",
    "unexpected answer (HTTP {status}): is the server address right?": (
        "意外的答复（HTTP {status}）：服务器地址是否正确？"
    ),
    "the server failed once (HTTP {status}) and then answered": (
        "服务器出错一次（HTTP {status}），重试后答复正常"
    ),
    "the server reports problems: {message}": "服务器报告运行异常：{message}",
    "the server says: {message}": "服务器提示：{message}",
    "the server reports problems": "服务器报告运行异常",
    "answered in {ms} ms (slower than {limit} ms)": "答复用时 {ms} ms（超过 {limit} ms）",
    "it took {seconds} seconds to answer": "答复用了 {seconds} 秒",
    "answered in {ms} ms": "答复用时 {ms} ms",
    "maintenance until {until}": "维护中，预计 {until} 结束",
    "it is expected to end at {until}": "预计 {until} 结束",
    "the server is under maintenance": "服务器正在维护",
    "the server is overloaded or unavailable (HTTP 503); it asks to retry in {seconds} s": (
        "服务器繁忙或暂不可用（HTTP 503），要求 {seconds} 秒后再试"
    ),
    "the server is unavailable (HTTP 503)": "服务器暂不可用（HTTP 503）",
    "the access token was refused (HTTP {status})": "访问令牌被拒绝（HTTP {status}）",
    "token accepted; no offline limits published": "访问令牌有效；服务器没有公布离线开票限额",
    "token accepted; offline limits {hours} hours, {amount} yuan": (
        "访问令牌有效；离线开票时限 {hours} 小时，限额 {amount} 元"
    ),
    "could not read the offline limits (HTTP {status})": "没能读到离线开票限额（HTTP {status}）",
    "no announcements": "没有公告",
    "announcements could not be read (HTTP {status})": "没能读到公告（HTTP {status}）",
    "announced maintenance until {until}: {title}": "公告：维护中，预计 {until} 结束：{title}",
    "maintenance planned from {start} to {end}: {title}": "计划维护：{start} 至 {end}：{title}",
    "announcements: {count}, none affecting invoicing now": "共 {count} 条公告，目前都不影响开票",
    "the server sent no time to compare with": "服务器没有提供可对照的时间",
    "this computer's time is {minutes} minutes behind": "电脑时间慢了 {minutes} 分钟",
    "this computer's time is {minutes} minutes ahead": "电脑时间快了 {minutes} 分钟",
    "this computer's time is within {seconds} s of the server's": (
        "电脑时间与服务器相差不到 {seconds} 秒"
    ),
    "this computer's time matches the server's": "电脑时间与服务器一致",
    # --- engine/causes.py ---
    "No invoice server is set up yet": "尚未设置开票服务器",
    (
        "Open Settings and enter the invoice server's address (your helpdesk or invoicing vendor "
        "has it)."
    ): ("请打开“设置”，填写开票服务器地址（可向技术支持或开票软件服务商索取）。"),
    "This computer is not connected to a network": "这台电脑没有连上网络",
    (
        "The problem is this computer's network, not the invoice server. Check the cable or Wi-Fi, "
        "or try another network such as a mobile hotspot."
    ): (
        "问题出在这台电脑的网络，而不是开票服务器。请检查网线或 Wi-Fi，或换一个网络（例如手机热点）"
        "试试。"
    ),
    "This computer's time is wrong": "电脑时间不准",
    (
        "Correct this computer's date and time (turn on setting the time automatically). A wrong "
        "time breaks secure connections and invoice signing."
    ): ("请校正电脑的日期和时间（打开“自动设置时间”）。时间不准会导致安全连接和发票签名失败。"),
    "The signing certificate cannot be read": "无法读取数字证书（签名证书）",
    "In Settings, check the signing certificate file and its password.": (
        "请在“设置”中检查数字证书文件及其密码。"
    ),
    "The signing certificate has expired": "数字证书（签名证书）已过期",
    "Renew the signing certificate with your certificate provider or the helpdesk.": (
        "请联系证书服务机构或技术支持更新数字证书。"
    ),
    "The invoice server's address cannot be found (DNS)": "找不到开票服务器的网络地址（DNS）",
    (
        "Run the network reset (it clears the DNS cache). If that does not help, the DNS server of "
        "your network may be down: ask your network administrator."
    ): (
        "请执行“网络重置”（会清除 DNS 缓存）。如果仍然不行，可能是本单位网络的 DNS 服务器出了问题，"
        "请联系网络管理员。"
    ),
    "The proxy server blocks the way to the invoice server": "代理服务器不让连接开票服务器",
    (
        "Let the invoice server bypass the proxy (proxy exemption), or ask your network "
        "administrator to allow it on the proxy."
    ): ("可以让开票服务器不经过代理（代理例外），或请网络管理员在代理服务器上放行。"),
    "The proxy server cannot be reached": "连不上代理服务器",
    (
        "Check the proxy settings (in Settings, or the system's network settings), or ask your "
        "network administrator whether the proxy server is running."
    ): (
        "请检查代理服务器设置（本软件的“设置”或系统的网络设置），"
        "或请网络管理员确认代理服务器是否正常。"
    ),
    "The invoice server refuses connections": "开票服务器拒绝连接",
    (
        "The invoice server is not accepting connections: it may be stopped, or a firewall blocks "
        "it. Wait a few minutes; if it persists, call the helpdesk."
    ): (
        "开票服务器目前不接受连接：可能是服务器已停止，或被防火墙拦截。请稍等几分钟；如果仍然不行，"
        "请联系技术支持。"
    ),
    "The invoice server does not answer in time": "开票服务器没有及时响应",
    (
        "Check that a firewall or antivirus program is not blocking the connection, then run the "
        "network reset. If other websites work, call the helpdesk."
    ): (
        "请确认防火墙或杀毒软件没有拦截连接，然后执行“网络重置”。如果其他网站都能正常打开，"
        "请联系技术支持。"
    ),
    "The server certificate is not valid yet": "服务器证书尚未生效",
    (
        "Usually this computer's date is wrong: check the date and time. If it is right, call the "
        "helpdesk."
    ): ("通常是电脑日期不对：请检查日期和时间。如果日期正确，请联系技术支持。"),
    "The server certificate has expired": "服务器证书已过期",
    (
        "Call the helpdesk: the server's certificate must be renewed. If this computer's date is "
        "wrong, correct it first."
    ): ("请联系技术支持更换服务器证书。如果电脑日期不对，请先改正日期。"),
    "The server certificate has been revoked": "服务器证书已被吊销",
    "Do not use this connection; call the helpdesk.": "请不要继续使用这个连接，并联系技术支持。",
    "The server certificate is not trusted": "服务器证书不受信任",
    (
        "The root certificate of the tax authority or invoicing platform may be missing on this "
        "computer: install it (or add it in Settings as an extra root certificate), or call the "
        "helpdesk. A company proxy that inspects traffic can also cause this."
    ): (
        "这台电脑可能缺少税务机关或开票平台的根证书：请安装根证书（或在“设置”中添加为附加根证书），"
        "或联系技术支持。公司检查网络流量的代理服务器也可能导致这个问题。"
    ),
    "The server certificate belongs to another name": "服务器证书与服务器名称不符",
    (
        "Check the server address in Settings. A Wi-Fi sign-in page or a proxy can also answer in "
        "the invoice server's place."
    ): ("请检查“设置”中的服务器地址。Wi-Fi 登录页面或代理服务器也可能冒充开票服务器应答。"),
    "The invoice server is under maintenance": "开票服务器正在维护",
    "Wait until the maintenance ends.": "请等待维护结束。",
    "The invoice server does not accept the access token": "开票服务器不接受访问令牌",
    "Enter a valid access token in Settings (your helpdesk or invoicing vendor provides it).": (
        "请在“设置”中重新填写有效的访问令牌（可向技术支持或开票软件服务商索取）。"
    ),
    "The invoice server reports an error": "开票服务器出错",
    "The problem is on the server's side. Wait a few minutes; if it persists, call the helpdesk.": (
        "问题出在服务器端。请稍等几分钟；如果一直这样，请联系技术支持。"
    ),
    "Something other than the invoice server answered": "答复的不是开票服务器",
    (
        "A Wi-Fi sign-in page or a proxy's notice page may be answering instead: sign in to the "
        "network in your browser, or ask your network administrator to let the invoice server "
        "through."
    ): (
        "可能是 Wi-Fi 登录页面或代理服务器的提示页面在代替开票服务器答复：请先在浏览器中登录网络，"
        "或请网络管理员放行开票服务器。"
    ),
    "The offline invoicing limit is exceeded": "已超过离线开票限额",
    (
        "No more invoices can be issued offline until the waiting drafts are submitted. Get the "
        "connection to the invoice server working (see the other checks), then submit them."
    ): (
        "在等待中的草稿提交之前，不能再离线开票。请先恢复与开票服务器的连接（见其他检测项），"
        "然后提交草稿。"
    ),
    "The server certificate expires soon": "服务器证书即将过期",
    "Invoices still work. Tell the helpdesk so the certificate is renewed in time.": (
        "目前仍可开票。请告知技术支持及时更换证书。"
    ),
    "The signing certificate expires soon": "数字证书（签名证书）即将过期",
    "Renew the signing certificate before it expires.": "请在到期前更新数字证书。",
    "The invoice server works with problems": "开票服务器运行不稳定",
    "Invoices can be issued, but some may fail: if one does, try again.": (
        "可以开票，但有些操作可能失败：如果失败，请再试一次。"
    ),
    "The offline invoicing limit is nearly reached": "离线开票限额快用完了",
    (
        "Submit the waiting drafts as soon as the invoice server can be reached: 80% of the tax "
        "bureau's offline limit (amount or time) is used."
    ): (
        "能连上开票服务器后，请尽快提交等待中的草稿：税务机关规定的离线开票限额（金额或时长）"
        "已用去 80%。"
    ),
    "The invoice server answers slowly": "开票服务器响应较慢",
    "Invoices can be issued but take longer. Nothing to do unless it persists.": (
        "可以开票，但会慢一些。如果不是一直这样，无需处理。"
    ),
    "The check itself failed": "检测本身出错了",
    "Export the diagnostics and send them to the helpdesk.": "请导出诊断信息，发送给技术支持。",
    # --- engine/certs.py ---
    "the file is too large to be a certificate": "文件太大，不是证书文件",
    "the file does not exist": "文件不存在",
    "this user may not read the file": "当前用户无权读取这个文件",
    "the file cannot be read": "无法读取这个文件",
    "the certificate in the file is damaged": "文件中的证书已损坏",
    "the password is wrong or the file is damaged": "密码不对，或文件已损坏",
    "the file needs its password (none is entered) or is damaged": (
        "这个文件需要密码（尚未填写），或文件已损坏"
    ),
    "the file holds no certificate": "文件中没有证书",
    # --- engine/connection.py ---
    "invoice-tray settings": "开票连接助手的设置",
    "environment variables": "环境变量",
    "system settings": "系统设置",
    "direct connection ({rule})": "直接连接（{rule}）",
    "direct connection, no proxy": "直接连接，不经过代理服务器",
    "through proxy {proxy} ({source})": "经代理服务器 {proxy}（来自{source}）",
    "proxy": "代理服务器",
    "connected to {target} in {ms} ms": "已连接 {target}，用时 {ms} ms",
    "secure connection established": "已建立安全连接",
    "the server certificate expires in {days} days ({date})": (
        "服务器证书将在 {days} 天后过期（{date}）"
    ),
    "it expires in {days} days, on {date}": "将在 {days} 天后（{date}）过期",
    "certificate trusted, valid until {date} (issued by {issuer})": (
        "证书可信，有效期至 {date}（颁发者：{issuer}）"
    ),
    "connected to {target}": "已连接 {target}",
    "not reached: an earlier step failed": "未检测：前面的步骤没有通过",
    "the proxy {proxy} refused to connect to the invoice server (HTTP {status})": (
        "代理服务器 {proxy} 拒绝连接开票服务器（HTTP {status}）"
    ),
    "the proxy {proxy} refused to connect to the invoice server": (
        "代理服务器 {proxy} 拒绝连接开票服务器"
    ),
    "the proxy {proxy} cannot be reached": "连不上代理服务器 {proxy}",
    "{where} refused the connection": "{where} 拒绝了连接",
    "no route to {where}": "没有通往 {where} 的网络线路",
    "no answer to the connection attempt to {where}": "连接 {where} 没有回应",
    "cannot connect to {where}": "无法连接 {where}",
    "the server did not answer in time": "服务器没有及时答复",
    "the server dropped the connection before answering": "服务器还没答复就断开了连接",
    "the server's answer is broken off or garbled": "服务器的答复不完整或无法识别",
    "the server certificate expired on {date}": "服务器证书已于 {date} 过期",
    "it expired on {date}": "已于 {date} 过期",
    "the server certificate is valid only from {date}": "服务器证书要到 {date} 才生效",
    "it is valid only from {date}": "要到 {date} 才生效",
    "the server certificate has expired": "服务器证书已过期",
    "the server certificate is not valid yet": "服务器证书尚未生效",
    "the certificate is for {names}, not {host}": "证书是颁发给 {names} 的，不是 {host}",
    "the server certificate has been revoked": "服务器证书已被吊销",
    "the certificate's issuer ({issuer}) is not trusted on this computer": (
        "这台电脑不信任证书的颁发者（{issuer}）"
    ),
    "the certificate's issuer is not trusted on this computer": "这台电脑不信任证书的颁发者",
    "the secure handshake did not complete in time": "安全连接没能及时建立",
    (
        "the connection was cut during the secure handshake (a firewall or filtering program may "
        "interfere)"
    ): ("建立安全连接时连接被切断（可能是防火墙或过滤软件干扰）"),
    "the secure connection could not be set up": "无法建立安全连接",
    "not reached: time ran out": "未检测：时间已用完",
    "the proxy {proxy} did not open the connection within {s} s": (
        "代理服务器 {proxy} 在 {s} 秒内没有建立连接"
    ),
    "no answer to the connection attempt to {where} within {s} s (a firewall may be dropping it)": (
        "连接 {where} 在 {s} 秒内没有回应（可能被防火墙丢弃）"
    ),
    "the secure handshake did not complete within {s} s": "安全连接没能在 {s} 秒内建立",
    "the server accepted the connection but did not answer within {s} s": (
        "服务器接受了连接，但在 {s} 秒内没有答复"
    ),
    "the server's answer trickled in too slowly to finish within {s} s": (
        "服务器的答复传得太慢，{s} 秒内没能传完"
    ),
    # --- engine/local_checks.py ---
    "no signing certificate set up": "未设置数字证书（签名证书）",
    "cannot read {path}: {reason}": "无法读取 {path}：{reason}",
    "{subject} expired on {date}": "{subject} 已于 {date} 过期",
    "{subject} is valid only from {date}": "{subject} 要到 {date} 才生效",
    "{subject} expires in {days} days ({date})": "{subject} 将在 {days} 天后过期（{date}）",
    "{subject} valid until {date}": "{subject} 有效期至 {date}",
    "this computer is connected to a network": "这台电脑已连上网络",
    "no network route, but the server is on this computer": "没有网络线路，但服务器就在这台电脑上",
    "this computer has no network connection": "这台电脑没有网络连接",
    # --- engine/monitor.py ---
    "not checked yet": "尚未检测",
    "the computer slept or its clock changed": "电脑休眠过，或电脑时间被调整过",
    "Invoices can be issued again": "又可以开票了",
    "The connection to the invoice server works.": "与开票服务器的连接已恢复正常。",
    "Still unable to issue invoices, now for another reason": "仍然无法开票，原因有了变化",
    "Still unable to issue invoices": "仍然无法开票",
    "The server certificate expires in {days} days": "服务器证书将在 {days} 天后过期",
    "The signing certificate expires in {days} days": "数字证书（签名证书）将在 {days} 天后过期",
    "It is valid until {date}. Arrange its renewal in time.": "有效期至 {date}，请及时安排更新。",
    "Arrange its renewal in time.": "请及时安排更新。",
    "{fact}. {next_step}": "{fact}。{next_step}",
    "{text} Meanwhile, invoices can be saved as offline drafts.": (
        "{text}在此期间，可以先把发票保存为离线草稿。"
    ),
    # --- engine/revocation.py ---
    "the certificate names no revocation (OCSP) service": "证书没有提供吊销查询（OCSP）服务",
    "revocation could not be checked: {reason}": "无法查询证书是否被吊销：{reason}",
    "the server certificate was revoked on {date}": "服务器证书已于 {date} 被吊销",
    "not revoked (confirmed by {host})": "未被吊销（{host} 已确认）",
    "the revocation service does not know this certificate": "吊销查询服务不认识这张证书",
    "the issuer's certificate is not available": "找不到颁发者的证书",
    "the answer is too large": "答复内容太大",
    "{host} cannot be reached": "连不上 {host}",
    "{host} answered HTTP {status}": "{host} 答复 HTTP {status}",
    "the answer is not an OCSP response": "答复不是吊销查询（OCSP）的应答",
    "the service answered {status}": "查询服务答复：{status}",
    "the answer is about another certificate": "答复说的是另一张证书",
    "the answer is out of date": "答复已过期",
    "the answer's signature is not valid": "答复的签名无效",
    # --- engine/runner.py ---
    "no server address configured": "尚未设置服务器地址",
    "the check stopped on an error of its own": "检测程序自身出错，检测中止",
    "the extra root certificate file {path} cannot be used: {reason}": (
        "附加根证书文件 {path} 无法使用：{reason}"
    ),
    "{summary}; {note}": "{summary}；{note}",
    "the server address is an IP address": "服务器地址是 IP 地址，无需查找",
    "no answer from the name server": "DNS 服务器没有答复",
    "the name {host} does not exist": "找不到名称 {host}",
    "the name {host} could not be looked up": "没能查到 {host} 的地址",
    "{host} found, but the lookup took {ms} ms": "已查到 {host}，但用了 {ms} ms",
    "{host} is {address} ({ms} ms)": "{host} 的地址是 {address}（{ms} ms）",
    "{why} (the proxy looks the name up instead)": "{why}（改由代理服务器查找）",
    "the proxy's name {host} cannot be looked up": "查不到代理服务器 {host} 的地址",
    "revocation could not be checked in time": "没能及时查询证书是否被吊销",
    "no access token configured": "尚未填写访问令牌",
    "no answer in time": "没有及时答复",
    "the request failed": "请求失败",
    # --- engine/tls.py ---
    "the file holds no usable root certificate (a .pem or .crt file is expected)": (
        "文件中没有可用的根证书（应为 .pem 或 .crt 证书文件）"
    ),
    # --- engine/verdict.py ---
    "Invoices can be issued": "可以开票",
    "All checks passed.": "所有检测都已通过。",
    # --- fixes/__init__.py ---
    "Network reset": "网络重置",
    "Clear caches": "清除缓存",
    "Proxy exemption": "代理例外",
    # --- fixes/cache_clear.py ---
    "{folder} is too broad to be a cache folder": "{folder} 范围太大，不能作为缓存文件夹",
    "{folder} holds invoice-tray's own settings or data and is never cleared": (
        "{folder} 存放着开票连接助手自己的设置或数据，不会被清除"
    ),
    "{folder} does not exist": "{folder} 不存在",
    "{folder} is already empty": "{folder} 已经是空的",
    (
        "{path} is in use (locked) and cannot be moved; nothing was changed. Close the invoicing "
        "software and try again."
    ): ("{path} 正在被使用（已锁定），无法移动；没有做任何更改。请关闭开票软件后重试。"),
    "{folder} has new files with the same names ({names}); move them away and undo again": (
        "{folder} 中出现了同名的新文件（{names}）；请先移走它们，再重新撤销"
    ),
    (
        "{path} is read-only, so it was left alone and nothing was changed. Remove its read-only "
        "attribute, or remove it by hand, and try again."
    ): (
        "{path} 是只读的，因此没有动它，也没有做任何更改。请去掉它的只读属性，或手动删除它，"
        "然后重试。"
    ),
    "Empty this program's own cache": "清空开票连接助手自己的缓存",
    "Empty the cache folder {folder}": "清空缓存文件夹 {folder}",
    "Delete Windows' temporary Internet files (cannot be undone)": (
        "删除 Windows 的网页临时文件（无法撤销）"
    ),
    (
        "Old cached files (certificates, server answers, pages) can make the invoicing software "
        "use outdated information. The files are moved to a quarantine folder, not deleted, so "
        "this can be undone. Drafts, settings and history are never touched."
    ): (
        "旧的缓存文件（证书、服务器应答、页面）可能让开票软件使用过时的信息。"
        "这些文件会被移到隔离文件夹，而不是删除，因此可以撤销。草稿、设置和历史记录不会被改动。"
    ),
    # --- fixes/network_reset.py ---
    "Empty the DNS cache": "清空 DNS 缓存",
    "Give back the network address": "释放网络地址",
    "Ask for a new network address (DHCP)": "重新获取网络地址（DHCP）",
    "Reset Windows' network components (Winsock)": "重置 Windows 的网络组件",
    "Reset the TCP/IP settings": "重置 TCP/IP 设置",
    "Restart the system's name lookup service": "重启系统的地址查找服务",
    "Ask for a new network address (DHCP) on {interface}": (
        "在 {interface} 上重新获取网络地址（DHCP）"
    ),
    "Reconnect {connection} (new address and DNS servers)": (
        "重新连接 {connection}（获取新地址和 DNS 服务器）"
    ),
    (
        "The computer cannot find or reach the invoice server. Emptying the DNS cache and asking "
        "the network for a fresh address often clears a stale or broken network setting. Nothing "
        "else on the computer is changed."
    ): (
        "本机无法找到或连接开票服务器。清空 DNS 缓存并重新向网络申请地址，"
        "通常可以清除过时或损坏的网络设置。电脑上的其他内容不会被更改。"
    ),
    # --- fixes/oscommand.py ---
    "administrator rights were not given, so this step was not done": (
        "未获得管理员权限，因此没有执行这一步"
    ),
    # --- fixes/proxy_exemption.py ---
    "Let this program reach {host} without the proxy server": (
        "让开票连接助手访问 {host} 时不经过代理服务器"
    ),
    "Add {host} to Windows' proxy exceptions": "把 {host} 加入 Windows 的代理例外",
    "Copy the proxy exceptions to WinHTTP (for the whole computer)": (
        "把代理例外复制到 WinHTTP（对整台电脑生效）"
    ),
    "the WinHTTP settings could not be read": "无法读取 WinHTTP 设置",
    "WinHTTP refused the new settings": "WinHTTP 拒绝了新设置",
    "WinHTTP refused the previous settings": "WinHTTP 拒绝了原来的设置",
    "Add {host} to the proxy exceptions of {service}": "把 {host} 加入 {service} 的代理例外",
    "the proxy exceptions could not be read": "无法读取代理例外",
    "the system's network settings did not take the change": "系统的网络设置没有接受这项更改",
    "Add {host} to the desktop's proxy exceptions": "把 {host} 加入桌面的代理例外",
    "the system tool it needs is not on this computer": "这台电脑上没有这一步需要的系统工具",
    "this desktop keeps no proxy settings of its own": "这个桌面没有自己的代理设置",
    "the desktop's settings did not take the change": "桌面设置没有接受这项更改",
    "the desktop's proxy exceptions could not be understood": "无法识别桌面现有的代理例外",
    "Other programs on this computer": "这台电脑上的其他程序",
    (
        "this desktop has no proxy settings to change; for other programs, your network "
        "administrator can add {host} to their proxy exceptions"
    ): (
        "这个桌面没有可以修改的代理设置；其他程序如需绕过代理，可以请网络管理员把 {host} "
        "加入它们的代理例外"
    ),
    "Also for WinHTTP (the whole computer; needs administrator rights)": (
        "同时设置 WinHTTP（整台电脑，需要管理员权限）"
    ),
    (
        "The proxy between this computer and {host} blocks or breaks the connection. Letting just "
        "this server bypass the proxy usually fixes it; every other address keeps using the proxy."
    ): (
        "本机与 {host} 之间的代理服务器阻止或破坏了连接。只让这台服务器绕过代理通常就能解决；"
        "其他地址仍然使用代理。"
    ),
    # --- fixes/runner.py ---
    "this step cannot be undone by this version": "此版本无法撤销这一步",
    "the system did not allow it": "系统不允许这项操作",
    # --- fixes/steps.py ---
    "not needed on this system": "此系统不需要",
    "the command did not succeed (exit code {code})": "命令没有执行成功（退出码 {code}）",
    "Forget this program's own connections and remembered answers": (
        "清除开票连接助手自己的连接和记住的答复"
    ),
    # --- fixes/validate.py ---
    "the name {value} cannot be used safely": "名称 {value} 无法安全使用",
    "the network interface {value} cannot be used safely": "网络接口 {value} 无法安全使用",
    # --- i18n/__init__.py ---
    "; ": "；",
    "under a minute": "不到 1 分钟",
    "{minutes} min": "{minutes} 分钟",
    "{hours} h {minutes} min": "{hours} 小时 {minutes} 分钟",
    # --- preferences.py ---
    (
        "a proxy password needs a user name in the address, such as "
        "http://name@proxy.example.cn:8080"
    ): ("填写代理服务器密码时，地址中还需要有用户名，例如 http://用户名@proxy.example.cn:8080"),
    (
        "The proxy password is still written in the settings file: this computer has no secure "
        "password store (keyring) to keep it in."
    ): ("代理服务器密码仍以明文写在设置文件中：这台电脑没有可用的安全密码库（密钥库）来保存它。"),
    (
        "The proxy password was moved out of the settings file into the system's password store "
        "(keyring)."
    ): ("代理服务器密码已从设置文件中移出，现保存在系统的密码库（密钥库）中。"),
    "the token must not start or end with spaces": "令牌的开头和结尾不能有空格",
    "no such file": "文件不存在",
    # --- secrets.py ---
    "access token for the invoice server": "开票服务器的访问令牌",
    "password of the client certificate file": "数字证书文件的密码",
    "password for signing in to the proxy server": "登录代理服务器的密码",
    (
        "No secure password store (keyring) is available on this computer. On Linux, install and "
        "unlock GNOME Keyring or KWallet; on Windows and macOS the system store is used. Secrets "
        "are never saved in plain text."
    ): (
        "这台电脑没有可用的安全密码库（密钥库）。Linux 上请安装并解锁 GNOME 密钥环或 KWallet；"
        "Windows 和 macOS 使用系统自带的密码库。密码和令牌绝不会以明文保存。"
    ),
    "unknown secret {name}; known: {known}": "未知的密钥名称 {name}；可用名称：{known}",
    (
        "the system keyring did not allow it (perhaps its unlock prompt was closed); try again and "
        "unlock the keyring when asked"
    ): ("系统密钥库没有允许这项操作（可能是解锁提示被关掉了）；请再试一次，并在提示时解锁密钥库"),
    # --- selftest.py ---
    "Qt starts": "启动 Qt",
    "Chinese texts": "中文界面",
    "Trusted certificates": "受信任的证书",
    "Check, demo scenario {name}": "检测演示场景 {name}",
    "Tray icons": "托盘图标",
    "Windows": "窗口",
    "Self-test failed.": "自检未通过。",
    "Self-test passed.": "自检通过。",
    "Qt {version}, platform {platform}": "Qt {version}，平台 {platform}",
    "the Chinese catalogue is not in this installation": "这次安装中缺少中文翻译文件",
    "the Chinese catalogue did not load ({text})": "中文翻译文件没有载入（{text}）",
    "Qt's Chinese catalogue is missing ({text})": "Qt 自带的中文翻译文件缺失（{text}）",
    "the messages are not translated": "提示信息没有翻译",
    "loaded": "已载入",
    "no trusted certificates found on this system": "在这个系统上找不到受信任的证书",
    "from {source}": "来自 {source}",
    "expected {light}, got {got} {cause}": "应为 {light}，实际为 {got} {cause}",
    "{light}, as expected": "{light}，符合预期",
    "the {light} icon is empty": "{light} 图标是空的",
    "{count} drawn": "已绘制 {count} 个",
    "a window did not open: {name}": "窗口没有打开：{name}",
    "{count} opened and closed": "已打开并关闭 {count} 个",
    "Keyring": "密钥库",
    "none on this computer: secrets cannot be kept": "这台电脑上没有，无法保存密码和令牌",
    # --- store/db.py ---
    "the folder {folder} is read-only ({reason})": "文件夹 {folder} 是只读的（{reason}）",
    "the disk is full ({reason})": "磁盘已满（{reason}）",
    "the database {path} cannot be used: {reason}": "无法使用数据库 {path}：{reason}",
    "database error: {reason}": "数据库错误：{reason}",
    "the database {path} was written by a newer version of invoice-tray": (
        "数据库 {path} 是更新版本的开票连接助手写入的，这个版本无法使用"
    ),
    # --- system/autostart.py ---
    "the program to start at login must be a full path": "登录时启动的程序必须是完整路径",
    "the command to start at login contains control characters": "登录时启动的命令包含控制字符",
    "start at login could not be changed in {place} ({error})": (
        "无法在 {place} 更改登录时启动（{error}）"
    ),
    # --- ui/app.py ---
    "invoice-tray is already running; it has been brought forward.": (
        "开票连接助手已经在运行，已把它切换到前台。"
    ),
    # --- ui/checker.py ---
    "the network changed": "网络有变化",
    "checks are paused": "已暂停检测",
    "the settings changed": "设置已更改",
    # --- ui/drafts_io.py ---
    "written in the editor": "在编辑器中填写",
    "Amount {amount} + tax {tax} = total {total} yuan": (
        "金额 {amount} + 税额 {tax} = 价税合计 {total} 元"
    ),
    "Invoice number: {number}": "发票号码：{number}",
    "Submission reference: {key}": "提交编号：{key}",
    "Server reply: {reply}": "服务器答复：{reply}",
    "History:": "历史记录：",
    # --- validtext.py ---
    (
        "contains characters that are not text (perhaps half of an emoji copied from another "
        "program): type it again"
    ): ("含有无法保存的字符（可能是从其他程序复制时截断的表情符号），请重新输入"),
    "Bundle: {path}": "诊断包：{path}",
    "Made by invoice-tray {version}": "由开票连接助手 {version} 版制作",
    "not a diagnostics bundle, or cut short in transfer": "不是诊断包，或者在传送中被截断了",
    "it has no manifest: it cannot be checked": "没有文件清单，无法核对",
    "{file} was changed after it was made": "{file} 在制作后被改动过",
    "{file} is missing": "缺少 {file}",
    "{file} was added after it was made": "{file} 是制作后另外加入的",
    "{file} is damaged": "{file} 已损坏",
    "Intact: every file matches the manifest.": "完好：每个文件都与清单一致。",
    "NOT intact: ask for the bundle again.": "不完整：请让对方重新发送诊断包。",
    "what happened, in your own words": "用自己的话说明发生了什么",
    "include the offline drafts themselves, not only how many there are": (
        "附上离线草稿的内容，而不只是数量"
    ),
    "check a received bundle against its manifest and print its summary": (
        "核对收到的诊断包是否完好，并显示其摘要"
    ),
    "the bundle to read": "要查看的诊断包",
    "{path} cannot be read: {error}": "无法读取 {path}：{error}",
    "The user's note:": "用户的说明：",
    "Helpdesk: name": "技术支持：名称",
    "Helpdesk: telephone": "技术支持：电话",
    "Helpdesk: e-mail": "技术支持：电子邮箱",
    "Helpdesk: opening hours": "技术支持：服务时间",
    "Helpdesk: web page": "技术支持：网页",
    "Helpdesk: intake address for diagnostics": "技术支持：诊断信息接收地址",
    "the text must fit on one line": "内容只能写在一行内",
    "the text is longer than {count} characters": "内容超过了 {count} 个字",
    "expected a telephone number in quotes": "这里应填写电话号码（加引号）",
    "{value} is not a telephone number": "“{value}”不是有效的电话号码",
    "expected an e-mail address in quotes": "这里应填写电子邮箱地址（加引号）",
    "{value} is not an e-mail address": "“{value}”不是有效的电子邮箱地址",
    "the file could not be written ({reason})": "文件无法写入（{reason}）",
    "the disk is full": "磁盘已满",
    "this folder cannot be written to": "没有权限写入这个文件夹",
    "the folder does not exist": "文件夹不存在",
    (
        "The diagnostics were not saved: a password or token would have been in them "
        "({where}). Nothing was written. Please tell the helpdesk by phone."
    ): (
        "诊断信息没有保存：其中会含有密码或令牌（{where}），因此什么都没有写出。"
        "请致电技术支持说明情况。"
    ),
    (
        "The intake address is not right (the server answered {status}). Tell the "
        "helpdesk; send the file by chat or e-mail meanwhile."
    ): (
        "诊断信息接收地址不正确（服务器回复 {status}）。"
        "请告知技术支持；在此之前可以通过聊天软件或邮件发送文件。"
    ),
    "The helpdesk's server gave an answer that could not be read.": (
        "技术支持的服务器返回了无法识别的回复。"
    ),
    "The file is larger than the helpdesk's server accepts. Send it by chat or e-mail.": (
        "文件超过了技术支持服务器允许的大小。请通过聊天软件或邮件发送。"
    ),
    (
        "The helpdesk's server refused the access token. Ask the helpdesk for it, or "
        "send the file by chat or e-mail."
    ): ("技术支持的服务器拒绝了访问令牌。请向技术支持索取，或通过聊天软件或邮件发送文件。"),
    "The helpdesk's server is busy or down now.": "技术支持的服务器现在繁忙或暂停服务。",
    "The helpdesk's server cannot be reached now.": "现在连不上技术支持的服务器。",
    (
        "The helpdesk's server could not be verified (its certificate is not "
        "trusted). Tell the helpdesk by telephone; the file is saved."
    ): ("无法确认技术支持服务器的身份（其证书不受信任）。请致电技术支持；文件已保存。"),
    "This file is no longer waiting to be sent.": "这个文件已不在待发送列表中。",
    "Invoices can be issued; attention needed": "可以开票，需要注意",
    "Invoices cannot be issued now": "暂时无法开票",
    "Not known yet": "状态未知",
    "settings file": "设置文件",
    "preset by the administrator": "单位管理员预设",
    "locked by the administrator": "单位管理员统一设置",
    "Layer": "层次",
    "Check": "检测项",
    "Result": "结果",
    "Time": "用时",
    "What was found": "检测到的情况",
    "Certificate": "证书",
    "Issued to": "颁发给",
    "Issued by": "颁发者",
    "Valid": "有效期",
    "Days left": "剩余天数",
    "When": "时间",
    "Fix": "修复",
    "Light before and after": "修复前后的指示灯",
    "Steps": "步骤",
    "State": "状态",
    "Total": "价税合计",
    "Invoice number": "发票号码",
    "No check has finished yet.": "还没有完成过检测。",
    "Server certificate": "服务器证书",
    "Signing certificate": "数字证书（签名证书）",
    "Drafts": "草稿数",
    "Setting": "设置项",
    "Value": "值",
    "Comes from": "来源",
    "What happened (the user's note)": "发生了什么（用户的说明）",
    "Checks, layer by layer": "逐层检测结果",
    "Certificates": "证书",
    "The last 7 days": "最近 7 天",
    "Fixes run": "运行过的修复",
    "Offline drafts": "离线草稿",
    "Settings in force": "当前生效的设置",
    "For technicians": "供技术人员查看",
    "Next step": "下一步",
    "Revocation": "吊销状态",
    "Checks": "检测次数",
    "Invoices could be issued": "可以开票的比例",
    "still going on": "仍在持续",
    "From": "开始",
    "To": "结束",
    "Cause": "原因",
    "No fix has been run.": "没有运行过修复。",
    "invoice-tray diagnostics": "开票连接助手诊断信息",
    "Also found": "同时发现",
    "not seen": "未检测到",
    "The drafts themselves were not included.": "未附上草稿内容，只有数量。",
    "This part could not be gathered.": "这一部分没能收集到。",
    "(none)": "（无）",
    "green light (invoices can be issued)": "绿灯（可以开票）",
    "yellow light (invoices can be issued; attention needed)": "黄灯（可以开票，需要注意）",
    "red light (invoices cannot be issued now)": "红灯（暂时无法开票）",
    "grey light (not known yet)": "灰灯（状态未知）",
    "invoice-tray diagnostics: {light}.": "开票连接助手诊断：{light}。",
    "Time: {time}.": "时间：{time}。",
    "Computer: {name}.": "电脑：{name}。",
    "Version: {version}.": "版本：{version}。",
    "Cause: {cause}.": "原因：{cause}。",
    "Helpdesk reference: {reference}.": "技术支持受理编号：{reference}。",
    "{who}": "{who}",
    "Helpdesk": "技术支持",
    "{who}: telephone {phone}": "{who}：电话 {phone}",
    "{who}: {email}": "{who}：{email}",
    "{who}: {url}": "{who}：{url}",
    "Helpdesk: {name}": "技术支持：{name}",
    "Telephone: {phone}": "电话：{phone}",
    "E-mail: {email}": "电子邮箱：{email}",
    "Opening hours: {hours}": "服务时间：{hours}",
    "Web page: {url}": "网页：{url}",
    "access token for sending diagnostics to the helpdesk": "向技术支持发送诊断信息用的访问令牌",
    "expected {tables} tables; they are ignored": "这里应是 {tables} 表格，已忽略",
    "expected a list of status codes, such as {example}": "这里应是状态码列表，例如 {example}",
    "expected {values}": "这里应填写 {values} 之一",
    "at most {count} endpoints are checked": "最多检测 {count} 个服务地址",
    "{value} is not a status code or a range of them": "“{value}”不是状态码，也不是状态码范围",
    "expected one of {kinds}": "这里应填写 {kinds} 之一",
    "an endpoint needs its address (url)": "服务地址缺少网址",
    "this endpoint is not checked": "这个服务地址不会被检测",
    "the name {name} is used twice": "名称“{name}”重复了",
    "answered (HTTP {status}) in {ms} ms": "已答复（HTTP {status}），用时 {ms} ms",
    "the answer does not contain the expected text": "应答中没有预期的文字",
    "{endpoint}: {title}": "{endpoint}：{title}",
    "not an invoice server: only whether it can be reached is checked": (
        "不是开票服务器：只检测能否连通"
    ),
    "no invoice server is set up: the drafts wait until one is": (
        "尚未设置开票服务器：草稿会一直保存，直到设置好为止"
    ),
    "how to print: text, json, prometheus (metrics) or nagios (a plugin line)": (
        "输出格式：文字、JSON、Prometheus 监控指标或 Nagios 监控插件的一行"
    ),
    "Metrics file for node_exporter or windows_exporter (.prom)": (
        "供 node_exporter 或 windows_exporter 读取的监控指标文件（.prom）"
    ),
    "e-tax bureau (demo)": "电子税务局（演示）",
    "Invoice server (demo)": "开票服务器（演示）",
    "Plain HTTPS site simulator on {url} (scenario: {scenario})": (
        "普通 HTTPS 网站模拟器已在 {url} 运行（场景：{scenario}）"
    ),
    "a plain HTTPS site (a page, not the invoice contract), as a second endpoint": (
        "模拟普通 HTTPS 网站（只有网页，不实现开票接口），作为第二个服务地址"
    ),
    "wait this long before every answer, as a distant server would": (
        "每次应答前等待这么久，模拟远处的服务器"
    ),
    "Invoice server": "开票服务器",
    "The server's address cannot be found (DNS)": "找不到服务器的网络地址（DNS）",
    "The proxy server blocks the way to the server": "代理服务器不让连接这个服务器",
    "The server refuses connections": "服务器拒绝连接",
    "The server does not answer in time": "服务器没有及时响应",
    "The server is under maintenance": "服务器正在维护",
    "The server reports an error": "服务器出错",
    "The server's answer is not the one expected": "服务器的答复与预期不符",
    "The server works with problems": "服务器运行不稳定",
    "The server answers slowly": "服务器响应较慢",
    "Service": "服务",
    "Address": "地址",
    "GREEN: can be reached": "绿灯：可以连通",
    "YELLOW: can be reached, but needs attention": "黄灯：可以连通，需要注意",
    "RED: cannot be reached now": "红灯：暂时无法连通",
    "{title} (not critical: yellow at worst)": "{title}（非关键：最多显示黄灯）",
    "{name} is not a scenario; one of: {names}": "{name} 不是演示场景，可选：{names}",
    "The proxy server asks who you are": "代理服务器要求登录",
    (
        "If it asks for a user name and password, enter them in Settings (your IT "
        "department gives them). If it signs you in with your Windows account, sign in to "
        "the computer with your company account; if that does not help, ask IT to let your "
        "account through the proxy. Letting the invoice server bypass the proxy would not "
        "help: the proxy only wants to know who you are."
    ): (
        "如果要求输入用户名和密码，请在设置中填写（由单位信息部门提供）。"
        "如果代理服务器用您的 Windows 账户登录，请用公司账户登录电脑；"
        "仍然不行的话，请联系信息部门，让您的账户可以使用代理。"
        "让开票服务器不经过代理没有用：代理服务器只是要确认您的身份。"
    ),
    "the proxy {proxy} asks for a user name and password (HTTP {status})": (
        "代理服务器 {proxy} 要求输入用户名和密码（HTTP {status}）"
    ),
    "the proxy {proxy} asks for a user name and password (HTTP {status}, {schemes})": (
        "代理服务器 {proxy} 要求输入用户名和密码（HTTP {status}，{schemes}）"
    ),
    (
        "the proxy {proxy} signs users in with their Windows account (HTTP {status}, "
        "{schemes}), and this computer has no company account signed in to use: sign in "
        "to the computer with your company account, or ask IT to let the invoice server "
        "through the proxy without signing in"
    ): (
        "代理服务器 {proxy} 要求用 Windows 账户登录（HTTP {status}，{schemes}），"
        "但这台电脑没有登录公司账户：请用公司账户登录电脑，"
        "或联系信息部门，让开票服务器不用登录就能通过代理"
    ),
    (
        "the proxy {proxy} did not accept the sign-in with your Windows account "
        "(HTTP {status}, {schemes}): ask IT whether your account may use the proxy, or to "
        "let the invoice server through it without signing in"
    ): (
        "代理服务器 {proxy} 没有接受您的 Windows 账户登录（HTTP {status}，{schemes}）："
        "请联系信息部门，确认您的账户能否使用代理，或让开票服务器不用登录就能通过代理"
    ),
    "Proxy user name (for the system's or a script's proxy)": (
        "代理用户名（用于系统或脚本指定的代理服务器）"
    ),
    "enter the user name for this password": "请填写这个密码对应的用户名",
    "direct connection: automatic detection found no proxy script": (
        "直接连接：自动检测没有找到代理配置脚本"
    ),
    "{summary}, signed in with your Windows account ({scheme})": (
        "{summary}，已以 Windows 账户登录（{scheme}）"
    ),
    (
        "the proxy server did not take the sign-in with the Windows account (HTTP {status}); "
        "it will be sent again"
    ): "代理服务器没有接受 Windows 账户登录（HTTP {status}），稍后会再次提交",
    (
        "The proxy server did not take the sign-in with your Windows account: ask IT. The "
        "file is saved and sent once it works."
    ): "代理服务器没有接受您的 Windows 账户登录：请联系信息部门。文件已保存，能登录后会自动发送。",
    (
        "the proxy {proxy} asks for a kind of sign-in this program does not do "
        "(HTTP {status}, {schemes}): ask IT to let the invoice server through the proxy "
        "without signing in"
    ): (
        "代理服务器 {proxy} 要求的登录方式（HTTP {status}，{schemes}）本程序不支持："
        "请联系信息部门，让开票服务器不用登录就能通过代理"
    ),
    "enter the script's address, such as http://wpad.example.cn/proxy.pac": (
        "请填写脚本地址，例如 http://wpad.example.cn/proxy.pac"
    ),
    "a script address looks like http://wpad.example.cn/proxy.pac (with http://)": (
        "脚本地址的格式如 http://wpad.example.cn/proxy.pac（要带 http://）"
    ),
    "The automatic proxy configuration script cannot be used": "自动代理配置脚本无法使用",
    (
        "Tell your IT department that this computer's automatic proxy configuration "
        "script cannot be fetched or has an error (the details say which). Meanwhile "
        "the last copy that worked is used or, without one, a direct connection."
    ): (
        "请告诉信息部门：这台电脑的自动代理配置脚本无法下载或有错误（详情中写明是哪一种）。"
        "在此期间，使用上一次能用的脚本；如果没有，就直接连接。"
    ),
    "through proxy {proxy}, as the automatic proxy configuration script says ({rule})": (
        "按自动代理配置脚本的规定（{rule}），经代理服务器 {proxy} 连接"
    ),
    "direct connection, as the automatic proxy configuration script says ({rule})": (
        "按自动代理配置脚本的规定（{rule}），直接连接"
    ),
    "the script has an error": "脚本有错误",
    "the address does not give a proxy script": "这个地址提供的不是代理配置脚本",
    "it cannot be fetched": "无法下载",
    "the server answered HTTP {status}": "服务器返回 HTTP {status}",
    "the script is too large": "脚本太大",
    "the automatic proxy configuration script {url} cannot be used: {reason}": (
        "自动代理配置脚本 {url} 无法使用：{reason}"
    ),
    "{summary}; {note}; {meanwhile}": "{summary}；{note}；{meanwhile}",
    "the last copy that worked is used": "现在使用上一次能用的脚本",
    "connecting directly meanwhile": "现在先直接连接",
    "the script took too long to answer": "脚本太久没有给出结果",
    (
        "Letting the server bypass the proxy would not help now: {state}. Nothing was changed."
    ): "现在让服务器不经过代理没有用：{state}。没有做任何更改。",
    (
        "their proxy is chosen by the automatic configuration script {url}, which "
        "exception lists do not change; your IT department can send {host} direct in the "
        "script"
    ): (
        "它们使用的代理由自动配置脚本 {url} 决定，代理例外列表对它不起作用；"
        "信息部门可以在脚本中让 {host} 直接连接"
    ),
    (
        "The proxy between this computer and {host} blocks or breaks the connection. This "
        "program will reach just this server without the proxy. This computer's proxy is "
        "chosen by an automatic configuration script, which this fix does not change: "
        "other programs keep the script's way."
    ): (
        "这台电脑与 {host} 之间的代理服务器阻止或破坏了连接。本程序将只让这个服务器不经过代理。"
        "这台电脑的代理由自动配置脚本决定，本修复不会更改它：其他程序仍按脚本的规定连接。"
    ),
    (
        "the proxy server asks for a user name and password (HTTP {status}); it will be sent again"
    ): "代理服务器要求输入用户名和密码（HTTP {status}），稍后会再次提交",
    (
        "The proxy server asks for a user name and password: enter them in Settings. The "
        "file is saved and sent once they are right."
    ): "代理服务器要求输入用户名和密码：请在设置中填写。文件已保存，填写正确后会自动发送。",
    "the address names a user already: remove it there or here": (
        "地址中已经写了用户名：请删去地址中的或这里的用户名"
    ),
    "Proxy configuration scripts": "代理配置脚本",
    "Signing in to proxies": "登录代理服务器",
    "no first sign-in message": "无法生成登录信息",
    "ready": "可以使用",
    "unexpected answer {answer}": "意外的结果 {answer}",
    "evaluated": "可以执行",
}
