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
        <source>Case history</source>
        <translation>Істер тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>Sign out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Quit</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="234"/>
        <source>New verification</source>
        <translation>Жаңа тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="235"/>
        <source>Open documents…</source>
        <translation>Құжаттарды ашу…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="236"/>
        <location filename="../../desktop/screens/capture.py" line="260"/>
        <source>Open documents</source>
        <translation>Құжаттарды ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="237"/>
        <location filename="../../desktop/screens/capture.py" line="238"/>
        <source>Start a new case</source>
        <translation>Жаңа іс бастау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="239"/>
        <source>Drop the passport and certificate here (images or PDF), or open them.</source>
        <translation>Төлқұжат пен куәлікті осында сүйреңіз (сурет не PDF) немесе ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="240"/>
        <source>Drop zone for document files</source>
        <translation>Құжат файлдарына арналған аймақ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="241"/>
        <source>Reading progress</source>
        <translation>Оқу барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="242"/>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="243"/>
        <source>Officer&apos;s decision</source>
        <translation>Қызметкер шешімі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="244"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>Түсініктеме (шешім қорытындыдан өзгеше болса не қорытынды жоқ болса, кемінде %1 таңба міндетті)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="247"/>
        <source>Decision comment</source>
        <translation>Шешімге түсініктеме</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="248"/>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="248"/>
        <source>Reject</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="249"/>
        <source>Refer</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="261"/>
        <source>Images and PDF (%1)</source>
        <translation>Суреттер және PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="284"/>
        <source>Still reading the previous documents; please wait.</source>
        <translation>Алдыңғы құжаттар әлі оқылуда; күте тұрыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="290"/>
        <source>Reading…</source>
        <translation>Оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="302"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="305"/>
        <source>Could not read %1: %2</source>
        <translation>%1 оқылмады: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="323"/>
        <source>Case %1: %2 page(s) read.</source>
        <translation>Іс %1: %2 бет оқылды.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="371"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>%1 іс бойынша шешім жазылды: %2</translation>
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
    <name>HistoryScreen</name>
    <message>
        <location filename="../../desktop/screens/history.py" line="92"/>
        <source>Case history</source>
        <translation>Істер тарихы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Verdict</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="100"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="104"/>
        <location filename="../../desktop/screens/history.py" line="105"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="106"/>
        <location filename="../../desktop/screens/history.py" line="107"/>
        <source>Reopen selected case</source>
        <translation>Таңдалған істі ашу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Subject</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="110"/>
        <source>Cases found</source>
        <translation>Табылған істер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="111"/>
        <source>Case details</source>
        <translation>Іс мәліметтері</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="146"/>
        <location filename="../../desktop/screens/history.py" line="168"/>
        <source>undecided</source>
        <translation>шешілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="150"/>
        <source>%1 case(s) found.</source>
        <translation>%1 іс табылды.</translation>
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
        <translation>Tekseru — құжаттарды тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>DEMO MODE — demo data only; nothing here is a real verification</source>
        <translation>ДЕМО РЕЖИМ — тек демо деректер; бұл нақты тексеру емес</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Demo mode</source>
        <translation>Демо режим</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Verify</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>Signed-in officer</source>
        <translation>Кірген қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182"/>
        <source>&amp;Case</source>
        <translation>&amp;Іс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186"/>
        <source>Dark theme</source>
        <translation>Қараңғы тақырып</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Pseudo-localisation (layout check)</source>
        <translation>Жалған локализация (орналасуды тексеру)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Not signed in</source>
        <translation>Кіру орындалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Officer</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Supervisor</source>
        <translation>Басшы</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Registry copy is not current: %1</source>
        <translation>Тізілім көшірмесі ескірген: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284"/>
        <source>Registry data warning</source>
        <translation>Тізілім деректері туралы ескерту</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="296"/>
        <location filename="../../desktop/main_window.py" line="297"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
</context>
<context>
    <name>PageResult</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="47"/>
        <source>Document code</source>
        <translation>Құжат коды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="48"/>
        <source>Issuing state</source>
        <translation>Берген мемлекет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="49"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="50"/>
        <source>Given names</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="51"/>
        <source>Document number</source>
        <translation>Құжат нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="52"/>
        <source>Nationality</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="53"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="54"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="55"/>
        <source>Date of expiry</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="56"/>
        <source>Optional data</source>
        <translation>Қосымша деректер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="102"/>
        <source>%1 — page %2</source>
        <translation>%1 — %2-бет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="104"/>
        <source>Page image with the machine readable zone outlined</source>
        <translation>Машинамен оқылатын аймағы белгіленген бет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="105"/>
        <source>MRZ lines</source>
        <translation>MRZ жолдары</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="106"/>
        <source>Registry look-up</source>
        <translation>Тізілімнен іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="108"/>
        <source>Reading the machine readable zone…</source>
        <translation>Машинамен оқылатын аймақ оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="121"/>
        <source>No machine readable zone found on this page.</source>
        <translation>Бұл бетте машинамен оқылатын аймақ табылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="125"/>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="125"/>
        <source>NOT valid</source>
        <translation>ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="126"/>
        <source>MRZ %1, %2 (%3 s)</source>
        <translation>MRZ %1, %2 (%3 с)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="139"/>
        <source>Checks:</source>
        <translation>Тексерістер:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="140"/>
        <source>Checks</source>
        <translation>Тексерістер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="144"/>
        <source>Registry data is not current:</source>
        <translation>Тізілім деректері ескірген:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="147"/>
        <source>Registry: no record for document %1.</source>
        <translation>Тізілім: %1 құжатына жазба жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="155"/>
        <source>Registry: %1 %2 — %3, born %4, citizenship %5</source>
        <translation>Тізілім: %1 %2 — %3, туған күні %4, азаматтық %5</translation>
    </message>
</context>
<context>
    <name>RegistryScreen</name>
    <message>
        <location filename="../../desktop/screens/registry.py" line="80"/>
        <source>Registry</source>
        <translation>Тізілім</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="81"/>
        <source>Import package…</source>
        <translation>Буманы импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="82"/>
        <source>Import package</source>
        <translation>Буманы импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Partner</source>
        <translation>Серіктес</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Package</source>
        <translation>Бума</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Published</source>
        <translation>Жарияланды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Applied</source>
        <translation>Қолданылды</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Records</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="88"/>
        <source>Import progress</source>
        <translation>Импорт барысы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="89"/>
        <source>Data freshness</source>
        <translation>Деректердің өзектілігі</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="101"/>
        <source>none installed</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="105"/>
        <source>%1 days (allowed: %2)</source>
        <translation>%1 күн (рұқсат: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="107"/>
        <source>%1 persons, %2 documents, %3 photos, %4 crossings</source>
        <translation>%1 адам, %2 құжат, %3 фото, %4 өту</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="114"/>
        <source>Import registry package</source>
        <translation>Тізілім бумасын импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="115"/>
        <source>Registry packages (*.tar *.tkpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="146"/>
        <source>Verifying and importing %1…</source>
        <translation>%1 тексеріліп, импортталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="159"/>
        <source>Applied package %1 #%2: %3 written, %4 deleted, %5 photos.</source>
        <translation>%1 №%2 бума қолданылды: %3 жазылды, %4 жойылды, %5 фото.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="164"/>
        <source>Package %1 #%2 was already applied; nothing changed.</source>
        <translation>%1 №%2 бума бұрын қолданылған; ештеңе өзгермеді.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="168"/>
        <source>Package refused: %1</source>
        <translation>Бума қабылданбады: %1</translation>
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
        <source>Demo mode: sign in as %1 with the password %2.</source>
        <translation>Демо режим: %1 ретінде %2 құпиясөзімен кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="89"/>
        <source>Enter your user name and password.</source>
        <translation>Пайдаланушы аты мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="92"/>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="107"/>
        <source>This account is locked after too many failed attempts. Ask an administrator, or wait and try again.</source>
        <translation>Тым көп сәтсіз әрекеттен кейін тіркелгі бұғатталды. Әкімшіге хабарласыңыз немесе күтіп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="110"/>
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты не құпиясөз қате.</translation>
    </message>
</context>
</TS>
