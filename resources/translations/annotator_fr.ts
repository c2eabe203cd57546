<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read news articles side by side, mark what is claim, evidence, speculation and opinion, link what two outlets say about the same facts, and compare how a class read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works offline: the app never connects to the network, and your work stays on this computer until you hand it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa (pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike the students&apos; markups are (the answer key is not counted). Start with Krippendorff&apos;s alpha for all tags: 0.80 or more, the class marked the text in much the same way; below 0.67, differently enough to discuss. Kappa names its bands more gently, so the same number can read &apos;fair&apos; as kappa and &apos;low&apos; as alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement figures with their readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise matrix to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, all tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span F1, overlapping spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span F1, exact spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: how much two students agree, character by character, beyond chance (1 = identical, 0 = as if by chance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the share of spans the two students both marked with the same tag (1 = the same spans, 0 = nothing in common).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4); the first time, the app asks for your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search quotes and notes  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleListEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en, de, fr…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ste text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a corrected text of this article as a new article after it; the old text stays until you remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 deletes %2 when you press OK. Undo (Ctrl+Z) in the main window brings it back. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the articles students will compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its date is when the file was made, not necessarily when the article was published: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, %1 characters from %2. It is added when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be edited here, so students&apos; highlights never shift. To correct it, use New version… and then remove the old article if nobody needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them. Alt+Down and Alt+Up select the next and previous tagged passage; F1 lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <source>&amp;New Exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Exercise &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Exercise Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open exercise package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the new exercise %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 to revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export exercise package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added; nothing was taken from them:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise packages (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthoringUndo</name>
    <message>
        <source>Add tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change exercise details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Tags per student: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag distribution per article (all shown students)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>missing (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra (dotted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different tag (wavy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shifted boundaries (underline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifted boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference markup text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared markup text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same markup is chosen on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message numerus="yes">
        <source>Student: %1, key: %2: %n span(s). Click to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside Source Annotator, but your work is safe: every annotation is saved the moment you make it. You can keep working; if something looks wrong, restart the app.

What happened: %1
The details were written to %2. If this happens again, use Copy details and send them to your teacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftListEditor</name>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Enter your name to answer these questions: your answers are saved with your name. (Tagging a passage in an article asks for it too.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exercise has no source-evaluation questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source evaluation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>A new copy of the default tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What students see above the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What students should do, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nstructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, used by %3 exercises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new exercise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message numerus="yes">
        <source>%1  (%n article(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Open exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises in this database:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <source>You have not answered any of the source-evaluation questions yet. You can still hand in, or go back and answer them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have answered only %1 of %2 source-evaluation questions. You can still hand in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in your work on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not highlighted anything yet. You can still hand in an empty file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand In As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save your hand-in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in. Your work is saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandinActions</name>
    <message>
        <source>&amp;Web Annotation (JSON-LD)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Web Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable &amp;Report (HTML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Printable Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to hand in yet: highlight a passage first (the app then asks for your name), or set your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your work as a file to give to your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Hand-ins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect your students&apos; hand-in files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect every hand-in file in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Every Hand-in in a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as a PDF file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-in files found in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Pairwise agreement heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least two students are needed for a pairwise comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 worse than chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nothing shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Importing hand-ins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an older hand-in, not imported; the newer one already imported is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short (an incomplete copy?); ask the student to hand it in again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: handed in for another exercise, “%2”; imported there (open that exercise to review it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more: see the Problem column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-ins Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at these files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an orphaned highlight to see its passage with the text around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned highlights in this exercise: %1 (kept, but their passage was not found in the article text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orphaned highlights: every imported highlight was placed in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed in for another exercise, “%1”, and imported there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Reading articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the instructions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyMode</name>
    <message>
        <source>Annotate the &amp;Answer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight and tag as the answer key; students are scored against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when you restart the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkFlow</name>
    <message>
        <source>It &amp;supports the first passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;contradicts the first passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It makes the sa&amp;me claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link from Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Lin&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Selected Passage &amp;As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking from “%1”: click or tag the passage in the other article it relates to (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does this passage relate to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link these passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(passage removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first passage %1 the second</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>No links yet.
Link a claim in one article to a passage in another that supports it, contradicts it or makes the same claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links match the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search linked passages and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another exercise stored on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name saved with your highlights, notes and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database for damage and broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>annotating as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected text, or re-tag the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag exactly as selected, without snapping to whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) tagged %1. Deleting the tag moves them to another tag (undo moves them back). Merge them into:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge and delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole article: click to jump there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview of the whole article</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is saved with your highlights, notes and answers so that your teacher can tell whose work it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did you tag this passage this way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrphanModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was at (characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayTab</name>
    <message>
        <source>Stronger colour: more students highlighted it · colour: the tag most chose · hatched and wavy: students chose different tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. The number runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over). Click one to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a passage to show it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students at the clicked spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the text to see who highlighted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement about highlighting: %1
Disagreement about the tag: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At this spot: %n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody highlighted this spot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message>
        <source>Class overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) highlighted this</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Students chose different tags here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneActions</name>
    <message>
        <source>N note · L link · Del delete · drag the dots or Alt+arrows to adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: your work needs your name, so your teacher knows whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Exactl&amp;y as Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Start &amp;Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Start &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move End Ea&amp;rlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move End La&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Ne&amp;xt Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Previous Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;Span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (note: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several annotations here: choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select some words to tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage first (mouse, or Shift+arrow keys), then choose a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>Drag to move this article to another place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneLayout</name>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneMenu</name>
    <message>
        <source>Passage menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;Another Here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>&amp;Find in Annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the quotes and notes of your annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListEditor</name>
    <message>
        <source>Written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating 1–5 with reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students answer every question for each article. Double-click a question to edit its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing this question deletes %1 when you press OK. Remove it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>not reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Class Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how the whole class marked up this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the class review as an HTML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every student&apos;s scores against the key as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Class Overview: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show students as Student 1…N, for projecting in class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text, for projecting (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Article: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students shown in the overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a student to leave them out of every figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class Overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, an answer key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>No scores yet: there is no answer key. In the main window, switch on Review &gt; Annotate the Answer Key, tag the passages the way you want them tagged, then switch it off; every student is then scored against your key here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row compares one student&apos;s highlights with the answer key (1.00 = the same as the key, 0.00 = nothing in common). P: how much of what the student marked is in the key. R: how much of the key the student found. F1: P and R together. Exact counts only the key&apos;s exact passages, Overlap any overlapping passage with the same tag, Chars character by character. Click a heading to sort; hover it for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores against the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the all-tags rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per student and article: their highlights with every tag together, against the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student for the confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag confusion: student against key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans behind the chosen cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list the spans behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this article, the tags chosen by (rows) against the key&apos;s (columns):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chars P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chars R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chars F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans with exactly the key&apos;s start, end and tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans overlapping a key span of the same tag (one-to-one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters marked with the same tag as the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision: the share of what the student marked that matches the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall: the share of the key that the student found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1: precision and recall together, high only when both are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, counting %2. 1.00 = the same as the key, 0.00 = nothing in common; – = nothing to count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>No need to save: every change is saved at once. To give your work to your teacher: File &gt; Hand In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1–%2 or click a tag above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1 or click a tag above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then click a tag above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Save button: every change is stored the moment you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 by you in this exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Saved just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change stored at %1. There is no Save button: every change is stored the moment you make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>%1 panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key %2): %3 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1. %2 tagged so far. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagSetEditor</name>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag set &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Keys are saved in exports; shortcuts are the keys students press to tag a selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) use this tag set: changes apply to all of them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n annotation(s) and is the only tag; add another tag to merge them into first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag %1? No annotation uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>Save a copy of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteFailureDialog</name>
    <message>
        <source>Your change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder, then try again; or save a copy of the change to a file so that it is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Unsaved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
