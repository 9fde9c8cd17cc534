<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="29"/>
        <source>New verification</source>
        <translation>Жаңа тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30"/>
        <source>Open documents…</source>
        <translation>Құжаттарды ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31"/>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>Next applicant</source>
        <translation>Келесі өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>Case history</source>
        <translation>Істер тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Referrals</source>
        <translation>Жолданған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="37"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="39"/>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="40"/>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="41"/>
        <source>Quit</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="227"/>
        <source>Audit trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="228"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Тізбекті тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="229"/>
        <source>Verify chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="230"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="231"/>
        <location filename="../../desktop/screens/audit_view.py" line="393"/>
        <source>Export audit trail</source>
        <translation>Аудит журналын экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="232"/>
        <source>Ac&amp;tor</source>
        <translation>&amp;Орындаушы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="233"/>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Actor</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="234"/>
        <source>Actio&amp;n</source>
        <translation>&amp;Әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="235"/>
        <location filename="../../desktop/screens/audit_view.py" line="238"/>
        <location filename="../../desktop/screens/audit_view.py" line="252"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="239"/>
        <source>From (UTC)</source>
        <translation>Басталу күні (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="240"/>
        <source>Filter from date</source>
        <translation>Сүзгі: басталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="241"/>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="242"/>
        <source>To (UTC)</source>
        <translation>Аяқталу күні (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="243"/>
        <source>Filter to date</source>
        <translation>Сүзгі: аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="244"/>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="245"/>
        <source>&amp;Filter</source>
        <translation>&amp;Сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="246"/>
        <source>Filter</source>
        <translation>Сүзу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="247"/>
        <source>‹ Ne&amp;wer</source>
        <translation>‹ &amp;Жаңарақ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="248"/>
        <source>Newer entries</source>
        <translation>Жаңарақ жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="249"/>
        <source>O&amp;lder ›</source>
        <translation>&amp;Ертерек ›</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="250"/>
        <source>Older entries</source>
        <translation>Ертеректегі жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Seq</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Time (UTC)</source>
        <translation>Уақыты (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="252"/>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="253"/>
        <source>Audit entries</source>
        <translation>Аудит жазбалары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="254"/>
        <source>Chain check result</source>
        <translation>Тізбекті тексеру нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="255"/>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="338"/>
        <source>No entries match.</source>
        <translation>Сәйкес жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="341"/>
        <source>Entries %1 to %2 (page %3)</source>
        <translation>%1–%2 жазбалар (%3-бет)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="359"/>
        <source>Checking the chain…</source>
        <translation>Тізбек тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="376"/>
        <source>holds the checkpoint at seq %1</source>
        <translation>№ %1 жазбадағы бақылау нүктесін қамтиды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="377"/>
        <source>no checkpoint issued yet</source>
        <translation>бақылау нүктесі әлі берілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="378"/>
        <source>Audit trail intact: %1 entries, head seq %2; %3</source>
        <translation>Аудит журналы бүтін: %1 жазба, соңғысы № %2; %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="383"/>
        <source>Audit trail TAMPERED at seq %1 (%2): %3</source>
        <translation>Аудит журналы № %1 жазбада ӨЗГЕРТІЛГЕН (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="394"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="405"/>
        <source>Export failed: %1</source>
        <translation>Экспорт орындалмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="409"/>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="420"/>
        <source>Exported %1 entries to %2 with a checkpoint signed at seq %3 (SHA-256 %4).</source>
        <translation>%1 жазба %2 файлына экспортталды; бақылау нүктесіне № %3 жазбада қол қойылды (SHA-256 %4).</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop/sources/panel.py" line="82"/>
        <source>No camera could be opened (%1). Check that it is connected and not in use by another program.</source>
        <translation>Камера ашылмады (%1). Оның қосылғанын және басқа бағдарлама пайдаланбайтынын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="84"/>
        <source>The camera stopped sending pictures.</source>
        <translation>Камера кескін жіберуді тоқтатты.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="85"/>
        <source>The still could not be saved.</source>
        <translation>Кадр сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="149"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="150"/>
        <location filename="../../desktop/sources/panel.py" line="155"/>
        <source>Take still</source>
        <translation>Кадр түсіру</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="151"/>
        <source>Save the current picture as a page</source>
        <translation>Ағымдағы кескінді бет ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="152"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="153"/>
        <location filename="../../desktop/sources/panel.py" line="156"/>
        <source>Close the camera</source>
        <translation>Камераны жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="154"/>
        <source>Camera preview</source>
        <translation>Камера кескіні</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="160"/>
        <source>Opening the camera…</source>
        <translation>Камера ашылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="182"/>
        <source>Camera ready (%1 × %2). Hold the page still and take a still.</source>
        <translation>Камера дайын (%1 × %2). Бетті қозғалтпай ұстап, кадр түсіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="221"/>
        <source>Still %1 saved and sent for reading.</source>
        <translation>%1-кадр сақталып, оқуға жіберілді.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="291"/>
        <source>New verification</source>
        <translation>Жаңа тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="292"/>
        <source>Open documents…</source>
        <translation>Құжаттарды ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="373"/>
        <source>Open documents</source>
        <translation>Құжаттарды ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="300"/>
        <source>Drop zone for document files</source>
        <translation>Құжат файлдарына арналған аймақ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="67"/>
        <source>Reading and recognising the pages</source>
        <translation>Беттерді оқу және тану</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="68"/>
        <source>Loading the registry&apos;s face index</source>
        <translation>Тізілімнің бет-әлпет индексін жүктеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="69"/>
        <source>Reading the passport</source>
        <translation>Төлқұжатты оқу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="70"/>
        <source>Reading the certificate</source>
        <translation>Куәлікті оқу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="71"/>
        <source>Looking the person up in the registry</source>
        <translation>Тұлғаны тізілімнен іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="72"/>
        <source>Comparing the portrait with the registry photo</source>
        <translation>Төлқұжаттағы суретті тізілімдегі суретпен салыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="73"/>
        <source>Searching every registry photo</source>
        <translation>Тізілімнің барлық суреттері бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="74"/>
        <source>Running the checks</source>
        <translation>Тексерістерді орындау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="75"/>
        <source>Verification done</source>
        <translation>Тексеру аяқталды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="76"/>
        <source>Filing the case</source>
        <translation>Істі тіркеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="292"/>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="293"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="293"/>
        <location filename="../../desktop/screens/capture.py" line="616"/>
        <source>Next applicant</source>
        <translation>Келесі өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="294"/>
        <source>Save report (PDF)…</source>
        <translation>Есепті сақтау (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="295"/>
        <source>Print report…</source>
        <translation>Есепті басып шығару…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="298"/>
        <source>Drop the passport and certificate pages here, in any order (images or PDF), or open them.</source>
        <translation>Төлқұжат пен куәлік беттерін кез келген ретпен осында сүйреңіз (сурет не PDF) немесе ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="301"/>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="302"/>
        <source>Captured pages</source>
        <translation>Алынған беттер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="303"/>
        <source>Officer&apos;s decision (the verdict is advice; you decide)</source>
        <translation>Қызметкер шешімі (қорытынды тек кеңес береді; шешімді Сіз қабылдайсыз)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="304"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>Түсініктеме (шешім қорытындыдан өзгеше болса не қорытынды жоқ болса, кемінде %1 таңба міндетті)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="307"/>
        <source>Decision comment</source>
        <translation>Шешімге түсініктеме</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="308"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="308"/>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="309"/>
        <source>Refer</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="374"/>
        <source>Images and PDF (%1)</source>
        <translation>Суреттер және PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="396"/>
        <source>Still working on the previous step; please wait.</source>
        <translation>Алдыңғы қадам әлі орындалуда; күте тұрыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="439"/>
        <source>The pages changed since the verification: verify again to see results for these pages.</source>
        <translation>Тексеруден кейін беттер өзгерді: осы беттердің нәтижелерін көру үшін қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="450"/>
        <source>Add the passport&apos;s data page first (or mark a page as the passport).</source>
        <translation>Алдымен төлқұжаттың деректер бетін қосыңыз (немесе бір бетті төлқұжат деп белгілеңіз).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="453"/>
        <source>The registry copy is damaged, so nothing can be verified against it: import a full package again (Registry screen).</source>
        <translation>Тізілім көшірмесі зақымдалған, сондықтан ол бойынша тексеру мүмкін емес: толық буманы қайта импорттаңыз («Тізілім» экраны).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="456"/>
        <source>Verifying %1 passport page(s) and %2 certificate page(s)…</source>
        <translation>Төлқұжаттың %1 беті және куәліктің %2 беті тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="484"/>
        <source>Verdict %1; filed as case %2. Decide below.</source>
        <translation>Қорытынды: %1; %2 іс болып тіркелді. Шешімді төменде қабылдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="487"/>
        <source>Verdict %1, but the case could not be filed: %2</source>
        <translation>Қорытынды: %1, бірақ іс тіркелмеді: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="492"/>
        <source>The verification failed: %1. The pages are kept; correct them and verify again.</source>
        <translation>Тексеру сәтсіз аяқталды: %1. Беттер сақталды; оларды түзетіп, қайта тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="498"/>
        <source>Verification cancelled; the pages are kept.</source>
        <translation>Тексеру тоқтатылды; беттер сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="501"/>
        <source>The verification failed</source>
        <translation>Тексеру сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="502"/>
        <source>The verification did not finish (see the error details); the pages are kept.</source>
        <translation>Тексеру аяқталмады (қате мәліметтерін қараңыз); беттер сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="508"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="528"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="528"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="529"/>
        <source>referred</source>
        <translation>жолданды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="546"/>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="547"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="556"/>
        <source>The report could not be saved: %1</source>
        <translation>Есеп сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="557"/>
        <source>Writing the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="562"/>
        <source>Report saved: %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="577"/>
        <source>No printer is set up on this computer: save the report as PDF and print it elsewhere, or print to a file.</source>
        <translation>Бұл компьютерде принтер бапталмаған: есепті PDF ретінде сақтап, басқа жерде басып шығарыңыз немесе файлға басып шығарыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="587"/>
        <source>The report could not be printed: %1</source>
        <translation>Есеп басып шығарылмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="588"/>
        <source>Preparing the report for printing…</source>
        <translation>Есеп басып шығаруға дайындалуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="594"/>
        <source>The printer could not be opened.</source>
        <translation>Принтер ашылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="606"/>
        <source>Report sent to the printer (%1 page(s)).</source>
        <translation>Есеп басып шығаруға жіберілді (%1 бет).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="613"/>
        <source>Still working; cancel or wait before the next applicant.</source>
        <translation>Жұмыс әлі орындалуда; келесі өтініш берушіге өтпес бұрын оны тоқтатыңыз немесе күтіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="617"/>
        <source>These pages have not been verified and are not saved. Discard them?</source>
        <translation>Бұл беттер тексерілмеген және сақталмаған. Оларды алып тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="624"/>
        <source>Case %1 is kept in the history without a decision.</source>
        <translation>Іс %1 тарихта шешімсіз сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="400"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="409"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="412"/>
        <source>Could not read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="530"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>%1 іс бойынша шешім жазылды: %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="262"/>
        <source>Back to the list</source>
        <translation>Тізімге оралу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="263"/>
        <source>Save report (PDF)…</source>
        <translation>Есепті сақтау (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Checks</source>
        <translation>Тексерістер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Faces</source>
        <translation>Бет-әлпет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="268"/>
        <source>Case contents</source>
        <translation>Іс мазмұны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="269"/>
        <source>Case summary</source>
        <translation>Іс бойынша қысқаша мәлімет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="270"/>
        <location filename="../../desktop/screens/case_view.py" line="271"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="272"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>Түсініктеме (шешім қорытындыдан өзгеше болса не қорытынды жоқ болса, кемінде %1 таңба міндетті)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="275"/>
        <source>Decision comment</source>
        <translation>Шешімге түсініктеме</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="280"/>
        <source>Machine readable zone</source>
        <translation>Машинамен оқылатын аймақ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="281"/>
        <source>Printed fields (visual zone)</source>
        <translation>Басылған өрістер (визуалды аймақ)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="282"/>
        <source>MRZ lines</source>
        <translation>MRZ жолдары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="283"/>
        <source>MRZ fields</source>
        <translation>MRZ өрістері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="284"/>
        <source>Printed fields</source>
        <translation>Басылған өрістер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="285"/>
        <source>Passport portrait</source>
        <translation>Төлқұжаттағы сурет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="286"/>
        <source>Registry photo</source>
        <translation>Тізілімдегі сурет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="287"/>
        <source>Face comparison</source>
        <translation>Бет-әлпетті салыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="288"/>
        <source>Certificate fields</source>
        <translation>Куәлік өрістері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="293"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="293"/>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="294"/>
        <source>Refer</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="297"/>
        <source>accepted</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="297"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="298"/>
        <source>referred</source>
        <translation>жолданды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="375"/>
        <source>Case %1</source>
        <translation>Іс %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="377"/>
        <source>Opened %1 by %2; subject: %3</source>
        <translation>%1 ашылды, қызметкер %2; өтініш беруші: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="381"/>
        <source>registry record %1</source>
        <translation>тізілім жазбасы %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="396"/>
        <source>Timings: %1</source>
        <translation>Орындалу уақыты: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="407"/>
        <source>Not decided yet.</source>
        <translation>Шешім әлі қабылданбаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="409"/>
        <source>Officer&apos;s decision: %1 by %2 at %3</source>
        <translation>Қызметкер шешімі: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="411"/>
        <source>Officer&apos;s comment: %1</source>
        <translation>Қызметкер түсініктемесі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="414"/>
        <source>Supervisor&apos;s resolution (final decision): %1 by %2 at %3</source>
        <translation>Басшы шешімі (түпкілікті): %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="416"/>
        <source>Supervisor&apos;s comment: %1</source>
        <translation>Басшының түсініктемесі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="418"/>
        <source>Referred: awaiting a supervisor&apos;s resolution.</source>
        <translation>Жолданды: басшының шешімі күтілуде.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="429"/>
        <source>image deleted after %1 days</source>
        <translation>сурет %1 күннен кейін жойылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="431"/>
        <source>image file missing</source>
        <translation>сурет файлы жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="432"/>
        <location filename="../../desktop/screens/case_view.py" line="439"/>
        <source>Image %1</source>
        <translation>Сурет %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="436"/>
        <source>no portrait stored</source>
        <translation>сурет сақталмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <source>Check digit</source>
        <translation>Бақылау цифры</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="445"/>
        <source>No machine readable zone was found on the passport pages.</source>
        <translation>Төлқұжат беттерінде машинамен оқылатын аймақ табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="449"/>
        <source>check digits valid</source>
        <translation>бақылау цифрлары дұрыс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="449"/>
        <source>check digits NOT valid</source>
        <translation>бақылау цифрлары ДҰРЫС ЕМЕС</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="450"/>
        <source>MRZ %1, %2; read by %3</source>
        <translation>MRZ %1, %2; %3 арқылы оқылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="500"/>
        <source>Problems</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="471"/>
        <source>match</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="471"/>
        <source>unsure — compare by eye</source>
        <translation>белгісіз — көзбен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="472"/>
        <source>no match</source>
        <translation>сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="475"/>
        <source>The faces were not compared (no registry record or no passport page).</source>
        <translation>Бет-әлпеттер салыстырылмады (тізілім жазбасы не төлқұжат беті жоқ).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="478"/>
        <source>Score %1 — %2 (engine %3)</source>
        <translation>Баға %1 — %2 (модуль %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="483"/>
        <source>match from %1, review from %2</source>
        <translation>сәйкестік %1 бастап, тексеру %2 бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="487"/>
        <source>Warnings: %1</source>
        <translation>Ескертулер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="492"/>
        <source>Face search (1:N): no one else in the registry matches.</source>
        <translation>Бет-әлпет бойынша іздеу (1:N): тізілімде басқа ешкім сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="493"/>
        <source>Face search (1:N): also like %1</source>
        <translation>Бет-әлпет бойынша іздеу (1:N): сондай-ақ ұқсас: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>As printed</source>
        <translation>Басылған мәтін</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="503"/>
        <source>No certificate was handed over.</source>
        <translation>Куәлік тапсырылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="504"/>
        <source>The certificate pages were not recognised as a known certificate.</source>
        <translation>Куәлік беттері белгілі үлгідегі куәлік ретінде танылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="510"/>
        <source>%1, edition %2; layout fit %3</source>
        <translation>%1, %2 үлгісі; макетке сәйкестік %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="515"/>
        <source>Code read (%1): %2</source>
        <translation>Оқылған код (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="521"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="581"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>%1 іс бойынша шешім жазылды: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="600"/>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="601"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="609"/>
        <source>The report could not be saved: %1</source>
        <translation>Есеп сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="610"/>
        <source>Writing the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="615"/>
        <source>Report saved: %1</source>
        <translation>Есеп сақталды: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="33"/>
        <source>Certificate fields</source>
        <translation>Куәлік өрістері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>As printed</source>
        <translation>Басылған мәтін</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="35"/>
        <source>Problems</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="41"/>
        <source>The certificate pages were not recognised as a known certificate.</source>
        <translation>Куәлік беттері белгілі үлгідегі куәлік ретінде танылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="42"/>
        <source>No certificate was handed over.</source>
        <translation>Куәлік тапсырылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="45"/>
        <source>%1, edition %2; layout fit %3</source>
        <translation>%1, %2 үлгісі; макетке сәйкестік %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="48"/>
        <source>Code read (%1): %2</source>
        <translation>Оқылған код (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="53"/>
        <source>not found</source>
        <translation>табылмады</translation>
    </message>
</context>
<context>
    <name>ChecksList</name>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="20"/>
        <source>failed</source>
        <translation>өтпеді</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="21"/>
        <source>unsure</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="22"/>
        <source>not run</source>
        <translation>орындалмады</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="23"/>
        <source>passed</source>
        <translation>өтті</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="53"/>
        <source>Checks, failing ones first</source>
        <translation>Тексерістер (алдымен өтпегендері)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Check</source>
        <translation>Тексеріс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/errors.py" line="88"/>
        <location filename="../../desktop/errors.py" line="89"/>
        <source>Unexpected error</source>
        <translation>Күтпеген қате</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="91"/>
        <source>Something went wrong. Your work so far is kept. Please copy the details below into a report for field IT.</source>
        <translation>Бірдеңе дұрыс болмады. Осыған дейінгі жұмыс сақталды. Төмендегі мәліметтерді IT қызметіне хабарламаға көшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="97"/>
        <source>Error summary</source>
        <translation>Қате туралы қысқаша</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="101"/>
        <source>Error details</source>
        <translation>Қате мәліметтері</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="104"/>
        <location filename="../../desktop/errors.py" line="105"/>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
</context>
<context>
    <name>FacesPanel</name>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="62"/>
        <location filename="../../desktop/screens/results/faces_panel.py" line="65"/>
        <source>Passport portrait</source>
        <translation>Төлқұжаттағы сурет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="63"/>
        <location filename="../../desktop/screens/results/faces_panel.py" line="66"/>
        <source>Registry photo</source>
        <translation>Тізілімдегі сурет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="64"/>
        <source>Similar faces under other identities (1:N search)</source>
        <translation>Басқа деректермен тіркелген ұқсас бет-әлпеттер (1:N іздеу)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="67"/>
        <source>Face comparison</source>
        <translation>Бет-әлпетті салыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="68"/>
        <source>Similar faces under other identities</source>
        <translation>Басқа деректермен тіркелген ұқсас бет-әлпеттер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="72"/>
        <source>no portrait found</source>
        <translation>сурет табылмады</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="74"/>
        <source>no registry photo</source>
        <translation>тізілімде сурет жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="76"/>
        <source>match</source>
        <translation>сәйкес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="76"/>
        <source>unsure — compare by eye</source>
        <translation>белгісіз — көзбен салыстырыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="77"/>
        <source>no match</source>
        <translation>сәйкес емес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="79"/>
        <source>The faces were not compared (no registry record or no passport page).</source>
        <translation>Бет-әлпеттер салыстырылмады (тізілім жазбасы не төлқұжат беті жоқ).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="81"/>
        <source>The faces could not be compared: %1</source>
        <translation>Бет-әлпеттерді салыстыру мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="83"/>
        <source>Score %1 — %2 (engine %3; match from %4, unsure from %5)</source>
        <translation>Баға %1 — %2 (модуль %3; сәйкестік %4 бастап, белгісіз %5 бастап)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="95"/>
        <source>The 1:N search did not run (no usable portrait or no face index).</source>
        <translation>1:N іздеу орындалмады (жарамды сурет не бет-әлпет индексі жоқ).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="97"/>
        <source>No similar face under another identity.</source>
        <translation>Басқа деректермен тіркелген ұқсас бет-әлпет жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="99"/>
        <source>%1 registry person(s) under other identities look alike: compare them before deciding.</source>
        <translation>Тізілімде басқа деректермен тіркелген %1 ұқсас тұлға бар: шешім қабылдамас бұрын салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Partner id</source>
        <translation>Серіктес ID</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Band</source>
        <translation>Аралық</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Names</source>
        <translation>Аттары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="108"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../desktop/screens/history.py" line="147"/>
        <source>Case history</source>
        <translation>Істер тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="149"/>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="149"/>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="154"/>
        <location filename="../../desktop/screens/history.py" line="157"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="161"/>
        <location filename="../../desktop/screens/history.py" line="162"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Opened from</source>
        <translation>Ашылуы (бастап)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Opened to</source>
        <translation>Ашылуы (дейін)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="163"/>
        <location filename="../../desktop/screens/history.py" line="164"/>
        <source>Open selected case</source>
        <translation>Таңдалған істі ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Subject</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="167"/>
        <source>Cases found</source>
        <translation>Табылған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="173"/>
        <source>accept</source>
        <translation>қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="173"/>
        <source>reject</source>
        <translation>қабылдамау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="174"/>
        <source>refer</source>
        <translation>жолдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="176"/>
        <source>%1 (supervisor %2)</source>
        <translation>%1 (басшы: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="179"/>
        <source>refer — awaiting supervisor</source>
        <translation>жолдау — басшыны күтуде</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="240"/>
        <source>Opening case %1…</source>
        <translation>Іс %1 ашылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="180"/>
        <source>undecided</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="218"/>
        <source>%1 case(s) found.</source>
        <translation>%1 іс табылды.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="221"/>
        <source>Tekseru — document verification</source>
        <translation>Tekseru — құжаттарды тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222"/>
        <source>DEMO MODE — demo data only; nothing here is a real verification</source>
        <translation>ДЕМО РЕЖИМ — тек демо деректер; бұл нақты тексеру емес</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>Demo mode</source>
        <translation>Демо режим</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Referrals</source>
        <translation>Жолданған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>Signed-in officer</source>
        <translation>Кірген қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>&amp;Desk</source>
        <translation>&amp;Жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Dark theme</source>
        <translation>Қараңғы тақырып</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240"/>
        <source>Pseudo-localisation (layout check)</source>
        <translation>Жалған локализация (орналасуды тексеру)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="323"/>
        <source>Not signed in</source>
        <translation>Кіру орындалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="326"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>The registry copy is damaged; verification is stopped until a full package is imported again: %1</source>
        <translation>Тізілім көшірмесі зақымдалған; толық бума қайта импортталғанша тексеру тоқтатылды: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="387"/>
        <source>Registry copy is not current: %1</source>
        <translation>Тізілім көшірмесі ескірген: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="388"/>
        <source>Registry data warning</source>
        <translation>Тізілім деректері туралы ескерту</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="406"/>
        <location filename="../../desktop/main_window.py" line="407"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
</context>
<context>
    <name>PageCard</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="78"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="79"/>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="80"/>
        <source>Not used</source>
        <translation>Пайдаланылмайды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="151"/>
        <source>%1 — page %2</source>
        <translation>%1 — %2-бет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="155"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="156"/>
        <source>Remove this page</source>
        <translation>Бұл бетті алып тастау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="157"/>
        <source>Use this page as</source>
        <translation>Бетті пайдалану түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="158"/>
        <source>Page thumbnail</source>
        <translation>Беттің шағын көрінісі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="160"/>
        <source>Could not read this page: %1</source>
        <translation>Бұл бет оқылмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="162"/>
        <source>Recognising…</source>
        <translation>Танылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="164"/>
        <source>Recognised as: %1 (%2)</source>
        <translation>Танылды: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="167"/>
        <source>Not recognised (closest: %1, %2); choose what it is.</source>
        <translation>Танылмады (ең жақыны: %1, %2); бет түрін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="170"/>
        <source>Recognised page kind</source>
        <translation>Танылған бет түрі</translation>
    </message>
</context>
<context>
    <name>PageKinds</name>
    <message>
        <location filename="../../desktop/kind_names.py" line="11"/>
        <source>PRC passport, data page</source>
        <translation>ҚХР төлқұжаты, деректер беті</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="12"/>
        <source>Kazakhstan passport, data page</source>
        <translation>Қазақстан төлқұжаты, деректер беті</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="13"/>
        <source>Kazakhstan ID card, both sides</source>
        <translation>ҚР жеке куәлігі, екі жағы</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="14"/>
        <source>Kazakhstan ID card, front</source>
        <translation>ҚР жеке куәлігі, алдыңғы жағы</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="15"/>
        <source>Kazakhstan ID card, back</source>
        <translation>ҚР жеке куәлігі, артқы жағы</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="16"/>
        <source>PRC certificate of renunciation of nationality</source>
        <translation>ҚХР азаматтықтан шығу туралы куәлігі</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="17"/>
        <source>Kazakhstan certificate of termination of citizenship</source>
        <translation>ҚР азаматтығын тоқтату туралы куәлік</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="18"/>
        <source>not a known document</source>
        <translation>белгісіз құжат</translation>
    </message>
</context>
<context>
    <name>PageResult</name>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="20"/>
        <source>Document code</source>
        <translation>Құжат коды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="21"/>
        <source>Issuing state</source>
        <translation>Берген мемлекет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="22"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="23"/>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="24"/>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="25"/>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="26"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="27"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="28"/>
        <source>Date of expiry</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="29"/>
        <source>Optional data</source>
        <translation>Қосымша деректер</translation>
    </message>
</context>
<context>
    <name>PassportPanel</name>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="88"/>
        <source>Passport page with the machine readable zone outlined</source>
        <translation>Машинамен оқылатын аймағы белгіленген төлқұжат беті</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="89"/>
        <source>Machine readable zone</source>
        <translation>Машинамен оқылатын аймақ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="90"/>
        <source>Printed fields (visual zone)</source>
        <translation>Басылған өрістер (визуалды аймақ)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="91"/>
        <source>MRZ lines</source>
        <translation>MRZ жолдары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="92"/>
        <source>MRZ fields</source>
        <translation>MRZ өрістері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="93"/>
        <source>Printed fields</source>
        <translation>Басылған өрістер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="98"/>
        <source>No machine readable zone was found on the passport pages.</source>
        <translation>Төлқұжат беттерінде машинамен оқылатын аймақ табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="100"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="100"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="102"/>
        <source>check digits valid</source>
        <translation>бақылау цифрлары дұрыс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="102"/>
        <source>check digits NOT valid</source>
        <translation>бақылау цифрлары ДҰРЫС ЕМЕС</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="103"/>
        <source>MRZ %1, %2; read by %3 in %4 s</source>
        <translation>MRZ %1, %2; %3 арқылы %4 с ішінде оқылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="116"/>
        <source>Check digit</source>
        <translation>Бақылау цифры</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Problems</source>
        <translation>Ескертулер</translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="120"/>
        <source>Referrals</source>
        <translation>Жолданған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="121"/>
        <location filename="../../desktop/screens/referrals.py" line="122"/>
        <source>Also undecided cases older than (hours):</source>
        <translation>Сондай-ақ шешімі жоқ, мынадан ескі істер (сағат):</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="123"/>
        <source>Hours undecided</source>
        <translation>Шешімсіз сағат саны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="124"/>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="125"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="126"/>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="127"/>
        <source>&amp;Open selected case</source>
        <translation>Таңдалған істі &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="128"/>
        <source>Open selected case</source>
        <translation>Таңдалған істі ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Subject</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="131"/>
        <source>Cases waiting for a supervisor</source>
        <translation>Басшы шешімін күтіп тұрған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="132"/>
        <source>&amp;Decision</source>
        <translation>&amp;Шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="135"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="136"/>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="138"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="139"/>
        <source>&amp;Comment</source>
        <translation>&amp;Түсініктеме</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="140"/>
        <source>Supervisor&apos;s comment</source>
        <translation>Басшының түсініктемесі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="141"/>
        <source>Record &amp;decision</source>
        <translation>Шешімді жа&amp;зу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="142"/>
        <source>Record decision</source>
        <translation>Шешімді жазу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="143"/>
        <source>Decision message</source>
        <translation>Шешім туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="185"/>
        <source>referred</source>
        <translation>жолданды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="185"/>
        <source>undecided</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="191"/>
        <source>%1 case(s) waiting.</source>
        <translation>Шешім күтіп тұрған істер: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="218"/>
        <source>This case is resolved.</source>
        <translation>Бұл іс бойынша түпкілікті шешім қабылданды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="249"/>
        <source>Decision recorded for case %1.</source>
        <translation>Іс %1 бойынша шешім жазылды.</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="52"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="56"/>
        <source>Names</source>
        <translation>Аттары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="53"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="56"/>
        <source>Identity documents</source>
        <translation>Жеке басты куәландыратын құжаттар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="54"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="57"/>
        <source>Citizenship status history</source>
        <translation>Азаматтық мәртебесінің тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="55"/>
        <source>Timeline: status changes and border crossings</source>
        <translation>Хронология: мәртебе өзгерістері мен шекарадан өтулер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="58"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="59"/>
        <source>Registry record</source>
        <translation>Тізілім жазбасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="66"/>
        <source>Registry data is not current:</source>
        <translation>Тізілім деректері ескірген:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="68"/>
        <source>active</source>
        <translation>қолданыста</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="69"/>
        <source>renunciation pending</source>
        <translation>бас тарту қаралуда</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="70"/>
        <source>terminated</source>
        <translation>тоқтатылған</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="72"/>
        <source>No registry record was found for these documents.</source>
        <translation>Бұл құжаттар бойынша тізілім жазбасы табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="76"/>
        <source>by document number</source>
        <translation>құжат нөмірі бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="76"/>
        <source>by personal id</source>
        <translation>жеке нөмір бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="77"/>
        <source>by name and birth date</source>
        <translation>аты-жөні мен туған күні бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="78"/>
        <source>%1 %2, found %3; born %4 in %5; sex %6</source>
        <translation>%1 %2, %3 табылды; туған күні %4, туған жері %5; жынысы %6</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="83"/>
        <source>personal id %1</source>
        <translation>жеке нөмір %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="85"/>
        <source>Other records fit too: %1</source>
        <translation>Басқа жазбалар да сәйкес келеді: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Script</source>
        <translation>Жазуы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Latin</source>
        <translation>Латын әліпбиімен</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>State</source>
        <translation>Мемлекет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Authority</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="91"/>
        <source>Issued</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="91"/>
        <source>Expires</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Since</source>
        <translation>Күнінен бастап</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="107"/>
        <source>▶ termination takes effect</source>
        <translation>▶ тоқтату күшіне енеді</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="107"/>
        <source>status</source>
        <translation>мәртебе</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="109"/>
        <source>entry</source>
        <translation>кіру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="109"/>
        <source>exit</source>
        <translation>шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="112"/>
        <source>after termination</source>
        <translation>тоқтатылғаннан кейін</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Where / status</source>
        <translation>Орны / мәртебесі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="118"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="118"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
</context>
<context>
    <name>RegistryScreen</name>
    <message>
        <location filename="../../desktop/screens/registry.py" line="109"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="110"/>
        <source>Import package…</source>
        <translation>Буманы импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="111"/>
        <source>Import package</source>
        <translation>Буманы импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="111"/>
        <source>From a file or a USB stick</source>
        <translation>Файлдан немесе USB жинақтағыштан</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="112"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="113"/>
        <source>https://… (the partner&apos;s package server)</source>
        <translation>https://… (серіктестің бума сервері)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="114"/>
        <source>Package server address</source>
        <translation>Бума серверінің мекенжайы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="115"/>
        <source>Pull newest</source>
        <translation>Жаңаларын жүктеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="116"/>
        <source>Pull the newest packages from the server</source>
        <translation>Серверден ең жаңа бумаларды жүктеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Package</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Applied</source>
        <translation>Қолданылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="122"/>
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="123"/>
        <source>Data freshness</source>
        <translation>Деректердің өзектілігі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="135"/>
        <source>none installed</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="139"/>
        <source>%1 days (allowed: %2)</source>
        <translation>%1 күн (рұқсат: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="141"/>
        <source>%1 persons, %2 documents, %3 photos, %4 crossings</source>
        <translation>%1 адам, %2 құжат, %3 фото, %4 өту</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="148"/>
        <source>Import registry package</source>
        <translation>Тізілім бумасын импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="149"/>
        <source>Registry packages (*.tar *.tkpkg);;All files (*)</source>
        <translation>Тізілім бумалары (*.tar *.tkpkg);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="160"/>
        <source>Verifying and importing %1…</source>
        <translation>%1 тексеріліп, импортталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="166"/>
        <source>Enter the server address, starting with https:// (or http:// on a local network).</source>
        <translation>Сервер мекенжайын https:// (жергілікті желіде http://) деп бастап енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="178"/>
        <source>Pulling from %1…</source>
        <translation>%1 серверінен жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="224"/>
        <source>The registry copy is up to date: the server offers nothing newer.</source>
        <translation>Тізілім көшірмесі өзекті: серверде жаңарақ дерек жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="230"/>
        <source>Applied package %1 #%2: %3 written, %4 deleted, %5 photos.</source>
        <translation>%1 №%2 бума қолданылды: %3 жазылды, %4 жойылды, %5 фото.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="235"/>
        <source>Package %1 #%2 was already applied; nothing changed.</source>
        <translation>%1 №%2 бума бұрын қолданылған; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="238"/>
        <source>A signed sync receipt was written to %1.</source>
        <translation>Қол қойылған синхрондау түбіртегі %1 ішіне жазылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="243"/>
        <source>Package refused: %1</source>
        <translation>Бума қабылданбады: %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Checks</source>
        <translation>Тексерістер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Passport</source>
        <translation>Төлқұжат</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Faces</source>
        <translation>Бет-әлпет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Registry record</source>
        <translation>Тізілім жазбасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="64"/>
        <source>Certificate</source>
        <translation>Куәлік</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="66"/>
        <source>Verification results</source>
        <translation>Тексеру нәтижелері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="73"/>
        <source>Timings: %1</source>
        <translation>Орындалу уақыты: %1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="171"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="172"/>
        <source>Appearance and session</source>
        <translation>Сыртқы түрі және сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="172"/>
        <source>Capture devices</source>
        <translation>Енгізу құрылғылары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Folders</source>
        <translation>Қалталар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Faces</source>
        <translation>Бет-әлпет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="174"/>
        <source>Retention</source>
        <translation>Сақтау мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>Тақ&amp;ырып</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="178"/>
        <source>Lock after idle (&amp;minutes, 0 = never)</source>
        <translation>&amp;Әрекетсіздіктен кейін бұғаттау (минут, 0 = ешқашан)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="179"/>
        <source>Scanner &amp;device (empty = first found)</source>
        <translation>Сканер &amp;құрылғысы (бос = алғашқы табылған)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="180"/>
        <source>Scan &amp;resolution</source>
        <translation>&amp;Сканерлеу ажыратымдылығы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="180"/>
        <source>Colour m&amp;ode</source>
        <translation>Түс &amp;режимі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="181"/>
        <source>&amp;Camera number</source>
        <translation>&amp;Камера нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="181"/>
        <source>&amp;Watched scan folder</source>
        <translation>&amp;Бақыланатын сканер қалтасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="182"/>
        <source>Registry package &amp;URL</source>
        <translation>Тізілім бумаларының &amp;мекенжайы (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="183"/>
        <source>Maximum registry a&amp;ge (days)</source>
        <translation>Тізілімнің ең ұзақ &amp;жасы (күн)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="183"/>
        <source>Face &amp;engine</source>
        <translation>Бет-ә&amp;лпет модулі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="184"/>
        <location filename="../../desktop/screens/settings_screen.py" line="190"/>
        <source>Calibrated bands</source>
        <translation>Калибрленген аралықтар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="184"/>
        <source>Keep case images (da&amp;ys)</source>
        <translation>Іс суреттерін с&amp;ақтау (күн)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="191"/>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="191"/>
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="192"/>
        <source>Colour</source>
        <translation>Түрлі-түсті</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="192"/>
        <source>Grey</source>
        <translation>Сұр реңк</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="193"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="194"/>
        <source>&amp;Browse…</source>
        <translation>Ш&amp;олу…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="195"/>
        <source>Browse for the watched folder</source>
        <translation>Бақыланатын қалтаны таңдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="196"/>
        <source>Confirm: delete old images now</source>
        <translation>Растау: ескі суреттерді қазір жою</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="197"/>
        <source>&amp;Purge old images now…</source>
        <translation>&amp;Ескі суреттерді қазір жою…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="198"/>
        <source>Purge old case images now</source>
        <translation>Ескі іс суреттерін қазір жою</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="199"/>
        <source>Purge result</source>
        <translation>Жою нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="200"/>
        <source>&amp;Apply</source>
        <translation>Қолда&amp;ну</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="201"/>
        <source>Apply settings</source>
        <translation>Баптауларды қолдану</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="202"/>
        <source>Cance&amp;l</source>
        <translation>Болдырма&amp;у</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="203"/>
        <source>Cancel changes</source>
        <translation>Өзгерістерді болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="204"/>
        <source>Settings message</source>
        <translation>Баптаулар хабарламасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="241"/>
        <source>Desk-wide settings are set by a supervisor or an administrator.</source>
        <translation>Жұмыс орнының жалпы баптауларын басшы немесе әкімші орнатады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="248"/>
        <source>Watched scan folder</source>
        <translation>Бақыланатын сканер қалтасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="260"/>
        <source>Maximum registry age must be a number of days.</source>
        <translation>Тізілімнің ең ұзақ жасы күн санымен көрсетілуі тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="262"/>
        <source>Image retention must be a whole number of days.</source>
        <translation>Суреттерді сақтау мерзімі бүтін күн санымен көрсетілуі тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="275"/>
        <source>Maximum registry age must be more than 0 and at most 3650 days.</source>
        <translation>Тізілімнің ең ұзақ жасы 0-ден көп және 3650 күннен аспауы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="276"/>
        <location filename="../../desktop/screens/settings_screen.py" line="313"/>
        <source>Images must be kept from 1 to 3650 days.</source>
        <translation>Суреттерді сақтау мерзімі 1 күннен 3650 күнге дейін болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="277"/>
        <source>The registry URL must start with https://, http:// or file://.</source>
        <translation>Тізілім мекенжайы https://, http:// немесе file:// деп басталуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="278"/>
        <source>The watched folder must be a full path.</source>
        <translation>Бақыланатын қалта толық жолмен көрсетілуі тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="279"/>
        <source>The idle lock must be 0 to 240 minutes.</source>
        <translation>Әрекетсіздік кезінде бұғаттау уақыты 0–240 минут болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="280"/>
        <source>The camera number must be 0 to 16.</source>
        <translation>Камера нөмірі 0-ден 16-ға дейін болуы тиіс.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="283"/>
        <source>%1 has a value that is not allowed.</source>
        <translation>%1 параметрінің мәні жарамсыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="285"/>
        <source>The watched folder does not exist: %1</source>
        <translation>Бақыланатын қалта жоқ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="291"/>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="294"/>
        <source>Settings saved.</source>
        <translation>Баптаулар сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="298"/>
        <source>Changes discarded.</source>
        <translation>Өзгерістерден бас тартылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="320"/>
        <source>Images of cases older than %1 days will be deleted; the case records stay. Click again to confirm.</source>
        <translation>%1 күннен ескі істердің суреттері жойылады; іс жазбалары сақталады. Растау үшін қайта басыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="336"/>
        <source>Purging…</source>
        <translation>Жойылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="346"/>
        <source>Deleted %1 image(s) of %2 case(s); %3 file(s) removed.</source>
        <translation>%2 істің %1 суреті жойылды; %3 файл өшірілді.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/screens/signin.py" line="63"/>
        <source>Session locked</source>
        <translation>Сеанс бұғатталды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="63"/>
        <location filename="../../desktop/screens/signin.py" line="66"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="64"/>
        <source>&amp;User name</source>
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="65"/>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="66"/>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="67"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="68"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="70"/>
        <source>Sign-in message</source>
        <translation>Кіру хабарламасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="71"/>
        <source>Demo mode: sign in as %1 (officer), %2 (supervisor) or %3 (administrator), each with the password %4.</source>
        <translation>Демо режим: %1 (қызметкер), %2 (басшы) немесе %3 (әкімші) ретінде кіріңіз; барлығының құпиясөзі: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="90"/>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="93"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="108"/>
        <source>This account is locked after too many failed attempts. Ask an administrator, or wait and try again.</source>
        <translation>Тым көп сәтсіз әрекеттен кейін тіркелгі бұғатталды. Әкімшіге хабарласыңыз немесе күтіп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="111"/>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты не құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../desktop/sources/panel.py" line="67"/>
        <source>Scanning is not available: the SANE program scanimage is not installed (package sane-utils).</source>
        <translation>Сканерлеу қолжетімсіз: SANE жүйесінің scanimage бағдарламасы орнатылмаған (sane-utils пакеті).</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="69"/>
        <source>No scanner found. Check that it is connected and switched on, then refresh the list.</source>
        <translation>Сканер табылмады. Оның қосылғанын және іске қосулы екенін тексеріп, тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="71"/>
        <source>The scanner is busy (another program may be using it). Try again in a moment.</source>
        <translation>Сканер бос емес (оны басқа бағдарлама пайдалануы мүмкін). Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="73"/>
        <source>Scan cancelled.</source>
        <translation>Сканерлеу тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="74"/>
        <source>The scanner did not finish in time; the scan was stopped.</source>
        <translation>Сканер уақытында аяқтамады; сканерлеу тоқтатылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="75"/>
        <source>The document feeder is jammed.</source>
        <translation>Құжат беру құрылғысында қағаз кептеліп қалды.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="76"/>
        <source>The document feeder is empty.</source>
        <translation>Құжат беру құрылғысы бос.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="77"/>
        <source>The scanner cover is open.</source>
        <translation>Сканер қақпағы ашық.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="78"/>
        <source>Access to the scanner was denied (check this user&apos;s permissions for scanners).</source>
        <translation>Сканерге қол жеткізуге рұқсат берілмеді (бұл пайдаланушының сканерлерге құқықтарын тексеріңіз).</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="88"/>
        <source>Not watching %1</source>
        <translation>%1 бақыланбайды</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="89"/>
        <source>Watching %1</source>
        <translation>%1 бақылануда</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="90"/>
        <source>The scan folder %1 is not available; watching resumes when it is back.</source>
        <translation>%1 сканер қалтасы қолжетімсіз; ол қайта қолжетімді болғанда бақылау жалғасады.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="92"/>
        <source>%1 is not a folder.</source>
        <translation>%1 қалта емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="93"/>
        <source>The scan folder %1 cannot be read.</source>
        <translation>%1 сканер қалтасын оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="95"/>
        <source>Colour</source>
        <translation>Түрлі-түсті</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="95"/>
        <source>Grey</source>
        <translation>Сұр реңк</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="356"/>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="357"/>
        <source>&amp;Device:</source>
        <translation>&amp;Құрылғы:</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="358"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Ажыратымдылық:</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="359"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Режим:</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="363"/>
        <location filename="../../desktop/sources/panel.py" line="408"/>
        <source>First scanner found</source>
        <translation>Алғашқы табылған сканер</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="364"/>
        <location filename="../../desktop/sources/panel.py" line="377"/>
        <source>Find scanners</source>
        <translation>Сканерлерді іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="365"/>
        <source>Search again for connected scanners</source>
        <translation>Қосылған сканерлерді қайта іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="366"/>
        <location filename="../../desktop/sources/panel.py" line="378"/>
        <source>Scan</source>
        <translation>Сканерлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="367"/>
        <source>Scan one page</source>
        <translation>Бір бетті сканерлеу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="368"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="369"/>
        <source>Stop the scan</source>
        <translation>Сканерлеуді тоқтату</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="370"/>
        <source>Camera…</source>
        <translation>Камера…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="371"/>
        <source>Take pages with the document camera</source>
        <translation>Беттерді құжат камерасымен түсіру</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="372"/>
        <location filename="../../desktop/sources/panel.py" line="381"/>
        <source>Watch scan folder</source>
        <translation>Сканер қалтасын бақылау</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="373"/>
        <source>Read new files the scanner saves into the scan folder</source>
        <translation>Сканер қалтаға сақтайтын жаңа файлдарды оқу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="374"/>
        <source>Scanner device</source>
        <translation>Сканер құрылғысы</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="375"/>
        <source>Scan resolution</source>
        <translation>Сканерлеу ажыратымдылығы</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="376"/>
        <source>Scan colour mode</source>
        <translation>Сканерлеудің түс режимі</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="379"/>
        <source>Cancel the scan</source>
        <translation>Сканерлеуді болдырмау</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="380"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="382"/>
        <source>Scan folder status</source>
        <translation>Сканер қалтасының күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="394"/>
        <source>No scan folder is set.</source>
        <translation>Сканер қалтасы орнатылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="425"/>
        <source>Searching for scanners…</source>
        <translation>Сканерлер ізделуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="437"/>
        <source>Scanners found: %1</source>
        <translation>Табылған сканерлер: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="475"/>
        <source>Scanning…</source>
        <translation>Сканерленуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="497"/>
        <source>Page scanned; reading it.</source>
        <translation>Бет сканерленді; оқылуда.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="506"/>
        <source>The scan failed: %1</source>
        <translation>Сканерлеу сәтсіз аяқталды: %1</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../desktop/screens/users.py" line="129"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="129"/>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="130"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="133"/>
        <source>Users</source>
        <translation>Пайдаланушылар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="135"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="135"/>
        <source>Last sign-in</source>
        <translation>Соңғы кіру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="136"/>
        <source>Accounts</source>
        <translation>Тіркелгілер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="143"/>
        <location filename="../../desktop/screens/users.py" line="168"/>
        <source>Selected account</source>
        <translation>Таңдалған тіркелгі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="144"/>
        <source>R&amp;ole</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="145"/>
        <source>Role of the selected account</source>
        <translation>Таңдалған тіркелгінің рөлі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="146"/>
        <source>C&amp;hange role</source>
        <translation>Рөлді ө&amp;згерту</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="147"/>
        <source>Change role</source>
        <translation>Рөлді өзгерту</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="148"/>
        <source>New pass&amp;word</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="149"/>
        <location filename="../../desktop/screens/users.py" line="151"/>
        <source>Repeat new password</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="150"/>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="152"/>
        <source>&amp;Reset password</source>
        <translation>Құпиясөзді қалпына &amp;келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="153"/>
        <source>Reset password</source>
        <translation>Құпиясөзді қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="154"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="155"/>
        <source>Unlock account</source>
        <translation>Тіркелгіні бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="156"/>
        <source>Loc&amp;k (disable)</source>
        <translation>Б&amp;ұғаттау (өшіру)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="157"/>
        <source>Lock account</source>
        <translation>Тіркелгіні бұғаттау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="158"/>
        <source>Add an account</source>
        <translation>Тіркелгі қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>User &amp;name</source>
        <translation>Пайдаланушы &amp;аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>&amp;Display name</source>
        <translation>Көрсетілетін &amp;есім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>Ro&amp;le</source>
        <translation>Рө&amp;лі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="160"/>
        <source>Repeat pa&amp;ssword</source>
        <translation>Құпиясөзді қай&amp;талаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="165"/>
        <source>&amp;Add account</source>
        <translation>Тіркелгі қ&amp;осу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="166"/>
        <source>Add account</source>
        <translation>Тіркелгі қосу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="167"/>
        <source>Add account message</source>
        <translation>Тіркелгі қосу туралы хабарлама</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="217"/>
        <source>locked (disabled)</source>
        <translation>бұғатталған (өшірілген)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="219"/>
        <source>locked until %1</source>
        <translation>%1 дейін бұғатталған</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="220"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="228"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="249"/>
        <source>No account selected.</source>
        <translation>Тіркелгі таңдалмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="265"/>
        <source>Enter a user name.</source>
        <translation>Пайдаланушы атын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="268"/>
        <location filename="../../desktop/screens/users.py" line="320"/>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="270"/>
        <source>Adding…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="281"/>
        <source>Account %1 added.</source>
        <translation>%1 тіркелгісі қосылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="303"/>
        <source>Account %1 unlocked.</source>
        <translation>%1 тіркелгісі бұғаттан шығарылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="306"/>
        <source>Account %1 locked.</source>
        <translation>%1 тіркелгісі бұғатталды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="312"/>
        <source>Role of %1 changed.</source>
        <translation>%1 пайдаланушысының рөлі өзгертілді.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="331"/>
        <source>Password of %1 reset.</source>
        <translation>%1 пайдаланушысының құпиясөзі қалпына келтірілді.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="61"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="62"/>
        <source>Reasons for the verdict</source>
        <translation>Қорытынды негіздері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="66"/>
        <source>CLEAR — documents and registry agree</source>
        <translation>CLEAR — құжаттар мен тізілім сәйкес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="67"/>
        <source>REVIEW — look closer before deciding</source>
        <translation>REVIEW — шешім алдында мұқият қараңыз</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="68"/>
        <source>ALERT — the registry contradicts the documents</source>
        <translation>ALERT — тізілім құжаттарға қайшы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="69"/>
        <source> [DEMO DATA]</source>
        <translation> [ДЕМО ДЕРЕКТЕР]</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="75"/>
        <source>Every check passed.</source>
        <translation>Барлық тексерістер өтті.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="76"/>
        <source>Why:</source>
        <translation>Себептері:</translation>
    </message>
</context>
</TS>
