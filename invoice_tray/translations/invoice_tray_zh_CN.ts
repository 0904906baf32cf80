<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/app.py" line="56"/>
        <source>invoice-tray is already running; it has been brought forward.</source>
        <translation>开票连接助手已经在运行，已把它切换到前台。</translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="144"/>
        <source>the network changed</source>
        <translation>网络有变化</translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="257"/>
        <source>checks are paused</source>
        <translation>已暂停检测</translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="267"/>
        <source>the settings changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="33"/>
        <source>written in the editor</source>
        <translation>在编辑器中填写</translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="89"/>
        <source>Amount {amount} + tax {tax} = total {total} yuan</source>
        <translation>金额 {amount} + 税额 {tax} = 价税合计 {total} 元</translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="96"/>
        <source>Invoice number: {number}</source>
        <translation>发票号码：{number}</translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="99"/>
        <source>Submission reference: {key}</source>
        <translation>提交编号：{key}</translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="101"/>
        <source>Server reply: {reply}</source>
        <translation>服务器答复：{reply}</translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="102"/>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../ui/language.py" line="44"/>
        <source>invoice-tray</source>
        <translation>开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="55"/>
        <source>the address names a user already: remove it there or here</source>
        <translation>地址中已经写了用户名：请删去地址中的或这里的用户名</translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <location filename="../ui/details.py" line="68"/>
        <source>Check now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="73"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Check</source>
        <translation>检测项</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="85"/>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="86"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="112"/>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="122"/>
        <source>Incidents</source>
        <translation>故障记录</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="150"/>
        <source>Not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="161"/>
        <source>Also: %1</source>
        <translation>另外：%1</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="175"/>
        <source>All services (the light shown)</source>
        <translation>全部服务（指示灯显示的状态）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="261"/>
        <source>This PC</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="262"/>
        <source>Local network</source>
        <translation>本地网络</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="263"/>
        <source>Connection and security</source>
        <translation>连接与安全</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="264"/>
        <source>Invoice server</source>
        <translation>开票服务器</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="265"/>
        <source>Platform announcements</source>
        <translation>平台公告</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="270"/>
        <source>Signing certificate</source>
        <translation>数字证书（签名证书）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="271"/>
        <source>Clock</source>
        <translation>电脑时间</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="272"/>
        <source>Network connection</source>
        <translation>网络连接</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="273"/>
        <source>Name lookup (DNS)</source>
        <translation>查找服务器地址（DNS）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="274"/>
        <source>Proxy</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="275"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="276"/>
        <source>Secure connection (TLS)</source>
        <translation>安全连接（TLS）</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="277"/>
        <source>Certificate revocation</source>
        <translation>证书是否被吊销</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="278"/>
        <source>Server health</source>
        <translation>服务器运行状态</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="279"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="280"/>
        <source>Announcements</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="281"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="282"/>
        <source>Check engine</source>
        <translation>检测程序</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="283"/>
        <source>Offline drafts</source>
        <translation>离线草稿</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="212"/>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="54"/>
        <source>Details – invoice-tray</source>
        <translation>详细信息 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="213"/>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="214"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="215"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="291"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="293"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="321"/>
        <source>ongoing</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../ui/draft_editor.py" line="105"/>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="108"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="109"/>
        <source>Taxpayer ID</source>
        <translation>纳税人识别号</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="110"/>
        <source>Address and phone</source>
        <translation>地址、电话</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="111"/>
        <source>Bank and account</source>
        <translation>开户行及账号</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="127"/>
        <source>18-character unified code</source>
        <translation>18 位统一社会信用代码</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="132"/>
        <source>Item</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="134"/>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="135"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="136"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="137"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="138"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="133"/>
        <source>Tax code</source>
        <translation>税收分类编码</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="100"/>
        <source>New invoice draft – invoice-tray</source>
        <translation>新建发票草稿 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="139"/>
        <source>Incl. tax</source>
        <translation>含税</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="140"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="141"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="150"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="152"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="158"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="181"/>
        <source>Save as draft</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="184"/>
        <source>Save and submit</source>
        <translation>保存并提交</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="200"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="217"/>
        <source>The server rejected this draft: %1</source>
        <translation>开票服务器退回了这张草稿：%1</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="392"/>
        <source>Amount %1 + tax %2 = total %3 yuan</source>
        <translation>金额 %1 + 税额 %2 = 价税合计 %3 元</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="402"/>
        <source>the server says: %1</source>
        <translation>开票服务器说：%1</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="480"/>
        <source>Correct the fields marked in red first.</source>
        <translation>请先改正标红的内容。</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="485"/>
        <source>Correct the errors marked in red before submitting; or save it as a draft.</source>
        <translation>提交前请先改正标红的错误；也可以先保存为草稿。</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="501"/>
        <source>Submit anyway?</source>
        <translation>仍要提交？</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="502"/>
        <source>This draft has warnings. Submit it anyway?</source>
        <translation>这张草稿有需要注意的地方。仍要提交吗？</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="509"/>
        <source>Submit anyway</source>
        <translation>仍要提交</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="512"/>
        <source>Check again first</source>
        <translation>先回去检查</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="542"/>
        <source>The draft was not saved: %1</source>
        <translation>草稿未保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="554"/>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="555"/>
        <source>Close without saving? What was typed here will be lost.</source>
        <translation>不保存就关闭吗？这里输入的内容将会丢失。</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../ui/drafts_window.py" line="137"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="138"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="139"/>
        <source>Buyer</source>
        <translation>购买方</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="140"/>
        <source>Total (yuan)</source>
        <translation>价税合计（元）</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="141"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="142"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <location filename="../ui/drafts_window.py" line="190"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="194"/>
        <source>Search buyer, number or invoice number</source>
        <translation>搜索购买方、编号或发票号码</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="195"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="217"/>
        <source>Submit now</source>
        <translation>立即提交</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="213"/>
        <source>Hold back</source>
        <translation>暂缓提交</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="172"/>
        <source>Offline drafts – invoice-tray</source>
        <translation>离线草稿 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="207"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="208"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="209"/>
        <source>Duplicate…</source>
        <translation>复制为新草稿…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="210"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="211"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="212"/>
        <location filename="../ui/drafts_window.py" line="564"/>
        <source>Queue for submission</source>
        <translation>加入提交队列</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="214"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="215"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="216"/>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="337"/>
        <source>The drafts could not be read: %1</source>
        <translation>无法读取草稿：%1</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="490"/>
        <source>New invoice draft – invoice-tray</source>
        <translation>新建发票草稿 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="492"/>
        <source>New invoice draft, a copy of draft %1 – invoice-tray</source>
        <translation>新建发票草稿（复制草稿 %1）- 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="496"/>
        <source>Invoice draft %1 – invoice-tray</source>
        <translation>发票草稿 %1 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="513"/>
        <source>Draft %1 saved.</source>
        <translation>草稿 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="539"/>
        <source>%1 drafts queued for submission.</source>
        <translation>%1 张草稿已加入提交队列。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="402"/>
        <source>%1 of 1 draft</source>
        <translation>显示 %1 张，共 1 张</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="402"/>
        <source>%1 of %2 drafts</source>
        <translation>显示 %1 张，共 %2 张</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="538"/>
        <source>1 draft queued for submission.</source>
        <translation>1 张草稿已加入提交队列。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="546"/>
        <source>1 draft has errors and stays a draft: open it to correct it.</source>
        <translation>1 张草稿有错误，仍保留为草稿：请打开改正。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="547"/>
        <source>%1 drafts have errors and stay drafts: open them to correct them.</source>
        <translation>%1 张草稿有错误，仍保留为草稿：请打开改正。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="552"/>
        <source>1 draft could not be queued (see the details).</source>
        <translation>1 份草稿未能加入提交队列（见详细信息）。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="553"/>
        <source>%1 drafts could not be queued (see the details).</source>
        <translation>%1 份草稿未能加入提交队列（见详细信息）。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="558"/>
        <source>Draft %1: %2</source>
        <translation>草稿 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="580"/>
        <source>Move draft %1 (%2) to the trash? It can be restored until the trash is emptied.</source>
        <translation>要把草稿 %1（%2）移到回收站吗？清空回收站之前都可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="583"/>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="600"/>
        <source>Delete the draft in the trash for good? This cannot be undone.</source>
        <translation>要永久删除回收站中的这张草稿吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="601"/>
        <source>Delete the %1 drafts in the trash for good? This cannot be undone.</source>
        <translation>要永久删除回收站中的 %1 张草稿吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="603"/>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="617"/>
        <source>Offline drafts</source>
        <translation>离线草稿</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="626"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>用 Excel 打开的 CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="630"/>
        <source>Export %1 drafts</source>
        <translation>导出 %1 张草稿</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="630"/>
        <source>Export 1 draft</source>
        <translation>导出 1 张草稿</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="632"/>
        <source>JSON (*.json)</source>
        <translation>JSON 数据文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="645"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="658"/>
        <source>%1 drafts written to %2</source>
        <translation>%1 张草稿已导出到 %2</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="658"/>
        <source>1 draft written to %2</source>
        <translation>1 张草稿已导出到 %2</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="664"/>
        <location filename="../ui/drafts_window.py" line="708"/>
        <source>Import drafts</source>
        <translation>导入草稿</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="666"/>
        <source>Drafts (*.json *.csv)</source>
        <translation>草稿文件 (*.json *.csv)</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="671"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="682"/>
        <source>Nothing was imported: the file has errors. Correct them and try again.</source>
        <translation>没有导入任何草稿：文件中有错误。请改正后再导入。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="687"/>
        <source>1 draft imported and kept as a draft to review.</source>
        <translation>已导入 1 张草稿，保留为草稿，请核对。</translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="688"/>
        <source>%1 drafts imported and kept as drafts to review.</source>
        <translation>已导入 %1 张草稿，保留为草稿，请核对。</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <location filename="../ui/endpoints.py" line="66"/>
        <source>Service to check</source>
        <translation>要检测的服务</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="68"/>
        <source>for example: e-tax bureau</source>
        <translation>例如：电子税务局</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="73"/>
        <source>Another HTTPS service (its page is fetched)</source>
        <translation>其他 HTTPS 服务（只检测能否打开）</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="76"/>
        <source>Invoice server (the full interface, with drafts)</source>
        <translation>开票服务器（完整接口，可提交草稿）</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="79"/>
        <source>Red when it cannot be reached (otherwise yellow)</source>
        <translation>无法连通时显示红灯（否则显示黄灯）</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="82"/>
        <source>empty: any answer below 500; e.g. 200, 300-399</source>
        <translation>留空：500 以下的应答都算连通；例如 200, 300-399</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="84"/>
        <source>empty: any page</source>
        <translation>留空：不检查网页内容</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="86"/>
        <location filename="../ui/endpoints.py" line="99"/>
        <source>Extra CA certificates</source>
        <translation>额外的根证书</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="87"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="93"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="94"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="95"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="97"/>
        <source>Answers that count as reachable</source>
        <translation>算作连通的应答</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="98"/>
        <source>Text the page must contain</source>
        <translation>网页中应有的文字</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="111"/>
        <source>&amp;Test now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="169"/>
        <source>Another service already has this name.</source>
        <translation>已有其他服务使用这个名称。</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="185"/>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="192"/>
        <source>The check failed: %1</source>
        <translation>检测没有完成：%1</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="196"/>
        <source>✓ It can be reached.</source>
        <translation>✓ 可以连通。</translation>
    </message>
</context>
<context>
    <name>EndpointList</name>
    <message>
        <location filename="../ui/endpoints.py" line="222"/>
        <source>&amp;Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="224"/>
        <source>&amp;Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="226"/>
        <source>&amp;Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="249"/>
        <source>HTTPS service</source>
        <translation>HTTPS 服务</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="250"/>
        <source>invoice server</source>
        <translation>开票服务器</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="255"/>
        <source>yellow at worst</source>
        <translation>最多显示黄灯</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="256"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="256"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export.py" line="97"/>
        <source>Diagnostics for the helpdesk</source>
        <translation>发送诊断信息给技术支持</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="104"/>
        <source>Your helpdesk will ask for this file when you call.</source>
        <translation>致电技术支持时，对方会需要这个文件。</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="108"/>
        <source>Included: the current result and its cause, each check, the certificates, the last 7 days, the fixes run, how many offline drafts there are, the settings in force and the log. Passwords and tokens are removed.</source>
        <translation>包含：当前检测结果和原因、每一项检测、证书、最近 7 天的记录、运行过的修复、离线草稿的数量、当前生效的设置和日志。密码和令牌已去除。</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="114"/>
        <source>Size: being measured…</source>
        <translation>大小：正在计算…</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="115"/>
        <source>&amp;What happened? (the helpdesk asks this first)</source>
        <translation>发生了什么？（技术支持首先会问这个）</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="121"/>
        <source>Also include the offline drafts themselves (buyers, amounts)</source>
        <translation>同时附上离线草稿的内容（购买方、金额）</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="145"/>
        <source>&amp;Send to the helpdesk</source>
        <translation>发送给技术支持</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="145"/>
        <source>&amp;Save and copy the file</source>
        <translation>保存并复制文件</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="149"/>
        <source>Copy the &amp;file</source>
        <translation>复制文件</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="151"/>
        <source>Copy the s&amp;ummary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="153"/>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="192"/>
        <source>When: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="193"/>
        <source>The error message shown:</source>
        <translation>看到的错误提示：</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="194"/>
        <source>What I was doing:</source>
        <translation>当时在做什么：</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="224"/>
        <source>Size: not known</source>
        <translation>大小：未知</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="229"/>
        <source>Size: about %1 KB</source>
        <translation>大小：约 %1 KB</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="263"/>
        <source>The diagnostics could not be saved: %1</source>
        <translation>诊断信息无法保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="270"/>
        <source>Saved as: %1</source>
        <translation>已保存为：%1</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="280"/>
        <source>The file is saved and copied. Paste it into WeChat, WeCom, QQ or an e-mail to your helpdesk, as an attachment.</source>
        <translation>文件已保存并复制。可以直接粘贴到微信、企业微信、QQ 或邮件中，作为附件发给技术支持。</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="300"/>
        <source>Sending to the helpdesk…</source>
        <translation>正在发送给技术支持…</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="314"/>
        <source>Sent. Give the helpdesk this reference number:</source>
        <translation>已发送。请把这个受理编号告诉技术支持：</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="320"/>
        <source>%1 The file is saved and will be sent once, by itself, as soon as the light turns green. You can also paste it into a chat or an e-mail now.</source>
        <translation>%1文件已保存，指示灯变绿后会自动发送一次。现在也可以把文件粘贴到聊天软件或邮件中发送。</translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="327"/>
        <source>It was not sent: %1 Paste the file into a chat or an e-mail instead.</source>
        <translation>没有发送成功：%1请改为把文件粘贴到聊天软件或邮件中发送。</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="383"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="386"/>
        <source>Undo this fix</source>
        <translation>撤销此修复</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="389"/>
        <source>Export diagnostics for the helpdesk…</source>
        <translation>导出诊断信息给技术支持…</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="412"/>
        <source>The problem is solved: invoices can be issued.</source>
        <translation>问题已解决：现在可以开票。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="415"/>
        <source>The problem is not solved yet. Export the diagnostics and send them to your helpdesk: they show what was checked and what this fix did.</source>
        <translation>问题还没有解决。请导出诊断信息并发送给技术支持：其中记录了检测了哪些内容、这次修复做了什么。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="420"/>
        <source>Restart the computer to finish this fix.</source>
        <translation>请重新启动电脑，完成这次修复。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="438"/>
        <source>The fix was undone: everything is as it was before.</source>
        <translation>修复已撤销：一切都恢复了原样。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="444"/>
        <source>The undo did not complete: %1</source>
        <translation>撤销未完成：%1</translation>
    </message>
</context>
<context>
    <name>FixLauncher</name>
    <message>
        <location filename="../ui/fix_launcher.py" line="69"/>
        <source>The fix cannot start</source>
        <translation>无法开始修复</translation>
    </message>
</context>
<context>
    <name>FixWizard</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="454"/>
        <source>%1 – invoice-tray</source>
        <translation>%1 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="465"/>
        <source>Run the fix</source>
        <translation>执行修复</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="480"/>
        <source>not checked yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="482"/>
        <source>Invoices can be issued</source>
        <translation>可以开票</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="483"/>
        <source>Invoices can be issued; attention needed</source>
        <translation>可以开票，需要注意</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="484"/>
        <source>Invoices cannot be issued now</source>
        <translation>暂时无法开票</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="485"/>
        <source>Not known yet</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="492"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="496"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="497"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="498"/>
        <source>not allowed</source>
        <translation>未获允许</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="499"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="500"/>
        <source>not done (stopped)</source>
        <translation>未执行（已停止）</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="501"/>
        <source>put back</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="502"/>
        <source>undone</source>
        <translation>已撤销</translation>
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
    <name>Notices</name>
    <message>
        <location filename="../ui/notices.py" line="75"/>
        <source>Offline drafts are not being submitted</source>
        <translation>离线草稿没有提交出去</translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="76"/>
        <source>The server refused the access token. Check it in Settings.</source>
        <translation>开票服务器不接受访问令牌。请在“设置”中检查。</translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="87"/>
        <source>Issued: %1. Returned by the server: %2; click to open the drafts and correct them.</source>
        <translation>已开具 %1 张。被开票服务器退回 %2 张：点击这里打开草稿并改正。</translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="90"/>
        <location filename="../ui/notices.py" line="97"/>
        <source>Offline drafts submitted</source>
        <translation>离线草稿已提交</translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="94"/>
        <source>1 invoice was issued from the offline drafts.</source>
        <translation>已从离线草稿开具 1 张发票。</translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="95"/>
        <source>%1 invoices were issued from the offline drafts.</source>
        <translation>已从离线草稿开具 %1 张发票。</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/widgets.py" line="70"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="133"/>
        <source>What will be done</source>
        <translation>将要执行的操作</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="135"/>
        <source>Nothing has been changed yet. Press “Run the fix” to do these steps.</source>
        <translation>目前还没有做任何更改。按“执行修复”后才会执行以下步骤。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="144"/>
        <source>Show the exact commands (for the helpdesk)</source>
        <translation>显示具体命令（供技术支持查看）</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="186"/>
        <source>Skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="189"/>
        <source>Needs administrator rights (you will be asked).</source>
        <translation>需要管理员权限（到时会请您确认）。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="193"/>
        <source>The current state is kept first, so this can be undone.</source>
        <translation>会先保存当前状态，因此可以撤销。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="195"/>
        <source>Cannot be undone (nothing to put back).</source>
        <translation>无法撤销（没有需要恢复的内容）。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="199"/>
        <source>A restart of the computer finishes this fix.</source>
        <translation>重新启动电脑后，这次修复才算完成。</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="209"/>
        <source>No system commands: only this program&apos;s own data.</source>
        <translation>不运行系统命令：只改动开票连接助手自己的数据。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="234"/>
        <source>Doing it</source>
        <translation>正在执行</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="239"/>
        <source>Show what the commands printed</source>
        <translation>显示命令的输出（供技术支持查看）</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="240"/>
        <source>Stop after this step</source>
        <translation>完成这一步后停止</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="284"/>
        <source>Stopping after the current step…</source>
        <translation>将在当前这一步完成后停止…</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="298"/>
        <source>: %1</source>
        <translation>：%1</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="318"/>
        <source>The fix stopped unexpectedly: %1</source>
        <translation>修复意外中止：%1</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="321"/>
        <source>What had been done was put back.</source>
        <translation>已执行的操作已恢复原状。</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/settings.py" line="65"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="109"/>
        <source>Will be saved in the system&apos;s password store (keyring).</source>
        <translation>将保存在系统的密码库（密钥库）中。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="111"/>
        <source>Will be removed from the keyring.</source>
        <translation>将从密钥库中删除。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="113"/>
        <source>Saved in the keyring. Type a new one to replace it.</source>
        <translation>已保存在密钥库中。输入新的内容即可替换。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="115"/>
        <source>Not set.</source>
        <translation>未设置。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings.py" line="129"/>
        <source>Settings – invoice-tray</source>
        <translation>设置 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="159"/>
        <source>Reading the settings…</source>
        <translation>正在读取设置…</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="188"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="192"/>
        <source>Demo: checks go to the built-in demo server. The server settings here are saved for when invoice-tray runs normally.</source>
        <translation>演示模式：检测连接的是内置的演示服务器。这里的服务器设置会保存下来，等开票连接助手正常运行时使用。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="200"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="202"/>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="204"/>
        <location filename="../ui/settings.py" line="207"/>
        <source>Extra CA certificates</source>
        <translation>附加根证书</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="205"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="209"/>
        <location filename="../ui/settings.py" line="212"/>
        <source>Client certificate</source>
        <translation>数字证书（签名证书）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="210"/>
        <source>Certificates (*.pfx *.p12 *.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pfx *.p12 *.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="217"/>
        <source>Client certificate password</source>
        <translation>数字证书密码</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="222"/>
        <source>Other services</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="225"/>
        <source>Besides the invoice server, invoice-tray can check the other services your invoicing needs (the e-tax bureau, the invoicing vendor&apos;s system). A service marked red when it cannot be reached makes the light red; the others, yellow.</source>
        <translation>除开票服务器外，开票连接助手还可以检测开票需要的其他服务（电子税务局、开票软件厂商的系统）。标为“无法连通时显示红灯”的服务连不上时，指示灯变红；其他服务连不上时，指示灯变黄。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="238"/>
        <source>Checks</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="240"/>
        <source>Check every (seconds)</source>
        <translation>检测间隔（秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="241"/>
        <source>After a failure, check again after (seconds)</source>
        <translation>失败后再次检测的间隔（秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="242"/>
        <source>Failed checks in a row before red</source>
        <translation>连续失败多少次后变红</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="243"/>
        <source>Good checks in a row before a change back</source>
        <translation>连续成功多少次后恢复</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="244"/>
        <source>While red, check at least every (seconds)</source>
        <translation>红灯时最长检测间隔（秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="245"/>
        <source>Give up a check after (seconds)</source>
        <translation>单次检测超时（秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="246"/>
        <source>Warn when the server answers slower than (ms)</source>
        <translation>服务器答复慢于此值时提醒（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="247"/>
        <source>While red, remind me every (minutes)</source>
        <translation>红灯时每隔多久提醒一次（分钟）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="248"/>
        <source>Warn before a certificate expires (days)</source>
        <translation>证书到期前多少天提醒（天）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="260"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="264"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation>使用系统的代理服务器设置</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="265"/>
        <source>Connect directly, without a proxy</source>
        <translation>直接连接，不使用代理服务器</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="266"/>
        <source>Use this proxy:</source>
        <translation>使用以下代理服务器：</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="267"/>
        <source>Use this automatic configuration script:</source>
        <translation>使用这个自动配置脚本：</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="276"/>
        <source>Proxy</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="278"/>
        <source>only if the proxy asks for one</source>
        <translation>仅在代理服务器要求时填写</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="280"/>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="285"/>
        <source>Proxy password</source>
        <translation>代理服务器密码</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="291"/>
        <source>Reach directly (no proxy)</source>
        <translation>直接访问（不经过代理服务器）</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="295"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="297"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="300"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="302"/>
        <source>Start invoice-tray when I sign in to this computer</source>
        <translation>登录电脑时自动启动开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="312"/>
        <source>The settings could not be read: %1</source>
        <translation>无法读取设置：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="341"/>
        <source>Needs the keyring too (see above).</source>
        <translation>同样需要密钥库（见上）。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="350"/>
        <source>The settings file holds this password in plain text. When you save, it is moved into the keyring and removed from the file.</source>
        <translation>设置文件中以明文保存着这个密码。保存设置时，它会移到密钥库中，并从文件里删除。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="364"/>
        <source>In the settings file: %1</source>
        <translation>设置文件中的这一项有问题：%1</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="386"/>
        <source>Set by your IT department.</source>
        <translation>由单位管理员统一设置。</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="509"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="525"/>
        <source>The settings could not be saved: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/tray.py" line="102"/>
        <source>invoice-tray</source>
        <translation>开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="105"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation>这个桌面没有系统托盘，所以开票连接助手在这个窗口里显示状态。关闭窗口后仍会继续检测；要退出，请在这里操作。</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="109"/>
        <source>Check now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="110"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="111"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="215"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="213"/>
        <source>Check now</source>
        <translation>立即检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="216"/>
        <source>Offline drafts…</source>
        <translation>离线草稿…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="217"/>
        <source>Export diagnostics…</source>
        <translation>导出诊断信息…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="218"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="219"/>
        <source>Pause checks</source>
        <translation>暂停检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="203"/>
        <location filename="../ui/tray.py" line="221"/>
        <source>Demo scenario</source>
        <translation>演示场景</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="214"/>
        <source>Set up the invoice server…</source>
        <translation>设置开票服务器…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="222"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="235"/>
        <source>Checks paused</source>
        <translation>已暂停检测</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="237"/>
        <source>No invoice server set up yet</source>
        <translation>尚未设置开票服务器</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="239"/>
        <source>Invoices can be issued</source>
        <translation>可以开票</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="240"/>
        <source>Invoices can be issued; attention needed</source>
        <translation>可以开票，需要注意</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="241"/>
        <source>Invoices cannot be issued now</source>
        <translation>暂时无法开票</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="242"/>
        <source>Not known yet</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="257"/>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="260"/>
        <source>Last check: %1</source>
        <translation>上次检测：%1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="272"/>
        <source>Fix: %1…</source>
        <translation>修复：%1…</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="291"/>
        <source>invoice-tray: %1</source>
        <translation>开票连接助手（invoice-tray）：%1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="336"/>
        <source>Diagnostics sent to the helpdesk</source>
        <translation>诊断信息已发送给技术支持</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="337"/>
        <source>They were kept until the helpdesk could be reached. Reference number: %1</source>
        <translation>诊断信息在连上技术支持后已自动发送。受理编号：%1</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="352"/>
        <source>can be reached</source>
        <translation>可以连通</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="353"/>
        <source>can be reached; attention needed</source>
        <translation>可以连通，需要注意</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="354"/>
        <source>cannot be reached</source>
        <translation>无法连通</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="355"/>
        <source>not known yet</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="436"/>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="333"/>
        <source>Checking again</source>
        <translation>重新检测</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="335"/>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="347"/>
        <source>Before: %1</source>
        <translation>修复前：%1</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="367"/>
        <source>The check failed: %1</source>
        <translation>检测失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="370"/>
        <source>After: %1</source>
        <translation>修复后：%1</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../ui/welcome.py" line="60"/>
        <source>Welcome – invoice-tray</source>
        <translation>欢迎 - 开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="64"/>
        <source>Welcome to invoice-tray</source>
        <translation>欢迎使用开票连接助手</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="71"/>
        <source>invoice-tray shows a light in the system tray, at the corner of the screen, that tells at any moment whether invoices can be issued. When they cannot, it says why and what to do.</source>
        <translation>开票连接助手在屏幕角落的系统托盘里显示一个信号灯，随时告诉您现在能不能开票。不能开票时，它会说明原因和处理方法。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="80"/>
        <source>Invoices can be issued.</source>
        <translation>可以开票。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="84"/>
        <source>Invoices can be issued, but something needs attention soon.</source>
        <translation>可以开票，但有问题需要尽快处理。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="90"/>
        <source>Invoices cannot be issued now; the reason is told. Meanwhile invoices can be saved as offline drafts.</source>
        <translation>暂时无法开票，会说明原因。在此期间，可以先把发票保存为离线草稿。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="94"/>
        <source>Checking, or not known yet.</source>
        <translation>正在检测，或状态未知。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="95"/>
        <source>Checks are paused.</source>
        <translation>已暂停检测。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="96"/>
        <source>No invoice server is set up yet.</source>
        <translation>尚未设置开票服务器。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="111"/>
        <source>Test</source>
        <translation>检测</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="119"/>
        <source>The access token and other settings can be entered later in Settings.</source>
        <translation>访问令牌等其他设置，可以稍后在“设置”中填写。</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="124"/>
        <source>Try the demo first</source>
        <translation>先看看演示</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="127"/>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="129"/>
        <source>Save and start</source>
        <translation>保存并开始使用</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="155"/>
        <source>What the light says:</source>
        <translation>信号灯的含义：</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="158"/>
        <source>The invoice server&apos;s address (ask your helpdesk):</source>
        <translation>开票服务器地址（可向技术支持索取）：</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="198"/>
        <source>Checking…</source>
        <translation>正在检测…</translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="207"/>
        <source>The check could not run: %1</source>
        <translation>无法进行检测：%1</translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="111"/>
        <source>What is wrong, and why this fix helps</source>
        <translation>出了什么问题，以及这个修复为什么有用</translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="112"/>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
</context>
</TS>
