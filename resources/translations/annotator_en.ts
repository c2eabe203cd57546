<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementTab</name>
    <message numerus="yes">
        <source>With %n students the student-by-student matrices are large (every pair of students), so they are not computed unless you ask. The figures on the left cover the whole class.</source>
        <translation>
            <numerusform>With %n student the student-by-student matrices are large (every pair of students), so they are not computed unless you ask. The figures on the left cover the whole class.</numerusform>
            <numerusform>With %n students the student-by-student matrices are large (every pair of students), so they are not computed unless you ask. The figures on the left cover the whole class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Import %n article</numerusform>
            <numerusform>Import %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n article added.</numerusform>
            <numerusform>%n articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added; nothing was taken from them:</source>
        <translation>
            <numerusform>%n file could not be added; nothing was taken from it:</numerusform>
            <numerusform>%n files could not be added; nothing was taken from them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation>
            <numerusform>%n difference: %1</numerusform>
            <numerusform>%n differences: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message numerus="yes">
        <source>Student: %1, key: %2: %n span(s). Click to list them.</source>
        <translation>
            <numerusform>Student: %1, key: %2: %n span. Click to list it.</numerusform>
            <numerusform>Student: %1, key: %2: %n spans. Click to list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>(%n student(s) without an identifier)</source>
        <translation>
            <numerusform>(%n student without an identifier)</numerusform>
            <numerusform>(%n students without an identifier)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message numerus="yes">
        <source>%1  (%n article(s))</source>
        <translation>
            <numerusform>%1  (%n article)</numerusform>
            <numerusform>%1  (%n articles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackActions</name>
    <message numerus="yes">
        <source>%n feedback file(s) written to %1.</source>
        <translation>
            <numerusform>%n feedback file written to %1.</numerusform>
            <numerusform>%n feedback files written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message numerus="yes">
        <source>Server not reachable; showing the class as of %n s ago</source>
        <translation>
            <numerusform>Server not reachable; showing the class as of %n s ago</numerusform>
            <numerusform>Server not reachable; showing the class as of %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: updated %n s ago</source>
        <translation>
            <numerusform>Live: updated %n s ago</numerusform>
            <numerusform>Live: updated %n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n annotation(s) tagged %1. Deleting the tag moves them to another tag (undo moves them back). Merge them into:</source>
        <translation>
            <numerusform>%n annotation is tagged %1. Deleting the tag moves it to another tag (undo moves it back). Merge it into:</numerusform>
            <numerusform>%n annotations are tagged %1. Deleting the tag moves them to another tag (undo moves them back). Merge them into:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlayTab</name>
    <message numerus="yes">
        <source>At this spot: %n student(s)</source>
        <translation>
            <numerusform>At this spot: %n student</numerusform>
            <numerusform>At this spot: %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message numerus="yes">
        <source>%1 of %n student(s) highlighted this</source>
        <translation>
            <numerusform>%1 of %n student highlighted this</numerusform>
            <numerusform>%1 of %n students highlighted this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>This article: %n student(s) shown, an answer key.</source>
        <translation>
            <numerusform>This article: %n student shown, an answer key.</numerusform>
            <numerusform>This article: %n students shown, an answer key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</source>
        <translation>
            <numerusform>This article: %n student shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</numerusform>
            <numerusform>This article: %n students shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Offline, %n change waiting</numerusform>
            <numerusform>Offline, %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerFeedback</name>
    <message numerus="yes">
        <source>Take back the feedback on “%1” from %n student(s)? They no longer see it in the app until you release it again.</source>
        <translation>
            <numerusform>Take back the feedback on “%1” from %n student? They no longer see it in the app until you release it again.</numerusform>
            <numerusform>Take back the feedback on “%1” from %n students? They no longer see it in the app until you release it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released to %n student(s) on %1; releasing again replaces it.</source>
        <translation>
            <numerusform>Released to %n student on %1; releasing again replaces it.</numerusform>
            <numerusform>Released to %n students on %1; releasing again replaces it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback released to %n student(s) on the school server.</source>
        <translation>
            <numerusform>Feedback released to %n student on the school server.</numerusform>
            <numerusform>Feedback released to %n students on the school server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them it replaces the feedback released before.</source>
        <translation>
            <numerusform>For %n of them it replaces the feedback released before.</numerusform>
            <numerusform>For %n of them it replaces the feedback released before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Feedback withdrawn from %n student(s).</source>
        <translation>
            <numerusform>Feedback withdrawn from %n student.</numerusform>
            <numerusform>Feedback withdrawn from %n students.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagSetEditor</name>
    <message numerus="yes">
        <source>%n exercise(s) use this tag set: changes apply to all of them.</source>
        <translation>
            <numerusform>%n exercise uses this tag set: changes apply to it.</numerusform>
            <numerusform>%n exercises use this tag set: changes apply to all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n annotation(s) and is the only tag; add another tag to merge them into first</source>
        <translation>
            <numerusform>%1 is used by %n annotation and is the only tag; add another tag to merge it into first</numerusform>
            <numerusform>%1 is used by %n annotations and is the only tag; add another tag to merge them into first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) shown</source>
        <translation>
            <numerusform>%1 of %n link shown</numerusform>
            <numerusform>%1 of %n links shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 of %n annotation shown</numerusform>
            <numerusform>%1 of %n annotations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n file: %1</numerusform>
            <numerusform>%n files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often, you tagged %1 where the key says %2 (%n time(s)).</source>
        <translation>
            <numerusform>Most often, you tagged %1 where the key says %2 (%n time).</numerusform>
            <numerusform>Most often, you tagged %1 where the key says %2 (%n times).</numerusform>
        </translation>
    </message>
</context>
</TS>
