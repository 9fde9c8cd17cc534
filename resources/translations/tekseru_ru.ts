<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="29"/>
        <source>New verification</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30"/>
        <source>Open documents…</source>
        <translation>Открыть документы…</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31"/>
        <source>Case history</source>
        <translation>История дел</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Quit</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="234"/>
        <source>New verification</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="235"/>
        <source>Open documents…</source>
        <translation>Открыть документы…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="236"/>
        <location filename="../../desktop/screens/capture.py" line="260"/>
        <source>Open documents</source>
        <translation>Открыть документы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="237"/>
        <location filename="../../desktop/screens/capture.py" line="238"/>
        <source>Start a new case</source>
        <translation>Начать новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="239"/>
        <source>Drop the passport and certificate here (images or PDF), or open them.</source>
        <translation>Перетащите сюда паспорт и свидетельство (изображения или PDF) или откройте их.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="240"/>
        <source>Drop zone for document files</source>
        <translation>Область для файлов документов</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="241"/>
        <source>Reading progress</source>
        <translation>Ход чтения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="242"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="243"/>
        <source>Officer&apos;s decision</source>
        <translation>Решение сотрудника</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="244"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>Комментарий (обязателен, не менее %1 символов, если решение расходится с выводом или вывода нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="247"/>
        <source>Decision comment</source>
        <translation>Комментарий к решению</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="248"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="248"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="249"/>
        <source>Refer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="261"/>
        <source>Images and PDF (%1)</source>
        <translation>Изображения и PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="284"/>
        <source>Still reading the previous documents; please wait.</source>
        <translation>Предыдущие документы ещё читаются; подождите.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="290"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="302"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="305"/>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="323"/>
        <source>Case %1: %2 page(s) read.</source>
        <translation>Дело %1: прочитано страниц: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="371"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>Решение по делу %1 записано: %2</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../desktop/errors.py" line="88"/>
        <location filename="../../desktop/errors.py" line="89"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="91"/>
        <source>Something went wrong. Your work so far is kept. Please copy the details below into a report for field IT.</source>
        <translation>Что-то пошло не так. Сделанная работа сохранена. Скопируйте подробности ниже в сообщение для ИТ-службы.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="97"/>
        <source>Error summary</source>
        <translation>Кратко об ошибке</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="101"/>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="104"/>
        <location filename="../../desktop/errors.py" line="105"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../desktop/screens/history.py" line="92"/>
        <source>Case history</source>
        <translation>История дел</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="93"/>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="100"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="104"/>
        <location filename="../../desktop/screens/history.py" line="105"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="106"/>
        <location filename="../../desktop/screens/history.py" line="107"/>
        <source>Reopen selected case</source>
        <translation>Открыть выбранное дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="108"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="109"/>
        <source>Subject</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="110"/>
        <source>Cases found</source>
        <translation>Найденные дела</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="111"/>
        <source>Case details</source>
        <translation>Подробности дела</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="146"/>
        <location filename="../../desktop/screens/history.py" line="168"/>
        <source>undecided</source>
        <translation>без решения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="150"/>
        <source>%1 case(s) found.</source>
        <translation>Найдено дел: %1.</translation>
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
        <translation>Tekseru — проверка документов</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="171"/>
        <source>DEMO MODE — demo data only; nothing here is a real verification</source>
        <translation>ДЕМО-РЕЖИМ — только демонстрационные данные; это не настоящая проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Demo mode</source>
        <translation>Демо-режим</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Verify</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="174"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="175"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="180"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="181"/>
        <source>Signed-in officer</source>
        <translation>Вошедший сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="182"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="183"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="186"/>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="187"/>
        <source>Pseudo-localisation (layout check)</source>
        <translation>Псевдолокализация (проверка макета)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="283"/>
        <source>Registry copy is not current: %1</source>
        <translation>Копия реестра устарела: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="284"/>
        <source>Registry data warning</source>
        <translation>Предупреждение о данных реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="296"/>
        <location filename="../../desktop/main_window.py" line="297"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>PageResult</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="47"/>
        <source>Document code</source>
        <translation>Код документа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="48"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="49"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="50"/>
        <source>Given names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="51"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="52"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="53"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="54"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="55"/>
        <source>Date of expiry</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="56"/>
        <source>Optional data</source>
        <translation>Доп. данные</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="102"/>
        <source>%1 — page %2</source>
        <translation>%1 — страница %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="104"/>
        <source>Page image with the machine readable zone outlined</source>
        <translation>Страница с выделенной машиночитаемой зоной</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="105"/>
        <source>MRZ lines</source>
        <translation>Строки MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="106"/>
        <source>Registry look-up</source>
        <translation>Поиск в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="108"/>
        <source>Reading the machine readable zone…</source>
        <translation>Чтение машиночитаемой зоны…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="121"/>
        <source>No machine readable zone found on this page.</source>
        <translation>На этой странице машиночитаемая зона не найдена.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="125"/>
        <source>valid</source>
        <translation>корректна</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="125"/>
        <source>NOT valid</source>
        <translation>НЕ корректна</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="126"/>
        <source>MRZ %1, %2 (%3 s)</source>
        <translation>MRZ %1, %2 (%3 с)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="139"/>
        <source>Checks:</source>
        <translation>Проверки:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="140"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="144"/>
        <source>Registry data is not current:</source>
        <translation>Данные реестра устарели:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="147"/>
        <source>Registry: no record for document %1.</source>
        <translation>Реестр: нет записи для документа %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="155"/>
        <source>Registry: %1 %2 — %3, born %4, citizenship %5</source>
        <translation>Реестр: %1 %2 — %3, род. %4, гражданство %5</translation>
    </message>
</context>
<context>
    <name>RegistryScreen</name>
    <message>
        <location filename="../../desktop/screens/registry.py" line="80"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="81"/>
        <source>Import package…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="82"/>
        <source>Import package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="83"/>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Applied</source>
        <translation>Применён</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="84"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="88"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="89"/>
        <source>Data freshness</source>
        <translation>Актуальность данных</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="101"/>
        <source>none installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="105"/>
        <source>%1 days (allowed: %2)</source>
        <translation>%1 дн. (допустимо: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="107"/>
        <source>%1 persons, %2 documents, %3 photos, %4 crossings</source>
        <translation>лиц: %1, документов: %2, фото: %3, пересечений: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="114"/>
        <source>Import registry package</source>
        <translation>Импорт пакета реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="115"/>
        <source>Registry packages (*.tar *.tkpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="146"/>
        <source>Verifying and importing %1…</source>
        <translation>Проверка и импорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="159"/>
        <source>Applied package %1 #%2: %3 written, %4 deleted, %5 photos.</source>
        <translation>Применён пакет %1 №%2: записано %3, удалено %4, фото %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="164"/>
        <source>Package %1 #%2 was already applied; nothing changed.</source>
        <translation>Пакет %1 №%2 уже применён; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="168"/>
        <source>Package refused: %1</source>
        <translation>Пакет отклонён: %1</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../desktop/screens/signin.py" line="63"/>
        <source>Session locked</source>
        <translation>Сеанс заблокирован</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="63"/>
        <location filename="../../desktop/screens/signin.py" line="66"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="64"/>
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="65"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="66"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="67"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="68"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="70"/>
        <source>Sign-in message</source>
        <translation>Сообщение входа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="71"/>
        <source>Demo mode: sign in as %1 with the password %2.</source>
        <translation>Демо-режим: войдите как %1 с паролем %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="89"/>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="92"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="107"/>
        <source>This account is locked after too many failed attempts. Ask an administrator, or wait and try again.</source>
        <translation>Учётная запись заблокирована после слишком многих неудачных попыток. Обратитесь к администратору или подождите и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="110"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
</context>
</TS>
