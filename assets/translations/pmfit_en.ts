<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutYouPage</name>
        <message>
            <source>About you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress through the questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last step · optional · never scored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A course or an HR team can use these two answers to check whether pmfit tells real Product Managers from real Project Managers. They never change your result, and they leave this computer only in answer sheets you export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is your current role?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both: I do the work of each</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another role (developer, designer, analyst, …)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet (studying, or between jobs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many years have you been in that role?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last question (Left arrow or Backspace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your result without answering these (Alt+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show my result →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See your result; what you chose here is kept with it (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole years, 0 if less than one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a role above first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked when you have none of these roles yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you chose here is not saved yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>level {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerButton</name>
        <message>
            <source>{0}, {1}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>pmfit cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data folder cannot be made:
{0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit is already open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit is already running for this account. Switch to its window; your answers are there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk that holds {folder} is full. Free some space and start pmfit again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit cannot write in {folder} (it is read-only or not yours). Make it writable and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is holding pmfit's data file in {folder}. Close it and start pmfit again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where pmfit keeps its data file in {folder} there is something else (a folder, a device or a pipe). pmfit leaves it alone; move it away and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data file in {folder} belongs to another program, so pmfit leaves it untouched. Move it away (or set PMFIT_DATA_DIR to another folder) and start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data in {folder} was written by a newer pmfit. Install that version to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data folder cannot be used:
{detail}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChartBlock</name>
        <message>
            <source>{0}, as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the table: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as table: {0}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>then: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change per responsibility, then and now (interest, 0–100):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role fit, 0 to 100 (± is the range your answers leave open):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (leads)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest in each responsibility, 0 to 100:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>- {title}: not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest and experience map:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} (interest {interest}, experience {experience})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>- {name}, {meaning}: {scales}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leads</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out of 100, ± {noise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest, 0–100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experience →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest →</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>{title}: bank {id} {version} ({language})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n question(s) asked</source>
            <translation>
                <numerusform>%n question asked</numerusform>
                <numerusform>%n questions asked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tie-breaker(s) held back</source>
            <translation>
                <numerusform>%n tie-breaker held back</numerusform>
                <numerusform>%n tie-breakers held back</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>bundled bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note: items '{before}' and '{after}' follow each other and both measure {scales}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: {finding}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lint warning(s); --strict makes them errors</source>
            <translation>
                <numerusform>%n lint warning; --strict makes them errors</numerusform>
                <numerusform>%n lint warnings; --strict makes them errors</numerusform>
            </translation>
        </message>
        <message>
            <source>No finished attempts yet.</source>
            <extracomment>How long an import waits for another pmfit command holding the lock (an import takes milliseconds).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>verdict</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>(%n attempt(s) could not be read and are not listed)</source>
            <translation>
                <numerusform>(%n attempt could not be read and are not listed)</numerusform>
                <numerusform>(%n attempts could not be read and are not listed)</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote attempt {id} to {path}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>warning: %n attempt(s) could not be read and are not exported</source>
            <translation>
                <numerusform>warning: %n attempt could not be read and are not exported</numerusform>
                <numerusform>warning: %n attempts could not be read and are not exported</numerusform>
            </translation>
        </message>
        <message>
            <source>No finished attempts to export.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n answer sheet(s) to {folder}.</source>
            <translation>
                <numerusform>Wrote %n answer sheet to {folder}.</numerusform>
                <numerusform>Wrote %n answer sheets to {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) already there with the same contents, left as they are.</source>
            <translation>
                <numerusform>%n sheet already there with the same contents, left as they are.</numerusform>
                <numerusform>%n sheets already there with the same contents, left as they are.</numerusform>
            </translation>
        </message>
        <message>
            <source> (answered with question version {version}, and scored with it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (answered with question version {then}; scored with version {now}, {kept} of {given} answers still match and are kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in your history as attempt {id}; nothing added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {path} as attempt {id}{note}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit blind keying sheet: whose everyday work is this?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For each statement, write one letter in the rating column:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>  P = Product Manager, J = Project Manager, B = both, N = neither</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A statement with a question is one answer to that question: rate that answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A statement may say someone would rather leave a task to others: rate the task.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate on your own, from what you know of the two jobs; there is nothing to look up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change nothing else and keep the lines that start with #; notes may go in a fifth column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save it as tab-separated text (UTF-8) and send this file back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key to the blind keying sheet {name}: never show it to a rater.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>option counts from 0; key: P = Product Manager, J = Project Manager, B = both, N = neither</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote the blind sheet {sheet} (%n statement(s), seed {seed}) and its key {key}.</source>
            <translation>
                <numerusform>Wrote the blind sheet {sheet} (%n statement, seed {seed}) and its key {key}.</numerusform>
                <numerusform>Wrote the blind sheet {sheet} (%n statements, seed {seed}) and its key {key}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give raters only the sheet; keep the key for the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} option {option}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fewer than {percent}% give the key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a majority says both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a majority says neither</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Blind keying of bank {id} {version}: %n rater(s)</source>
            <translation>
                <numerusform>Blind keying of bank {id} {version}: %n rater</numerusform>
                <numerusform>Blind keying of bank {id} {version}: %n raters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n statement</numerusform>
                <numerusform>%n statements</numerusform>
            </translation>
        </message>
        <message>
            <source>{agreement}% of the ratings give the bank's key; mean CVR {cvr}; Fleiss' kappa {kappa}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A majority of the raters gives the bank's key to {count} of %n statement(s).</source>
            <translation>
                <numerusform>A majority of the raters gives the bank's key to {count} of %n statement.</numerusform>
                <numerusform>A majority of the raters gives the bank's key to {count} of %n statements.</numerusform>
            </translation>
        </message>
        <message>
            <source>The bar: every statement keyed to a role gets that key from at least {percent}% of the raters, and none is called both or neither by a majority.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not met: %n statement(s) below the bar.</source>
            <translation>
                <numerusform>Not met: %n statement below the bar.</numerusform>
                <numerusform>Not met: %n statements below the bar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Met by every statement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raters (share of the statements keyed as the bank keys them):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsibilities:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>responsibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>below the bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Below the bar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{statement} (key {key}): {counts}; agreement {agreement}%, CVR {cvr}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>warning: {file} is the same answer sheet as {first}; it is counted once</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) repeating a sheet already given, counted once.</source>
            <translation>
                <numerusform>%n file repeating a sheet already given, counted once.</numerusform>
                <numerusform>%n files repeating a sheet already given, counted once.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sheet(s) of earlier version {version}: scored with that version, for the known groups only.</source>
            <translation>
                <numerusform>%n sheet of earlier version {version}: scored with that version, for the known groups only.</numerusform>
                <numerusform>%n sheets of earlier version {version}: scored with that version, for the known groups only.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>With %n sheet(s), alpha, item-total r and option shares are not meaningful yet, so nothing is flagged: at least {minimum} are needed.</source>
            <translation>
                <numerusform>With %n sheet, alpha, item-total r and option shares are not meaningful yet, so nothing is flagged: at least {minimum} are needed.</numerusform>
                <numerusform>With %n sheets, alpha, item-total r and option shares are not meaningful yet, so nothing is flagged: at least {minimum} are needed.</numerusform>
            </translation>
        </message>
        <message>
            <source>AUC {auc}: in {percent}% of pairs the Product Manager's gap is larger than the Project Manager's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hit rate {percent}%: results leaning clearly or slightly toward the person's current role.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No gap separates the groups better than chance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Best cutoff (Youden's J): a gap of {gap} points; above it, Product Manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cohen's d per responsibility, Product Managers minus Project Managers:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Known groups (people who said what they do now): Product Managers {product}, Project Managers {project}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too few to say anything yet: at least {minimum} from each group are needed ({product} more from Product Managers, {project} more from Project Managers).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages compared, {focal} against {reference}: sheets in {focal} {focal_n}, in {reference} {reference_n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too few to say anything yet: at least {minimum} sheets in each language are needed ({focal_more} more in {focal}, {reference_more} more in {reference}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each item's mean answer in {focal} minus {reference}, among people with the same total on its responsibility (Mantel-Haenszel; class A negligible, B moderate, C large):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>difference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>effect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behave differently in the two languages (class B or C): {items}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No item behaves differently in the two languages.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComparePage</name>
        <message>
            <source>← Back to past results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your results changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your verdict changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your verdict stayed the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These two attempts used different versions of the questions ({0} and {1}), so small differences may come from the questions rather than from you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change per responsibility, then and now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} · attempt {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}: {1}, {2} ({3})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Largest changes first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong inside pmfit: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved. The details are in {0}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers are saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>the answer sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file</source>
            <extracomment>The signals that end a process by default and that a person or the system sends to stop it politely.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: the disk is full. Free some space or choose another place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: the folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: that name is a folder, not a file. Choose a file name inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: part of that path is a file, not a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: the file cannot be replaced. Is it open in another program?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: you do not have permission to write in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: {folder} is on a read-only disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: the name is too long.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: the path runs in a loop of symbolic links.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: the temporary file ended up on another disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: that name is not a file but something pmfit never replaces ({kind}). Choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save {what} as {target}: files in {folder} can be added but never replaced or removed (the folder is append-only). Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keying key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the keying sheet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Flow</name>
        <message>
            <source>The disk is full. Free some space, then press your answer again: it is still here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder pmfit saves to has become read-only. Make it writable again (or reconnect the drive), then press your answer again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is holding pmfit's data file. Close it (a backup or sync tool, perhaps), then press your answer again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit could not write to its data file ({problem}). Press your answer again to retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved data could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit's data file was damaged, so it was moved aside and pmfit started a fresh one. Nothing was deleted; the old file is here:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The daily backup could not be made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is fine and pmfit works as usual; only the extra copy is missing. ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>The question bank is broken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit cannot use the question bank {path}:
{problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The unfinished answers do not fit this question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They are kept untouched; starting over would replace them. ({problem})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This discards the answers of your unfinished assessment. Your past results are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep my answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unfinished answers could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answers of an earlier, unfinished assessment could not be read, so a new one starts. Nothing was deleted; what was stored is kept here:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The questions in this language cannot be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This attempt was answered with version {then} of the questions and is shown with that version; the current one is {now}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This attempt was answered with version {then} of the questions; it is shown scored with the current version {now}, using the answers that still fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result was not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this result?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result and its answers are removed from your history. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the PDF summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your summary is saved as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be made ({problem}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF was not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Attempt {0} · {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempt {0}, {1}: {2}. {3}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your finished attempts, newest first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No finished attempts yet. Your results appear here once you finish one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this result (Enter or Alt+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the start (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n finished attempt(s), newest first</source>
            <translation>
                <numerusform>%n finished attempt, newest first</numerusform>
                <numerusform>%n finished attempts, newest first</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare these two</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the two selected results (Alt+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another result to compare this one with (Alt+C); or select two with Ctrl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attempt {0} · {1} · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected result after asking (Del)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>pmfit — Product Manager or Project Manager?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Question {0} of {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your results changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <source>Close the notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the notice (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfReport</name>
        <message>
            <source>pmfit result summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} · you answered {answered} of {asked} questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your two fits are too close to call, so here are both paths: this one (the higher fit) first, the {other} path after the next steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your two fits are too close to call; this is the path of the higher fit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit {version} · bank {bank} {bank_version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>The question and its answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress through the questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous question (Left arrow or Backspace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {0} min left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>almost done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} · {2}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answers put the two roles too close to call. These few this-or-that questions can settle it; skip them to see your result as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer is not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next question (Right arrow or Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>selected</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Result</name>
        <message>
            <source>{role}: not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role}: {fit} ± {noise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the two roles fit you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your 12 responsibilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How much you would enjoy each part of the two roles, from 0 to 100. The whisker at each bar's end shows how sure that number is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All 12 responsibilities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest: how much you would enjoy it, 0-100, ± how sure. Experience: how much of it you have done. The quadrant puts the two together; the numbers match the map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you enjoy against what you have done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What matches you best as {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Career path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experience</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quadrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit, 0–100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Uncertainty (±)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why this result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answers that weighed most:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbouring roles worth a look</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About your answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough answers to say yet: you answered {answered} of {asked} questions. Answer more of them for a result you can trust.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You lean clearly toward {role}: {lead} against {trail} out of 100. {sure}: the gap of {gap} is beyond the noise in your answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You lean slightly toward {role}: {lead} against {trail} out of 100. {sure}: the gap of {gap} is beyond the noise in your answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{product} {p_fit}, {project} {j_fit} out of 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both roles suit you, and too evenly to pick one ({fits}): look at roles that combine them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neither role stands out for you yet ({fits}): it is worth looking at neighbouring roles too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too close to call ({fits}): the gap of {gap} is within the noise in your answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough answers yet to compare the two roles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too close to call: {gap} points apart, within the uncertainty (±{noise}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{role} leads by {gap} points, more than the uncertainty (±{noise}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{points} points toward {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You chose {answer} ({pull})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{question}”: you said {answer} ({pull})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{question}”: {instead} instead of {now}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are too few answers to say what would change the result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No small set of changed answers would change this result: it rests on many answers at once.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>It would take %n changed answers to change this lean, so it rests on many of your answers, not on a few. The ones that would count most:</source>
            <translation>
                <numerusform>It would take %n changed answers to change this lean, so it rests on many of your answers, not on a few. The ones that would count most:</numerusform>
                <numerusform>It would take %n changed answers to change this lean, so it rests on many of your answers, not on a few. The ones that would count most:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It would take %n changed answers to change the tie, so it rests on many of your answers, not on a few. The ones that would count most:</source>
            <translation>
                <numerusform>It would take %n changed answers to change the tie, so it rests on many of your answers, not on a few. The ones that would count most:</numerusform>
                <numerusform>It would take %n changed answers to change the tie, so it rests on many of your answers, not on a few. The ones that would count most:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changing %n answer(s) would be enough to change this lean:</source>
            <translation>
                <numerusform>Changing %n answer would be enough to change this lean:</numerusform>
                <numerusform>Changing %n answers would be enough to change this lean:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Changing %n answer(s) would be enough to change the tie:</source>
            <translation>
                <numerusform>Changing %n answer would be enough to change the tie:</numerusform>
                <numerusform>Changing %n answers would be enough to change the tie:</numerusform>
            </translation>
        </message>
        <message>
            <source>This measures your preferences and how you see yourself, not your competence. Use it to explore a career, never to screen candidates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score} ± {noise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not placed (needs both interest and experience answers): {titles}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({body}): {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Career path: {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facts as of {month_year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing unusual stood out in how you answered, so no caution is needed on that score.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n tie-breaker question(s) can settle it; the desktop app offers them.</source>
            <translation>
                <numerusform>%n tie-breaker question can settle it; the desktop app offers them.</numerusform>
                <numerusform>%n tie-breaker questions can settle it; the desktop app offers them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message>
            <source>Strongly disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neither agree nor disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strongly agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strongly disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neither agree nor disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>strongly agree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{option}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>middle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strength</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untapped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not for you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you would enjoy it and you have done it: build on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you would enjoy it but have little experience yet: the best place to learn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>you have done it but it does not energise you: useful, but not a reason to choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neither drawn to it nor practised in it: fine to leave to others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fairly sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You would enjoy this but have little experience in it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A core part of the role you have not rated your experience in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A core part of the role where more practice will count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{years} years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: not answered in both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: about the same, {before} → {after} ({change})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: {before} → {after} ({change})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not enough answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not enough answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too close to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too close to call</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Your result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a new attempt; this result stays in your history (Alt+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All your finished attempts (Alt+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare with previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a summary of this result as a PDF (Ctrl+E)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name on the PDF (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name on the PDF (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What changed since your attempt before this one (Alt+C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Career path to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the career path of:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of pmfit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or leaving the list switches to it; pmfit remembers it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product Manager or Project Manager?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit helps you see which of the two roles fits you better, responsibility by responsibility. You answer short questions about what you enjoy and what you have done, and get a verdict with how sure it is, why, and what to do next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It takes about {0} minutes. It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the end you may say what your role is now (optional, never scored): it lets a course or an HR team check whether pmfit tells real Product Managers from real Project Managers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the unfinished answers and begin again (Alt+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Past results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results of earlier attempts (Alt+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin the questions (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of {1} answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carry on where you stopped (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have an unfinished assessment. Every answer you gave is kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
