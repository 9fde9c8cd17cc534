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
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>Next applicant</source>
        <translation>Следующий заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>Case history</source>
        <translation>История дел</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Referrals</source>
        <translation>Переданные дела</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="37"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="38"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="39"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="40"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="41"/>
        <source>Quit</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="227"/>
        <source>Audit trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="228"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="229"/>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="230"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="231"/>
        <location filename="../../desktop/screens/audit_view.py" line="393"/>
        <source>Export audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="232"/>
        <source>Ac&amp;tor</source>
        <translation>&amp;Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="233"/>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Actor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="234"/>
        <source>Actio&amp;n</source>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="235"/>
        <location filename="../../desktop/screens/audit_view.py" line="238"/>
        <location filename="../../desktop/screens/audit_view.py" line="252"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="239"/>
        <source>From (UTC)</source>
        <translation>Дата с (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="240"/>
        <source>Filter from date</source>
        <translation>Фильтр: начальная дата</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="241"/>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="242"/>
        <source>To (UTC)</source>
        <translation>Дата по (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="243"/>
        <source>Filter to date</source>
        <translation>Фильтр: конечная дата</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="244"/>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="245"/>
        <source>&amp;Filter</source>
        <translation>&amp;Фильтровать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="246"/>
        <source>Filter</source>
        <translation>Фильтровать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="247"/>
        <source>‹ Ne&amp;wer</source>
        <translation>‹ Более &amp;новые</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="248"/>
        <source>Newer entries</source>
        <translation>Более новые записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="249"/>
        <source>O&amp;lder ›</source>
        <translation>Более &amp;ранние ›</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="250"/>
        <source>Older entries</source>
        <translation>Более ранние записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Seq</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="251"/>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="252"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="253"/>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="254"/>
        <source>Chain check result</source>
        <translation>Результат проверки цепочки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="255"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="338"/>
        <source>No entries match.</source>
        <translation>Подходящих записей нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="341"/>
        <source>Entries %1 to %2 (page %3)</source>
        <translation>Записи с %1 по %2 (страница %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="359"/>
        <source>Checking the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="376"/>
        <source>holds the checkpoint at seq %1</source>
        <translation>содержит контрольную точку на записи № %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="377"/>
        <source>no checkpoint issued yet</source>
        <translation>контрольные точки ещё не выдавались</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="378"/>
        <source>Audit trail intact: %1 entries, head seq %2; %3</source>
        <translation>Журнал аудита не нарушен: записей: %1, последняя № %2; %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="383"/>
        <source>Audit trail TAMPERED at seq %1 (%2): %3</source>
        <translation>Журнал аудита ИЗМЕНЁН на записи № %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="394"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="405"/>
        <source>Export failed: %1</source>
        <translation>Экспорт не выполнен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="409"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/audit_view.py" line="420"/>
        <source>Exported %1 entries to %2 with a checkpoint signed at seq %3 (SHA-256 %4).</source>
        <translation>Экспортировано записей: %1 в файл %2; контрольная точка подписана на записи № %3 (SHA-256 %4).</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../desktop/sources/panel.py" line="82"/>
        <source>No camera could be opened (%1). Check that it is connected and not in use by another program.</source>
        <translation>Не удалось открыть камеру (%1). Проверьте, что она подключена и не используется другой программой.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="84"/>
        <source>The camera stopped sending pictures.</source>
        <translation>Камера перестала передавать изображение.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="85"/>
        <source>The still could not be saved.</source>
        <translation>Не удалось сохранить снимок.</translation>
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
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="151"/>
        <source>Save the current picture as a page</source>
        <translation>Сохранить текущее изображение как страницу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="152"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="153"/>
        <location filename="../../desktop/sources/panel.py" line="156"/>
        <source>Close the camera</source>
        <translation>Закрыть камеру</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="154"/>
        <source>Camera preview</source>
        <translation>Изображение с камеры</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="160"/>
        <source>Opening the camera…</source>
        <translation>Открытие камеры…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="182"/>
        <source>Camera ready (%1 × %2). Hold the page still and take a still.</source>
        <translation>Камера готова (%1 × %2). Удерживайте страницу неподвижно и сделайте снимок.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="221"/>
        <source>Still %1 saved and sent for reading.</source>
        <translation>Снимок %1 сохранён и передан на чтение.</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="291"/>
        <source>New verification</source>
        <translation>Новая проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="292"/>
        <source>Open documents…</source>
        <translation>Открыть документы…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="373"/>
        <source>Open documents</source>
        <translation>Открыть документы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="300"/>
        <source>Drop zone for document files</source>
        <translation>Область для файлов документов</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="67"/>
        <source>Reading and recognising the pages</source>
        <translation>Чтение и распознавание страниц</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="68"/>
        <source>Loading the registry&apos;s face index</source>
        <translation>Загрузка индекса лиц реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="69"/>
        <source>Reading the passport</source>
        <translation>Чтение паспорта</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="70"/>
        <source>Reading the certificate</source>
        <translation>Чтение свидетельства</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="71"/>
        <source>Looking the person up in the registry</source>
        <translation>Поиск лица в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="72"/>
        <source>Comparing the portrait with the registry photo</source>
        <translation>Сравнение фото в паспорте с фото из реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="73"/>
        <source>Searching every registry photo</source>
        <translation>Поиск по всем фото реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="74"/>
        <source>Running the checks</source>
        <translation>Выполнение проверок</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="75"/>
        <source>Verification done</source>
        <translation>Проверка завершена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="76"/>
        <source>Filing the case</source>
        <translation>Регистрация дела</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="292"/>
        <source>Verify</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="293"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="293"/>
        <location filename="../../desktop/screens/capture.py" line="616"/>
        <source>Next applicant</source>
        <translation>Следующий заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="294"/>
        <source>Save report (PDF)…</source>
        <translation>Сохранить отчёт (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="295"/>
        <source>Print report…</source>
        <translation>Печать отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="298"/>
        <source>Drop the passport and certificate pages here, in any order (images or PDF), or open them.</source>
        <translation>Перетащите сюда страницы паспорта и свидетельства в любом порядке (изображения или PDF) или откройте их.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="301"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="302"/>
        <source>Captured pages</source>
        <translation>Полученные страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="303"/>
        <source>Officer&apos;s decision (the verdict is advice; you decide)</source>
        <translation>Решение сотрудника (вывод носит рекомендательный характер; решение принимаете Вы)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="304"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>Комментарий (обязателен, не менее %1 символов, если решение расходится с выводом или вывода нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="307"/>
        <source>Decision comment</source>
        <translation>Комментарий к решению</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="308"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="308"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="309"/>
        <source>Refer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="374"/>
        <source>Images and PDF (%1)</source>
        <translation>Изображения и PDF (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="396"/>
        <source>Still working on the previous step; please wait.</source>
        <translation>Предыдущий шаг ещё выполняется; подождите.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="439"/>
        <source>The pages changed since the verification: verify again to see results for these pages.</source>
        <translation>Страницы изменились после проверки: проверьте их снова, чтобы увидеть результаты для этих страниц.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="450"/>
        <source>Add the passport&apos;s data page first (or mark a page as the passport).</source>
        <translation>Сначала добавьте страницу паспорта с данными (или отметьте страницу как паспорт).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="453"/>
        <source>The registry copy is damaged, so nothing can be verified against it: import a full package again (Registry screen).</source>
        <translation>Копия реестра повреждена, проверка по ней невозможна: импортируйте полный пакет заново (экран «Реестр»).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="456"/>
        <source>Verifying %1 passport page(s) and %2 certificate page(s)…</source>
        <translation>Проверка: страниц паспорта — %1, страниц свидетельства — %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="484"/>
        <source>Verdict %1; filed as case %2. Decide below.</source>
        <translation>Вывод: %1; зарегистрировано дело %2. Примите решение ниже.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="487"/>
        <source>Verdict %1, but the case could not be filed: %2</source>
        <translation>Вывод: %1, но дело не удалось зарегистрировать: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="492"/>
        <source>The verification failed: %1. The pages are kept; correct them and verify again.</source>
        <translation>Проверка не выполнена: %1. Страницы сохранены; исправьте их и проверьте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="498"/>
        <source>Verification cancelled; the pages are kept.</source>
        <translation>Проверка отменена; страницы сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="501"/>
        <source>The verification failed</source>
        <translation>Проверка не выполнена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="502"/>
        <source>The verification did not finish (see the error details); the pages are kept.</source>
        <translation>Проверка не завершилась (см. подробности ошибки); страницы сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="508"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="528"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="528"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="529"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="546"/>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="547"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="556"/>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="557"/>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="562"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="577"/>
        <source>No printer is set up on this computer: save the report as PDF and print it elsewhere, or print to a file.</source>
        <translation>На этом компьютере не настроен принтер: сохраните отчёт в PDF и распечатайте его на другом компьютере или выполните печать в файл.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="587"/>
        <source>The report could not be printed: %1</source>
        <translation>Не удалось распечатать отчёт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="588"/>
        <source>Preparing the report for printing…</source>
        <translation>Подготовка отчёта к печати…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="594"/>
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="606"/>
        <source>Report sent to the printer (%1 page(s)).</source>
        <translation>Отчёт отправлен на печать (страниц: %1).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="613"/>
        <source>Still working; cancel or wait before the next applicant.</source>
        <translation>Работа ещё выполняется; отмените её или дождитесь завершения, прежде чем перейти к следующему заявителю.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="617"/>
        <source>These pages have not been verified and are not saved. Discard them?</source>
        <translation>Эти страницы не проверены и не сохранены. Удалить их?</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="624"/>
        <source>Case %1 is kept in the history without a decision.</source>
        <translation>Дело %1 сохранено в истории без решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="400"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="409"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="412"/>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="530"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>Решение по делу %1 записано: %2</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="262"/>
        <source>Back to the list</source>
        <translation>Назад к списку</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="263"/>
        <source>Save report (PDF)…</source>
        <translation>Сохранить отчёт (PDF)…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Faces</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="266"/>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="268"/>
        <source>Case contents</source>
        <translation>Содержание дела</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="269"/>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="270"/>
        <location filename="../../desktop/screens/case_view.py" line="271"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="272"/>
        <source>Comment (required, at least %1 characters, when the decision differs from the verdict or there is no verdict)</source>
        <translation>Комментарий (обязателен, не менее %1 символов, если решение расходится с выводом или вывода нет)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="275"/>
        <source>Decision comment</source>
        <translation>Комментарий к решению</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="280"/>
        <source>Machine readable zone</source>
        <translation>Машиночитаемая зона</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="281"/>
        <source>Printed fields (visual zone)</source>
        <translation>Печатные поля (визуальная зона)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="282"/>
        <source>MRZ lines</source>
        <translation>Строки MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="283"/>
        <source>MRZ fields</source>
        <translation>Поля MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="284"/>
        <source>Printed fields</source>
        <translation>Печатные поля</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="285"/>
        <source>Passport portrait</source>
        <translation>Фото в паспорте</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="286"/>
        <source>Registry photo</source>
        <translation>Фото из реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="287"/>
        <source>Face comparison</source>
        <translation>Сравнение лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="288"/>
        <source>Certificate fields</source>
        <translation>Поля свидетельства</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="293"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="293"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="294"/>
        <source>Refer</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="297"/>
        <source>accepted</source>
        <translation>принято</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="297"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="298"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="375"/>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="377"/>
        <source>Opened %1 by %2; subject: %3</source>
        <translation>Открыто %1, сотрудник %2; заявитель: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="381"/>
        <source>registry record %1</source>
        <translation>запись реестра %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="396"/>
        <source>Timings: %1</source>
        <translation>Время выполнения: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="407"/>
        <source>Not decided yet.</source>
        <translation>Решение ещё не принято.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="409"/>
        <source>Officer&apos;s decision: %1 by %2 at %3</source>
        <translation>Решение сотрудника: %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="411"/>
        <source>Officer&apos;s comment: %1</source>
        <translation>Комментарий сотрудника: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="414"/>
        <source>Supervisor&apos;s resolution (final decision): %1 by %2 at %3</source>
        <translation>Решение руководителя (окончательное): %1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="416"/>
        <source>Supervisor&apos;s comment: %1</source>
        <translation>Комментарий руководителя: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="418"/>
        <source>Referred: awaiting a supervisor&apos;s resolution.</source>
        <translation>Передано: ожидается решение руководителя.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="429"/>
        <source>image deleted after %1 days</source>
        <translation>изображение удалено по истечении %1 дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="431"/>
        <source>image file missing</source>
        <translation>файл изображения отсутствует</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="432"/>
        <location filename="../../desktop/screens/case_view.py" line="439"/>
        <source>Image %1</source>
        <translation>Изображение %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="436"/>
        <source>no portrait stored</source>
        <translation>фото не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="443"/>
        <source>Check digit</source>
        <translation>Контрольная цифра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="445"/>
        <source>No machine readable zone was found on the passport pages.</source>
        <translation>На страницах паспорта машиночитаемая зона не найдена.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="449"/>
        <source>check digits valid</source>
        <translation>контрольные цифры верны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="449"/>
        <source>check digits NOT valid</source>
        <translation>контрольные цифры НЕ верны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="450"/>
        <source>MRZ %1, %2; read by %3</source>
        <translation>MRZ %1, %2; прочитано модулем %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="466"/>
        <location filename="../../desktop/screens/case_view.py" line="500"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="471"/>
        <source>match</source>
        <translation>совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="471"/>
        <source>unsure — compare by eye</source>
        <translation>неясно — сравните визуально</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="472"/>
        <source>no match</source>
        <translation>нет совпадения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="475"/>
        <source>The faces were not compared (no registry record or no passport page).</source>
        <translation>Лица не сравнивались (нет записи реестра или страницы паспорта).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="478"/>
        <source>Score %1 — %2 (engine %3)</source>
        <translation>Оценка %1 — %2 (модуль %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="483"/>
        <source>match from %1, review from %2</source>
        <translation>совпадение от %1, проверка от %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="487"/>
        <source>Warnings: %1</source>
        <translation>Предупреждения: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="492"/>
        <source>Face search (1:N): no one else in the registry matches.</source>
        <translation>Поиск по лицу (1:N): больше никто в реестре не совпадает.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="493"/>
        <source>Face search (1:N): also like %1</source>
        <translation>Поиск по лицу (1:N): также похож(а) на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="499"/>
        <source>As printed</source>
        <translation>Как напечатано</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="503"/>
        <source>No certificate was handed over.</source>
        <translation>Свидетельство не предъявлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="504"/>
        <source>The certificate pages were not recognised as a known certificate.</source>
        <translation>Страницы свидетельства не распознаны как свидетельство известного образца.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="510"/>
        <source>%1, edition %2; layout fit %3</source>
        <translation>%1, образец %2; соответствие макету %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="515"/>
        <source>Code read (%1): %2</source>
        <translation>Прочитан код (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="521"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="581"/>
        <source>Decision recorded for case %1: %2</source>
        <translation>Решение по делу %1 записано: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="600"/>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="601"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="609"/>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="610"/>
        <source>Writing the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/case_view.py" line="615"/>
        <source>Report saved: %1</source>
        <translation>Отчёт сохранён: %1</translation>
    </message>
</context>
<context>
    <name>CertificatePanel</name>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="33"/>
        <source>Certificate fields</source>
        <translation>Поля свидетельства</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>As printed</source>
        <translation>Как напечатано</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="34"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="35"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="41"/>
        <source>The certificate pages were not recognised as a known certificate.</source>
        <translation>Страницы свидетельства не распознаны как свидетельство известного образца.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="42"/>
        <source>No certificate was handed over.</source>
        <translation>Свидетельство не предъявлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="45"/>
        <source>%1, edition %2; layout fit %3</source>
        <translation>%1, образец %2; соответствие макету %3</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="48"/>
        <source>Code read (%1): %2</source>
        <translation>Прочитан код (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/certificate_panel.py" line="53"/>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
</context>
<context>
    <name>ChecksList</name>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="20"/>
        <source>failed</source>
        <translation>не пройдена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="21"/>
        <source>unsure</source>
        <translation>неясно</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="22"/>
        <source>not run</source>
        <translation>не выполнена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="23"/>
        <source>passed</source>
        <translation>пройдена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="53"/>
        <source>Checks, failing ones first</source>
        <translation>Проверки (сначала непройденные)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/checks_list.py" line="57"/>
        <source>Evidence</source>
        <translation>Основания</translation>
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
    <name>FacesPanel</name>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="62"/>
        <location filename="../../desktop/screens/results/faces_panel.py" line="65"/>
        <source>Passport portrait</source>
        <translation>Фото в паспорте</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="63"/>
        <location filename="../../desktop/screens/results/faces_panel.py" line="66"/>
        <source>Registry photo</source>
        <translation>Фото из реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="64"/>
        <source>Similar faces under other identities (1:N search)</source>
        <translation>Похожие лица под другими данными (поиск 1:N)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="67"/>
        <source>Face comparison</source>
        <translation>Сравнение лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="68"/>
        <source>Similar faces under other identities</source>
        <translation>Похожие лица под другими данными</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="72"/>
        <source>no portrait found</source>
        <translation>фото не найдено</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="74"/>
        <source>no registry photo</source>
        <translation>нет фото в реестре</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="76"/>
        <source>match</source>
        <translation>совпадение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="76"/>
        <source>unsure — compare by eye</source>
        <translation>неясно — сравните визуально</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="77"/>
        <source>no match</source>
        <translation>нет совпадения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="79"/>
        <source>The faces were not compared (no registry record or no passport page).</source>
        <translation>Лица не сравнивались (нет записи реестра или страницы паспорта).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="81"/>
        <source>The faces could not be compared: %1</source>
        <translation>Не удалось сравнить лица: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="83"/>
        <source>Score %1 — %2 (engine %3; match from %4, unsure from %5)</source>
        <translation>Оценка %1 — %2 (модуль %3; совпадение от %4, неясно от %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="95"/>
        <source>The 1:N search did not run (no usable portrait or no face index).</source>
        <translation>Поиск 1:N не выполнен (нет пригодного фото или индекса лиц).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="97"/>
        <source>No similar face under another identity.</source>
        <translation>Похожих лиц под другими данными нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="99"/>
        <source>%1 registry person(s) under other identities look alike: compare them before deciding.</source>
        <translation>Похожих лиц в реестре под другими данными: %1. Сравните их до принятия решения.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Partner id</source>
        <translation>ID партнёра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Band</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="107"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/faces_panel.py" line="108"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../desktop/screens/history.py" line="147"/>
        <source>Case history</source>
        <translation>История дел</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="149"/>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="149"/>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="154"/>
        <location filename="../../desktop/screens/history.py" line="157"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="161"/>
        <location filename="../../desktop/screens/history.py" line="162"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Opened from</source>
        <translation>Открыто с</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="148"/>
        <source>Opened to</source>
        <translation>Открыто по</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="163"/>
        <location filename="../../desktop/screens/history.py" line="164"/>
        <source>Open selected case</source>
        <translation>Открыть выбранное дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="165"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="166"/>
        <source>Subject</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="167"/>
        <source>Cases found</source>
        <translation>Найденные дела</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="173"/>
        <source>accept</source>
        <translation>принять</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="173"/>
        <source>reject</source>
        <translation>отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="174"/>
        <source>refer</source>
        <translation>передать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="176"/>
        <source>%1 (supervisor %2)</source>
        <translation>%1 (руководитель: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="179"/>
        <source>refer — awaiting supervisor</source>
        <translation>передать — ожидает руководителя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="240"/>
        <source>Opening case %1…</source>
        <translation>Открытие дела %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="180"/>
        <source>undecided</source>
        <translation>без решения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/history.py" line="218"/>
        <source>%1 case(s) found.</source>
        <translation>Найдено дел: %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="221"/>
        <source>Tekseru — document verification</source>
        <translation>Tekseru — проверка документов</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222"/>
        <source>DEMO MODE — demo data only; nothing here is a real verification</source>
        <translation>ДЕМО-РЕЖИМ — только демонстрационные данные; это не настоящая проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="223"/>
        <source>Demo mode</source>
        <translation>Демо-режим</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Verify</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="225"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Referrals</source>
        <translation>Переданные дела</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="226"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="227"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="232"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="233"/>
        <source>Signed-in officer</source>
        <translation>Вошедший сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235"/>
        <source>&amp;Desk</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="236"/>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="238"/>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="239"/>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="240"/>
        <source>Pseudo-localisation (layout check)</source>
        <translation>Псевдолокализация (проверка макета)</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="323"/>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="326"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="383"/>
        <source>The registry copy is damaged; verification is stopped until a full package is imported again: %1</source>
        <translation>Копия реестра повреждена; проверка приостановлена до повторного импорта полного пакета: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="387"/>
        <source>Registry copy is not current: %1</source>
        <translation>Копия реестра устарела: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="388"/>
        <source>Registry data warning</source>
        <translation>Предупреждение о данных реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="406"/>
        <location filename="../../desktop/main_window.py" line="407"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>PageCard</name>
    <message>
        <location filename="../../desktop/screens/capture.py" line="78"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="79"/>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="80"/>
        <source>Not used</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="151"/>
        <source>%1 — page %2</source>
        <translation>%1 — страница %2</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="155"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="156"/>
        <source>Remove this page</source>
        <translation>Удалить эту страницу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="157"/>
        <source>Use this page as</source>
        <translation>Использовать страницу как</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="158"/>
        <source>Page thumbnail</source>
        <translation>Миниатюра страницы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="160"/>
        <source>Could not read this page: %1</source>
        <translation>Не удалось прочитать страницу: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="162"/>
        <source>Recognising…</source>
        <translation>Распознавание…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="164"/>
        <source>Recognised as: %1 (%2)</source>
        <translation>Распознано как: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="167"/>
        <source>Not recognised (closest: %1, %2); choose what it is.</source>
        <translation>Не распознано (ближайшее: %1, %2); укажите вид страницы.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/capture.py" line="170"/>
        <source>Recognised page kind</source>
        <translation>Распознанный вид страницы</translation>
    </message>
</context>
<context>
    <name>PageKinds</name>
    <message>
        <location filename="../../desktop/kind_names.py" line="11"/>
        <source>PRC passport, data page</source>
        <translation>Паспорт КНР, страница с данными</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="12"/>
        <source>Kazakhstan passport, data page</source>
        <translation>Паспорт Казахстана, страница с данными</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="13"/>
        <source>Kazakhstan ID card, both sides</source>
        <translation>Удостоверение личности РК, обе стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="14"/>
        <source>Kazakhstan ID card, front</source>
        <translation>Удостоверение личности РК, лицевая сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="15"/>
        <source>Kazakhstan ID card, back</source>
        <translation>Удостоверение личности РК, оборотная сторона</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="16"/>
        <source>PRC certificate of renunciation of nationality</source>
        <translation>Свидетельство КНР о выходе из гражданства</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="17"/>
        <source>Kazakhstan certificate of termination of citizenship</source>
        <translation>Свидетельство РК о прекращении гражданства</translation>
    </message>
    <message>
        <location filename="../../desktop/kind_names.py" line="18"/>
        <source>not a known document</source>
        <translation>неизвестный документ</translation>
    </message>
</context>
<context>
    <name>PageResult</name>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="20"/>
        <source>Document code</source>
        <translation>Код документа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="21"/>
        <source>Issuing state</source>
        <translation>Государство выдачи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="22"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="23"/>
        <source>Given names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="24"/>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="25"/>
        <source>Nationality</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="26"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="27"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="28"/>
        <source>Date of expiry</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="29"/>
        <source>Optional data</source>
        <translation>Доп. данные</translation>
    </message>
</context>
<context>
    <name>PassportPanel</name>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="88"/>
        <source>Passport page with the machine readable zone outlined</source>
        <translation>Страница паспорта с выделенной машиночитаемой зоной</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="89"/>
        <source>Machine readable zone</source>
        <translation>Машиночитаемая зона</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="90"/>
        <source>Printed fields (visual zone)</source>
        <translation>Печатные поля (визуальная зона)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="91"/>
        <source>MRZ lines</source>
        <translation>Строки MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="92"/>
        <source>MRZ fields</source>
        <translation>Поля MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="93"/>
        <source>Printed fields</source>
        <translation>Печатные поля</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="98"/>
        <source>No machine readable zone was found on the passport pages.</source>
        <translation>На страницах паспорта машиночитаемая зона не найдена.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="100"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="100"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="102"/>
        <source>check digits valid</source>
        <translation>контрольные цифры верны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="102"/>
        <source>check digits NOT valid</source>
        <translation>контрольные цифры НЕ верны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="103"/>
        <source>MRZ %1, %2; read by %3 in %4 s</source>
        <translation>MRZ %1, %2; прочитано модулем %3 за %4 с</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="115"/>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="116"/>
        <source>Check digit</source>
        <translation>Контрольная цифра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/passport_panel.py" line="120"/>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
</context>
<context>
    <name>ReferralsScreen</name>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="120"/>
        <source>Referrals</source>
        <translation>Переданные дела</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="121"/>
        <location filename="../../desktop/screens/referrals.py" line="122"/>
        <source>Also undecided cases older than (hours):</source>
        <translation>Также дела без решения старше (часов):</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="123"/>
        <source>Hours undecided</source>
        <translation>Часов без решения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="124"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="125"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="126"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="127"/>
        <source>&amp;Open selected case</source>
        <translation>О&amp;ткрыть выбранное дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="128"/>
        <source>Open selected case</source>
        <translation>Открыть выбранное дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="129"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="130"/>
        <source>Subject</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="131"/>
        <source>Cases waiting for a supervisor</source>
        <translation>Дела, ожидающие решения руководителя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="132"/>
        <source>&amp;Decision</source>
        <translation>&amp;Решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="135"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="136"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="138"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="139"/>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="140"/>
        <source>Supervisor&apos;s comment</source>
        <translation>Комментарий руководителя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="141"/>
        <source>Record &amp;decision</source>
        <translation>&amp;Записать решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="142"/>
        <source>Record decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="143"/>
        <source>Decision message</source>
        <translation>Сообщение о решении</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="185"/>
        <source>referred</source>
        <translation>передано</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="185"/>
        <source>undecided</source>
        <translation>без решения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="191"/>
        <source>%1 case(s) waiting.</source>
        <translation>Ожидают решения дел: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="218"/>
        <source>This case is resolved.</source>
        <translation>По этому делу принято окончательное решение.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/referrals.py" line="249"/>
        <source>Decision recorded for case %1.</source>
        <translation>Решение по делу %1 записано.</translation>
    </message>
</context>
<context>
    <name>RegistryPanel</name>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="52"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="56"/>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="53"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="56"/>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="54"/>
        <location filename="../../desktop/screens/results/registry_panel.py" line="57"/>
        <source>Citizenship status history</source>
        <translation>История статуса гражданства</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="55"/>
        <source>Timeline: status changes and border crossings</source>
        <translation>Хронология: изменения статуса и пересечения границы</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="58"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="59"/>
        <source>Registry record</source>
        <translation>Запись реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="66"/>
        <source>Registry data is not current:</source>
        <translation>Данные реестра устарели:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="68"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="69"/>
        <source>renunciation pending</source>
        <translation>отказ на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="70"/>
        <source>terminated</source>
        <translation>прекращено</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="72"/>
        <source>No registry record was found for these documents.</source>
        <translation>Запись реестра для этих документов не найдена.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="76"/>
        <source>by document number</source>
        <translation>по номеру документа</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="76"/>
        <source>by personal id</source>
        <translation>по личному номеру</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="77"/>
        <source>by name and birth date</source>
        <translation>по имени и дате рождения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="78"/>
        <source>%1 %2, found %3; born %4 in %5; sex %6</source>
        <translation>%1 %2, найдено %3; дата рождения %4, место рождения %5; пол %6</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="83"/>
        <source>personal id %1</source>
        <translation>личный номер %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="85"/>
        <source>Other records fit too: %1</source>
        <translation>Подходят также другие записи: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Given names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="87"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="90"/>
        <source>State</source>
        <translation>Государство</translation>
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
        <translation>Выдан</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="91"/>
        <source>Expires</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Since</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="96"/>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="107"/>
        <source>▶ termination takes effect</source>
        <translation>▶ прекращение вступает в силу</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="107"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="109"/>
        <source>entry</source>
        <translation>въезд</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="109"/>
        <source>exit</source>
        <translation>выезд</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="112"/>
        <source>after termination</source>
        <translation>после прекращения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="117"/>
        <source>Where / status</source>
        <translation>Место / статус</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="118"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/registry_panel.py" line="118"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>RegistryScreen</name>
    <message>
        <location filename="../../desktop/screens/registry.py" line="109"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="110"/>
        <source>Import package…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="111"/>
        <source>Import package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="111"/>
        <source>From a file or a USB stick</source>
        <translation>Из файла или с USB-накопителя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="112"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="113"/>
        <source>https://… (the partner&apos;s package server)</source>
        <translation>https://… (сервер пакетов партнёра)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="114"/>
        <source>Package server address</source>
        <translation>Адрес сервера пакетов</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="115"/>
        <source>Pull newest</source>
        <translation>Загрузить новые</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="116"/>
        <source>Pull the newest packages from the server</source>
        <translation>Загрузить новейшие пакеты с сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="117"/>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Applied</source>
        <translation>Применён</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="118"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="122"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="123"/>
        <source>Data freshness</source>
        <translation>Актуальность данных</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="135"/>
        <source>none installed</source>
        <translation>не установлен</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="139"/>
        <source>%1 days (allowed: %2)</source>
        <translation>%1 дн. (допустимо: %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="141"/>
        <source>%1 persons, %2 documents, %3 photos, %4 crossings</source>
        <translation>лиц: %1, документов: %2, фото: %3, пересечений: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="148"/>
        <source>Import registry package</source>
        <translation>Импорт пакета реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="149"/>
        <source>Registry packages (*.tar *.tkpkg);;All files (*)</source>
        <translation>Пакеты реестра (*.tar *.tkpkg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="160"/>
        <source>Verifying and importing %1…</source>
        <translation>Проверка и импорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="166"/>
        <source>Enter the server address, starting with https:// (or http:// on a local network).</source>
        <translation>Введите адрес сервера, начинающийся с https:// (или http:// в локальной сети).</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="178"/>
        <source>Pulling from %1…</source>
        <translation>Загрузка с %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="224"/>
        <source>The registry copy is up to date: the server offers nothing newer.</source>
        <translation>Копия реестра актуальна: на сервере нет более новых данных.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="230"/>
        <source>Applied package %1 #%2: %3 written, %4 deleted, %5 photos.</source>
        <translation>Применён пакет %1 №%2: записано %3, удалено %4, фото %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="235"/>
        <source>Package %1 #%2 was already applied; nothing changed.</source>
        <translation>Пакет %1 №%2 уже применён; ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="238"/>
        <source>A signed sync receipt was written to %1.</source>
        <translation>Подписанная квитанция синхронизации записана в %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/registry.py" line="243"/>
        <source>Package refused: %1</source>
        <translation>Пакет отклонён: %1</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Faces</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="63"/>
        <source>Registry record</source>
        <translation>Запись реестра</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="64"/>
        <source>Certificate</source>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="66"/>
        <source>Verification results</source>
        <translation>Результаты проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/__init__.py" line="73"/>
        <source>Timings: %1</source>
        <translation>Время выполнения: %1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="171"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="172"/>
        <source>Appearance and session</source>
        <translation>Внешний вид и сеанс</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="172"/>
        <source>Capture devices</source>
        <translation>Устройства ввода</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Registry</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="173"/>
        <source>Faces</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="174"/>
        <source>Retention</source>
        <translation>Срок хранения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="178"/>
        <source>Lock after idle (&amp;minutes, 0 = never)</source>
        <translation>Блокировка при бездействии (&amp;минут, 0 — никогда)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="179"/>
        <source>Scanner &amp;device (empty = first found)</source>
        <translation>&amp;Устройство сканера (пусто — первое найденное)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="180"/>
        <source>Scan &amp;resolution</source>
        <translation>&amp;Разрешение сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="180"/>
        <source>Colour m&amp;ode</source>
        <translation>Цветовой р&amp;ежим</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="181"/>
        <source>&amp;Camera number</source>
        <translation>Номер &amp;камеры</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="181"/>
        <source>&amp;Watched scan folder</source>
        <translation>&amp;Отслеживаемая папка сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="182"/>
        <source>Registry package &amp;URL</source>
        <translation>&amp;Адрес пакетов реестра (URL)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="183"/>
        <source>Maximum registry a&amp;ge (days)</source>
        <translation>Максимальный &amp;возраст реестра (дней)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="183"/>
        <source>Face &amp;engine</source>
        <translation>Модуль распознавания &amp;лиц</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="184"/>
        <location filename="../../desktop/screens/settings_screen.py" line="190"/>
        <source>Calibrated bands</source>
        <translation>Калиброванные диапазоны</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="184"/>
        <source>Keep case images (da&amp;ys)</source>
        <translation>Хранить изображения дел (&amp;дней)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="191"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="191"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="192"/>
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="192"/>
        <source>Grey</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="193"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="194"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="195"/>
        <source>Browse for the watched folder</source>
        <translation>Выбрать отслеживаемую папку</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="196"/>
        <source>Confirm: delete old images now</source>
        <translation>Подтвердить: удалить старые изображения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="197"/>
        <source>&amp;Purge old images now…</source>
        <translation>Удалить старые &amp;изображения сейчас…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="198"/>
        <source>Purge old case images now</source>
        <translation>Удалить старые изображения дел сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="199"/>
        <source>Purge result</source>
        <translation>Результат удаления</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="200"/>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="201"/>
        <source>Apply settings</source>
        <translation>Применить настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="202"/>
        <source>Cance&amp;l</source>
        <translation>Отме&amp;на</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="203"/>
        <source>Cancel changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="204"/>
        <source>Settings message</source>
        <translation>Сообщение настроек</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="241"/>
        <source>Desk-wide settings are set by a supervisor or an administrator.</source>
        <translation>Общие настройки рабочего места задаёт руководитель или администратор.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="248"/>
        <source>Watched scan folder</source>
        <translation>Отслеживаемая папка сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="260"/>
        <source>Maximum registry age must be a number of days.</source>
        <translation>Максимальный возраст реестра должен быть указан числом дней.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="262"/>
        <source>Image retention must be a whole number of days.</source>
        <translation>Срок хранения изображений должен быть целым числом дней.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="275"/>
        <source>Maximum registry age must be more than 0 and at most 3650 days.</source>
        <translation>Максимальный возраст реестра должен быть больше 0 и не более 3650 дней.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="276"/>
        <location filename="../../desktop/screens/settings_screen.py" line="313"/>
        <source>Images must be kept from 1 to 3650 days.</source>
        <translation>Срок хранения изображений — от 1 до 3650 дней.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="277"/>
        <source>The registry URL must start with https://, http:// or file://.</source>
        <translation>Адрес реестра должен начинаться с https://, http:// или file://.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="278"/>
        <source>The watched folder must be a full path.</source>
        <translation>Для отслеживаемой папки укажите полный путь.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="279"/>
        <source>The idle lock must be 0 to 240 minutes.</source>
        <translation>Время блокировки при бездействии должно быть от 0 до 240 минут.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="280"/>
        <source>The camera number must be 0 to 16.</source>
        <translation>Номер камеры должен быть от 0 до 16.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="283"/>
        <source>%1 has a value that is not allowed.</source>
        <translation>Недопустимое значение параметра %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="285"/>
        <source>The watched folder does not exist: %1</source>
        <translation>Отслеживаемая папка не существует: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="291"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="294"/>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="298"/>
        <source>Changes discarded.</source>
        <translation>Изменения отменены.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="320"/>
        <source>Images of cases older than %1 days will be deleted; the case records stay. Click again to confirm.</source>
        <translation>Изображения дел старше %1 дн. будут удалены; записи дел сохранятся. Нажмите ещё раз для подтверждения.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="336"/>
        <source>Purging…</source>
        <translation>Удаление…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/settings_screen.py" line="346"/>
        <source>Deleted %1 image(s) of %2 case(s); %3 file(s) removed.</source>
        <translation>Удалено изображений: %1 (дел: %2); удалено файлов: %3.</translation>
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
        <source>Demo mode: sign in as %1 (officer), %2 (supervisor) or %3 (administrator), each with the password %4.</source>
        <translation>Демо-режим: войдите как %1 (сотрудник), %2 (руководитель) или %3 (администратор); пароль для всех: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="90"/>
        <source>Enter your user name and password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="93"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="108"/>
        <source>This account is locked after too many failed attempts. Ask an administrator, or wait and try again.</source>
        <translation>Учётная запись заблокирована после слишком многих неудачных попыток. Обратитесь к администратору или подождите и повторите.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/signin.py" line="111"/>
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <location filename="../../desktop/sources/panel.py" line="67"/>
        <source>Scanning is not available: the SANE program scanimage is not installed (package sane-utils).</source>
        <translation>Сканирование недоступно: программа SANE scanimage не установлена (пакет sane-utils).</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="69"/>
        <source>No scanner found. Check that it is connected and switched on, then refresh the list.</source>
        <translation>Сканер не найден. Проверьте, что он подключён и включён, затем обновите список.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="71"/>
        <source>The scanner is busy (another program may be using it). Try again in a moment.</source>
        <translation>Сканер занят (возможно, его использует другая программа). Повторите попытку немного позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="73"/>
        <source>Scan cancelled.</source>
        <translation>Сканирование отменено.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="74"/>
        <source>The scanner did not finish in time; the scan was stopped.</source>
        <translation>Сканер не завершил работу вовремя; сканирование остановлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="75"/>
        <source>The document feeder is jammed.</source>
        <translation>В устройстве подачи документов застряла бумага.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="76"/>
        <source>The document feeder is empty.</source>
        <translation>Устройство подачи документов пусто.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="77"/>
        <source>The scanner cover is open.</source>
        <translation>Крышка сканера открыта.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="78"/>
        <source>Access to the scanner was denied (check this user&apos;s permissions for scanners).</source>
        <translation>Доступ к сканеру запрещён (проверьте права этого пользователя на работу со сканерами).</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="88"/>
        <source>Not watching %1</source>
        <translation>Папка %1 не отслеживается</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="89"/>
        <source>Watching %1</source>
        <translation>Отслеживается папка %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="90"/>
        <source>The scan folder %1 is not available; watching resumes when it is back.</source>
        <translation>Папка сканирования %1 недоступна; отслеживание возобновится, когда она станет доступна.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="92"/>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="93"/>
        <source>The scan folder %1 cannot be read.</source>
        <translation>Не удаётся прочитать папку сканирования %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="95"/>
        <source>Colour</source>
        <translation>Цветной</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="95"/>
        <source>Grey</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="356"/>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="357"/>
        <source>&amp;Device:</source>
        <translation>&amp;Устройство:</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="358"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Разрешение:</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="359"/>
        <source>&amp;Mode:</source>
        <translation>Р&amp;ежим:</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="363"/>
        <location filename="../../desktop/sources/panel.py" line="408"/>
        <source>First scanner found</source>
        <translation>Первый найденный сканер</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="364"/>
        <location filename="../../desktop/sources/panel.py" line="377"/>
        <source>Find scanners</source>
        <translation>Найти сканеры</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="365"/>
        <source>Search again for connected scanners</source>
        <translation>Повторить поиск подключённых сканеров</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="366"/>
        <location filename="../../desktop/sources/panel.py" line="378"/>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="367"/>
        <source>Scan one page</source>
        <translation>Сканировать одну страницу</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="368"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="369"/>
        <source>Stop the scan</source>
        <translation>Остановить сканирование</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="370"/>
        <source>Camera…</source>
        <translation>Камера…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="371"/>
        <source>Take pages with the document camera</source>
        <translation>Снять страницы документ-камерой</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="372"/>
        <location filename="../../desktop/sources/panel.py" line="381"/>
        <source>Watch scan folder</source>
        <translation>Отслеживать папку сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="373"/>
        <source>Read new files the scanner saves into the scan folder</source>
        <translation>Читать новые файлы, которые сканер сохраняет в папку сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="374"/>
        <source>Scanner device</source>
        <translation>Устройство сканера</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="375"/>
        <source>Scan resolution</source>
        <translation>Разрешение сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="376"/>
        <source>Scan colour mode</source>
        <translation>Цветовой режим сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="379"/>
        <source>Cancel the scan</source>
        <translation>Отменить сканирование</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="380"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="382"/>
        <source>Scan folder status</source>
        <translation>Состояние папки сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="394"/>
        <source>No scan folder is set.</source>
        <translation>Папка сканирования не задана.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="425"/>
        <source>Searching for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="437"/>
        <source>Scanners found: %1</source>
        <translation>Найдено сканеров: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="475"/>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="497"/>
        <source>Page scanned; reading it.</source>
        <translation>Страница отсканирована; идёт чтение.</translation>
    </message>
    <message>
        <location filename="../../desktop/sources/panel.py" line="506"/>
        <source>The scan failed: %1</source>
        <translation>Сканирование не выполнено: %1</translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <location filename="../../desktop/screens/users.py" line="129"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="129"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="130"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="133"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="134"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="135"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="135"/>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="136"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="143"/>
        <location filename="../../desktop/screens/users.py" line="168"/>
        <source>Selected account</source>
        <translation>Выбранная учётная запись</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="144"/>
        <source>R&amp;ole</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="145"/>
        <source>Role of the selected account</source>
        <translation>Роль выбранной учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="146"/>
        <source>C&amp;hange role</source>
        <translation>&amp;Изменить роль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="147"/>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="148"/>
        <source>New pass&amp;word</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="149"/>
        <location filename="../../desktop/screens/users.py" line="151"/>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="150"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="152"/>
        <source>&amp;Reset password</source>
        <translation>С&amp;бросить пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="153"/>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="154"/>
        <source>&amp;Unlock</source>
        <translation>Ра&amp;зблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="155"/>
        <source>Unlock account</source>
        <translation>Разблокировать учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="156"/>
        <source>Loc&amp;k (disable)</source>
        <translation>Забл&amp;окировать (отключить)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="157"/>
        <source>Lock account</source>
        <translation>Заблокировать учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="158"/>
        <source>Add an account</source>
        <translation>Добавление учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>User &amp;name</source>
        <translation>Им&amp;я пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>&amp;Display name</source>
        <translation>Отображаемое и&amp;мя</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>Ro&amp;le</source>
        <translation>Ро&amp;ль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="159"/>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="160"/>
        <source>Repeat pa&amp;ssword</source>
        <translation>По&amp;вторите пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="165"/>
        <source>&amp;Add account</source>
        <translation>&amp;Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="166"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="167"/>
        <source>Add account message</source>
        <translation>Сообщение о добавлении учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="217"/>
        <source>locked (disabled)</source>
        <translation>заблокирована (отключена)</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="219"/>
        <source>locked until %1</source>
        <translation>заблокирована до %1</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="220"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="228"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="249"/>
        <source>No account selected.</source>
        <translation>Учётная запись не выбрана.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="265"/>
        <source>Enter a user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="268"/>
        <location filename="../../desktop/screens/users.py" line="320"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="270"/>
        <source>Adding…</source>
        <translation>Добавление…</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="281"/>
        <source>Account %1 added.</source>
        <translation>Учётная запись %1 добавлена.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="303"/>
        <source>Account %1 unlocked.</source>
        <translation>Учётная запись %1 разблокирована.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="306"/>
        <source>Account %1 locked.</source>
        <translation>Учётная запись %1 заблокирована.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="312"/>
        <source>Role of %1 changed.</source>
        <translation>Роль пользователя %1 изменена.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/users.py" line="331"/>
        <source>Password of %1 reset.</source>
        <translation>Пароль пользователя %1 сброшен.</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="61"/>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="62"/>
        <source>Reasons for the verdict</source>
        <translation>Основания вывода</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="66"/>
        <source>CLEAR — documents and registry agree</source>
        <translation>CLEAR — документы и реестр согласуются</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="67"/>
        <source>REVIEW — look closer before deciding</source>
        <translation>REVIEW — изучите внимательнее перед решением</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="68"/>
        <source>ALERT — the registry contradicts the documents</source>
        <translation>ALERT — реестр противоречит документам</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="69"/>
        <source> [DEMO DATA]</source>
        <translation> [ДЕМО-ДАННЫЕ]</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="75"/>
        <source>Every check passed.</source>
        <translation>Все проверки пройдены.</translation>
    </message>
    <message>
        <location filename="../../desktop/screens/results/verdict_banner.py" line="76"/>
        <source>Why:</source>
        <translation>Основания:</translation>
    </message>
</context>
</TS>
