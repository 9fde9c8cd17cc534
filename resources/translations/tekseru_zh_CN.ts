<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="29"/>
        <source>New verification</source>
        <translation>新的核验</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30"/>
        <source>Open documents…</source>
        <translation>打开证件…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31"/>
        <source>Case history</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="234"/>
        <source>New verification</source>
        <translation>新的核验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="235"/>
        <source>Open documents…</source>
        <translation>打开证件…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="236"/>
        <location filename="../../desktop/screens/capture.py" line="260"/>
        <source>Open documents</source>
        <translation>打开证件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="237"/>
        <location filename="../../desktop/screens/capture.py" line="238"/>
        <source>Start a new case</source>
        <translation>开始新案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="239"/>
        <source>Drop the passport and certificate here (images or PDF), or open them.</source>
        <translation>将护照和证明书拖到此处（图片或 PDF），或打开文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="240"/>
        <source>Drop zone for document files</source>
        <translation>证件文件放置区</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="241"/>
        <source>Reading progress</source>
        <translation>读取进度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="242"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="243"/>
        <source>Officer&apos;s decision</source>
        <translation>官员决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="244"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>备注（决定与结论不一致或没有结论时必填，至少 %1 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="247"/>
        <source>Decision comment</source>
        <translation>决定备注</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="248"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="248"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="249"/>
        <source>Refer</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="261"/>
        <source>Images and PDF (%1)</source>
        <translation>图片和 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="284"/>
        <source>Still reading the previous documents; please wait.</source>
        <translation>仍在读取上一批证件，请稍候。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="290"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="302"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="305"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="323"/>
        <source>Case %1: %2 page(s) read.</source>
        <translation>案件 %1：已读取 %2 页。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="371"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>案件 %1 的决定已记录：%2</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/errors.py" line="88"/>
        <location filename="../../desktop/errors.py" line="89"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="91"/>
        <source>Something went wrong. Your work so far is kept. Please copy the details below into a report for field IT.</source>
        <translation>出现问题。已完成的工作已保存。请将以下详情复制到给 IT 人员的报告中。</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="97"/>
        <source>Error summary</source>
        <translation>错误摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="101"/>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="104"/>
        <location filename="../../desktop/errors.py" line="105"/>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../desktop/screens/history.py" line="92"/>
        <source>Case history</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="100"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="104"/>
        <location filename="../../desktop/screens/history.py" line="105"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="106"/>
        <location filename="../../desktop/screens/history.py" line="107"/>
        <source>Reopen selected case</source>
        <translation>重新打开所选案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="110"/>
        <source>Cases found</source>
        <translation>找到的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="111"/>
        <source>Case details</source>
        <translation>案件详情</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="146"/>
        <location filename="../../desktop/screens/history.py" line="168"/>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="150"/>
        <source>%1 case(s) found.</source>
        <translation>找到 %1 个案件。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="163"/>
        <source>Case %1 opened %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="167"/>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="169"/>
        <source>Images: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="170"/>
        <source>Tekseru — document verification</source>
        <translation>Tekseru — 证件核验</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>DEMO MODE — demo data only; nothing here is a real verification</source>
        <translation>演示模式 — 仅演示数据；此处不是真实核验</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>Signed-in officer</source>
        <translation>已登录官员</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Pseudo-localisation (layout check)</source>
        <translation>伪本地化（布局检查）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Registry copy is not current: %1</source>
        <translation>登记库副本不是最新的：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284"/>
        <source>Registry data warning</source>
        <translation>登记库数据警告</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="296"/>
        <location filename="../../desktop/main_window.py" line="297"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>PageResult</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="47"/>
        <source>Document code</source>
        <translation>证件代码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="48"/>
        <source>Issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="49"/>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="50"/>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="51"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="52"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="53"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="54"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="55"/>
        <source>Date of expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="56"/>
        <source>Optional data</source>
        <translation>可选数据</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="102"/>
        <source>%1 — page %2</source>
        <translation>%1 — 第 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="104"/>
        <source>Page image with the machine readable zone outlined</source>
        <translation>标出机读区的页面图像</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="105"/>
        <source>MRZ lines</source>
        <translation>机读区行</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="106"/>
        <source>Registry look-up</source>
        <translation>登记库查询</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="108"/>
        <source>Reading the machine readable zone…</source>
        <translation>正在读取机读区…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="121"/>
        <source>No machine readable zone found on this page.</source>
        <translation>此页未找到机读区。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="125"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="125"/>
        <source>NOT valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="126"/>
        <source>MRZ %1, %2 (%3 s)</source>
        <translation>机读区 %1，%2（%3 秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="139"/>
        <source>Checks:</source>
        <translation>校验：</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="140"/>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="144"/>
        <source>Registry data is not current:</source>
        <translation>登记库数据不是最新的：</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="147"/>
        <source>Registry: no record for document %1.</source>
        <translation>登记库：没有证件 %1 的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="155"/>
        <source>Registry: %1 %2 — %3, born %4, citizenship %5</source>
        <translation>登记库：%1 %2 — %3，出生 %4，国籍状态 %5</translation>
    </message>
</context>
<context>
    <name>RegistryScreen</name>
    <message>
        <location filename="../../desktop/screens/registry.py" line="80"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="81"/>
        <source>Import package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="82"/>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="88"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="89"/>
        <source>Data freshness</source>
        <translation>数据时效</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="101"/>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="105"/>
        <source>%1 days (allowed: %2)</source>
        <translation>%1 天（允许：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="107"/>
        <source>%1 persons, %2 documents, %3 photos, %4 crossings</source>
        <translation>%1 人，%2 份证件，%3 张照片，%4 次出入境</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="114"/>
        <source>Import registry package</source>
        <translation>导入登记库数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="115"/>
        <source>Registry packages (*.tar *.tkpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="146"/>
        <source>Verifying and importing %1…</source>
        <translation>正在验证并导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="159"/>
        <source>Applied package %1 #%2: %3 written, %4 deleted, %5 photos.</source>
        <translation>已应用数据包 %1 #%2：写入 %3，删除 %4，照片 %5。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="164"/>
        <source>Package %1 #%2 was already applied; nothing changed.</source>
        <translation>数据包 %1 #%2 已应用过；无变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="168"/>
        <source>Package refused: %1</source>
        <translation>数据包被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/screens/signin.py" line="63"/>
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="63"/>
        <location filename="../../desktop/screens/signin.py" line="66"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="64"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="65"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="66"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="67"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="68"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="70"/>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="71"/>
        <source>Demo mode: sign in as %1 with the password %2.</source>
        <translation>演示模式：以 %1 登录，密码 %2。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="89"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="92"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="107"/>
        <source>This account is locked after too many failed attempts. Ask an administrator, or wait and try again.</source>
        <translation>失败次数过多，账户已锁定。请联系管理员，或稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="110"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
</TS>
