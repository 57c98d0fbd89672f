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
            <source>Then back to the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press it again once saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
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
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>positional arguments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>options</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ignored explicit argument %r</source>
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
        <message numerus="yes">
            <source>{name}: %n lint problem(s), listed above (--strict)</source>
            <translation>
                <numerusform>{name}: %n lint problem, listed above (--strict)</numerusform>
                <numerusform>{name}: %n lint problems, listed above (--strict)</numerusform>
            </translation>
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
            <source>bank needs an action: analyze, check, keying or show (see 'pmfit bank --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No finished attempts yet.</source>
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
        <message>
            <source>quick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>form</source>
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
            <source>{value} is not an attempt id (see 'pmfit history')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>there is no attempt with id {id} (see 'pmfit history')</source>
            <translation type="unfinished" />
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
            <source>{path}: the sheet is not finished (finished_at is null); only finished ones import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: the sheet answers bank {bank}, not {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (answered with question version {version}, and scored with it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit is already open on this data (process {pid}): close it, then import again; nothing was added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit is already open on this data: close it, then import again; nothing was added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}; nothing was added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (answered with question version {then}; scored with version {now}, {kept} of {given} answers still match and are kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note: {path} was damaged; it was kept as {kept} and a new one started</source>
            <extracomment>How long an import waits for another pmfit command holding the lock (an import takes milliseconds).</extracomment>
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
            <source>bank keying needs an action: export or report (see 'pmfit bank keying --help')</source>
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
            <source>{path}: a name ending in .key.tsv is kept for the key; name the sheet SHEET.tsv</source>
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
            <source>no raters' sheets (*.tsv) in {paths}</source>
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
            <source>scale '{scale}': alpha {value} is below {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item '{item}': item-total r {value} on scale '{scale}' is below {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item '{item}': option {option} is picked by {share} of the sheets that answered it, under {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item '{item}': option {option} is picked by {share} of the sheets that answered it, over {limit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item '{item}': skipped by {share} of the sheets, over {limit}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Pilot of bank '{bank}' version {version}: %n answer sheet(s)</source>
            <translation>
                <numerusform>Pilot of bank '{bank}' version {version}: %n answer sheet</numerusform>
                <numerusform>Pilot of bank '{bank}' version {version}: %n answer sheets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title} ({scale}): alpha {alpha} on %n complete sheet(s)</source>
            <translation>
                <numerusform>{title} ({scale}): alpha {alpha} on %n complete sheet</numerusform>
                <numerusform>{title} ({scale}): alpha {alpha} on %n complete sheets</numerusform>
            </translation>
        </message>
        <message>
            <source>item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>item-total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no likert interest items)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(r) reverse-keyed: scored as 6 - answer, so that a higher number means more of the scale.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choices: the share of the sheets that answered each one picking each option</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>option {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{item} (tie-breaker)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Flags (%n):</source>
            <translation>
                <numerusform>Flags (%n):</numerusform>
                <numerusform>Flags (%n):</numerusform>
            </translation>
        </message>
        <message>
            <source>No flags: every figure is within its limit.</source>
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
        <message>
            <source>give an attempt ID or --all, not both (see 'pmfit history export --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give an attempt ID, or --all for every finished attempt (see 'pmfit history export --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown command (see 'pmfit --help')</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{path}: the question bank has %n problem(s), the first: {problem} (see '{command}' for all of them)</source>
            <translation>
                <numerusform>{path}: the question bank has %n problem, the first: {problem} (see '{command}' for all of them)</numerusform>
                <numerusform>{path}: the question bank has %n problems, the first: {problem} (see '{command}' for all of them)</numerusform>
            </translation>
        </message>
        <message>
            <source>unexpected error ({error}); please report it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>desktop needs an action: install or uninstall (see 'pmfit desktop --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dry run: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The menu entry {entry} is not pmfit's, so it is kept and may not start this pmfit ({starts}); 'pmfit desktop install --force' replaces it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The menu entry would start: {starts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit is in your application menu ({entry}); it starts: {starts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit's own menu entry, icons and metainfo are gone; the files marked 'kept' are not pmfit's and stay. Your answers and results are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit's menu entry, icons and metainfo are gone; your answers and results are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show this help and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} (see '{command} --help')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the language of the words and of the bundled question bank (default: your locale's)</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a whole number from 0 to {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PATH</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>question bank (default: the bundled one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print JSON for tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the blind keying study: a sheet for raters, and the report of their ratings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ACTION</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write a blind sheet of every statement for raters, and its key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the order's seed (default: random)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sheet to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report how raters keyed the statements: agreement, CVR, Fleiss' kappa, the bar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RATINGS.tsv|FOLDER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>raters' filled sheets, or a study's folder (its *.tsv but the keys)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>question bank (default: the sheets' own)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Product Manager or Project Manager? With no command, opens the desktop app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show pmfit's version and exit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open the app with this question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>COMMAND</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>score an answer sheet (JSON) and explain the result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write the PDF summary of an answer sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAME</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your name, printed on the summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>check, show or pilot a question bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>validate a bank and list every problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bank file (default: the bundled one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>treat lint warnings as errors (exit 2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print a bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pilot a bank on many answer sheets: item analysis, known groups, the two languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer sheets of this bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list finished attempts, or export one as an answer sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>write an attempt's answer sheet, or every finished attempt's for a pilot (--all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the attempt (see 'pmfit history')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>every finished attempt, one sheet each, into the folder -o names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHEET.json|FOLDER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sheet, or with --all the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add a finished answer sheet to the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>put pmfit into your application menu, or take it out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>add the menu entry, icons and metainfo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>print what would be done, change nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>also replace files at pmfit's names that pmfit did not write or that changed since</source>
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
        <name>Desktop</name>
        <message>
            <source>unchanged {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would write {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wrote {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would replace {path} (--force: {why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replaced {path} (--force: {why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept {path}: {why} ('pmfit desktop install --force' replaces it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept {path}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would make folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>made folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would record what is installed in {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recorded what is installed in {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would run {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ran {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would remove {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>would remove the empty folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed the empty folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing of pmfit's was in the menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it changed after pmfit wrote it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not what pmfit writes there, and pmfit's older record has no hash to tell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit did not write it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is a symbolic link, which pmfit never makes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is {what}, not a file pmfit wrote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'pmfit desktop' puts pmfit into a Linux (freedesktop.org) menu; on Windows and macOS install the bundle instead (see README.md, 'Install')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot make the folder {folder}: {path} is in the way (it is not a folder), so nothing was changed; move it away and run 'pmfit desktop install' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a symbolic link; pmfit never writes through a link, so nothing was changed: remove the link and run 'pmfit desktop install' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is a symbolic link (to {target}); pmfit never writes through a link, so nothing was changed: remove the link and run 'pmfit desktop install' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is {what}, not a file pmfit can replace, so nothing was changed: move it away and run 'pmfit desktop install' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot make the folder {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot remove {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot change {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing was installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing was removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: the disk is full, so {nothing}; free some space on it and run '{command}' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: {where} belongs to {owner}, not to you, so {nothing}; make it yours and run '{command}' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: you have no write permission in {where}, so {nothing}; give yourself write permission there (chmod u+w) and run '{command}' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: the system does not allow it (is it or {where} append-only or immutable? see 'lsattr -d {where}'), so {nothing}; lift that and run '{command}' again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: {where} is on a read-only disk, so {nothing}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{head}: {reason}, so {nothing}</source>
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
            <source>Free some space, then press your answer again: it is still here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the folder writable again (or reconnect the drive), then press your answer again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the other program (a backup or sync tool, perhaps), then press your answer again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press your answer again to retry.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pmfit could not write to its data file: {reason}.</source>
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
            <source>Replace {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary is saved as a PDF, {path}, and a file of that name is there already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace</source>
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
        <name>NameDialog</name>
        <message>
            <source>Your name on the PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: it is printed under the summary's title. Leave it empty for none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (optional):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name on the PDF (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
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
            <source>{date} · {form} · you answered {answered} of {asked} questions</source>
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
        <name>Problems</name>
        <message>
            <source>'{field}' must be an ISO 8601 date and time, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{field}' is not an ISO 8601 date and time: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{field}' is out of range: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a pmfit answer sheet (expected a JSON object)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} holds {value}, a lone surrogate: not a character, so not valid text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a pmfit answer sheet (no 'format' field)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unsupported format {value} (expected '{format}')</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown field {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'bank' must be an object with id, version and language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{field}' must be a non-empty string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'answers' must be an object of item id to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer to item {item} must be a whole number, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'seconds' must be an object of item id to seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time for item {item} must be 0 to 86400 seconds, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'form' must be "quick" or "full", not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'respondent' must be an object with current_role and years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'respondent.current_role' must be one of {roles} or null, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'respondent.years' must be a whole number from 0 to {most} or null, not {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not UTF-8 text (byte {byte})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: {reason} at line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: a number is too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not valid JSON: nested too deeply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an answer sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place}: {problem}</source>
            <extracomment>How many characters of a value from a file a message shows before it cuts it short.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sheet answers bank {bank}, not {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the sheet answers bank version {version}, but this bank is version {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown item id {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>time given for unknown item id {item}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>permission denied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many symbolic links</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name is too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part of the path is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>input/output error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot be read ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a regular file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {kind}, not {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too large to be {what} (the limit is {limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer to item '{item}' is {value}; it takes {low} to {high}</source>
            <extracomment>What an answer adds to the scales: (scale id, weight, contribution from 0 to 1) for each scale it feeds. Feeds the scales (a check item scores nothing: it only flags careless answering). Answered on the agreement scale, where a long run of one answer is a sign of careless answering. What an answer adds is linear in the answer, so the largest change of an answer is to one end. May be held back as a tie-breaker, asked only when a result is too close to call.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer to item '{item}' is {value}; a choice takes 0 to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot open {place}: {why}</source>
            <extracomment>Seconds a write waits for another connection (another pmfit, a SQLite tool) to let go of the database before it fails with Reason.LOCKED. SQLite stores integers in 64 bits; an id outside cannot name an attempt.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not save to {place}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not read {place}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not back up {name} into {place}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}; the upgrade of your data to this pmfit's version needs that copy first, so nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not back up {name} before upgrading it ({detail}), so nothing was changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not back up {name}: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place} is damaged and cannot be moved aside: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>could not copy the unreadable unfinished answers to {place}: {why}</source>
            <extracomment>Where a damaged database was moved at open, or None when none was. Why the last backup could not be made (at open, or by :meth:`make_backup`), else None. The store works regardless; the UI may mention it. One line describing why the last :meth:`load_progress` found nothing usable, else None. How many rows the last :meth:`attempts` call skipped because they could not be read.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use {place} as the data folder: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part of its path is a file, not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot use {place}: {why}</source>
            <extracomment>Every table any pmfit version ever made; a file without an application id holding others is not pmfit's.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place} is {kind}, not a database file; move it away and start pmfit again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place} is read-only: pmfit cannot save your answers there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place} is {what}, not pmfit's; pmfit leaves it untouched. Move it elsewhere to start afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read {place}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a SQLite database of another application (tables {tables})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a SQLite database of another application (no pmfit schema version)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another application's database (application id {id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <extracomment>``PRAGMA application_id`` of a pmfit database (the bytes "pmfi"), so that pmfit can tell its own file from another application's SQLite file that happens to sit at its place, and leave that one alone. The words for each reason, the same wherever a person reads them (the command line's line, the app's notes), marked for translation. Reason.OTHER has none: the system's own cause is given instead.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the folder or the file is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program is holding the data file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>something other than a file is in its place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is another application's file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a newer pmfit wrote it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite error {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database records an unreadable schema version {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{place} was written by a newer pmfit (data version {version}; this one knows up to {known}); update pmfit to open it</source>
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
            <source>Saving your answer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Then back to the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys pressed before it is saved do nothing: wait for the next question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} of at most {1} · quick form: it ends as soon as your answer is settled</source>
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
            <source>{0} Your answer: {1}.</source>
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
        <message>
            <source>Quick form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>quick form, {asked} of {total} questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the quick form ({asked} of {total} questions).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This result comes from the quick form: %n question(s) of {total}.</source>
            <translation>
                <numerusform>This result comes from the quick form: %n question of {total}.</numerusform>
                <numerusform>This result comes from the quick form: %n questions of {total}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It stopped before your verdict was settled, so the other %n question(s) could still change it.</source>
            <translation>
                <numerusform>It stopped before your verdict was settled, so the other %n question could still change it.</numerusform>
                <numerusform>It stopped before your verdict was settled, so the other %n questions could still change it.</numerusform>
            </translation>
        </message>
        <message>
            <source>It took every question, so your verdict is the full form's.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your answers settled the verdict: no answers to the other %n question(s) could have changed it.</source>
            <translation>
                <numerusform>Your answers settled the verdict: no answers to the other %n question could have changed it.</numerusform>
                <numerusform>Your answers settled the verdict: no answers to the other %n questions could have changed it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your answers settled the verdict: the chance that the other %n question(s) would have changed it is less than 1 in {odds}.</source>
            <translation>
                <numerusform>Your answers settled the verdict: the chance that the other %n question would have changed it is less than 1 in {odds}.</numerusform>
                <numerusform>Your answers settled the verdict: the chance that the other %n questions would have changed it is less than 1 in {odds}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your profile over the responsibilities rests on fewer answers, so it is rougher: the wider bands show how much less sure each score is. Answer the rest for the full picture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The quick form asks what decides your verdict, not what you have done: answer the rest to place your responsibilities on this map.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered {answered} of {asked} questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full form</source>
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
            <source>What changed since your attempt before this one (Alt+C)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Answer the rest (%n question(s))</source>
            <translation>
                <numerusform>Answer the rest (%n question)</numerusform>
                <numerusform>Answer the rest (%n questions)</numerusform>
            </translation>
        </message>
        <message>
            <source>Go on to the full form, every answer kept; this result is then updated (Alt+R)</source>
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
            <source>The full form takes about {0} minutes. The quick form stops as soon as your answer is settled: it asks first what tells the two roles apart. It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At the end you may say what your role is now (optional, never scored): it lets a course or an HR team check whether pmfit tells real Product Managers from real Project Managers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick (about {0} minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin the quick form: it stops as soon as your answer is settled (Alt+Q)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {0} minutes for most people with a clear lean; longer when the roles are close.</source>
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
            <source>Full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full (about {0} minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Begin the full form: every question (Enter)</source>
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
