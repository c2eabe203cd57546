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
    <name>AnnotationText</name>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>span {start}-{end} lies outside the article (%n character)</numerusform>
            <numerusform>span {start}-{end} lies outside the article (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArgparseText</name>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>expected %n argument</numerusform>
            <numerusform>expected %n arguments</numerusform>
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
    <name>CliText</name>
    <message numerus="yes">
        <source>%n article(s), revision {revision}</source>
        <translation>
            <numerusform>%n article, revision {revision}</numerusform>
            <numerusform>%n articles, revision {revision}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotators are called {name}; give the id instead</source>
        <translation>
            <numerusform>%n annotator is called {name}; give the id instead</numerusform>
            <numerusform>%n annotators are called {name}; give the id instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start} is the start of %n annotator ids; give more of it</source>
        <translation>
            <numerusform>{start} is the start of %n annotator id; give more of it</numerusform>
            <numerusform>{start} is the start of %n annotator ids; give more of it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n file(s) imported</source>
        <translation>
            <numerusform>{imported} of %n file imported</numerusform>
            <numerusform>{imported} of %n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported (see problem column)</source>
        <translation>
            <numerusform>; %n not imported (see problem column)</numerusform>
            <numerusform>; %n not imported (see problem column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The imported files were for %n exercises: </source>
        <translation>
            <numerusform>The imported files were for %n exercise: </numerusform>
            <numerusform>The imported files were for %n exercises: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{written} of %n feedback file(s) written</source>
        <translation>
            <numerusform>{written} of %n feedback file written</numerusform>
            <numerusform>{written} of %n feedback files written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>feedback withdrawn from %n student(s)</source>
        <translation>
            <numerusform>feedback withdrawn from %n student</numerusform>
            <numerusform>feedback withdrawn from %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>feedback released to {done} of %n student(s) on the server</source>
        <translation>
            <numerusform>feedback released to {done} of %n student on the server</numerusform>
            <numerusform>feedback released to {done} of %n students on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n coder</numerusform>
            <numerusform>%n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n selection</numerusform>
            <numerusform>%n selections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote {file} ({platform}): %n student(s)</source>
        <translation>
            <numerusform>wrote {file} ({platform}): %n student</numerusform>
            <numerusform>wrote {file} ({platform}): %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n student(s) have no {platform} identifier yet ({names}); set them with `annotator gradebook-ids`</source>
        <translation>
            <numerusform>warning: %n student has no {platform} identifier yet ({names}); set it with `annotator gradebook-ids`</numerusform>
            <numerusform>warning: %n students have no {platform} identifier yet ({names}); set them with `annotator gradebook-ids`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n {platform} identifier(s) changed</source>
        <translation>
            <numerusform>%n {platform} identifier changed</numerusform>
            <numerusform>%n {platform} identifiers changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: yes</source>
        <translation>
            <numerusform>%n student; answer key: yes</numerusform>
            <numerusform>%n students; answer key: yes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: none</source>
        <translation>
            <numerusform>%n student; answer key: none</numerusform>
            <numerusform>%n students; answer key: none</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>class {name}: %n exercise(s) set</source>
        <translation>
            <numerusform>class {name}: %n exercise set</numerusform>
            <numerusform>class {name}: %n exercises set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created; hand each person their login and password (shown only now)</source>
        <translation>
            <numerusform>%n account created; hand each person their login and password (shown only now)</numerusform>
            <numerusform>%n accounts created; hand each person their login and password (shown only now)</numerusform>
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
    <name>ExerciseText</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its text cannot be changed because %n annotation(s) or answer(s) point into it; add the new text as a new article instead</source>
        <translation>
            <numerusform>its text cannot be changed because %n annotation or answer points into it; add the new text as a new article instead</numerusform>
            <numerusform>its text cannot be changed because %n annotations or answers point into it; add the new text as a new article instead</numerusform>
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
    <name>FeedbackCheckText</name>
    <message numerus="yes">
        <source>{where} {n} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>{where} {n} lies outside a text of %n character</numerusform>
            <numerusform>{where} {n} lies outside a text of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} {n} quotes {quoted} characters for a span of %n</source>
        <translation>
            <numerusform>{where} {n} quotes {quoted} characters for a span of %n character</numerusform>
            <numerusform>{where} {n} quotes {quoted} characters for a span of %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandinText</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
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
    <name>OfflineText</name>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>span {start}-{end} lies outside the article (%n character)</numerusform>
            <numerusform>span {start}-{end} lies outside the article (%n characters)</numerusform>
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
    <name>QdaText</name>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n selection</numerusform>
            <numerusform>%n selections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n coder</numerusform>
            <numerusform>%n coders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored to the article text</source>
        <translation>
            <numerusform>%n re-anchored to the article text</numerusform>
            <numerusform>%n re-anchored to the article text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphan(s)</source>
        <translation>
            <numerusform>%n kept as an orphan</numerusform>
            <numerusform>%n kept as orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped ({reason})</source>
        <translation>
            <numerusform>%n skipped ({reason})</numerusform>
            <numerusform>%n skipped ({reason})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QdpxText</name>
    <message numerus="yes">
        <source>selection {id} ({start}-{end}) lies outside its source (%n character(s))</source>
        <translation>
            <numerusform>selection {id} ({start}-{end}) lies outside its source (%n character)</numerusform>
            <numerusform>selection {id} ({start}-{end}) lies outside its source (%n characters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>{marked} of %n students; most chose {tag}</source>
        <translation>
            <numerusform>{marked} of %n student; most chose {tag}</numerusform>
            <numerusform>{marked} of %n students; most chose {tag}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) annotated this article.</source>
        <translation>
            <numerusform>%n student annotated this article.</numerusform>
            <numerusform>%n students annotated this article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n article.</numerusform>
            <numerusform>%n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between highlights</source>
        <translation>
            <numerusform>%n link between highlights</numerusform>
            <numerusform>%n links between highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source-evaluation answer(s)</source>
        <translation>
            <numerusform>%n source-evaluation answer</numerusform>
            <numerusform>%n source-evaluation answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnText</name>
    <message numerus="yes">
        <source>class overlay left out: fewer than %n students, so counts would show a classmate&apos;s markup</source>
        <translation>
            <numerusform>class overlay left out: fewer than %n students, so counts would show a classmate&apos;s markup</numerusform>
            <numerusform>class overlay left out: fewer than %n students, so counts would show a classmate&apos;s markup</numerusform>
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
        <source>School server: {0}, %n change(s) kept aside</source>
        <translation>
            <numerusform>School server: {0}, %n change kept aside</numerusform>
            <numerusform>School server: {0}, %n changes kept aside</numerusform>
        </translation>
    </message>
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
    <name>SpanText</name>
    <message numerus="yes">
        <source>span {start}-{end} of {name} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>span {start}-{end} of {name} lies outside a text of %n character</numerusform>
            <numerusform>span {start}-{end} of {name} lies outside a text of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>span {start}-{end} lies outside a text of %n character</numerusform>
            <numerusform>span {start}-{end} lies outside a text of %n characters</numerusform>
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
    <name>StorageText</name>
    <message numerus="yes">
        <source>%n structural problem(s)</source>
        <translation>
            <numerusform>%n structural problem</numerusform>
            <numerusform>%n structural problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) pointing to something missing (in {tables})</source>
        <translation>
            <numerusform>%n record pointing to something missing (in {tables})</numerusform>
            <numerusform>%n records pointing to something missing (in {tables})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>upgrading left %n broken reference(s) (first in table {table}); nothing was changed</source>
        <translation>
            <numerusform>upgrading left %n broken reference (in table {table}); nothing was changed</numerusform>
            <numerusform>upgrading left %n broken references (first in table {table}); nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file is too short to be a database (%n byte(s))</source>
        <translation>
            <numerusform>the file is too short to be a database (%n byte)</numerusform>
            <numerusform>the file is too short to be a database (%n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file was cut short ({there} of %n pages are there)</source>
        <translation>
            <numerusform>the file was cut short ({there} of %n page is there)</numerusform>
            <numerusform>the file was cut short ({there} of %n pages are there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after it, %n of the database&apos;s people or exercises would be gone</source>
        <translation>
            <numerusform>after it, %n of the database&apos;s people or exercises would be gone</numerusform>
            <numerusform>after it, %n of the database&apos;s people or exercises would be gone</numerusform>
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
    <name>TagSetText</name>
    <message numerus="yes">
        <source>%n annotation(s) use the tag {label}; choose a tag to merge them into</source>
        <translation>
            <numerusform>%n annotation uses the tag {label}; choose a tag to merge it into</numerusform>
            <numerusform>%n annotations use the tag {label}; choose a tag to merge them into</numerusform>
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
