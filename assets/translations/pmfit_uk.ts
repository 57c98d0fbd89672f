<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AboutYouPage</name>
        <message>
            <source>About you</source>
            <translation>Про вас</translation>
        </message>
        <message>
            <source>Progress through the questions</source>
            <translation>Скільки запитань пройдено</translation>
        </message>
        <message>
            <source>Last step · optional · never scored</source>
            <translation>Останній крок · за бажанням · на результат не впливає</translation>
        </message>
        <message>
            <source>A course or an HR team can use these two answers to check whether pmfit tells real Product Managers from real Project Managers. They never change your result, and they leave this computer only in answer sheets you export.</source>
            <translation>За цими двома відповідями курс або HR-команда можуть перевірити, чи відрізняє pmfit справжніх Product Manager від справжніх Project Manager. На ваш результат вони не впливають, а за межі цього комп’ютера потрапляють лише у файлах відповідей, які ви експортуєте.</translation>
        </message>
        <message>
            <source>What is your current role?</source>
            <translation>Яка ваша роль зараз?</translation>
        </message>
        <message>
            <source>Product Manager</source>
            <translation>Product Manager</translation>
        </message>
        <message>
            <source>Project Manager</source>
            <translation>Project Manager</translation>
        </message>
        <message>
            <source>Both: I do the work of each</source>
            <translation>Обидві: виконую роботу кожної</translation>
        </message>
        <message>
            <source>Another role (developer, designer, analyst, …)</source>
            <translation>Інша роль (розробник, дизайнер, аналітик, …)</translation>
        </message>
        <message>
            <source>None yet (studying, or between jobs)</source>
            <translation>Поки жодної (навчаюся або шукаю роботу)</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>How many years have you been in that role?</source>
            <translation>Скільки років ви в цій ролі?</translation>
        </message>
        <message>
            <source>not said</source>
            <translation>не вказано</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>The last question (Left arrow or Backspace)</source>
            <translation>Останнє запитання (стрілка ліворуч або Backspace)</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустити</translation>
        </message>
        <message>
            <source>See your result without answering these (Alt+S)</source>
            <translation>Побачити результат, не відповідаючи на ці запитання (Alt+S)</translation>
        </message>
        <message>
            <source>Show my result →</source>
            <translation>Показати результат →</translation>
        </message>
        <message>
            <source>See your result; what you chose here is kept with it (Enter)</source>
            <translation>Побачити результат; те, що ви тут обрали, збережеться разом із ним (Enter)</translation>
        </message>
        <message>
            <source>Whole years, 0 if less than one.</source>
            <translation>Цілих років; 0, якщо менше року.</translation>
        </message>
        <message>
            <source>Choose a role above first.</source>
            <translation>Спершу оберіть роль вище.</translation>
        </message>
        <message>
            <source>Not asked when you have none of these roles yet.</source>
            <translation>Не питаємо, якщо жодної з цих ролей у вас поки немає.</translation>
        </message>
        <message>
            <source>Then back to the start.</source>
            <translation>Потім — на початковий екран.</translation>
        </message>
        <message>
            <source>Press it again once saved.</source>
            <translation>Натисніть ще раз, коли збережеться.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Зберігаємо…</translation>
        </message>
        <message>
            <source>What you chose here is not saved yet.</source>
            <translation>Те, що ви тут обрали, ще не збережено.</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>level {0}</source>
            <translation>рівень {0}</translation>
        </message>
    </context>
    <context>
        <name>AnswerButton</name>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>pmfit cannot start</source>
            <translation>pmfit не вдається запустити</translation>
        </message>
        <message>
            <source>Your data folder cannot be made:
{0}</source>
            <translation>Не вдалося створити папку для ваших даних:
{0}</translation>
        </message>
        <message>
            <source>pmfit is already open</source>
            <translation>pmfit уже відкрито</translation>
        </message>
        <message>
            <source>pmfit is already running for this account. Switch to its window; your answers are there.</source>
            <translation>pmfit уже працює в цьому обліковому записі. Перейдіть до його вікна: ваші відповіді там.</translation>
        </message>
        <message>
            <source>The disk that holds {folder} is full. Free some space and start pmfit again.</source>
            <translation>Диск, на якому лежить {folder}, заповнений. Звільніть трохи місця й запустіть pmfit знову.</translation>
        </message>
        <message>
            <source>pmfit cannot write in {folder} (it is read-only or not yours). Make it writable and start again.</source>
            <translation>pmfit не може записувати в {folder} (папка лише для читання або не ваша). Дозвольте запис у неї й запустіть pmfit знову.</translation>
        </message>
        <message>
            <source>Another program is holding pmfit's data file in {folder}. Close it and start pmfit again.</source>
            <translation>Файл даних pmfit у {folder} зайняла інша програма. Закрийте її й запустіть pmfit знову.</translation>
        </message>
        <message>
            <source>Where pmfit keeps its data file in {folder} there is something else (a folder, a device or a pipe). pmfit leaves it alone; move it away and start again.</source>
            <translation>Там, де pmfit тримає свій файл даних у {folder}, лежить щось інше (папка, пристрій чи канал). pmfit цього не чіпає; перенесіть його деінде й запустіть pmfit знову.</translation>
        </message>
        <message>
            <source>The data file in {folder} belongs to another program, so pmfit leaves it untouched. Move it away (or set PMFIT_DATA_DIR to another folder) and start again.</source>
            <translation>Файл даних у {folder} належить іншій програмі, тож pmfit його не чіпає. Перенесіть його деінде (або вкажіть іншу папку в PMFIT_DATA_DIR) і запустіть pmfit знову.</translation>
        </message>
        <message>
            <source>The data in {folder} was written by a newer pmfit. Install that version to open it.</source>
            <translation>Дані в {folder} записала новіша версія pmfit. Щоб їх відкрити, установіть цю версію.</translation>
        </message>
        <message>
            <source>Your data folder cannot be used:
{detail}</source>
            <translation>Не вдалося скористатися папкою ваших даних:
{detail}</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>використання: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиційні аргументи</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметри</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>аргумент %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>незнайомі аргументи: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>бракує обов’язкових аргументів: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>потрібне одне значення</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>потрібне принаймні одне значення</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>неоднозначний параметр: %(option)s може означати %(matches)s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>неприйнятне значення %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>немає такого варіанта: %(value)r (можна: %(choices)s)</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>зайве значення %r</translation>
        </message>
    </context>
    <context>
        <name>ChartBlock</name>
        <message>
            <source>{0}, as a table</source>
            <translation>{0}: таблиця</translation>
        </message>
        <message>
            <source>Show as table</source>
            <translation>Показати таблицею</translation>
        </message>
        <message>
            <source>Show as table: {0}</source>
            <translation>Показати таблицею: {0}</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>then: {0}</source>
            <translation>тоді: {0}</translation>
        </message>
        <message>
            <source>now: {0}</source>
            <translation>тепер: {0}</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без відповіді</translation>
        </message>
        <message>
            <source>Change per responsibility, then and now (interest, 0–100):</source>
            <translation>Зміни за обов’язками, тоді й тепер (інтерес, 0–100):</translation>
        </message>
        <message>
            <source>Role fit, 0 to 100 (± is the range your answers leave open):</source>
            <translation>Відповідність ролям, від 0 до 100 (± — межа похибки ваших відповідей):</translation>
        </message>
        <message>
            <source> (leads)</source>
            <translation> (попереду)</translation>
        </message>
        <message>
            <source>Interest in each responsibility, 0 to 100:</source>
            <translation>Інтерес до кожного обов’язку, від 0 до 100:</translation>
        </message>
        <message>
            <source>{role}:</source>
            <translation>{role}:</translation>
        </message>
        <message>
            <source>- {title}: not answered</source>
            <translation>- {title}: без відповіді</translation>
        </message>
        <message>
            <source>Interest and experience map:</source>
            <translation>Карта інтересу й досвіду:</translation>
        </message>
        <message>
            <source>{title} (interest {interest}, experience {experience})</source>
            <translation>{title} (інтерес {interest}, досвід {experience})</translation>
        </message>
        <message>
            <source>- {name}, {meaning}: {scales}</source>
            <translation>- {name}, {meaning}: {scales}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>немає</translation>
        </message>
        <message>
            <source>Leads</source>
            <translation>Попереду</translation>
        </message>
        <message>
            <source>out of 100, ± {noise}</source>
            <translation>зі 100, ± {noise}</translation>
        </message>
        <message>
            <source>Interest, 0–100</source>
            <translation>Інтерес, 0–100</translation>
        </message>
        <message>
            <source>Experience →</source>
            <translation>Досвід →</translation>
        </message>
        <message>
            <source>Interest →</source>
            <translation>Інтерес →</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{title}: bank {id} {version} ({language})</source>
            <translation>{title}: банк запитань {id} {version} ({language})</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) asked</source>
            <translation>
                <numerusform>%n запитання в тесті</numerusform>
                <numerusform>%n запитання в тесті</numerusform>
                <numerusform>%n запитань у тесті</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tie-breaker(s) held back</source>
            <translation>
                <numerusform>%n додаткове в запасі</numerusform>
                <numerusform>%n додаткові в запасі</numerusform>
                <numerusform>%n додаткових у запасі</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>близько %n хвилини</numerusform>
                <numerusform>близько %n хвилин</numerusform>
                <numerusform>близько %n хвилин</numerusform>
            </translation>
        </message>
        <message>
            <source>bundled bank</source>
            <translation>вбудований банк запитань</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n lint problem(s), listed above (--strict)</source>
            <translation>
                <numerusform>{name}: %n проблема перевірки, її наведено вище (--strict)</numerusform>
                <numerusform>{name}: %n проблеми перевірки, їх наведено вище (--strict)</numerusform>
                <numerusform>{name}: %n проблем перевірки, їх наведено вище (--strict)</numerusform>
            </translation>
        </message>
        <message>
            <source>OK: {name}</source>
            <translation>Усе гаразд: {name}</translation>
        </message>
        <message>
            <source>note: items '{before}' and '{after}' follow each other and both measure {scales}</source>
            <translation>примітка: запитання «{before}» і «{after}» ідуть поспіль і обидва вимірюють {scales}</translation>
        </message>
        <message>
            <source>warning: {finding}</source>
            <translation>попередження: {finding}</translation>
        </message>
        <message numerus="yes">
            <source>%n lint warning(s); --strict makes them errors</source>
            <translation>
                <numerusform>%n попередження; з --strict воно стає помилкою</numerusform>
                <numerusform>%n попередження; з --strict вони стають помилками</numerusform>
                <numerusform>%n попереджень; з --strict вони стають помилками</numerusform>
            </translation>
        </message>
        <message>
            <source>bank needs an action: analyze, check, keying or show (see 'pmfit bank --help')</source>
            <translation>після bank потрібна дія: analyze, check, keying або show (див. «pmfit bank --help»)</translation>
        </message>
        <message>
            <source>No finished attempts yet.</source>
            <translation>Завершених спроб поки немає.</translation>
        </message>
        <message>
            <source>product</source>
            <translation>продакт</translation>
        </message>
        <message>
            <source>project</source>
            <translation>проджект</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>№</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>завершено</translation>
        </message>
        <message>
            <source>verdict</source>
            <translation>висновок</translation>
        </message>
        <message>
            <source>quick</source>
            <translation>швидка</translation>
        </message>
        <message>
            <source>full</source>
            <translation>повна</translation>
        </message>
        <message>
            <source>form</source>
            <translation>форма</translation>
        </message>
        <message numerus="yes">
            <source>(%n attempt(s) could not be read and are not listed)</source>
            <translation>
                <numerusform>(%n спробу не вдалося прочитати, її не показано)</numerusform>
                <numerusform>(%n спроби не вдалося прочитати, їх не показано)</numerusform>
                <numerusform>(%n спроб не вдалося прочитати, їх не показано)</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} is not an attempt id (see 'pmfit history')</source>
            <translation>{value} — не номер спроби (див. «pmfit history»)</translation>
        </message>
        <message>
            <source>there is no attempt with id {id} (see 'pmfit history')</source>
            <translation>спроби з номером {id} немає (див. «pmfit history»)</translation>
        </message>
        <message>
            <source>Wrote attempt {id} to {path}</source>
            <translation>Спробу {id} записано у файл {path}</translation>
        </message>
        <message numerus="yes">
            <source>warning: %n attempt(s) could not be read and are not exported</source>
            <translation>
                <numerusform>попередження: %n спробу не вдалося прочитати, її не експортовано</numerusform>
                <numerusform>попередження: %n спроби не вдалося прочитати, їх не експортовано</numerusform>
                <numerusform>попередження: %n спроб не вдалося прочитати, їх не експортовано</numerusform>
            </translation>
        </message>
        <message>
            <source>No finished attempts to export.</source>
            <translation>Немає завершених спроб, які можна експортувати.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n answer sheet(s) to {folder}.</source>
            <translation>
                <numerusform>У теку {folder} записано %n файл відповідей.</numerusform>
                <numerusform>У теку {folder} записано %n файли відповідей.</numerusform>
                <numerusform>У теку {folder} записано %n файлів відповідей.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) already there with the same contents, left as they are.</source>
            <translation>
                <numerusform>%n файл уже був там із тим самим вмістом, його не змінено.</numerusform>
                <numerusform>%n файли вже були там із тим самим вмістом, їх не змінено.</numerusform>
                <numerusform>%n файлів уже були там із тим самим вмістом, їх не змінено.</numerusform>
            </translation>
        </message>
        <message>
            <source>{path}: the sheet is not finished (finished_at is null); only finished ones import</source>
            <translation>{path}: відповіді не завершено (finished_at дорівнює null); імпортувати можна лише завершені</translation>
        </message>
        <message>
            <source>{path}: the sheet answers bank {bank}, not {expected}</source>
            <translation>{path}: відповіді належать до банку {bank}, а не {expected}</translation>
        </message>
        <message>
            <source> (answered with question version {version}, and scored with it)</source>
            <translation> (пройдено з версією запитань {version} і пораховано за нею)</translation>
        </message>
        <message>
            <source>pmfit is already open on this data (process {pid}): close it, then import again; nothing was added</source>
            <translation>pmfit уже відкрито з цими даними (процес {pid}): закрийте його й імпортуйте знову; нічого не додано</translation>
        </message>
        <message>
            <source>pmfit is already open on this data: close it, then import again; nothing was added</source>
            <translation>pmfit уже відкрито з цими даними: закрийте його й імпортуйте знову; нічого не додано</translation>
        </message>
        <message>
            <source>{problem}; nothing was added</source>
            <translation>{problem}; нічого не додано</translation>
        </message>
        <message>
            <source> (answered with question version {then}; scored with version {now}, {kept} of {given} answers still match and are kept)</source>
            <translation> (пройдено з версією запитань {then}; пораховано за версією {now}: {kept} з {given} відповідей досі пасують, їх збережено)</translation>
        </message>
        <message>
            <source>note: {path} was damaged; it was kept as {kept} and a new one started</source>
            <extracomment>How long an import waits for another pmfit command holding the lock (an import takes milliseconds).</extracomment>
            <translation>примітка: файл {path} був пошкоджений; його збережено як {kept} і розпочато новий</translation>
        </message>
        <message>
            <source>Already in your history as attempt {id}; nothing added.</source>
            <translation>Уже є в історії як спроба {id}; нічого не додано.</translation>
        </message>
        <message>
            <source>Imported {path} as attempt {id}{note}.</source>
            <translation>Імпортовано {path} як спробу {id}{note}.</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Записано {path}</translation>
        </message>
        <message>
            <source>bank keying needs an action: export or report (see 'pmfit bank keying --help')</source>
            <translation>після bank keying потрібна дія: export або report (див. «pmfit bank keying --help»)</translation>
        </message>
        <message>
            <source>pmfit blind keying sheet: whose everyday work is this?</source>
            <translation>Сліпе оцінювання тверджень pmfit: чия це щоденна робота?</translation>
        </message>
        <message>
            <source>For each statement, write one letter in the rating column:</source>
            <translation>Біля кожного твердження впишіть одну літеру в стовпець оцінки:</translation>
        </message>
        <message>
            <source>  P = Product Manager, J = Project Manager, B = both, N = neither</source>
            <translation>  P = Product Manager, J = Project Manager, B = обидва, N = жоден</translation>
        </message>
        <message>
            <source>A statement with a question is one answer to that question: rate that answer.</source>
            <translation>Твердження із запитанням — це один із варіантів відповіді на нього: оцінюйте саме цей варіант.</translation>
        </message>
        <message>
            <source>A statement may say someone would rather leave a task to others: rate the task.</source>
            <translation>Якщо у твердженні людина радше віддала б завдання іншим, оцінюйте саме завдання.</translation>
        </message>
        <message>
            <source>Rate on your own, from what you know of the two jobs; there is nothing to look up.</source>
            <translation>Оцінюйте самостійно, з власного знання обох ролей; нічого шукати не треба.</translation>
        </message>
        <message>
            <source>Change nothing else and keep the lines that start with #; notes may go in a fifth column.</source>
            <translation>Більше нічого не змінюйте і не видаляйте рядки, що починаються з #; примітки можна писати в п'ятому стовпці.</translation>
        </message>
        <message>
            <source>Save it as tab-separated text (UTF-8) and send this file back.</source>
            <translation>Збережіть як текст, розділений табуляцією (UTF-8), і надішліть цей файл назад.</translation>
        </message>
        <message>
            <source>number</source>
            <translation>номер</translation>
        </message>
        <message>
            <source>question</source>
            <translation>запитання</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>твердження</translation>
        </message>
        <message>
            <source>rating</source>
            <translation>оцінка</translation>
        </message>
        <message>
            <source>{path}: a name ending in .key.tsv is kept for the key; name the sheet SHEET.tsv</source>
            <translation>{path}: назва, що закінчується на .key.tsv, зарезервована для ключа; назвіть аркуш SHEET.tsv</translation>
        </message>
        <message>
            <source>The key to the blind keying sheet {name}: never show it to a rater.</source>
            <translation>Ключ до аркуша сліпого оцінювання {name}: ніколи не показуйте його оцінювачам.</translation>
        </message>
        <message>
            <source>option counts from 0; key: P = Product Manager, J = Project Manager, B = both, N = neither</source>
            <translation>варіанти рахуються від 0; ключ: P = Product Manager, J = Project Manager, B = обидва, N = жоден</translation>
        </message>
        <message numerus="yes">
            <source>Wrote the blind sheet {sheet} (%n statement(s), seed {seed}) and its key {key}.</source>
            <translation>
                <numerusform>Записано аркуш для сліпого оцінювання {sheet} (%n твердження, зерно {seed}) і ключ до нього {key}.</numerusform>
                <numerusform>Записано аркуш для сліпого оцінювання {sheet} (%n твердження, зерно {seed}) і ключ до нього {key}.</numerusform>
                <numerusform>Записано аркуш для сліпого оцінювання {sheet} (%n тверджень, зерно {seed}) і ключ до нього {key}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give raters only the sheet; keep the key for the report.</source>
            <translation>Оцінювачам давайте лише аркуш; ключ залиште собі для звіту.</translation>
        </message>
        <message>
            <source>no raters' sheets (*.tsv) in {paths}</source>
            <translation>немає аркушів експертів (*.tsv) у {paths}</translation>
        </message>
        <message>
            <source>{item} option {option}</source>
            <translation>{item}, варіант {option}</translation>
        </message>
        <message>
            <source>fewer than {percent}% give the key</source>
            <translation>ключ дають менше ніж {percent}% оцінювачів</translation>
        </message>
        <message>
            <source>a majority says both</source>
            <translation>більшість каже «обидва»</translation>
        </message>
        <message>
            <source>a majority says neither</source>
            <translation>більшість каже «жоден»</translation>
        </message>
        <message numerus="yes">
            <source>Blind keying of bank {id} {version}: %n rater(s)</source>
            <translation>
                <numerusform>Сліпе оцінювання банку запитань {id} {version}: %n оцінювач</numerusform>
                <numerusform>Сліпе оцінювання банку запитань {id} {version}: %n оцінювачі</numerusform>
                <numerusform>Сліпе оцінювання банку запитань {id} {version}: %n оцінювачів</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n твердження</numerusform>
                <numerusform>%n твердження</numerusform>
                <numerusform>%n тверджень</numerusform>
            </translation>
        </message>
        <message>
            <source>{agreement}% of the ratings give the bank's key; mean CVR {cvr}; Fleiss' kappa {kappa}</source>
            <translation>{agreement}% оцінок збігаються з ключем банку; середній CVR {cvr}; каппа Фляйса {kappa}</translation>
        </message>
        <message numerus="yes">
            <source>A majority of the raters gives the bank's key to {count} of %n statement(s).</source>
            <translation>
                <numerusform>Більшість оцінювачів дає ключ банку {count} з %n твердження.</numerusform>
                <numerusform>Більшість оцінювачів дає ключ банку {count} з %n тверджень.</numerusform>
                <numerusform>Більшість оцінювачів дає ключ банку {count} з %n тверджень.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bar: every statement keyed to a role gets that key from at least {percent}% of the raters, and none is called both or neither by a majority.</source>
            <translation>Планка: кожне твердження, прив'язане до ролі, отримує цей ключ щонайменше від {percent}% оцінювачів, і жодне більшість не називає «обидва» чи «жоден».</translation>
        </message>
        <message numerus="yes">
            <source>Not met: %n statement(s) below the bar.</source>
            <translation>
                <numerusform>Не досягнуто: %n твердження нижче планки.</numerusform>
                <numerusform>Не досягнуто: %n твердження нижче планки.</numerusform>
                <numerusform>Не досягнуто: %n тверджень нижче планки.</numerusform>
            </translation>
        </message>
        <message>
            <source>Met by every statement.</source>
            <translation>Досягнуто всіма твердженнями.</translation>
        </message>
        <message>
            <source>Raters (share of the statements keyed as the bank keys them):</source>
            <translation>Оцінювачі (частка тверджень, яким вони дали той самий ключ, що й банк):</translation>
        </message>
        <message>
            <source>Responsibilities:</source>
            <translation>Обов'язки:</translation>
        </message>
        <message>
            <source>responsibility</source>
            <translation>обов'язок</translation>
        </message>
        <message>
            <source>statements</source>
            <translation>тверджень</translation>
        </message>
        <message>
            <source>agreement</source>
            <translation>збіг</translation>
        </message>
        <message>
            <source>below the bar</source>
            <translation>нижче планки</translation>
        </message>
        <message>
            <source>Below the bar:</source>
            <translation>Нижче планки:</translation>
        </message>
        <message>
            <source>{statement} (key {key}): {counts}; agreement {agreement}%, CVR {cvr}: {why}</source>
            <translation>{statement} (ключ {key}): {counts}; збіг {agreement}%, CVR {cvr}: {why}</translation>
        </message>
        <message>
            <source>warning: {file} is the same answer sheet as {first}; it is counted once</source>
            <translation>попередження: {file} — той самий файл відповідей, що й {first}; його враховано один раз</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) repeating a sheet already given, counted once.</source>
            <translation>
                <numerusform>%n файл повторює вже наданий файл відповідей; враховано один раз.</numerusform>
                <numerusform>%n файли повторюють уже надані файли відповідей; враховано один раз.</numerusform>
                <numerusform>%n файлів повторюють уже надані файли відповідей; враховано один раз.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) of earlier version {version}: scored with that version, for the known groups only.</source>
            <translation>
                <numerusform>%n файл відповідей попередньої версії {version}: пораховано за нею, лише для відомих груп.</numerusform>
                <numerusform>%n файли відповідей попередньої версії {version}: пораховано за нею, лише для відомих груп.</numerusform>
                <numerusform>%n файлів відповідей попередньої версії {version}: пораховано за нею, лише для відомих груп.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With %n sheet(s), alpha, item-total r and option shares are not meaningful yet, so nothing is flagged: at least {minimum} are needed.</source>
            <translation>
                <numerusform>З %n файлом відповідей альфа, кореляції запитань зі шкалою та частки варіантів ще нічого не означають, тож нічого не позначено: потрібно щонайменше {minimum}.</numerusform>
                <numerusform>З %n файлами відповідей альфа, кореляції запитань зі шкалою та частки варіантів ще нічого не означають, тож нічого не позначено: потрібно щонайменше {minimum}.</numerusform>
                <numerusform>З %n файлами відповідей альфа, кореляції запитань зі шкалою та частки варіантів ще нічого не означають, тож нічого не позначено: потрібно щонайменше {minimum}.</numerusform>
            </translation>
        </message>
        <message>
            <source>AUC {auc}: in {percent}% of pairs the Product Manager's gap is larger than the Project Manager's.</source>
            <translation>AUC {auc}: у {percent}% пар різниця в Product Manager більша, ніж у Project Manager.</translation>
        </message>
        <message>
            <source>Hit rate {percent}%: results leaning clearly or slightly toward the person's current role.</source>
            <translation>Влучність {percent}%: частка результатів, що явно або трохи схиляються до теперішньої ролі людини.</translation>
        </message>
        <message>
            <source>No gap separates the groups better than chance.</source>
            <translation>Жодна межа різниці не розділяє групи краще, ніж випадок.</translation>
        </message>
        <message>
            <source>Best cutoff (Youden's J): a gap of {gap} points; above it, Product Manager.</source>
            <translation>Найкраща межа (J Юдена): різниця {gap} бала; вище неї — Product Manager.</translation>
        </message>
        <message>
            <source>Cohen's d per responsibility, Product Managers minus Project Managers:</source>
            <translation>d Коена за обов'язками, Product Manager мінус Project Manager:</translation>
        </message>
        <message>
            <source>Known groups (people who said what they do now): Product Managers {product}, Project Managers {project}</source>
            <translation>Відомі групи (ті, хто вказав, ким працює зараз): Product Manager — {product}, Project Manager — {project}</translation>
        </message>
        <message>
            <source>Too few to say anything yet: at least {minimum} from each group are needed ({product} more from Product Managers, {project} more from Project Managers).</source>
            <translation>Поки замало, щоб щось стверджувати: потрібно щонайменше по {minimum} від кожної групи (ще {product} від Product Manager, ще {project} від Project Manager).</translation>
        </message>
        <message>
            <source>Languages compared, {focal} against {reference}: sheets in {focal} {focal_n}, in {reference} {reference_n}</source>
            <translation>Порівняння мов, {focal} проти {reference}: файлів відповідей {focal} — {focal_n}, {reference} — {reference_n}</translation>
        </message>
        <message>
            <source>Too few to say anything yet: at least {minimum} sheets in each language are needed ({focal_more} more in {focal}, {reference_more} more in {reference}).</source>
            <translation>Поки замало, щоб щось стверджувати: потрібно щонайменше по {minimum} файлів відповідей кожною мовою (ще {focal_more} для {focal}, ще {reference_more} для {reference}).</translation>
        </message>
        <message>
            <source>Each item's mean answer in {focal} minus {reference}, among people with the same total on its responsibility (Mantel-Haenszel; class A negligible, B moderate, C large):</source>
            <translation>Середня відповідь на кожне запитання, {focal} мінус {reference}, серед людей з однаковою сумою за його обов'язком (Мантель — Гензель; клас A — знехтувано малий, B — помірний, C — великий):</translation>
        </message>
        <message>
            <source>scale '{scale}': alpha {value} is below {limit}</source>
            <translation>шкала «{scale}»: альфа {value} нижча за {limit}</translation>
        </message>
        <message>
            <source>item '{item}': item-total r {value} on scale '{scale}' is below {limit}</source>
            <translation>запитання «{item}»: кореляція зі шкалою «{scale}» r = {value} нижча за {limit}</translation>
        </message>
        <message>
            <source>item '{item}': option {option} is picked by {share} of the sheets that answered it, under {limit}</source>
            <translation>запитання «{item}»: варіант {option} обирають {share} тих, хто відповів, менше ніж {limit}</translation>
        </message>
        <message>
            <source>item '{item}': option {option} is picked by {share} of the sheets that answered it, over {limit}</source>
            <translation>запитання «{item}»: варіант {option} обирають {share} тих, хто відповів, більше ніж {limit}</translation>
        </message>
        <message>
            <source>item '{item}': skipped by {share} of the sheets, over {limit}</source>
            <translation>запитання «{item}»: його пропускають {share} файлів відповідей, більше ніж {limit}</translation>
        </message>
        <message numerus="yes">
            <source>Pilot of bank '{bank}' version {version}: %n answer sheet(s)</source>
            <translation>
                <numerusform>Випробування банку «{bank}» версії {version}: %n файл відповідей</numerusform>
                <numerusform>Випробування банку «{bank}» версії {version}: %n файли відповідей</numerusform>
                <numerusform>Випробування банку «{bank}» версії {version}: %n файлів відповідей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} ({scale}): alpha {alpha} on %n complete sheet(s)</source>
            <translation>
                <numerusform>{title} ({scale}): альфа {alpha} на %n повному файлі відповідей</numerusform>
                <numerusform>{title} ({scale}): альфа {alpha} на %n повних файлах відповідей</numerusform>
                <numerusform>{title} ({scale}): альфа {alpha} на %n повних файлах відповідей</numerusform>
            </translation>
        </message>
        <message>
            <source>item</source>
            <translation>запитання</translation>
        </message>
        <message>
            <source>mean</source>
            <translation>середнє</translation>
        </message>
        <message>
            <source>sd</source>
            <translation>станд. відх.</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <source>item-total</source>
            <translation>r зі шкалою</translation>
        </message>
        <message>
            <source>(no likert interest items)</source>
            <translation>(немає тверджень про інтерес)</translation>
        </message>
        <message>
            <source>(r) reverse-keyed: scored as 6 - answer, so that a higher number means more of the scale.</source>
            <translation>(r) зворотне твердження: рахується як 6 − відповідь, щоб більше число означало більше того, що вимірює шкала.</translation>
        </message>
        <message>
            <source>Choices: the share of the sheets that answered each one picking each option</source>
            <translation>Вибір варіантів: яка частка тих, хто відповів на запитання, обрала кожен варіант</translation>
        </message>
        <message>
            <source>option {number}</source>
            <translation>варіант {number}</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>відповіли</translation>
        </message>
        <message>
            <source>{item} (tie-breaker)</source>
            <translation>{item} (додаткове)</translation>
        </message>
        <message numerus="yes">
            <source>Flags (%n):</source>
            <translation>
                <numerusform>Позначки (%n):</numerusform>
                <numerusform>Позначки (%n):</numerusform>
                <numerusform>Позначки (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>No flags: every figure is within its limit.</source>
            <translation>Позначок немає: усі показники в межах норми.</translation>
        </message>
        <message>
            <source>difference</source>
            <translation>різниця</translation>
        </message>
        <message>
            <source>effect</source>
            <translation>ефект</translation>
        </message>
        <message>
            <source>class</source>
            <translation>клас</translation>
        </message>
        <message>
            <source>Behave differently in the two languages (class B or C): {items}</source>
            <translation>Працюють по-різному двома мовами (клас B або C): {items}</translation>
        </message>
        <message>
            <source>No item behaves differently in the two languages.</source>
            <translation>Жодне запитання не працює по-різному двома мовами.</translation>
        </message>
        <message>
            <source>give an attempt ID or --all, not both (see 'pmfit history export --help')</source>
            <translation>вкажіть ID спроби або --all, але не обидва (див. 'pmfit history export --help')</translation>
        </message>
        <message>
            <source>give an attempt ID, or --all for every finished attempt (see 'pmfit history export --help')</source>
            <translation>вкажіть ID спроби або --all для всіх завершених спроб (див. 'pmfit history export --help')</translation>
        </message>
        <message>
            <source>unknown command (see 'pmfit --help')</source>
            <translation>невідома команда (див. «pmfit --help»)</translation>
        </message>
        <message numerus="yes">
            <source>{path}: the question bank has %n problem(s), the first: {problem} (see '{command}' for all of them)</source>
            <translation>
                <numerusform>{path}: у банку запитань %n проблема: {problem} (усі — див. «{command}»)</numerusform>
                <numerusform>{path}: у банку запитань %n проблеми, перша: {problem} (усі — див. «{command}»)</numerusform>
                <numerusform>{path}: у банку запитань %n проблем, перша: {problem} (усі — див. «{command}»)</numerusform>
            </translation>
        </message>
        <message>
            <source>unexpected error ({error}); please report it</source>
            <translation>неочікувана помилка ({error}); будь ласка, повідомте про неї</translation>
        </message>
        <message>
            <source>desktop needs an action: install or uninstall (see 'pmfit desktop --help')</source>
            <translation>після desktop потрібна дія: install або uninstall (див. «pmfit desktop --help»)</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation>Пробний запуск: нічого не змінено.</translation>
        </message>
        <message>
            <source>The menu entry {entry} is not pmfit's, so it is kept and may not start this pmfit ({starts}); 'pmfit desktop install --force' replaces it.</source>
            <translation>Пункт меню {entry} створив не pmfit, тож його залишено, і він може запускати не цей pmfit ({starts}); «pmfit desktop install --force» замінить його.</translation>
        </message>
        <message>
            <source>The menu entry would start: {starts}</source>
            <translation>Пункт меню запускав би: {starts}</translation>
        </message>
        <message>
            <source>pmfit is in your application menu ({entry}); it starts: {starts}</source>
            <translation>pmfit є в меню застосунків ({entry}); пункт запускає: {starts}</translation>
        </message>
        <message>
            <source>pmfit's own menu entry, icons and metainfo are gone; the files marked 'kept' are not pmfit's and stay. Your answers and results are kept.</source>
            <translation>Власний пункт меню pmfit, його значки й метадані прибрано; файли з позначкою «залишено» створив не pmfit, тож вони лишаються. Ваші відповіді й результати збережено.</translation>
        </message>
        <message>
            <source>pmfit's menu entry, icons and metainfo are gone; your answers and results are kept.</source>
            <translation>Пункт меню pmfit, його значки й метадані прибрано; ваші відповіді й результати збережено.</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>показати цю довідку й вийти</translation>
        </message>
        <message>
            <source>{problem} (see '{command} --help')</source>
            <translation>{problem} (див. «{command} --help»)</translation>
        </message>
        <message>
            <source>the language of the words and of the bundled question bank (default: your locale's)</source>
            <translation>мова повідомлень і вбудованого банку запитань (типово — мова вашої системи)</translation>
        </message>
        <message>
            <source>The pilot report of many answer sheets (the README's "Piloting a bank" has the details and
the JSON).

Each sheet counts once: the same sheet given twice (or a copy) is left out with a warning.
Sheets of this bank's version feed the item analysis (alpha, item-total r, option shares; no
flags under 30 sheets) and the two languages compared (each likert interest item's mean
answer, Ukrainian minus English, matched on its responsibility's total: Mantel-Haenszel, ETS
classes A/B/C; nothing under 30 sheets a language). Sheets of an earlier version are scored
with that version's bank and count for the known groups only; a sheet of a version pmfit
does not have is refused (exit 2). Known groups: respondents whose current_role is
product_manager or project_manager; AUC of the product-minus-project gap, hit rate, Cohen's
d per scale, Youden cutoff; all null under 20 sheets a group.</source>
            <translation>Звіт випробування за багатьма файлами відповідей (подробиці й JSON — у розділі «Piloting a
bank» файлу README).

Кожен файл враховано один раз: той самий файл, поданий двічі (або його копію), пропущено з
попередженням. Файли цієї версії банку йдуть в аналіз запитань (альфа, кореляція запитання
зі шкалою, частки варіантів; менш ніж за 30 файлів нічого не позначено) і в порівняння двох
мов (середня відповідь на кожне твердження про інтерес, українська мінус англійська, за
рівного підсумку за обов’язком: Мантель — Гензель, класи ETS A/B/C; менш ніж за 30 файлів
кожною мовою — нічого). Файли попередньої версії рахуються за банком тієї версії і йдуть
лише у відомі групи; файл версії, якої pmfit не має, відхилено (код виходу 2). Відомі групи:
респонденти, чия current_role — product_manager або project_manager; AUC різниці «продукт
мінус проєкт», частка влучань, d Коена за шкалами, поріг Юдена; менш ніж за 20 файлів у
групі — усе null.</translation>
        </message>
        <message>
            <source>Writes SHEET.tsv, the blind sheet a rater fills in, and SHEET.key.tsv, its key. Both are
tab-separated UTF-8 text that a spreadsheet opens and saves. Lines starting with # are
comments; one of them says which bank (id, version, language), seed and statements the file
belongs to, with a checksum.

The sheet lists every statement of the bank: each self-description, and each option of each
choice item together with its question (check items are left out), shuffled by the seed,
without ids, keys or tags. Columns: number, question (empty for a self-description),
statement, rating (empty: the rater writes P = Product Manager, J = Project Manager, B =
both or N = neither). A fifth column is free for notes.

The key (never for raters) has per statement number: item (id), option (index from 0, as in
answer sheets; empty for a self-description), key (P, J, B or N: the role of the scales the
bank weighs it on, B when both roles', N when none), scales (comma-separated), question and
statement.

Without --seed a random seed is chosen and printed; the same bank and seed give the same
sheet.</source>
            <translation>Записує SHEET.tsv — сліпий аркуш, який заповнює експерт, — і SHEET.key.tsv, ключ до нього.
Обидва — текст UTF-8 з табуляціями, який відкриває й зберігає електронна таблиця. Рядки, що
починаються з #, — коментарі; один із них указує, до якого банку (id, версія, мова), зерна й
тверджень належить файл, з контрольною сумою.

Аркуш містить усі твердження банку: кожен самоопис і кожен варіант кожного запитання з
вибором разом із самим запитанням (контрольні запитання не входять), перемішані за зерном,
без id, ключів і позначок. Стовпці: номер, запитання (порожнє для самоопису), твердження,
оцінка (порожня: експерт пише P = Product Manager, J = Project Manager, B = обидві або N =
жодна). П’ятий стовпець вільний для приміток.

Ключ (не для експертів) має для кожного номера твердження: запитання (id), варіант (номер
від 0, як у файлах відповідей; порожній для самоопису), ключ (P, J, B або N: роль шкал, яким
банк надає вагу твердженню; B — коли обох ролей, N — коли жодної), шкали (через кому),
запитання й твердження.

Без --seed зерно обирається випадково й виводиться; той самий банк і те саме зерно дають той
самий аркуш.</translation>
        </message>
        <message>
            <source>Reads raters' filled sheets (one file per rater, every statement rated P, J, B or N) and
joins each to the key of the bank and seed it names: --bank, or the bundled bank of the
sheet's language in the sheet's version. A sheet of another bank version or seed, a missing
or unknown rating: one line, exit 2.

Per statement and per responsibility: agreement (share of raters giving the bank's key),
Lawshe's content validity ratio CVR = (n_e - N/2) / (N/2) with n_e the raters giving the
key, and Fleiss' kappa among the raters over P, J, B and N. The bar: every statement keyed
to a role is given that key by at least 80% of the raters, and none is called "both" or
"neither" by a majority (more than half).</source>
            <translation>Читає заповнені аркуші експертів (по файлу на експерта, кожне твердження оцінено як P, J, B
або N) і зіставляє кожен із ключем банку й зерна, які в ньому вказано: --bank або вбудований
банк мовою аркуша у версії аркуша. Аркуш іншої версії банку чи іншого зерна, пропущена чи
невідома оцінка — один рядок, код виходу 2.

За кожним твердженням і кожним обов’язком: згода (частка експертів, які дали ключ банку),
коефіцієнт змістової валідності Лоше CVR = (n_e - N/2) / (N/2), де n_e — експерти, які дали
ключ, і каппа Фляйсса серед експертів за P, J, B і N. Поріг: кожне твердження, віднесене до
ролі, отримує цей ключ щонайменше від 80% експертів, і жодне більшість (понад половину) не
називає «обидві» чи «жодна».</translation>
        </message>
        <message>
            <source>pmfit history export ID -o SHEET.json writes one attempt's answer sheet as it is (to move it
to another computer: pmfit import reads it).

pmfit history export --all -o FOLDER writes every finished attempt, one sheet each, for a
cohort to pool and pmfit bank analyze to read (the README's "Running a pilot"). FOLDER is
made when missing. A sheet holds the answers, the seconds per question, and what the person
said in "About you" (respondent), when they did; no name, and its start and finish only to
the day (UTC), never the time. Files are named pmfit-&lt;finished day&gt;-&lt;attempt
id&gt;-&lt;digest&gt;.json: they sort by day, and the digest of the content keeps files from
different computers apart. A file already there with the same content is left as it is (run
it again after new attempts: only those are added); one with other content is never
replaced: each such file is one line on stderr, exit 2, and nothing is written. Written all
at once, or not at all.</source>
            <translation>pmfit history export ID -o АРКУШ.json записує аркуш відповідей однієї спроби як є (щоб
перенести його на інший комп’ютер: його читає pmfit import).

pmfit history export --all -o ТЕКА записує всі завершені спроби, по аркушу на кожну, щоб
група могла їх зібрати разом, а pmfit bank analyze — прочитати (розділ README «Running a
pilot»). ТЕКУ буде створено, якщо її немає. Аркуш містить відповіді, секунди на кожне
питання і те, що людина сказала в «Про вас» (respondent), якщо сказала; без імені, а
початок і кінець — лише з точністю до дня (UTC), ніколи не час. Файли називаються
pmfit-&lt;день завершення&gt;-&lt;ID спроби&gt;-&lt;дайджест&gt;.json: вони сортуються за днем, а
дайджест вмісту не дає сплутати файли з різних комп’ютерів. Файл, що вже є з тим самим
вмістом, лишається як є (запустіть знову після нових спроб: додадуться лише вони); файл з
іншим вмістом ніколи не замінюється: кожен такий файл — один рядок у stderr, код виходу 2, і
нічого не записано. Записується все разом або нічого.</translation>
        </message>
        <message>
            <source>{value} is not a whole number from 0 to {most}</source>
            <translation>{value} — не ціле число від 0 до {most}</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>ШЛЯХ</translation>
        </message>
        <message>
            <source>question bank (default: the bundled one)</source>
            <translation>банк запитань (типово — вбудований)</translation>
        </message>
        <message>
            <source>print JSON for tools</source>
            <translation>вивести JSON для програм</translation>
        </message>
        <message>
            <source>the blind keying study: a sheet for raters, and the report of their ratings</source>
            <translation>сліпа перевірка ключів: аркуш для експертів і звіт за їхніми оцінками</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>ДІЯ</translation>
        </message>
        <message>
            <source>write a blind sheet of every statement for raters, and its key</source>
            <translation>записати сліпий аркуш з усіма твердженнями для експертів і ключ до нього</translation>
        </message>
        <message>
            <source>the order's seed (default: random)</source>
            <translation>зерно порядку (типово — випадкове)</translation>
        </message>
        <message>
            <source>the sheet to write</source>
            <translation>аркуш, який записати</translation>
        </message>
        <message>
            <source>report how raters keyed the statements: agreement, CVR, Fleiss' kappa, the bar</source>
            <translation>звіт про те, як експерти віднесли твердження: згода, CVR, каппа Фляйсса, поріг</translation>
        </message>
        <message>
            <source>RATINGS.tsv|FOLDER</source>
            <translation>ОЦІНКИ.tsv|ТЕКА</translation>
        </message>
        <message>
            <source>raters' filled sheets, or a study's folder (its *.tsv but the keys)</source>
            <translation>заповнені аркуші експертів або тека дослідження (її *.tsv, крім ключів)</translation>
        </message>
        <message>
            <source>question bank (default: the sheets' own)</source>
            <translation>банк запитань (типово — той, що вказано в аркушах)</translation>
        </message>
        <message>
            <source>Product Manager or Project Manager? With no command, opens the desktop app.</source>
            <translation>Product Manager чи Project Manager? Без команди відкриває застосунок.</translation>
        </message>
        <message>
            <source>show pmfit's version and exit</source>
            <translation>показати версію pmfit і вийти</translation>
        </message>
        <message>
            <source>open the app with this question bank</source>
            <translation>відкрити застосунок із цим банком запитань</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>КОМАНДА</translation>
        </message>
        <message>
            <source>score an answer sheet (JSON) and explain the result</source>
            <translation>порахувати файл відповідей (JSON) і пояснити результат</translation>
        </message>
        <message>
            <source>write the PDF summary of an answer sheet</source>
            <translation>записати підсумок файлу відповідей у PDF</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>ІМ’Я</translation>
        </message>
        <message>
            <source>your name, printed on the summary</source>
            <translation>ваше ім’я, яке буде надруковано в підсумку</translation>
        </message>
        <message>
            <source>check, show or pilot a question bank</source>
            <translation>перевірити, показати чи випробувати банк запитань</translation>
        </message>
        <message>
            <source>validate a bank and list every problem</source>
            <translation>перевірити банк і перелічити всі проблеми</translation>
        </message>
        <message>
            <source>bank file (default: the bundled one)</source>
            <translation>файл банку (типово — вбудований)</translation>
        </message>
        <message>
            <source>treat lint warnings as errors (exit 2)</source>
            <translation>вважати попередження перевірки помилками (код виходу 2)</translation>
        </message>
        <message>
            <source>print a bank</source>
            <translation>вивести банк</translation>
        </message>
        <message>
            <source>pilot a bank on many answer sheets: item analysis, known groups, the two languages</source>
            <translation>випробувати банк на багатьох файлах відповідей: аналіз запитань, відомі групи, дві мови</translation>
        </message>
        <message>
            <source>answer sheets of this bank</source>
            <translation>файли відповідей цього банку</translation>
        </message>
        <message>
            <source>list finished attempts, or export one as an answer sheet</source>
            <translation>перелічити завершені спроби або експортувати одну як файл відповідей</translation>
        </message>
        <message>
            <source>write an attempt's answer sheet, or every finished attempt's for a pilot (--all)</source>
            <translation>записати аркуш відповідей спроби або аркуші всіх завершених спроб для пілоту (--all)</translation>
        </message>
        <message>
            <source>the attempt (see 'pmfit history')</source>
            <translation>спроба (див. 'pmfit history')</translation>
        </message>
        <message>
            <source>every finished attempt, one sheet each, into the folder -o names</source>
            <translation>усі завершені спроби, по аркушу на кожну, у теку, яку вказує -o</translation>
        </message>
        <message>
            <source>SHEET.json|FOLDER</source>
            <translation>АРКУШ.json|ТЕКА</translation>
        </message>
        <message>
            <source>the sheet, or with --all the folder</source>
            <translation>аркуш, а з --all — тека</translation>
        </message>
        <message>
            <source>add a finished answer sheet to the history</source>
            <translation>додати завершений файл відповідей до історії</translation>
        </message>
        <message>
            <source>put pmfit into your application menu, or take it out</source>
            <translation>додати pmfit до меню застосунків або прибрати з нього</translation>
        </message>
        <message>
            <source>add the menu entry, icons and metainfo</source>
            <translation>додати пункт меню, значки й метадані</translation>
        </message>
        <message>
            <source>remove them</source>
            <translation>прибрати їх</translation>
        </message>
        <message>
            <source>print what would be done, change nothing</source>
            <translation>вивести, що буде зроблено, нічого не змінюючи</translation>
        </message>
        <message>
            <source>also replace files at pmfit's names that pmfit did not write or that changed since</source>
            <translation>також замінити файли з назвами pmfit, які створив не pmfit або які відтоді змінилися</translation>
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>← Back to past results</source>
            <translation>← До попередніх результатів</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>How your results changed</source>
            <translation>Як змінилися ваші результати</translation>
        </message>
        <message>
            <source>Your verdict changed.</source>
            <translation>Висновок змінився.</translation>
        </message>
        <message>
            <source>Your verdict stayed the same.</source>
            <translation>Висновок не змінився.</translation>
        </message>
        <message>
            <source>These two attempts used different versions of the questions ({0} and {1}), so small differences may come from the questions rather than from you.</source>
            <translation>Ці дві спроби пройдено з різними версіями запитань ({0} і {1}), тож невеликі відмінності можуть походити від запитань, а не від вас.</translation>
        </message>
        <message>
            <source>Change per responsibility, then and now</source>
            <translation>Зміни за обов’язками, тоді й тепер</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Обов’язок</translation>
        </message>
        <message>
            <source>Then</source>
            <translation>Тоді</translation>
        </message>
        <message>
            <source>{0} · attempt {1}</source>
            <translation>{0} · спроба {1}</translation>
        </message>
        <message>
            <source>{0}: {1}, {2} ({3})</source>
            <translation>{0}: {1}, {2} ({3})</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Тепер</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>Largest changes first</source>
            <translation>Спершу найбільші зміни</translation>
        </message>
    </context>
    <context>
        <name>Desktop</name>
        <message>
            <source>unchanged {path}</source>
            <translation>без змін {path}</translation>
        </message>
        <message>
            <source>would write {path}</source>
            <translation>буде записано {path}</translation>
        </message>
        <message>
            <source>wrote {path}</source>
            <translation>записано {path}</translation>
        </message>
        <message>
            <source>would replace {path} (--force: {why})</source>
            <translation>буде замінено {path} (--force: {why})</translation>
        </message>
        <message>
            <source>replaced {path} (--force: {why})</source>
            <translation>замінено {path} (--force: {why})</translation>
        </message>
        <message>
            <source>kept {path}: {why} ('pmfit desktop install --force' replaces it)</source>
            <translation>залишено {path}: {why} («pmfit desktop install --force» замінить його)</translation>
        </message>
        <message>
            <source>kept {path}: {why}</source>
            <translation>залишено {path}: {why}</translation>
        </message>
        <message>
            <source>would make folder {path}</source>
            <translation>буде створено папку {path}</translation>
        </message>
        <message>
            <source>made folder {path}</source>
            <translation>створено папку {path}</translation>
        </message>
        <message>
            <source>would record what is installed in {path}</source>
            <translation>буде записано перелік встановленого в {path}</translation>
        </message>
        <message>
            <source>recorded what is installed in {path}</source>
            <translation>перелік встановленого записано в {path}</translation>
        </message>
        <message>
            <source>would run {command}</source>
            <translation>буде виконано {command}</translation>
        </message>
        <message>
            <source>ran {command}</source>
            <translation>виконано {command}</translation>
        </message>
        <message>
            <source>would remove {path}</source>
            <translation>буде видалено {path}</translation>
        </message>
        <message>
            <source>removed {path}</source>
            <translation>видалено {path}</translation>
        </message>
        <message>
            <source>would remove the empty folder {path}</source>
            <translation>буде видалено порожню папку {path}</translation>
        </message>
        <message>
            <source>removed the empty folder {path}</source>
            <translation>видалено порожню папку {path}</translation>
        </message>
        <message>
            <source>nothing of pmfit's was in the menu</source>
            <translation>у меню не було нічого від pmfit</translation>
        </message>
        <message>
            <source>it changed after pmfit wrote it</source>
            <translation>його змінили після того, як pmfit його записав</translation>
        </message>
        <message>
            <source>it is not what pmfit writes there, and pmfit's older record has no hash to tell</source>
            <translation>це не те, що pmfit туди записує, а в старішому переліку pmfit немає хешу, щоб це перевірити</translation>
        </message>
        <message>
            <source>pmfit did not write it</source>
            <translation>його записав не pmfit</translation>
        </message>
        <message>
            <source>it is a symbolic link, which pmfit never makes</source>
            <translation>це символічне посилання, а pmfit їх ніколи не створює</translation>
        </message>
        <message>
            <source>it is {what}, not a file pmfit wrote</source>
            <translation>це {what}, а не файл, записаний pmfit</translation>
        </message>
        <message>
            <source>'pmfit desktop' puts pmfit into a Linux (freedesktop.org) menu; on Windows and macOS install the bundle instead (see README.md, 'Install')</source>
            <translation>«pmfit desktop» додає pmfit до меню Linux (freedesktop.org); у Windows і macOS натомість установіть пакет (див. README.md, «Install»)</translation>
        </message>
        <message>
            <source>cannot make the folder {folder}: {path} is in the way (it is not a folder), so nothing was changed; move it away and run 'pmfit desktop install' again</source>
            <translation>не вдалося створити папку {folder}: заважає {path} (це не папка), тож нічого не змінено; перемістіть його й запустіть «pmfit desktop install» знову</translation>
        </message>
        <message>
            <source>{path} is a symbolic link; pmfit never writes through a link, so nothing was changed: remove the link and run 'pmfit desktop install' again</source>
            <translation>{path} — символічне посилання; pmfit ніколи не пише через посилання, тож нічого не змінено: видаліть посилання й запустіть «pmfit desktop install» знову</translation>
        </message>
        <message>
            <source>{path} is a symbolic link (to {target}); pmfit never writes through a link, so nothing was changed: remove the link and run 'pmfit desktop install' again</source>
            <translation>{path} — символічне посилання (на {target}); pmfit ніколи не пише через посилання, тож нічого не змінено: видаліть посилання й запустіть «pmfit desktop install» знову</translation>
        </message>
        <message>
            <source>{path} is {what}, not a file pmfit can replace, so nothing was changed: move it away and run 'pmfit desktop install' again</source>
            <translation>{path} — це {what}, а не файл, який pmfit може замінити, тож нічого не змінено: перемістіть його й запустіть «pmfit desktop install» знову</translation>
        </message>
        <message>
            <source>cannot make the folder {path}</source>
            <translation>не вдалося створити папку {path}</translation>
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation>не вдалося записати {path}</translation>
        </message>
        <message>
            <source>cannot remove {path}</source>
            <translation>не вдалося видалити {path}</translation>
        </message>
        <message>
            <source>cannot change {path}</source>
            <translation>не вдалося змінити {path}</translation>
        </message>
        <message>
            <source>nothing was installed</source>
            <translation>нічого не встановлено</translation>
        </message>
        <message>
            <source>nothing was removed</source>
            <translation>нічого не видалено</translation>
        </message>
        <message>
            <source>{head}: the disk is full, so {nothing}; free some space on it and run '{command}' again</source>
            <translation>{head}: диск заповнений, тож {nothing}; звільніть на ньому місце й запустіть «{command}» знову</translation>
        </message>
        <message>
            <source>{head}: {where} belongs to {owner}, not to you, so {nothing}; make it yours and run '{command}' again</source>
            <translation>{head}: {where} належить користувачу {owner}, а не вам, тож {nothing}; зробіть її своєю й запустіть «{command}» знову</translation>
        </message>
        <message>
            <source>{head}: you have no write permission in {where}, so {nothing}; give yourself write permission there (chmod u+w) and run '{command}' again</source>
            <translation>{head}: у вас немає права запису в {where}, тож {nothing}; дайте собі право запису (chmod u+w) і запустіть «{command}» знову</translation>
        </message>
        <message>
            <source>{head}: the system does not allow it (is it or {where} append-only or immutable? see 'lsattr -d {where}'), so {nothing}; lift that and run '{command}' again</source>
            <translation>{head}: система цього не дозволяє (можливо, файл або {where} лише для дописування чи незмінний? див. «lsattr -d {where}»), тож {nothing}; зніміть це обмеження й запустіть «{command}» знову</translation>
        </message>
        <message>
            <source>{head}: {where} is on a read-only disk, so {nothing}</source>
            <translation>{head}: {where} на диску лише для читання, тож {nothing}</translation>
        </message>
        <message>
            <source>{head}: {reason}, so {nothing}</source>
            <translation>{head}: {reason}, тож {nothing}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong inside pmfit: {0}</source>
            <translation>У pmfit сталася внутрішня помилка: {0}</translation>
        </message>
        <message>
            <source>Your answers are saved. The details are in {0}.</source>
            <translation>Ваші відповіді збережено. Подробиці — у файлі {0}.</translation>
        </message>
        <message>
            <source>Your answers are saved.</source>
            <translation>Ваші відповіді збережено.</translation>
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>the answer sheet</source>
            <translation>файл відповідей</translation>
        </message>
        <message>
            <source>the PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>the file</source>
            <extracomment>The signals that end a process by default and that a person or the system sends to stop it politely.</extracomment>
            <translation>файл</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: the disk is full. Free some space or choose another place.</source>
            <translation>Не вдалося зберегти {what} ({target}): диск заповнений. Звільніть трохи місця або виберіть інше місце.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: the folder {folder} does not exist.</source>
            <translation>Не вдалося зберегти {what} ({target}): папки {folder} не існує.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: that name is a folder, not a file. Choose a file name inside it.</source>
            <translation>Не вдалося зберегти {what} ({target}): це ім’я папки, а не файлу. Виберіть ім’я файлу в ній.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: part of that path is a file, not a folder.</source>
            <translation>Не вдалося зберегти {what} ({target}): частина цього шляху — файл, а не папка.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: the file cannot be replaced. Is it open in another program?</source>
            <translation>Не вдалося зберегти {what} ({target}): файл не вдається замінити. Може, його відкрито в іншій програмі?</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: you do not have permission to write in {folder}.</source>
            <translation>Не вдалося зберегти {what} ({target}): у вас немає дозволу на запис у {folder}.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: {folder} is on a read-only disk.</source>
            <translation>Не вдалося зберегти {what} ({target}): {folder} на диску лише для читання.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: the name is too long.</source>
            <translation>Не вдалося зберегти {what} ({target}): ім’я задовге.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: the path runs in a loop of symbolic links.</source>
            <translation>Не вдалося зберегти {what} ({target}): шлях зациклюється через символічні посилання.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: the temporary file ended up on another disk.</source>
            <translation>Не вдалося зберегти {what} ({target}): тимчасовий файл опинився на іншому диску.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: {reason}.</source>
            <translation>Не вдалося зберегти {what} ({target}): {reason}.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: that name is not a file but something pmfit never replaces ({kind}). Choose another name.</source>
            <translation>Не вдалося зберегти {what} ({target}): під цим ім’ям не файл, а те, що pmfit ніколи не замінює ({kind}). Виберіть інше ім’я.</translation>
        </message>
        <message>
            <source>Could not save {what} as {target}: files in {folder} can be added but never replaced or removed (the folder is append-only). Choose another folder.</source>
            <translation>Не вдалося зберегти {what} ({target}): у {folder} файли можна лише додавати, а не замінювати чи видаляти (папка лише для дописування). Виберіть іншу папку.</translation>
        </message>
        <message>
            <source>the keying key</source>
            <translation>ключ до оцінювання</translation>
        </message>
        <message>
            <source>the keying sheet</source>
            <translation>аркуш для оцінювання</translation>
        </message>
    </context>
    <context>
        <name>Flow</name>
        <message>
            <source>Free some space, then press your answer again: it is still here.</source>
            <translation>Звільніть трохи місця й натисніть свою відповідь ще раз: вона нікуди не зникла.</translation>
        </message>
        <message>
            <source>Make the folder writable again (or reconnect the drive), then press your answer again.</source>
            <translation>Знову дозвольте запис у папку (або під’єднайте диск) і натисніть свою відповідь ще раз.</translation>
        </message>
        <message>
            <source>Close the other program (a backup or sync tool, perhaps), then press your answer again.</source>
            <translation>Закрийте іншу програму (можливо, резервне копіювання чи синхронізацію) і натисніть свою відповідь ще раз.</translation>
        </message>
        <message>
            <source>Press your answer again to retry.</source>
            <translation>Натисніть свою відповідь ще раз, щоб спробувати знову.</translation>
        </message>
        <message>
            <source>pmfit could not write to its data file: {reason}.</source>
            <translation>pmfit не зміг записати свій файл даних: {reason}.</translation>
        </message>
        <message>
            <source>Saved data could not be read</source>
            <translation>Не вдалося прочитати збережені дані</translation>
        </message>
        <message>
            <source>pmfit's data file was damaged, so it was moved aside and pmfit started a fresh one. Nothing was deleted; the old file is here:
{path}</source>
            <translation>Файл даних pmfit був пошкоджений, тож його відклали вбік, і pmfit почав новий. Нічого не видалено; старий файл тут:
{path}</translation>
        </message>
        <message>
            <source>The daily backup could not be made</source>
            <translation>Не вдалося зробити щоденну резервну копію</translation>
        </message>
        <message>
            <source>Your data is fine and pmfit works as usual; only the extra copy is missing. ({problem})</source>
            <translation>З вашими даними все гаразд, і pmfit працює як звичайно; бракує лише додаткової копії. ({problem})</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
                <numerusform>… і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>The question bank is broken</source>
            <translation>Банк запитань пошкоджений</translation>
        </message>
        <message>
            <source>pmfit cannot use the question bank {path}:
{problems}</source>
            <translation>pmfit не може скористатися банком запитань {path}:
{problems}</translation>
        </message>
        <message>
            <source>The unfinished answers do not fit this question bank</source>
            <translation>Незавершені відповіді не пасують до цього банку запитань</translation>
        </message>
        <message>
            <source>They are kept untouched; starting over would replace them. ({problem})</source>
            <translation>Їх збережено без змін; якщо почати спочатку, їх буде замінено. ({problem})</translation>
        </message>
        <message>
            <source>Nothing was changed</source>
            <translation>Нічого не змінено</translation>
        </message>
        <message>
            <source>Start over?</source>
            <translation>Почати спочатку?</translation>
        </message>
        <message>
            <source>This discards the answers of your unfinished assessment. Your past results are kept.</source>
            <translation>Відповіді незавершеної спроби буде відкинуто. Попередні результати залишаться.</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Почати спочатку</translation>
        </message>
        <message>
            <source>Keep my answers</source>
            <translation>Залишити мої відповіді</translation>
        </message>
        <message>
            <source>Your answers could not be saved</source>
            <translation>Не вдалося зберегти ваші відповіді</translation>
        </message>
        <message>
            <source>Unfinished answers could not be read</source>
            <translation>Не вдалося прочитати незавершені відповіді</translation>
        </message>
        <message>
            <source>The answers of an earlier, unfinished assessment could not be read, so a new one starts. Nothing was deleted; what was stored is kept here:
{path}</source>
            <translation>Не вдалося прочитати відповіді попередньої незавершеної спроби, тож починається нова. Нічого не видалено; збережене лежить тут:
{path}</translation>
        </message>
        <message>
            <source>The questions in this language cannot be used</source>
            <translation>Запитання цією мовою не вдалося завантажити</translation>
        </message>
        <message>
            <source>This attempt was answered with version {then} of the questions and is shown with that version; the current one is {now}.</source>
            <translation>Цю спробу пройдено з версією запитань {then}, і її показано з тією самою версією; поточна версія — {now}.</translation>
        </message>
        <message>
            <source>This attempt was answered with version {then} of the questions; it is shown scored with the current version {now}, using the answers that still fit.</source>
            <translation>Цю спробу пройдено з версією запитань {then}; її пораховано за поточною версією {now} з тими відповідями, які до неї ще пасують.</translation>
        </message>
        <message>
            <source>The result was not deleted</source>
            <translation>Результат не видалено</translation>
        </message>
        <message>
            <source>Delete this result?</source>
            <translation>Видалити цей результат?</translation>
        </message>
        <message>
            <source>The result and its answers are removed from your history. This cannot be undone.</source>
            <translation>Результат і його відповіді зникнуть з історії. Цю дію не можна скасувати.</translation>
        </message>
        <message>
            <source>Delete result</source>
            <translation>Видалити результат</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Save the PDF summary</source>
            <translation>Зберегти підсумок у PDF</translation>
        </message>
        <message>
            <source>Replace {name}?</source>
            <translation>Замінити {name}?</translation>
        </message>
        <message>
            <source>The summary is saved as a PDF, {path}, and a file of that name is there already.</source>
            <translation>Підсумок зберігається як PDF, {path}, а файл із такою назвою вже існує.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Замінити</translation>
        </message>
        <message>
            <source>PDF saved</source>
            <translation>PDF збережено</translation>
        </message>
        <message>
            <source>Your summary is saved as {path}.</source>
            <translation>Підсумок збережено у файлі {path}.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Відкрити папку</translation>
        </message>
        <message>
            <source>The PDF could not be made ({problem}).</source>
            <translation>Не вдалося створити PDF ({problem}).</translation>
        </message>
        <message>
            <source>The PDF was not saved</source>
            <translation>PDF не збережено</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Attempt {0} · {1}</source>
            <translation>Спроба {0} · {1}</translation>
        </message>
        <message>
            <source>Attempt {0}, {1}: {2}. {3}.</source>
            <translation>Спроба {0}, {1}: {2}. {3}.</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>Попередні результати</translation>
        </message>
        <message>
            <source>Your finished attempts, newest first</source>
            <translation>Ваші завершені спроби, спершу найновіші</translation>
        </message>
        <message>
            <source>No finished attempts yet. Your results appear here once you finish one.</source>
            <translation>Завершених спроб поки немає. Результати з’являться тут, щойно ви завершите першу.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
        <message>
            <source>Show this result (Enter or Alt+O)</source>
            <translation>Показати цей результат (Enter або Alt+O)</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Back to the start (Esc)</source>
            <translation>На початок (Esc)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Видалити…</translation>
        </message>
        <message>
            <source>Compare with</source>
            <translation>Порівняти з</translation>
        </message>
        <message numerus="yes">
            <source>%n finished attempt(s), newest first</source>
            <translation>
                <numerusform>%n завершена спроба, нові спершу</numerusform>
                <numerusform>%n завершені спроби, нові спершу</numerusform>
                <numerusform>%n завершених спроб, нові спершу</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare these two</source>
            <translation>Порівняти ці дві</translation>
        </message>
        <message>
            <source>Compare the two selected results (Alt+C)</source>
            <translation>Порівняти два вибрані результати (Alt+C)</translation>
        </message>
        <message>
            <source>Compare with…</source>
            <translation>Порівняти з…</translation>
        </message>
        <message>
            <source>Choose another result to compare this one with (Alt+C); or select two with Ctrl</source>
            <translation>Виберіть інший результат, щоб порівняти з цим (Alt+C), або виділіть два з Ctrl</translation>
        </message>
        <message>
            <source>Attempt {0} · {1} · {2}</source>
            <translation>Спроба {0} · {1} · {2}</translation>
        </message>
        <message>
            <source>Delete the selected result after asking (Del)</source>
            <translation>Видалити вибраний результат, спершу перепитавши (Del)</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <translation>Українська</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>pmfit — Product Manager or Project Manager?</source>
            <translation>pmfit — Product Manager чи Project Manager?</translation>
        </message>
        <message>
            <source>Question {0} of {1}</source>
            <translation>Запитання {0} з {1}</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Ваш результат</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Про вас</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>Попередні результати</translation>
        </message>
        <message>
            <source>How your results changed</source>
            <translation>Як змінилися ваші результати</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрити</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документи PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>NameDialog</name>
        <message>
            <source>Your name on the PDF</source>
            <translation>Ваше ім’я в PDF</translation>
        </message>
        <message>
            <source>Optional: it is printed under the summary's title. Leave it empty for none.</source>
            <translation>Необов’язково: ім’я буде надруковано під заголовком підсумку. Залиште поле порожнім, якщо не потрібно.</translation>
        </message>
        <message>
            <source>Name (optional):</source>
            <translation>Ім’я (необов’язково):</translation>
        </message>
        <message>
            <source>Your name on the PDF (optional)</source>
            <translation>Ваше ім’я в PDF (необов’язково)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продовжити</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Close the notice</source>
            <translation>Закрити сповіщення</translation>
        </message>
        <message>
            <source>Close the notice (Esc)</source>
            <translation>Закрити сповіщення (Esc)</translation>
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>pmfit result summary</source>
            <translation>Підсумок результату pmfit</translation>
        </message>
        <message>
            <source>For {name}</source>
            <translation>Ім’я: {name}</translation>
        </message>
        <message>
            <source>{date} · {form} · you answered {answered} of {asked} questions</source>
            <translation>{date} · {form} · ви відповіли на {answered} з {asked} запитань</translation>
        </message>
        <message>
            <source>{date} · you answered {answered} of {asked} questions</source>
            <translation>{date} · ви відповіли на {answered} з {asked} запитань</translation>
        </message>
        <message>
            <source>Your two fits are too close to call, so here are both paths: this one (the higher fit) first, the {other} path after the next steps.</source>
            <translation>Дві ролі майже нарівні, тож тут обидва шляхи: спершу цей (його бали трохи вищі), а шлях {other} — після наступних кроків.</translation>
        </message>
        <message>
            <source>Your two fits are too close to call; this is the path of the higher fit.</source>
            <translation>Дві ролі майже нарівні; це шлях ролі з трохи вищими балами.</translation>
        </message>
        <message>
            <source>pmfit result</source>
            <translation>Результат pmfit</translation>
        </message>
        <message>
            <source>pmfit {version} · bank {bank} {bank_version}</source>
            <translation>pmfit {version} · банк запитань {bank} {bank_version}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Сторінка {page} з {pages}</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>'{field}' must be an ISO 8601 date and time, not {value}</source>
            <translation>«{field}» має бути датою й часом у форматі ISO 8601, а не {value}</translation>
        </message>
        <message>
            <source>'{field}' is not an ISO 8601 date and time: {value}</source>
            <translation>«{field}» — не дата й час у форматі ISO 8601: {value}</translation>
        </message>
        <message>
            <source>'{field}' is out of range: {value}</source>
            <translation>«{field}» поза допустимими межами: {value}</translation>
        </message>
        <message>
            <source>not a pmfit answer sheet (expected a JSON object)</source>
            <translation>це не файл відповідей pmfit (очікувався об’єкт JSON)</translation>
        </message>
        <message>
            <source>{field} holds {value}, a lone surrogate: not a character, so not valid text</source>
            <translation>{field} містить {value} — непарний сурогат: це не символ, тож і не коректний текст</translation>
        </message>
        <message>
            <source>not a pmfit answer sheet (no 'format' field)</source>
            <translation>це не файл відповідей pmfit (немає поля «format»)</translation>
        </message>
        <message>
            <source>unsupported format {value} (expected '{format}')</source>
            <translation>непідтримуваний формат {value} (очікувався «{format}»)</translation>
        </message>
        <message>
            <source>unknown field {field}</source>
            <translation>невідоме поле {field}</translation>
        </message>
        <message>
            <source>'bank' must be an object with id, version and language</source>
            <translation>«bank» має бути об’єктом з id, version і language</translation>
        </message>
        <message>
            <source>'{field}' must be a non-empty string</source>
            <translation>«{field}» має бути непорожнім рядком</translation>
        </message>
        <message>
            <source>'answers' must be an object of item id to answer</source>
            <translation>«answers» має бути об’єктом: id запитання → відповідь</translation>
        </message>
        <message>
            <source>answer to item {item} must be a whole number, not {value}</source>
            <translation>відповідь на запитання {item} має бути цілим числом, а не {value}</translation>
        </message>
        <message>
            <source>'seconds' must be an object of item id to seconds</source>
            <translation>«seconds» має бути об’єктом: id запитання → секунди</translation>
        </message>
        <message>
            <source>time for item {item} must be 0 to 86400 seconds, not {value}</source>
            <translation>час на запитання {item} має бути від 0 до 86400 секунд, а не {value}</translation>
        </message>
        <message>
            <source>'form' must be "quick" or "full", not {value}</source>
            <translation>«form» має бути "quick" або "full", а не {value}</translation>
        </message>
        <message>
            <source>'respondent' must be an object with current_role and years</source>
            <translation>«respondent» має бути об’єктом з current_role і years</translation>
        </message>
        <message>
            <source>'respondent.current_role' must be one of {roles} or null, not {value}</source>
            <translation>«respondent.current_role» має бути одним із {roles} або null, а не {value}</translation>
        </message>
        <message>
            <source>'respondent.years' must be a whole number from 0 to {most} or null, not {value}</source>
            <translation>«respondent.years» має бути цілим числом від 0 до {most} або null, а не {value}</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte {byte})</source>
            <translation>це не текст у UTF-8 (байт {byte})</translation>
        </message>
        <message>
            <source>not valid JSON: {reason} at line {line}, column {column}</source>
            <translation>некоректний JSON: {reason} у рядку {line}, стовпці {column}</translation>
        </message>
        <message>
            <source>not valid JSON: a number is too long</source>
            <translation>некоректний JSON: задовге число</translation>
        </message>
        <message>
            <source>not valid JSON: nested too deeply</source>
            <translation>некоректний JSON: надто глибока вкладеність</translation>
        </message>
        <message>
            <source>an answer sheet</source>
            <translation>файл відповідей</translation>
        </message>
        <message>
            <source>{place}: {problem}</source>
            <extracomment>How many characters of a value from a file a message shows before it cuts it short.</extracomment>
            <translation>{place}: {problem}</translation>
        </message>
        <message>
            <source>the sheet answers bank {bank}, not {expected}</source>
            <translation>відповіді належать до банку {bank}, а не {expected}</translation>
        </message>
        <message>
            <source>the sheet answers bank version {version}, but this bank is version {expected}</source>
            <translation>відповіді дано на банк версії {version}, а цей банк — версії {expected}</translation>
        </message>
        <message>
            <source>unknown item id {item}</source>
            <translation>невідомий id запитання {item}</translation>
        </message>
        <message>
            <source>time given for unknown item id {item}</source>
            <translation>вказано час для невідомого id запитання {item}</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>папка</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>іменований канал (FIFO)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>пристрій</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>сокет</translation>
        </message>
        <message>
            <source>not a regular file</source>
            <translation>не звичайний файл</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} байтів</translation>
        </message>
        <message>
            <source>{count} MB</source>
            <translation>{count} МБ</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>доступ заборонено</translation>
        </message>
        <message>
            <source>too many symbolic links</source>
            <translation>забагато символічних посилань</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>задовга назва</translation>
        </message>
        <message>
            <source>part of the path is not a folder</source>
            <translation>частина шляху — не папка</translation>
        </message>
        <message>
            <source>input/output error</source>
            <translation>помилка введення-виведення</translation>
        </message>
        <message>
            <source>file not found</source>
            <translation>файл не знайдено</translation>
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation>не вдається прочитати ({reason})</translation>
        </message>
        <message>
            <source>is not a regular file</source>
            <translation>це не звичайний файл</translation>
        </message>
        <message>
            <source>is {kind}, not {what}</source>
            <translation>це {kind}, а не {what}</translation>
        </message>
        <message>
            <source>is too large to be {what} (the limit is {limit})</source>
            <translation>завеликий як {what} (межа — {limit})</translation>
        </message>
        <message>
            <source>answer to item '{item}' is {value}; it takes {low} to {high}</source>
            <extracomment>What an answer adds to the scales: (scale id, weight, contribution from 0 to 1) for each scale it feeds. Feeds the scales (a check item scores nothing: it only flags careless answering). Answered on the agreement scale, where a long run of one answer is a sign of careless answering. What an answer adds is linear in the answer, so the largest change of an answer is to one end. May be held back as a tie-breaker, asked only when a result is too close to call.</extracomment>
            <translation>відповідь на запитання «{item}» — {value}; допустимо від {low} до {high}</translation>
        </message>
        <message>
            <source>answer to item '{item}' is {value}; a choice takes 0 to {high}</source>
            <translation>відповідь на запитання «{item}» — {value}; для вибору допустимо від 0 до {high}</translation>
        </message>
        <message>
            <source>cannot open {place}: {why}</source>
            <extracomment>Seconds a write waits for another connection (another pmfit, a SQLite tool) to let go of the database before it fails with Reason.LOCKED. SQLite stores integers in 64 bits; an id outside cannot name an attempt.</extracomment>
            <translation>не вдалося відкрити {place}: {why}</translation>
        </message>
        <message>
            <source>could not save to {place}: {why}</source>
            <translation>не вдалося зберегти в {place}: {why}</translation>
        </message>
        <message>
            <source>could not read {place}: {why}</source>
            <translation>не вдалося прочитати {place}: {why}</translation>
        </message>
        <message>
            <source>could not back up {name} into {place}: {why}</source>
            <translation>не вдалося зробити резервну копію {name} у {place}: {why}</translation>
        </message>
        <message>
            <source>{problem}; the upgrade of your data to this pmfit's version needs that copy first, so nothing was changed</source>
            <translation>{problem}; щоб оновити ваші дані до цієї версії pmfit, спершу потрібна ця копія, тож нічого не змінено</translation>
        </message>
        <message>
            <source>could not back up {name} before upgrading it ({detail}), so nothing was changed</source>
            <translation>не вдалося зробити резервну копію {name} перед оновленням ({detail}), тож нічого не змінено</translation>
        </message>
        <message>
            <source>could not back up {name}: {detail}</source>
            <translation>не вдалося зробити резервну копію {name}: {detail}</translation>
        </message>
        <message>
            <source>{place} is damaged and cannot be moved aside: {why}</source>
            <translation>{place} пошкоджений, і його не вдається відкласти: {why}</translation>
        </message>
        <message>
            <source>could not copy the unreadable unfinished answers to {place}: {why}</source>
            <extracomment>Where a damaged database was moved at open, or None when none was. Why the last backup could not be made (at open, or by :meth:`make_backup`), else None. The store works regardless; the UI may mention it. One line describing why the last :meth:`load_progress` found nothing usable, else None. How many rows the last :meth:`attempts` call skipped because they could not be read.</extracomment>
            <translation>не вдалося скопіювати непрочитні незавершені відповіді в {place}: {why}</translation>
        </message>
        <message>
            <source>cannot use {place} as the data folder: {why}</source>
            <translation>не вдається використати {place} як папку даних: {why}</translation>
        </message>
        <message>
            <source>it is not a folder</source>
            <translation>це не папка</translation>
        </message>
        <message>
            <source>part of its path is a file, not a folder</source>
            <translation>частина шляху до неї — файл, а не папка</translation>
        </message>
        <message>
            <source>cannot use {place}: {why}</source>
            <extracomment>Every table any pmfit version ever made; a file without an application id holding others is not pmfit's.</extracomment>
            <translation>не вдається використати {place}: {why}</translation>
        </message>
        <message>
            <source>{place} is {kind}, not a database file; move it away and start pmfit again</source>
            <translation>{place} — це {kind}, а не файл бази даних; перемістіть його й запустіть pmfit знову</translation>
        </message>
        <message>
            <source>{place} is read-only: pmfit cannot save your answers there</source>
            <translation>{place} лише для читання: pmfit не може там зберігати ваші відповіді</translation>
        </message>
        <message>
            <source>{place} is {what}, not pmfit's; pmfit leaves it untouched. Move it elsewhere to start afresh</source>
            <translation>{place} — це {what}, а не файл pmfit; pmfit його не чіпає. Перемістіть його деінде, щоб почати наново</translation>
        </message>
        <message>
            <source>cannot read {place}: {why}</source>
            <translation>не вдається прочитати {place}: {why}</translation>
        </message>
        <message>
            <source>a SQLite database of another application (tables {tables})</source>
            <translation>база даних SQLite іншого застосунку (таблиці {tables})</translation>
        </message>
        <message>
            <source>a SQLite database of another application (no pmfit schema version)</source>
            <translation>база даних SQLite іншого застосунку (немає версії схеми pmfit)</translation>
        </message>
        <message>
            <source>another application's database (application id {id})</source>
            <translation>база даних іншого застосунку (id застосунку {id})</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <extracomment>``PRAGMA application_id`` of a pmfit database (the bytes "pmfi"), so that pmfit can tell its own file from another application's SQLite file that happens to sit at its place, and leave that one alone. The words for each reason, the same wherever a person reads them (the command line's line, the app's notes), marked for translation. Reason.OTHER has none: the system's own cause is given instead.</extracomment>
            <translation>диск заповнений</translation>
        </message>
        <message>
            <source>the folder or the file is read-only</source>
            <translation>папка або файл лише для читання</translation>
        </message>
        <message>
            <source>another program is holding the data file</source>
            <translation>файл даних зайняла інша програма</translation>
        </message>
        <message>
            <source>something other than a file is in its place</source>
            <translation>на його місці щось інше, не файл</translation>
        </message>
        <message>
            <source>it is another application's file</source>
            <translation>це файл іншого застосунку</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>файл пошкоджений</translation>
        </message>
        <message>
            <source>a newer pmfit wrote it</source>
            <translation>його записав новіший pmfit</translation>
        </message>
        <message>
            <source>SQLite error {code}</source>
            <translation>помилка SQLite {code}</translation>
        </message>
        <message>
            <source>the database records an unreadable schema version {value}</source>
            <translation>у базі даних записано непрочитну версію схеми {value}</translation>
        </message>
        <message>
            <source>{place} was written by a newer pmfit (data version {version}; this one knows up to {known}); update pmfit to open it</source>
            <translation>{place} записав новіший pmfit (версія даних {version}; цей знає лише до {known}); оновіть pmfit, щоб відкрити його</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>The question and its answers</source>
            <translation>Запитання й варіанти відповіді</translation>
        </message>
        <message>
            <source>Progress through the questions</source>
            <translation>Скільки запитань пройдено</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Назад</translation>
        </message>
        <message>
            <source>Previous question (Left arrow or Backspace)</source>
            <translation>Попереднє запитання (стрілка ліворуч або Backspace)</translation>
        </message>
        <message>
            <source>Saving your answer…</source>
            <translation>Зберігаємо вашу відповідь…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Зберігаємо…</translation>
        </message>
        <message>
            <source>Then back to the start.</source>
            <translation>Потім — на початковий екран.</translation>
        </message>
        <message>
            <source>Keys pressed before it is saved do nothing: wait for the next question.</source>
            <translation>Поки її не збережено, клавіші нічого не роблять: дочекайтеся наступного запитання.</translation>
        </message>
        <message>
            <source>{0} of at most {1} · quick form: it ends as soon as your answer is settled</source>
            <translation>{0} з щонайбільше {1} · швидка форма: вона закінчиться, щойно ваш висновок стане певним</translation>
        </message>
        <message>
            <source>about {0} min left</source>
            <translation>лишилося близько {0} хв</translation>
        </message>
        <message>
            <source>almost done</source>
            <translation>майже готово</translation>
        </message>
        <message>
            <source>{0} of {1} · {2}</source>
            <translation>{0} з {1} · {2}</translation>
        </message>
        <message>
            <source>Your answers put the two roles too close to call. These few this-or-that questions can settle it; skip them to see your result as it is.</source>
            <translation>За вашими відповідями дві ролі майже нарівні. Кілька запитань «одне з двох» можуть це вирішити; пропустіть їх, щоб побачити результат як є.</translation>
        </message>
        <message>
            <source>{0} Your answer: {1}.</source>
            <translation>{0} Ваша відповідь: {1}.</translation>
        </message>
        <message>
            <source>Your answer is not saved yet.</source>
            <translation>Вашу відповідь ще не збережено.</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Далі →</translation>
        </message>
        <message>
            <source>Skip →</source>
            <translation>Пропустити →</translation>
        </message>
        <message>
            <source>Next question (Right arrow or Enter)</source>
            <translation>Наступне запитання (стрілка праворуч або Enter)</translation>
        </message>
        <message>
            <source>selected</source>
            <translation>вибрано</translation>
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <source>{role}: not answered</source>
            <translation>{role}: без відповідей</translation>
        </message>
        <message>
            <source>{role}: {fit} ± {noise}</source>
            <translation>{role}: {fit} ± {noise}</translation>
        </message>
        <message>
            <source>Your result</source>
            <translation>Ваш результат</translation>
        </message>
        <message>
            <source>How the two roles fit you</source>
            <translation>Наскільки вам пасують обидві ролі</translation>
        </message>
        <message>
            <source>Your 12 responsibilities</source>
            <translation>Ваші 12 обов’язків</translation>
        </message>
        <message>
            <source>How much you would enjoy each part of the two roles, from 0 to 100. The whisker at each bar's end shows how sure that number is.</source>
            <translation>Наскільки вам була б цікава кожна частина обох ролей, від 0 до 100. Риска на кінці смуги показує, наскільки певне це число.</translation>
        </message>
        <message>
            <source>All 12 responsibilities</source>
            <translation>Усі 12 обов’язків</translation>
        </message>
        <message>
            <source>Interest: how much you would enjoy it, 0-100, ± how sure. Experience: how much of it you have done. The quadrant puts the two together; the numbers match the map.</source>
            <translation>Інтерес: наскільки вам це цікаво, 0–100, ± похибка. Досвід: скільки ви цього вже робили. Квадрант поєднує обидва показники; номери ті самі, що на карті.</translation>
        </message>
        <message>
            <source>What you enjoy against what you have done</source>
            <translation>Що вам цікаво і що ви вже робили</translation>
        </message>
        <message>
            <source>What matches you best as {role}</source>
            <translation>Що вам найбільше пасує в ролі {role}</translation>
        </message>
        <message>
            <source>Career path</source>
            <translation>Кар’єрний шлях</translation>
        </message>
        <message>
            <source>Certifications</source>
            <translation>Сертифікації</translation>
        </message>
        <message>
            <source>To read</source>
            <translation>Що почитати</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Досвід</translation>
        </message>
        <message>
            <source>What you own</source>
            <translation>За що відповідаєте</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Обов’язок</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Інтерес</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Рівень</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>Квадрант</translation>
        </message>
        <message>
            <source>Fit, 0–100</source>
            <translation>Відповідність, 0–100</translation>
        </message>
        <message>
            <source>Uncertainty (±)</source>
            <translation>Похибка (±)</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Наступні кроки</translation>
        </message>
        <message>
            <source>Why this result</source>
            <translation>Чому такий результат</translation>
        </message>
        <message>
            <source>The answers that weighed most:</source>
            <translation>Відповіді, що важили найбільше:</translation>
        </message>
        <message>
            <source>Neighbouring roles worth a look</source>
            <translation>Сусідні ролі, варті уваги</translation>
        </message>
        <message>
            <source>About your answers</source>
            <translation>Про ваші відповіді</translation>
        </message>
        <message>
            <source>Not enough answers to say yet: you answered {answered} of {asked} questions. Answer more of them for a result you can trust.</source>
            <translation>Поки замало відповідей для висновку: ви відповіли на {answered} з {asked} запитань. Дайте більше відповідей, щоб результатові можна було довіряти.</translation>
        </message>
        <message>
            <source>You lean clearly toward {role}: {lead} against {trail} out of 100. {sure}: the gap of {gap} is beyond the noise in your answers.</source>
            <translation>Ви чітко схиляєтеся до ролі {role}: {lead} проти {trail} зі 100. {sure}: різниця в {gap} перевищує похибку ваших відповідей.</translation>
        </message>
        <message>
            <source>You lean slightly toward {role}: {lead} against {trail} out of 100. {sure}: the gap of {gap} is beyond the noise in your answers.</source>
            <translation>Ви трохи схиляєтеся до ролі {role}: {lead} проти {trail} зі 100. {sure}: різниця в {gap} перевищує похибку ваших відповідей.</translation>
        </message>
        <message>
            <source>{product} {p_fit}, {project} {j_fit} out of 100</source>
            <translation>{product} {p_fit}, {project} {j_fit} зі 100</translation>
        </message>
        <message>
            <source>Both roles suit you, and too evenly to pick one ({fits}): look at roles that combine them.</source>
            <translation>Вам пасують обидві ролі, і так рівно, що одну не обрати ({fits}): придивіться до ролей, які їх поєднують.</translation>
        </message>
        <message>
            <source>Neither role stands out for you yet ({fits}): it is worth looking at neighbouring roles too.</source>
            <translation>Поки жодна роль не вирізняється ({fits}): варто придивитися й до сусідніх ролей.</translation>
        </message>
        <message>
            <source>Too close to call ({fits}): the gap of {gap} is within the noise in your answers.</source>
            <translation>Майже нарівні ({fits}): різниця в {gap} не виходить за межі похибки ваших відповідей.</translation>
        </message>
        <message>
            <source>Not enough answers yet to compare the two roles.</source>
            <translation>Поки замало відповідей, щоб порівняти ролі.</translation>
        </message>
        <message>
            <source>Too close to call: {gap} points apart, within the uncertainty (±{noise}).</source>
            <translation>Майже нарівні: різниця {gap}, у межах похибки (±{noise}).</translation>
        </message>
        <message>
            <source>{role} leads by {gap} points, more than the uncertainty (±{noise}).</source>
            <translation>{role} попереду: різниця {gap}, більша за похибку (±{noise}).</translation>
        </message>
        <message>
            <source>{points} points toward {role}</source>
            <translation>{points} бала на користь {role}</translation>
        </message>
        <message>
            <source>You chose {answer} ({pull})</source>
            <translation>Ви обрали {answer} ({pull})</translation>
        </message>
        <message>
            <source>“{question}”: you said {answer} ({pull})</source>
            <translation>«{question}»: ви відповіли {answer} ({pull})</translation>
        </message>
        <message>
            <source>“{question}”: {instead} instead of {now}</source>
            <translation>«{question}»: {instead} замість {now}</translation>
        </message>
        <message>
            <source>There are too few answers to say what would change the result.</source>
            <translation>Відповідей замало, щоб сказати, що змінило б результат.</translation>
        </message>
        <message>
            <source>No small set of changed answers would change this result: it rests on many answers at once.</source>
            <translation>Кількома зміненими відповідями цього результату не змінити: він спирається на багато відповідей одразу.</translation>
        </message>
        <message numerus="yes">
            <source>It would take %n changed answers to change this lean, so it rests on many of your answers, not on a few. The ones that would count most:</source>
            <translation>
                <numerusform>Щоб ця перевага змінилася, довелося б змінити %n відповідь, тож вона спирається на багато ваших відповідей, а не на кілька. Найвагоміші з них:</numerusform>
                <numerusform>Щоб ця перевага змінилася, довелося б змінити %n відповіді, тож вона спирається на багато ваших відповідей, а не на кілька. Найвагоміші з них:</numerusform>
                <numerusform>Щоб ця перевага змінилася, довелося б змінити %n відповідей, тож вона спирається на багато ваших відповідей, а не на кілька. Найвагоміші з них:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It would take %n changed answers to change the tie, so it rests on many of your answers, not on a few. The ones that would count most:</source>
            <translation>
                <numerusform>Щоб рівновага порушилася, довелося б змінити %n відповідь, тож вона спирається на багато ваших відповідей, а не на кілька. Найвагоміші з них:</numerusform>
                <numerusform>Щоб рівновага порушилася, довелося б змінити %n відповіді, тож вона спирається на багато ваших відповідей, а не на кілька. Найвагоміші з них:</numerusform>
                <numerusform>Щоб рівновага порушилася, довелося б змінити %n відповідей, тож вона спирається на багато ваших відповідей, а не на кілька. Найвагоміші з них:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changing %n answer(s) would be enough to change this lean:</source>
            <translation>
                <numerusform>Щоб ця перевага змінилася, досить змінити %n відповідь:</numerusform>
                <numerusform>Щоб ця перевага змінилася, досить змінити %n відповіді:</numerusform>
                <numerusform>Щоб ця перевага змінилася, досить змінити %n відповідей:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changing %n answer(s) would be enough to change the tie:</source>
            <translation>
                <numerusform>Щоб рівновага порушилася, досить змінити %n відповідь:</numerusform>
                <numerusform>Щоб рівновага порушилася, досить змінити %n відповіді:</numerusform>
                <numerusform>Щоб рівновага порушилася, досить змінити %n відповідей:</numerusform>
            </translation>
        </message>
        <message>
            <source>This measures your preferences and how you see yourself, not your competence. Use it to explore a career, never to screen candidates.</source>
            <translation>Цей тест вимірює ваші вподобання й те, як ви себе бачите, а не вашу компетентність. Він допомагає обрати кар’єрний шлях, але не годиться для відбору кандидатів.</translation>
        </message>
        <message>
            <source>{score} ± {noise}</source>
            <translation>{score} ± {noise}</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>без відповіді</translation>
        </message>
        <message>
            <source>Not placed (needs both interest and experience answers): {titles}.</source>
            <translation>Не на карті (бракує відповідей про інтерес чи досвід): {titles}.</translation>
        </message>
        <message>
            <source>{name} ({body}): {note}</source>
            <translation>{name} ({body}): {note}</translation>
        </message>
        <message>
            <source>Career path: {role}</source>
            <translation>Кар’єрний шлях: {role}</translation>
        </message>
        <message>
            <source>Facts as of {month_year}</source>
            <translation>Дані станом на {month_year}</translation>
        </message>
        <message>
            <source>Nothing unusual stood out in how you answered, so no caution is needed on that score.</source>
            <translation>У ваших відповідях нічого незвичного не помітно, тож щодо цього обережність не потрібна.</translation>
        </message>
        <message numerus="yes">
            <source>%n tie-breaker question(s) can settle it; the desktop app offers them.</source>
            <translation>
                <numerusform>%n додаткове запитання може це вирішити; його пропонує застосунок pmfit.</numerusform>
                <numerusform>%n додаткові запитання можуть це вирішити; їх пропонує застосунок pmfit.</numerusform>
                <numerusform>%n додаткових запитань можуть це вирішити; їх пропонує застосунок pmfit.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n бал</numerusform>
                <numerusform>%n бали</numerusform>
                <numerusform>%n балів</numerusform>
            </translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation>Зовсім не погоджуюся</translation>
        </message>
        <message>
            <source>Disagree</source>
            <translation>Не погоджуюся</translation>
        </message>
        <message>
            <source>Neither agree nor disagree</source>
            <translation>Ні погоджуюся, ні не погоджуюся</translation>
        </message>
        <message>
            <source>Agree</source>
            <translation>Погоджуюся</translation>
        </message>
        <message>
            <source>Strongly agree</source>
            <translation>Цілком погоджуюся</translation>
        </message>
        <message>
            <source>strongly disagree</source>
            <translation>«зовсім не погоджуюся»</translation>
        </message>
        <message>
            <source>disagree</source>
            <translation>«не погоджуюся»</translation>
        </message>
        <message>
            <source>neither agree nor disagree</source>
            <translation>«ні погоджуюся, ні не погоджуюся»</translation>
        </message>
        <message>
            <source>agree</source>
            <translation>«погоджуюся»</translation>
        </message>
        <message>
            <source>strongly agree</source>
            <translation>«цілком погоджуюся»</translation>
        </message>
        <message>
            <source>“{option}”</source>
            <translation>«{option}»</translation>
        </message>
        <message>
            <source>high</source>
            <translation>високий</translation>
        </message>
        <message>
            <source>middle</source>
            <translation>середній</translation>
        </message>
        <message>
            <source>low</source>
            <translation>низький</translation>
        </message>
        <message>
            <source>Strength</source>
            <translation>Сильна сторона</translation>
        </message>
        <message>
            <source>Growth area</source>
            <translation>Зона зростання</translation>
        </message>
        <message>
            <source>Untapped</source>
            <translation>Не надихає</translation>
        </message>
        <message>
            <source>Not for you</source>
            <translation>Не ваше</translation>
        </message>
        <message>
            <source>you would enjoy it and you have done it: build on it</source>
            <translation>вам це цікаво, і ви це вже робили: спирайтеся на це</translation>
        </message>
        <message>
            <source>you would enjoy it but have little experience yet: the best place to learn</source>
            <translation>вам це цікаво, але досвіду поки мало: найкраще місце, щоб учитися</translation>
        </message>
        <message>
            <source>you have done it but it does not energise you: useful, but not a reason to choose</source>
            <translation>ви це вже робили, але без захвату: корисно, та не причина обирати роль</translation>
        </message>
        <message>
            <source>neither drawn to it nor practised in it: fine to leave to others</source>
            <translation>ні інтересу, ні практики: можна спокійно лишити іншим</translation>
        </message>
        <message>
            <source>Very sure</source>
            <translation>Висока впевненість</translation>
        </message>
        <message>
            <source>Fairly sure</source>
            <translation>Достатня впевненість</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Низька впевненість</translation>
        </message>
        <message>
            <source>You would enjoy this but have little experience in it yet.</source>
            <translation>вам це цікаво, але досвіду тут поки мало.</translation>
        </message>
        <message>
            <source>A core part of the role you have not rated your experience in.</source>
            <translation>ключова частина ролі, досвід у якій ви не оцінили.</translation>
        </message>
        <message>
            <source>A core part of the role where more practice will count.</source>
            <translation>ключова частина ролі, де практика дасть найбільше.</translation>
        </message>
        <message>
            <source>{years} years</source>
            <translation>{years} р.</translation>
        </message>
        <message>
            <source>{title}: not answered in both</source>
            <translation>{title}: бракує відповідей для порівняння</translation>
        </message>
        <message>
            <source>{title}: about the same, {before} → {after} ({change})</source>
            <translation>{title}: майже без змін, {before} → {after} ({change})</translation>
        </message>
        <message>
            <source>{title}: {before} → {after} ({change})</source>
            <translation>{title}: {before} → {after} ({change})</translation>
        </message>
        <message>
            <source>Not enough answers</source>
            <translation>Замало відповідей</translation>
        </message>
        <message>
            <source>not enough answers</source>
            <translation>замало відповідей</translation>
        </message>
        <message>
            <source>Too close to call</source>
            <translation>Майже нарівні</translation>
        </message>
        <message>
            <source>too close to call</source>
            <translation>майже нарівні</translation>
        </message>
        <message>
            <source>Quick form</source>
            <translation>Швидка форма</translation>
        </message>
        <message>
            <source>quick form, {asked} of {total} questions</source>
            <translation>швидка форма, {asked} з {total} запитань</translation>
        </message>
        <message>
            <source>From the quick form ({asked} of {total} questions).</source>
            <translation>За швидкою формою ({asked} з {total} запитань).</translation>
        </message>
        <message numerus="yes">
            <source>This result comes from the quick form: %n question(s) of {total}.</source>
            <translation>
                <numerusform>Цей результат отримано за швидкою формою: %n запитання з {total}.</numerusform>
                <numerusform>Цей результат отримано за швидкою формою: %n запитання з {total}.</numerusform>
                <numerusform>Цей результат отримано за швидкою формою: %n запитань з {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It stopped before your verdict was settled, so the other %n question(s) could still change it.</source>
            <translation>
                <numerusform>Її зупинили до того, як висновок став певним, тож %n запитання, що лишилося, ще може його змінити.</numerusform>
                <numerusform>Її зупинили до того, як висновок став певним, тож %n запитання, що лишилися, ще можуть його змінити.</numerusform>
                <numerusform>Її зупинили до того, як висновок став певним, тож %n запитань, що лишилися, ще можуть його змінити.</numerusform>
            </translation>
        </message>
        <message>
            <source>It took every question, so your verdict is the full form's.</source>
            <translation>Вона охопила всі запитання, тож ваш висновок такий самий, як за повною формою.</translation>
        </message>
        <message numerus="yes">
            <source>Your answers settled the verdict: no answers to the other %n question(s) could have changed it.</source>
            <translation>
                <numerusform>Ваші відповіді зробили висновок певним: жодна відповідь на %n запитання, що лишилося, не могла б його змінити.</numerusform>
                <numerusform>Ваші відповіді зробили висновок певним: жодні відповіді на %n запитання, що лишилися, не могли б його змінити.</numerusform>
                <numerusform>Ваші відповіді зробили висновок певним: жодні відповіді на %n запитань, що лишилися, не могли б його змінити.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your answers settled the verdict: the chance that the other %n question(s) would have changed it is less than 1 in {odds}.</source>
            <translation>
                <numerusform>Ваші відповіді зробили висновок певним: імовірність того, що %n запитання, яке лишилося, змінило б його, менша ніж 1 з {odds}.</numerusform>
                <numerusform>Ваші відповіді зробили висновок певним: імовірність того, що %n запитання, які лишилися, змінили б його, менша ніж 1 з {odds}.</numerusform>
                <numerusform>Ваші відповіді зробили висновок певним: імовірність того, що %n запитань, які лишилися, змінили б його, менша ніж 1 з {odds}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your profile over the responsibilities rests on fewer answers, so it is rougher: the wider bands show how much less sure each score is. Answer the rest for the full picture.</source>
            <translation>Ваш профіль за обов’язками спирається на менше відповідей, тому він грубіший: ширші смуги показують, наскільки менш певна кожна оцінка. Дайте відповіді на решту запитань, щоб побачити повну картину.</translation>
        </message>
        <message>
            <source>The quick form asks what decides your verdict, not what you have done: answer the rest to place your responsibilities on this map.</source>
            <translation>Швидка форма питає про те, що визначає висновок, а не про ваш досвід: дайте відповіді на решту запитань, щоб розмістити обов’язки на цій мапі.</translation>
        </message>
        <message>
            <source>answered {answered} of {asked} questions</source>
            <translation>відповіді на {answered} з {asked} запитань</translation>
        </message>
        <message>
            <source>Full form</source>
            <translation>Повна форма</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Your result</source>
            <translation>Ваш результат</translation>
        </message>
        <message>
            <source>Take it again</source>
            <translation>Пройти ще раз</translation>
        </message>
        <message>
            <source>Start a new attempt; this result stays in your history (Alt+T)</source>
            <translation>Почати нову спробу; цей результат залишиться в історії (Alt+T)</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>Попередні результати</translation>
        </message>
        <message>
            <source>All your finished attempts (Alt+P)</source>
            <translation>Усі ваші завершені спроби (Alt+P)</translation>
        </message>
        <message>
            <source>Compare with previous</source>
            <translation>Що змінилося</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Зберегти PDF…</translation>
        </message>
        <message>
            <source>Save a summary of this result as a PDF (Ctrl+E)</source>
            <translation>Зберегти підсумок цього результату в PDF (Ctrl+E)</translation>
        </message>
        <message>
            <source>What changed since your attempt before this one (Alt+C)</source>
            <translation>Порівняти з попередньою спробою (Alt+C)</translation>
        </message>
        <message numerus="yes">
            <source>Answer the rest (%n question(s))</source>
            <translation>
                <numerusform>Відповісти на решту (%n запитання)</numerusform>
                <numerusform>Відповісти на решту (%n запитання)</numerusform>
                <numerusform>Відповісти на решту (%n запитань)</numerusform>
            </translation>
        </message>
        <message>
            <source>Go on to the full form, every answer kept; this result is then updated (Alt+R)</source>
            <translation>Перейти до повної форми, зберігши всі відповіді; тоді цей результат оновиться (Alt+R)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Збереження…</translation>
        </message>
        <message>
            <source>Show the career path of:</source>
            <translation>Кар’єрний шлях ролі:</translation>
        </message>
        <message>
            <source>Career path to show</source>
            <translation>Чий кар’єрний шлях показати</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Language:</source>
            <translation>Мова:</translation>
        </message>
        <message>
            <source>Language of pmfit</source>
            <translation>Мова pmfit</translation>
        </message>
        <message>
            <source>Enter or leaving the list switches to it; pmfit remembers it</source>
            <translation>Мова зміниться після Enter або коли ви вийдете зі списку; pmfit її запам’ятає</translation>
        </message>
        <message>
            <source>Product Manager or Project Manager?</source>
            <translation>Product Manager чи Project Manager?</translation>
        </message>
        <message>
            <source>pmfit helps you see which of the two roles fits you better, responsibility by responsibility. You answer short questions about what you enjoy and what you have done, and get a verdict with how sure it is, why, and what to do next.</source>
            <translation>pmfit допоможе зрозуміти, яка з двох ролей вам пасує більше, обов’язок за обов’язком. Ви відповідаєте на короткі запитання про те, що вам цікаво і що ви вже робили, а отримуєте висновок: наскільки він певний, чому саме такий і що робити далі.</translation>
        </message>
        <message>
            <source>It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
            <translation>Тест вимірює ваші вподобання, а не компетентність. Ніщо не покидає цей комп’ютер, а кожна відповідь зберігається одразу.</translation>
        </message>
        <message>
            <source>The full form takes about {0} minutes. The quick form stops as soon as your answer is settled: it asks first what tells the two roles apart. It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
            <translation>Повна форма займе близько {0} хв. Швидка форма закінчується, щойно ваш висновок стає певним: спершу вона питає про те, що найкраще розрізняє дві ролі. Тест вимірює ваші вподобання, а не компетентність. Ніщо не покидає цей комп’ютер, а кожна відповідь зберігається одразу.</translation>
        </message>
        <message>
            <source>At the end you may say what your role is now (optional, never scored): it lets a course or an HR team check whether pmfit tells real Product Managers from real Project Managers.</source>
            <translation>Наприкінці можна вказати, ким ви працюєте зараз (за бажанням, на результат не впливає): так курс або HR-команда зможуть перевірити, чи відрізняє pmfit справжніх Product Manager від справжніх Project Manager.</translation>
        </message>
        <message>
            <source>Quick</source>
            <translation>Швидка</translation>
        </message>
        <message>
            <source>Quick (about {0} minutes)</source>
            <translation>Швидка (близько {0} хв)</translation>
        </message>
        <message>
            <source>Begin the quick form: it stops as soon as your answer is settled (Alt+Q)</source>
            <translation>Почати швидку форму: вона закінчиться, щойно ваш висновок стане певним (Alt+Q)</translation>
        </message>
        <message>
            <source>About {0} minutes for most people with a clear lean; longer when the roles are close.</source>
            <translation>Близько {0} хв для більшості людей із чіткою перевагою; довше, коли ролі майже нарівні.</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Почати спочатку</translation>
        </message>
        <message>
            <source>Discard the unfinished answers and begin again (Alt+O)</source>
            <translation>Відкинути незавершені відповіді й почати знову (Alt+O)</translation>
        </message>
        <message>
            <source>Past results</source>
            <translation>Попередні результати</translation>
        </message>
        <message>
            <source>Results of earlier attempts (Alt+P)</source>
            <translation>Результати попередніх спроб (Alt+P)</translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Повна</translation>
        </message>
        <message>
            <source>Full (about {0} minutes)</source>
            <translation>Повна (близько {0} хв)</translation>
        </message>
        <message>
            <source>Begin the full form: every question (Enter)</source>
            <translation>Почати повну форму: усі запитання (Enter)</translation>
        </message>
        <message>
            <source>{0} of {1} answered</source>
            <translation>відповідей: {0} з {1}</translation>
        </message>
        <message>
            <source>{0} answered</source>
            <translation>відповідей: {0}</translation>
        </message>
        <message>
            <source>Resume ({0})</source>
            <translation>Продовжити ({0})</translation>
        </message>
        <message>
            <source>Carry on where you stopped (Enter)</source>
            <translation>Продовжити з того місця, де ви зупинилися (Enter)</translation>
        </message>
        <message>
            <source>You have an unfinished assessment. Every answer you gave is kept.</source>
            <translation>У вас є незавершена спроба. Усі ваші відповіді збережено.</translation>
        </message>
    </context>
</TS>
