<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../pmfit/render/compare.py" line="122"/>
        <source>then: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/compare.py" line="128"/>
        <source>now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/compare.py" line="161"/>
        <location filename="../../pmfit/render/fits.py" line="163"/>
        <location filename="../../pmfit/render/profile.py" line="184"/>
        <location filename="../../pmfit/report/content.py" line="164"/>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/compare.py" line="174"/>
        <source>Change per responsibility, then and now (interest, 0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="17"/>
        <source>Role fit, 0 to 100 (± is the range your answers leave open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="22"/>
        <source>- {role}: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="24"/>
        <source> (leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="26"/>
        <source>- {role}: {fit} ± {noise}{lead}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="32"/>
        <source>Interest in each responsibility, 0 to 100:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="34"/>
        <source>{role}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="38"/>
        <source>- {title}: not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="41"/>
        <source>- {title}: {score} ± {noise}, {band}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="47"/>
        <source>Interest and experience map (each split at {cut}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="50"/>
        <source>{title} (interest {interest}, experience {experience})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="59"/>
        <source>- {name}, {meaning}: {scales}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/describe.py" line="62"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/fits.py" line="48"/>
        <source>Not enough answers yet to compare the two roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/fits.py" line="50"/>
        <source>Too close to call: {gap} points apart, within the uncertainty (±{noise}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/fits.py" line="53"/>
        <source>{role} leads by {gap} points, more than the uncertainty (±{noise}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/fits.py" line="139"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/fits.py" line="161"/>
        <source>out of 100, ± {noise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/profile.py" line="53"/>
        <source>Interest, 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/quadrants.py" line="75"/>
        <source>Not placed (needs both interest and experience answers): {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/quadrants.py" line="365"/>
        <source>Experience →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/render/quadrants.py" line="375"/>
        <source>Interest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="95"/>
        <source>pmfit result summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="99"/>
        <source>For {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="100"/>
        <source>{date} · you answered {answered} of {asked} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="120"/>
        <source>Your 12 responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="123"/>
        <source>How much you would enjoy each part of the two roles, from 0 to 100. The whisker at each bar&apos;s end shows how sure that number is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="132"/>
        <source>What matches you best as {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="149"/>
        <source>All 12 responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="152"/>
        <source>Interest: how much you would enjoy it, 0-100, ± how sure. Experience: how much of it you have done. The quadrant puts the two together; the numbers match the map below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="179"/>
        <source>Responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="180"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="181"/>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="182"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="183"/>
        <location filename="../../pmfit/report/content.py" line="237"/>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="184"/>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="192"/>
        <source>What you enjoy against what you have done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="206"/>
        <source>Why this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="208"/>
        <source>The answers that weighed most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="215"/>
        <source>{years} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="221"/>
        <source>Career path: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="236"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="238"/>
        <source>What you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="239"/>
        <location filename="../../pmfit/report/content.py" line="243"/>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="246"/>
        <source>To read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="254"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="271"/>
        <source>Neighbouring roles worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="276"/>
        <source>About your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="279"/>
        <source>Nothing unusual stood out in how you answered, so no caution is needed on that score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="288"/>
        <source>This measures your preferences and how you see yourself, not your competence. Use it to explore a career, never to screen candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="324"/>
        <source>Your two fits are too close to call, so here are both paths: this one (the higher fit) first, the {other} path after the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/content.py" line="328"/>
        <source>Your two fits are too close to call; this is the path of the higher fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/app.py" line="80"/>
        <location filename="../../pmfit/ui/app.py" line="93"/>
        <source>pmfit cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/app.py" line="80"/>
        <source>Your data folder cannot be made:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/app.py" line="85"/>
        <source>pmfit is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/app.py" line="86"/>
        <source>pmfit is already running for this account. Switch to its window; your answers are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/app.py" line="93"/>
        <source>Your data folder cannot be used:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerButton</name>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="53"/>
        <source>Press {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="43"/>
        <source>← Back to past results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="44"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="48"/>
        <source>not enough answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="50"/>
        <source>too close to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="63"/>
        <source>How your results changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="66"/>
        <source>Then — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="67"/>
        <source>Now — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="69"/>
        <source>Your verdict changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="71"/>
        <source>Your verdict stayed the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="79"/>
        <source>These two attempts used different versions of the questions ({0} and {1}), so small differences may come from the questions rather than from you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/compare_page.py" line="90"/>
        <source>Largest changes first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pmfit/ui/errors.py" line="49"/>
        <source>Something went wrong inside pmfit: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/errors.py" line="53"/>
        <source>Your answers are saved. The details are in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/errors.py" line="57"/>
        <source>Your answers are saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../pmfit/ui/history_actions.py" line="44"/>
        <source>This attempt was answered with version {0} of the questions; it is shown scored with the current version {1}, using the answers that still fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_actions.py" line="95"/>
        <source>Delete this result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_actions.py" line="96"/>
        <source>The result and its answers are removed from your history. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="82"/>
        <source>Past results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="83"/>
        <source>No finished attempts yet. Your results appear here once you finish one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="84"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="85"/>
        <source>Show this result (Enter or Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="86"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="87"/>
        <source>Back to the start (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="88"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="90"/>
        <source>Compare the two selected results, or the selected one with the one before it (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="92"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="93"/>
        <source>Delete the selected result after asking (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="94"/>
        <source>Select two results with Ctrl or Shift to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="102"/>
        <source>Too close to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/history_page.py" line="104"/>
        <source>Not enough answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="47"/>
        <source>pmfit — Product Manager or Project Manager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="114"/>
        <source>Saved data could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="116"/>
        <source>pmfit&apos;s data file was damaged, so it was moved aside and pmfit started a fresh one. Nothing was deleted; the old file is here:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="124"/>
        <source>The daily backup could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="126"/>
        <source>Your data is fine and pmfit works as usual; only the extra copy is missing. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="149"/>
        <source>The question bank is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="155"/>
        <source>… and {0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="156"/>
        <source>pmfit cannot use the question bank {0}:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="270"/>
        <source>The unfinished answers do not fit this question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="271"/>
        <source>They are kept untouched; starting over would replace them. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="284"/>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="285"/>
        <source>This discards the answers of your unfinished assessment. Your past results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="297"/>
        <source>Your answers put the two roles too close to call. These few this-or-that questions can settle it; skip them to see your result as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="395"/>
        <source>Save the PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/main_window.py" line="395"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../pmfit/ui/export_job.py" line="93"/>
        <source>PDF saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/export_job.py" line="93"/>
        <source>Your summary is saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/export_job.py" line="94"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/export_job.py" line="101"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="137"/>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="138"/>
        <source>Previous question (Left arrow or Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="160"/>
        <source>about {0} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="160"/>
        <source>almost done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="161"/>
        <source>{0} of {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="191"/>
        <source>Strongly disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="192"/>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="193"/>
        <source>Neither agree nor disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="194"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="195"/>
        <source>Strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="199"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="199"/>
        <source>Skip →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/question_page.py" line="200"/>
        <source>Next question (Right arrow or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="109"/>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="110"/>
        <source>Start a new attempt; this result stays in your history (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="111"/>
        <source>Past results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="112"/>
        <source>All your finished attempts (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="113"/>
        <source>Compare with previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="114"/>
        <location filename="../../pmfit/ui/result_page.py" line="122"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="115"/>
        <source>Save a summary of this result as a PDF (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="116"/>
        <location filename="../../pmfit/ui/result_page.py" line="117"/>
        <source>Your name on the PDF (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="118"/>
        <source>What changed since your attempt before this one (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="122"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="157"/>
        <source>This measures your preferences and how you see yourself, not your competence. Use it to explore a career, never to screen candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="179"/>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="194"/>
        <source>How the two roles fit you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="196"/>
        <source>Your 12 responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="201"/>
        <source>How much you would enjoy each part of the two roles, from 0 to 100. The band around each bar&apos;s end shows how sure that number is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="210"/>
        <source>What you enjoy against what you have done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="216"/>
        <source>What matches you as {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="229"/>
        <source>Career path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="234"/>
        <source>Show the career path of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="239"/>
        <source>Show the career path of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="253"/>
        <source>{0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="256"/>
        <source>Certifications: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="258"/>
        <source>Certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="261"/>
        <source>To read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="269"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="279"/>
        <source>Why this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="281"/>
        <source>The answers that weighed most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="291"/>
        <source>Neighbouring roles worth a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/result_page.py" line="297"/>
        <source>About your answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="70"/>
        <source>Product Manager or Project Manager?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="73"/>
        <source>pmfit helps you see which of the two roles fits you better, responsibility by responsibility. You answer short questions about what you enjoy and what you have done, and get a verdict with how sure it is, why, and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="81"/>
        <source>It takes about {0} minutes. It measures your preferences, not your competence. Nothing leaves this computer, and your answers are saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="85"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="86"/>
        <source>Discard the unfinished answers and begin again (Alt+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="87"/>
        <source>Past results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="88"/>
        <source>Results of earlier attempts (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="109"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="110"/>
        <source>Begin the questions (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="116"/>
        <source>{0} of {1} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="118"/>
        <source>{0} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="119"/>
        <source>Resume ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="120"/>
        <source>Carry on where you stopped (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/ui/welcome_page.py" line="121"/>
        <source>You have an unfinished assessment. Every answer you gave is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>content</name>
    <message>
        <location filename="../../pmfit/report/pdf.py" line="192"/>
        <source>pmfit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/pdf.py" line="206"/>
        <source>pmfit {version} · bank {bank} {bank_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pmfit/report/pdf.py" line="220"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
