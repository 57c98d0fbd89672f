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
        <name>ChartBlock</name>
        <message>
            <source>{0}, as a table</source>
            <translation>{0}: таблиця</translation>
        </message>
        <message>
            <source>Hide the table</source>
            <translation>Сховати таблицю</translation>
        </message>
        <message>
            <source>Hide the table: {0}</source>
            <translation>Сховати таблицю: {0}</translation>
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
            <source>No finished attempts yet.</source>
            <extracomment>How long an import waits for another pmfit command holding the lock (an import takes milliseconds).</extracomment>
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
        <message numerus="yes">
            <source>(%n attempt(s) could not be read and are not listed)</source>
            <translation>
                <numerusform>(%n спробу не вдалося прочитати, її не показано)</numerusform>
                <numerusform>(%n спроби не вдалося прочитати, їх не показано)</numerusform>
                <numerusform>(%n спроб не вдалося прочитати, їх не показано)</numerusform>
            </translation>
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
            <source> (answered with question version {version}, and scored with it)</source>
            <translation> (пройдено з версією запитань {version} і пораховано за нею)</translation>
        </message>
        <message>
            <source> (answered with question version {then}; scored with version {now}, {kept} of {given} answers still match and are kept)</source>
            <translation> (пройдено з версією запитань {then}; пораховано за версією {now}: {kept} з {given} відповідей досі пасують, їх збережено)</translation>
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
            <source>item</source>
            <translation>запитання</translation>
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
            <source>The disk is full. Free some space, then press your answer again: it is still here.</source>
            <translation>Диск заповнений. Звільніть трохи місця й натисніть свою відповідь ще раз: вона нікуди не зникла.</translation>
        </message>
        <message>
            <source>The folder pmfit saves to has become read-only. Make it writable again (or reconnect the drive), then press your answer again.</source>
            <translation>Папка, куди pmfit зберігає дані, стала доступна лише для читання. Знову дозвольте запис у неї (або знову під’єднайте диск) і натисніть свою відповідь ще раз.</translation>
        </message>
        <message>
            <source>Another program is holding pmfit's data file. Close it (a backup or sync tool, perhaps), then press your answer again.</source>
            <translation>Файл даних pmfit зайняла інша програма. Закрийте її (можливо, це резервне копіювання чи синхронізація) і натисніть свою відповідь ще раз.</translation>
        </message>
        <message>
            <source>pmfit could not write to its data file ({problem}). Press your answer again to retry.</source>
            <translation>pmfit не вдалося записати файл даних ({problem}). Натисніть свою відповідь ще раз, щоб повторити.</translation>
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
            <source>Your name on the PDF (optional):</source>
            <translation>Ваше ім’я в PDF (необов’язково):</translation>
        </message>
        <message>
            <source>Your name on the PDF (optional)</source>
            <translation>Ваше ім’я в PDF (необов’язково)</translation>
        </message>
        <message>
            <source>What changed since your attempt before this one (Alt+C)</source>
            <translation>Порівняти з попередньою спробою (Alt+C)</translation>
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
            <source>It takes about {0} minutes. It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
            <translation>Це займе близько {0} хв. Тест вимірює ваші вподобання, а не компетентність. Ніщо не покидає цей комп’ютер, а кожна відповідь зберігається одразу.</translation>
        </message>
        <message>
            <source>At the end you may say what your role is now (optional, never scored): it lets a course or an HR team check whether pmfit tells real Product Managers from real Project Managers.</source>
            <translation>Наприкінці можна вказати, ким ви працюєте зараз (за бажанням, на результат не впливає): так курс або HR-команда зможуть перевірити, чи відрізняє pmfit справжніх Product Manager від справжніх Project Manager.</translation>
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
            <source>Start</source>
            <translation>Почати</translation>
        </message>
        <message>
            <source>Begin the questions (Enter)</source>
            <translation>Перейти до запитань (Enter)</translation>
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
