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
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>Next applicant</source>
        <translation>下一位申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>Case history</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Referrals</source>
        <translation>转交案件</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="37"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="39"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="40"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="41"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="227"/>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="228"/>
        <source>&amp;Verify chain</source>
        <translation>校验链(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="229"/>
        <source>Verify chain</source>
        <translation>校验链</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="230"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="231"/>
        <location filename="../../desktop/screens/audit_view.py" line="393"/>
        <source>Export audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="232"/>
        <source>Ac&amp;tor</source>
        <translation>执行人(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="233"/>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Actor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="234"/>
        <source>Actio&amp;n</source>
        <translation>操作(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="235"/>
        <location filename="../../desktop/screens/audit_view.py" line="238"/>
        <location filename="../../desktop/screens/audit_view.py" line="252"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="239"/>
        <source>From (UTC)</source>
        <translation>起始时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="240"/>
        <source>Filter from date</source>
        <translation>筛选起始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="241"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="242"/>
        <source>To (UTC)</source>
        <translation>截止时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="243"/>
        <source>Filter to date</source>
        <translation>筛选截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="244"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="245"/>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="246"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="247"/>
        <source>‹ Ne&amp;wer</source>
        <translation>‹ 较新(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="248"/>
        <source>Newer entries</source>
        <translation>较新的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="249"/>
        <source>O&amp;lder ›</source>
        <translation>较早(&amp;L) ›</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="250"/>
        <source>Older entries</source>
        <translation>较早的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="252"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="253"/>
        <source>Audit entries</source>
        <translation>审计条目</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="254"/>
        <source>Chain check result</source>
        <translation>审计链校验结果</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="255"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="338"/>
        <source>No entries match.</source>
        <translation>没有匹配的条目。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="341"/>
        <source>Entries %1 to %2 (page %3)</source>
        <translation>第 %1 至 %2 条（第 %3 页）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="359"/>
        <source>Checking the chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="376"/>
        <source>holds the checkpoint at seq %1</source>
        <translation>包含序号 %1 处的检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="377"/>
        <source>no checkpoint issued yet</source>
        <translation>尚未签发检查点</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="378"/>
        <source>Audit trail intact: %1 entries, head seq %2; %3</source>
        <translation>审计日志完整：共 %1 条，最新序号 %2；%3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="383"/>
        <source>Audit trail TAMPERED at seq %1 (%2): %3</source>
        <translation>审计日志在序号 %1 处被篡改（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="394"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="405"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="409"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="420"/>
        <source>Exported %1 entries to %2 with a checkpoint signed at seq %3 (SHA-256 %4).</source>
        <translation>已将 %1 条记录导出到 %2，附带在序号 %3 处签名的检查点（SHA-256 %4）。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop/sources/panel.py" line="82"/>
        <source>No camera could be opened (%1). Check that it is connected and not in use by another program.</source>
        <translation>无法打开摄像头（%1）。请检查摄像头已连接且未被其他程序占用。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="84"/>
        <source>The camera stopped sending pictures.</source>
        <translation>摄像头已停止传输图像。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="85"/>
        <source>The still could not be saved.</source>
        <translation>无法保存拍摄的图像。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="149"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="150"/>
        <location filename="../../desktop/sources/panel.py" line="155"/>
        <source>Take still</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="151"/>
        <source>Save the current picture as a page</source>
        <translation>将当前画面保存为一页</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="152"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="153"/>
        <location filename="../../desktop/sources/panel.py" line="156"/>
        <source>Close the camera</source>
        <translation>关闭摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="154"/>
        <source>Camera preview</source>
        <translation>摄像头预览</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="160"/>
        <source>Opening the camera…</source>
        <translation>正在打开摄像头…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="182"/>
        <source>Camera ready (%1 × %2). Hold the page still and take a still.</source>
        <translation>摄像头就绪（%1 × %2）。请保持页面静止后拍摄。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="221"/>
        <source>Still %1 saved and sent for reading.</source>
        <translation>第 %1 张图像已保存并送去读取。</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="291"/>
        <source>New verification</source>
        <translation>新的核验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="292"/>
        <source>Open documents…</source>
        <translation>打开证件…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="373"/>
        <source>Open documents</source>
        <translation>打开证件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="300"/>
        <source>Drop zone for document files</source>
        <translation>证件文件放置区</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="67"/>
        <source>Reading and recognising the pages</source>
        <translation>读取并识别页面</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="68"/>
        <source>Loading the registry&apos;s face index</source>
        <translation>加载登记库人脸索引</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="69"/>
        <source>Reading the passport</source>
        <translation>读取护照</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="70"/>
        <source>Reading the certificate</source>
        <translation>读取证明书</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="71"/>
        <source>Looking the person up in the registry</source>
        <translation>在登记库中查找当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="72"/>
        <source>Comparing the portrait with the registry photo</source>
        <translation>将护照照片与登记库照片比对</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="73"/>
        <source>Searching every registry photo</source>
        <translation>检索登记库全部照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="74"/>
        <source>Running the checks</source>
        <translation>执行校验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="75"/>
        <source>Verification done</source>
        <translation>核验完成</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="76"/>
        <source>Filing the case</source>
        <translation>立案归档</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="292"/>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="293"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="293"/>
        <location filename="../../desktop/screens/capture.py" line="616"/>
        <source>Next applicant</source>
        <translation>下一位申请人</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="294"/>
        <source>Save report (PDF)…</source>
        <translation>保存报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="295"/>
        <source>Print report…</source>
        <translation>打印报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="298"/>
        <source>Drop the passport and certificate pages here, in any order (images or PDF), or open them.</source>
        <translation>将护照和证明书页面按任意顺序拖到此处（图片或 PDF），或打开文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="301"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="302"/>
        <source>Captured pages</source>
        <translation>已采集页面</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="303"/>
        <source>Officer&apos;s decision (the verdict is advice; you decide)</source>
        <translation>官员决定（结论仅供参考，由您决定）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="304"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>备注（决定与结论不一致或没有结论时必填，至少 %1 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="307"/>
        <source>Decision comment</source>
        <translation>决定备注</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="308"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="308"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="309"/>
        <source>Refer</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="374"/>
        <source>Images and PDF (%1)</source>
        <translation>图片和 PDF（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="396"/>
        <source>Still working on the previous step; please wait.</source>
        <translation>上一步仍在进行，请稍候。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="439"/>
        <source>The pages changed since the verification: verify again to see results for these pages.</source>
        <translation>核验后页面已更改：请重新核验以查看这些页面的结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="450"/>
        <source>Add the passport&apos;s data page first (or mark a page as the passport).</source>
        <translation>请先添加护照资料页（或将某页标记为护照）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="453"/>
        <source>The registry copy is damaged, so nothing can be verified against it: import a full package again (Registry screen).</source>
        <translation>登记库副本已损坏，无法据此核验：请重新导入完整数据包（“登记库”界面）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="456"/>
        <source>Verifying %1 passport page(s) and %2 certificate page(s)…</source>
        <translation>正在核验 %1 页护照和 %2 页证明书…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="484"/>
        <source>Verdict %1; filed as case %2. Decide below.</source>
        <translation>结论：%1；已立案，案件号 %2。请在下方作出决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="487"/>
        <source>Verdict %1, but the case could not be filed: %2</source>
        <translation>结论：%1，但无法立案：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="492"/>
        <source>The verification failed: %1. The pages are kept; correct them and verify again.</source>
        <translation>核验失败：%1。页面已保留，请更正后重新核验。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="498"/>
        <source>Verification cancelled; the pages are kept.</source>
        <translation>核验已取消，页面已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="501"/>
        <source>The verification failed</source>
        <translation>核验失败</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="502"/>
        <source>The verification did not finish (see the error details); the pages are kept.</source>
        <translation>核验未完成（见错误详情），页面已保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="508"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="528"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="528"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="529"/>
        <source>referred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="546"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="547"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="556"/>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="557"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="562"/>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="577"/>
        <source>No printer is set up on this computer: save the report as PDF and print it elsewhere, or print to a file.</source>
        <translation>此计算机未设置打印机：请将报告另存为 PDF 后在其他计算机上打印，或打印到文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="587"/>
        <source>The report could not be printed: %1</source>
        <translation>无法打印报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="588"/>
        <source>Preparing the report for printing…</source>
        <translation>正在准备打印报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="594"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="606"/>
        <source>Report sent to the printer (%1 page(s)).</source>
        <translation>报告已发送到打印机（%1 页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="613"/>
        <source>Still working; cancel or wait before the next applicant.</source>
        <translation>仍在处理中；请先取消或等待完成，再接待下一位申请人。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="617"/>
        <source>These pages have not been verified and are not saved. Discard them?</source>
        <translation>这些页面尚未核验，也未保存。是否放弃？</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="624"/>
        <source>Case %1 is kept in the history without a decision.</source>
        <translation>案件 %1 已保存在记录中，尚无决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="400"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="409"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="412"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="530"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>案件 %1 的决定已记录：%2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="262"/>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="263"/>
        <source>Save report (PDF)…</source>
        <translation>保存报告（PDF）…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Certificate</source>
        <translation>证明书</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="268"/>
        <source>Case contents</source>
        <translation>案件内容</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="269"/>
        <source>Case summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="270"/>
        <location filename="../../desktop/screens/case_view.py" line="271"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="272"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>备注（决定与结论不一致或没有结论时必填，至少 %1 个字符）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="275"/>
        <source>Decision comment</source>
        <translation>决定备注</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="280"/>
        <source>Machine readable zone</source>
        <translation>机读区</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="281"/>
        <source>Printed fields (visual zone)</source>
        <translation>印刷字段（视读区）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="282"/>
        <source>MRZ lines</source>
        <translation>机读区行</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="283"/>
        <source>MRZ fields</source>
        <translation>机读区字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="284"/>
        <source>Printed fields</source>
        <translation>印刷字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="285"/>
        <source>Passport portrait</source>
        <translation>护照照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="286"/>
        <source>Registry photo</source>
        <translation>登记库照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="287"/>
        <source>Face comparison</source>
        <translation>人脸比对</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="288"/>
        <source>Certificate fields</source>
        <translation>证明书字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="293"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="293"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="294"/>
        <source>Refer</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="297"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="297"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="298"/>
        <source>referred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="375"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="377"/>
        <source>Opened %1 by %2; subject: %3</source>
        <translation>%1 由 %2 创建；当事人：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="381"/>
        <source>registry record %1</source>
        <translation>登记库记录 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="396"/>
        <source>Timings: %1</source>
        <translation>耗时：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="407"/>
        <source>Not decided yet.</source>
        <translation>尚未作出决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="409"/>
        <source>Officer&apos;s decision: %1 by %2 at %3</source>
        <translation>官员决定：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="411"/>
        <source>Officer&apos;s comment: %1</source>
        <translation>官员备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="414"/>
        <source>Supervisor&apos;s resolution (final decision): %1 by %2 at %3</source>
        <translation>主管处理结果（最终决定）：%1（%2，%3）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="416"/>
        <source>Supervisor&apos;s comment: %1</source>
        <translation>主管备注：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="418"/>
        <source>Referred: awaiting a supervisor&apos;s resolution.</source>
        <translation>已转交：等待主管处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="429"/>
        <source>image deleted after %1 days</source>
        <translation>图像已于 %1 天后删除</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="431"/>
        <source>image file missing</source>
        <translation>图像文件缺失</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="432"/>
        <location filename="../../desktop/screens/case_view.py" line="439"/>
        <source>Image %1</source>
        <translation>图像 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="436"/>
        <source>no portrait stored</source>
        <translation>未存储照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <source>Check digit</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="445"/>
        <source>No machine readable zone was found on the passport pages.</source>
        <translation>护照页面上未找到机读区。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="449"/>
        <source>check digits valid</source>
        <translation>校验位正确</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="449"/>
        <source>check digits NOT valid</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="450"/>
        <source>MRZ %1, %2; read by %3</source>
        <translation>机读区 %1，%2；由 %3 读取</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="500"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="471"/>
        <source>match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="471"/>
        <source>unsure — compare by eye</source>
        <translation>不确定 — 请人工比对</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="472"/>
        <source>no match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="475"/>
        <source>The faces were not compared (no registry record or no passport page).</source>
        <translation>未比对人脸（无登记库记录或无护照页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="478"/>
        <source>Score %1 — %2 (engine %3)</source>
        <translation>分数 %1 — %2（引擎 %3）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="483"/>
        <source>match from %1, review from %2</source>
        <translation>匹配阈值 %1，复核阈值 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="487"/>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="492"/>
        <source>Face search (1:N): no one else in the registry matches.</source>
        <translation>人脸检索（1:N）：登记库中无其他人匹配。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="493"/>
        <source>Face search (1:N): also like %1</source>
        <translation>人脸检索（1:N）：亦与以下人员相似：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>As printed</source>
        <translation>印刷原文</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="503"/>
        <source>No certificate was handed over.</source>
        <translation>未提交证明书。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="504"/>
        <source>The certificate pages were not recognised as a known certificate.</source>
        <translation>证明书页面未能识别为已知样式的证明书。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="510"/>
        <source>%1, edition %2; layout fit %3</source>
        <translation>%1，版本 %2；版式匹配度 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="515"/>
        <source>Code read (%1): %2</source>
        <translation>已读取代码（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="521"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="581"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>案件 %1 的决定已记录：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="600"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="601"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="609"/>
        <source>The report could not be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="610"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="615"/>
        <source>Report saved: %1</source>
        <translation>报告已保存：%1</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="33"/>
        <source>Certificate fields</source>
        <translation>证明书字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>As printed</source>
        <translation>印刷原文</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="35"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="41"/>
        <source>The certificate pages were not recognised as a known certificate.</source>
        <translation>证明书页面未能识别为已知样式的证明书。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="42"/>
        <source>No certificate was handed over.</source>
        <translation>未提交证明书。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="45"/>
        <source>%1, edition %2; layout fit %3</source>
        <translation>%1，版本 %2；版式匹配度 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="48"/>
        <source>Code read (%1): %2</source>
        <translation>已读取代码（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="53"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>ChecksList</name>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="20"/>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="21"/>
        <source>unsure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="22"/>
        <source>not run</source>
        <translation>未执行</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="23"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="53"/>
        <source>Checks, failing ones first</source>
        <translation>校验（未通过的在前）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Check</source>
        <translation>校验项</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Evidence</source>
        <translation>依据</translation>
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
    <name>FacesPanel</name>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="62"/>
        <location filename="../../desktop/screens/results/faces_panel.py" line="65"/>
        <source>Passport portrait</source>
        <translation>护照照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="63"/>
        <location filename="../../desktop/screens/results/faces_panel.py" line="66"/>
        <source>Registry photo</source>
        <translation>登记库照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="64"/>
        <source>Similar faces under other identities (1:N search)</source>
        <translation>其他身份下的相似人脸（1:N 检索）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="67"/>
        <source>Face comparison</source>
        <translation>人脸比对</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="68"/>
        <source>Similar faces under other identities</source>
        <translation>其他身份下的相似人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="72"/>
        <source>no portrait found</source>
        <translation>未找到照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="74"/>
        <source>no registry photo</source>
        <translation>无登记库照片</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="76"/>
        <source>match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="76"/>
        <source>unsure — compare by eye</source>
        <translation>不确定 — 请人工比对</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="77"/>
        <source>no match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="79"/>
        <source>The faces were not compared (no registry record or no passport page).</source>
        <translation>未比对人脸（无登记库记录或无护照页）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="81"/>
        <source>The faces could not be compared: %1</source>
        <translation>无法比对人脸：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="83"/>
        <source>Score %1 — %2 (engine %3; match from %4, unsure from %5)</source>
        <translation>分数 %1 — %2（引擎 %3；匹配阈值 %4，不确定阈值 %5）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="95"/>
        <source>The 1:N search did not run (no usable portrait or no face index).</source>
        <translation>未进行 1:N 检索（无可用照片或无人脸索引）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="97"/>
        <source>No similar face under another identity.</source>
        <translation>其他身份下无相似人脸。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="99"/>
        <source>%1 registry person(s) under other identities look alike: compare them before deciding.</source>
        <translation>登记库中有 %1 名其他身份人员与之相似：请在决定前进行比对。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Partner id</source>
        <translation>合作方编号</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="108"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../desktop/screens/history.py" line="147"/>
        <source>Case history</source>
        <translation>案件记录</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="149"/>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="149"/>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="154"/>
        <location filename="../../desktop/screens/history.py" line="157"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="161"/>
        <location filename="../../desktop/screens/history.py" line="162"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Opened from</source>
        <translation>创建日期起</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Opened to</source>
        <translation>创建日期止</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="163"/>
        <location filename="../../desktop/screens/history.py" line="164"/>
        <source>Open selected case</source>
        <translation>打开所选案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="167"/>
        <source>Cases found</source>
        <translation>找到的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="173"/>
        <source>accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="173"/>
        <source>reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="174"/>
        <source>refer</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="176"/>
        <source>%1 (supervisor %2)</source>
        <translation>%1（主管：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="179"/>
        <source>refer — awaiting supervisor</source>
        <translation>转交 — 等待主管</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="240"/>
        <source>Opening case %1…</source>
        <translation>正在打开案件 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="180"/>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="218"/>
        <source>%1 case(s) found.</source>
        <translation>找到 %1 个案件。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="221"/>
        <source>Tekseru — document verification</source>
        <translation>Tekseru — 证件核验</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222"/>
        <source>DEMO MODE — demo data only; nothing here is a real verification</source>
        <translation>演示模式 — 仅演示数据；此处不是真实核验</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>Demo mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Verify</source>
        <translation>核验</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Referrals</source>
        <translation>转交案件</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>Signed-in officer</source>
        <translation>已登录官员</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>&amp;Desk</source>
        <translation>工作站(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Dark theme</source>
        <translation>深色主题</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240"/>
        <source>Pseudo-localisation (layout check)</source>
        <translation>伪本地化（布局检查）</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="323"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="326"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>The registry copy is damaged; verification is stopped until a full package is imported again: %1</source>
        <translation>登记库副本已损坏；重新导入完整数据包之前，核验已暂停：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="387"/>
        <source>Registry copy is not current: %1</source>
        <translation>登记库副本不是最新的：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="388"/>
        <source>Registry data warning</source>
        <translation>登记库数据警告</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="406"/>
        <location filename="../../desktop/main_window.py" line="407"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>PageCard</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="78"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="79"/>
        <source>Certificate</source>
        <translation>证明书</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="80"/>
        <source>Not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="151"/>
        <source>%1 — page %2</source>
        <translation>%1 — 第 %2 页</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="155"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="156"/>
        <source>Remove this page</source>
        <translation>移除此页</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="157"/>
        <source>Use this page as</source>
        <translation>此页用作</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="158"/>
        <source>Page thumbnail</source>
        <translation>页面缩略图</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="160"/>
        <source>Could not read this page: %1</source>
        <translation>无法读取此页：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="162"/>
        <source>Recognising…</source>
        <translation>正在识别…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="164"/>
        <source>Recognised as: %1 (%2)</source>
        <translation>识别为：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="167"/>
        <source>Not recognised (closest: %1, %2); choose what it is.</source>
        <translation>未能识别（最接近：%1，%2）；请选择页面类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="170"/>
        <source>Recognised page kind</source>
        <translation>识别出的页面类型</translation>
    </message>
</context>
<context>
    <name>PageKinds</name>
    <message>
        <location filename="../../desktop/kind_names.py" line="11"/>
        <source>PRC passport, data page</source>
        <translation>中华人民共和国护照资料页</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="12"/>
        <source>Kazakhstan passport, data page</source>
        <translation>哈萨克斯坦护照资料页</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="13"/>
        <source>Kazakhstan ID card, both sides</source>
        <translation>哈萨克斯坦身份证（正反面）</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="14"/>
        <source>Kazakhstan ID card, front</source>
        <translation>哈萨克斯坦身份证正面</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="15"/>
        <source>Kazakhstan ID card, back</source>
        <translation>哈萨克斯坦身份证背面</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="16"/>
        <source>PRC certificate of renunciation of nationality</source>
        <translation>中华人民共和国退出国籍证明书</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="17"/>
        <source>Kazakhstan certificate of termination of citizenship</source>
        <translation>哈萨克斯坦终止国籍证明</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="18"/>
        <source>not a known document</source>
        <translation>未知文件</translation>
    </message>
</context>
<context>
    <name>PageResult</name>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="20"/>
        <source>Document code</source>
        <translation>证件代码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="21"/>
        <source>Issuing state</source>
        <translation>签发国</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="22"/>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="23"/>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="24"/>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="25"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="26"/>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="27"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="28"/>
        <source>Date of expiry</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="29"/>
        <source>Optional data</source>
        <translation>可选数据</translation>
    </message>
</context>
<context>
    <name>PassportPanel</name>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="88"/>
        <source>Passport page with the machine readable zone outlined</source>
        <translation>标出机读区的护照页</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="89"/>
        <source>Machine readable zone</source>
        <translation>机读区</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="90"/>
        <source>Printed fields (visual zone)</source>
        <translation>印刷字段（视读区）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="91"/>
        <source>MRZ lines</source>
        <translation>机读区行</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="92"/>
        <source>MRZ fields</source>
        <translation>机读区字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="93"/>
        <source>Printed fields</source>
        <translation>印刷字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="98"/>
        <source>No machine readable zone was found on the passport pages.</source>
        <translation>护照页面上未找到机读区。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="100"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="100"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="102"/>
        <source>check digits valid</source>
        <translation>校验位正确</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="102"/>
        <source>check digits NOT valid</source>
        <translation>校验位错误</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="103"/>
        <source>MRZ %1, %2; read by %3 in %4 s</source>
        <translation>机读区 %1，%2；由 %3 读取，用时 %4 秒</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="116"/>
        <source>Check digit</source>
        <translation>校验位</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="120"/>
        <source>Referrals</source>
        <translation>转交案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="121"/>
        <location filename="../../desktop/screens/referrals.py" line="122"/>
        <source>Also undecided cases older than (hours):</source>
        <translation>另含超过以下时长仍未决定的案件（小时）：</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="123"/>
        <source>Hours undecided</source>
        <translation>未决定时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="124"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="125"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="126"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="127"/>
        <source>&amp;Open selected case</source>
        <translation>打开所选案件(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="128"/>
        <source>Open selected case</source>
        <translation>打开所选案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Subject</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="131"/>
        <source>Cases waiting for a supervisor</source>
        <translation>等待主管处理的案件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="132"/>
        <source>&amp;Decision</source>
        <translation>决定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="135"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="136"/>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="138"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="139"/>
        <source>&amp;Comment</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="140"/>
        <source>Supervisor&apos;s comment</source>
        <translation>主管备注</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="141"/>
        <source>Record &amp;decision</source>
        <translation>记录决定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="142"/>
        <source>Record decision</source>
        <translation>记录决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="143"/>
        <source>Decision message</source>
        <translation>决定提示</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="185"/>
        <source>referred</source>
        <translation>已转交</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="185"/>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="191"/>
        <source>%1 case(s) waiting.</source>
        <translation>%1 个案件待处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="218"/>
        <source>This case is resolved.</source>
        <translation>此案件已作出最终决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="249"/>
        <source>Decision recorded for case %1.</source>
        <translation>案件 %1 的决定已记录。</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="52"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="56"/>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="53"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="56"/>
        <source>Identity documents</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="54"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="57"/>
        <source>Citizenship status history</source>
        <translation>国籍状态历史</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="55"/>
        <source>Timeline: status changes and border crossings</source>
        <translation>时间线：状态变更与出入境</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="58"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="59"/>
        <source>Registry record</source>
        <translation>登记库记录</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="66"/>
        <source>Registry data is not current:</source>
        <translation>登记库数据不是最新的：</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="68"/>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="69"/>
        <source>renunciation pending</source>
        <translation>退籍办理中</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="70"/>
        <source>terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="72"/>
        <source>No registry record was found for these documents.</source>
        <translation>未找到与这些证件对应的登记库记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="76"/>
        <source>by document number</source>
        <translation>按证件号码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="76"/>
        <source>by personal id</source>
        <translation>按个人身份号码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="77"/>
        <source>by name and birth date</source>
        <translation>按姓名和出生日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="78"/>
        <source>%1 %2, found %3; born %4 in %5; sex %6</source>
        <translation>%1 %2，查找方式：%3；出生日期 %4，出生地 %5；性别 %6</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="83"/>
        <source>personal id %1</source>
        <translation>个人身份号码 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="85"/>
        <source>Other records fit too: %1</source>
        <translation>其他记录也符合：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Script</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Given names</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Latin</source>
        <translation>拉丁字母</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Authority</source>
        <translation>主管机关</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="91"/>
        <source>Issued</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="91"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Certificate</source>
        <translation>证明书</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="107"/>
        <source>▶ termination takes effect</source>
        <translation>▶ 终止生效</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="107"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="109"/>
        <source>entry</source>
        <translation>入境</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="109"/>
        <source>exit</source>
        <translation>出境</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="112"/>
        <source>after termination</source>
        <translation>终止之后</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Where / status</source>
        <translation>地点 / 状态</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="118"/>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="118"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RegistryScreen</name>
    <message>
        <location filename="../../desktop/screens/registry.py" line="109"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="110"/>
        <source>Import package…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="111"/>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="111"/>
        <source>From a file or a USB stick</source>
        <translation>从文件或 U 盘导入</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="112"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="113"/>
        <source>https://… (the partner&apos;s package server)</source>
        <translation>https://…（合作方数据包服务器）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="114"/>
        <source>Package server address</source>
        <translation>数据包服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="115"/>
        <source>Pull newest</source>
        <translation>获取最新</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="116"/>
        <source>Pull the newest packages from the server</source>
        <translation>从服务器获取最新数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Applied</source>
        <translation>应用时间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="122"/>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="123"/>
        <source>Data freshness</source>
        <translation>数据时效</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="135"/>
        <source>none installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="139"/>
        <source>%1 days (allowed: %2)</source>
        <translation>%1 天（允许：%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="141"/>
        <source>%1 persons, %2 documents, %3 photos, %4 crossings</source>
        <translation>%1 人，%2 份证件，%3 张照片，%4 次出入境</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="148"/>
        <source>Import registry package</source>
        <translation>导入登记库数据包</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="149"/>
        <source>Registry packages (*.tar *.tkpkg);;All files (*)</source>
        <translation>登记库数据包 (*.tar *.tkpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="160"/>
        <source>Verifying and importing %1…</source>
        <translation>正在验证并导入 %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="166"/>
        <source>Enter the server address, starting with https:// (or http:// on a local network).</source>
        <translation>请输入以 https:// 开头的服务器地址（局域网内可用 http://）。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="178"/>
        <source>Pulling from %1…</source>
        <translation>正在从 %1 获取…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="224"/>
        <source>The registry copy is up to date: the server offers nothing newer.</source>
        <translation>登记库副本已是最新：服务器上没有更新的数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="230"/>
        <source>Applied package %1 #%2: %3 written, %4 deleted, %5 photos.</source>
        <translation>已应用数据包 %1 #%2：写入 %3，删除 %4，照片 %5。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="235"/>
        <source>Package %1 #%2 was already applied; nothing changed.</source>
        <translation>数据包 %1 #%2 已应用过；无变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="238"/>
        <source>A signed sync receipt was written to %1.</source>
        <translation>已签名的同步回执已写入 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="243"/>
        <source>Package refused: %1</source>
        <translation>数据包被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Registry record</source>
        <translation>登记库记录</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="64"/>
        <source>Certificate</source>
        <translation>证明书</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="66"/>
        <source>Verification results</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="73"/>
        <source>Timings: %1</source>
        <translation>耗时：%1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="171"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="172"/>
        <source>Appearance and session</source>
        <translation>外观与会话</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="172"/>
        <source>Capture devices</source>
        <translation>采集设备</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Registry</source>
        <translation>登记库</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Faces</source>
        <translation>人脸</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="174"/>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="177"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="178"/>
        <source>Lock after idle (&amp;minutes, 0 = never)</source>
        <translation>空闲后锁定（分钟，0 = 从不）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="179"/>
        <source>Scanner &amp;device (empty = first found)</source>
        <translation>扫描仪设备（留空 = 首个找到的）(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="180"/>
        <source>Scan &amp;resolution</source>
        <translation>扫描分辨率(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="180"/>
        <source>Colour m&amp;ode</source>
        <translation>颜色模式(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="181"/>
        <source>&amp;Camera number</source>
        <translation>摄像头编号(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="181"/>
        <source>&amp;Watched scan folder</source>
        <translation>监视的扫描文件夹(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="182"/>
        <source>Registry package &amp;URL</source>
        <translation>登记库数据包 URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="183"/>
        <source>Maximum registry a&amp;ge (days)</source>
        <translation>登记库最长时效（天）(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="183"/>
        <source>Face &amp;engine</source>
        <translation>人脸引擎(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="184"/>
        <location filename="../../desktop/screens/settings_screen.py" line="190"/>
        <source>Calibrated bands</source>
        <translation>校准区间</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="184"/>
        <source>Keep case images (da&amp;ys)</source>
        <translation>案件图像保留天数(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="191"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="191"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="192"/>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="192"/>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="193"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="194"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="195"/>
        <source>Browse for the watched folder</source>
        <translation>浏览选择监视的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="196"/>
        <source>Confirm: delete old images now</source>
        <translation>确认：立即删除旧图像</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="197"/>
        <source>&amp;Purge old images now…</source>
        <translation>立即清除旧图像(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="198"/>
        <source>Purge old case images now</source>
        <translation>立即清除旧案件图像</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="199"/>
        <source>Purge result</source>
        <translation>清除结果</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="200"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="201"/>
        <source>Apply settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="202"/>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="203"/>
        <source>Cancel changes</source>
        <translation>取消更改</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="204"/>
        <source>Settings message</source>
        <translation>设置提示</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="241"/>
        <source>Desk-wide settings are set by a supervisor or an administrator.</source>
        <translation>工作站范围的设置由主管或管理员设定。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="248"/>
        <source>Watched scan folder</source>
        <translation>监视的扫描文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="260"/>
        <source>Maximum registry age must be a number of days.</source>
        <translation>登记库最长时效必须为天数。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="262"/>
        <source>Image retention must be a whole number of days.</source>
        <translation>图像保留期限必须为整数天。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="275"/>
        <source>Maximum registry age must be more than 0 and at most 3650 days.</source>
        <translation>登记库最长时效必须大于 0 且不超过 3650 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="276"/>
        <location filename="../../desktop/screens/settings_screen.py" line="313"/>
        <source>Images must be kept from 1 to 3650 days.</source>
        <translation>图像保留期限必须为 1 至 3650 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="277"/>
        <source>The registry URL must start with https://, http:// or file://.</source>
        <translation>登记库 URL 必须以 https://、http:// 或 file:// 开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="278"/>
        <source>The watched folder must be a full path.</source>
        <translation>监视的文件夹必须为完整路径。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="279"/>
        <source>The idle lock must be 0 to 240 minutes.</source>
        <translation>空闲锁定时间必须为 0 至 240 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="280"/>
        <source>The camera number must be 0 to 16.</source>
        <translation>摄像头编号必须为 0 至 16。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="283"/>
        <source>%1 has a value that is not allowed.</source>
        <translation>%1 的值不允许。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="285"/>
        <source>The watched folder does not exist: %1</source>
        <translation>监视的文件夹不存在：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="291"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="294"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="298"/>
        <source>Changes discarded.</source>
        <translation>更改已放弃。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="320"/>
        <source>Images of cases older than %1 days will be deleted; the case records stay. Click again to confirm.</source>
        <translation>超过 %1 天的案件图像将被删除，案件记录保留。再次点击以确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="336"/>
        <source>Purging…</source>
        <translation>正在清除…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="346"/>
        <source>Deleted %1 image(s) of %2 case(s); %3 file(s) removed.</source>
        <translation>已删除 %2 个案件的 %1 张图像；已移除 %3 个文件。</translation>
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
        <source>Demo mode: sign in as %1 (officer), %2 (supervisor) or %3 (administrator), each with the password %4.</source>
        <translation>演示模式：以 %1（官员）、%2（主管）或 %3（管理员）登录，密码均为 %4。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="90"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="93"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="108"/>
        <source>This account is locked after too many failed attempts. Ask an administrator, or wait and try again.</source>
        <translation>失败次数过多，账户已锁定。请联系管理员，或稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="111"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../desktop/sources/panel.py" line="67"/>
        <source>Scanning is not available: the SANE program scanimage is not installed (package sane-utils).</source>
        <translation>无法扫描：未安装 SANE 程序 scanimage（软件包 sane-utils）。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="69"/>
        <source>No scanner found. Check that it is connected and switched on, then refresh the list.</source>
        <translation>未找到扫描仪。请检查扫描仪已连接并开机，然后刷新列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="71"/>
        <source>The scanner is busy (another program may be using it). Try again in a moment.</source>
        <translation>扫描仪正忙（可能被其他程序占用）。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="73"/>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="74"/>
        <source>The scanner did not finish in time; the scan was stopped.</source>
        <translation>扫描仪未能按时完成，扫描已停止。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="75"/>
        <source>The document feeder is jammed.</source>
        <translation>进纸器卡纸。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="76"/>
        <source>The document feeder is empty.</source>
        <translation>进纸器中没有文档。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="77"/>
        <source>The scanner cover is open.</source>
        <translation>扫描仪盖板未关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="78"/>
        <source>Access to the scanner was denied (check this user&apos;s permissions for scanners).</source>
        <translation>扫描仪访问被拒绝（请检查此用户的扫描仪权限）。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="88"/>
        <source>Not watching %1</source>
        <translation>未监视 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="89"/>
        <source>Watching %1</source>
        <translation>正在监视 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="90"/>
        <source>The scan folder %1 is not available; watching resumes when it is back.</source>
        <translation>扫描文件夹 %1 不可用；恢复后将继续监视。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="92"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="93"/>
        <source>The scan folder %1 cannot be read.</source>
        <translation>无法读取扫描文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="95"/>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="95"/>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="356"/>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="357"/>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="358"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="359"/>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="363"/>
        <location filename="../../desktop/sources/panel.py" line="408"/>
        <source>First scanner found</source>
        <translation>首个找到的扫描仪</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="364"/>
        <location filename="../../desktop/sources/panel.py" line="377"/>
        <source>Find scanners</source>
        <translation>查找扫描仪</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="365"/>
        <source>Search again for connected scanners</source>
        <translation>重新查找已连接的扫描仪</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="366"/>
        <location filename="../../desktop/sources/panel.py" line="378"/>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="367"/>
        <source>Scan one page</source>
        <translation>扫描一页</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="368"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="369"/>
        <source>Stop the scan</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="370"/>
        <source>Camera…</source>
        <translation>摄像头…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="371"/>
        <source>Take pages with the document camera</source>
        <translation>用文档摄像头拍摄页面</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="372"/>
        <location filename="../../desktop/sources/panel.py" line="381"/>
        <source>Watch scan folder</source>
        <translation>监视扫描文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="373"/>
        <source>Read new files the scanner saves into the scan folder</source>
        <translation>读取扫描仪保存到扫描文件夹的新文件</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="374"/>
        <source>Scanner device</source>
        <translation>扫描仪设备</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="375"/>
        <source>Scan resolution</source>
        <translation>扫描分辨率</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="376"/>
        <source>Scan colour mode</source>
        <translation>扫描颜色模式</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="379"/>
        <source>Cancel the scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="380"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="382"/>
        <source>Scan folder status</source>
        <translation>扫描文件夹状态</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="394"/>
        <source>No scan folder is set.</source>
        <translation>未设置扫描文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="425"/>
        <source>Searching for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="437"/>
        <source>Scanners found: %1</source>
        <translation>找到的扫描仪：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="475"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="497"/>
        <source>Page scanned; reading it.</source>
        <translation>页面已扫描，正在读取。</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="506"/>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../desktop/screens/users.py" line="129"/>
        <source>Officer</source>
        <translation>官员</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="129"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="130"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="133"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="135"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="135"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="136"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="143"/>
        <location filename="../../desktop/screens/users.py" line="168"/>
        <source>Selected account</source>
        <translation>所选账户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="144"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="145"/>
        <source>Role of the selected account</source>
        <translation>所选账户的角色</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="146"/>
        <source>C&amp;hange role</source>
        <translation>更改角色(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="147"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="148"/>
        <source>New pass&amp;word</source>
        <translation>新密码(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="149"/>
        <location filename="../../desktop/screens/users.py" line="151"/>
        <source>Repeat new password</source>
        <translation>重复新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="150"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="152"/>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="153"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="154"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="155"/>
        <source>Unlock account</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="156"/>
        <source>Loc&amp;k (disable)</source>
        <translation>锁定（停用）(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="157"/>
        <source>Lock account</source>
        <translation>锁定账户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="158"/>
        <source>Add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>User &amp;name</source>
        <translation>用户名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>Ro&amp;le</source>
        <translation>角色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="160"/>
        <source>Repeat pa&amp;ssword</source>
        <translation>重复密码(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="165"/>
        <source>&amp;Add account</source>
        <translation>添加账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="166"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="167"/>
        <source>Add account message</source>
        <translation>添加账户提示</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="217"/>
        <source>locked (disabled)</source>
        <translation>已锁定（已停用）</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="219"/>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="220"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="228"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="249"/>
        <source>No account selected.</source>
        <translation>未选择账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="265"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="268"/>
        <location filename="../../desktop/screens/users.py" line="320"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="270"/>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="281"/>
        <source>Account %1 added.</source>
        <translation>账户 %1 已添加。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="303"/>
        <source>Account %1 unlocked.</source>
        <translation>账户 %1 已解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="306"/>
        <source>Account %1 locked.</source>
        <translation>账户 %1 已锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="312"/>
        <source>Role of %1 changed.</source>
        <translation>%1 的角色已更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="331"/>
        <source>Password of %1 reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="61"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="62"/>
        <source>Reasons for the verdict</source>
        <translation>结论依据</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="66"/>
        <source>CLEAR — documents and registry agree</source>
        <translation>CLEAR — 证件与登记库一致</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="67"/>
        <source>REVIEW — look closer before deciding</source>
        <translation>REVIEW — 决定前请仔细核查</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="68"/>
        <source>ALERT — the registry contradicts the documents</source>
        <translation>ALERT — 登记库与证件矛盾</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="69"/>
        <source> [DEMO DATA]</source>
        <translation> [演示数据]</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="75"/>
        <source>Every check passed.</source>
        <translation>所有校验均通过。</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="76"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
</context>
</TS>
