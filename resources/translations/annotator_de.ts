<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read news articles side by side, mark what is claim, evidence, speculation and opinion, link what two outlets say about the same facts, and compare how a class read them.</source>
        <translation>Nachrichtenartikel nebeneinander lesen, markieren, was Behauptung, Beleg, Spekulation und Meinung ist, verknüpfen, was zwei Medien über dieselben Tatsachen sagen, und vergleichen, wie eine Klasse sie gelesen hat.</translation>
    </message>
    <message>
        <source>Works offline: the app never connects to the network, and your work stays on this computer until you hand it in.</source>
        <translation>Funktioniert offline: Die App verbindet sich nie mit dem Netzwerk, und deine Arbeit bleibt auf diesem Computer, bis du sie abgibst.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ Kappa</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa (pairs)</source>
        <translation>Mittleres Cohens Kappa (Paare)</translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation>Unitizing-Alpha (für Fortgeschrittene)</translation>
    </message>
    <message>
        <source>How alike the students&apos; markups are (the answer key is not counted). Start with Krippendorff&apos;s alpha for all tags: 0.80 or more, the class marked the text in much the same way; below 0.67, differently enough to discuss. Kappa names its bands more gently, so the same number can read &apos;fair&apos; as kappa and &apos;low&apos; as alpha.</source>
        <translation>Wie ähnlich die Markierungen der Schülerinnen und Schüler sind (die Musterlösung zählt nicht mit). Beginnen Sie mit Krippendorffs Alpha für alle Kategorien: ab 0,80 hat die Klasse den Text weitgehend gleich markiert; unter 0,67 unterschiedlich genug für ein Gespräch. Kappa benennt seine Stufen milder, daher kann dieselbe Zahl als Kappa „mäßig“ und als Alpha „niedrig“ heißen.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Agreement figures with their readings</source>
        <translation>Übereinstimmungswerte mit ihrer Deutung</translation>
    </message>
    <message>
        <source>Pairwise matrix to show</source>
        <translation>Anzuzeigende paarweise Matrix</translation>
    </message>
    <message>
        <source>Agreement heatmaps</source>
        <translation>Heatmaps der Übereinstimmung</translation>
    </message>
    <message>
        <source>Pairwise:</source>
        <translation>Paarweise:</translation>
    </message>
    <message>
        <source>Compute for Every Student</source>
        <translation>Für alle Lernenden berechnen</translation>
    </message>
    <message>
        <source>Compute for the Selected Students</source>
        <translation>Für die ausgewählten Lernenden berechnen</translation>
    </message>
    <message>
        <source>Select students in the list on the left (Ctrl+click, Shift+click) first</source>
        <translation>Wählen Sie zuerst Lernende in der Liste links aus (Strg+Klick, Umschalt+Klick)</translation>
    </message>
    <message>
        <source>The agreement figures are still being computed. The progress is shown at the foot of the window.</source>
        <translation>Die Übereinstimmungswerte werden noch berechnet. Der Fortschritt steht unten im Fenster.</translation>
    </message>
    <message>
        <source>Agreement figures being computed</source>
        <translation>Übereinstimmungswerte werden berechnet</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, all tags</source>
        <translation>Cohens Kappa, alle Kategorien</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, %1 only</source>
        <translation>Cohens Kappa, nur %1</translation>
    </message>
    <message>
        <source>Span F1, overlapping spans</source>
        <translation>Stellen-F1, überlappende Stellen</translation>
    </message>
    <message>
        <source>Span F1, exact spans</source>
        <translation>Stellen-F1, exakte Stellen</translation>
    </message>
    <message numerus="yes">
        <source>With %n students the student-by-student matrices are large (every pair of students), so they are not computed unless you ask. The figures on the left cover the whole class.</source>
        <translation>
            <numerusform>Bei %n Lernenden/r sind die paarweisen Matrizen groß (jedes Paar), daher werden sie nur auf Wunsch berechnet. Die Werte links gelten für die ganze Klasse.</numerusform>
            <numerusform>Bei %n Lernenden sind die paarweisen Matrizen groß (jedes Paar von Lernenden), daher werden sie nur auf Wunsch berechnet. Die Werte links gelten für die ganze Klasse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cell: how much two students agree, character by character, beyond chance (1 = identical, 0 = as if by chance).</source>
        <translation>Jede Zelle: wie sehr zwei Lernende Zeichen für Zeichen über den Zufall hinaus übereinstimmen (1 = gleich, 0 = wie zufällig).</translation>
    </message>
    <message>
        <source>Each cell: the share of spans the two students both marked with the same tag (1 = the same spans, 0 = nothing in common).</source>
        <translation>Jede Zelle: der Anteil der Stellen, die beide Lernenden mit derselben Kategorie markiert haben (1 = dieselben Stellen, 0 = nichts gemeinsam).</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>an annotation cannot be linked to itself</source>
        <translation>eine Markierung kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>a link joins two annotations by the same person</source>
        <translation>eine Verknüpfung verbindet zwei Markierungen derselben Person</translation>
    </message>
    <message>
        <source>these two passages are already linked that way</source>
        <translation>diese beiden Textstellen sind bereits so verknüpft</translation>
    </message>
    <message>
        <source>no link with id {id}</source>
        <translation>keine Verknüpfung mit der ID {id}</translation>
    </message>
    <message>
        <source>a rating runs from 1 to 5</source>
        <translation>eine Bewertung reicht von 1 bis 5</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>keine Markierung mit der ID {id}</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>der Abschnitt {start}-{end} liegt außerhalb des Artikels (%n Zeichen)</numerusform>
            <numerusform>der Abschnitt {start}-{end} liegt außerhalb des Artikels (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>that tag does not belong to this exercise&apos;s tag set</source>
        <translation>diese Kategorie gehört nicht zum Kategoriensatz dieser Übung</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>kein Artikel mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4).</source>
        <translation>Noch keine Markierungen.
Wähle eine Textstelle in einem Artikel aus und drücke eine Kategorietaste (1–4).</translation>
    </message>
    <message>
        <source>No annotations match the search and filters.</source>
        <translation>Keine Markierung passt zur Suche und zu den Filtern.</translation>
    </message>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4); the first time, the app asks for your name.</source>
        <translation>Noch keine Markierungen.
Wähle eine Textstelle in einem Artikel aus und drücke eine Kategorietaste (1–4); beim ersten Mal fragt die App nach deinem Namen.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Search quotes and notes  (%1)</source>
        <translation>Zitate und Notizen durchsuchen  (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Kategorie anzeigen</translation>
    </message>
    <message>
        <source>Show article</source>
        <translation>Artikel anzeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Cannot delete annotation</source>
        <translation>Markierung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Notiz kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>Im Artikel zeigen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>AnnotatorText</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>no exercise has been set for your classes on the school server yet</source>
        <translation>für Ihre Klassen wurde auf dem Schulserver noch keine Übung gestellt</translation>
    </message>
</context>
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>(default: %(default)s)</source>
        <translation>(Standard: %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: Fehler: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s</source>
        <translation>%(prog)s: Warnung: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines der Argumente %s ist erforderlich</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s kann %(matches)s sein</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Wert fehlt</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>höchstens ein Wert ist erlaubt</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>mindestens ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>nimmt keinen Wert an (%r)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r – meinten Sie %(closest)r? (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>unbekannter Befehl %(parser_name)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; lässt sich nicht öffnen: %(error)s</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>die Option &apos;%(option)s&apos; ist veraltet</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>das Argument &apos;%(argument_name)s&apos; ist veraltet</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>der Befehl &apos;%(parser_name)s&apos; ist veraltet</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n Wert ist erforderlich</numerusform>
            <numerusform>%n Werte sind erforderlich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>en, de, fr…</source>
        <translation>de, en, fr…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Au&amp;tor:</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>Text ei&amp;nfügen</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Neue Fassun&amp;g…</translation>
    </message>
    <message>
        <source>Add a corrected text of this article as a new article after it; the old text stays until you remove it</source>
        <translation>Einen korrigierten Text dieses Artikels als neuen Artikel dahinter hinzufügen; der alte Text bleibt, bis Sie ihn entfernen</translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation>%1: Diese Übung enthält bereits einen Artikel mit genau diesem Text</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>diesen Artikel</translation>
    </message>
    <message>
        <source>Removing %1 deletes %2 when you press OK. Undo (Ctrl+Z) in the main window brings it back. Remove it?</source>
        <translation>Wenn Sie %1 entfernen, wird beim Klick auf OK %2 gelöscht. Rückgängig (Strg+Z) im Hauptfenster stellt es wieder her. Entfernen?</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>%1  (new)</source>
        <translation>%1  (neu)</translation>
    </message>
    <message>
        <source>Add the articles students will compare.</source>
        <translation>Fügen Sie die Artikel hinzu, die die Lernenden vergleichen sollen.</translation>
    </message>
    <message>
        <source>Its date is when the file was made, not necessarily when the article was published: check it.</source>
        <translation>Das Datum ist das der Datei, nicht unbedingt das der Veröffentlichung: Bitte prüfen.</translation>
    </message>
    <message>
        <source>New, %1 characters from %2. It is added when you press OK.</source>
        <translation>Neu, %1 Zeichen aus %2. Er wird beim Klick auf OK hinzugefügt.</translation>
    </message>
    <message>
        <source>The text cannot be edited here, so students&apos; highlights never shift. To correct it, use New version… and then remove the old article if nobody needs it.</source>
        <translation>Der Text lässt sich hier nicht bearbeiten, damit sich die Markierungen der Lernenden nie verschieben. Zum Korrigieren „Neue Fassung…“ verwenden und danach den alten Artikel entfernen, wenn ihn niemand mehr braucht.</translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation>Artikel hinzufügen</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article: %1</source>
        <translation>Artikel: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Text von %1</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>dem Artikel</translation>
    </message>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them. Alt+Down and Alt+Up select the next and previous tagged passage; F1 lists every key.</source>
        <translation>Wörter mit Umschalt und den Pfeiltasten auswählen, dann mit 1 bis 4 einer Kategorie zuordnen. Alt+Ab und Alt+Auf wählen die nächste und vorige markierte Stelle; F1 zeigt alle Tasten.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation>Medium, Autor und Datum nicht angegeben</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>the text is not valid {encoding} despite its marker</source>
        <translation>der Text ist trotz seiner Markierung kein gültiges {encoding}</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>das ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>this is a binary file or its text encoding is unknown</source>
        <translation>das ist eine Binärdatei, oder ihre Textkodierung ist unbekannt</translation>
    </message>
    <message>
        <source>this is a binary file, not a web page</source>
        <translation>das ist eine Binärdatei, keine Webseite</translation>
    </message>
    <message>
        <source>this web page could not be read (no HTML found)</source>
        <translation>diese Webseite konnte nicht gelesen werden (kein HTML gefunden)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is {size} MB; articles are limited to 20 MB</source>
        <translation>die Datei hat {size} MB; Artikel dürfen höchstens 20 MB groß sein</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file grew past 20 MB while it was being read</source>
        <translation>die Datei ist beim Lesen über 20 MB gewachsen</translation>
    </message>
    <message>
        <source>this kind of file cannot be imported (use {known})</source>
        <translation>diese Art von Datei kann nicht importiert werden (verwenden Sie {known})</translation>
    </message>
    <message>
        <source>this file could not be read ({reason}); is it damaged?</source>
        <translation>diese Datei konnte nicht gelesen werden ({reason}); ist sie beschädigt?</translation>
    </message>
    <message>
        <source>no article text was found in this file</source>
        <translation>in dieser Datei wurde kein Artikeltext gefunden</translation>
    </message>
    <message>
        <source>the text is longer than the 20 MB limit</source>
        <translation>der Text ist länger als die Grenze von 20 MB</translation>
    </message>
    <message>
        <source>there is no text to import</source>
        <translation>es gibt keinen Text zum Importieren</translation>
    </message>
    <message>
        <source>this {kind} is damaged (not a readable zip)</source>
        <translation>dieses {kind} ist beschädigt (kein lesbares ZIP)</translation>
    </message>
    <message>
        <source>this {kind} unpacks to more than 200 MB; refused</source>
        <translation>dieses {kind} wird entpackt größer als 200 MB; abgelehnt</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>this Word document is damaged and cannot be read</source>
        <translation>dieses Word-Dokument ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Textdokument</translation>
    </message>
    <message>
        <source>this is not an OpenDocument text file</source>
        <translation>das ist keine OpenDocument-Textdatei</translation>
    </message>
    <message>
        <source>this OpenDocument file is damaged and cannot be read</source>
        <translation>diese OpenDocument-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this PDF is password-protected; save an unlocked copy</source>
        <translation>dieses PDF ist passwortgeschützt; speichern Sie eine entsperrte Kopie</translation>
    </message>
    <message>
        <source>this PDF is encrypted; save an unlocked copy</source>
        <translation>dieses PDF ist verschlüsselt; speichern Sie eine entsperrte Kopie</translation>
    </message>
    <message>
        <source>this PDF is damaged and cannot be read</source>
        <translation>dieses PDF ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>this PDF is damaged or has no pages</source>
        <translation>dieses PDF ist beschädigt oder hat keine Seiten</translation>
    </message>
    <message>
        <source>this is not a PDF file (damaged?)</source>
        <translation>das ist keine PDF-Datei (beschädigt?)</translation>
    </message>
    <message>
        <source>this PDF has no text layer (a scanned image?)</source>
        <translation>dieses PDF hat keine Textebene (ein gescanntes Bild?)</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Neue Übung…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>&amp;Kategorien bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>Artikel &amp;importieren…</translation>
    </message>
    <message>
        <source>Edit Exer&amp;cise…</source>
        <translation>Übun&amp;g bearbeiten…</translation>
    </message>
    <message>
        <source>Paste &amp;Article</source>
        <translation>Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>Open Exercise &amp;Package…</source>
        <translation>Übungs&amp;paket öffnen…</translation>
    </message>
    <message>
        <source>E&amp;xport Exercise Package…</source>
        <translation>Übungspaket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>Artikel einfügen</translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation>%1: Diese Übung enthält bereits einen Artikel mit genau diesem Text</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>%n Artikel importieren</numerusform>
            <numerusform>%n Artikel importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n Artikel hinzugefügt.</numerusform>
            <numerusform>%n Artikel hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exercise package</source>
        <translation>Übungspaket öffnen</translation>
    </message>
    <message>
        <source>Opened the new exercise %1.</source>
        <translation>Die neue Übung %1 wurde geöffnet.</translation>
    </message>
    <message>
        <source>Updated %1 to revision %2.</source>
        <translation>%1 wurde auf Version %2 aktualisiert.</translation>
    </message>
    <message>
        <source>%1 was already up to date.</source>
        <translation>%1 war bereits aktuell.</translation>
    </message>
    <message>
        <source>Export exercise package</source>
        <translation>Übungspaket exportieren</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added; nothing was taken from them:</source>
        <translation>
            <numerusform>%n Datei konnte nicht hinzugefügt werden; nichts wurde daraus übernommen:</numerusform>
            <numerusform>%n Dateien konnten nicht hinzugefügt werden; nichts wurde daraus übernommen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exercise packages (*%1)</source>
        <translation>Übungspakete (*%1)</translation>
    </message>
</context>
<context>
    <name>AuthoringUndo</name>
    <message>
        <source>Add tag %1</source>
        <translation>Kategorie %1 hinzufügen</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>Kategorie ändern</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Kategorie verschieben</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Delete %1 (merged)</source>
        <translation>%1 löschen (zusammengeführt)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Rename tag set</source>
        <translation>Kategoriensatz umbenennen</translation>
    </message>
    <message>
        <source>Change exercise details</source>
        <translation>Übungsangaben ändern</translation>
    </message>
    <message>
        <source>Add article %1</source>
        <translation>Artikel %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Reorder articles</source>
        <translation>Artikel umsortieren</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>Fragen umsortieren</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Artikelangaben bearbeiten</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The full check of your database found damage. Export or hand in your work now, then close and restart Source Annotator: it will set the damaged file aside and restore the newest good backup.</source>
        <translation>Die vollständige Prüfung deiner Datenbank hat Schäden gefunden. Exportiere deine Arbeit jetzt oder gib sie ab, schließe dann Source Annotator und starte es neu: Die beschädigte Datei wird beiseitegelegt und die neueste gute Sicherung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>Progress of the class review</source>
        <translation>Fortschritt der Klassenauswertung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compute Again</source>
        <translation>Erneut berechnen</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Die Klasse wird gelesen</translation>
    </message>
    <message>
        <source>Untick students in the list to compute fewer, or compute again.</source>
        <translation>Entfernen Sie Häkchen in der Liste, um weniger zu berechnen, oder berechnen Sie erneut.</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Tags per student: %1</source>
        <translation>Kategorien pro Lernendem: %1</translation>
    </message>
    <message>
        <source>untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Anzahl der Markierungen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Tag distribution per article (all shown students)</source>
        <translation>Verteilung der Kategorien pro Artikel (alle angezeigten Lernenden)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check Database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>show the version number and exit</source>
        <translation>Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <source>{app}: read news articles side by side and tag what they claim.</source>
        <translation>{app}: Nachrichtenartikel nebeneinander lesen und markieren, was sie behaupten.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: the user data folder; the ANNOTATOR_DB environment variable also sets it)</source>
        <translation>Datenbankdatei oder SQLAlchemy-URL (Standard: der Datenordner des Benutzers; auch die Umgebungsvariable ANNOTATOR_DB legt sie fest)</translation>
    </message>
    <message>
        <source>open this exercise in the window</source>
        <translation>diese Übung im Fenster öffnen</translation>
    </message>
    <message>
        <source>check the installation in a temporary database (offscreen), print ok, exit</source>
        <translation>die Installation in einer temporären Datenbank prüfen (ohne Bildschirm), ok ausgeben, beenden</translation>
    </message>
    <message>
        <source>list the exercises in the database</source>
        <translation>die Übungen in der Datenbank auflisten</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>JSON für Skripte ausgeben</translation>
    </message>
    <message>
        <source>list annotations of an exercise</source>
        <translation>die Anmerkungen einer Übung auflisten</translation>
    </message>
    <message>
        <source>only this annotator&apos;s annotations</source>
        <translation>nur die Anmerkungen dieser Person</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), revision {revision}</source>
        <translation>
            <numerusform>%n Artikel, Version {revision}</numerusform>
            <numerusform>%n Artikel, Version {revision}</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>{word!r} is neither a command nor a file; did you mean {command!r}?</source>
        <translation>{word!r} ist weder ein Befehl noch eine Datei; meinten Sie {command!r}?</translation>
    </message>
    <message>
        <source>{word!r} is neither a command nor a file (see annotator --help)</source>
        <translation>{word!r} ist weder ein Befehl noch eine Datei (siehe annotator --help)</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); nothing was changed</source>
        <translation>kann nicht geschrieben werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n annotators are called {name}; give the id instead</source>
        <translation>
            <numerusform>%n Person heißt {name}; geben Sie stattdessen die ID an</numerusform>
            <numerusform>%n Personen heißen {name}; geben Sie stattdessen die ID an</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start} is the start of %n annotator ids; give more of it</source>
        <translation>
            <numerusform>{start} ist der Anfang von %n Personen-ID; geben Sie mehr davon an</numerusform>
            <numerusform>{start} ist der Anfang von %n Personen-IDs; geben Sie mehr davon an</numerusform>
        </translation>
    </message>
    <message>
        <source>no annotator with id or name {name}</source>
        <translation>keine Person mit der ID oder dem Namen {name}</translation>
    </message>
    <message>
        <source>exit status:
  0  every file was imported
  1  some files were rejected (damaged, another exercise, older than the stored
     hand-in), or were duplicates (the same highlights as another student&apos;s file: each
     names the others, and none of them is imported; import the one to keep on its own);
     the others were imported, each in its own transaction
  2  bad usage or input: a path that does not exist, a folder without *.json files,
     or the database is open in Source Annotator (close it first)

examples:
  annotator import hand-ins/                     # every *.json file in the folder
  annotator import ada.handin.json ben.handin.json --json
</source>
        <translation>Rückgabewert:
  0  jede Datei wurde importiert
  1  einige Dateien wurden abgelehnt (beschädigt, eine andere Übung, älter als die
     gespeicherte Abgabe) oder waren Duplikate (dieselben Markierungen wie die Datei
     eines anderen Schülers: jede nennt die anderen, keine von ihnen wird importiert;
     importieren Sie die zu behaltende einzeln); die übrigen wurden importiert, jede in
     ihrer eigenen Transaktion
  2  falscher Aufruf oder falsche Eingabe: ein Pfad, den es nicht gibt, ein Ordner ohne
     *.json-Dateien, oder die Datenbank ist in Source Annotator geöffnet (zuerst schließen)

Beispiele:
  annotator import hand-ins/                     # jede *.json-Datei im Ordner
  annotator import ada.handin.json ben.handin.json --json
</translation>
    </message>
    <message>
        <source>write one student&apos;s work as a hand-in, W3C JSON-LD, CSV or HTML</source>
        <translation>die Arbeit eines Schülers als Abgabe, W3C JSON-LD, CSV oder HTML schreiben</translation>
    </message>
    <message>
        <source>Write one student&apos;s work on one exercise to a file (atomically).</source>
        <translation>Die Arbeit eines Schülers an einer Übung in eine Datei schreiben (atomar).</translation>
    </message>
    <message>
        <source>parts (--include, comma-separated; default all):
  key       the answer key, with your explanation of each key passage
  class     the class overlay: how many students marked each character with each tag
            (left out when fewer than 3 students handed in, to keep classmates anonymous)
  scores    the student&apos;s scores against the key: exact, overlap, character F1, confusion
  comments  your comment to the student and your comments on their annotations

exit status:
  0  a file was written (or feedback released) for every student who handed in
  1  some could not be (see the problem column)
  2  bad usage or input

examples:
  annotator feedback --exercise 7e0e --output returned/ --include key,scores
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --release
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --withdraw
</source>
        <translation>Teile (--include, durch Kommas getrennt; Standard: alle):
  key       die Musterlösung, mit Ihrer Erklärung zu jeder Stelle der Musterlösung
  class     die Klassenüberlagerung: wie viele Schüler jedes Zeichen mit welcher Kategorie
            markiert haben (weggelassen, wenn weniger als 3 abgegeben haben, damit die
            Mitschüler anonym bleiben)
  scores    die Bewertung des Schülers im Vergleich zur Musterlösung: exakt, überlappend,
            Zeichen-F1, Verwechslungen
  comments  Ihr Kommentar an den Schüler und Ihre Kommentare zu seinen Anmerkungen

Rückgabewert:
  0  für jeden Schüler, der abgegeben hat, wurde eine Datei geschrieben (oder die
     Rückmeldung freigegeben)
  1  für einige ging das nicht (siehe die Spalte mit dem Problem)
  2  falscher Aufruf oder falsche Eingabe

Beispiele:
  annotator feedback --exercise 7e0e --output returned/ --include key,scores
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --release
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --withdraw
</translation>
    </message>
    <message>
        <source>write a feedback file for every student who handed in</source>
        <translation>eine Rückmeldungsdatei für jeden Schüler schreiben, der abgegeben hat</translation>
    </message>
    <message>
        <source>Write NAME.feedback.json for every student whose hand-in was imported: the answer key with explanations, the anonymised class overlay, the student&apos;s scores and your comments. Each file opens only for its student.</source>
        <translation>NAME.feedback.json für jeden Schüler schreiben, dessen Abgabe importiert wurde: die Musterlösung mit Erklärungen, die anonymisierte Klassenüberlagerung, die Bewertung des Schülers und Ihre Kommentare. Jede Datei öffnet sich nur für ihren Schüler.</translation>
    </message>
    <message>
        <source>exercise id or an unambiguous prefix of it</source>
        <translation>Übungs-ID oder ein eindeutiger Anfang davon</translation>
    </message>
    <message>
        <source>folder to write the files into</source>
        <translation>Ordner, in den die Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>on a school server (--db postgresql://...): release the feedback to the students there instead of writing files; again replaces it</source>
        <translation>auf einem Schulserver (--db postgresql://...): die Rückmeldung dort für die Schüler freigeben, statt Dateien zu schreiben; erneut aufgerufen ersetzt es sie</translation>
    </message>
    <message>
        <source>on a school server: take back the feedback released on the exercise</source>
        <translation>auf einem Schulserver: die zu der Übung freigegebene Rückmeldung zurückziehen</translation>
    </message>
    <message>
        <source>which parts to include (default: key,class,scores,comments)</source>
        <translation>welche Teile enthalten sind (Standard: key,class,scores,comments)</translation>
    </message>
    <message>
        <source>print one JSON object per student</source>
        <translation>ein JSON-Objekt pro Schüler ausgeben</translation>
    </message>
    <message>
        <source>nobody has handed in this exercise yet: import hand-ins first</source>
        <translation>niemand hat diese Übung bisher abgegeben: importieren Sie zuerst Abgaben</translation>
    </message>
    <message>
        <source>not written: {problem}</source>
        <translation>nicht geschrieben: {problem}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{written} of %n feedback file(s) written</source>
        <translation>
            <numerusform>{written} von %n Rückmeldungsdatei geschrieben</numerusform>
            <numerusform>{written} von %n Rückmeldungsdateien geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>feedback withdrawn from %n student(s)</source>
        <translation>
            <numerusform>Rückmeldung von %n Schüler zurückgezogen</numerusform>
            <numerusform>Rückmeldung von %n Schülern zurückgezogen</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody has handed in this exercise yet</source>
        <translation>diese Übung hat noch niemand abgegeben</translation>
    </message>
    <message>
        <source>released again</source>
        <translation>erneut freigegeben</translation>
    </message>
    <message>
        <source>released</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>not released: {problem}</source>
        <translation>nicht freigegeben: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>feedback released to {done} of %n student(s) on the server</source>
        <translation>
            <numerusform>Rückmeldung für {done} von %n Schüler auf dem Server freigegeben</numerusform>
            <numerusform>Rückmeldung für {done} von %n Schülern auf dem Server freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>the student&apos;s id (or a prefix of it) or their exact display name</source>
        <translation>die ID des Schülers (oder ihr Anfang) oder sein genauer Anzeigename</translation>
    </message>
    <message>
        <source>file format (default: handin)</source>
        <translation>Dateiformat (Standard: handin)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>w3c: give every annotation its own @context, so each can be taken out of the collection alone</source>
        <translation>w3c: jeder Anmerkung ihren eigenen @context geben, damit jede einzeln aus der Sammlung genommen werden kann</translation>
    </message>
    <message>
        <source>import students&apos; hand-in files or folders of them</source>
        <translation>Abgabedateien von Schülern oder Ordner davon importieren</translation>
    </message>
    <message>
        <source>Import hand-in files; each file is checked and imported in its own transaction, and a summary line is printed per file.</source>
        <translation>Abgabedateien importieren; jede Datei wird geprüft und in ihrer eigenen Transaktion importiert, und pro Datei wird eine Zusammenfassungszeile ausgegeben.</translation>
    </message>
    <message>
        <source>print one JSON object per file</source>
        <translation>ein JSON-Objekt pro Datei ausgeben</translation>
    </message>
    <message>
        <source>wrote {file} ({format}) for {name}</source>
        <translation>{file} ({format}) für {name} geschrieben</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>no *.json hand-in files found</source>
        <translation>keine *.json-Abgabedateien gefunden</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>reanchored</source>
        <translation>neu verankert</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n file(s) imported</source>
        <translation>
            <numerusform>{imported} von %n Datei importiert</numerusform>
            <numerusform>{imported} von %n Dateien importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported (see problem column)</source>
        <translation>
            <numerusform>; %n nicht importiert (siehe Spalte Problem)</numerusform>
            <numerusform>; %n nicht importiert (siehe Spalte Problem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The imported files were for %n exercises: </source>
        <translation>
            <numerusform>Die importierten Dateien gehörten zu %n Übung: </numerusform>
            <numerusform>Die importierten Dateien gehörten zu %n Übungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Each student is named by id (or a unique prefix of it) or
exact display name. Identifiers are stored in the database, once per student and
platform, and used by every later `annotator gradebook` export of any exercise. An empty
identifier removes one.

examples:
  annotator gradebook-ids --platform moodle --set &quot;Ada Lovelace=ada@school.org&quot;
  annotator gradebook-ids --platform canvas --from-csv canvas-ids.csv
  annotator gradebook-ids --platform moodle --exercise 7e0e2d23   # list, with gaps
</source>
        <translation>Jeder Schüler wird mit seiner ID (oder einem eindeutigen Anfang davon) oder seinem
genauen Anzeigenamen angegeben. Die Kennungen werden in der Datenbank gespeichert, einmal
pro Schüler und Plattform, und von jedem späteren Export mit `annotator gradebook` für
jede Übung verwendet. Eine leere Kennung entfernt eine.

Beispiele:
  annotator gradebook-ids --platform moodle --set &quot;Ada Lovelace=ada@school.org&quot;
  annotator gradebook-ids --platform canvas --from-csv canvas-ids.csv
  annotator gradebook-ids --platform moodle --exercise 7e0e2d23   # auflisten, mit Lücken
</translation>
    </message>
    <message>
        <source>write the class&apos;s work on an exercise as a REFI-QDA project</source>
        <translation>die Arbeit der Klasse an einer Übung als REFI-QDA-Projekt schreiben</translation>
    </message>
    <message>
        <source>Write the exercise&apos;s articles, tag set and every student&apos;s (and the key&apos;s) annotations, notes and links as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo.</source>
        <translation>Die Artikel der Übung, das Kategorienset und die Markierungen, Notizen und Verknüpfungen jedes Schülers (und der Musterlösung) als REFI-QDA-Projekt (.qdpx) für QualCoder, MAXQDA, ATLAS.ti oder NVivo schreiben.</translation>
    </message>
    <message>
        <source>import codes, selections and coders from REFI-QDA projects</source>
        <translation>Codes, codierte Stellen und Codierer aus REFI-QDA-Projekten importieren</translation>
    </message>
    <message>
        <source>Import .qdpx files into an exercise, each in its own transaction. Each coder&apos;s earlier work on the exercise is replaced by what the file holds.</source>
        <translation>Importiert .qdpx-Dateien in eine Übung, jede in ihrer eigenen Transaktion. Die bisherige Arbeit jedes Codierers an der Übung wird durch den Inhalt der Datei ersetzt.</translation>
    </message>
    <message>
        <source>write the class&apos;s grades as a Moodle or Canvas import file</source>
        <translation>die Noten der Klasse als Importdatei für Moodle oder Canvas schreiben</translation>
    </message>
    <message>
        <source>Write each student&apos;s grade (mean F1 against the answer key, 0-100) as a CSV file for the gradebook import of Moodle or Canvas.</source>
        <translation>Die Note jedes Schülers (mittleres F1 gegenüber der Musterlösung, 0–100) als CSV-Datei für den Notenimport von Moodle oder Canvas schreiben.</translation>
    </message>
    <message>
        <source>grade item (Moodle) or assignment (Canvas); default: the exercise</source>
        <translation>Bewertungsaspekt (Moodle) oder Aufgabe (Canvas); Standard: die Übung</translation>
    </message>
    <message>
        <source>set or list the identifiers Moodle or Canvas know students by</source>
        <translation>die Kennungen festlegen oder auflisten, unter denen Moodle oder Canvas die Schüler kennen</translation>
    </message>
    <message>
        <source>a CSV file with two columns: student, identifier (a header row naming &apos;student&apos; is skipped)</source>
        <translation>eine CSV-Datei mit zwei Spalten: Schüler, Kennung (eine Kopfzeile mit &apos;student&apos; wird übersprungen)</translation>
    </message>
    <message>
        <source>list only the students of this exercise (with the unmapped ones)</source>
        <translation>nur die Schüler dieser Übung auflisten (auch die ohne Kennung)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n Codierer</numerusform>
            <numerusform>%n Codierer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n codierte Stelle</numerusform>
            <numerusform>%n codierte Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {file} (qdpx): {counts}</source>
        <translation>{file} geschrieben (qdpx): {counts}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message numerus="yes">
        <source>wrote {file} ({platform}): %n student(s)</source>
        <translation>
            <numerusform>{file} geschrieben ({platform}): %n Schüler</numerusform>
            <numerusform>{file} geschrieben ({platform}): %n Schüler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n student(s) have no {platform} identifier yet ({names}); set them with `annotator gradebook-ids`</source>
        <translation>
            <numerusform>Warnung: %n Schüler hat noch keine {platform}-Kennung ({names}); legen Sie sie mit `annotator gradebook-ids` fest</numerusform>
            <numerusform>Warnung: %n Schüler haben noch keine {platform}-Kennung ({names}); legen Sie sie mit `annotator gradebook-ids` fest</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>row {row} needs two columns: student, identifier</source>
        <translation>Zeile {row} braucht zwei Spalten: Schüler, Kennung</translation>
    </message>
    <message>
        <source>write STUDENT=IDENTIFIER</source>
        <translation>schreiben Sie SCHÜLER=KENNUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n {platform} identifier(s) changed</source>
        <translation>
            <numerusform>%n {platform}-Kennung geändert</numerusform>
            <numerusform>%n {platform}-Kennungen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Student-by-student matrices (pairwise Cohen&apos;s kappa, span F1)
grow with the square of the class; above 200 students they are left out unless --pairwise
or --pairwise-students asks for them. Every summary (alpha, kappa, the mean of the pairwise
kappas) is always given.

examples:
  annotator review --exercise 7e0e --json &gt; review.json
  annotator review --exercise 7e0e --json --only scores --indent 2
  annotator review --exercise 7e0e --json --only agreement --pairwise-students ada,ben
</source>
        <translation>Die Matrizen Schüler für Schüler (paarweises Cohens Kappa, Span-F1)
wachsen mit dem Quadrat der Klassengröße; über 200 Schülern werden sie weggelassen, außer
--pairwise oder --pairwise-students verlangt sie. Jede Zusammenfassung (Alpha, Kappa, der
Mittelwert der paarweisen Kappas) wird immer angegeben.

Beispiele:
  annotator review --exercise 7e0e --json &gt; review.json
  annotator review --exercise 7e0e --json --only scores --indent 2
  annotator review --exercise 7e0e --json --only agreement --pairwise-students ada,ben
</translation>
    </message>
    <message>
        <source>unknown part {part} (choose from {parts})</source>
        <translation>unbekannter Teil {part} (zur Wahl stehen {parts})</translation>
    </message>
    <message>
        <source>the class review of an exercise: agreement, scores, contested passages</source>
        <translation>die Klassenauswertung einer Übung: Übereinstimmung, Ergebnisse, umstrittene Stellen</translation>
    </message>
    <message>
        <source>The class review of an exercise. With --json the figures are streamed out as compact JSON (one line) as they are computed; --indent makes it readable.</source>
        <translation>Die Klassenauswertung einer Übung. Mit --json werden die Zahlen als kompaktes JSON (eine Zeile) ausgegeben, sobald sie berechnet sind; --indent macht es lesbar.</translation>
    </message>
    <message>
        <source>exercise id or a unique prefix of it</source>
        <translation>ID der Übung oder ein eindeutiger Anfang davon</translation>
    </message>
    <message>
        <source>only this article (id or a unique prefix)</source>
        <translation>nur dieser Artikel (ID oder ein eindeutiger Anfang)</translation>
    </message>
    <message>
        <source>name students Student 1..N</source>
        <translation>Schüler als Schüler 1..N benennen</translation>
    </message>
    <message>
        <source>indent the JSON by N spaces (default: compact)</source>
        <translation>das JSON um N Leerzeichen einrücken (Standard: kompakt)</translation>
    </message>
    <message>
        <source>only these parts, comma-separated: scores, agreement, contested, overlay (the overlay summary and the chart data)</source>
        <translation>nur diese Teile, durch Kommas getrennt: scores, agreement, contested, overlay (die Zusammenfassung der Klassenüberlagerung und die Diagrammdaten)</translation>
    </message>
    <message>
        <source>include the student-by-student matrices whatever the class size (by default only up to 200 students)</source>
        <translation>die Matrizen Schüler für Schüler unabhängig von der Klassengröße einschließen (sonst nur bis 200 Schüler)</translation>
    </message>
    <message>
        <source>leave the student-by-student matrices out</source>
        <translation>die Matrizen Schüler für Schüler weglassen</translation>
    </message>
    <message>
        <source>the matrices for these students only: ids, unique id prefixes or exact names, comma-separated</source>
        <translation>die Matrizen nur für diese Schüler: IDs, eindeutige ID-Anfänge oder genaue Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Review of {title}</source>
        <translation>Auswertung von {title}</translation>
    </message>
    <message>
        <source>Handed in, nothing marked: {names}</source>
        <translation>Abgegeben, nichts markiert: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: yes</source>
        <translation>
            <numerusform>%n Schüler; Musterlösung: ja</numerusform>
            <numerusform>%n Schüler; Musterlösung: ja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: none</source>
        <translation>
            <numerusform>%n Schüler; Musterlösung: keine</numerusform>
            <numerusform>%n Schüler; Musterlösung: keine</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing marked here: {names}</source>
        <translation>Hier nichts markiert: {names}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ Kappa</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa</source>
        <translation>Mittleres Cohens Kappa</translation>
    </message>
    <message>
        <source>{name}: {reading}</source>
        <translation>{name}: {reading}</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>Unitizing-Alpha</translation>
    </message>
    <message>
        <source>Most contested:</source>
        <translation>Am stärksten umstritten:</translation>
    </message>
    <message>
        <source>F1 against the key (overlap) {value}</source>
        <translation>F1 gegenüber der Musterlösung (Überlappung) {value}</translation>
    </message>
    <message>
        <source>{name} is ambiguous</source>
        <translation>{name} ist mehrdeutig</translation>
    </message>
    <message>
        <source>{name} is not a student of this exercise</source>
        <translation>{name} ist kein Schüler dieser Übung</translation>
    </message>
    <message>
        <source>exercise {id} has no article {article} (the prefix is ambiguous)</source>
        <translation>die Übung {id} hat keinen Artikel {article} (der Anfang ist mehrdeutig)</translation>
    </message>
    <message>
        <source>exercise {id} has no article {article}</source>
        <translation>die Übung {id} hat keinen Artikel {article}</translation>
    </message>
    <message>
        <source>--indent goes with --json</source>
        <translation>--indent gehört zu --json</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>set up a school server (PostgreSQL): init, classes, accounts, upgrade</source>
        <translation>einen Schulserver (PostgreSQL) einrichten: init, Klassen, Konten, Aktualisierung</translation>
    </message>
    <message>
        <source>Set up and maintain a school server; see docs/server.md.</source>
        <translation>Einen Schulserver einrichten und pflegen; siehe docs/server.md.</translation>
    </message>
    <message>
        <source>the admin&apos;s postgresql:// URL</source>
        <translation>die postgresql://-URL des Administrators</translation>
    </message>
    <message>
        <source>create the schema, roles and row-level security policies</source>
        <translation>das Schema, die Rollen und die Richtlinien für die Sicherheit auf Zeilenebene anlegen</translation>
    </message>
    <message>
        <source>upgrade the server&apos;s schema to this version of the app</source>
        <translation>das Schema des Servers auf diese Version der App aktualisieren</translation>
    </message>
    <message>
        <source>create a class (and set exercises for it)</source>
        <translation>eine Klasse anlegen (und ihr Übungen zuweisen)</translation>
    </message>
    <message>
        <source>an exercise the class works on (id or a unique prefix; repeatable)</source>
        <translation>eine Übung, an der die Klasse arbeitet (ID oder ein eindeutiger Anfang; mehrfach möglich)</translation>
    </message>
    <message>
        <source>create student accounts and print their passwords</source>
        <translation>Schülerkonten anlegen und ihre Passwörter ausgeben</translation>
    </message>
    <message>
        <source>create instructor accounts and print their passwords</source>
        <translation>Lehrkraftkonten anlegen und ihre Passwörter ausgeben</translation>
    </message>
    <message>
        <source>the person&apos;s name as shown in the app</source>
        <translation>der Name der Person, wie er in der App angezeigt wird</translation>
    </message>
    <message>
        <source>a class list: a header row with name (and login) columns</source>
        <translation>eine Klassenliste: eine Kopfzeile mit den Spalten name (und login)</translation>
    </message>
    <message>
        <source>the login (default: made from the name)</source>
        <translation>der Anmeldename (Standard: aus dem Namen gebildet)</translation>
    </message>
    <message>
        <source>school database {name}: schema created</source>
        <translation>Schuldatenbank {name}: Schema angelegt</translation>
    </message>
    <message>
        <source>school database {name}: schema already there</source>
        <translation>Schuldatenbank {name}: Schema bereits vorhanden</translation>
    </message>
    <message>
        <source>roles: {students} (students), {instructors} (instructors)</source>
        <translation>Rollen: {students} (Schüler), {instructors} (Lehrkräfte)</translation>
    </message>
    <message>
        <source>; created {roles}</source>
        <translation>; angelegt: {roles}</translation>
    </message>
    <message>
        <source>row-level security: on (students see their classes&apos; exercises and their own work)</source>
        <translation>Sicherheit auf Zeilenebene: an (Schüler sehen die Übungen ihrer Klassen und ihre eigene Arbeit)</translation>
    </message>
    <message>
        <source>next: annotator server add-class URL CLASS --exercise ID; then add-student</source>
        <translation>als Nächstes: annotator server add-class URL KLASSE --exercise ID; dann add-student</translation>
    </message>
    <message>
        <source>hand out: File &gt; Connect to School Server, address {url}</source>
        <translation>zum Weitergeben: Datei &gt; Mit dem Schulserver verbinden, Adresse {url}</translation>
    </message>
    <message>
        <source>schema {new} (upgraded from {old}); policies re-applied</source>
        <translation>Schema {new} (aktualisiert von {old}); Richtlinien erneut angewendet</translation>
    </message>
    <message>
        <source>schema {new} (already current); policies re-applied</source>
        <translation>Schema {new} (bereits aktuell); Richtlinien erneut angewendet</translation>
    </message>
    <message>
        <source>a school server is a postgresql:// URL</source>
        <translation>ein Schulserver ist eine postgresql://-URL</translation>
    </message>
    <message numerus="yes">
        <source>class {name}: %n exercise(s) set</source>
        <translation>
            <numerusform>Klasse {name}: %n Übung zugewiesen</numerusform>
            <numerusform>Klasse {name}: %n Übungen zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>Klasse {name}</translation>
    </message>
    <message>
        <source>--login goes with --name; a class list has a login column</source>
        <translation>--login gehört zu --name; eine Klassenliste hat eine Spalte login</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created; hand each person their login and password (shown only now)</source>
        <translation>
            <numerusform>%n Konto angelegt; geben Sie jeder Person ihren Anmeldenamen und ihr Passwort (nur jetzt angezeigt)</numerusform>
            <numerusform>%n Konten angelegt; geben Sie jeder Person ihren Anmeldenamen und ihr Passwort (nur jetzt angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourText</name>
    <message>
        <source>{colour} is not a colour of the form #rrggbb</source>
        <translation>{colour} ist keine Farbe der Form #rrggbb</translation>
    </message>
    <message>
        <source>Shortcut {shortcut} is used by {labels}.</source>
        <translation>Das Tastenkürzel {shortcut} wird von {labels} verwendet.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{first} and {second} have colours that are hard to tell apart.</source>
        <translation>{first} und {second} haben Farben, die schwer zu unterscheiden sind.</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <source>Comment on the student&apos;s passage</source>
        <translation>Kommentar zur Textstelle der Person</translation>
    </message>
    <message>
        <source>Select one of the student&apos;s passages (a difference above, or click their text)</source>
        <translation>Wählen Sie eine Textstelle der Person aus (einen Unterschied oben, oder klicken Sie in ihren Text)</translation>
    </message>
    <message>
        <source>Comment on the student&apos;s work</source>
        <translation>Kommentar zur Arbeit der Person</translation>
    </message>
    <message>
        <source>Save Comments</source>
        <translation>Kommentare speichern</translation>
    </message>
    <message>
        <source>Kept in your database; sent with the student&apos;s feedback file</source>
        <translation>Wird in Ihrer Datenbank gespeichert und mit der Rückmeldedatei verschickt</translation>
    </message>
    <message>
        <source>Comment to %1 on their work:</source>
        <translation>Kommentar an %1 zur Arbeit:</translation>
    </message>
    <message>
        <source>Choose a student on the right</source>
        <translation>Wählen Sie rechts eine Person aus</translation>
    </message>
    <message>
        <source>Comment on a passage:</source>
        <translation>Kommentar zu einer Textstelle:</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Kommentar zu „%1“:</translation>
    </message>
    <message>
        <source>Comments saved; they go out with Return Feedback.</source>
        <translation>Kommentare gespeichert; sie werden mit „Rückmeldung zurückgeben“ verschickt.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>missing (dashed)</source>
        <translation>fehlt (gestrichelt)</translation>
    </message>
    <message>
        <source>extra (dotted)</source>
        <translation>zusätzlich (gepunktet)</translation>
    </message>
    <message>
        <source>different tag (wavy)</source>
        <translation>andere Kategorie (gewellt)</translation>
    </message>
    <message>
        <source>shifted boundaries (underline)</source>
        <translation>verschobene Grenzen (unterstrichen)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <source>Different tag</source>
        <translation>Andere Kategorie</translation>
    </message>
    <message>
        <source>Shifted boundaries</source>
        <translation>Verschobene Grenzen</translation>
    </message>
    <message>
        <source>Reference markup</source>
        <translation>Vergleichsgrundlage</translation>
    </message>
    <message>
        <source>Compared markup</source>
        <translation>Verglichene Markierung</translation>
    </message>
    <message>
        <source>Reference markup text</source>
        <translation>Text der Vergleichsgrundlage</translation>
    </message>
    <message>
        <source>Compared markup text</source>
        <translation>Text der verglichenen Markierung</translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>Zeichen: %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Grundlage:</translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation>Verglichen:</translation>
    </message>
    <message>
        <source>The same markup is chosen on both sides.</source>
        <translation>Auf beiden Seiten ist dieselbe Markierung gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation>
            <numerusform>%n Unterschied: %1</numerusform>
            <numerusform>%n Unterschiede: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>ConfusionModel</name>
    <message numerus="yes">
        <source>Student: %1, key: %2: %n span(s). Click to list them.</source>
        <translation>
            <numerusform>Lernende/r: %1, Musterlösung: %2: %n Stelle. Klicken, um sie aufzulisten.</numerusform>
            <numerusform>Lernende/r: %1, Musterlösung: %2: %n Stellen. Klicken, um sie aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key:
%1</source>
        <translation>Lösung:
%1</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Lernende/r: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to School Server</source>
        <translation>Mit dem Schulserver verbinden</translation>
    </message>
    <message>
        <source>Your school&apos;s server keeps your work, so you can go on from any computer and your teacher sees it without a hand-in file. Your teacher or the school&apos;s IT gives you these details.</source>
        <translation>Der Server deiner Schule bewahrt deine Arbeit auf, sodass du an jedem Computer weitermachen kannst und deine Lehrkraft sie ohne Abgabedatei sieht. Die Angaben bekommst du von deiner Lehrkraft oder der Schul-IT.</translation>
    </message>
    <message>
        <source>server name, e.g. annotator.school.example</source>
        <translation>Servername, z. B. annotator.school.example</translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation>z. B. schule</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Source Annotator could not read or write its database, so your last change may not have been saved. Export or hand in your work now if you can, then restart the app: a damaged database is set aside and the newest good backup restored.</source>
        <translation>Source Annotator konnte seine Datenbank nicht lesen oder schreiben, daher wurde deine letzte Änderung vielleicht nicht gespeichert. Exportiere deine Arbeit jetzt oder gib sie ab, wenn möglich, und starte die App neu: Eine beschädigte Datenbank wird beiseitegelegt und die neueste gute Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Something went wrong inside Source Annotator. Every change the app showed as saved is safe: each is saved the moment you make it. The last thing you did may not have finished; if something looks wrong, restart the app.</source>
        <translation>In Source Annotator ist ein Fehler aufgetreten. Jede Änderung, die die App als gespeichert gezeigt hat, ist sicher: Jede wird in dem Moment gespeichert, in dem du sie machst. Dein letzter Schritt ist vielleicht nicht fertig geworden; wenn etwas seltsam aussieht, starte die App neu.</translation>
    </message>
    <message>
        <source>What happened: {what}
The details were written to {log}. If this happens again, use Copy details and send them to your teacher.</source>
        <translation>Was passiert ist: {what}
Die Details stehen in {log}. Wenn das wieder passiert, nutze „Details kopieren“ und schicke sie deiner Lehrkraft.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>DraftListEditor</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Mov&amp;e up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nac&amp;h unten</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Enter your name to answer these questions: your answers are saved with your name. (Tagging a passage in an article asks for it too.)</source>
        <translation>Gib deinen Namen ein, um diese Fragen zu beantworten: Deine Antworten werden mit deinem Namen gespeichert. (Auch beim Markieren einer Textstelle wirst du danach gefragt.)</translation>
    </message>
    <message>
        <source>This exercise has no source-evaluation questions.</source>
        <translation>Diese Übung hat keine Fragen zur Quellenbewertung.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Source evaluation panel</source>
        <translation>Bereich Quellenbewertung</translation>
    </message>
    <message>
        <source>Article to evaluate</source>
        <translation>Zu bewertender Artikel</translation>
    </message>
    <message>
        <source>Enter Your &amp;Name…</source>
        <translation>Deinen &amp;Namen eingeben…</translation>
    </message>
    <message>
        <source>Enter your name</source>
        <translation>Deinen Namen eingeben</translation>
    </message>
    <message>
        <source>Questions about the article</source>
        <translation>Fragen zum Artikel</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Cannot save the answer</source>
        <translation>Antwort kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA-Projekt exportieren (.qdpx)…</translation>
    </message>
    <message>
        <source>Save the articles, tags and everyone&apos;s highlights for QualCoder, MAXQDA, ATLAS.ti or NVivo</source>
        <translation>Artikel, Kategorien und alle Markierungen für QualCoder, MAXQDA, ATLAS.ti oder NVivo speichern</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA-Projekt importieren (.qdpx)…</translation>
    </message>
    <message>
        <source>Bring in codes, coded passages and coders from a QDA tool&apos;s project</source>
        <translation>Codes, codierte Textstellen und Codierende aus dem Projekt eines QDA-Programms übernehmen</translation>
    </message>
    <message>
        <source>Student IDs for %1…</source>
        <translation>Personenkennungen für %1…</translation>
    </message>
    <message>
        <source>Export Gradebook for %1 (CSV)…</source>
        <translation>Notenliste für %1 exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Share the class with QDA tools and learning platforms</source>
        <translation>Die Klasse mit QDA-Programmen und Lernplattformen teilen</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-Projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Could not export the project</source>
        <translation>Das Projekt konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Project written to %1</source>
        <translation>Projekt gespeichert in %1</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>Could not import the project</source>
        <translation>Das Projekt konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Gradebook for %1</source>
        <translation>Notenliste für %1 exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the gradebook</source>
        <translation>Die Notenliste konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Gradebook written to %1</source>
        <translation>Notenliste gespeichert in %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n student(s) without an identifier)</source>
        <translation>
            <numerusform>(%n Person ohne Kennung)</numerusform>
            <numerusform>(%n Personen ohne Kennung)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>A new copy of the default tags</source>
        <translation>Eine neue Kopie der Standardkategorien</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <source>What students see above the articles</source>
        <translation>Was die Lernenden über den Artikeln sehen</translation>
    </message>
    <message>
        <source>What students should do, in a few sentences</source>
        <translation>Was die Lernenden tun sollen, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>Edit ta&amp;gs…</source>
        <translation>&amp;Kategorien bearbeiten…</translation>
    </message>
    <message>
        <source>Parts of the exercise</source>
        <translation>Teile der Übung</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>I&amp;nstructions:</source>
        <translation>A&amp;rbeitsauftrag:</translation>
    </message>
    <message>
        <source>Tag &amp;set:</source>
        <translation>Kategorien&amp;satz:</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Geben Sie der Übung einen Titel.</translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation>Fügen Sie mindestens einen Artikel hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, used by %3 exercises)</source>
        <translation>%1 (%2, in %3 Übungen verwendet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags for %1</source>
        <translation>Kategorien für %1</translation>
    </message>
    <message>
        <source>new exercise</source>
        <translation>neue Übung</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message numerus="yes">
        <source>%1  (%n article(s))</source>
        <translation>
            <numerusform>%1  (%n Artikel)</numerusform>
            <numerusform>%1  (%n Artikel)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Open exercise</source>
        <translation>Übung öffnen</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Exercises in this database:</source>
        <translation>Übungen in dieser Datenbank:</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>an exercise needs a title</source>
        <translation>eine Übung braucht einen Titel</translation>
    </message>
    <message>
        <source>Tags for {title}</source>
        <translation>Kategorien für {title}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>there is no article text to add</source>
        <translation>es gibt keinen Artikeltext zum Hinzufügen</translation>
    </message>
    <message>
        <source>the same text is already in this exercise</source>
        <translation>derselbe Text ist bereits in dieser Übung</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>diesen Artikel</translation>
    </message>
    <message>
        <source>these article fields cannot be edited: {fields}</source>
        <translation>diese Artikelfelder können nicht bearbeitet werden: {fields}</translation>
    </message>
    <message>
        <source>a question needs text</source>
        <translation>eine Frage braucht einen Text</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>diese Frage</translation>
    </message>
    <message>
        <source>the tag set cannot be switched: annotations use tags of the current set; edit the current tag set instead</source>
        <translation>der Kategoriensatz kann nicht gewechselt werden: Markierungen verwenden Kategorien des aktuellen Satzes; bearbeiten Sie stattdessen den aktuellen Kategoriensatz</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{work} by {people}</source>
        <translation>{work} von {people}</translation>
    </message>
    <message>
        <source>removing {what} would delete {work}; confirm to remove it</source>
        <translation>wenn Sie {what} entfernen, wird Folgendes gelöscht: {work}; bestätigen Sie das Entfernen</translation>
    </message>
    <message>
        <source>not opened, because no backup could be made first ({reason})</source>
        <translation>nicht geöffnet, weil vorher keine Sicherung angelegt werden konnte ({reason})</translation>
    </message>
    <message>
        <source>could not be saved ({reason})</source>
        <translation>konnte nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); nothing was changed</source>
        <translation>konnte nicht gespeichert werden ({reason}); nichts wurde geändert</translation>
    </message>
    <message>
        <source>this exercise already has an article with exactly this text ({title})</source>
        <translation>diese Übung hat bereits einen Artikel mit genau diesem Text ({title})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>its text cannot be changed because %n annotation(s) or answer(s) point into it; add the new text as a new article instead</source>
        <translation>
            <numerusform>sein Text kann nicht geändert werden, weil %n Markierung oder Antwort darauf verweist; fügen Sie den neuen Text stattdessen als neuen Artikel hinzu</numerusform>
            <numerusform>sein Text kann nicht geändert werden, weil %n Markierungen oder Antworten darauf verweisen; fügen Sie den neuen Text stattdessen als neuen Artikel hinzu</numerusform>
        </translation>
    </message>
    <message>
        <source>an article cannot have empty text</source>
        <translation>ein Artikel kann keinen leeren Text haben</translation>
    </message>
    <message>
        <source>another article in this exercise already has exactly this text</source>
        <translation>ein anderer Artikel dieser Übung hat bereits genau diesen Text</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain Key Passage</source>
        <translation>Lösungsstelle erklären</translation>
    </message>
    <message>
        <source>Why does the key tag this passage this way? Students read this in their feedback, next to the passage.</source>
        <translation>Warum ordnet die Musterlösung diese Textstelle so ein? Die Lernenden lesen das in ihrer Rückmeldung neben der Textstelle.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;Explanation for students:</source>
        <translation>&amp;Erklärung für die Lernenden:</translation>
    </message>
</context>
<context>
    <name>FeedbackActions</name>
    <message>
        <source>Open Fee&amp;dback…</source>
        <translation>&amp;Rückmeldung öffnen…</translation>
    </message>
    <message>
        <source>Open the feedback file your teacher returned</source>
        <translation>Die Rückmeldedatei deiner Lehrkraft öffnen</translation>
    </message>
    <message>
        <source>Return &amp;Feedback…</source>
        <translation>Rückmeldung &amp;zurückgeben…</translation>
    </message>
    <message>
        <source>Write a feedback file for every student who handed in: the key, the class, their scores and your comments</source>
        <translation>Für alle, die abgegeben haben, eine Rückmeldedatei schreiben: Musterlösung, Klasse, ihre Punktwerte und Ihre Kommentare</translation>
    </message>
    <message>
        <source>E&amp;xplain Key Passage…</source>
        <translation>Lösungsstelle e&amp;rklären…</translation>
    </message>
    <message>
        <source>Write what students see with the selected key passage in their feedback</source>
        <translation>Schreiben, was die Lernenden in ihrer Rückmeldung bei der ausgewählten Lösungsstelle sehen</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Rückmeldung öffnen</translation>
    </message>
    <message>
        <source>Feedback (*.feedback.json);;All files (*)</source>
        <translation>Rückmeldungen (*.feedback.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Feedback opened: %1</source>
        <translation>Rückmeldung geöffnet: %1</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Fee&amp;dback</source>
        <translation>&amp;Rückmeldung</translation>
    </message>
    <message>
        <source>Explain Key Passage</source>
        <translation>Lösungsstelle erklären</translation>
    </message>
    <message>
        <source>Switch on Review &gt; Annotate the Answer Key first: explanations belong to the key&apos;s passages.</source>
        <translation>Schalten Sie zuerst Auswertung &gt; Musterlösung markieren ein: Erklärungen gehören zu den Stellen der Musterlösung.</translation>
    </message>
    <message>
        <source>Select a passage of the key first (click it, or Alt+Down).</source>
        <translation>Wählen Sie zuerst eine Stelle der Musterlösung aus (anklicken oder Alt+Ab).</translation>
    </message>
    <message>
        <source>Explain passage</source>
        <translation>Textstelle erklären</translation>
    </message>
    <message>
        <source>Return Feedback</source>
        <translation>Rückmeldung zurückgeben</translation>
    </message>
    <message>
        <source>Nobody has handed in this exercise yet: import your students&apos; hand-ins first (File &gt; Import Hand-ins…).</source>
        <translation>Noch niemand hat diese Übung abgegeben: Importieren Sie zuerst die Abgaben Ihrer Lernenden (Datei &gt; Abgaben importieren…).</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback file(s) written to %1.</source>
        <translation>
            <numerusform>%n Rückmeldedatei in %1 geschrieben.</numerusform>
            <numerusform>%n Rückmeldedateien in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each student their own file: it opens only for them, after they handed in.</source>
        <translation>Geben Sie jeder Person ihre eigene Datei: Sie öffnet sich nur bei ihr, nachdem sie abgegeben hat.</translation>
    </message>
</context>
<context>
    <name>FeedbackCheckText</name>
    <message numerus="yes">
        <source>{where} {n} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>{where} {n} liegt außerhalb eines Textes von %n Zeichen</numerusform>
            <numerusform>{where} {n} liegt außerhalb eines Textes von %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} {n} quotes {quoted} characters for a span of %n</source>
        <translation>
            <numerusform>{where} {n} zitiert {quoted} Zeichen für einen Abschnitt von %n Zeichen</numerusform>
            <numerusform>{where} {n} zitiert {quoted} Zeichen für einen Abschnitt von %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} {n} uses a tag the file does not list</source>
        <translation>{where} {n} verwendet eine Kategorie, die die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>the class counts use a tag the file does not list</source>
        <translation>die Klassenzählung verwendet eine Kategorie, die die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>the class counts for {tag} are out of order or outside the text</source>
        <translation>die Klassenzählung für {tag} ist nicht in der richtigen Reihenfolge oder liegt außerhalb des Textes</translation>
    </message>
    <message>
        <source>a class count for {tag} exceeds the class size</source>
        <translation>eine Klassenzählung für {tag} übersteigt die Klassengröße</translation>
    </message>
    <message>
        <source>the scores use a tag the file does not list</source>
        <translation>die Bewertung verwendet eine Kategorie, die die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>the scores for {tag} count more matches than passages</source>
        <translation>die Bewertung für {tag} zählt mehr Treffer als Textstellen</translation>
    </message>
    <message>
        <source>the confusion matrix uses a tag the file does not list</source>
        <translation>die Verwechslungsmatrix verwendet eine Kategorie, die die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>the confusion matrix is not {n} by {n}</source>
        <translation>die Verwechslungsmatrix ist nicht {n} × {n}</translation>
    </message>
    <message>
        <source>article {n}</source>
        <translation>Artikel {n}</translation>
    </message>
    <message>
        <source>{where}, your annotation</source>
        <translation>{where}, deine Markierung</translation>
    </message>
    <message>
        <source>the answer key is missing</source>
        <translation>die Musterlösung fehlt</translation>
    </message>
    <message>
        <source>the answer key is not announced</source>
        <translation>die Musterlösung ist nicht angekündigt</translation>
    </message>
    <message>
        <source>{where}, key passage</source>
        <translation>{where}, Textstelle der Musterlösung</translation>
    </message>
    <message>
        <source>the class overlay is missing</source>
        <translation>die Klassenübersicht fehlt</translation>
    </message>
    <message>
        <source>the class overlay is not announced</source>
        <translation>die Klassenübersicht ist nicht angekündigt</translation>
    </message>
    <message>
        <source>the scores are not announced</source>
        <translation>die Bewertung ist nicht angekündigt</translation>
    </message>
    <message>
        <source>the same tag is listed twice</source>
        <translation>dieselbe Kategorie ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>the same article is listed twice</source>
        <translation>derselbe Artikel ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>the same annotation id appears twice</source>
        <translation>dieselbe Markierungs-ID kommt zweimal vor</translation>
    </message>
    <message>
        <source>the comments are missing</source>
        <translation>die Kommentare fehlen</translation>
    </message>
    <message>
        <source>the comments are not announced</source>
        <translation>die Kommentare sind nicht angekündigt</translation>
    </message>
    <message>
        <source>comment {n} is on an annotation that is not yours</source>
        <translation>Kommentar {n} bezieht sich auf eine Markierung, die nicht deine ist</translation>
    </message>
</context>
<context>
    <name>FeedbackFileText</name>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>does not match the feedback schema at {where}: {message}</source>
        <translation>passt nicht zum Rückmeldungsschema bei {where}: {message}</translation>
    </message>
    <message>
        <source>larger than {size} MB, refused</source>
        <translation>größer als {size} MB, abgelehnt</translation>
    </message>
    <message>
        <source>not a Source Annotator feedback file</source>
        <translation>keine Rückmeldungsdatei von Source Annotator</translation>
    </message>
    <message>
        <source>feedback format version {version} is newer than this app understands (up to {supported}); update Source Annotator</source>
        <translation>Rückmeldungsformat Version {version} ist neuer, als diese App versteht (bis {supported}); aktualisiere Source Annotator</translation>
    </message>
    <message>
        <source>checksum mismatch; the file was changed or damaged</source>
        <translation>Prüfsumme stimmt nicht; die Datei wurde verändert oder beschädigt</translation>
    </message>
    <message>
        <source>the {measure} of tag {tag} does not follow from its counts</source>
        <translation>der Wert {measure} der Kategorie {tag} folgt nicht aus ihren Zählungen</translation>
    </message>
    <message>
        <source>article {n}</source>
        <translation>Artikel {n}</translation>
    </message>
</context>
<context>
    <name>FeedbackRows</name>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Your teacher: %1</source>
        <translation>Deine Lehrkraft: %1</translation>
    </message>
    <message>
        <source>You and the key agree: %1</source>
        <translation>Du und die Musterlösung seid euch einig: %1</translation>
    </message>
    <message>
        <source>You and the key agree on %1, but mark a slightly different passage</source>
        <translation>Du und die Musterlösung seid euch bei %1 einig, markiert aber eine etwas andere Textstelle</translation>
    </message>
    <message>
        <source>You tagged %1, the key says %2</source>
        <translation>Du hast %1 gewählt, die Musterlösung sagt %2</translation>
    </message>
    <message>
        <source>You missed this: the key marks %1</source>
        <translation>Das fehlt dir: Die Musterlösung markiert %1</translation>
    </message>
    <message>
        <source>You marked this (%1), the key did not</source>
        <translation>Du hast dies markiert (%1), die Musterlösung nicht</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Deine Markierung: %1</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Neither you nor the key marked anything here.</source>
        <translation>Weder du noch die Musterlösung haben hier etwas markiert.</translation>
    </message>
</context>
<context>
    <name>FeedbackScores</name>
    <message>
        <source>nothing to compare: neither you nor the key marked anything</source>
        <translation>nichts zu vergleichen: Weder du noch die Musterlösung haben etwas markiert</translation>
    </message>
    <message>
        <source>very close to the key</source>
        <translation>sehr nah an der Musterlösung</translation>
    </message>
    <message>
        <source>partly like the key</source>
        <translation>teilweise wie die Musterlösung</translation>
    </message>
    <message>
        <source>mostly different from the key</source>
        <translation>meist anders als die Musterlösung</translation>
    </message>
    <message>
        <source>nothing in common with the key</source>
        <translation>nichts gemeinsam mit der Musterlösung</translation>
    </message>
    <message>
        <source>Where you and the key marked the same passage, you chose the same tag.</source>
        <translation>Wo du und die Musterlösung dieselbe Stelle markiert habt, hast du dieselbe Kategorie gewählt.</translation>
    </message>
    <message>
        <source>You found %1 of the key&apos;s %2 passages; %3 of your %4 passages match it.</source>
        <translation>Du hast %1 der %2 Stellen der Musterlösung gefunden; %3 deiner %4 Stellen passen dazu.</translation>
    </message>
    <message>
        <source>Exactly the same words and tag: %1 of the key&apos;s %2.</source>
        <translation>Genau dieselben Wörter und dieselbe Kategorie: %1 von %2 der Musterlösung.</translation>
    </message>
    <message>
        <source>Character F1 %1: %2.</source>
        <translation>Zeichen-F1 %1: %2.</translation>
    </message>
    <message>
        <source>By tag (character F1): %1.</source>
        <translation>Nach Kategorie (Zeichen-F1): %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackText</name>
    <message>
        <source>this is feedback on the exercise “{title}”, which is not on this computer</source>
        <translation>das ist eine Rückmeldung zur Übung „{title}“, die nicht auf diesem Computer ist</translation>
    </message>
    <message>
        <source>the articles of “{title}” on this computer differ from the ones the feedback was made for</source>
        <translation>die Artikel von „{title}“ auf diesem Computer unterscheiden sich von denen, für die die Rückmeldung geschrieben wurde</translation>
    </message>
    <message>
        <source>this is feedback on “{title}”, not on the exercise open now; open that exercise first</source>
        <translation>das ist eine Rückmeldung zu „{title}“, nicht zur gerade geöffneten Übung; öffne zuerst diese Übung</translation>
    </message>
    <message>
        <source>you have not handed in “{title}” from this computer yet; feedback opens after you hand in (File &gt; Hand In)</source>
        <translation>du hast „{title}“ von diesem Computer noch nicht abgegeben; die Rückmeldung öffnet sich, nachdem du abgegeben hast (Datei &gt; Abgeben)</translation>
    </message>
    <message>
        <source>feedback released on the school server</source>
        <translation>auf dem Schulserver freigegebene Rückmeldung</translation>
    </message>
    <message>
        <source>this feedback was made for another student; it opens only for the student who handed in the work</source>
        <translation>diese Rückmeldung ist für einen anderen Schüler; sie öffnet sich nur für den Schüler, der die Arbeit abgegeben hat</translation>
    </message>
    <message>
        <source>you have not handed in “{title}” yet; feedback opens after you hand in (File &gt; Hand In)</source>
        <translation>du hast „{title}“ noch nicht abgegeben; die Rückmeldung öffnet sich, nachdem du abgegeben hast (Datei &gt; Abgeben)</translation>
    </message>
    <message>
        <source>this feedback is about a hand-in made after your last one on this computer</source>
        <translation>diese Rückmeldung betrifft eine Abgabe, die nach deiner letzten auf diesem Computer gemacht wurde</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback from your teacher</source>
        <translation>Rückmeldung deiner Lehrkraft</translation>
    </message>
    <message>
        <source>Where this feedback comes from</source>
        <translation>Woher diese Rückmeldung kommt</translation>
    </message>
    <message>
        <source>Your teacher says:</source>
        <translation>Deine Lehrkraft schreibt:</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment</source>
        <translation>Kommentar deiner Lehrkraft</translation>
    </message>
    <message>
        <source>Passages: your markup and the key&apos;s</source>
        <translation>Textstellen: deine Markierung und die der Musterlösung</translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation>Deine Punktwerte</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punktwerte</translation>
    </message>
    <message>
        <source>The strip at the left of each text: how many classmates marked each line (point at it to see).</source>
        <translation>Der Streifen links neben jedem Text: wie viele aus der Klasse jede Zeile markiert haben (mit der Maus darauf zeigen).</translation>
    </message>
    <message>
        <source>In the text, a dashed box marks a key passage you missed, a dotted box one where the key chose another tag.</source>
        <translation>Im Text markiert ein gestrichelter Rahmen eine Lösungsstelle, die dir fehlt, ein gepunkteter eine, bei der die Musterlösung eine andere Kategorie gewählt hat.</translation>
    </message>
    <message>
        <source>Revise and Hand In Again…</source>
        <translation>Überarbeiten und erneut abgeben…</translation>
    </message>
    <message>
        <source>Revise and hand in again</source>
        <translation>Überarbeiten und erneut abgeben</translation>
    </message>
    <message>
        <source>Change your highlights, then hand in a second attempt; this feedback stays with your first.</source>
        <translation>Ändere deine Markierungen und gib einen zweiten Versuch ab; diese Rückmeldung bleibt beim ersten.</translation>
    </message>
    <message>
        <source>This feedback is read-only; your own highlights stay yours to change.</source>
        <translation>Diese Rückmeldung lässt sich nicht ändern; deine eigenen Markierungen kannst du weiter ändern.</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Rückmeldung zu „%1“</translation>
    </message>
    <message>
        <source>About your hand-in of %1 at %2</source>
        <translation>Zu deiner Abgabe vom %1 um %2</translation>
    </message>
    <message>
        <source>Released by your teacher on the school server, %1</source>
        <translation>Von deiner Lehrkraft auf dem Schulserver freigegeben, %1</translation>
    </message>
    <message>
        <source>Your teacher did not include the answer key: only passages with a comment are listed.</source>
        <translation>Deine Lehrkraft hat die Musterlösung nicht beigefügt: Nur Textstellen mit Kommentar sind aufgeführt.</translation>
    </message>
    <message>
        <source>You handed in again (attempt %1); this feedback is about attempt %2.</source>
        <translation>Du hast erneut abgegeben (Versuch %1); diese Rückmeldung betrifft Versuch %2.</translation>
    </message>
    <message>
        <source>Attempt %1 · %2</source>
        <translation>Versuch %1 · %2</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Your teacher did not include scores.</source>
        <translation>Deine Lehrkraft hat keine Punktwerte beigefügt.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <source>the disk is full; nothing was written</source>
        <translation>der Datenträger ist voll; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the disk quota is exhausted; nothing was written</source>
        <translation>das Speicherkontingent ist erschöpft; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you can write to</source>
        <translation>Zugriff verweigert; wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another folder</source>
        <translation>der Datenträger ist schreibgeschützt; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>the file is open in another program (or read-only); close it there and try again, or save under another name; nothing was written</source>
        <translation>die Datei ist in einem anderen Programm geöffnet (oder schreibgeschützt); schließen Sie sie dort und versuchen Sie es erneut, oder speichern Sie unter einem anderen Namen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the path is too long for this system; choose a shorter file name or a folder nearer the top of the disk; nothing was written</source>
        <translation>der Pfad ist für dieses System zu lang; wählen Sie einen kürzeren Dateinamen oder einen Ordner weiter oben auf dem Datenträger; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in Article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>F&amp;ind in article:</source>
        <translation>Im Artikel &amp;suchen:</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>Im Artikel zu suchender Text</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Vorheriges suchen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Nächstes suchen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find text in the article you are reading</source>
        <translation>Text im gerade gelesenen Artikel suchen</translation>
    </message>
    <message>
        <source>Find N&amp;ext</source>
        <translation>Nächst&amp;es suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Vorheri&amp;ges suchen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <source>Next Part of the Window</source>
        <translation>Nächster Fensterbereich</translation>
    </message>
    <message>
        <source>Previous Part of the Window</source>
        <translation>Vorheriger Fensterbereich</translation>
    </message>
    <message>
        <source>Next / Previous Part of the Window</source>
        <translation>Nächster / vorheriger Fensterbereich</translation>
    </message>
</context>
<context>
    <name>GradebookIdsDialog</name>
    <message>
        <source>Student IDs for %1</source>
        <translation>Personenkennungen für %1</translation>
    </message>
    <message>
        <source>Type the ID number or the e-mail address Moodle knows each student by. When importing the file in Moodle, map “ID number” to useridnumber or “Email address” to useremail.</source>
        <translation>Geben Sie die ID-Nummer oder die E-Mail-Adresse ein, unter der Moodle die Person kennt. Ordnen Sie beim Import in Moodle „ID-Nummer“ useridnumber oder „E-Mail-Adresse“ useremail zu.</translation>
    </message>
    <message>
        <source>Type each student&apos;s Canvas user ID (a number, from Canvas&apos;s own gradebook export) or their SIS user ID.</source>
        <translation>Geben Sie die Canvas-Benutzer-ID jeder Person ein (eine Zahl aus dem Notenexport von Canvas) oder ihre SIS-Benutzer-ID.</translation>
    </message>
    <message>
        <source>The app remembers them for every exercise of this class.</source>
        <translation>Die App merkt sie sich für alle Übungen dieser Klasse.</translation>
    </message>
    <message>
        <source>Students and their identifiers</source>
        <translation>Lernende und ihre Kennungen</translation>
    </message>
</context>
<context>
    <name>GradebookIdsModel</name>
    <message>
        <source>Not set yet: this student&apos;s grade cannot be matched.</source>
        <translation>Noch nicht festgelegt: Die Note dieser Person kann nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>%1 identifier</source>
        <translation>%1-Kennung</translation>
    </message>
</context>
<context>
    <name>GradebookText</name>
    <message>
        <source>unknown gradebook platform {platform} (moodle or canvas)</source>
        <translation>unbekannte Notenplattform {platform} (moodle oder canvas)</translation>
    </message>
    <message>
        <source>no student with id {id}</source>
        <translation>kein Schüler mit der ID {id}</translation>
    </message>
    <message>
        <source>the exercise has no answer key yet, so there is nothing to grade (Review &gt; Annotate the Answer Key)</source>
        <translation>die Übung hat noch keine Musterlösung, es gibt also nichts zu benoten (Auswertung &gt; Musterlösung markieren)</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>keine Übung mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <source>You have not answered any of the source-evaluation questions yet. You can still hand in, or go back and answer them first.</source>
        <translation>Du hast noch keine der Fragen zur Quellenbewertung beantwortet. Du kannst trotzdem abgeben oder zurückgehen und sie zuerst beantworten.</translation>
    </message>
    <message>
        <source>You have answered only %1 of %2 source-evaluation questions. You can still hand in.</source>
        <translation>Du hast erst %1 von %2 Fragen zur Quellenbewertung beantwortet. Du kannst trotzdem abgeben.</translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Hand in your work on “%1”.</source>
        <translation>Gib deine Arbeit zu „%1“ ab.</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Markierungen:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Verknüpfungen:</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Fragen:</translation>
    </message>
    <message>
        <source>You have not highlighted anything yet. You can still hand in an empty file.</source>
        <translation>Du hast noch nichts markiert. Du kannst trotzdem eine leere Datei abgeben.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 insgesamt</translation>
    </message>
    <message>
        <source>Hand In As</source>
        <translation>Abgeben als</translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json)</source>
        <translation>Abgaben (*.handin.json)</translation>
    </message>
    <message>
        <source>Choose where to save your hand-in first.</source>
        <translation>Wähle zuerst, wo deine Abgabe gespeichert wird.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>Nicht abgegeben: %1</translation>
    </message>
    <message>
        <source>Handed in. Your work is saved as %1</source>
        <translation>Abgegeben. Deine Arbeit ist gespeichert als %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HandinActions</name>
    <message>
        <source>&amp;Web Annotation (JSON-LD)…</source>
        <translation>&amp;Web Annotation (JSON-LD)…</translation>
    </message>
    <message>
        <source>Export as Web Annotation</source>
        <translation>Als Web Annotation exportieren</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>Export as Spreadsheet</source>
        <translation>Als Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Printable &amp;Report (HTML)…</source>
        <translation>Druckbarer &amp;Bericht (HTML)…</translation>
    </message>
    <message>
        <source>Export Printable Report</source>
        <translation>Druckbaren Bericht exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <source>There is nothing to hand in yet: highlight a passage first (the app then asks for your name), or set your name.</source>
        <translation>Es gibt noch nichts abzugeben: Markiere zuerst eine Textstelle (die App fragt dann nach deinem Namen) oder gib deinen Namen ein.</translation>
    </message>
    <message>
        <source>&amp;Hand In…</source>
        <translation>&amp;Abgeben…</translation>
    </message>
    <message>
        <source>Save your work as a file to give to your teacher</source>
        <translation>Deine Arbeit als Datei für deine Lehrkraft speichern</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;Drucken / Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as PDF</source>
        <translation>Den Bericht über deine Arbeit drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Import Hand-in&amp;s…</source>
        <translation>Abgaben impor&amp;tieren…</translation>
    </message>
    <message>
        <source>Collect your students&apos; hand-in files</source>
        <translation>Die Abgabedateien Ihrer Lernenden einsammeln</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Collect every hand-in file in a folder</source>
        <translation>Alle Abgabedateien eines Ordners einsammeln</translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation>Abgaben importieren</translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json *.json);;All files (*)</source>
        <translation>Abgaben (*.handin.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Every Hand-in in a Folder</source>
        <translation>Alle Abgaben eines Ordners importieren</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as a PDF file?</source>
        <translation>Den Bericht über deine Arbeit drucken oder als PDF-Datei speichern?</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Handed in: %1</source>
        <translation>Abgegeben: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>No hand-in files found in %1</source>
        <translation>Keine Abgabedateien gefunden in %1</translation>
    </message>
</context>
<context>
    <name>HandinText</name>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>does not match the hand-in schema at {where}: {message}</source>
        <translation>passt nicht zum Abgabeschema bei {where}: {message}</translation>
    </message>
    <message>
        <source>not a Source Annotator hand-in</source>
        <translation>keine Abgabe von Source Annotator</translation>
    </message>
    <message>
        <source>hand-in format version {version} is newer than this app understands (up to {supported}); update Source Annotator</source>
        <translation>Abgabeformat Version {version} ist neuer, als diese App versteht (bis {supported}); aktualisieren Sie Source Annotator</translation>
    </message>
    <message>
        <source>checksum mismatch; the file was changed or damaged</source>
        <translation>Prüfsumme stimmt nicht; die Datei wurde verändert oder beschädigt</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the student&apos;s name is empty</source>
        <translation>der Name des Schülers ist leer</translation>
    </message>
    <message>
        <source>the same annotation id appears twice</source>
        <translation>dieselbe Anmerkungs-ID kommt zweimal vor</translation>
    </message>
    <message>
        <source>annotation {number} lies beyond any article ({start}-{end})</source>
        <translation>Anmerkung {number} liegt hinter jedem Artikel ({start}-{end})</translation>
    </message>
    <message>
        <source>annotation {number} ends before it starts ({start}-{end})</source>
        <translation>Anmerkung {number} endet, bevor sie beginnt ({start}-{end})</translation>
    </message>
    <message>
        <source>annotation {number} quotes {quoted} characters for a {length}-character span</source>
        <translation>Anmerkung {number} zitiert {quoted} Zeichen für einen Abschnitt von {length} Zeichen</translation>
    </message>
    <message>
        <source>annotation {number} refers to an article the file does not list</source>
        <translation>Anmerkung {number} verweist auf einen Artikel, den die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>annotation {number} uses a tag the file does not list</source>
        <translation>Anmerkung {number} verwendet eine Kategorie, die die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>link {number} refers to an annotation not in the file</source>
        <translation>Verknüpfung {number} verweist auf eine Anmerkung, die nicht in der Datei ist</translation>
    </message>
    <message>
        <source>link {number} links an annotation to itself</source>
        <translation>Verknüpfung {number} verknüpft eine Anmerkung mit sich selbst</translation>
    </message>
    <message>
        <source>answer {number} refers to an article the file does not list</source>
        <translation>Antwort {number} verweist auf einen Artikel, den die Datei nicht aufführt</translation>
    </message>
    <message>
        <source>could not be read ({reason}); nothing was imported</source>
        <translation>konnte nicht gelesen werden ({reason}); nichts wurde importiert</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the same highlights as {names}; neither was imported. Import the one to keep on its own</source>
        <translation>dieselben Markierungen wie {names}; keine der beiden wurde importiert. Importieren Sie die zu behaltende einzeln</translation>
    </message>
    <message>
        <source>the same highlights as {names}; none of these was imported. Import the one to keep on its own</source>
        <translation>dieselben Markierungen wie {names}; keine davon wurde importiert. Importieren Sie die zu behaltende einzeln</translation>
    </message>
    <message>
        <source>exercise {title} is not in this database (wrong exercise, or import the exercise first)</source>
        <translation>die Übung {title} ist nicht in dieser Datenbank (falsche Übung, oder importieren Sie zuerst die Übung)</translation>
    </message>
    <message>
        <source>could not be stored, nothing was imported ({reason})</source>
        <translation>konnte nicht gespeichert werden, nichts wurde importiert ({reason})</translation>
    </message>
    <message>
        <source>handed in {time} UTC, older than the hand-in already imported for {name} ({previous} UTC); not imported</source>
        <translation>abgegeben {time} UTC, älter als die bereits importierte Abgabe von {name} ({previous} UTC); nicht importiert</translation>
    </message>
    <message>
        <source>contains annotations already imported for {name} (a copied hand-in?); not imported</source>
        <translation>enthält Anmerkungen, die bereits für {name} importiert wurden (eine kopierte Abgabe?); nicht importiert</translation>
    </message>
    <message>
        <source>made for revision {made} of {title}, this database has revision {here}; import the newer exercise first</source>
        <translation>gemacht für Version {made} von {title}, diese Datenbank hat Version {here}; importieren Sie zuerst die neuere Übung</translation>
    </message>
    <message>
        <source>article {article} is not part of exercise {title}</source>
        <translation>der Artikel {article} gehört nicht zur Übung {title}</translation>
    </message>
    <message>
        <source>uses tag {key}, which is not in the exercise&apos;s tag set</source>
        <translation>verwendet die Kategorie {key}, die nicht im Kategoriensatz der Übung ist</translation>
    </message>
    <message>
        <source>answers question {question}, which this exercise does not ask</source>
        <translation>beantwortet die Frage {question}, die diese Übung nicht stellt</translation>
    </message>
    <message>
        <source>nothing written: the answer key is not exported; students see it only in their feedback files (Review &gt; Return Feedback…)</source>
        <translation>nichts geschrieben: die Musterlösung wird nicht exportiert; Schüler sehen sie nur in ihren Rückmeldungsdateien (Auswertung &gt; Rückmeldung zurückgeben…)</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>{name} ist in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>doppelter Schlüssel {key}</translation>
    </message>
    <message>
        <source>nested more than {depth} levels deep</source>
        <translation>mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>contains a lone surrogate {escape} (not valid Unicode)</source>
        <translation>enthält ein einzelnes Surrogat {escape} (kein gültiges Unicode)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} at offset {offset})</source>
        <translation>kein UTF-8-Text (Byte {byte} an Position {offset})</translation>
    </message>
    <message>
        <source>truncated JSON ({reason} at line {line} column {column})</source>
        <translation>abgeschnittenes JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line} column {column})</source>
        <translation>kein gültiges JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>larger than {size} MB, refused without reading it</source>
        <translation>größer als {size} MB, ungelesen abgelehnt</translation>
    </message>
    <message>
        <source>unknown export format {format} (handin, w3c or csv)</source>
        <translation>unbekanntes Exportformat {format} (handin, w3c oder csv)</translation>
    </message>
    <message>
        <source>nothing written, {reason}</source>
        <translation>nichts geschrieben, {reason}</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>How many classmates marked each line</source>
        <translation>Wie viele aus der Klasse jede Zeile markiert haben</translation>
    </message>
    <message>
        <source>Nobody in the class marked this line.</source>
        <translation>Niemand aus der Klasse hat diese Zeile markiert.</translation>
    </message>
    <message>
        <source>Of %1 students, this many marked this line: %2</source>
        <translation>Von %1 Lernenden haben so viele diese Zeile markiert: %2</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Pairwise agreement heatmap</source>
        <translation>Heatmap der paarweisen Übereinstimmung</translation>
    </message>
    <message>
        <source>At least two students are needed for a pairwise comparison.</source>
        <translation>Für einen paarweisen Vergleich braucht es mindestens zwei Lernende.</translation>
    </message>
    <message>
        <source>%1 worse than chance</source>
        <translation>%1 schlechter als Zufall</translation>
    </message>
    <message>
        <source>%1 nothing shared</source>
        <translation>%1 nichts gemeinsam</translation>
    </message>
    <message>
        <source>%1 identical</source>
        <translation>%1 gleich</translation>
    </message>
    <message>
        <source>%1 chance</source>
        <translation>%1 Zufall</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Annotation</source>
        <translation>Markierung</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <source>Name Already Used</source>
        <translation>Name schon vergeben</translation>
    </message>
    <message>
        <source>Someone called “{name}” already has work in this database.</source>
        <translation>Jemand namens „{name}“ hat in dieser Datenbank bereits Arbeit gespeichert.</translation>
    </message>
    <message>
        <source>If that is you, continue with your work. Choose “Another person” only if two different people share this name.</source>
        <translation>Wenn du das bist, arbeite einfach weiter. Wähle „Andere Person“ nur, wenn zwei verschiedene Personen diesen Namen tragen.</translation>
    </message>
    <message>
        <source>That Is &amp;Me</source>
        <translation>Das bin &amp;ich</translation>
    </message>
    <message>
        <source>Two people with the same name are hard to tell apart in the review. Use this name anyway?</source>
        <translation>Zwei Personen mit demselben Namen sind in der Auswertung schwer zu unterscheiden. Den Namen trotzdem verwenden?</translation>
    </message>
    <message>
        <source>&amp;Another Person, Same Name</source>
        <translation>&amp;Andere Person, gleicher Name</translation>
    </message>
</context>
<context>
    <name>IdentityFlow</name>
    <message>
        <source>your name “%1”</source>
        <translation>dein Name „%1“</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Wird nach der aktuellen Datei abgebrochen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading hand-ins…</source>
        <translation>Abgaben werden gelesen…</translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation>Abgaben importieren</translation>
    </message>
    <message>
        <source>Reading {name} ({n} of {total})…</source>
        <translation>{name} wird gelesen ({n} von {total})…</translation>
    </message>
    <message>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>{name} wird importiert ({n} von {total})…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{who}: the same highlights as {others}; none of these was imported. Import the one to keep on its own.</source>
        <translation>{who}: dieselben Markierungen wie {others}; keine davon wurde importiert. Importieren Sie die zu behaltende Datei einzeln.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>No files.</source>
        <translation>Keine Dateien.</translation>
    </message>
    <message>
        <source>%1: an older hand-in, not imported; the newer one already imported is kept</source>
        <translation>%1: eine ältere Abgabe, nicht importiert; die bereits importierte neuere bleibt erhalten</translation>
    </message>
    <message>
        <source>the file is cut short (an incomplete copy?); ask the student to hand it in again (%1)</source>
        <translation>die Datei ist abgeschnitten (unvollständige Kopie?); bitten Sie um erneute Abgabe (%1)</translation>
    </message>
    <message>
        <source>%1: not imported, %2</source>
        <translation>%1: nicht importiert, %2</translation>
    </message>
    <message>
        <source>%1: handed in for another exercise, “%2”; imported there (open that exercise to review it)</source>
        <translation>%1: für eine andere Übung abgegeben, „%2“; dort importiert (öffnen Sie diese Übung zur Durchsicht)</translation>
    </message>
    <message>
        <source>…and %1 more: see the Problem column.</source>
        <translation>…und %1 weitere: siehe Spalte „Problem“.</translation>
    </message>
    <message>
        <source>Hand-ins Imported</source>
        <translation>Abgaben importiert</translation>
    </message>
    <message>
        <source>Look at these files:</source>
        <translation>Sehen Sie sich diese Dateien an:</translation>
    </message>
    <message>
        <source>Select an orphaned highlight to see its passage with the text around it.</source>
        <translation>Wählen Sie eine verwaiste Markierung, um ihre Textstelle mit Umgebung zu sehen.</translation>
    </message>
    <message>
        <source>Orphaned highlights in this exercise: %1 (kept, but their passage was not found in the article text)</source>
        <translation>Verwaiste Markierungen in dieser Übung: %1 (aufbewahrt, aber ihre Textstelle wurde im Artikeltext nicht gefunden)</translation>
    </message>
    <message>
        <source>No orphaned highlights: every imported highlight was placed in the text.</source>
        <translation>Keine verwaisten Markierungen: Jede importierte Markierung wurde im Text platziert.</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>older</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>handed in for another exercise, “%1”, and imported there</source>
        <translation>für eine andere Übung abgegeben, „%1“, und dort importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Neu verankert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Reading articles…</source>
        <translation>Artikel werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>Instructions</source>
        <translation>Arbeitsauftrag</translation>
    </message>
    <message>
        <source>Exercise instructions</source>
        <translation>Arbeitsauftrag der Übung</translation>
    </message>
    <message>
        <source>Show or hide the instructions</source>
        <translation>Arbeitsauftrag ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Exercise title</source>
        <translation>Titel der Übung</translation>
    </message>
    <message>
        <source>Instructions text</source>
        <translation>Text des Arbeitsauftrags</translation>
    </message>
    <message>
        <source>Hide the instructions</source>
        <translation>Arbeitsauftrag ausblenden</translation>
    </message>
    <message>
        <source>Show the instructions</source>
        <translation>Arbeitsauftrag einblenden</translation>
    </message>
</context>
<context>
    <name>InstructorMode</name>
    <message>
        <source>Instr&amp;uctor Mode</source>
        <translation>&amp;Lehrkraft-Modus</translation>
    </message>
    <message>
        <source>Show the instructor&apos;s menus: new exercises, hand-ins, the class overview</source>
        <translation>Die Menüs für Lehrkräfte zeigen: neue Übungen, Abgaben, Klassenübersicht</translation>
    </message>
    <message>
        <source>Instructor mode is on: see the File and Review menus.</source>
        <translation>Der Lehrkraft-Modus ist an: siehe die Menüs Datei und Auswertung.</translation>
    </message>
    <message>
        <source>Instructor mode is off: the instructor&apos;s menu items are hidden.</source>
        <translation>Der Lehrkraft-Modus ist aus: Die Menüeinträge für Lehrkräfte sind ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>KeyMode</name>
    <message>
        <source>Annotate the &amp;Answer Key</source>
        <translation>&amp;Musterlösung markieren</translation>
    </message>
    <message>
        <source>Highlight and tag as the answer key; students are scored against it</source>
        <translation>Als Musterlösung markieren; die Lernenden werden daran gemessen</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Musterlösung</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Takes effect when you restart the app</source>
        <translation>Wirkt nach einem Neustart der App</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>LinkFlow</name>
    <message>
        <source>It &amp;supports the first passage</source>
        <translation>Sie &amp;stützt die erste Textstelle</translation>
    </message>
    <message>
        <source>It &amp;contradicts the first passage</source>
        <translation>Sie &amp;widerspricht der ersten Textstelle</translation>
    </message>
    <message>
        <source>It makes the sa&amp;me claim</source>
        <translation>Sie stellt die &amp;gleiche Behauptung auf</translation>
    </message>
    <message>
        <source>&amp;Link from Here</source>
        <translation>Von &amp;hier verknüpfen</translation>
    </message>
    <message>
        <source>Pending link</source>
        <translation>Begonnene Verknüpfung</translation>
    </message>
    <message>
        <source>Cancel Lin&amp;king</source>
        <translation>Verknüpfen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Link Selected Passage &amp;As</source>
        <translation>Ausgewählte Stelle ver&amp;knüpfen als</translation>
    </message>
    <message>
        <source>Linking from “{quote}”: click or tag the other article&apos;s passage, or Alt+Down then L (Esc cancels).</source>
        <translation>Verknüpfen von „{quote}“: Klicke oder markiere die Textstelle im anderen Artikel, oder Alt+Ab und dann L (Esc bricht ab).</translation>
    </message>
    <message>
        <source>A link joins passages in two different articles: choose the passage in the other article.</source>
        <translation>Eine Verknüpfung verbindet Textstellen in zwei verschiedenen Artikeln: Wähle die Textstelle im anderen Artikel.</translation>
    </message>
    <message>
        <source>How does this passage relate to “%1”?</source>
        <translation>Wie hängt diese Textstelle mit „%1“ zusammen?</translation>
    </message>
    <message>
        <source>Cannot link these passages</source>
        <translation>Diese Textstellen können nicht verknüpft werden</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>same claim</source>
        <translation>gleiche Behauptung</translation>
    </message>
    <message>
        <source>(passage removed)</source>
        <translation>(Textstelle entfernt)</translation>
    </message>
    <message>
        <source>The first passage %1 the second</source>
        <translation>Beziehung der ersten zur zweiten Textstelle: %1</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>No links yet.
Link a claim in one article to a passage in another that supports it, contradicts it or makes the same claim.</source>
        <translation>Noch keine Verknüpfungen.
Verknüpfe eine Behauptung in einem Artikel mit einer Textstelle in einem anderen, die sie stützt, ihr widerspricht oder dasselbe behauptet.</translation>
    </message>
    <message>
        <source>No links match the search.</source>
        <translation>Keine Verknüpfung passt zur Suche.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>Search linked passages and notes</source>
        <translation>Verknüpfte Textstellen und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Cannot remove link</source>
        <translation>Verknüpfung kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot change the link</source>
        <translation>Verknüpfung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Notiz kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>&amp;Art ändern</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Last update from the server</source>
        <translation>Letzte Aktualisierung vom Server</translation>
    </message>
    <message numerus="yes">
        <source>Server not reachable; showing the class as of %n s ago</source>
        <translation>
            <numerusform>Server nicht erreichbar; Stand der Klasse von vor %n s</numerusform>
            <numerusform>Server nicht erreichbar; Stand der Klasse von vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: updated %n s ago</source>
        <translation>
            <numerusform>Live: vor %n s aktualisiert</numerusform>
            <numerusform>Live: vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The overview asks the school server for new work every few seconds</source>
        <translation>Die Übersicht fragt den Schulserver alle paar Sekunden nach neuen Arbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>Übung &amp;öffnen…</translation>
    </message>
    <message>
        <source>Choose another exercise stored on this computer</source>
        <translation>Eine andere auf diesem Computer gespeicherte Übung wählen</translation>
    </message>
    <message>
        <source>Change Na&amp;me…</source>
        <translation>Namen &amp;ändern…</translation>
    </message>
    <message>
        <source>Change the name saved with your highlights, notes and answers</source>
        <translation>Den Namen ändern, der mit deinen Markierungen, Notizen und Antworten gespeichert wird</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Check Database…</source>
        <translation>Datenbank &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check the database for damage and broken references</source>
        <translation>Die Datenbank auf Schäden und fehlerhafte Verweise prüfen</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n Artikel</numerusform>
            <numerusform>%n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>annotating as %1</source>
        <translation>markiert als %1</translation>
    </message>
    <message>
        <source>Tag the selected text, or re-tag the selected passage</source>
        <translation>Ausgewählten Text einer Kategorie zuordnen oder die ausgewählte Stelle umordnen</translation>
    </message>
    <message>
        <source>Tag exactly as selected, without snapping to whole words</source>
        <translation>Genau wie ausgewählt zuordnen, ohne auf ganze Wörter zu erweitern</translation>
    </message>
    <message>
        <source>Selected passage</source>
        <translation>Ausgewählte Textstelle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Delete tag</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) tagged %1. Deleting the tag moves them to another tag (undo moves them back). Merge them into:</source>
        <translation>
            <numerusform>%n Markierung gehört zu %1. Beim Löschen der Kategorie wandert sie in eine andere Kategorie (Rückgängig holt sie zurück). Zusammenführen mit:</numerusform>
            <numerusform>%n Markierungen gehören zu %1. Beim Löschen der Kategorie wandern sie in eine andere Kategorie (Rückgängig holt sie zurück). Zusammenführen mit:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge and delete</source>
        <translation>Zusammenführen und löschen</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole article: click to jump there</source>
        <translation>Der ganze Artikel: klicken, um dorthin zu springen</translation>
    </message>
    <message>
        <source>Overview of the whole article</source>
        <translation>Übersicht über den ganzen Artikel</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your name is saved with your highlights, notes and answers so that your teacher can tell whose work it is.</source>
        <translation>Dein Name wird mit deinen Markierungen, Notizen und Antworten gespeichert, damit deine Lehrkraft weiß, wessen Arbeit es ist.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>NotFoundText</name>
    <message>
        <source>no annotator with id {id}</source>
        <translation>keine Person mit der ID {id}</translation>
    </message>
    <message>
        <source>no tag set with id {id}</source>
        <translation>kein Kategoriensatz mit der ID {id}</translation>
    </message>
    <message>
        <source>no question with id {id}</source>
        <translation>keine Frage mit der ID {id}</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>kein Artikel mit der ID {id}</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>keine Übung mit der ID {id}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Markierte Textstelle</translation>
    </message>
    <message>
        <source>Why did you tag this passage this way?</source>
        <translation>Warum hast du diese Textstelle so eingeordnet?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <source>the school server cannot be reached and this was not read from it before; not saved</source>
        <translation>der Schulserver ist nicht erreichbar und dies wurde vorher nicht von ihm gelesen; nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>der Bereich {start}–{end} liegt außerhalb des Artikels (%n Zeichen)</numerusform>
            <numerusform>der Bereich {start}–{end} liegt außerhalb des Artikels (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the tag does not belong to this exercise&apos;s tag set</source>
        <translation>die Kategorie gehört nicht zum Kategorienset dieser Übung</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>keine Markierung mit der ID {id}</translation>
    </message>
    <message>
        <source>span {start}-{end} lies outside the article</source>
        <translation>der Bereich {start}–{end} liegt außerhalb des Artikels</translation>
    </message>
    <message>
        <source>an annotation cannot be linked to itself</source>
        <translation>eine Markierung kann nicht mit sich selbst verknüpft werden</translation>
    </message>
    <message>
        <source>a link joins two annotations by the same person</source>
        <translation>eine Verknüpfung verbindet zwei Markierungen derselben Person</translation>
    </message>
    <message>
        <source>these two passages are already linked that way</source>
        <translation>diese beiden Stellen sind bereits auf diese Weise verknüpft</translation>
    </message>
    <message>
        <source>no link with id {id}</source>
        <translation>keine Verknüpfung mit der ID {id}</translation>
    </message>
    <message>
        <source>a rating runs from 1 to 5</source>
        <translation>eine Bewertung reicht von 1 bis 5</translation>
    </message>
    <message>
        <source>the link from “{quote}” was removed meanwhile (with one of its passages); your change to it is kept aside</source>
        <translation>die Verknüpfung von „{quote}“ wurde inzwischen entfernt (mit einer ihrer Stellen); deine Änderung daran wird beiseitegelegt</translation>
    </message>
    <message>
        <source>a passage of your link from “{quote}” was deleted or could not be placed meanwhile; the link is kept aside</source>
        <translation>eine Stelle deiner Verknüpfung von „{quote}“ wurde inzwischen gelöscht oder konnte nicht zugeordnet werden; die Verknüpfung wird beiseitegelegt</translation>
    </message>
    <message>
        <source>“{quote}” was already linked that way (from another computer); your link and its note are kept aside</source>
        <translation>„{quote}“ war bereits auf diese Weise verknüpft (von einem anderen Computer aus); deine Verknüpfung und ihre Notiz werden beiseitegelegt</translation>
    </message>
    <message>
        <source>“{quote}” was deleted meanwhile; your change to it is kept aside</source>
        <translation>„{quote}“ wurde inzwischen gelöscht; deine Änderung daran wird beiseitegelegt</translation>
    </message>
    <message>
        <source>the article of “{quote}” was removed meanwhile; your highlight is kept aside</source>
        <translation>der Artikel von „{quote}“ wurde inzwischen entfernt; deine Markierung wird beiseitegelegt</translation>
    </message>
    <message>
        <source>“{quote}” is no longer in the changed article; kept with your work as an unplaced highlight</source>
        <translation>„{quote}“ steht nicht mehr im geänderten Artikel; bei deiner Arbeit als nicht zugeordnete Markierung aufbewahrt</translation>
    </message>
    <message>
        <source>the article changed meanwhile; “{quote}” was placed again</source>
        <translation>der Artikel wurde inzwischen geändert; „{quote}“ wurde neu zugeordnet</translation>
    </message>
</context>
<context>
    <name>OrphanModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Was at (characters)</source>
        <translation>War bei (Zeichen)</translation>
    </message>
</context>
<context>
    <name>OverlayTab</name>
    <message>
        <source>Stronger colour: more students highlighted it · colour: the tag most chose · hatched and wavy: students chose different tags.</source>
        <translation>Kräftigere Farbe: mehr Lernende haben markiert · Farbe: die meistgewählte Kategorie · schraffiert und gewellt: Lernende wählten verschiedene Kategorien.</translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. The number runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over). Click one to show it.</source>
        <translation>Die Sätze, bei denen die Klasse am stärksten uneins war – zum Besprechen. Der Wert reicht von 0 (alle einig) bis 1 (die Hälfte hat markiert, mit ganz verschiedenen Kategorien). Anklicken zeigt den Satz.</translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation>Umstrittene Textstellen</translation>
    </message>
    <message>
        <source>Click a passage to show it in the text</source>
        <translation>Eine Textstelle anklicken, um sie im Text zu zeigen</translation>
    </message>
    <message>
        <source>Students at the clicked spot</source>
        <translation>Lernende an der angeklickten Stelle</translation>
    </message>
    <message>
        <source>At this spot</source>
        <translation>An dieser Stelle</translation>
    </message>
    <message>
        <source>Click the text to see who highlighted it.</source>
        <translation>In den Text klicken, um zu sehen, wer markiert hat.</translation>
    </message>
    <message>
        <source>Disagreement about highlighting: %1
Disagreement about the tag: %2</source>
        <translation>Uneinigkeit beim Markieren: %1
Uneinigkeit bei der Kategorie: %2</translation>
    </message>
    <message numerus="yes">
        <source>At this spot: %n student(s)</source>
        <translation>
            <numerusform>An dieser Stelle: %n Lernende/r</numerusform>
            <numerusform>An dieser Stelle: %n Lernende</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody highlighted this spot.</source>
        <translation>Niemand hat diese Stelle markiert.</translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message>
        <source>Class overlay</source>
        <translation>Klassenüberlagerung</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) highlighted this</source>
        <translation>
            <numerusform>Markiert von %1 von %n Lernenden</numerusform>
            <numerusform>Markiert von %1 von %n Lernenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Students chose different tags here.</source>
        <translation>Hier wählten die Lernenden verschiedene Kategorien.</translation>
    </message>
</context>
<context>
    <name>PackageText</name>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>the manifest is not valid at {where}: {message}</source>
        <translation>das Manifest ist ungültig bei {where}: {message}</translation>
    </message>
    <message>
        <source>an exercise package holds at most {count} articles</source>
        <translation>ein Übungspaket enthält höchstens {count} Artikel</translation>
    </message>
    <message>
        <source>this is not a Source Annotator exercise package</source>
        <translation>das ist kein Übungspaket von Source Annotator</translation>
    </message>
    <message>
        <source>this package was made by a newer version of Source Annotator (format {version}); update the app to open it</source>
        <translation>dieses Paket wurde von einer neueren Version von Source Annotator erstellt (Format {version}); aktualisieren Sie die App, um es zu öffnen</translation>
    </message>
    <message>
        <source>the manifest lists the same article id twice</source>
        <translation>das Manifest führt dieselbe Artikel-ID zweimal auf</translation>
    </message>
    <message>
        <source>the manifest lists the same article text twice</source>
        <translation>das Manifest führt denselben Artikeltext zweimal auf</translation>
    </message>
    <message>
        <source>the manifest lists the same article file twice</source>
        <translation>das Manifest führt dieselbe Artikeldatei zweimal auf</translation>
    </message>
    <message>
        <source>the manifest lists the same tag id twice</source>
        <translation>das Manifest führt dieselbe Kategorie-ID zweimal auf</translation>
    </message>
    <message>
        <source>the manifest lists the same tag key twice</source>
        <translation>das Manifest führt denselben Kategorie-Schlüssel zweimal auf</translation>
    </message>
    <message>
        <source>the manifest lists the same question id twice</source>
        <translation>das Manifest führt dieselbe Fragen-ID zweimal auf</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({reason})</source>
        <translation>das Manifest ist kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text</source>
        <translation>{member} ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{member} does not match its fingerprint in the manifest</source>
        <translation>{member} passt nicht zu seinem Fingerabdruck im Manifest</translation>
    </message>
    <message>
        <source>the manifest is larger than 5 MB; refused</source>
        <translation>das Manifest ist größer als 5 MB; abgelehnt</translation>
    </message>
    <message>
        <source>member {member} is not consistent with the manifest</source>
        <translation>Bestandteil {member} passt nicht zum Manifest</translation>
    </message>
    <message>
        <source>the manifest&apos;s checksums do not cover every member</source>
        <translation>die Prüfsummen des Manifests decken nicht alle Bestandteile ab</translation>
    </message>
    <message>
        <source>{member} does not match its checksum (altered or damaged)</source>
        <translation>{member} passt nicht zu seiner Prüfsumme (verändert oder beschädigt)</translation>
    </message>
</context>
<context>
    <name>PaneActions</name>
    <message>
        <source>N note · L link · Del delete · drag the dots or Alt+arrows to adjust</source>
        <translation>N Notiz · L verknüpfen · Entf löschen · Punkte ziehen oder Alt+Pfeile zum Anpassen</translation>
    </message>
    <message>
        <source>Nothing was saved: your work needs your name, so your teacher knows whose it is.</source>
        <translation>Nichts wurde gespeichert: Deine Arbeit braucht deinen Namen, damit deine Lehrkraft weiß, von wem sie ist.</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>Auswahl zuordnen &amp;als</translation>
    </message>
    <message>
        <source>Tag Exactl&amp;y as Selected</source>
        <translation>Genau wie ausgewählt &amp;zuordnen</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Markierung &amp;löschen</translation>
    </message>
    <message>
        <source>Move Start &amp;Earlier</source>
        <translation>Anfang &amp;früher</translation>
    </message>
    <message>
        <source>Move Start &amp;Later</source>
        <translation>Anfang &amp;später</translation>
    </message>
    <message>
        <source>Move End Ea&amp;rlier</source>
        <translation>Ende f&amp;rüher</translation>
    </message>
    <message>
        <source>Move End La&amp;ter</source>
        <translation>Ende spä&amp;ter</translation>
    </message>
    <message>
        <source>Select Ne&amp;xt Annotation</source>
        <translation>Nä&amp;chste Markierung wählen</translation>
    </message>
    <message>
        <source>Select &amp;Previous Annotation</source>
        <translation>&amp;Vorige Markierung wählen</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>Auswahl a&amp;ufheben</translation>
    </message>
    <message>
        <source>Adjust &amp;Span</source>
        <translation>Stelle an&amp;passen</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source> (note: %1)</source>
        <translation> (Notiz: %1)</translation>
    </message>
    <message>
        <source>Several annotations here: choose one</source>
        <translation>Hier liegen mehrere Markierungen: eine wählen</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>Markierung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Select some words to tag.</source>
        <translation>Wähle Wörter aus, die du zuordnen willst.</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 zuordnen</translation>
    </message>
    <message>
        <source>Select a passage first (mouse, or Shift+arrow keys), then choose a tag.</source>
        <translation>Wähle zuerst eine Textstelle aus (Maus oder Umschalt+Pfeiltasten), dann eine Kategorie.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>„%1“ gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation>Stelle anpassen</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>Drag to move this article to another place</source>
        <translation>Ziehen, um diesen Artikel an eine andere Stelle zu verschieben</translation>
    </message>
</context>
<context>
    <name>PaneLayout</name>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation>Spalte nach &amp;links</translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation>Spalte nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>Gemeinsam bl&amp;ättern</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>PaneMenu</name>
    <message>
        <source>Passage menu</source>
        <translation>Menü der Textstelle</translation>
    </message>
    <message>
        <source>Tag the selection as</source>
        <translation>Auswahl zuordnen als</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation>&amp;Kategorie ändern</translation>
    </message>
    <message>
        <source>Select &amp;Another Here</source>
        <translation>&amp;Andere hier wählen</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Fin&amp;d in Annotations…</source>
        <translation>In &amp;Markierungen suchen…</translation>
    </message>
    <message>
        <source>Search the quotes and notes of your annotations</source>
        <translation>Die Zitate und Notizen deiner Markierungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Show this panel and move the keyboard to it; again to return to the text</source>
        <translation>Diesen Bereich zeigen und die Tastatur dorthin setzen; nochmals, um zum Text zurückzukehren</translation>
    </message>
</context>
<context>
    <name>PreviewKeys</name>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them.</source>
        <translation>Wörter mit Umschalt und den Pfeiltasten auswählen, dann mit 1 bis 4 einer Kategorie zuordnen.</translation>
    </message>
    <message>
        <source>Still opening: nothing was changed. Press the key again in a moment.</source>
        <translation>Wird noch geöffnet: Es wurde nichts geändert. Bitte die Taste gleich noch einmal drücken.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1. Press the key again in a moment.</source>
        <translation>Nichts wurde gespeichert: %1. Bitte die Taste gleich noch einmal drücken.</translation>
    </message>
    <message>
        <source>%1: “%2” saved</source>
        <translation>%1: „%2“ gespeichert</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation>Medium, Autor und Datum nicht angegeben</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress of the other figures</source>
        <translation>Fortschritt der übrigen Werte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compute Again</source>
        <translation>Erneut berechnen</translation>
    </message>
    <message>
        <source>Computing the other figures…</source>
        <translation>Die übrigen Werte werden berechnet…</translation>
    </message>
</context>
<context>
    <name>QdaText</name>
    <message>
        <source>text source not in the exercise</source>
        <translation>Textquelle nicht in der Übung</translation>
    </message>
    <message>
        <source>code not in the exercise&apos;s tag set</source>
        <translation>Code nicht im Kategoriensatz der Übung</translation>
    </message>
    <message>
        <source>not imported: {problem}</source>
        <translation>nicht importiert: {problem}</translation>
    </message>
    <message>
        <source>{selections} from {coders} imported</source>
        <translation>{selections} von {coders} importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n codiertes Segment</numerusform>
            <numerusform>%n codierte Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codierenden Person</numerusform>
            <numerusform>%n codierenden Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored to the article text</source>
        <translation>
            <numerusform>%n am Artikeltext neu verankert</numerusform>
            <numerusform>%n am Artikeltext neu verankert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphan(s)</source>
        <translation>
            <numerusform>%n als verwaist behalten</numerusform>
            <numerusform>%n als verwaist behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped ({reason})</source>
        <translation>
            <numerusform>%n übersprungen ({reason})</numerusform>
            <numerusform>%n übersprungen ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written, {reason}</source>
        <translation>nichts geschrieben, {reason}</translation>
    </message>
    <message>
        <source>Coder from {file}</source>
        <translation>Codierende Person aus {file}</translation>
    </message>
    <message>
        <source>not imported, because no backup could be made first ({reason})</source>
        <translation>nicht importiert, weil vorher keine Sicherung angelegt werden konnte ({reason})</translation>
    </message>
    <message>
        <source>not imported ({reason})</source>
        <translation>nicht importiert ({reason})</translation>
    </message>
</context>
<context>
    <name>QdpxText</name>
    <message>
        <source>a code</source>
        <translation>ein Code</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>ein Benutzer</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>eine Verknüpfung</translation>
    </message>
    <message>
        <source>a selection</source>
        <translation>ein Segment</translation>
    </message>
    <message>
        <source>a text source</source>
        <translation>eine Textquelle</translation>
    </message>
    <message>
        <source>{what} has no valid GUID ({value})</source>
        <translation>{what} hat keine gültige GUID ({value})</translation>
    </message>
    <message>
        <source>selection {id} has no whole-number position ({value})</source>
        <translation>das Segment {id} hat keine ganzzahlige Position ({value})</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML ({reason})</source>
        <translation>project.qde ist kein wohlgeformtes XML ({reason})</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project (no Project element in the namespace {namespace})</source>
        <translation>project.qde ist kein REFI-QDA-Projekt (kein Project-Element im Namensraum {namespace})</translation>
    </message>
    <message>
        <source>text source {name} keeps its text outside the file (plainTextPath is not internal://)</source>
        <translation>die Textquelle {name} hat ihren Text außerhalb der Datei (plainTextPath ist nicht internal://)</translation>
    </message>
    <message numerus="yes">
        <source>selection {id} ({start}-{end}) lies outside its source (%n character(s))</source>
        <translation>
            <numerusform>das Segment {id} ({start}-{end}) liegt außerhalb seiner Quelle (%n Zeichen)</numerusform>
            <numerusform>das Segment {id} ({start}-{end}) liegt außerhalb seiner Quelle (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text</source>
        <translation>{member} ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>QuestionListEditor</name>
    <message>
        <source>Written answer</source>
        <translation>Schriftliche Antwort</translation>
    </message>
    <message>
        <source>Rating 1–5 with reasons</source>
        <translation>Bewertung 1–5 mit Begründung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Add questi&amp;on</source>
        <translation>Frage hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Answer &amp;kind:</source>
        <translation>Ant&amp;wortart:</translation>
    </message>
    <message>
        <source>Students answer every question for each article. Double-click a question to edit its text.</source>
        <translation>Die Lernenden beantworten jede Frage für jeden Artikel. Doppelklick auf eine Frage bearbeitet ihren Text.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Removing this question deletes %1 when you press OK. Remove it?</source>
        <translation>Wenn Sie diese Frage entfernen, wird beim Klick auf OK %1 gelöscht. Entfernen?</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>not reliable</source>
        <translation>nicht glaubwürdig</translation>
    </message>
    <message>
        <source>very reliable</source>
        <translation>sehr glaubwürdig</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Reasons for %1</source>
        <translation>Begründung zu %1</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>Your reasons…</source>
        <translation>Deine Begründung…</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Deine Antwort…</translation>
    </message>
    <message>
        <source>Reliability %1 of 5</source>
        <translation>Glaubwürdigkeit %1 von 5</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <source>Cannot be computed: there are fewer than two annotators, or nobody&apos;s markup varied (for example nothing was highlighted), so there is no agreement to measure.</source>
        <translation>Nicht berechenbar: Es gibt weniger als zwei Markierende, oder niemandes Markierungen unterscheiden sich (zum Beispiel wurde nichts markiert), also gibt es keine Übereinstimmung zu messen.</translation>
    </message>
    <message>
        <source>Cannot be computed: there is nothing to compare on either side.</source>
        <translation>Nicht berechenbar: Auf keiner Seite gibt es etwas zu vergleichen.</translation>
    </message>
    <message>
        <source>{value}. Reliable agreement: the class marked this text in much the same way. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Verlässliche Übereinstimmung: Die Klasse hat diesen Text weitgehend gleich markiert. (1 = vollständige Übereinstimmung, 0 = Zufall, ab 0,8 verlässlich.)</translation>
    </message>
    <message>
        <source>{value}. Tentative agreement: broadly similar markups, but enough differences that conclusions should be drawn with care. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Vorläufige Übereinstimmung: weitgehend ähnliche Markierungen, aber genug Unterschiede, um Schlüsse nur vorsichtig zu ziehen. (1 = vollständige Übereinstimmung, 0 = Zufall, ab 0,8 verlässlich.)</translation>
    </message>
    <message>
        <source>{value}. Low agreement: students often marked different passages or chose different tags; worth discussing in class. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Niedrige Übereinstimmung: Die Lernenden haben oft verschiedene Stellen markiert oder verschiedene Kategorien gewählt; ein Thema für den Unterricht. (1 = vollständige Übereinstimmung, 0 = Zufall, ab 0,8 verlässlich.)</translation>
    </message>
    <message>
        <source>{value}. Hardly better than chance: the markups look about as alike as random highlighting with the same amounts would. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Kaum besser als Zufall: Die Markierungen ähneln sich etwa so sehr wie zufällige Markierungen im gleichen Umfang. (1 = vollständige Übereinstimmung, 0 = Zufall, ab 0,8 verlässlich.)</translation>
    </message>
    <message>
        <source>{value}. Systematic disagreement: students differ more than chance would predict, perhaps the tags were understood differently. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Systematische Uneinigkeit: Die Lernenden unterscheiden sich stärker, als der Zufall erwarten ließe; vielleicht wurden die Kategorien unterschiedlich verstanden. (1 = vollständige Übereinstimmung, 0 = Zufall, ab 0,8 verlässlich.)</translation>
    </message>
    <message>
        <source>{value}: poor (below chance) agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: schwache (unter dem Zufall liegende) Übereinstimmung über den Zufall hinaus (1 = vollständig, 0 = was der Zufall allein ergäbe).</translation>
    </message>
    <message>
        <source>{value}: slight agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: geringe Übereinstimmung über den Zufall hinaus (1 = vollständig, 0 = was der Zufall allein ergäbe).</translation>
    </message>
    <message>
        <source>{value}: fair agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: mäßige Übereinstimmung über den Zufall hinaus (1 = vollständig, 0 = was der Zufall allein ergäbe).</translation>
    </message>
    <message>
        <source>{value}: moderate agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: mittlere Übereinstimmung über den Zufall hinaus (1 = vollständig, 0 = was der Zufall allein ergäbe).</translation>
    </message>
    <message>
        <source>{value}: substantial agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: deutliche Übereinstimmung über den Zufall hinaus (1 = vollständig, 0 = was der Zufall allein ergäbe).</translation>
    </message>
    <message>
        <source>{value}: almost perfect agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: fast vollständige Übereinstimmung über den Zufall hinaus (1 = vollständig, 0 = was der Zufall allein ergäbe).</translation>
    </message>
    <message>
        <source>{percent}% of what was marked is also in the reference.</source>
        <translation>{percent} % des Markierten steht auch in der Referenz.</translation>
    </message>
    <message>
        <source>{percent}% of what the reference marks was found.</source>
        <translation>{percent} % dessen, was die Referenz markiert, wurde gefunden.</translation>
    </message>
    <message>
        <source>{value}: close match (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: große Übereinstimmung (1 = dieselben Stellen, 0 = nichts gemeinsam).</translation>
    </message>
    <message>
        <source>{value}: partial match (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: teilweise Übereinstimmung (1 = dieselben Stellen, 0 = nichts gemeinsam).</translation>
    </message>
    <message>
        <source>{value}: mostly different (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: überwiegend verschieden (1 = dieselben Stellen, 0 = nichts gemeinsam).</translation>
    </message>
    <message>
        <source>{value}: no overlap (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: keine Überschneidung (1 = dieselben Stellen, 0 = nichts gemeinsam).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent exercises</source>
        <translation>Keine zuletzt geöffneten Übungen</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>same claim as</source>
        <translation>dieselbe Behauptung wie</translation>
    </message>
    <message>
        <source>solid underline</source>
        <translation>durchgezogen unterstrichen</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>gestrichelt unterstrichen</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>gepunktet unterstrichen</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>gewellt unterstrichen</translation>
    </message>
    <message>
        <source>double underline</source>
        <translation>doppelt unterstrichen</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>Artikel {number}</translation>
    </message>
    <message>
        <source>Legend and counts</source>
        <translation>Legende und Anzahlen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Without colour</source>
        <translation>Ohne Farbe</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between highlights</source>
        <translation>
            <numerusform>%n Verknüpfung zwischen Markierungen</numerusform>
            <numerusform>%n Verknüpfungen zwischen Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source-evaluation answer(s)</source>
        <translation>
            <numerusform>%n Antwort zur Quellenbewertung</numerusform>
            <numerusform>%n Antworten zur Quellenbewertung</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The text of this article is not available.</source>
        <translation>Der Text dieses Artikels ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Highlights that no longer fit this text</source>
        <translation>Markierungen, die nicht mehr zu diesem Text passen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Keine Verknüpfungen.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation>Quellenbewertung</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Keine Fragen.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Handed in: {time} · exercise revision {revision}</source>
        <translation>Abgegeben: {time} · Übungsversion {revision}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorffs Alpha</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Fleiss’ Kappa</translation>
    </message>
    <message>
        <source>Mean pairwise Cohen&apos;s kappa</source>
        <translation>Mittleres paarweises Cohens Kappa</translation>
    </message>
    <message numerus="yes">
        <source>{marked} of %n students; most chose {tag}</source>
        <translation>
            <numerusform>{marked} von %n Schüler; die meisten wählten {tag}</numerusform>
            <numerusform>{marked} von %n Schülern; die meisten wählten {tag}</numerusform>
        </translation>
    </message>
    <message>
        <source>; students disagree on the tag</source>
        <translation>; die Schüler sind sich bei der Kategorie uneinig</translation>
    </message>
    <message>
        <source>Stronger colour: more students highlighted it.</source>
        <translation>Kräftigere Farbe: mehr Schüler haben es markiert.</translation>
    </message>
    <message>
        <source>Hatched and wavy</source>
        <translation>Schraffiert und gewellt</translation>
    </message>
    <message>
        <source>students chose different tags.</source>
        <translation>die Schüler wählten verschiedene Kategorien.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation>Unitizing-Alpha (für Fortgeschrittene)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Each student&apos;s highlights with every tag against the answer key. F1 is high only when most of what the student marked is in the key and most of the key was found: 1.00 = the same as the key, 0.00 = nothing in common. Exact counts only the key&apos;s exact passages, overlapping any passage that overlaps one with the same tag, characters character by character.</source>
        <translation>Die Markierungen jedes Schülers mit allen Kategorien im Vergleich zur Musterlösung. F1 ist nur hoch, wenn das meiste, was der Schüler markiert hat, in der Musterlösung steht und das meiste der Musterlösung gefunden wurde: 1,00 = wie die Musterlösung, 0,00 = nichts gemeinsam. Exakt zählt nur die genauen Textstellen der Musterlösung, überlappend jede Textstelle, die eine mit derselben Kategorie überlappt, Zeichen Zeichen für Zeichen.</translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. Disagreement runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over).</source>
        <translation>Die Sätze, bei denen die Klasse am meisten uneins war, zum Besprechen. Die Uneinigkeit reicht von 0 (alle waren sich einig) bis 1 (die Hälfte hat markiert, und die Kategorien gingen weit auseinander).</translation>
    </message>
    <message>
        <source>No answer key for this article, so nobody is scored.</source>
        <translation>Keine Musterlösung für diesen Artikel, daher wird niemand bewertet.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>F1, exact spans</source>
        <translation>F1, exakte Abschnitte</translation>
    </message>
    <message>
        <source>F1, overlapping spans</source>
        <translation>F1, überlappende Abschnitte</translation>
    </message>
    <message>
        <source>F1, characters</source>
        <translation>F1, Zeichen</translation>
    </message>
    <message>
        <source>No passage was contested.</source>
        <translation>Keine Textstelle war umstritten.</translation>
    </message>
    <message>
        <source>disagreement {score}</source>
        <translation>Uneinigkeit {score}</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) annotated this article.</source>
        <translation>
            <numerusform>%n Schüler hat diesen Artikel annotiert.</numerusform>
            <numerusform>%n Schüler haben diesen Artikel annotiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class overlay</source>
        <translation>Klassenüberlagerung</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa</source>
        <translation>Paarweises Cohens Kappa</translation>
    </message>
    <message>
        <source>Pairwise span F1 (overlapping spans)</source>
        <translation>Paarweises Abschnitts-F1 (überlappende Abschnitte)</translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation>Umstrittene Textstellen</translation>
    </message>
    <message>
        <source>Scores against the key</source>
        <translation>Bewertung im Vergleich zur Musterlösung</translation>
    </message>
    <message>
        <source>Tags per student</source>
        <translation>Kategorien pro Schüler</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Anzahl der Markierungen</translation>
    </message>
    <message>
        <source>Nobody annotated this article.</source>
        <translation>Niemand hat diesen Artikel annotiert.</translation>
    </message>
    <message>
        <source>Untitled exercise</source>
        <translation>Übung ohne Titel</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Tag distribution per article</source>
        <translation>Verteilung der Kategorien pro Artikel</translation>
    </message>
    <message>
        <source>Number of highlights, all students</source>
        <translation>Anzahl der Markierungen, alle Schüler</translation>
    </message>
    <message>
        <source>Students are anonymised.</source>
        <translation>Die Schüler sind anonymisiert.</translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation>Auswertung: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n Artikel.</numerusform>
            <numerusform>%n Artikel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The app will be shown in %1 from its next start.</source>
        <translation>Die App wird ab dem nächsten Start auf %1 angezeigt.</translation>
    </message>
    <message>
        <source>Restart now to switch at once: your work is saved, and the app opens again with the same database and exercise.</source>
        <translation>Starten Sie jetzt neu, um sofort zu wechseln: Ihre Arbeit ist gespeichert, und die App öffnet sich wieder mit derselben Datenbank und Übung.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return Feedback</source>
        <translation>Rückmeldung zurückgeben</translation>
    </message>
    <message>
        <source>Each student who handed in gets their own feedback, which opens only for them. Nothing of another student&apos;s markup or name is in it.</source>
        <translation>Alle, die abgegeben haben, erhalten ihre eigene Rückmeldung, die sich nur bei ihnen öffnet. Sie enthält nichts von den Markierungen oder Namen anderer.</translation>
    </message>
    <message>
        <source>Each student who handed in gets one file, NAME.feedback.json, that opens only for them. Nothing of another student&apos;s markup or name is in it.</source>
        <translation>Alle, die abgegeben haben, erhalten eine Datei NAME.feedback.json, die sich nur bei ihnen öffnet. Sie enthält nichts von den Markierungen oder Namen anderer.</translation>
    </message>
    <message>
        <source>The answer key, with your explanation of each passage</source>
        <translation>Die Musterlösung mit Ihrer Erklärung zu jeder Stelle</translation>
    </message>
    <message>
        <source>The class overlay: how many students marked each line</source>
        <translation>Die Klassenüberlagerung: wie viele Lernende jede Zeile markiert haben</translation>
    </message>
    <message>
        <source>Their scores against the key, in plain words</source>
        <translation>Die Punktwerte der Person gegenüber der Musterlösung, in einfachen Worten</translation>
    </message>
    <message>
        <source>Your comments to the student and on their passages</source>
        <translation>Ihre Kommentare an die Person und zu ihren Textstellen</translation>
    </message>
    <message>
        <source>Counts only, no names. Left out when fewer than 3 students handed in, because the counts would then show a classmate&apos;s markup.</source>
        <translation>Nur Anzahlen, keine Namen. Entfällt, wenn weniger als 3 Lernende abgegeben haben, weil die Anzahlen sonst die Markierung einer anderen Person verraten würden.</translation>
    </message>
    <message>
        <source>Release to the students on the server</source>
        <translation>Für die Lernenden auf dem Server freigeben</translation>
    </message>
    <message>
        <source>Each student sees their feedback in the app, without a file, after they handed in. Releasing again replaces it; Review &gt; Withdraw Released Feedback takes it back.</source>
        <translation>Alle Lernenden sehen ihre Rückmeldung nach der Abgabe in der App, ohne Datei. Erneutes Freigeben ersetzt sie; Auswertung &gt; Freigegebene Rückmeldung zurückziehen nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Write feedback files into a folder:</source>
        <translation>Rückmeldedateien in einen Ordner schreiben:</translation>
    </message>
    <message>
        <source>Folder for the feedback files</source>
        <translation>Ordner für die Rückmeldedateien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Write Feedback Files</source>
        <translation>Rückmeldedateien schreiben</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Beifügen:</translation>
    </message>
    <message>
        <source>Write the files into:</source>
        <translation>Dateien schreiben in:</translation>
    </message>
    <message>
        <source>Return it:</source>
        <translation>Zurückgeben:</translation>
    </message>
    <message>
        <source>Folder for the Feedback Files</source>
        <translation>Ordner für die Rückmeldedateien</translation>
    </message>
    <message>
        <source>Release Feedback</source>
        <translation>Rückmeldung freigeben</translation>
    </message>
</context>
<context>
    <name>ReturnText</name>
    <message>
        <source>unknown part {part}: choose from {parts}</source>
        <translation>unbekannter Teil {part}: zur Wahl stehen {parts}</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>keine Übung mit der ID {id}</translation>
    </message>
    <message>
        <source>no student with id {id}</source>
        <translation>kein Schüler mit der ID {id}</translation>
    </message>
    <message>
        <source>{name} has not handed in {title}</source>
        <translation>{name} hat {title} nicht abgegeben</translation>
    </message>
    <message numerus="yes">
        <source>class overlay left out: fewer than %n students, so counts would show a classmate&apos;s markup</source>
        <translation>
            <numerusform>Klassenüberlagerung weggelassen: weniger als %n Schüler, die Zahlen würden also die Markierungen eines Mitschülers verraten</numerusform>
            <numerusform>Klassenüberlagerung weggelassen: weniger als %n Schüler, die Zahlen würden also die Markierungen eines Mitschülers verraten</numerusform>
        </translation>
    </message>
    <message>
        <source>the articles changed since the hand-in: the student&apos;s work as it is now was used</source>
        <translation>die Artikel haben sich seit der Abgabe geändert: die Arbeit des Schülers in ihrem jetzigen Stand wurde verwendet</translation>
    </message>
    <message>
        <source>cannot create the folder ({reason})</source>
        <translation>der Ordner kann nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>no annotator with id {id}</source>
        <translation>keine annotierende Person mit der ID {id}</translation>
    </message>
    <message>
        <source>comments are written to students only</source>
        <translation>Kommentare werden nur an Schüler geschrieben</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>keine Markierung mit der ID {id}</translation>
    </message>
    <message>
        <source>that annotation is not this student&apos;s work on this exercise</source>
        <translation>diese Markierung gehört nicht zur Arbeit dieses Schülers an dieser Übung</translation>
    </message>
    <message>
        <source>explanations belong to answer-key passages</source>
        <translation>Erklärungen gehören zu Stellen der Musterlösung</translation>
    </message>
    <message>
        <source>releasing feedback needs a school server (postgresql://); on this computer write feedback files instead</source>
        <translation>Rückmeldungen freizugeben braucht einen Schulserver (postgresql://); schreiben Sie auf diesem Computer stattdessen Rückmeldedateien</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Class Overview…</source>
        <translation>&amp;Klassenübersicht…</translation>
    </message>
    <message>
        <source>See how the whole class marked up this exercise</source>
        <translation>Sehen, wie die ganze Klasse diese Übung markiert hat</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>Auswertungs&amp;bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the class review as an HTML file</source>
        <translation>Die Klassenauswertung als HTML-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;Scores (CSV)…</source>
        <translation>&amp;Punktwerte exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Save every student&apos;s scores against the key as CSV</source>
        <translation>Die Punktwerte aller Lernenden gegenüber der Musterlösung als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>A&amp;uswertung</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>%1 Auswertung</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Auswertungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Punktwerte exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation>Die Punktwerte konnten nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Answer key</source>
        <translation>Musterlösung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Die Klasse wird gelesen</translation>
    </message>
    <message>
        <source>Overlay and agreement</source>
        <translation>Überlagerung und Übereinstimmung</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punktwerte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>handed in, nothing marked</source>
        <translation>abgegeben, nichts markiert</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>exercise {exercise} has no article with id {id}</source>
        <translation>die Übung {exercise} hat keinen Artikel mit der ID {id}</translation>
    </message>
    <message>
        <source>article {title}: {problem}</source>
        <translation>Artikel {title}: {problem}</translation>
    </message>
    <message>
        <source>article {title!r}: an annotation uses a tag outside the exercise&apos;s tag set</source>
        <translation>Artikel {title!r}: eine Markierung verwendet eine Kategorie, die nicht zum Kategoriensatz der Übung gehört</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Class Overview: %1 — %2</source>
        <translation>Klassenübersicht: %1 — %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisieren</translation>
    </message>
    <message>
        <source>Show students as Student 1…N, for projecting in class</source>
        <translation>Lernende als „Lernende/r 1…N“ zeigen, für die Projektion im Unterricht</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Larger text, for projecting (Ctrl++)</source>
        <translation>Größerer Text für die Projektion (Strg++)</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation>Punktwerte exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source> Article: </source>
        <translation> Artikel: </translation>
    </message>
    <message>
        <source>Students shown in the overlay</source>
        <translation>In der Überlagerung gezeigte Lernende</translation>
    </message>
    <message>
        <source>Untick a student to leave them out of every figure.</source>
        <translation>Häkchen entfernen, um eine Person aus allen Werten herauszunehmen.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Class Overlay</source>
        <translation>Klassenüberlagerung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Punktwerte</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Ansichten der Auswertung</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <source>Computing the class review…</source>
        <translation>Die Klassenauswertung wird berechnet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled. The figures of this article were not computed.</source>
        <translation>Abgebrochen. Die Werte dieses Artikels wurden nicht berechnet.</translation>
    </message>
    <message>
        <source>Cancelled: some figures were not computed.</source>
        <translation>Abgebrochen: Einige Werte wurden nicht berechnet.</translation>
    </message>
    <message>
        <source>Could not compute the review: %1</source>
        <translation>Die Auswertung konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, an answer key.</source>
        <translation>
            <numerusform>Dieser Artikel: %n Lernende/r angezeigt, eine Musterlösung.</numerusform>
            <numerusform>Dieser Artikel: %n Lernende angezeigt, eine Musterlösung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</source>
        <translation>
            <numerusform>Dieser Artikel: %n Lernende/r angezeigt, noch keine Musterlösung (Auswertung &gt; Musterlösung markieren im Hauptfenster).</numerusform>
            <numerusform>Dieser Artikel: %n Lernende angezeigt, noch keine Musterlösung (Auswertung &gt; Musterlösung markieren im Hauptfenster).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still being computed: the progress is shown at the foot of the window.</source>
        <translation>Wird noch berechnet: Der Fortschritt steht unten im Fenster.</translation>
    </message>
    <message>
        <source>Select at least two students in the list first (Ctrl+click).</source>
        <translation>Wählen Sie zuerst mindestens zwei Lernende in der Liste aus (Strg+Klick).</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>%1 Auswertung</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Auswertungsbericht exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert in %1</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Punktwerte exportieren</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation>Die Punktwerte konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>Scores written to %1</source>
        <translation>Punktwerte gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>No scores yet: there is no answer key. In the main window, switch on Review &gt; Annotate the Answer Key, tag the passages the way you want them tagged, then switch it off; every student is then scored against your key here.</source>
        <translation>Noch keine Punktwerte: Es gibt keine Musterlösung. Schalten Sie im Hauptfenster Auswertung &gt; Musterlösung markieren ein, ordnen Sie die Textstellen so zu, wie Sie es erwarten, und schalten Sie es wieder aus; dann wird hier jede/r Lernende an Ihrer Lösung gemessen.</translation>
    </message>
    <message>
        <source>Each row compares one student&apos;s highlights with the answer key (1.00 = the same as the key, 0.00 = nothing in common). P: how much of what the student marked is in the key. R: how much of the key the student found. F1: P and R together. Exact counts only the key&apos;s exact passages, Overlap any overlapping passage with the same tag, Chars character by character. Click a heading to sort; hover it for more.</source>
        <translation>Jede Zeile vergleicht die Markierungen einer Person mit der Musterlösung (1,00 = wie die Lösung, 0,00 = nichts gemeinsam). P: wie viel des Markierten in der Lösung steht. R: wie viel der Lösung gefunden wurde. F1: P und R zusammen. „Exakt“ zählt nur genau gleiche Stellen, „Überlappung“ jede überlappende Stelle mit derselben Kategorie, „Zeichen“ Zeichen für Zeichen. Spaltenkopf anklicken zum Sortieren; darüberfahren für mehr.</translation>
    </message>
    <message>
        <source>Scores against the answer key</source>
        <translation>Punktwerte gegenüber der Musterlösung</translation>
    </message>
    <message>
        <source>Only the all-tags rows</source>
        <translation>Nur Zeilen für alle Kategorien</translation>
    </message>
    <message>
        <source>One row per student and article: their highlights with every tag together, against the key</source>
        <translation>Eine Zeile pro Person und Artikel: alle Markierungen zusammen, gegenüber der Lösung</translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation>Punktwerte exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Student for the confusion matrix</source>
        <translation>Person für die Verwechslungsmatrix</translation>
    </message>
    <message>
        <source>Tag confusion: student against key</source>
        <translation>Kategorienverwechslung: Person gegenüber Lösung</translation>
    </message>
    <message>
        <source>Spans behind the chosen cell</source>
        <translation>Stellen hinter der gewählten Zelle</translation>
    </message>
    <message>
        <source>Click a cell to list the spans behind it.</source>
        <translation>Eine Zelle anklicken, um die Stellen dahinter aufzulisten.</translation>
    </message>
    <message>
        <source>In this article, the tags chosen by (rows) against the key&apos;s (columns):</source>
        <translation>In diesem Artikel die Kategorien von (Zeilen) gegenüber denen der Lösung (Spalten):</translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Student id</source>
        <translation>Personen-ID</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende/r</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation>Exakt P</translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation>Exakt R</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>Exakt F1</translation>
    </message>
    <message>
        <source>Overlap P</source>
        <translation>Überlappung P</translation>
    </message>
    <message>
        <source>Overlap R</source>
        <translation>Überlappung R</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>Überlappung F1</translation>
    </message>
    <message>
        <source>Chars P</source>
        <translation>Zeichen P</translation>
    </message>
    <message>
        <source>Chars R</source>
        <translation>Zeichen R</translation>
    </message>
    <message>
        <source>Chars F1</source>
        <translation>Zeichen F1</translation>
    </message>
    <message>
        <source>spans with exactly the key&apos;s start, end and tag</source>
        <translation>Stellen mit genau demselben Anfang, Ende und derselben Kategorie wie in der Lösung</translation>
    </message>
    <message>
        <source>spans overlapping a key span of the same tag (one-to-one)</source>
        <translation>Stellen, die eine Lösungsstelle derselben Kategorie überlappen (eins zu eins)</translation>
    </message>
    <message>
        <source>characters marked with the same tag as the key</source>
        <translation>Zeichen, die mit derselben Kategorie markiert sind wie in der Lösung</translation>
    </message>
    <message>
        <source>Precision: the share of what the student marked that matches the key</source>
        <translation>Präzision: der Anteil des Markierten, der zur Lösung passt</translation>
    </message>
    <message>
        <source>Recall: the share of the key that the student found</source>
        <translation>Trefferquote: der Anteil der Lösung, der gefunden wurde</translation>
    </message>
    <message>
        <source>F1: precision and recall together, high only when both are</source>
        <translation>F1: Präzision und Trefferquote zusammen, nur hoch, wenn beide hoch sind</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1, counting %2. 1.00 = the same as the key, 0.00 = nothing in common; – = nothing to count.</source>
        <translation>%1, gezählt: %2. 1,00 = wie die Lösung, 0,00 = nichts gemeinsam; – = nichts zu zählen.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>Keep your work on your school&apos;s server, to go on from any computer</source>
        <translation>Deine Arbeit auf dem Server deiner Schule aufbewahren, um an jedem Computer weiterzumachen</translation>
    </message>
    <message>
        <source>Connect to School Ser&amp;ver…</source>
        <translation>Mit dem &amp;Schulserver verbinden…</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s Data&amp;base</source>
        <translation>Datenbank dieses &amp;Computers verwenden</translation>
    </message>
    <message>
        <source>Work in the database on this computer again</source>
        <translation>Wieder in der Datenbank auf diesem Computer arbeiten</translation>
    </message>
    <message numerus="yes">
        <source>School server: {0}, %n change(s) kept aside</source>
        <translation>
            <numerusform>Schulserver: {0}, %n Änderung beiseitegelegt</numerusform>
            <numerusform>Schulserver: {0}, %n Änderungen beiseitegelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>These changes no longer fitted the work on the server (a passage was deleted or changed meanwhile). They are kept on this computer in {0}.</source>
        <translation>Diese Änderungen passten nicht mehr zur Arbeit auf dem Server (eine Stelle wurde inzwischen gelöscht oder geändert). Sie sind auf diesem Computer in {0} aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Offline, %n Änderung wartet</numerusform>
            <numerusform>Offline, %n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>The school server cannot be reached. Your work is kept on this computer and sent, in order, as soon as the server is back.</source>
        <translation>Der Schulserver ist nicht erreichbar. Deine Arbeit bleibt auf diesem Computer und wird der Reihe nach gesendet, sobald der Server wieder da ist.</translation>
    </message>
    <message>
        <source>✓ Kept offline</source>
        <translation>✓ Offline gesichert</translation>
    </message>
    <message>
        <source>School server: {0}</source>
        <translation>Schulserver: {0}</translation>
    </message>
    <message>
        <source>Your work from while the server was away has been sent. The exercise had changed meanwhile:</source>
        <translation>Deine Arbeit aus der Zeit ohne Server wurde gesendet. Die Übung hatte sich inzwischen geändert:</translation>
    </message>
    <message>
        <source>Changes Sent</source>
        <translation>Änderungen gesendet</translation>
    </message>
</context>
<context>
    <name>ServerFeedback</name>
    <message>
        <source>&amp;Withdraw Released Feedback…</source>
        <translation>Freigegebene Rückmeldung &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Take back the feedback released to the students on the school server</source>
        <translation>Die auf dem Schulserver für die Lernenden freigegebene Rückmeldung zurücknehmen</translation>
    </message>
    <message>
        <source>Show the feedback your teacher released, or open a feedback file</source>
        <translation>Die von deiner Lehrkraft freigegebene Rückmeldung zeigen oder eine Rückmeldedatei öffnen</translation>
    </message>
    <message>
        <source>Withdraw Released Feedback</source>
        <translation>Freigegebene Rückmeldung zurückziehen</translation>
    </message>
    <message numerus="yes">
        <source>Take back the feedback on “%1” from %n student(s)? They no longer see it in the app until you release it again.</source>
        <translation>
            <numerusform>Die Rückmeldung zu „%1“ von %n Person zurückziehen? Sie sieht sie in der App nicht mehr, bis Sie sie erneut freigeben.</numerusform>
            <numerusform>Die Rückmeldung zu „%1“ von %n Lernenden zurückziehen? Sie sehen sie in der App nicht mehr, bis Sie sie erneut freigeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Rückmeldung öffnen</translation>
    </message>
    <message>
        <source>Open a File…</source>
        <translation>Eine Datei öffnen…</translation>
    </message>
    <message>
        <source>Nothing is released on this exercise yet.</source>
        <translation>Zu dieser Übung ist noch nichts freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Released to %n student(s) on %1; releasing again replaces it.</source>
        <translation>
            <numerusform>Am %1 für %n Person freigegeben; erneutes Freigeben ersetzt es.</numerusform>
            <numerusform>Am %1 für %n Lernende freigegeben; erneutes Freigeben ersetzt es.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return Feedback</source>
        <translation>Rückmeldung zurückgeben</translation>
    </message>
    <message>
        <source>Nobody has handed in this exercise yet: feedback goes only to students who handed in.</source>
        <translation>Noch niemand hat diese Übung abgegeben: Rückmeldungen gehen nur an Lernende, die abgegeben haben.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback released to %n student(s) on the school server.</source>
        <translation>
            <numerusform>Rückmeldung für %n Person auf dem Schulserver freigegeben.</numerusform>
            <numerusform>Rückmeldung für %n Lernende auf dem Schulserver freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them it replaces the feedback released before.</source>
        <translation>
            <numerusform>Bei %n davon ersetzt sie die zuvor freigegebene Rückmeldung.</numerusform>
            <numerusform>Bei %n davon ersetzt sie die zuvor freigegebene Rückmeldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each student sees only their own feedback, in the app, after they handed in.</source>
        <translation>Alle Lernenden sehen nach der Abgabe nur ihre eigene Rückmeldung, in der App.</translation>
    </message>
    <message>
        <source>No feedback is released on this exercise.</source>
        <translation>Zu dieser Übung ist keine Rückmeldung freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback withdrawn from %n student(s).</source>
        <translation>
            <numerusform>Rückmeldung von %n Person zurückgezogen.</numerusform>
            <numerusform>Rückmeldung von %n Lernenden zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your teacher took back the feedback on this exercise for now.</source>
        <translation>Deine Lehrkraft hat die Rückmeldung zu dieser Übung vorerst zurückgenommen.</translation>
    </message>
    <message>
        <source>Feedback from your teacher is here: see the Feedback view beside the text.</source>
        <translation>Die Rückmeldung deiner Lehrkraft ist da: siehe die Ansicht „Rückmeldung“ neben dem Text.</translation>
    </message>
    <message>
        <source>The school server cannot be reached just now, so released feedback cannot be shown. Your work is safe; try again later.</source>
        <translation>Der Schulserver ist gerade nicht erreichbar, daher kann freigegebene Rückmeldung nicht gezeigt werden. Deine Arbeit ist sicher; versuche es später noch einmal.</translation>
    </message>
    <message>
        <source>Feedback on “%1” opens after you hand in (File &gt; Hand In…). Your teacher then releases it, and it appears here by itself.</source>
        <translation>Die Rückmeldung zu „%1“ öffnet sich, nachdem du abgegeben hast (Datei &gt; Abgeben…). Deine Lehrkraft gibt sie dann frei, und sie erscheint hier von selbst.</translation>
    </message>
    <message>
        <source>Your teacher has not released feedback on “%1” yet. It appears here by itself once they do; you need no file.</source>
        <translation>Deine Lehrkraft hat die Rückmeldung zu „%1“ noch nicht freigegeben. Sie erscheint hier von selbst, sobald das geschieht; du brauchst keine Datei.</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>a school server is a postgresql:// URL</source>
        <translation>ein Schulserver ist eine postgresql://-URL</translation>
    </message>
    <message>
        <source>no class called {name}: add it with &apos;annotator server add-class&apos;</source>
        <translation>keine Klasse namens {name}: legen Sie sie mit &apos;annotator server add-class&apos; an</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>keine Übung mit der ID {id}</translation>
    </message>
    <message>
        <source>an answer key is not a person and gets no login</source>
        <translation>eine Musterlösung ist keine Person und bekommt keinen Anmeldenamen</translation>
    </message>
    <message>
        <source>a login is 2-63 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>ein Anmeldename besteht aus 2 bis 63 Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnt mit einem Buchstaben</translation>
    </message>
    <message>
        <source>the login {login} is already taken on this server</source>
        <translation>der Anmeldename {login} ist auf diesem Server schon vergeben</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (save the class list as CSV UTF-8)</source>
        <translation>kein UTF-8-Text (speichern Sie die Klassenliste als CSV UTF-8)</translation>
    </message>
    <message>
        <source>the class list is empty</source>
        <translation>die Klassenliste ist leer</translation>
    </message>
    <message>
        <source>the first row must name the columns (name, login)</source>
        <translation>die erste Zeile muss die Spalten benennen (name, login)</translation>
    </message>
    <message>
        <source>row {row} has no name</source>
        <translation>Zeile {row} hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Befehle und ihre Tasten</translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message numerus="yes">
        <source>span {start}-{end} of {name} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>der Abschnitt {start}-{end} von {name} liegt außerhalb eines Textes von %n Zeichen</numerusform>
            <numerusform>der Abschnitt {start}-{end} von {name} liegt außerhalb eines Textes von %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>span {start}-{end} of {name} has unknown tag {tag}</source>
        <translation>der Abschnitt {start}-{end} von {name} hat die unbekannte Kategorie {tag}</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>der Abschnitt {start}-{end} liegt außerhalb eines Textes von %n Zeichen</numerusform>
            <numerusform>der Abschnitt {start}-{end} liegt außerhalb eines Textes von %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>StartText</name>
    <message>
        <source>The database {path} cannot be written to: {reason}. It was opened read-only: you can read your work, export it and hand it in, but changes cannot be saved until that is fixed and the app restarted.</source>
        <translation>In die Datenbank {path} kann nicht geschrieben werden: {reason}. Sie wurde schreibgeschützt geöffnet: Sie können Ihre Arbeit lesen, exportieren und abgeben, aber Änderungen können erst gespeichert werden, wenn das behoben und die App neu gestartet ist.</translation>
    </message>
    <message>
        <source>Source Annotator did not close properly last time. The database was checked and is fine; nothing was lost that had been saved.</source>
        <translation>Source Annotator wurde beim letzten Mal nicht ordnungsgemäß beendet. Die Datenbank wurde geprüft und ist in Ordnung; nichts Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>A backup could not be made: {reason}</source>
        <translation>Es konnte keine Sicherung angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation>in ihren Ordner kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>cannot be opened: {reason}, and there is no database yet</source>
        <translation>kann nicht geöffnet werden: {reason}, und es gibt noch keine Datenbank</translation>
    </message>
    <message>
        <source>cannot be opened: {reason}, and the database needs to be upgraded first</source>
        <translation>kann nicht geöffnet werden: {reason}, und die Datenbank muss zuerst aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>No need to save: every change is saved at once. To give your work to your teacher: File &gt; Hand In…</source>
        <translation>Speichern ist nicht nötig: Jede Änderung wird sofort gespeichert. Um deine Arbeit deiner Lehrkraft zu geben: Datei &gt; Abgeben…</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1–%2 or click a tag above</source>
        <translation>So geht’s: Textstelle auswählen, dann %1–%2 drücken oder oben eine Kategorie anklicken</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1 or click a tag above</source>
        <translation>So geht’s: Textstelle auswählen, dann %1 drücken oder oben eine Kategorie anklicken</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then click a tag above</source>
        <translation>So geht’s: Textstelle auswählen, dann oben eine Kategorie anklicken</translation>
    </message>
    <message>
        <source>Annotation counts</source>
        <translation>Anzahl der Markierungen</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Alles gespeichert</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>There is no Save button: every change is stored the moment you make it.</source>
        <translation>Es gibt keinen Speichern-Knopf: Jede Änderung wird gespeichert, sobald du sie machst.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 by you in this exercise</source>
        <translation>%1 und %2 von dir in dieser Übung</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Saved just now</source>
        <translation>✓ Gerade gespeichert</translation>
    </message>
    <message>
        <source>Last change stored at %1. There is no Save button: every change is stored the moment you make it.</source>
        <translation>Letzte Änderung gespeichert um %1. Es gibt keinen Speichern-Knopf: Jede Änderung wird gespeichert, sobald du sie machst.</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ Gespeichert %1</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>could not write to the disk ({reason})</source>
        <translation>konnte nicht auf die Festplatte schreiben ({reason})</translation>
    </message>
    <message>
        <source>not a readable database ({reason})</source>
        <translation>keine lesbare Datenbank ({reason})</translation>
    </message>
    <message>
        <source>the database is damaged ({reason})</source>
        <translation>die Datenbank ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>could not read the database ({reason})</source>
        <translation>konnte die Datenbank nicht lesen ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>upgrading left %n broken reference(s) (first in table {table}); nothing was changed</source>
        <translation>
            <numerusform>die Aktualisierung hinterließ %n fehlerhaften Verweis (zuerst in Tabelle {table}); nichts wurde geändert</numerusform>
            <numerusform>die Aktualisierung hinterließ %n fehlerhafte Verweise (zuerst in Tabelle {table}); nichts wurde geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the database failed, nothing was changed ({reason})</source>
        <translation>die Aktualisierung der Datenbank ist fehlgeschlagen, nichts wurde geändert ({reason})</translation>
    </message>
    <message>
        <source>could not open the database ({reason})</source>
        <translation>konnte die Datenbank nicht öffnen ({reason})</translation>
    </message>
    <message>
        <source>the database is damaged (unreadable text)</source>
        <translation>die Datenbank ist beschädigt (unlesbarer Text)</translation>
    </message>
    <message>
        <source>not a Source Annotator database</source>
        <translation>keine Datenbank von Source Annotator</translation>
    </message>
    <message>
        <source>made by a newer version of Source Annotator (schema {revision}); update the app to open it</source>
        <translation>von einer neueren Version von Source Annotator erstellt (Schema {revision}); aktualisieren Sie die App, um sie zu öffnen</translation>
    </message>
    <message>
        <source>the server&apos;s database has an older schema ({revision}, this app needs {head}); ask the administrator to run &apos;annotator server upgrade&apos;</source>
        <translation>die Datenbank des Servers hat ein älteres Schema ({revision}, diese App braucht {head}); bitten Sie die Administration, &apos;annotator server upgrade&apos; auszuführen</translation>
    </message>
    <message>
        <source>the database cannot be written to (read-only file or folder); your change was not saved</source>
        <translation>in die Datenbank kann nicht geschrieben werden (schreibgeschützte Datei oder Ordner); deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the disk is full; your change was not saved</source>
        <translation>die Festplatte ist voll; deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>another program is holding the database locked; your change was not saved</source>
        <translation>ein anderes Programm hält die Datenbank gesperrt; deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the database file is damaged ({reason})</source>
        <translation>die Datenbankdatei ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({reason}); your change was not saved</source>
        <translation>die Festplatte meldete beim Schreiben einen Fehler ({reason}); deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the database reported an error ({reason})</source>
        <translation>die Datenbank meldete einen Fehler ({reason})</translation>
    </message>
    <message>
        <source>the server does not allow this ({reason})</source>
        <translation>der Server erlaubt das nicht ({reason})</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user name or password?)</source>
        <translation>der Server hat die Anmeldung abgelehnt (falscher Benutzername oder falsches Passwort?)</translation>
    </message>
    <message>
        <source>the school server cannot be reached ({reason}); your change was not saved on the server</source>
        <translation>der Schulserver ist nicht erreichbar ({reason}); deine Änderung wurde nicht auf dem Server gespeichert</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; your change was not saved</source>
        <translation>die Festplatte des Servers ist voll; deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the server was busy; your change was not saved</source>
        <translation>der Server war ausgelastet; deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the backup copy failed its check ({result})</source>
        <translation>die Sicherungskopie hat ihre Prüfung nicht bestanden ({result})</translation>
    </message>
    <message>
        <source>could not write a backup into {folder} ({reason})</source>
        <translation>konnte keine Sicherung in {folder} schreiben ({reason})</translation>
    </message>
    <message>
        <source>The database {name} could not be read: {problem}. Your work may be in a backup; close the app and restart it to restore the newest good backup.</source>
        <translation>Die Datenbank {name} konnte nicht gelesen werden: {problem}. Deine Arbeit ist vielleicht in einer Sicherung; schließe die App und starte sie neu, um die neueste gute Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The database {name} passed the quick check: its structure is sound and every annotation, link and answer points to something that exists.</source>
        <translation>Die Datenbank {name} hat die Schnellprüfung bestanden: ihre Struktur ist in Ordnung, und jede Markierung, Verknüpfung und Antwort verweist auf etwas, das existiert.</translation>
    </message>
    <message>
        <source>The database {name} passed the full check: its structure is sound and every annotation, link and answer points to something that exists.</source>
        <translation>Die Datenbank {name} hat die vollständige Prüfung bestanden: ihre Struktur ist in Ordnung, und jede Markierung, Verknüpfung und Antwort verweist auf etwas, das existiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n structural problem(s)</source>
        <translation>
            <numerusform>%n Strukturfehler</numerusform>
            <numerusform>%n Strukturfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) pointing to something missing (in {tables})</source>
        <translation>
            <numerusform>%n Eintrag, der auf etwas Fehlendes verweist (in {tables})</numerusform>
            <numerusform>%n Einträge, die auf etwas Fehlendes verweisen (in {tables})</numerusform>
        </translation>
    </message>
    <message>
        <source>The database {name} has {problems}. Export your work now, then restart the app: a damaged database is set aside and the newest good backup is restored.</source>
        <translation>Die Datenbank {name} hat {problems}. Exportiere jetzt deine Arbeit und starte dann die App neu: eine beschädigte Datenbank wird beiseitegelegt und die neueste gute Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Datenbank: {name}</translation>
    </message>
    <message>
        <source>Check: quick</source>
        <translation>Prüfung: schnell</translation>
    </message>
    <message>
        <source>Check: integrity</source>
        <translation>Prüfung: vollständig</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <source>{table} row {row} -&gt; missing {parent}</source>
        <translation>{table} Zeile {row} -&gt; {parent} fehlt</translation>
    </message>
    <message>
        <source>Result: ok</source>
        <translation>Ergebnis: in Ordnung</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the database structure is damaged</source>
        <translation>die Struktur der Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>the file is too short to be a database (%n byte(s))</source>
        <translation>
            <numerusform>die Datei ist zu kurz für eine Datenbank (%n Byte)</numerusform>
            <numerusform>die Datei ist zu kurz für eine Datenbank (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not start like a database (its beginning was overwritten)</source>
        <translation>die Datei beginnt nicht wie eine Datenbank (ihr Anfang wurde überschrieben)</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged (impossible page size)</source>
        <translation>der Kopf der Datei ist beschädigt (unmögliche Seitengröße)</translation>
    </message>
    <message>
        <source>the file was cut short (its length is not a whole number of pages)</source>
        <translation>die Datei wurde abgeschnitten (ihre Länge ist kein Vielfaches der Seitengröße)</translation>
    </message>
    <message numerus="yes">
        <source>the file was cut short ({there} of %n pages are there)</source>
        <translation>
            <numerusform>die Datei wurde abgeschnitten ({there} von %n Seite sind vorhanden)</numerusform>
            <numerusform>die Datei wurde abgeschnitten ({there} von %n Seiten sind vorhanden)</numerusform>
        </translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>Cloud-Speicher</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk and hand in or export copies.</source>
        <translation>{path} liegt auf einer Netzwerkfreigabe. SQLite kann eine Datenbank dort nicht sicher aufbewahren; lass sie auf der eigenen Festplatte dieses Computers und gib Kopien ab oder exportiere sie.</translation>
    </message>
    <message>
        <source>{path} is on a network drive. SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk and hand in or export copies.</source>
        <translation>{path} liegt auf einem Netzlaufwerk. SQLite kann eine Datenbank dort nicht sicher aufbewahren; lass sie auf der eigenen Festplatte dieses Computers und gib Kopien ab oder exportiere sie.</translation>
    </message>
    <message>
        <source>{path} is inside a {service} folder. A sync program can copy or replace the database halfway through a change; keep it outside synced folders and hand in or export copies instead.</source>
        <translation>{path} liegt in einem {service}-Ordner. Ein Synchronisierungsprogramm kann die Datenbank mitten in einer Änderung kopieren oder ersetzen; bewahre sie außerhalb synchronisierter Ordner auf und gib stattdessen Kopien ab oder exportiere sie.</translation>
    </message>
    <message>
        <source>{path} is on a network file system ({type} at {mount}). SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk.</source>
        <translation>{path} liegt auf einem Netzwerkdateisystem ({type} unter {mount}). SQLite kann eine Datenbank dort nicht sicher aufbewahren; lass sie auf der eigenen Festplatte dieses Computers.</translation>
    </message>
    <message>
        <source>cannot create the lock file {name} ({reason})</source>
        <translation>die Sperrdatei {name} kann nicht angelegt werden ({reason})</translation>
    </message>
    <message>
        <source>The database {name} is already open in another Source Annotator window. Switch to that window, or close it and try again.</source>
        <translation>Die Datenbank {name} ist bereits in einem anderen Source-Annotator-Fenster geöffnet. Wechsle zu diesem Fenster oder schließe es und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The database {name} had damaged indexes ({problem}). They were rebuilt from your data and nothing was lost. A copy of the file as it was is at {copy}.</source>
        <translation>Die Datenbank {name} hatte beschädigte Indizes ({problem}). Sie wurden aus deinen Daten neu aufgebaut, und nichts ging verloren. Eine Kopie der Datei im alten Zustand liegt unter {copy}.</translation>
    </message>
    <message>
        <source>The database {name} was being restored from a backup when the app was stopped; the restore has now been completed. The damaged copy is no longer there.</source>
        <translation>Die Datenbank {name} wurde gerade aus einer Sicherung wiederhergestellt, als die App beendet wurde; die Wiederherstellung ist jetzt abgeschlossen. Die beschädigte Kopie ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The database {name} was being restored from a backup when the app was stopped; the restore has now been completed. The damaged copy is {copy}.</source>
        <translation>Die Datenbank {name} wurde gerade aus einer Sicherung wiederhergestellt, als die App beendet wurde; die Wiederherstellung ist jetzt abgeschlossen. Die beschädigte Kopie ist {copy}.</translation>
    </message>
    <message>
        <source>The database {name} was damaged ({problem}). It was not changed: it was moved aside to {copy}.</source>
        <translation>Die Datenbank {name} war beschädigt ({problem}). Sie wurde nicht verändert: sie wurde nach {copy} beiseitegelegt.</translation>
    </message>
    <message>
        <source>The newest good backup, from {time}, was restored. Work done after that backup is only in the damaged copy; keep it and ask for help if you need it.</source>
        <translation>Die neueste gute Sicherung vom {time} wurde wiederhergestellt. Was nach dieser Sicherung gearbeitet wurde, steht nur in der beschädigten Kopie; bewahre sie auf und hol dir Hilfe, wenn du sie brauchst.</translation>
    </message>
    <message>
        <source>No usable backup was found, so a new, empty database was started.</source>
        <translation>Es wurde keine brauchbare Sicherung gefunden, daher wurde eine neue, leere Datenbank angelegt.</translation>
    </message>
    <message>
        <source>the database file is missing but its write-ahead log is there</source>
        <translation>die Datenbankdatei fehlt, aber ihr Write-Ahead-Log ist da</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>the check found: {problem}</source>
        <translation>die Prüfung fand: {problem}</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}); nothing was changed; start Source Annotator to set it aside and restore the newest good backup (from {time} UTC)</source>
        <translation>die Datenbank ist beschädigt ({problem}); nichts wurde geändert; starte Source Annotator, um sie beiseitezulegen und die neueste gute Sicherung (vom {time} UTC) wiederherzustellen</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}); nothing was changed; start Source Annotator to set it aside</source>
        <translation>die Datenbank ist beschädigt ({problem}); nichts wurde geändert; starte Source Annotator, um sie beiseitezulegen</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}) and could not be moved aside ({reason}); it was left as it is</source>
        <translation>die Datenbank ist beschädigt ({problem}) und konnte nicht beiseitegelegt werden ({reason}); sie wurde so gelassen, wie sie ist</translation>
    </message>
    <message>
        <source>A write-ahead log beside the database did not belong to it ({reason}); it was set aside as {name} and not used, so your database is exactly as it was when it was last closed.</source>
        <translation>Ein Write-Ahead-Log neben der Datenbank gehörte nicht zu ihr ({reason}); es wurde als {name} beiseitegelegt und nicht verwendet, deine Datenbank ist also genau so, wie sie beim letzten Schließen war.</translation>
    </message>
    <message>
        <source>its page size is {log}, the database&apos;s {database}</source>
        <translation>seine Seitengröße ist {log}, die der Datenbank {database}</translation>
    </message>
    <message>
        <source>replaying it would damage the database</source>
        <translation>es nachzuspielen würde die Datenbank beschädigen</translation>
    </message>
    <message numerus="yes">
        <source>after it, %n of the database&apos;s people or exercises would be gone</source>
        <translation>
            <numerusform>danach wäre %n der Personen oder Übungen der Datenbank verschwunden</numerusform>
            <numerusform>danach wären %n der Personen oder Übungen der Datenbank verschwunden</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>ihr Ordner ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>this package is revision {revision}, older than the revision {stored} you already have; nothing was changed</source>
        <translation>dieses Paket ist Version {revision}, älter als die bereits vorhandene Version {stored}; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>%1 panel</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tags</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Tags and legend</source>
        <translation>Kategorien und Legende</translation>
    </message>
    <message>
        <source>Tag the selection:</source>
        <translation>Auswahl zuordnen:</translation>
    </message>
    <message>
        <source>%1 (key %2): %3 so far</source>
        <translation>%1 (Taste %2): bisher %3</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: bisher %2</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Als %1 zuordnen</translation>
    </message>
    <message>
        <source>Key %1. %2 tagged so far. %3</source>
        <translation>Taste %1. Bisher %2 zugeordnet. %3</translation>
    </message>
</context>
<context>
    <name>TagSetEditor</name>
    <message>
        <source>Edit tags</source>
        <translation>Kategorien bearbeiten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>Kategorie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Tag set &amp;name:</source>
        <translation>&amp;Name des Kategoriensatzes:</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Keys are saved in exports; shortcuts are the keys students press to tag a selection.</source>
        <translation>Doppelklick auf eine Zelle bearbeitet sie. Schlüssel werden in Exporte geschrieben; Kürzel sind die Tasten, mit denen Lernende eine Auswahl zuordnen.</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <source>Colour of %1: %2</source>
        <translation>Farbe von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) use this tag set: changes apply to all of them.</source>
        <translation>
            <numerusform>%n Übung verwendet diesen Kategoriensatz: Änderungen gelten für sie.</numerusform>
            <numerusform>%n Übungen verwenden diesen Kategoriensatz: Änderungen gelten für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Bezeichnung ändern</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Change shortcut</source>
        <translation>Kürzel ändern</translation>
    </message>
    <message>
        <source>Change definition</source>
        <translation>Definition ändern</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>Neue Kategorie %1</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n annotation(s) and is the only tag; add another tag to merge them into first</source>
        <translation>
            <numerusform>%1 wird von %n Markierung verwendet und ist die einzige Kategorie; fügen Sie zuerst eine weitere Kategorie hinzu, um sie dorthin zu verschieben</numerusform>
            <numerusform>%1 wird von %n Markierungen verwendet und ist die einzige Kategorie; fügen Sie zuerst eine weitere Kategorie hinzu, um sie dorthin zu verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag %1? No annotation uses it.</source>
        <translation>Die Kategorie %1 löschen? Keine Markierung verwendet sie.</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Farbe der Kategorie</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Kategorie löschen</translation>
    </message>
</context>
<context>
    <name>TagSetText</name>
    <message numerus="yes">
        <source>%n annotation(s) use the tag {label}; choose a tag to merge them into</source>
        <translation>
            <numerusform>%n Markierung verwendet die Kategorie {label}; wählen Sie eine Kategorie, in die sie übernommen werden soll</numerusform>
            <numerusform>%n Markierungen verwenden die Kategorie {label}; wählen Sie eine Kategorie, in die sie übernommen werden sollen</numerusform>
        </translation>
    </message>
    <message>
        <source>a tag set needs a name</source>
        <translation>ein Kategoriensatz braucht einen Namen</translation>
    </message>
    <message>
        <source>a tag needs a label</source>
        <translation>eine Kategorie braucht eine Bezeichnung</translation>
    </message>
    <message>
        <source>a tag can only be merged into another tag of its set</source>
        <translation>eine Kategorie kann nur in eine andere Kategorie desselben Satzes übernommen werden</translation>
    </message>
    <message>
        <source>no tag set with id {id}</source>
        <translation>kein Kategoriensatz mit der ID {id}</translation>
    </message>
    <message>
        <source>no tag with id {id}</source>
        <translation>keine Kategorie mit der ID {id}</translation>
    </message>
    <message>
        <source>a tag key is 1 to 64 characters</source>
        <translation>ein Kategorie-Schlüssel hat 1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>another tag in this set already has the key {key}</source>
        <translation>eine andere Kategorie in diesem Satz hat bereits den Schlüssel {key}</translation>
    </message>
    <message>
        <source>{colour} is not a colour of the form #rrggbb</source>
        <translation>{colour} ist keine Farbe der Form #rrggbb</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Change annotation</source>
        <translation>Markierung ändern</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>Textstellen verknüpfen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Change link</source>
        <translation>Verknüpfung ändern</translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <source>the change “%1”</source>
        <translation>die Änderung „%1“</translation>
    </message>
</context>
<context>
    <name>UndoReveal</name>
    <message>
        <source> (in the {panel} panel)</source>
        <translation> (im Bereich {panel})</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Rückgängig gemacht: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Wiederholt: {change}</translation>
    </message>
</context>
<context>
    <name>WhichPersonDialog</name>
    <message>
        <source>Which of These Are You?</source>
        <translation>Wer von diesen bist du?</translation>
    </message>
    <message>
        <source>Which of these are you?</source>
        <translation>Wer von diesen bist du?</translation>
    </message>
    <message>
        <source>This database holds the work of more than one person. Choose your name to continue your work, or choose “I am someone else” to start with your own name.</source>
        <translation>Diese Datenbank enthält die Arbeit mehrerer Personen. Wähle deinen Namen, um weiterzuarbeiten, oder „Ich bin jemand anderes“, um mit deinem eigenen Namen zu beginnen.</translation>
    </message>
    <message>
        <source>People in this database</source>
        <translation>Personen in dieser Datenbank</translation>
    </message>
    <message>
        <source>I am someone else…</source>
        <translation>Ich bin jemand anderes…</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>Save a copy of the change</source>
        <translation>Eine Kopie der Änderung speichern</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>WriteFailureDialog</name>
    <message>
        <source>Your change was not saved</source>
        <translation>Deine Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>{change} could not be saved.</source>
        <translation>{change} konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The database file is damaged. Save a copy of the change to a file, then close and restart Source Annotator: the damaged file is set aside and the newest good backup restored.</source>
        <translation>Die Datenbankdatei ist beschädigt. Speichere eine Kopie der Änderung in einer Datei, schließe dann Source Annotator und starte es neu: Die beschädigte Datei wird beiseitegelegt und die neueste gute Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder, then try again; or save a copy of the change to a file so that it is not lost.</source>
        <translation>Gib Speicherplatz frei oder behebe das Problem mit dem Ordner und versuche es erneut; oder speichere eine Kopie der Änderung in einer Datei, damit sie nicht verloren geht.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Keep Unsaved</source>
        <translation>Ungespeichert lassen</translation>
    </message>
</context>
<context>
    <name>ZipText</name>
    <message>
        <source>member {name} has a backslash in its path; refused</source>
        <translation>der Bestandteil {name} hat einen Backslash im Pfad; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} has an absolute path; refused</source>
        <translation>der Bestandteil {name} hat einen absoluten Pfad; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} has an unsafe path; refused</source>
        <translation>der Bestandteil {name} hat einen unsicheren Pfad; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} has control characters in its name</source>
        <translation>der Bestandteil {name} hat Steuerzeichen im Namen</translation>
    </message>
    <message>
        <source>member {name} has a damaged header</source>
        <translation>der Bestandteil {name} hat einen beschädigten Kopf</translation>
    </message>
    <message>
        <source>member {name} overlaps another entry (a zip bomb?)</source>
        <translation>der Bestandteil {name} überlappt einen anderen Eintrag (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>member {name} overlaps the zip directory</source>
        <translation>der Bestandteil {name} überlappt das ZIP-Verzeichnis</translation>
    </message>
    <message>
        <source>member {name} unpacks to more than allowed; refused</source>
        <translation>der Bestandteil {name} wird beim Entpacken größer als erlaubt; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} does not match its header (forged or damaged)</source>
        <translation>der Bestandteil {name} passt nicht zu seinem Kopf (gefälscht oder beschädigt)</translation>
    </message>
    <message>
        <source>member {name} is damaged ({reason})</source>
        <translation>der Bestandteil {name} ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>member {name} unpacks to {size} bytes but its header says {declared} (forged sizes); refused</source>
        <translation>der Bestandteil {name} wird auf {size} Bytes entpackt, sein Kopf nennt aber {declared} (gefälschte Größen); abgelehnt</translation>
    </message>
    <message>
        <source>the archive has {entries} entries (at most {allowed}); refused</source>
        <translation>das Archiv hat {entries} Einträge (höchstens {allowed}); abgelehnt</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than allowed; refused</source>
        <translation>die Datei hat {size} Bytes, mehr als erlaubt; abgelehnt</translation>
    </message>
    <message>
        <source>the archive has 65535 or more entries; refused</source>
        <translation>das Archiv hat 65535 oder mehr Einträge; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} appears twice; refused</source>
        <translation>der Bestandteil {name} kommt zweimal vor; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} is a symbolic link; refused</source>
        <translation>der Bestandteil {name} ist ein symbolischer Link; abgelehnt</translation>
    </message>
    <message>
        <source>unexpected member {name}; refused</source>
        <translation>unerwarteter Bestandteil {name}; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} is encrypted; refused</source>
        <translation>der Bestandteil {name} ist verschlüsselt; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} would unpack to {size} bytes; refused</source>
        <translation>der Bestandteil {name} würde auf {size} Bytes entpackt; abgelehnt</translation>
    </message>
    <message>
        <source>member {name} is compressed {ratio} to 1 (a zip bomb?)</source>
        <translation>der Bestandteil {name} ist {ratio} zu 1 komprimiert (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>the archive would unpack to more than allowed</source>
        <translation>das Archiv würde beim Entpacken größer als erlaubt</translation>
    </message>
    <message>
        <source>member {name} is missing</source>
        <translation>der Bestandteil {name} fehlt</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>keine ZIP-Datei oder eine beschädigte</translation>
    </message>
    <message>
        <source>the archive is too large</source>
        <translation>das Archiv ist zu groß</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>die Datei kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) shown</source>
        <translation>
            <numerusform>%1 von %n Verknüpfung angezeigt</numerusform>
            <numerusform>%1 von %n Verknüpfungen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 von %n Markierung angezeigt</numerusform>
            <numerusform>%1 von %n Markierungen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n Datei: %1</numerusform>
            <numerusform>%n Dateien: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often, you tagged %1 where the key says %2 (%n time(s)).</source>
        <translation>
            <numerusform>Am häufigsten hast du %1 gewählt, wo die Musterlösung %2 sagt (%n-mal).</numerusform>
            <numerusform>Am häufigsten hast du %1 gewählt, wo die Musterlösung %2 sagt (%n-mal).</numerusform>
        </translation>
    </message>
</context>
</TS>
