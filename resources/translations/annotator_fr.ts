<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read news articles side by side, mark what is claim, evidence, speculation and opinion, link what two outlets say about the same facts, and compare how a class read them.</source>
        <translation>Lire des articles de presse côte à côte, repérer ce qui relève de l’affirmation, de la preuve, de la spéculation et de l’opinion, relier ce que deux médias disent des mêmes faits, et comparer la lecture de toute une classe.</translation>
    </message>
    <message>
        <source>Works offline: the app never connects to the network, and your work stays on this computer until you hand it in.</source>
        <translation>Fonctionne hors ligne : l’application ne se connecte jamais au réseau, et votre travail reste sur cet ordinateur jusqu’à ce que vous le rendiez.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alpha de Krippendorff</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa (pairs)</source>
        <translation>Kappa de Cohen moyen (paires)</translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation>Alpha d’unitisation (avancé)</translation>
    </message>
    <message>
        <source>How alike the students&apos; markups are (the answer key is not counted). Start with Krippendorff&apos;s alpha for all tags: 0.80 or more, the class marked the text in much the same way; below 0.67, differently enough to discuss. Kappa names its bands more gently, so the same number can read &apos;fair&apos; as kappa and &apos;low&apos; as alpha.</source>
        <translation>Dans quelle mesure les annotations des élèves se ressemblent (le corrigé n’est pas compté). Commencez par l’alpha de Krippendorff pour toutes les étiquettes : à partir de 0,80, la classe a annoté le texte à peu près de la même façon ; en dessous de 0,67, assez différemment pour en discuter. Le kappa nomme ses paliers plus indulgemment : un même nombre peut se lire « passable » en kappa et « faible » en alpha.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Agreement figures with their readings</source>
        <translation>Indices d’accord et leur interprétation</translation>
    </message>
    <message>
        <source>Pairwise matrix to show</source>
        <translation>Matrice par paires à afficher</translation>
    </message>
    <message>
        <source>Agreement heatmaps</source>
        <translation>Cartes de chaleur de l’accord</translation>
    </message>
    <message>
        <source>Pairwise:</source>
        <translation>Par paires :</translation>
    </message>
    <message>
        <source>Compute for Every Student</source>
        <translation>Calculer pour tous les élèves</translation>
    </message>
    <message>
        <source>Compute for the Selected Students</source>
        <translation>Calculer pour les élèves sélectionnés</translation>
    </message>
    <message>
        <source>Select students in the list on the left (Ctrl+click, Shift+click) first</source>
        <translation>Sélectionnez d’abord des élèves dans la liste de gauche (Ctrl+clic, Maj+clic)</translation>
    </message>
    <message>
        <source>The agreement figures are still being computed. The progress is shown at the foot of the window.</source>
        <translation>Les indices d’accord sont en cours de calcul. L’avancement s’affiche en bas de la fenêtre.</translation>
    </message>
    <message>
        <source>Agreement figures being computed</source>
        <translation>Indices d’accord en cours de calcul</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, all tags</source>
        <translation>Kappa de Cohen, toutes les étiquettes</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, %1 only</source>
        <translation>Kappa de Cohen, %1 seulement</translation>
    </message>
    <message>
        <source>Span F1, overlapping spans</source>
        <translation>F1 des passages, passages qui se chevauchent</translation>
    </message>
    <message>
        <source>Span F1, exact spans</source>
        <translation>F1 des passages, passages exacts</translation>
    </message>
    <message numerus="yes">
        <source>With %n students the student-by-student matrices are large (every pair of students), so they are not computed unless you ask. The figures on the left cover the whole class.</source>
        <translation>
            <numerusform>Avec %n élève, les matrices élève par élève sont grandes (chaque paire d’élèves) : elles ne sont calculées que sur demande. Les indicateurs de gauche portent sur toute la classe.</numerusform>
            <numerusform>Avec %n élèves, les matrices élève par élève sont grandes (chaque paire d’élèves) : elles ne sont calculées que sur demande. Les indicateurs de gauche portent sur toute la classe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cell: how much two students agree, character by character, beyond chance (1 = identical, 0 = as if by chance).</source>
        <translation>Chaque case : l’accord entre deux élèves, caractère par caractère, au-delà du hasard (1 = identique, 0 = comme par hasard).</translation>
    </message>
    <message>
        <source>Each cell: the share of spans the two students both marked with the same tag (1 = the same spans, 0 = nothing in common).</source>
        <translation>Chaque case : la part des passages que les deux élèves ont marqués avec la même étiquette (1 = les mêmes passages, 0 = rien en commun).</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>pas de note</translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>an annotation cannot be linked to itself</source>
        <translation>une annotation ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>a link joins two annotations by the same person</source>
        <translation>un lien relie deux annotations de la même personne</translation>
    </message>
    <message>
        <source>these two passages are already linked that way</source>
        <translation>ces deux passages sont déjà liés de cette façon</translation>
    </message>
    <message>
        <source>no link with id {id}</source>
        <translation>aucun lien avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>a rating runs from 1 to 5</source>
        <translation>une note va de 1 à 5</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>aucune annotation avec l’identifiant {id}</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>le passage {start}-{end} est en dehors de l’article (%n caractère)</numerusform>
            <numerusform>le passage {start}-{end} est en dehors de l’article (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>that tag does not belong to this exercise&apos;s tag set</source>
        <translation>cette étiquette n’appartient pas au jeu d’étiquettes de cet exercice</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>aucun article avec l’identifiant {id}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4).</source>
        <translation>Aucune annotation pour l’instant.
Sélectionnez un passage dans un article et appuyez sur une touche d’étiquette (1–4).</translation>
    </message>
    <message>
        <source>No annotations match the search and filters.</source>
        <translation>Aucune annotation ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4); the first time, the app asks for your name.</source>
        <translation>Aucune annotation pour l’instant.
Sélectionnez un passage dans un article et appuyez sur une touche d’étiquette (1–4) ; la première fois, l’application vous demande votre nom.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Search quotes and notes  (%1)</source>
        <translation>Rechercher citations et notes  (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Afficher l’étiquette</translation>
    </message>
    <message>
        <source>Show article</source>
        <translation>Afficher l’article</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Cannot delete annotation</source>
        <translation>Impossible de supprimer l’annotation</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Impossible de modifier la note</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>Afficher dans l’article</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
</context>
<context>
    <name>AnnotatorText</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nom ne peut pas être vide</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>no exercise has been set for your classes on the school server yet</source>
        <translation>aucun exercice n’a encore été donné à vos classes sur le serveur de l’école</translation>
    </message>
</context>
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage:</source>
        <translation>utilisation :</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s :</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>(default: %(default)s)</source>
        <translation>(par défaut : %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: erreur : %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s</source>
        <translation>%(prog)s: avertissement : %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>arguments obligatoires manquants : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>une valeur au plus est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>n&apos;accepte pas de valeur (%r)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r ; vouliez-vous dire %(closest)r ? (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>l&apos;option &apos;%(option)s&apos; est obsolète</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>l&apos;argument &apos;%(argument_name)s&apos; est obsolète</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>la commande &apos;%(parser_name)s&apos; est obsolète</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>%n valeur est attendue</numerusform>
            <numerusform>%n valeurs sont attendues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média :</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>en, de, fr…</source>
        <translation>fr, en, de…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Aut&amp;eur :</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>&amp;Coller un texte</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Nouvelle &amp;version…</translation>
    </message>
    <message>
        <source>Add a corrected text of this article as a new article after it; the old text stays until you remove it</source>
        <translation>Ajouter un texte corrigé de cet article comme nouvel article juste après ; l’ancien texte reste jusqu’à ce que vous le retiriez</translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation>%1 : cet exercice contient déjà un article avec exactement ce texte</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>cet article</translation>
    </message>
    <message>
        <source>Removing %1 deletes %2 when you press OK. Undo (Ctrl+Z) in the main window brings it back. Remove it?</source>
        <translation>Retirer %1 supprime %2 quand vous cliquez sur OK. Annuler (Ctrl+Z) dans la fenêtre principale le rétablit. Le retirer ?</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>%1  (new)</source>
        <translation>%1  (nouveau)</translation>
    </message>
    <message>
        <source>Add the articles students will compare.</source>
        <translation>Ajoutez les articles que les élèves vont comparer.</translation>
    </message>
    <message>
        <source>Its date is when the file was made, not necessarily when the article was published: check it.</source>
        <translation>Sa date est celle de création du fichier, pas forcément celle de publication de l’article : vérifiez-la.</translation>
    </message>
    <message>
        <source>New, %1 characters from %2. It is added when you press OK.</source>
        <translation>Nouveau, %1 caractères tirés de %2. Il sera ajouté quand vous cliquerez sur OK.</translation>
    </message>
    <message>
        <source>The text cannot be edited here, so students&apos; highlights never shift. To correct it, use New version… and then remove the old article if nobody needs it.</source>
        <translation>Le texte ne peut pas être modifié ici, afin que les surlignages des élèves ne se décalent jamais. Pour le corriger, utilisez Nouvelle version…, puis retirez l’ancien article si personne n’en a besoin.</translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation>Ajouter des articles</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article: %1</source>
        <translation>Article : %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texte de %1</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>l’article</translation>
    </message>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them. Alt+Down and Alt+Up select the next and previous tagged passage; F1 lists every key.</source>
        <translation>Sélectionnez des mots avec Maj et les flèches, puis appuyez sur 1 à 4 pour les étiqueter. Alt+Bas et Alt+Haut sélectionnent le passage étiqueté suivant et précédent ; F1 liste toutes les touches.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation>Média, auteur et date non indiqués</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>the text is not valid {encoding} despite its marker</source>
        <translation>le texte n&apos;est pas du {encoding} valide malgré son marqueur</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>c&apos;est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>this is a binary file or its text encoding is unknown</source>
        <translation>c&apos;est un fichier binaire ou son encodage est inconnu</translation>
    </message>
    <message>
        <source>this is a binary file, not a web page</source>
        <translation>c&apos;est un fichier binaire, pas une page web</translation>
    </message>
    <message>
        <source>this web page could not be read (no HTML found)</source>
        <translation>cette page web n&apos;a pas pu être lue (aucun HTML trouvé)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the file is {size} MB; articles are limited to 20 MB</source>
        <translation>le fichier fait {size} Mo ; les articles sont limités à 20 Mo</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>the file grew past 20 MB while it was being read</source>
        <translation>le fichier a dépassé 20 Mo pendant sa lecture</translation>
    </message>
    <message>
        <source>this kind of file cannot be imported (use {known})</source>
        <translation>ce type de fichier ne peut pas être importé (utilisez {known})</translation>
    </message>
    <message>
        <source>this file could not be read ({reason}); is it damaged?</source>
        <translation>ce fichier n&apos;a pas pu être lu ({reason}) ; est-il endommagé ?</translation>
    </message>
    <message>
        <source>no article text was found in this file</source>
        <translation>aucun texte d&apos;article n&apos;a été trouvé dans ce fichier</translation>
    </message>
    <message>
        <source>the text is longer than the 20 MB limit</source>
        <translation>le texte dépasse la limite de 20 Mo</translation>
    </message>
    <message>
        <source>there is no text to import</source>
        <translation>il n&apos;y a pas de texte à importer</translation>
    </message>
    <message>
        <source>this {kind} is damaged (not a readable zip)</source>
        <translation>ce {kind} est endommagé (pas un zip lisible)</translation>
    </message>
    <message>
        <source>this {kind} unpacks to more than 200 MB; refused</source>
        <translation>ce {kind} dépasse 200 Mo une fois décompressé ; refusé</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>document Word</translation>
    </message>
    <message>
        <source>this Word document is damaged and cannot be read</source>
        <translation>ce document Word est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>texte OpenDocument</translation>
    </message>
    <message>
        <source>this is not an OpenDocument text file</source>
        <translation>ce n&apos;est pas un fichier texte OpenDocument</translation>
    </message>
    <message>
        <source>this OpenDocument file is damaged and cannot be read</source>
        <translation>ce fichier OpenDocument est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>this PDF is password-protected; save an unlocked copy</source>
        <translation>ce PDF est protégé par un mot de passe ; enregistrez une copie déverrouillée</translation>
    </message>
    <message>
        <source>this PDF is encrypted; save an unlocked copy</source>
        <translation>ce PDF est chiffré ; enregistrez une copie déverrouillée</translation>
    </message>
    <message>
        <source>this PDF is damaged and cannot be read</source>
        <translation>ce PDF est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>this PDF is damaged or has no pages</source>
        <translation>ce PDF est endommagé ou n&apos;a aucune page</translation>
    </message>
    <message>
        <source>this is not a PDF file (damaged?)</source>
        <translation>ce n&apos;est pas un fichier PDF (endommagé ?)</translation>
    </message>
    <message>
        <source>this PDF has no text layer (a scanned image?)</source>
        <translation>ce PDF n&apos;a pas de couche de texte (une image numérisée ?)</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Modifier les é&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>&amp;Importer un article…</translation>
    </message>
    <message>
        <source>Edit Exer&amp;cise…</source>
        <translation>&amp;Modifier l’exercice…</translation>
    </message>
    <message>
        <source>Paste &amp;Article</source>
        <translation>&amp;Coller un article</translation>
    </message>
    <message>
        <source>Open Exercise &amp;Package…</source>
        <translation>Ouvrir un &amp;paquet d’exercice…</translation>
    </message>
    <message>
        <source>E&amp;xport Exercise Package…</source>
        <translation>E&amp;xporter le paquet d’exercice…</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Modifier l’exercice</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée ; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>Coller un article</translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation>%1 : cet exercice contient déjà un article avec exactement ce texte</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Importer %n article</numerusform>
            <numerusform>Importer %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n article ajouté.</numerusform>
            <numerusform>%n articles ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exercise package</source>
        <translation>Ouvrir un paquet d’exercice</translation>
    </message>
    <message>
        <source>Opened the new exercise %1.</source>
        <translation>Le nouvel exercice %1 est ouvert.</translation>
    </message>
    <message>
        <source>Updated %1 to revision %2.</source>
        <translation>%1 mis à jour vers la révision %2.</translation>
    </message>
    <message>
        <source>%1 was already up to date.</source>
        <translation>%1 était déjà à jour.</translation>
    </message>
    <message>
        <source>Export exercise package</source>
        <translation>Exporter le paquet d’exercice</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added; nothing was taken from them:</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être ajouté ; rien n’en a été repris :</numerusform>
            <numerusform>%n fichiers n’ont pas pu être ajoutés ; rien n’en a été repris :</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>Articles (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exercise packages (*%1)</source>
        <translation>Paquets d’exercice (*%1)</translation>
    </message>
</context>
<context>
    <name>AuthoringUndo</name>
    <message>
        <source>Add tag %1</source>
        <translation>Ajouter l’étiquette %1</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>Modifier l’étiquette</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Déplacer l’étiquette</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Delete %1 (merged)</source>
        <translation>Supprimer %1 (fusionnée)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Rename tag set</source>
        <translation>Renommer le jeu d’étiquettes</translation>
    </message>
    <message>
        <source>Change exercise details</source>
        <translation>Modifier les informations de l’exercice</translation>
    </message>
    <message>
        <source>Add article %1</source>
        <translation>Ajouter l’article %1</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Retirer l’article</translation>
    </message>
    <message>
        <source>Reorder articles</source>
        <translation>Réordonner les articles</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>Réordonner les questions</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Modifier les informations de l’article</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Modifier l’exercice</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The full check of your database found damage. Export or hand in your work now, then close and restart Source Annotator: it will set the damaged file aside and restore the newest good backup.</source>
        <translation>La vérification complète de votre base de données a trouvé des dommages. Exportez ou rendez votre travail maintenant, puis fermez et redémarrez Source Annotator : il mettra le fichier endommagé de côté et restaurera la sauvegarde valide la plus récente.</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>Progress of the class review</source>
        <translation>Avancement du bilan de la classe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compute Again</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Lecture de la classe</translation>
    </message>
    <message>
        <source>Untick students in the list to compute fewer, or compute again.</source>
        <translation>Décochez des élèves dans la liste pour en calculer moins, ou recalculez.</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Tags per student: %1</source>
        <translation>Étiquettes par élève : %1</translation>
    </message>
    <message>
        <source>untitled article</source>
        <translation>article sans titre</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Nombre de passages surlignés</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Tag distribution per article (all shown students)</source>
        <translation>Répartition des étiquettes par article (tous les élèves affichés)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check Database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>{app}: read news articles side by side and tag what they claim.</source>
        <translation>{app} : lire des articles de presse côte à côte et étiqueter ce qu&apos;ils affirment.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: the user data folder; the ANNOTATOR_DB environment variable also sets it)</source>
        <translation>fichier de base de données ou URL SQLAlchemy (par défaut : le dossier de données de l&apos;utilisateur ; la variable d&apos;environnement ANNOTATOR_DB la définit aussi)</translation>
    </message>
    <message>
        <source>open this exercise in the window</source>
        <translation>ouvrir cet exercice dans la fenêtre</translation>
    </message>
    <message>
        <source>check the installation in a temporary database (offscreen), print ok, exit</source>
        <translation>vérifier l&apos;installation dans une base temporaire (hors écran), afficher ok, quitter</translation>
    </message>
    <message>
        <source>list the exercises in the database</source>
        <translation>lister les exercices de la base de données</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>afficher du JSON pour les scripts</translation>
    </message>
    <message>
        <source>list annotations of an exercise</source>
        <translation>lister les annotations d&apos;un exercice</translation>
    </message>
    <message>
        <source>only this annotator&apos;s annotations</source>
        <translation>seulement les annotations de cette personne</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), revision {revision}</source>
        <translation>
            <numerusform>%n article, version {revision}</numerusform>
            <numerusform>%n articles, version {revision}</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <source>{word!r} is neither a command nor a file; did you mean {command!r}?</source>
        <translation>{word!r} n’est ni une commande ni un fichier ; vouliez-vous dire {command!r} ?</translation>
    </message>
    <message>
        <source>{word!r} is neither a command nor a file (see annotator --help)</source>
        <translation>{word!r} n’est ni une commande ni un fichier (voir annotator --help)</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); nothing was changed</source>
        <translation>ne peut pas être écrit ({reason}) ; rien n&apos;a été modifié</translation>
    </message>
    <message numerus="yes">
        <source>%n annotators are called {name}; give the id instead</source>
        <translation>
            <numerusform>%n personne s&apos;appelle {name} ; donnez plutôt l&apos;identifiant</numerusform>
            <numerusform>%n personnes s&apos;appellent {name} ; donnez plutôt l&apos;identifiant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start} is the start of %n annotator ids; give more of it</source>
        <translation>
            <numerusform>{start} est le début de %n identifiant ; donnez-en davantage</numerusform>
            <numerusform>{start} est le début de %n identifiants ; donnez-en davantage</numerusform>
        </translation>
    </message>
    <message>
        <source>no annotator with id or name {name}</source>
        <translation>aucune personne avec l&apos;identifiant ou le nom {name}</translation>
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
        <translation>code de sortie :
  0  chaque fichier a été importé
  1  certains fichiers ont été refusés (endommagés, un autre exercice, plus anciens que
     le rendu enregistré) ou étaient des doublons (les mêmes surlignages que le fichier
     d&apos;un autre élève : chacun nomme les autres, et aucun n&apos;est importé ; importez seul
     celui à garder) ; les autres ont été importés, chacun dans sa propre transaction
  2  mauvaise utilisation ou entrée : un chemin qui n&apos;existe pas, un dossier sans
     fichiers *.json, ou la base de données est ouverte dans Source Annotator (fermez-la)

exemples :
  annotator import hand-ins/                     # chaque fichier *.json du dossier
  annotator import ada.handin.json ben.handin.json --json
</translation>
    </message>
    <message>
        <source>write one student&apos;s work as a hand-in, W3C JSON-LD, CSV or HTML</source>
        <translation>écrire le travail d&apos;un élève comme rendu, W3C JSON-LD, CSV ou HTML</translation>
    </message>
    <message>
        <source>Write one student&apos;s work on one exercise to a file (atomically).</source>
        <translation>Écrire le travail d&apos;un élève sur un exercice dans un fichier (de façon atomique).</translation>
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
        <translation>parties (--include, séparées par des virgules ; par défaut toutes) :
  key       le corrigé, avec votre explication de chaque passage du corrigé
  class     la superposition de la classe : combien d&apos;élèves ont marqué chaque caractère
            avec chaque étiquette (omise quand moins de 3 élèves ont rendu, pour garder
            l&apos;anonymat des camarades)
  scores    les scores de l&apos;élève par rapport au corrigé : exact, chevauchement, F1 par
            caractère, confusions
  comments  votre commentaire à l&apos;élève et vos commentaires sur ses annotations

code de sortie :
  0  un fichier a été écrit (ou le retour publié) pour chaque élève ayant rendu son travail
  1  certains n&apos;ont pas pu l&apos;être (voir la colonne du problème)
  2  mauvaise utilisation ou entrée incorrecte

exemples :
  annotator feedback --exercise 7e0e --output returned/ --include key,scores
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --release
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --withdraw
</translation>
    </message>
    <message>
        <source>write a feedback file for every student who handed in</source>
        <translation>écrire un fichier de retour pour chaque élève ayant rendu</translation>
    </message>
    <message>
        <source>Write NAME.feedback.json for every student whose hand-in was imported: the answer key with explanations, the anonymised class overlay, the student&apos;s scores and your comments. Each file opens only for its student.</source>
        <translation>Écrire NOM.feedback.json pour chaque élève dont le rendu a été importé : le corrigé avec ses explications, la superposition anonymisée de la classe, les scores de l&apos;élève et vos commentaires. Chaque fichier ne s&apos;ouvre que pour son élève.</translation>
    </message>
    <message>
        <source>exercise id or an unambiguous prefix of it</source>
        <translation>identifiant de l&apos;exercice ou un début non ambigu de celui-ci</translation>
    </message>
    <message>
        <source>folder to write the files into</source>
        <translation>dossier où écrire les fichiers</translation>
    </message>
    <message>
        <source>on a school server (--db postgresql://...): release the feedback to the students there instead of writing files; again replaces it</source>
        <translation>sur un serveur de l&apos;établissement (--db postgresql://...) : publier le retour aux élèves sur le serveur au lieu d&apos;écrire des fichiers ; une nouvelle publication le remplace</translation>
    </message>
    <message>
        <source>on a school server: take back the feedback released on the exercise</source>
        <translation>sur un serveur de l&apos;établissement : retirer le retour publié pour l&apos;exercice</translation>
    </message>
    <message>
        <source>which parts to include (default: key,class,scores,comments)</source>
        <translation>parties à inclure (par défaut : key,class,scores,comments)</translation>
    </message>
    <message>
        <source>print one JSON object per student</source>
        <translation>afficher un objet JSON par élève</translation>
    </message>
    <message>
        <source>nobody has handed in this exercise yet: import hand-ins first</source>
        <translation>personne n&apos;a encore rendu cet exercice : importez d&apos;abord des rendus</translation>
    </message>
    <message>
        <source>not written: {problem}</source>
        <translation>non écrit : {problem}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message numerus="yes">
        <source>{written} of %n feedback file(s) written</source>
        <translation>
            <numerusform>{written} fichier de retour sur %n écrit</numerusform>
            <numerusform>{written} fichiers de retour sur %n écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>feedback withdrawn from %n student(s)</source>
        <translation>
            <numerusform>retour retiré à %n élève</numerusform>
            <numerusform>retour retiré à %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody has handed in this exercise yet</source>
        <translation>personne n&apos;a encore rendu cet exercice</translation>
    </message>
    <message>
        <source>released again</source>
        <translation>publié à nouveau</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>not released: {problem}</source>
        <translation>non publié : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>feedback released to {done} of %n student(s) on the server</source>
        <translation>
            <numerusform>retour publié sur le serveur pour {done} élève sur %n</numerusform>
            <numerusform>retour publié sur le serveur pour {done} élèves sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the student&apos;s id (or a prefix of it) or their exact display name</source>
        <translation>l&apos;identifiant de l&apos;élève (ou son début) ou son nom d&apos;affichage exact</translation>
    </message>
    <message>
        <source>file format (default: handin)</source>
        <translation>format de fichier (par défaut : handin)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>w3c: give every annotation its own @context, so each can be taken out of the collection alone</source>
        <translation>w3c : donner à chaque annotation son propre @context, pour pouvoir la sortir seule de la collection</translation>
    </message>
    <message>
        <source>import students&apos; hand-in files or folders of them</source>
        <translation>importer des fichiers rendus par les élèves ou des dossiers de ces fichiers</translation>
    </message>
    <message>
        <source>Import hand-in files; each file is checked and imported in its own transaction, and a summary line is printed per file.</source>
        <translation>Importer des fichiers rendus ; chaque fichier est vérifié et importé dans sa propre transaction, et une ligne de résumé est affichée par fichier.</translation>
    </message>
    <message>
        <source>print one JSON object per file</source>
        <translation>afficher un objet JSON par fichier</translation>
    </message>
    <message>
        <source>wrote {file} ({format}) for {name}</source>
        <translation>{file} ({format}) écrit pour {name}</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>no *.json hand-in files found</source>
        <translation>aucun fichier rendu *.json trouvé</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>student</source>
        <translation>élève</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>reanchored</source>
        <translation>réancrées</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orphelines</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n file(s) imported</source>
        <translation>
            <numerusform>{imported} fichier sur %n importé</numerusform>
            <numerusform>{imported} fichiers sur %n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported (see problem column)</source>
        <translation>
            <numerusform>; %n non importé (voir la colonne problème)</numerusform>
            <numerusform>; %n non importés (voir la colonne problème)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The imported files were for %n exercises: </source>
        <translation>
            <numerusform>Les fichiers importés concernaient %n exercice : </numerusform>
            <numerusform>Les fichiers importés concernaient %n exercices : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
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
        <translation>Chaque élève est désigné par son identifiant (ou un début non ambigu de celui-ci) ou
par son nom affiché exact. Les identifiants sont enregistrés dans la base de données, une
fois par élève et par plateforme, et utilisés par chaque export ultérieur
`annotator gradebook` de n&apos;importe quel exercice. Un identifiant vide en supprime un.

exemples :
  annotator gradebook-ids --platform moodle --set &quot;Ada Lovelace=ada@school.org&quot;
  annotator gradebook-ids --platform canvas --from-csv canvas-ids.csv
  annotator gradebook-ids --platform moodle --exercise 7e0e2d23   # lister, avec les manques
</translation>
    </message>
    <message>
        <source>write the class&apos;s work on an exercise as a REFI-QDA project</source>
        <translation>écrire le travail de la classe sur un exercice comme projet REFI-QDA</translation>
    </message>
    <message>
        <source>Write the exercise&apos;s articles, tag set and every student&apos;s (and the key&apos;s) annotations, notes and links as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo.</source>
        <translation>Écrire les articles de l&apos;exercice, le jeu d&apos;étiquettes et les annotations, notes et liens de chaque élève (et du corrigé) comme projet REFI-QDA (.qdpx) pour QualCoder, MAXQDA, ATLAS.ti ou NVivo.</translation>
    </message>
    <message>
        <source>import codes, selections and coders from REFI-QDA projects</source>
        <translation>importer les codes, les sélections et les codeurs de projets REFI-QDA</translation>
    </message>
    <message>
        <source>Import .qdpx files into an exercise, each in its own transaction. Each coder&apos;s earlier work on the exercise is replaced by what the file holds.</source>
        <translation>Importer des fichiers .qdpx dans un exercice, chacun dans sa propre transaction. Le travail antérieur de chaque codeur sur l&apos;exercice est remplacé par le contenu du fichier.</translation>
    </message>
    <message>
        <source>write the class&apos;s grades as a Moodle or Canvas import file</source>
        <translation>écrire les notes de la classe dans un fichier d&apos;import pour Moodle ou Canvas</translation>
    </message>
    <message>
        <source>Write each student&apos;s grade (mean F1 against the answer key, 0-100) as a CSV file for the gradebook import of Moodle or Canvas.</source>
        <translation>Écrire la note de chaque élève (F1 moyen par rapport au corrigé, de 0 à 100) dans un fichier CSV pour l&apos;import des notes de Moodle ou Canvas.</translation>
    </message>
    <message>
        <source>grade item (Moodle) or assignment (Canvas); default: the exercise</source>
        <translation>élément d&apos;évaluation (Moodle) ou devoir (Canvas) ; par défaut : l&apos;exercice</translation>
    </message>
    <message>
        <source>set or list the identifiers Moodle or Canvas know students by</source>
        <translation>définir ou lister les identifiants sous lesquels Moodle ou Canvas connaissent les élèves</translation>
    </message>
    <message>
        <source>a CSV file with two columns: student, identifier (a header row naming &apos;student&apos; is skipped)</source>
        <translation>un fichier CSV à deux colonnes : élève, identifiant (une ligne d&apos;en-tête nommant &apos;student&apos; est ignorée)</translation>
    </message>
    <message>
        <source>list only the students of this exercise (with the unmapped ones)</source>
        <translation>lister seulement les élèves de cet exercice (y compris ceux sans identifiant)</translation>
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
            <numerusform>%n codeur</numerusform>
            <numerusform>%n codeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n sélection</numerusform>
            <numerusform>%n sélections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {file} (qdpx): {counts}</source>
        <translation>{file} écrit (qdpx) : {counts}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message numerus="yes">
        <source>wrote {file} ({platform}): %n student(s)</source>
        <translation>
            <numerusform>{file} écrit ({platform}) : %n élève</numerusform>
            <numerusform>{file} écrit ({platform}) : %n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n student(s) have no {platform} identifier yet ({names}); set them with `annotator gradebook-ids`</source>
        <translation>
            <numerusform>avertissement : %n élève n&apos;a pas encore d&apos;identifiant {platform} ({names}) ; définissez-les avec `annotator gradebook-ids`</numerusform>
            <numerusform>avertissement : %n élèves n&apos;ont pas encore d&apos;identifiant {platform} ({names}) ; définissez-les avec `annotator gradebook-ids`</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>row {row} needs two columns: student, identifier</source>
        <translation>la ligne {row} doit avoir deux colonnes : élève, identifiant</translation>
    </message>
    <message>
        <source>write STUDENT=IDENTIFIER</source>
        <translation>écrivez ÉLÈVE=IDENTIFIANT</translation>
    </message>
    <message numerus="yes">
        <source>%n {platform} identifier(s) changed</source>
        <translation>
            <numerusform>%n identifiant {platform} modifié</numerusform>
            <numerusform>%n identifiants {platform} modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
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
        <translation>Les matrices élève par élève (kappa de Cohen par paires, F1 des passages)
croissent avec le carré de la taille de la classe ; au-delà de 200 élèves, elles sont
omises sauf si --pairwise ou --pairwise-students les demande. Chaque synthèse (alpha,
kappa, moyenne des kappas par paires) est toujours donnée.

exemples :
  annotator review --exercise 7e0e --json &gt; review.json
  annotator review --exercise 7e0e --json --only scores --indent 2
  annotator review --exercise 7e0e --json --only agreement --pairwise-students ada,ben
</translation>
    </message>
    <message>
        <source>unknown part {part} (choose from {parts})</source>
        <translation>partie inconnue {part} (choisissez parmi {parts})</translation>
    </message>
    <message>
        <source>the class review of an exercise: agreement, scores, contested passages</source>
        <translation>le bilan de classe d&apos;un exercice : accord, résultats, passages controversés</translation>
    </message>
    <message>
        <source>The class review of an exercise. With --json the figures are streamed out as compact JSON (one line) as they are computed; --indent makes it readable.</source>
        <translation>Le bilan de classe d’un exercice. Avec --json, les chiffres sont écrits en JSON compact (une ligne) au fur et à mesure du calcul ; --indent le rend lisible.</translation>
    </message>
    <message>
        <source>exercise id or a unique prefix of it</source>
        <translation>identifiant de l&apos;exercice ou un début non ambigu de celui-ci</translation>
    </message>
    <message>
        <source>only this article (id or a unique prefix)</source>
        <translation>seulement cet article (identifiant ou un début non ambigu)</translation>
    </message>
    <message>
        <source>name students Student 1..N</source>
        <translation>nommer les élèves Élève 1..N</translation>
    </message>
    <message>
        <source>indent the JSON by N spaces (default: compact)</source>
        <translation>indenter le JSON de N espaces (par défaut : compact)</translation>
    </message>
    <message>
        <source>only these parts, comma-separated: scores, agreement, contested, overlay (the overlay summary and the chart data)</source>
        <translation>seulement ces parties, séparées par des virgules : scores, agreement, contested, overlay (le résumé de la vue de classe et les données des graphiques)</translation>
    </message>
    <message>
        <source>include the student-by-student matrices whatever the class size (by default only up to 200 students)</source>
        <translation>inclure les matrices élève par élève quelle que soit la taille de la classe (par défaut, jusqu&apos;à 200 élèves seulement)</translation>
    </message>
    <message>
        <source>leave the student-by-student matrices out</source>
        <translation>omettre les matrices élève par élève</translation>
    </message>
    <message>
        <source>the matrices for these students only: ids, unique id prefixes or exact names, comma-separated</source>
        <translation>les matrices pour ces élèves seulement : identifiants, débuts d&apos;identifiant non ambigus ou noms exacts, séparés par des virgules</translation>
    </message>
    <message>
        <source>Review of {title}</source>
        <translation>Bilan de {title}</translation>
    </message>
    <message>
        <source>Handed in, nothing marked: {names}</source>
        <translation>Rendu, rien de marqué : {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: yes</source>
        <translation>
            <numerusform>%n élève ; corrigé : oui</numerusform>
            <numerusform>%n élèves ; corrigé : oui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: none</source>
        <translation>
            <numerusform>%n élève ; corrigé : aucun</numerusform>
            <numerusform>%n élèves ; corrigé : aucun</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing marked here: {names}</source>
        <translation>Rien de marqué ici : {names}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alpha de Krippendorff</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen moyen</translation>
    </message>
    <message>
        <source>{name}: {reading}</source>
        <translation>{name} : {reading}</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>Alpha d&apos;unitisation</translation>
    </message>
    <message>
        <source>Most contested:</source>
        <translation>Les plus controversés :</translation>
    </message>
    <message>
        <source>F1 against the key (overlap) {value}</source>
        <translation>F1 par rapport au corrigé (chevauchement) {value}</translation>
    </message>
    <message>
        <source>{name} is ambiguous</source>
        <translation>{name} est ambigu</translation>
    </message>
    <message>
        <source>{name} is not a student of this exercise</source>
        <translation>{name} n&apos;est pas un élève de cet exercice</translation>
    </message>
    <message>
        <source>exercise {id} has no article {article} (the prefix is ambiguous)</source>
        <translation>l&apos;exercice {id} n&apos;a pas d&apos;article {article} (le début est ambigu)</translation>
    </message>
    <message>
        <source>exercise {id} has no article {article}</source>
        <translation>l&apos;exercice {id} n&apos;a pas d&apos;article {article}</translation>
    </message>
    <message>
        <source>--indent goes with --json</source>
        <translation>--indent s&apos;utilise avec --json</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>exemples :</translation>
    </message>
    <message>
        <source>set up a school server (PostgreSQL): init, classes, accounts, upgrade</source>
        <translation>configurer un serveur de l&apos;établissement (PostgreSQL) : init, classes, comptes, mise à jour</translation>
    </message>
    <message>
        <source>Set up and maintain a school server; see docs/server.md.</source>
        <translation>Configurer et maintenir un serveur de l&apos;établissement ; voir docs/server.md.</translation>
    </message>
    <message>
        <source>the admin&apos;s postgresql:// URL</source>
        <translation>l&apos;URL postgresql:// de l&apos;administrateur</translation>
    </message>
    <message>
        <source>create the schema, roles and row-level security policies</source>
        <translation>créer le schéma, les rôles et les règles de sécurité au niveau des lignes</translation>
    </message>
    <message>
        <source>upgrade the server&apos;s schema to this version of the app</source>
        <translation>mettre à jour le schéma du serveur pour cette version de l&apos;application</translation>
    </message>
    <message>
        <source>create a class (and set exercises for it)</source>
        <translation>créer une classe (et lui attribuer des exercices)</translation>
    </message>
    <message>
        <source>an exercise the class works on (id or a unique prefix; repeatable)</source>
        <translation>un exercice sur lequel travaille la classe (identifiant ou début non ambigu ; répétable)</translation>
    </message>
    <message>
        <source>create student accounts and print their passwords</source>
        <translation>créer des comptes élèves et afficher leurs mots de passe</translation>
    </message>
    <message>
        <source>create instructor accounts and print their passwords</source>
        <translation>créer des comptes enseignants et afficher leurs mots de passe</translation>
    </message>
    <message>
        <source>the person&apos;s name as shown in the app</source>
        <translation>le nom de la personne tel qu&apos;il apparaît dans l&apos;application</translation>
    </message>
    <message>
        <source>a class list: a header row with name (and login) columns</source>
        <translation>une liste de classe : une ligne d&apos;en-tête avec les colonnes name (et login)</translation>
    </message>
    <message>
        <source>the login (default: made from the name)</source>
        <translation>l&apos;identifiant de connexion (par défaut : formé à partir du nom)</translation>
    </message>
    <message>
        <source>school database {name}: schema created</source>
        <translation>base de données de l&apos;établissement {name} : schéma créé</translation>
    </message>
    <message>
        <source>school database {name}: schema already there</source>
        <translation>base de données de l&apos;établissement {name} : schéma déjà présent</translation>
    </message>
    <message>
        <source>roles: {students} (students), {instructors} (instructors)</source>
        <translation>rôles : {students} (élèves), {instructors} (enseignants)</translation>
    </message>
    <message>
        <source>; created {roles}</source>
        <translation> ; créés : {roles}</translation>
    </message>
    <message>
        <source>row-level security: on (students see their classes&apos; exercises and their own work)</source>
        <translation>sécurité au niveau des lignes : activée (les élèves voient les exercices de leurs classes et leur propre travail)</translation>
    </message>
    <message>
        <source>next: annotator server add-class URL CLASS --exercise ID; then add-student</source>
        <translation>ensuite : annotator server add-class URL CLASSE --exercise ID ; puis add-student</translation>
    </message>
    <message>
        <source>hand out: File &gt; Connect to School Server, address {url}</source>
        <translation>à communiquer : Fichier &gt; Se connecter au serveur de l’établissement, adresse {url}</translation>
    </message>
    <message>
        <source>schema {new} (upgraded from {old}); policies re-applied</source>
        <translation>schéma {new} (mis à jour depuis {old}) ; règles réappliquées</translation>
    </message>
    <message>
        <source>schema {new} (already current); policies re-applied</source>
        <translation>schéma {new} (déjà à jour) ; règles réappliquées</translation>
    </message>
    <message>
        <source>a school server is a postgresql:// URL</source>
        <translation>un serveur de l&apos;établissement est une URL postgresql://</translation>
    </message>
    <message numerus="yes">
        <source>class {name}: %n exercise(s) set</source>
        <translation>
            <numerusform>classe {name} : %n exercice attribué</numerusform>
            <numerusform>classe {name} : %n exercices attribués</numerusform>
        </translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>classe {name}</translation>
    </message>
    <message>
        <source>--login goes with --name; a class list has a login column</source>
        <translation>--login s&apos;utilise avec --name ; une liste de classe a une colonne login</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created; hand each person their login and password (shown only now)</source>
        <translation>
            <numerusform>%n compte créé ; remettez à chaque personne son identifiant et son mot de passe (affichés seulement maintenant)</numerusform>
            <numerusform>%n comptes créés ; remettez à chaque personne son identifiant et son mot de passe (affichés seulement maintenant)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourText</name>
    <message>
        <source>{colour} is not a colour of the form #rrggbb</source>
        <translation>{colour} n’est pas une couleur de la forme #rrggbb</translation>
    </message>
    <message>
        <source>Shortcut {shortcut} is used by {labels}.</source>
        <translation>Le raccourci {shortcut} est utilisé par {labels}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{first} and {second} have colours that are hard to tell apart.</source>
        <translation>{first} et {second} ont des couleurs difficiles à distinguer.</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <source>Comment on the student&apos;s passage</source>
        <translation>Commentaire sur le passage de l’élève</translation>
    </message>
    <message>
        <source>Select one of the student&apos;s passages (a difference above, or click their text)</source>
        <translation>Sélectionnez un passage de l’élève (une différence ci-dessus, ou cliquez dans son texte)</translation>
    </message>
    <message>
        <source>Comment on the student&apos;s work</source>
        <translation>Commentaire sur le travail de l’élève</translation>
    </message>
    <message>
        <source>Save Comments</source>
        <translation>Enregistrer les commentaires</translation>
    </message>
    <message>
        <source>Kept in your database; sent with the student&apos;s feedback file</source>
        <translation>Conservé dans votre base de données ; envoyé avec le fichier de retour de l’élève</translation>
    </message>
    <message>
        <source>Comment to %1 on their work:</source>
        <translation>Commentaire à %1 sur son travail :</translation>
    </message>
    <message>
        <source>Choose a student on the right</source>
        <translation>Choisissez un élève à droite</translation>
    </message>
    <message>
        <source>Comment on a passage:</source>
        <translation>Commentaire sur un passage :</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Commentaire sur « %1 » :</translation>
    </message>
    <message>
        <source>Comments saved; they go out with Return Feedback.</source>
        <translation>Commentaires enregistrés ; ils partent avec Rendre les retours.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>missing (dashed)</source>
        <translation>manquant (tirets)</translation>
    </message>
    <message>
        <source>extra (dotted)</source>
        <translation>en trop (pointillé)</translation>
    </message>
    <message>
        <source>different tag (wavy)</source>
        <translation>autre étiquette (ondulé)</translation>
    </message>
    <message>
        <source>shifted boundaries (underline)</source>
        <translation>limites décalées (souligné)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>En trop</translation>
    </message>
    <message>
        <source>Different tag</source>
        <translation>Autre étiquette</translation>
    </message>
    <message>
        <source>Shifted boundaries</source>
        <translation>Limites décalées</translation>
    </message>
    <message>
        <source>Reference markup</source>
        <translation>Annotation de référence</translation>
    </message>
    <message>
        <source>Compared markup</source>
        <translation>Annotation comparée</translation>
    </message>
    <message>
        <source>Reference markup text</source>
        <translation>Texte de l’annotation de référence</translation>
    </message>
    <message>
        <source>Compared markup text</source>
        <translation>Texte de l’annotation comparée</translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>Marques : %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation>Comparé :</translation>
    </message>
    <message>
        <source>The same markup is chosen on both sides.</source>
        <translation>La même annotation est choisie des deux côtés.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation>
            <numerusform>%n différence : %1</numerusform>
            <numerusform>%n différences : %1</numerusform>
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
            <numerusform>Élève : %1, corrigé : %2 : %n passage. Cliquez pour l’afficher.</numerusform>
            <numerusform>Élève : %1, corrigé : %2 : %n passages. Cliquez pour les lister.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key:
%1</source>
        <translation>Corrigé :
%1</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Élève : %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to School Server</source>
        <translation>Se connecter au serveur de l’établissement</translation>
    </message>
    <message>
        <source>Your school&apos;s server keeps your work, so you can go on from any computer and your teacher sees it without a hand-in file. Your teacher or the school&apos;s IT gives you these details.</source>
        <translation>Le serveur de votre établissement conserve votre travail : vous pouvez continuer depuis n’importe quel ordinateur et votre enseignant le voit sans fichier rendu. Votre enseignant ou le service informatique vous donne ces informations.</translation>
    </message>
    <message>
        <source>server name, e.g. annotator.school.example</source>
        <translation>nom du serveur, p. ex. annotator.school.example</translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation>p. ex. lycee</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Source Annotator could not read or write its database, so your last change may not have been saved. Export or hand in your work now if you can, then restart the app: a damaged database is set aside and the newest good backup restored.</source>
        <translation>Source Annotator n’a pas pu lire ou écrire sa base de données : votre dernière modification n’a peut-être pas été enregistrée. Exportez ou rendez votre travail maintenant si possible, puis redémarrez l’application : une base endommagée est mise de côté et la sauvegarde valide la plus récente restaurée.</translation>
    </message>
    <message>
        <source>Something went wrong inside Source Annotator. Every change the app showed as saved is safe: each is saved the moment you make it. The last thing you did may not have finished; if something looks wrong, restart the app.</source>
        <translation>Un problème est survenu dans Source Annotator. Toute modification affichée comme enregistrée est en sécurité : chacune est enregistrée dès que vous la faites. Votre dernière action n’a peut-être pas abouti ; si quelque chose semble anormal, redémarrez l’application.</translation>
    </message>
    <message>
        <source>What happened: {what}
The details were written to {log}. If this happens again, use Copy details and send them to your teacher.</source>
        <translation>Ce qui s’est passé : {what}
Les détails ont été écrits dans {log}. Si cela se reproduit, utilisez Copier les détails et envoyez-les à votre enseignant.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>DraftListEditor</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Mov&amp;e up</source>
        <translation>Monter (&amp;H)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descendre (&amp;B)</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Enter your name to answer these questions: your answers are saved with your name. (Tagging a passage in an article asks for it too.)</source>
        <translation>Saisissez votre nom pour répondre à ces questions : vos réponses sont enregistrées avec votre nom. (Étiqueter un passage d’un article vous le demande aussi.)</translation>
    </message>
    <message>
        <source>This exercise has no source-evaluation questions.</source>
        <translation>Cet exercice n’a pas de questions d’évaluation des sources.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Source evaluation panel</source>
        <translation>Panneau d’évaluation des sources</translation>
    </message>
    <message>
        <source>Article to evaluate</source>
        <translation>Article à évaluer</translation>
    </message>
    <message>
        <source>Enter Your &amp;Name…</source>
        <translation>Saisir votre &amp;nom…</translation>
    </message>
    <message>
        <source>Enter your name</source>
        <translation>Saisir votre nom</translation>
    </message>
    <message>
        <source>Questions about the article</source>
        <translation>Questions sur l’article</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Article</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Cannot save the answer</source>
        <translation>Impossible d’enregistrer la réponse</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>Exporter un projet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Save the articles, tags and everyone&apos;s highlights for QualCoder, MAXQDA, ATLAS.ti or NVivo</source>
        <translation>Enregistrer les articles, les étiquettes et les surlignages de tous pour QualCoder, MAXQDA, ATLAS.ti ou NVivo</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project (.qdpx)…</source>
        <translation>Importer un projet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Bring in codes, coded passages and coders from a QDA tool&apos;s project</source>
        <translation>Reprendre les codes, les passages codés et les codeurs du projet d’un logiciel QDA</translation>
    </message>
    <message>
        <source>Student IDs for %1…</source>
        <translation>Identifiants des élèves pour %1…</translation>
    </message>
    <message>
        <source>Export Gradebook for %1 (CSV)…</source>
        <translation>Exporter le carnet de notes pour %1 (CSV)…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Share the class with QDA tools and learning platforms</source>
        <translation>Partager la classe avec des logiciels QDA et des plateformes d’apprentissage</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exporter un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Projet REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Could not export the project</source>
        <translation>Impossible d’exporter le projet</translation>
    </message>
    <message>
        <source>Project written to %1</source>
        <translation>Projet écrit dans %1</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Could not import the project</source>
        <translation>Impossible d’importer le projet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Export Gradebook for %1</source>
        <translation>Exporter le carnet de notes pour %1</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the gradebook</source>
        <translation>Impossible d’exporter le carnet de notes</translation>
    </message>
    <message>
        <source>Gradebook written to %1</source>
        <translation>Carnet de notes écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n student(s) without an identifier)</source>
        <translation>
            <numerusform>(%n élève sans identifiant)</numerusform>
            <numerusform>(%n élèves sans identifiant)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>A new copy of the default tags</source>
        <translation>Une nouvelle copie des étiquettes par défaut</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Modifier l’exercice</translation>
    </message>
    <message>
        <source>What students see above the articles</source>
        <translation>Ce que les élèves voient au-dessus des articles</translation>
    </message>
    <message>
        <source>What students should do, in a few sentences</source>
        <translation>Ce que les élèves doivent faire, en quelques phrases</translation>
    </message>
    <message>
        <source>Edit ta&amp;gs…</source>
        <translation>Mo&amp;difier les étiquettes…</translation>
    </message>
    <message>
        <source>Parts of the exercise</source>
        <translation>Parties de l’exercice</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>I&amp;nstructions:</source>
        <translation>Co&amp;nsignes :</translation>
    </message>
    <message>
        <source>Tag &amp;set:</source>
        <translation>&amp;Jeu d’étiquettes :</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Donnez un titre à l’exercice.</translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation>Ajoutez au moins un article.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, used by %3 exercises)</source>
        <translation>%1 (%2, utilisé par %3 exercices)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags for %1</source>
        <translation>Étiquettes pour %1</translation>
    </message>
    <message>
        <source>new exercise</source>
        <translation>nouvel exercice</translation>
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
    <name>ExercisePicker</name>
    <message>
        <source>Open exercise</source>
        <translation>Ouvrir un exercice</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Exercises in this database:</source>
        <translation>Exercices dans cette base de données :</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>an exercise needs a title</source>
        <translation>un exercice doit avoir un titre</translation>
    </message>
    <message>
        <source>Tags for {title}</source>
        <translation>Étiquettes pour {title}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>there is no article text to add</source>
        <translation>il n’y a aucun texte d’article à ajouter</translation>
    </message>
    <message>
        <source>the same text is already in this exercise</source>
        <translation>le même texte figure déjà dans cet exercice</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>cet article</translation>
    </message>
    <message>
        <source>these article fields cannot be edited: {fields}</source>
        <translation>ces champs de l’article ne peuvent pas être modifiés : {fields}</translation>
    </message>
    <message>
        <source>a question needs text</source>
        <translation>une question doit avoir un texte</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>cette question</translation>
    </message>
    <message>
        <source>the tag set cannot be switched: annotations use tags of the current set; edit the current tag set instead</source>
        <translation>impossible de changer de jeu d’étiquettes : des annotations utilisent les étiquettes du jeu actuel ; modifiez plutôt le jeu d’étiquettes actuel</translation>
    </message>
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
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{work} by {people}</source>
        <translation>{work} de {people}</translation>
    </message>
    <message>
        <source>removing {what} would delete {work}; confirm to remove it</source>
        <translation>supprimer {what} effacerait {work} ; confirmez la suppression</translation>
    </message>
    <message>
        <source>not opened, because no backup could be made first ({reason})</source>
        <translation>non ouvert, car aucune sauvegarde n’a pu être faite au préalable ({reason})</translation>
    </message>
    <message>
        <source>could not be saved ({reason})</source>
        <translation>n’a pas pu être enregistré ({reason})</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); nothing was changed</source>
        <translation>n’a pas pu être enregistré ({reason}) ; rien n’a été modifié</translation>
    </message>
    <message>
        <source>this exercise already has an article with exactly this text ({title})</source>
        <translation>cet exercice contient déjà un article avec exactement ce texte ({title})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message numerus="yes">
        <source>its text cannot be changed because %n annotation(s) or answer(s) point into it; add the new text as a new article instead</source>
        <translation>
            <numerusform>son texte ne peut pas être modifié, car %n annotation ou réponse y renvoie ; ajoutez plutôt le nouveau texte comme nouvel article</numerusform>
            <numerusform>son texte ne peut pas être modifié, car %n annotations ou réponses y renvoient ; ajoutez plutôt le nouveau texte comme nouvel article</numerusform>
        </translation>
    </message>
    <message>
        <source>an article cannot have empty text</source>
        <translation>un article ne peut pas avoir un texte vide</translation>
    </message>
    <message>
        <source>another article in this exercise already has exactly this text</source>
        <translation>un autre article de cet exercice a déjà exactement ce texte</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain Key Passage</source>
        <translation>Expliquer un passage du corrigé</translation>
    </message>
    <message>
        <source>Why does the key tag this passage this way? Students read this in their feedback, next to the passage.</source>
        <translation>Pourquoi le corrigé étiquette-t-il ce passage ainsi ? Les élèves lisent ceci dans leur retour, à côté du passage.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>&amp;Explanation for students:</source>
        <translation>&amp;Explication pour les élèves :</translation>
    </message>
</context>
<context>
    <name>FeedbackActions</name>
    <message>
        <source>Open Fee&amp;dback…</source>
        <translation>&amp;Lire un retour…</translation>
    </message>
    <message>
        <source>Open the feedback file your teacher returned</source>
        <translation>Ouvrir le fichier de retour rendu par votre enseignant</translation>
    </message>
    <message>
        <source>Return &amp;Feedback…</source>
        <translation>Rendre les re&amp;tours…</translation>
    </message>
    <message>
        <source>Write a feedback file for every student who handed in: the key, the class, their scores and your comments</source>
        <translation>Écrire un fichier de retour pour chaque élève ayant rendu son travail : le corrigé, la classe, ses scores et vos commentaires</translation>
    </message>
    <message>
        <source>E&amp;xplain Key Passage…</source>
        <translation>E&amp;xpliquer un passage du corrigé…</translation>
    </message>
    <message>
        <source>Write what students see with the selected key passage in their feedback</source>
        <translation>Écrire ce que les élèves verront avec le passage sélectionné du corrigé dans leur retour</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Ouvrir un retour</translation>
    </message>
    <message>
        <source>Feedback (*.feedback.json);;All files (*)</source>
        <translation>Retours (*.feedback.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Feedback opened: %1</source>
        <translation>Retour ouvert : %1</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Fee&amp;dback</source>
        <translation>&amp;Retours</translation>
    </message>
    <message>
        <source>Explain Key Passage</source>
        <translation>Expliquer un passage du corrigé</translation>
    </message>
    <message>
        <source>Switch on Review &gt; Annotate the Answer Key first: explanations belong to the key&apos;s passages.</source>
        <translation>Activez d’abord Bilan &gt; Annoter le corrigé : les explications se rattachent aux passages du corrigé.</translation>
    </message>
    <message>
        <source>Select a passage of the key first (click it, or Alt+Down).</source>
        <translation>Sélectionnez d’abord un passage du corrigé (cliquez dessus, ou Alt+Bas).</translation>
    </message>
    <message>
        <source>Explain passage</source>
        <translation>Expliquer le passage</translation>
    </message>
    <message>
        <source>Return Feedback</source>
        <translation>Rendre les retours</translation>
    </message>
    <message>
        <source>Nobody has handed in this exercise yet: import your students&apos; hand-ins first (File &gt; Import Hand-ins…).</source>
        <translation>Personne n’a encore rendu cet exercice : importez d’abord les travaux de vos élèves (Fichier &gt; Importer des travaux rendus…).</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback file(s) written to %1.</source>
        <translation>
            <numerusform>%n fichier de retour écrit dans %1.</numerusform>
            <numerusform>%n fichiers de retour écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each student their own file: it opens only for them, after they handed in.</source>
        <translation>Donnez à chaque élève son propre fichier : il ne s’ouvre que chez lui, après qu’il a rendu son travail.</translation>
    </message>
</context>
<context>
    <name>FeedbackCheckText</name>
    <message numerus="yes">
        <source>{where} {n} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>{where} {n} est en dehors d’un texte de %n caractère</numerusform>
            <numerusform>{where} {n} est en dehors d’un texte de %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} {n} quotes {quoted} characters for a span of %n</source>
        <translation>
            <numerusform>{where} {n} cite {quoted} caractères pour un passage de %n caractère</numerusform>
            <numerusform>{where} {n} cite {quoted} caractères pour un passage de %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} {n} uses a tag the file does not list</source>
        <translation>{where} {n} utilise une étiquette que le fichier ne liste pas</translation>
    </message>
    <message>
        <source>the class counts use a tag the file does not list</source>
        <translation>les effectifs de la classe utilisent une étiquette que le fichier ne liste pas</translation>
    </message>
    <message>
        <source>the class counts for {tag} are out of order or outside the text</source>
        <translation>les effectifs de la classe pour {tag} sont dans le désordre ou en dehors du texte</translation>
    </message>
    <message>
        <source>a class count for {tag} exceeds the class size</source>
        <translation>un effectif de la classe pour {tag} dépasse la taille de la classe</translation>
    </message>
    <message>
        <source>the scores use a tag the file does not list</source>
        <translation>les scores utilisent une étiquette que le fichier ne liste pas</translation>
    </message>
    <message>
        <source>the scores for {tag} count more matches than passages</source>
        <translation>les scores pour {tag} comptent plus de correspondances que de passages</translation>
    </message>
    <message>
        <source>the confusion matrix uses a tag the file does not list</source>
        <translation>la matrice de confusion utilise une étiquette que le fichier ne liste pas</translation>
    </message>
    <message>
        <source>the confusion matrix is not {n} by {n}</source>
        <translation>la matrice de confusion n’est pas de {n} sur {n}</translation>
    </message>
    <message>
        <source>article {n}</source>
        <translation>article {n}</translation>
    </message>
    <message>
        <source>{where}, your annotation</source>
        <translation>{where}, votre annotation</translation>
    </message>
    <message>
        <source>the answer key is missing</source>
        <translation>le corrigé manque</translation>
    </message>
    <message>
        <source>the answer key is not announced</source>
        <translation>le corrigé n’est pas annoncé</translation>
    </message>
    <message>
        <source>{where}, key passage</source>
        <translation>{where}, passage du corrigé</translation>
    </message>
    <message>
        <source>the class overlay is missing</source>
        <translation>la vue de la classe manque</translation>
    </message>
    <message>
        <source>the class overlay is not announced</source>
        <translation>la vue de la classe n’est pas annoncée</translation>
    </message>
    <message>
        <source>the scores are not announced</source>
        <translation>les scores ne sont pas annoncés</translation>
    </message>
    <message>
        <source>the same tag is listed twice</source>
        <translation>la même étiquette figure deux fois</translation>
    </message>
    <message>
        <source>the same article is listed twice</source>
        <translation>le même article figure deux fois</translation>
    </message>
    <message>
        <source>the same annotation id appears twice</source>
        <translation>le même identifiant d’annotation apparaît deux fois</translation>
    </message>
    <message>
        <source>the comments are missing</source>
        <translation>les commentaires manquent</translation>
    </message>
    <message>
        <source>the comments are not announced</source>
        <translation>les commentaires ne sont pas annoncés</translation>
    </message>
    <message>
        <source>comment {n} is on an annotation that is not yours</source>
        <translation>le commentaire {n} porte sur une annotation qui n’est pas la vôtre</translation>
    </message>
</context>
<context>
    <name>FeedbackFileText</name>
    <message>
        <source>top level</source>
        <translation>racine</translation>
    </message>
    <message>
        <source>does not match the feedback schema at {where}: {message}</source>
        <translation>ne correspond pas au schéma des retours à {where} : {message}</translation>
    </message>
    <message>
        <source>larger than {size} MB, refused</source>
        <translation>plus de {size} Mo, refusé</translation>
    </message>
    <message>
        <source>not a Source Annotator feedback file</source>
        <translation>pas un fichier de retour de Source Annotator</translation>
    </message>
    <message>
        <source>feedback format version {version} is newer than this app understands (up to {supported}); update Source Annotator</source>
        <translation>la version {version} du format de retour est plus récente que ce que comprend cette application (jusqu&apos;à {supported}) ; mettez Source Annotator à jour</translation>
    </message>
    <message>
        <source>checksum mismatch; the file was changed or damaged</source>
        <translation>somme de contrôle incorrecte ; le fichier a été modifié ou endommagé</translation>
    </message>
    <message>
        <source>the {measure} of tag {tag} does not follow from its counts</source>
        <translation>la valeur {measure} de l’étiquette {tag} ne découle pas de ses effectifs</translation>
    </message>
    <message>
        <source>article {n}</source>
        <translation>article {n}</translation>
    </message>
</context>
<context>
    <name>FeedbackRows</name>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Your teacher: %1</source>
        <translation>Votre enseignant : %1</translation>
    </message>
    <message>
        <source>You and the key agree: %1</source>
        <translation>Vous et le corrigé êtes d’accord : %1</translation>
    </message>
    <message>
        <source>You and the key agree on %1, but mark a slightly different passage</source>
        <translation>Vous et le corrigé êtes d’accord sur %1, mais marquez un passage un peu différent</translation>
    </message>
    <message>
        <source>You tagged %1, the key says %2</source>
        <translation>Vous avez choisi %1, le corrigé dit %2</translation>
    </message>
    <message>
        <source>You missed this: the key marks %1</source>
        <translation>Vous avez manqué ceci : le corrigé marque %1</translation>
    </message>
    <message>
        <source>You marked this (%1), the key did not</source>
        <translation>Vous avez marqué ceci (%1), pas le corrigé</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Votre marquage : %1</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Neither you nor the key marked anything here.</source>
        <translation>Ni vous ni le corrigé n’avez rien marqué ici.</translation>
    </message>
</context>
<context>
    <name>FeedbackScores</name>
    <message>
        <source>nothing to compare: neither you nor the key marked anything</source>
        <translation>rien à comparer : ni vous ni le corrigé n’avez rien marqué</translation>
    </message>
    <message>
        <source>very close to the key</source>
        <translation>très proche du corrigé</translation>
    </message>
    <message>
        <source>partly like the key</source>
        <translation>en partie comme le corrigé</translation>
    </message>
    <message>
        <source>mostly different from the key</source>
        <translation>plutôt différent du corrigé</translation>
    </message>
    <message>
        <source>nothing in common with the key</source>
        <translation>rien en commun avec le corrigé</translation>
    </message>
    <message>
        <source>Where you and the key marked the same passage, you chose the same tag.</source>
        <translation>Là où vous et le corrigé avez marqué le même passage, vous avez choisi la même étiquette.</translation>
    </message>
    <message>
        <source>You found %1 of the key&apos;s %2 passages; %3 of your %4 passages match it.</source>
        <translation>Vous avez trouvé %1 des %2 passages du corrigé ; %3 de vos %4 passages y correspondent.</translation>
    </message>
    <message>
        <source>Exactly the same words and tag: %1 of the key&apos;s %2.</source>
        <translation>Exactement les mêmes mots et la même étiquette : %1 sur les %2 du corrigé.</translation>
    </message>
    <message>
        <source>Character F1 %1: %2.</source>
        <translation>F1 des caractères %1 : %2.</translation>
    </message>
    <message>
        <source>By tag (character F1): %1.</source>
        <translation>Par étiquette (F1 des caractères) : %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackText</name>
    <message>
        <source>this is feedback on the exercise “{title}”, which is not on this computer</source>
        <translation>ce retour porte sur l&apos;exercice « {title} », qui n&apos;est pas sur cet ordinateur</translation>
    </message>
    <message>
        <source>the articles of “{title}” on this computer differ from the ones the feedback was made for</source>
        <translation>les articles de « {title} » sur cet ordinateur diffèrent de ceux pour lesquels le retour a été fait</translation>
    </message>
    <message>
        <source>this is feedback on “{title}”, not on the exercise open now; open that exercise first</source>
        <translation>ce retour porte sur « {title} », pas sur l&apos;exercice ouvert ; ouvrez d&apos;abord cet exercice</translation>
    </message>
    <message>
        <source>you have not handed in “{title}” from this computer yet; feedback opens after you hand in (File &gt; Hand In)</source>
        <translation>vous n&apos;avez pas encore rendu « {title} » depuis cet ordinateur ; le retour s&apos;ouvre après votre rendu (Fichier &gt; Rendre)</translation>
    </message>
    <message>
        <source>feedback released on the school server</source>
        <translation>retour publié sur le serveur de l&apos;établissement</translation>
    </message>
    <message>
        <source>this feedback was made for another student; it opens only for the student who handed in the work</source>
        <translation>ce retour est destiné à un autre élève ; il ne s&apos;ouvre que pour l&apos;élève qui a rendu le travail</translation>
    </message>
    <message>
        <source>you have not handed in “{title}” yet; feedback opens after you hand in (File &gt; Hand In)</source>
        <translation>vous n&apos;avez pas encore rendu « {title} » ; le retour s&apos;ouvre une fois votre travail rendu (Fichier &gt; Rendre)</translation>
    </message>
    <message>
        <source>this feedback is about a hand-in made after your last one on this computer</source>
        <translation>ce retour porte sur un rendu fait après votre dernier rendu sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback from your teacher</source>
        <translation>Retour de votre enseignant</translation>
    </message>
    <message>
        <source>Where this feedback comes from</source>
        <translation>D’où vient ce retour</translation>
    </message>
    <message>
        <source>Your teacher says:</source>
        <translation>Votre enseignant écrit :</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment</source>
        <translation>Commentaire de votre enseignant</translation>
    </message>
    <message>
        <source>Passages: your markup and the key&apos;s</source>
        <translation>Passages : votre annotation et celle du corrigé</translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation>Vos scores</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>The strip at the left of each text: how many classmates marked each line (point at it to see).</source>
        <translation>La bande à gauche de chaque texte : combien de camarades ont marqué chaque ligne (pointez-la pour voir).</translation>
    </message>
    <message>
        <source>In the text, a dashed box marks a key passage you missed, a dotted box one where the key chose another tag.</source>
        <translation>Dans le texte, un cadre en tirets marque un passage du corrigé que vous avez manqué, un cadre pointillé un passage où le corrigé a choisi une autre étiquette.</translation>
    </message>
    <message>
        <source>Revise and Hand In Again…</source>
        <translation>Réviser et rendre à nouveau…</translation>
    </message>
    <message>
        <source>Revise and hand in again</source>
        <translation>Réviser et rendre à nouveau</translation>
    </message>
    <message>
        <source>Change your highlights, then hand in a second attempt; this feedback stays with your first.</source>
        <translation>Modifiez vos surlignages, puis rendez une deuxième tentative ; ce retour reste attaché à la première.</translation>
    </message>
    <message>
        <source>This feedback is read-only; your own highlights stay yours to change.</source>
        <translation>Ce retour est en lecture seule ; vous pouvez toujours modifier vos propres surlignages.</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Retour sur « %1 »</translation>
    </message>
    <message>
        <source>About your hand-in of %1 at %2</source>
        <translation>Sur votre travail rendu le %1 à %2</translation>
    </message>
    <message>
        <source>Released by your teacher on the school server, %1</source>
        <translation>Publié par votre enseignant sur le serveur de l’établissement, %1</translation>
    </message>
    <message>
        <source>Your teacher did not include the answer key: only passages with a comment are listed.</source>
        <translation>Votre enseignant n’a pas joint le corrigé : seuls les passages commentés sont listés.</translation>
    </message>
    <message>
        <source>You handed in again (attempt %1); this feedback is about attempt %2.</source>
        <translation>Vous avez rendu à nouveau (tentative %1) ; ce retour porte sur la tentative %2.</translation>
    </message>
    <message>
        <source>Attempt %1 · %2</source>
        <translation>Tentative %1 · %2</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Your teacher did not include scores.</source>
        <translation>Votre enseignant n’a pas joint de scores.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <source>the disk is full; nothing was written</source>
        <translation>le disque est plein ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the disk quota is exhausted; nothing was written</source>
        <translation>le quota de disque est épuisé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you can write to</source>
        <translation>accès refusé ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another folder</source>
        <translation>le disque est en lecture seule ; choisissez un autre dossier</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>le nom du fichier est trop long</translation>
    </message>
    <message>
        <source>the file is open in another program (or read-only); close it there and try again, or save under another name; nothing was written</source>
        <translation>le fichier est ouvert dans un autre programme (ou en lecture seule) ; fermez-le et réessayez, ou enregistrez-le sous un autre nom ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the path is too long for this system; choose a shorter file name or a folder nearer the top of the disk; nothing was written</source>
        <translation>le chemin est trop long pour ce système ; choisissez un nom de fichier plus court ou un dossier plus proche de la racine du disque ; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in Article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>F&amp;ind in article:</source>
        <translation>&amp;Rechercher dans l’article :</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>Texte à rechercher dans l’article</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>Rec&amp;hercher dans l’article…</translation>
    </message>
    <message>
        <source>Find text in the article you are reading</source>
        <translation>Rechercher du texte dans l’article que vous lisez</translation>
    </message>
    <message>
        <source>Find N&amp;ext</source>
        <translation>Rechercher le s&amp;uivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le précé&amp;dent</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <source>Next Part of the Window</source>
        <translation>Partie suivante de la fenêtre</translation>
    </message>
    <message>
        <source>Previous Part of the Window</source>
        <translation>Partie précédente de la fenêtre</translation>
    </message>
    <message>
        <source>Next / Previous Part of the Window</source>
        <translation>Partie suivante / précédente de la fenêtre</translation>
    </message>
</context>
<context>
    <name>GradebookIdsDialog</name>
    <message>
        <source>Student IDs for %1</source>
        <translation>Identifiants des élèves pour %1</translation>
    </message>
    <message>
        <source>Type the ID number or the e-mail address Moodle knows each student by. When importing the file in Moodle, map “ID number” to useridnumber or “Email address” to useremail.</source>
        <translation>Saisissez le numéro d’identification ou l’adresse e-mail sous lesquels Moodle connaît chaque élève. À l’importation du fichier dans Moodle, associez « Numéro d’identification » à useridnumber ou « Adresse e-mail » à useremail.</translation>
    </message>
    <message>
        <source>Type each student&apos;s Canvas user ID (a number, from Canvas&apos;s own gradebook export) or their SIS user ID.</source>
        <translation>Saisissez l’identifiant utilisateur Canvas de chaque élève (un nombre, tiré de l’export du carnet de notes de Canvas) ou son identifiant SIS.</translation>
    </message>
    <message>
        <source>The app remembers them for every exercise of this class.</source>
        <translation>L’application les retient pour tous les exercices de cette classe.</translation>
    </message>
    <message>
        <source>Students and their identifiers</source>
        <translation>Les élèves et leurs identifiants</translation>
    </message>
</context>
<context>
    <name>GradebookIdsModel</name>
    <message>
        <source>Not set yet: this student&apos;s grade cannot be matched.</source>
        <translation>Pas encore indiqué : la note de cet élève ne peut pas être associée.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>%1 identifier</source>
        <translation>Identifiant %1</translation>
    </message>
</context>
<context>
    <name>GradebookText</name>
    <message>
        <source>unknown gradebook platform {platform} (moodle or canvas)</source>
        <translation>plateforme de notes inconnue {platform} (moodle ou canvas)</translation>
    </message>
    <message>
        <source>no student with id {id}</source>
        <translation>aucun élève avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>the exercise has no answer key yet, so there is nothing to grade (Review &gt; Annotate the Answer Key)</source>
        <translation>l&apos;exercice n&apos;a pas encore de corrigé, il n&apos;y a donc rien à noter (Bilan &gt; Annoter le corrigé)</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>aucun exercice avec l&apos;identifiant {id}</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <source>You have not answered any of the source-evaluation questions yet. You can still hand in, or go back and answer them first.</source>
        <translation>Vous n’avez encore répondu à aucune question d’évaluation des sources. Vous pouvez quand même rendre votre travail, ou revenir en arrière pour y répondre d’abord.</translation>
    </message>
    <message>
        <source>You have answered only %1 of %2 source-evaluation questions. You can still hand in.</source>
        <translation>Vous n’avez répondu qu’à %1 des %2 questions d’évaluation des sources. Vous pouvez quand même rendre votre travail.</translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Hand in your work on “%1”.</source>
        <translation>Rendez votre travail sur « %1 ».</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Élève :</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Passages surlignés :</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens :</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>You have not highlighted anything yet. You can still hand in an empty file.</source>
        <translation>Vous n’avez encore rien surligné. Vous pouvez quand même rendre un fichier vide.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 au total</translation>
    </message>
    <message>
        <source>Hand In As</source>
        <translation>Rendre sous</translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json)</source>
        <translation>Travaux rendus (*.handin.json)</translation>
    </message>
    <message>
        <source>Choose where to save your hand-in first.</source>
        <translation>Choisissez d’abord où enregistrer votre travail.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>Non rendu : %1</translation>
    </message>
    <message>
        <source>Handed in. Your work is saved as %1</source>
        <translation>Rendu. Votre travail est enregistré sous %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>Exporter en Web Annotation</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Tableur (CSV)…</translation>
    </message>
    <message>
        <source>Export as Spreadsheet</source>
        <translation>Exporter en tableur</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>Printable &amp;Report (HTML)…</source>
        <translation>&amp;Rapport imprimable (HTML)…</translation>
    </message>
    <message>
        <source>Export Printable Report</source>
        <translation>Exporter un rapport imprimable</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Page web (*.html *.htm)</translation>
    </message>
    <message>
        <source>There is nothing to hand in yet: highlight a passage first (the app then asks for your name), or set your name.</source>
        <translation>Il n’y a encore rien à rendre : surlignez d’abord un passage (l’application vous demandera alors votre nom), ou indiquez votre nom.</translation>
    </message>
    <message>
        <source>&amp;Hand In…</source>
        <translation>&amp;Rendre…</translation>
    </message>
    <message>
        <source>Save your work as a file to give to your teacher</source>
        <translation>Enregistrer votre travail dans un fichier à remettre à votre enseignant</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>&amp;Imprimer / Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as PDF</source>
        <translation>Imprimer le rapport de votre travail, ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>Import Hand-in&amp;s…</source>
        <translation>Importer des travaux rend&amp;us…</translation>
    </message>
    <message>
        <source>Collect your students&apos; hand-in files</source>
        <translation>Rassembler les fichiers rendus par vos élèves</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Collect every hand-in file in a folder</source>
        <translation>Rassembler tous les fichiers rendus d’un dossier</translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation>Importer des travaux rendus</translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json *.json);;All files (*)</source>
        <translation>Travaux rendus (*.handin.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Every Hand-in in a Folder</source>
        <translation>Importer tous les travaux rendus d’un dossier</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as a PDF file?</source>
        <translation>Imprimer le rapport de votre travail, ou l’enregistrer dans un fichier PDF ?</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation>Rendre</translation>
    </message>
    <message>
        <source>Handed in: %1</source>
        <translation>Rendu : %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>No hand-in files found in %1</source>
        <translation>Aucun fichier rendu trouvé dans %1</translation>
    </message>
</context>
<context>
    <name>HandinText</name>
    <message>
        <source>top level</source>
        <translation>racine</translation>
    </message>
    <message>
        <source>does not match the hand-in schema at {where}: {message}</source>
        <translation>ne correspond pas au schéma des rendus à {where} : {message}</translation>
    </message>
    <message>
        <source>not a Source Annotator hand-in</source>
        <translation>pas un rendu de Source Annotator</translation>
    </message>
    <message>
        <source>hand-in format version {version} is newer than this app understands (up to {supported}); update Source Annotator</source>
        <translation>la version {version} du format de rendu est plus récente que ce que comprend cette application (jusqu&apos;à {supported}) ; mettez Source Annotator à jour</translation>
    </message>
    <message>
        <source>checksum mismatch; the file was changed or damaged</source>
        <translation>somme de contrôle incorrecte ; le fichier a été modifié ou endommagé</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>the student&apos;s name is empty</source>
        <translation>le nom de l&apos;élève est vide</translation>
    </message>
    <message>
        <source>the same annotation id appears twice</source>
        <translation>le même identifiant d&apos;annotation apparaît deux fois</translation>
    </message>
    <message>
        <source>annotation {number} lies beyond any article ({start}-{end})</source>
        <translation>l&apos;annotation {number} se trouve au-delà de tout article ({start}-{end})</translation>
    </message>
    <message>
        <source>annotation {number} ends before it starts ({start}-{end})</source>
        <translation>l&apos;annotation {number} finit avant de commencer ({start}-{end})</translation>
    </message>
    <message>
        <source>annotation {number} quotes {quoted} characters for a {length}-character span</source>
        <translation>l&apos;annotation {number} cite {quoted} caractères pour un passage de {length} caractères</translation>
    </message>
    <message>
        <source>annotation {number} refers to an article the file does not list</source>
        <translation>l&apos;annotation {number} renvoie à un article que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>annotation {number} uses a tag the file does not list</source>
        <translation>l&apos;annotation {number} utilise une étiquette que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>link {number} refers to an annotation not in the file</source>
        <translation>le lien {number} renvoie à une annotation absente du fichier</translation>
    </message>
    <message>
        <source>link {number} links an annotation to itself</source>
        <translation>le lien {number} relie une annotation à elle-même</translation>
    </message>
    <message>
        <source>answer {number} refers to an article the file does not list</source>
        <translation>la réponse {number} renvoie à un article que le fichier ne contient pas</translation>
    </message>
    <message>
        <source>could not be read ({reason}); nothing was imported</source>
        <translation>n&apos;a pas pu être lu ({reason}) ; rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>the same highlights as {names}; neither was imported. Import the one to keep on its own</source>
        <translation>les mêmes surlignages que {names} ; aucun des deux n&apos;a été importé. Importez seul celui à garder</translation>
    </message>
    <message>
        <source>the same highlights as {names}; none of these was imported. Import the one to keep on its own</source>
        <translation>les mêmes surlignages que {names} ; aucun d&apos;eux n&apos;a été importé. Importez seul celui à garder</translation>
    </message>
    <message>
        <source>exercise {title} is not in this database (wrong exercise, or import the exercise first)</source>
        <translation>l&apos;exercice {title} n&apos;est pas dans cette base de données (mauvais exercice, ou importez d&apos;abord l&apos;exercice)</translation>
    </message>
    <message>
        <source>could not be stored, nothing was imported ({reason})</source>
        <translation>n&apos;a pas pu être enregistré, rien n&apos;a été importé ({reason})</translation>
    </message>
    <message>
        <source>handed in {time} UTC, older than the hand-in already imported for {name} ({previous} UTC); not imported</source>
        <translation>rendu le {time} UTC, plus ancien que le rendu déjà importé pour {name} ({previous} UTC) ; non importé</translation>
    </message>
    <message>
        <source>contains annotations already imported for {name} (a copied hand-in?); not imported</source>
        <translation>contient des annotations déjà importées pour {name} (un rendu copié ?) ; non importé</translation>
    </message>
    <message>
        <source>made for revision {made} of {title}, this database has revision {here}; import the newer exercise first</source>
        <translation>fait pour la version {made} de {title}, cette base a la version {here} ; importez d&apos;abord l&apos;exercice plus récent</translation>
    </message>
    <message>
        <source>article {article} is not part of exercise {title}</source>
        <translation>l&apos;article {article} ne fait pas partie de l&apos;exercice {title}</translation>
    </message>
    <message>
        <source>uses tag {key}, which is not in the exercise&apos;s tag set</source>
        <translation>utilise l&apos;étiquette {key}, qui n&apos;est pas dans le jeu d&apos;étiquettes de l&apos;exercice</translation>
    </message>
    <message>
        <source>answers question {question}, which this exercise does not ask</source>
        <translation>répond à la question {question}, que cet exercice ne pose pas</translation>
    </message>
    <message>
        <source>nothing written: the answer key is not exported; students see it only in their feedback files (Review &gt; Return Feedback…)</source>
        <translation>rien n&apos;a été écrit : le corrigé n&apos;est pas exporté ; les élèves ne le voient que dans leurs fichiers de retour (Évaluation &gt; Renvoyer les retours…)</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>{name} n&apos;est pas autorisé en JSON</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clé en double {key}</translation>
    </message>
    <message>
        <source>nested more than {depth} levels deep</source>
        <translation>imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>contains a lone surrogate {escape} (not valid Unicode)</source>
        <translation>contient un substitut isolé {escape} (Unicode non valide)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} at offset {offset})</source>
        <translation>pas du texte UTF-8 (octet {byte} à la position {offset})</translation>
    </message>
    <message>
        <source>truncated JSON ({reason} at line {line} column {column})</source>
        <translation>JSON tronqué ({reason} ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line} column {column})</source>
        <translation>JSON non valide ({reason} ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON non valide ({reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>larger than {size} MB, refused without reading it</source>
        <translation>plus de {size} Mo, refusé sans être lu</translation>
    </message>
    <message>
        <source>unknown export format {format} (handin, w3c or csv)</source>
        <translation>format d’export inconnu {format} (handin, w3c ou csv)</translation>
    </message>
    <message>
        <source>nothing written, {reason}</source>
        <translation>rien n’a été écrit, {reason}</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>How many classmates marked each line</source>
        <translation>Combien de camarades ont marqué chaque ligne</translation>
    </message>
    <message>
        <source>Nobody in the class marked this line.</source>
        <translation>Personne dans la classe n’a marqué cette ligne.</translation>
    </message>
    <message>
        <source>Of %1 students, this many marked this line: %2</source>
        <translation>Sur %1 élèves, nombre ayant marqué cette ligne : %2</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Pairwise agreement heatmap</source>
        <translation>Carte de chaleur de l’accord par paires</translation>
    </message>
    <message>
        <source>At least two students are needed for a pairwise comparison.</source>
        <translation>Il faut au moins deux élèves pour une comparaison par paires.</translation>
    </message>
    <message>
        <source>%1 worse than chance</source>
        <translation>%1 pire que le hasard</translation>
    </message>
    <message>
        <source>%1 nothing shared</source>
        <translation>%1 rien en commun</translation>
    </message>
    <message>
        <source>%1 identical</source>
        <translation>%1 identique</translation>
    </message>
    <message>
        <source>%1 chance</source>
        <translation>%1 hasard</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <source>Name Already Used</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>Someone called “{name}” already has work in this database.</source>
        <translation>Une personne nommée « {name} » a déjà du travail dans cette base de données.</translation>
    </message>
    <message>
        <source>If that is you, continue with your work. Choose “Another person” only if two different people share this name.</source>
        <translation>Si c’est vous, continuez votre travail. Choisissez « Une autre personne » seulement si deux personnes différentes portent ce nom.</translation>
    </message>
    <message>
        <source>That Is &amp;Me</source>
        <translation>C’est &amp;moi</translation>
    </message>
    <message>
        <source>Two people with the same name are hard to tell apart in the review. Use this name anyway?</source>
        <translation>Deux personnes du même nom sont difficiles à distinguer dans le bilan. Utiliser quand même ce nom ?</translation>
    </message>
    <message>
        <source>&amp;Another Person, Same Name</source>
        <translation>Une &amp;autre personne, même nom</translation>
    </message>
</context>
<context>
    <name>IdentityFlow</name>
    <message>
        <source>your name “%1”</source>
        <translation>votre nom « %1 »</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading hand-ins…</source>
        <translation>Lecture des travaux rendus…</translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation>Importer des travaux rendus</translation>
    </message>
    <message>
        <source>Reading {name} ({n} of {total})…</source>
        <translation>Lecture de {name} ({n} sur {total})…</translation>
    </message>
    <message>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>Importation de {name} ({n} sur {total})…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{who}: the same highlights as {others}; none of these was imported. Import the one to keep on its own.</source>
        <translation>{who} : les mêmes surlignages que {others} ; aucun de ces fichiers n’a été importé. Importez seul celui à garder.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>No files.</source>
        <translation>Aucun fichier.</translation>
    </message>
    <message>
        <source>%1: an older hand-in, not imported; the newer one already imported is kept</source>
        <translation>%1 : un travail plus ancien, non importé ; le plus récent, déjà importé, est conservé</translation>
    </message>
    <message>
        <source>the file is cut short (an incomplete copy?); ask the student to hand it in again (%1)</source>
        <translation>le fichier est tronqué (copie incomplète ?) ; demandez à l’élève de le rendre à nouveau (%1)</translation>
    </message>
    <message>
        <source>%1: not imported, %2</source>
        <translation>%1 : non importé, %2</translation>
    </message>
    <message>
        <source>%1: handed in for another exercise, “%2”; imported there (open that exercise to review it)</source>
        <translation>%1 : rendu pour un autre exercice, « %2 » ; importé dans celui-ci (ouvrez cet exercice pour le consulter)</translation>
    </message>
    <message>
        <source>…and %1 more: see the Problem column.</source>
        <translation>…et %1 de plus : voir la colonne Problème.</translation>
    </message>
    <message>
        <source>Hand-ins Imported</source>
        <translation>Travaux rendus importés</translation>
    </message>
    <message>
        <source>Look at these files:</source>
        <translation>Examinez ces fichiers :</translation>
    </message>
    <message>
        <source>Select an orphaned highlight to see its passage with the text around it.</source>
        <translation>Sélectionnez un surlignage orphelin pour voir son passage avec le texte qui l’entoure.</translation>
    </message>
    <message>
        <source>Orphaned highlights in this exercise: %1 (kept, but their passage was not found in the article text)</source>
        <translation>Surlignages orphelins dans cet exercice : %1 (conservés, mais leur passage est introuvable dans le texte de l’article)</translation>
    </message>
    <message>
        <source>No orphaned highlights: every imported highlight was placed in the text.</source>
        <translation>Aucun surlignage orphelin : chaque surlignage importé a été placé dans le texte.</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>older</source>
        <translation>plus ancien</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>handed in for another exercise, “%1”, and imported there</source>
        <translation>rendu pour un autre exercice, « %1 », et importé dans celui-ci</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importés</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Réancrés</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Reading articles…</source>
        <translation>Lecture des articles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Exercise instructions</source>
        <translation>Consignes de l’exercice</translation>
    </message>
    <message>
        <source>Show or hide the instructions</source>
        <translation>Afficher ou masquer les consignes</translation>
    </message>
    <message>
        <source>Exercise title</source>
        <translation>Titre de l’exercice</translation>
    </message>
    <message>
        <source>Instructions text</source>
        <translation>Texte des consignes</translation>
    </message>
    <message>
        <source>Hide the instructions</source>
        <translation>Masquer les consignes</translation>
    </message>
    <message>
        <source>Show the instructions</source>
        <translation>Afficher les consignes</translation>
    </message>
</context>
<context>
    <name>InstructorMode</name>
    <message>
        <source>Instr&amp;uctor Mode</source>
        <translation>Mode enseign&amp;ant</translation>
    </message>
    <message>
        <source>Show the instructor&apos;s menus: new exercises, hand-ins, the class overview</source>
        <translation>Afficher les menus de l’enseignant : nouveaux exercices, travaux rendus, vue d’ensemble de la classe</translation>
    </message>
    <message>
        <source>Instructor mode is on: see the File and Review menus.</source>
        <translation>Le mode enseignant est activé : voir les menus Fichier et Bilan.</translation>
    </message>
    <message>
        <source>Instructor mode is off: the instructor&apos;s menu items are hidden.</source>
        <translation>Le mode enseignant est désactivé : les commandes de l’enseignant sont masquées.</translation>
    </message>
</context>
<context>
    <name>KeyMode</name>
    <message>
        <source>Annotate the &amp;Answer Key</source>
        <translation>Annoter le c&amp;orrigé</translation>
    </message>
    <message>
        <source>Highlight and tag as the answer key; students are scored against it</source>
        <translation>Surligner et étiqueter comme corrigé ; les élèves sont notés par rapport à lui</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Takes effect when you restart the app</source>
        <translation>Prend effet au redémarrage de l’application</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
</context>
<context>
    <name>LinkFlow</name>
    <message>
        <source>It &amp;supports the first passage</source>
        <translation>Il &amp;étaye le premier passage</translation>
    </message>
    <message>
        <source>It &amp;contradicts the first passage</source>
        <translation>Il &amp;contredit le premier passage</translation>
    </message>
    <message>
        <source>It makes the sa&amp;me claim</source>
        <translation>Il fait la &amp;même affirmation</translation>
    </message>
    <message>
        <source>&amp;Link from Here</source>
        <translation>Re&amp;lier à partir d’ici</translation>
    </message>
    <message>
        <source>Pending link</source>
        <translation>Lien en cours</translation>
    </message>
    <message>
        <source>Cancel Lin&amp;king</source>
        <translation>Annuler la lia&amp;ison</translation>
    </message>
    <message>
        <source>Link Selected Passage &amp;As</source>
        <translation>Relier le passage sélectionné &amp;comme</translation>
    </message>
    <message>
        <source>Linking from “{quote}”: click or tag the other article&apos;s passage, or Alt+Down then L (Esc cancels).</source>
        <translation>Liaison depuis « {quote} » : cliquez ou étiquetez le passage de l’autre article, ou Alt+Bas puis L (Échap annule).</translation>
    </message>
    <message>
        <source>A link joins passages in two different articles: choose the passage in the other article.</source>
        <translation>Un lien relie des passages de deux articles différents : choisissez le passage dans l’autre article.</translation>
    </message>
    <message>
        <source>How does this passage relate to “%1”?</source>
        <translation>Quel est le rapport entre ce passage et « %1 » ?</translation>
    </message>
    <message>
        <source>Cannot link these passages</source>
        <translation>Impossible de relier ces passages</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Reliés.</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>étaye</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>same claim</source>
        <translation>même affirmation</translation>
    </message>
    <message>
        <source>(passage removed)</source>
        <translation>(passage supprimé)</translation>
    </message>
    <message>
        <source>The first passage %1 the second</source>
        <translation>Rapport du premier passage au second : %1</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>No links yet.
Link a claim in one article to a passage in another that supports it, contradicts it or makes the same claim.</source>
        <translation>Aucun lien pour l’instant.
Reliez une affirmation d’un article à un passage d’un autre qui l’étaye, la contredit ou fait la même affirmation.</translation>
    </message>
    <message>
        <source>No links match the search.</source>
        <translation>Aucun lien ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Search linked passages and notes</source>
        <translation>Rechercher dans les passages reliés et les notes</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>Cannot remove link</source>
        <translation>Impossible de supprimer le lien</translation>
    </message>
    <message>
        <source>Cannot change the link</source>
        <translation>Impossible de modifier le lien</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Impossible de modifier la note</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Changer le &amp;type</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Last update from the server</source>
        <translation>Dernière mise à jour depuis le serveur</translation>
    </message>
    <message numerus="yes">
        <source>Server not reachable; showing the class as of %n s ago</source>
        <translation>
            <numerusform>Serveur injoignable ; état de la classe il y a %n s</numerusform>
            <numerusform>Serveur injoignable ; état de la classe il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: updated %n s ago</source>
        <translation>
            <numerusform>En direct : mis à jour il y a %n s</numerusform>
            <numerusform>En direct : mis à jour il y a %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The overview asks the school server for new work every few seconds</source>
        <translation>La vue d’ensemble demande les nouveaux travaux au serveur toutes les quelques secondes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>&amp;Ouvrir un exercice…</translation>
    </message>
    <message>
        <source>Choose another exercise stored on this computer</source>
        <translation>Choisir un autre exercice enregistré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Change Na&amp;me…</source>
        <translation>Chan&amp;ger de nom…</translation>
    </message>
    <message>
        <source>Change the name saved with your highlights, notes and answers</source>
        <translation>Changer le nom enregistré avec vos surlignages, notes et réponses</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;Check Database…</source>
        <translation>&amp;Vérifier la base de données…</translation>
    </message>
    <message>
        <source>Check the database for damage and broken references</source>
        <translation>Vérifier que la base de données n’est pas endommagée et que ses références sont valides</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;À propos de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>annotating as %1</source>
        <translation>annotation en tant que %1</translation>
    </message>
    <message>
        <source>Tag the selected text, or re-tag the selected passage</source>
        <translation>Étiqueter le texte sélectionné, ou changer l’étiquette du passage sélectionné</translation>
    </message>
    <message>
        <source>Tag exactly as selected, without snapping to whole words</source>
        <translation>Étiqueter exactement la sélection, sans l’étendre aux mots entiers</translation>
    </message>
    <message>
        <source>Selected passage</source>
        <translation>Passage sélectionné</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de l’application.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) tagged %1. Deleting the tag moves them to another tag (undo moves them back). Merge them into:</source>
        <translation>
            <numerusform>%n annotation porte l’étiquette %1. Supprimer l’étiquette la déplace vers une autre étiquette (annuler la remet en place). La fusionner dans :</numerusform>
            <numerusform>%n annotations portent l’étiquette %1. Supprimer l’étiquette les déplace vers une autre étiquette (annuler les remet en place). Les fusionner dans :</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge and delete</source>
        <translation>Fusionner et supprimer</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole article: click to jump there</source>
        <translation>L’article entier : cliquez pour y aller</translation>
    </message>
    <message>
        <source>Overview of the whole article</source>
        <translation>Vue d’ensemble de l’article entier</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Changer de nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name is saved with your highlights, notes and answers so that your teacher can tell whose work it is.</source>
        <translation>Votre nom est enregistré avec vos surlignages, notes et réponses pour que votre enseignant sache à qui est ce travail.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
</context>
<context>
    <name>NotFoundText</name>
    <message>
        <source>no annotator with id {id}</source>
        <translation>aucune personne avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no tag set with id {id}</source>
        <translation>aucun jeu d’étiquettes avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no question with id {id}</source>
        <translation>aucune question avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>aucun article avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>aucun exercice avec l’identifiant {id}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Passage annoté</translation>
    </message>
    <message>
        <source>Why did you tag this passage this way?</source>
        <translation>Pourquoi avez-vous étiqueté ce passage ainsi ?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <source>the school server cannot be reached and this was not read from it before; not saved</source>
        <translation>le serveur de l&apos;établissement est injoignable et ceci n&apos;y avait pas été lu auparavant ; non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>le passage {start}-{end} est en dehors de l&apos;article (%n caractère)</numerusform>
            <numerusform>le passage {start}-{end} est en dehors de l&apos;article (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>the tag does not belong to this exercise&apos;s tag set</source>
        <translation>l&apos;étiquette n&apos;appartient pas au jeu d&apos;étiquettes de cet exercice</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>aucune annotation avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>span {start}-{end} lies outside the article</source>
        <translation>le passage {start}-{end} est en dehors de l&apos;article</translation>
    </message>
    <message>
        <source>an annotation cannot be linked to itself</source>
        <translation>une annotation ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>a link joins two annotations by the same person</source>
        <translation>un lien relie deux annotations de la même personne</translation>
    </message>
    <message>
        <source>these two passages are already linked that way</source>
        <translation>ces deux passages sont déjà liés de cette façon</translation>
    </message>
    <message>
        <source>no link with id {id}</source>
        <translation>aucun lien avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>a rating runs from 1 to 5</source>
        <translation>une évaluation va de 1 à 5</translation>
    </message>
    <message>
        <source>the link from “{quote}” was removed meanwhile (with one of its passages); your change to it is kept aside</source>
        <translation>le lien depuis « {quote} » a été supprimé entre-temps (avec l&apos;un de ses passages) ; votre modification est mise de côté</translation>
    </message>
    <message>
        <source>a passage of your link from “{quote}” was deleted or could not be placed meanwhile; the link is kept aside</source>
        <translation>un passage de votre lien depuis « {quote} » a été supprimé ou n&apos;a pas pu être replacé entre-temps ; le lien est mis de côté</translation>
    </message>
    <message>
        <source>“{quote}” was already linked that way (from another computer); your link and its note are kept aside</source>
        <translation>« {quote} » était déjà lié de cette façon (depuis un autre ordinateur) ; votre lien et sa note sont mis de côté</translation>
    </message>
    <message>
        <source>“{quote}” was deleted meanwhile; your change to it is kept aside</source>
        <translation>« {quote} » a été supprimé entre-temps ; votre modification est mise de côté</translation>
    </message>
    <message>
        <source>the article of “{quote}” was removed meanwhile; your highlight is kept aside</source>
        <translation>l&apos;article de « {quote} » a été supprimé entre-temps ; votre surlignage est mis de côté</translation>
    </message>
    <message>
        <source>“{quote}” is no longer in the changed article; kept with your work as an unplaced highlight</source>
        <translation>« {quote} » ne figure plus dans l&apos;article modifié ; conservé avec votre travail comme surlignage non placé</translation>
    </message>
    <message>
        <source>the article changed meanwhile; “{quote}” was placed again</source>
        <translation>l&apos;article a été modifié entre-temps ; « {quote} » a été replacé</translation>
    </message>
</context>
<context>
    <name>OrphanModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Was at (characters)</source>
        <translation>Position d’origine (caractères)</translation>
    </message>
</context>
<context>
    <name>OverlayTab</name>
    <message>
        <source>Stronger colour: more students highlighted it · colour: the tag most chose · hatched and wavy: students chose different tags.</source>
        <translation>Couleur plus intense : plus d’élèves l’ont surligné · couleur : l’étiquette la plus choisie · hachuré et ondulé : les élèves ont choisi des étiquettes différentes.</translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. The number runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over). Click one to show it.</source>
        <translation>Les phrases sur lesquelles la classe s’est le plus divisée, à discuter. Le nombre va de 0 (tout le monde d’accord) à 1 (la moitié l’a surligné, avec des étiquettes très variées). Cliquez sur une phrase pour l’afficher.</translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation>Passages controversés</translation>
    </message>
    <message>
        <source>Click a passage to show it in the text</source>
        <translation>Cliquez sur un passage pour l’afficher dans le texte</translation>
    </message>
    <message>
        <source>Students at the clicked spot</source>
        <translation>Élèves à l’endroit cliqué</translation>
    </message>
    <message>
        <source>At this spot</source>
        <translation>À cet endroit</translation>
    </message>
    <message>
        <source>Click the text to see who highlighted it.</source>
        <translation>Cliquez dans le texte pour voir qui l’a surligné.</translation>
    </message>
    <message>
        <source>Disagreement about highlighting: %1
Disagreement about the tag: %2</source>
        <translation>Désaccord sur le surlignage : %1
Désaccord sur l’étiquette : %2</translation>
    </message>
    <message numerus="yes">
        <source>At this spot: %n student(s)</source>
        <translation>
            <numerusform>À cet endroit : %n élève</numerusform>
            <numerusform>À cet endroit : %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody highlighted this spot.</source>
        <translation>Personne n’a surligné cet endroit.</translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message>
        <source>Class overlay</source>
        <translation>Superposition de la classe</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) highlighted this</source>
        <translation>
            <numerusform>Surligné par %1 sur %n élève</numerusform>
            <numerusform>Surligné par %1 sur %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Students chose different tags here.</source>
        <translation>Les élèves ont choisi des étiquettes différentes ici.</translation>
    </message>
</context>
<context>
    <name>PackageText</name>
    <message>
        <source>the top level</source>
        <translation>la racine</translation>
    </message>
    <message>
        <source>the manifest is not valid at {where}: {message}</source>
        <translation>le manifeste n&apos;est pas valide à {where} : {message}</translation>
    </message>
    <message>
        <source>an exercise package holds at most {count} articles</source>
        <translation>un paquet d&apos;exercice contient au plus {count} articles</translation>
    </message>
    <message>
        <source>this is not a Source Annotator exercise package</source>
        <translation>ce n&apos;est pas un paquet d&apos;exercice de Source Annotator</translation>
    </message>
    <message>
        <source>this package was made by a newer version of Source Annotator (format {version}); update the app to open it</source>
        <translation>ce paquet a été créé par une version plus récente de Source Annotator (format {version}) ; mettez l&apos;application à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the manifest lists the same article id twice</source>
        <translation>le manifeste cite deux fois le même identifiant d&apos;article</translation>
    </message>
    <message>
        <source>the manifest lists the same article text twice</source>
        <translation>le manifeste cite deux fois le même texte d&apos;article</translation>
    </message>
    <message>
        <source>the manifest lists the same article file twice</source>
        <translation>le manifeste cite deux fois le même fichier d&apos;article</translation>
    </message>
    <message>
        <source>the manifest lists the same tag id twice</source>
        <translation>le manifeste cite deux fois le même identifiant d&apos;étiquette</translation>
    </message>
    <message>
        <source>the manifest lists the same tag key twice</source>
        <translation>le manifeste cite deux fois la même clé d&apos;étiquette</translation>
    </message>
    <message>
        <source>the manifest lists the same question id twice</source>
        <translation>le manifeste cite deux fois le même identifiant de question</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({reason})</source>
        <translation>le manifeste n&apos;est pas du JSON valide ({reason})</translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text</source>
        <translation>{member} n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{member} does not match its fingerprint in the manifest</source>
        <translation>{member} ne correspond pas à son empreinte dans le manifeste</translation>
    </message>
    <message>
        <source>the manifest is larger than 5 MB; refused</source>
        <translation>le manifeste dépasse 5 Mo ; refusé</translation>
    </message>
    <message>
        <source>member {member} is not consistent with the manifest</source>
        <translation>l&apos;élément {member} ne correspond pas au manifeste</translation>
    </message>
    <message>
        <source>the manifest&apos;s checksums do not cover every member</source>
        <translation>les sommes de contrôle du manifeste ne couvrent pas tous les éléments</translation>
    </message>
    <message>
        <source>{member} does not match its checksum (altered or damaged)</source>
        <translation>{member} ne correspond pas à sa somme de contrôle (modifié ou endommagé)</translation>
    </message>
</context>
<context>
    <name>PaneActions</name>
    <message>
        <source>N note · L link · Del delete · drag the dots or Alt+arrows to adjust</source>
        <translation>N note · L lien · Suppr supprimer · faites glisser les points ou Alt+flèches pour ajuster</translation>
    </message>
    <message>
        <source>Nothing was saved: your work needs your name, so your teacher knows whose it is.</source>
        <translation>Rien n’a été enregistré : votre travail a besoin de votre nom, pour que votre enseignant sache à qui il appartient.</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>É&amp;tiqueter la sélection comme</translation>
    </message>
    <message>
        <source>Tag Exactl&amp;y as Selected</source>
        <translation>Étiqueter e&amp;xactement la sélection</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Move Start &amp;Earlier</source>
        <translation>Début plus &amp;tôt</translation>
    </message>
    <message>
        <source>Move Start &amp;Later</source>
        <translation>Déb&amp;ut plus tard</translation>
    </message>
    <message>
        <source>Move End Ea&amp;rlier</source>
        <translation>Fin plus t&amp;ôt</translation>
    </message>
    <message>
        <source>Move End La&amp;ter</source>
        <translation>&amp;Fin plus tard</translation>
    </message>
    <message>
        <source>Select Ne&amp;xt Annotation</source>
        <translation>Annotation sui&amp;vante</translation>
    </message>
    <message>
        <source>Select &amp;Previous Annotation</source>
        <translation>Annotation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Effacer la sélection</translation>
    </message>
    <message>
        <source>Adjust &amp;Span</source>
        <translation>A&amp;juster le passage</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source> (note: %1)</source>
        <translation> (note : %1)</translation>
    </message>
    <message>
        <source>Several annotations here: choose one</source>
        <translation>Plusieurs annotations ici : choisissez-en une</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>Impossible de modifier l’annotation</translation>
    </message>
    <message>
        <source>Select some words to tag.</source>
        <translation>Sélectionnez des mots à étiqueter.</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>Select a passage first (mouse, or Shift+arrow keys), then choose a tag.</source>
        <translation>Sélectionnez d’abord un passage (souris, ou Maj+flèches), puis choisissez une étiquette.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>« %1 » supprimé. Ctrl+Z le rétablit.</translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation>Ajuster le passage</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>Drag to move this article to another place</source>
        <translation>Faites glisser pour déplacer cet article</translation>
    </message>
</context>
<context>
    <name>PaneLayout</name>
    <message>
        <source>Follow &amp;System</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation>Déplacer la colonne à &amp;gauche</translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation>Déplacer la colonne à &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>Défilement &amp;synchronisé</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Appar&amp;ence</translation>
    </message>
</context>
<context>
    <name>PaneMenu</name>
    <message>
        <source>Passage menu</source>
        <translation>Menu du passage</translation>
    </message>
    <message>
        <source>Tag the selection as</source>
        <translation>Étiqueter la sélection comme</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation>Changer l’é&amp;tiquette</translation>
    </message>
    <message>
        <source>Select &amp;Another Here</source>
        <translation>Choisir une &amp;autre ici</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Fin&amp;d in Annotations…</source>
        <translation>Rec&amp;hercher dans les annotations…</translation>
    </message>
    <message>
        <source>Search the quotes and notes of your annotations</source>
        <translation>Rechercher dans les citations et les notes de vos annotations</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pan&amp;neaux</translation>
    </message>
    <message>
        <source>Show this panel and move the keyboard to it; again to return to the text</source>
        <translation>Afficher ce panneau et y placer le clavier ; à nouveau pour revenir au texte</translation>
    </message>
</context>
<context>
    <name>PreviewKeys</name>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them.</source>
        <translation>Sélectionnez des mots avec Maj et les flèches, puis appuyez sur 1 à 4 pour les étiqueter.</translation>
    </message>
    <message>
        <source>Still opening: nothing was changed. Press the key again in a moment.</source>
        <translation>Ouverture en cours : rien n’a été modifié. Appuyez de nouveau sur la touche dans un instant.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1. Press the key again in a moment.</source>
        <translation>Rien n’a été enregistré : %1. Appuyez de nouveau sur la touche dans un instant.</translation>
    </message>
    <message>
        <source>%1: “%2” saved</source>
        <translation>%1 : « %2 » enregistré</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation>Média, auteur et date non indiqués</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress of the other figures</source>
        <translation>Avancement des autres indicateurs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Compute Again</source>
        <translation>Recalculer</translation>
    </message>
    <message>
        <source>Computing the other figures…</source>
        <translation>Calcul des autres indicateurs…</translation>
    </message>
</context>
<context>
    <name>QdaText</name>
    <message>
        <source>text source not in the exercise</source>
        <translation>source textuelle absente de l’exercice</translation>
    </message>
    <message>
        <source>code not in the exercise&apos;s tag set</source>
        <translation>code absent du jeu d’étiquettes de l’exercice</translation>
    </message>
    <message>
        <source>not imported: {problem}</source>
        <translation>non importé : {problem}</translation>
    </message>
    <message>
        <source>{selections} from {coders} imported</source>
        <translation>importation : {selections} de {coders}</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n sélection</numerusform>
            <numerusform>%n sélections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codeur</numerusform>
            <numerusform>%n codeurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored to the article text</source>
        <translation>
            <numerusform>%n réancrée dans le texte de l’article</numerusform>
            <numerusform>%n réancrées dans le texte de l’article</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphan(s)</source>
        <translation>
            <numerusform>%n conservée comme orpheline</numerusform>
            <numerusform>%n conservées comme orphelines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped ({reason})</source>
        <translation>
            <numerusform>%n ignorée ({reason})</numerusform>
            <numerusform>%n ignorées ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written, {reason}</source>
        <translation>rien n’a été écrit, {reason}</translation>
    </message>
    <message>
        <source>Coder from {file}</source>
        <translation>Codeur de {file}</translation>
    </message>
    <message>
        <source>not imported, because no backup could be made first ({reason})</source>
        <translation>non importé, car aucune sauvegarde n’a pu être faite au préalable ({reason})</translation>
    </message>
    <message>
        <source>not imported ({reason})</source>
        <translation>non importé ({reason})</translation>
    </message>
</context>
<context>
    <name>QdpxText</name>
    <message>
        <source>a code</source>
        <translation>un code</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>un utilisateur</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <source>a selection</source>
        <translation>une sélection</translation>
    </message>
    <message>
        <source>a text source</source>
        <translation>une source textuelle</translation>
    </message>
    <message>
        <source>{what} has no valid GUID ({value})</source>
        <translation>{what} n’a pas de GUID valide ({value})</translation>
    </message>
    <message>
        <source>selection {id} has no whole-number position ({value})</source>
        <translation>la sélection {id} n’a pas de position entière ({value})</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML ({reason})</source>
        <translation>project.qde n’est pas un XML bien formé ({reason})</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project (no Project element in the namespace {namespace})</source>
        <translation>project.qde n’est pas un projet REFI-QDA (pas d’élément Project dans l’espace de noms {namespace})</translation>
    </message>
    <message>
        <source>text source {name} keeps its text outside the file (plainTextPath is not internal://)</source>
        <translation>la source textuelle {name} garde son texte hors du fichier (plainTextPath n’est pas internal://)</translation>
    </message>
    <message numerus="yes">
        <source>selection {id} ({start}-{end}) lies outside its source (%n character(s))</source>
        <translation>
            <numerusform>la sélection {id} ({start}-{end}) est en dehors de sa source (%n caractère)</numerusform>
            <numerusform>la sélection {id} ({start}-{end}) est en dehors de sa source (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text</source>
        <translation>{member} n’est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>QuestionListEditor</name>
    <message>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>Rating 1–5 with reasons</source>
        <translation>Note de 1 à 5 avec justification</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Add questi&amp;on</source>
        <translation>Aj&amp;outer une question</translation>
    </message>
    <message>
        <source>Answer &amp;kind:</source>
        <translation>&amp;Type de réponse :</translation>
    </message>
    <message>
        <source>Students answer every question for each article. Double-click a question to edit its text.</source>
        <translation>Les élèves répondent à chaque question pour chaque article. Double-cliquez sur une question pour modifier son texte.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Removing this question deletes %1 when you press OK. Remove it?</source>
        <translation>Retirer cette question supprime %1 quand vous cliquez sur OK. La retirer ?</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>not reliable</source>
        <translation>pas fiable</translation>
    </message>
    <message>
        <source>very reliable</source>
        <translation>très fiable</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Reasons for %1</source>
        <translation>Justification pour %1</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Your reasons…</source>
        <translation>Votre justification…</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Votre réponse…</translation>
    </message>
    <message>
        <source>Reliability %1 of 5</source>
        <translation>Fiabilité %1 sur 5</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <source>Cannot be computed: there are fewer than two annotators, or nobody&apos;s markup varied (for example nothing was highlighted), so there is no agreement to measure.</source>
        <translation>Impossible à calculer : il y a moins de deux annotateurs, ou personne n’a annoté différemment (par exemple, rien n’a été surligné) ; il n’y a donc pas d’accord à mesurer.</translation>
    </message>
    <message>
        <source>Cannot be computed: there is nothing to compare on either side.</source>
        <translation>Impossible à calculer : il n’y a rien à comparer d’un côté ou de l’autre.</translation>
    </message>
    <message>
        <source>{value}. Reliable agreement: the class marked this text in much the same way. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Accord fiable : la classe a annoté ce texte à peu près de la même façon. (1 = accord parfait, 0 = hasard, fiable à partir de 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Tentative agreement: broadly similar markups, but enough differences that conclusions should be drawn with care. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Accord provisoire : des annotations globalement semblables, mais assez de différences pour tirer des conclusions avec prudence. (1 = accord parfait, 0 = hasard, fiable à partir de 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Low agreement: students often marked different passages or chose different tags; worth discussing in class. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Accord faible : les élèves ont souvent marqué des passages différents ou choisi des étiquettes différentes ; à discuter en classe. (1 = accord parfait, 0 = hasard, fiable à partir de 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Hardly better than chance: the markups look about as alike as random highlighting with the same amounts would. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. À peine mieux que le hasard : les annotations se ressemblent à peu près autant que des surlignages aléatoires de même quantité. (1 = accord parfait, 0 = hasard, fiable à partir de 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Systematic disagreement: students differ more than chance would predict, perhaps the tags were understood differently. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Désaccord systématique : les élèves divergent plus que le hasard ne le prévoit ; les étiquettes ont peut-être été comprises différemment. (1 = accord parfait, 0 = hasard, fiable à partir de 0,8.)</translation>
    </message>
    <message>
        <source>{value}: poor (below chance) agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value} : accord médiocre (inférieur au hasard) au-delà du hasard (1 = parfait, 0 = ce que donnerait le hasard seul).</translation>
    </message>
    <message>
        <source>{value}: slight agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value} : accord léger au-delà du hasard (1 = parfait, 0 = ce que donnerait le hasard seul).</translation>
    </message>
    <message>
        <source>{value}: fair agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value} : accord passable au-delà du hasard (1 = parfait, 0 = ce que donnerait le hasard seul).</translation>
    </message>
    <message>
        <source>{value}: moderate agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value} : accord modéré au-delà du hasard (1 = parfait, 0 = ce que donnerait le hasard seul).</translation>
    </message>
    <message>
        <source>{value}: substantial agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value} : accord important au-delà du hasard (1 = parfait, 0 = ce que donnerait le hasard seul).</translation>
    </message>
    <message>
        <source>{value}: almost perfect agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value} : accord presque parfait au-delà du hasard (1 = parfait, 0 = ce que donnerait le hasard seul).</translation>
    </message>
    <message>
        <source>{percent}% of what was marked is also in the reference.</source>
        <translation>{percent} % de ce qui a été marqué figure aussi dans la référence.</translation>
    </message>
    <message>
        <source>{percent}% of what the reference marks was found.</source>
        <translation>{percent} % de ce que marque la référence a été trouvé.</translation>
    </message>
    <message>
        <source>{value}: close match (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value} : correspondance étroite (1 = les mêmes passages, 0 = rien en commun).</translation>
    </message>
    <message>
        <source>{value}: partial match (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value} : correspondance partielle (1 = les mêmes passages, 0 = rien en commun).</translation>
    </message>
    <message>
        <source>{value}: mostly different (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value} : plutôt différent (1 = les mêmes passages, 0 = rien en commun).</translation>
    </message>
    <message>
        <source>{value}: no overlap (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value} : aucun recoupement (1 = les mêmes passages, 0 = rien en commun).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ou&amp;vrir un exercice récent</translation>
    </message>
    <message>
        <source>No recent exercises</source>
        <translation>Aucun exercice récent</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>supports</source>
        <translation>étaye</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>same claim as</source>
        <translation>même affirmation que</translation>
    </message>
    <message>
        <source>solid underline</source>
        <translation>soulignement continu</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>soulignement en tirets</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>soulignement pointillé</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>soulignement ondulé</translation>
    </message>
    <message>
        <source>double underline</source>
        <translation>soulignement double</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>Article {number}</translation>
    </message>
    <message>
        <source>Legend and counts</source>
        <translation>Légende et décomptes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Without colour</source>
        <translation>Sans couleur</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between highlights</source>
        <translation>
            <numerusform>%n lien entre surlignages</numerusform>
            <numerusform>%n liens entre surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source-evaluation answer(s)</source>
        <translation>
            <numerusform>%n réponse d&apos;évaluation des sources</numerusform>
            <numerusform>%n réponses d&apos;évaluation des sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The text of this article is not available.</source>
        <translation>Le texte de cet article n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Highlights that no longer fit this text</source>
        <translation>Surlignages qui ne correspondent plus à ce texte</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Aucun lien.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation>Évaluation des sources</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Aucune question.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Élève :</translation>
    </message>
    <message>
        <source>Handed in: {time} · exercise revision {revision}</source>
        <translation>Rendu : {time} · version de l&apos;exercice {revision}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alpha de Krippendorff</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Mean pairwise Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen moyen par paires</translation>
    </message>
    <message numerus="yes">
        <source>{marked} of %n students; most chose {tag}</source>
        <translation>
            <numerusform>{marked} élève sur %n ; la plupart ont choisi {tag}</numerusform>
            <numerusform>{marked} élèves sur %n ; la plupart ont choisi {tag}</numerusform>
        </translation>
    </message>
    <message>
        <source>; students disagree on the tag</source>
        <translation> ; les élèves ne sont pas d&apos;accord sur l&apos;étiquette</translation>
    </message>
    <message>
        <source>Stronger colour: more students highlighted it.</source>
        <translation>Couleur plus forte : plus d&apos;élèves l&apos;ont surligné.</translation>
    </message>
    <message>
        <source>Hatched and wavy</source>
        <translation>Hachuré et ondulé</translation>
    </message>
    <message>
        <source>students chose different tags.</source>
        <translation>les élèves ont choisi des étiquettes différentes.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation>Alpha d’unitisation (avancé)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Each student&apos;s highlights with every tag against the answer key. F1 is high only when most of what the student marked is in the key and most of the key was found: 1.00 = the same as the key, 0.00 = nothing in common. Exact counts only the key&apos;s exact passages, overlapping any passage that overlaps one with the same tag, characters character by character.</source>
        <translation>Les surlignages de chaque élève, toutes étiquettes confondues, comparés au corrigé. F1 n&apos;est élevé que si l&apos;essentiel de ce que l&apos;élève a surligné est dans le corrigé et que l&apos;essentiel du corrigé a été trouvé : 1,00 = identique au corrigé, 0,00 = rien en commun. Exact ne compte que les passages exacts du corrigé, chevauchement tout passage qui en chevauche un de même étiquette, caractères caractère par caractère.</translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. Disagreement runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over).</source>
        <translation>Les phrases où la classe s&apos;est le plus divisée, à discuter. Le désaccord va de 0 (tout le monde était d&apos;accord) à 1 (la moitié l&apos;a surligné, et les étiquettes partaient dans tous les sens).</translation>
    </message>
    <message>
        <source>No answer key for this article, so nobody is scored.</source>
        <translation>Pas de corrigé pour cet article, personne n&apos;est donc noté.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>F1, exact spans</source>
        <translation>F1, passages exacts</translation>
    </message>
    <message>
        <source>F1, overlapping spans</source>
        <translation>F1, passages qui se chevauchent</translation>
    </message>
    <message>
        <source>F1, characters</source>
        <translation>F1, caractères</translation>
    </message>
    <message>
        <source>No passage was contested.</source>
        <translation>Aucun passage n&apos;a été contesté.</translation>
    </message>
    <message>
        <source>disagreement {score}</source>
        <translation>désaccord {score}</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) annotated this article.</source>
        <translation>
            <numerusform>%n élève a annoté cet article.</numerusform>
            <numerusform>%n élèves ont annoté cet article.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class overlay</source>
        <translation>Superposition de la classe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen par paires</translation>
    </message>
    <message>
        <source>Pairwise span F1 (overlapping spans)</source>
        <translation>F1 des passages par paires (passages qui se chevauchent)</translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation>Passages controversés</translation>
    </message>
    <message>
        <source>Scores against the key</source>
        <translation>Scores par rapport au corrigé</translation>
    </message>
    <message>
        <source>Tags per student</source>
        <translation>Étiquettes par élève</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Nombre de passages surlignés</translation>
    </message>
    <message>
        <source>Nobody annotated this article.</source>
        <translation>Personne n&apos;a annoté cet article.</translation>
    </message>
    <message>
        <source>Untitled exercise</source>
        <translation>Exercice sans titre</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Tag distribution per article</source>
        <translation>Répartition des étiquettes par article</translation>
    </message>
    <message>
        <source>Number of highlights, all students</source>
        <translation>Nombre de surlignages, tous les élèves</translation>
    </message>
    <message>
        <source>Students are anonymised.</source>
        <translation>Les élèves sont anonymisés.</translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation>Évaluation : {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n article.</numerusform>
            <numerusform>%n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The app will be shown in %1 from its next start.</source>
        <translation>L&apos;application sera affichée en %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now to switch at once: your work is saved, and the app opens again with the same database and exercise.</source>
        <translation>Redémarrez maintenant pour changer tout de suite : votre travail est enregistré, et l&apos;application se rouvre avec la même base de données et le même exercice.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return Feedback</source>
        <translation>Rendre les retours</translation>
    </message>
    <message>
        <source>Each student who handed in gets their own feedback, which opens only for them. Nothing of another student&apos;s markup or name is in it.</source>
        <translation>Chaque élève ayant rendu son travail reçoit son propre retour, qui ne s’ouvre que chez lui. Il ne contient rien des annotations ni du nom d’un autre élève.</translation>
    </message>
    <message>
        <source>Each student who handed in gets one file, NAME.feedback.json, that opens only for them. Nothing of another student&apos;s markup or name is in it.</source>
        <translation>Chaque élève ayant rendu son travail reçoit un fichier, NOM.feedback.json, qui ne s’ouvre que chez lui. Il ne contient rien des annotations ni du nom d’un autre élève.</translation>
    </message>
    <message>
        <source>The answer key, with your explanation of each passage</source>
        <translation>Le corrigé, avec votre explication de chaque passage</translation>
    </message>
    <message>
        <source>The class overlay: how many students marked each line</source>
        <translation>La superposition de la classe : combien d’élèves ont marqué chaque ligne</translation>
    </message>
    <message>
        <source>Their scores against the key, in plain words</source>
        <translation>Ses scores par rapport au corrigé, en termes simples</translation>
    </message>
    <message>
        <source>Your comments to the student and on their passages</source>
        <translation>Vos commentaires à l’élève et sur ses passages</translation>
    </message>
    <message>
        <source>Counts only, no names. Left out when fewer than 3 students handed in, because the counts would then show a classmate&apos;s markup.</source>
        <translation>Des nombres seulement, aucun nom. Omis si moins de 3 élèves ont rendu leur travail, car les nombres révéleraient alors les annotations d’un camarade.</translation>
    </message>
    <message>
        <source>Release to the students on the server</source>
        <translation>Publier pour les élèves sur le serveur</translation>
    </message>
    <message>
        <source>Each student sees their feedback in the app, without a file, after they handed in. Releasing again replaces it; Review &gt; Withdraw Released Feedback takes it back.</source>
        <translation>Chaque élève voit son retour dans l’application, sans fichier, après avoir rendu son travail. Publier à nouveau le remplace ; Bilan &gt; Retirer les retours publiés le reprend.</translation>
    </message>
    <message>
        <source>Write feedback files into a folder:</source>
        <translation>Écrire des fichiers de retour dans un dossier :</translation>
    </message>
    <message>
        <source>Folder for the feedback files</source>
        <translation>Dossier des fichiers de retour</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Write Feedback Files</source>
        <translation>Écrire les fichiers de retour</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <source>Write the files into:</source>
        <translation>Écrire les fichiers dans :</translation>
    </message>
    <message>
        <source>Return it:</source>
        <translation>Rendre :</translation>
    </message>
    <message>
        <source>Folder for the Feedback Files</source>
        <translation>Dossier des fichiers de retour</translation>
    </message>
    <message>
        <source>Release Feedback</source>
        <translation>Publier les retours</translation>
    </message>
</context>
<context>
    <name>ReturnText</name>
    <message>
        <source>unknown part {part}: choose from {parts}</source>
        <translation>partie inconnue {part} : choisissez parmi {parts}</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>aucun exercice avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>no student with id {id}</source>
        <translation>aucun élève avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>{name} has not handed in {title}</source>
        <translation>{name} n&apos;a pas rendu {title}</translation>
    </message>
    <message numerus="yes">
        <source>class overlay left out: fewer than %n students, so counts would show a classmate&apos;s markup</source>
        <translation>
            <numerusform>vue de la classe omise : moins de %n élève, les chiffres révéleraient les marquages d&apos;un camarade</numerusform>
            <numerusform>vue de la classe omise : moins de %n élèves, les chiffres révéleraient les marquages d&apos;un camarade</numerusform>
        </translation>
    </message>
    <message>
        <source>the articles changed since the hand-in: the student&apos;s work as it is now was used</source>
        <translation>les articles ont changé depuis le rendu : le travail de l&apos;élève dans son état actuel a été utilisé</translation>
    </message>
    <message>
        <source>cannot create the folder ({reason})</source>
        <translation>impossible de créer le dossier ({reason})</translation>
    </message>
    <message>
        <source>no annotator with id {id}</source>
        <translation>aucun annotateur avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>comments are written to students only</source>
        <translation>les commentaires ne s&apos;adressent qu&apos;aux élèves</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>aucune annotation avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>that annotation is not this student&apos;s work on this exercise</source>
        <translation>cette annotation ne fait pas partie du travail de cet élève sur cet exercice</translation>
    </message>
    <message>
        <source>explanations belong to answer-key passages</source>
        <translation>les explications accompagnent les passages du corrigé</translation>
    </message>
    <message>
        <source>releasing feedback needs a school server (postgresql://); on this computer write feedback files instead</source>
        <translation>publier un retour nécessite un serveur de l&apos;établissement (postgresql://) ; sur cet ordinateur, écrivez plutôt des fichiers de retour</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Class Overview…</source>
        <translation>Vue d’ensemble de la &amp;classe…</translation>
    </message>
    <message>
        <source>See how the whole class marked up this exercise</source>
        <translation>Voir comment toute la classe a annoté cet exercice</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>Exporter le &amp;bilan…</translation>
    </message>
    <message>
        <source>Save the class review as an HTML file</source>
        <translation>Enregistrer le bilan de la classe dans un fichier HTML</translation>
    </message>
    <message>
        <source>Export &amp;Scores (CSV)…</source>
        <translation>Exporter les &amp;scores (CSV)…</translation>
    </message>
    <message>
        <source>Save every student&apos;s scores against the key as CSV</source>
        <translation>Enregistrer les scores de chaque élève par rapport au corrigé en CSV</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Bilan %1</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Impossible d’exporter le bilan</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Exporter les scores</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation>Impossible d’exporter les scores</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Lecture de la classe</translation>
    </message>
    <message>
        <source>Overlay and agreement</source>
        <translation>Superposition et accord</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>handed in, nothing marked</source>
        <translation>rendu, rien de marqué</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>exercise {exercise} has no article with id {id}</source>
        <translation>l&apos;exercice {exercise} n&apos;a pas d&apos;article avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>article {title}: {problem}</source>
        <translation>article {title} : {problem}</translation>
    </message>
    <message>
        <source>article {title!r}: an annotation uses a tag outside the exercise&apos;s tag set</source>
        <translation>article {title!r} : une annotation utilise une catégorie qui n’appartient pas au jeu de catégories de l’exercice</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Class Overview: %1 — %2</source>
        <translation>Vue d’ensemble de la classe : %1 — %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Show students as Student 1…N, for projecting in class</source>
        <translation>Afficher les élèves comme Élève 1…N, pour la projection en classe</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Larger text, for projecting (Ctrl++)</source>
        <translation>Texte plus grand, pour la projection (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exporter le bilan…</translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation>Exporter les scores (CSV)…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source> Article: </source>
        <translation> Article : </translation>
    </message>
    <message>
        <source>Students shown in the overlay</source>
        <translation>Élèves affichés dans la superposition</translation>
    </message>
    <message>
        <source>Untick a student to leave them out of every figure.</source>
        <translation>Décochez un élève pour l’exclure de tous les indicateurs.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Élèves</translation>
    </message>
    <message>
        <source>Class Overlay</source>
        <translation>Superposition</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Vues du bilan</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>Computing the class review…</source>
        <translation>Calcul du bilan de la classe…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled. The figures of this article were not computed.</source>
        <translation>Annulé. Les indicateurs de cet article n’ont pas été calculés.</translation>
    </message>
    <message>
        <source>Cancelled: some figures were not computed.</source>
        <translation>Annulé : certains indicateurs n’ont pas été calculés.</translation>
    </message>
    <message>
        <source>Could not compute the review: %1</source>
        <translation>Impossible de calculer le bilan : %1</translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, an answer key.</source>
        <translation>
            <numerusform>Cet article : %n élève affiché, un corrigé.</numerusform>
            <numerusform>Cet article : %n élèves affichés, un corrigé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</source>
        <translation>
            <numerusform>Cet article : %n élève affiché, pas encore de corrigé (Bilan &gt; Annoter le corrigé dans la fenêtre principale).</numerusform>
            <numerusform>Cet article : %n élèves affichés, pas encore de corrigé (Bilan &gt; Annoter le corrigé dans la fenêtre principale).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still being computed: the progress is shown at the foot of the window.</source>
        <translation>Calcul en cours : l’avancement s’affiche en bas de la fenêtre.</translation>
    </message>
    <message>
        <source>Select at least two students in the list first (Ctrl+click).</source>
        <translation>Sélectionnez d’abord au moins deux élèves dans la liste (Ctrl+clic).</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Bilan %1</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Impossible d’exporter le bilan</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bilan écrit dans %1</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Exporter les scores</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation>Impossible d’exporter les scores</translation>
    </message>
    <message>
        <source>Scores written to %1</source>
        <translation>Scores écrits dans %1</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>No scores yet: there is no answer key. In the main window, switch on Review &gt; Annotate the Answer Key, tag the passages the way you want them tagged, then switch it off; every student is then scored against your key here.</source>
        <translation>Pas encore de scores : il n’y a pas de corrigé. Dans la fenêtre principale, activez Bilan &gt; Annoter le corrigé, étiquetez les passages comme vous le souhaitez, puis désactivez-le ; chaque élève est alors noté ici par rapport à votre corrigé.</translation>
    </message>
    <message>
        <source>Each row compares one student&apos;s highlights with the answer key (1.00 = the same as the key, 0.00 = nothing in common). P: how much of what the student marked is in the key. R: how much of the key the student found. F1: P and R together. Exact counts only the key&apos;s exact passages, Overlap any overlapping passage with the same tag, Chars character by character. Click a heading to sort; hover it for more.</source>
        <translation>Chaque ligne compare les surlignages d’un élève au corrigé (1,00 = comme le corrigé, 0,00 = rien en commun). P : part de ce que l’élève a marqué qui figure dans le corrigé. R : part du corrigé que l’élève a trouvée. F1 : P et R ensemble. « Exact » ne compte que les passages exacts du corrigé, « Chevauchement » tout passage qui chevauche avec la même étiquette, « Caractères » caractère par caractère. Cliquez sur un en-tête pour trier ; survolez-le pour en savoir plus.</translation>
    </message>
    <message>
        <source>Scores against the answer key</source>
        <translation>Scores par rapport au corrigé</translation>
    </message>
    <message>
        <source>Only the all-tags rows</source>
        <translation>Seulement les lignes « toutes les étiquettes »</translation>
    </message>
    <message>
        <source>One row per student and article: their highlights with every tag together, against the key</source>
        <translation>Une ligne par élève et par article : tous ses surlignages ensemble, par rapport au corrigé</translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation>Exporter les scores (CSV)…</translation>
    </message>
    <message>
        <source>Student for the confusion matrix</source>
        <translation>Élève pour la matrice de confusion</translation>
    </message>
    <message>
        <source>Tag confusion: student against key</source>
        <translation>Confusion des étiquettes : élève par rapport au corrigé</translation>
    </message>
    <message>
        <source>Spans behind the chosen cell</source>
        <translation>Passages derrière la case choisie</translation>
    </message>
    <message>
        <source>Click a cell to list the spans behind it.</source>
        <translation>Cliquez sur une case pour lister les passages correspondants.</translation>
    </message>
    <message>
        <source>In this article, the tags chosen by (rows) against the key&apos;s (columns):</source>
        <translation>Dans cet article, les étiquettes choisies par (lignes) par rapport à celles du corrigé (colonnes) :</translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Student id</source>
        <translation>Identifiant de l’élève</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation>Exact P</translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation>Exact R</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>Exact F1</translation>
    </message>
    <message>
        <source>Overlap P</source>
        <translation>Chevauchement P</translation>
    </message>
    <message>
        <source>Overlap R</source>
        <translation>Chevauchement R</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>Chevauchement F1</translation>
    </message>
    <message>
        <source>Chars P</source>
        <translation>Caractères P</translation>
    </message>
    <message>
        <source>Chars R</source>
        <translation>Caractères R</translation>
    </message>
    <message>
        <source>Chars F1</source>
        <translation>Caractères F1</translation>
    </message>
    <message>
        <source>spans with exactly the key&apos;s start, end and tag</source>
        <translation>les passages ayant exactement le début, la fin et l’étiquette du corrigé</translation>
    </message>
    <message>
        <source>spans overlapping a key span of the same tag (one-to-one)</source>
        <translation>les passages qui chevauchent un passage du corrigé de même étiquette (un pour un)</translation>
    </message>
    <message>
        <source>characters marked with the same tag as the key</source>
        <translation>les caractères marqués avec la même étiquette que le corrigé</translation>
    </message>
    <message>
        <source>Precision: the share of what the student marked that matches the key</source>
        <translation>Précision : part de ce que l’élève a marqué qui correspond au corrigé</translation>
    </message>
    <message>
        <source>Recall: the share of the key that the student found</source>
        <translation>Rappel : part du corrigé que l’élève a trouvée</translation>
    </message>
    <message>
        <source>F1: precision and recall together, high only when both are</source>
        <translation>F1 : précision et rappel ensemble, élevé seulement si les deux le sont</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>%1, counting %2. 1.00 = the same as the key, 0.00 = nothing in common; – = nothing to count.</source>
        <translation>%1, en comptant %2. 1,00 = comme le corrigé, 0,00 = rien en commun ; – = rien à compter.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>Keep your work on your school&apos;s server, to go on from any computer</source>
        <translation>Conserver votre travail sur le serveur de l’établissement, pour continuer depuis n’importe quel ordinateur</translation>
    </message>
    <message>
        <source>Connect to School Ser&amp;ver…</source>
        <translation>Se connecter au &amp;serveur de l’établissement…</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s Data&amp;base</source>
        <translation>Utiliser la &amp;base de données de cet ordinateur</translation>
    </message>
    <message>
        <source>Work in the database on this computer again</source>
        <translation>Travailler à nouveau dans la base de données de cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>School server: {0}, %n change(s) kept aside</source>
        <translation>
            <numerusform>Serveur de l’établissement : {0}, %n modification mise de côté</numerusform>
            <numerusform>Serveur de l’établissement : {0}, %n modifications mises de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>These changes no longer fitted the work on the server (a passage was deleted or changed meanwhile). They are kept on this computer in {0}.</source>
        <translation>Ces modifications ne correspondaient plus au travail sur le serveur (un passage a été supprimé ou modifié entre-temps). Elles sont conservées sur cet ordinateur dans {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Hors ligne, %n modification en attente</numerusform>
            <numerusform>Hors ligne, %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>The school server cannot be reached. Your work is kept on this computer and sent, in order, as soon as the server is back.</source>
        <translation>Le serveur de l’établissement est injoignable. Votre travail est conservé sur cet ordinateur et envoyé, dans l’ordre, dès que le serveur revient.</translation>
    </message>
    <message>
        <source>✓ Kept offline</source>
        <translation>✓ Conservé hors ligne</translation>
    </message>
    <message>
        <source>School server: {0}</source>
        <translation>Serveur de l’établissement : {0}</translation>
    </message>
    <message>
        <source>Your work from while the server was away has been sent. The exercise had changed meanwhile:</source>
        <translation>Le travail fait pendant l’absence du serveur a été envoyé. L’exercice avait changé entre-temps :</translation>
    </message>
    <message>
        <source>Changes Sent</source>
        <translation>Modifications envoyées</translation>
    </message>
</context>
<context>
    <name>ServerFeedback</name>
    <message>
        <source>&amp;Withdraw Released Feedback…</source>
        <translation>&amp;Retirer les retours publiés…</translation>
    </message>
    <message>
        <source>Take back the feedback released to the students on the school server</source>
        <translation>Reprendre les retours publiés pour les élèves sur le serveur de l’établissement</translation>
    </message>
    <message>
        <source>Show the feedback your teacher released, or open a feedback file</source>
        <translation>Afficher le retour publié par votre enseignant, ou ouvrir un fichier de retour</translation>
    </message>
    <message>
        <source>Withdraw Released Feedback</source>
        <translation>Retirer les retours publiés</translation>
    </message>
    <message numerus="yes">
        <source>Take back the feedback on “%1” from %n student(s)? They no longer see it in the app until you release it again.</source>
        <translation>
            <numerusform>Retirer le retour sur « %1 » à %n élève ? Il ne le verra plus dans l’application tant que vous ne le publiez pas à nouveau.</numerusform>
            <numerusform>Retirer le retour sur « %1 » à %n élèves ? Ils ne le verront plus dans l’application tant que vous ne le publiez pas à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Ouvrir un retour</translation>
    </message>
    <message>
        <source>Open a File…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Nothing is released on this exercise yet.</source>
        <translation>Rien n’est encore publié pour cet exercice.</translation>
    </message>
    <message numerus="yes">
        <source>Released to %n student(s) on %1; releasing again replaces it.</source>
        <translation>
            <numerusform>Publié pour %n élève le %1 ; publier à nouveau le remplace.</numerusform>
            <numerusform>Publié pour %n élèves le %1 ; publier à nouveau les remplace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return Feedback</source>
        <translation>Rendre les retours</translation>
    </message>
    <message>
        <source>Nobody has handed in this exercise yet: feedback goes only to students who handed in.</source>
        <translation>Personne n’a encore rendu cet exercice : les retours ne vont qu’aux élèves qui ont rendu leur travail.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback released to %n student(s) on the school server.</source>
        <translation>
            <numerusform>Retour publié pour %n élève sur le serveur de l’établissement.</numerusform>
            <numerusform>Retours publiés pour %n élèves sur le serveur de l’établissement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them it replaces the feedback released before.</source>
        <translation>
            <numerusform>Pour %n d’entre eux, il remplace le retour publié auparavant.</numerusform>
            <numerusform>Pour %n d’entre eux, il remplace le retour publié auparavant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each student sees only their own feedback, in the app, after they handed in.</source>
        <translation>Chaque élève ne voit que son propre retour, dans l’application, après avoir rendu son travail.</translation>
    </message>
    <message>
        <source>No feedback is released on this exercise.</source>
        <translation>Aucun retour n’est publié pour cet exercice.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback withdrawn from %n student(s).</source>
        <translation>
            <numerusform>Retour retiré à %n élève.</numerusform>
            <numerusform>Retours retirés à %n élèves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your teacher took back the feedback on this exercise for now.</source>
        <translation>Votre enseignant a repris pour l’instant le retour sur cet exercice.</translation>
    </message>
    <message>
        <source>Feedback from your teacher is here: see the Feedback view beside the text.</source>
        <translation>Le retour de votre enseignant est arrivé : voyez la vue « Retour » à côté du texte.</translation>
    </message>
    <message>
        <source>The school server cannot be reached just now, so released feedback cannot be shown. Your work is safe; try again later.</source>
        <translation>Le serveur de l’établissement est injoignable pour l’instant : le retour publié ne peut pas être affiché. Votre travail est en sécurité ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Feedback on “%1” opens after you hand in (File &gt; Hand In…). Your teacher then releases it, and it appears here by itself.</source>
        <translation>Le retour sur « %1 » s’ouvre après que vous avez rendu votre travail (Fichier &gt; Rendre…). Votre enseignant le publie ensuite et il apparaît ici tout seul.</translation>
    </message>
    <message>
        <source>Your teacher has not released feedback on “%1” yet. It appears here by itself once they do; you need no file.</source>
        <translation>Votre enseignant n’a pas encore publié de retour sur « %1 ». Il apparaîtra ici tout seul dès que ce sera fait ; aucun fichier n’est nécessaire.</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>a school server is a postgresql:// URL</source>
        <translation>un serveur de l&apos;établissement est une URL postgresql://</translation>
    </message>
    <message>
        <source>no class called {name}: add it with &apos;annotator server add-class&apos;</source>
        <translation>aucune classe nommée {name} : créez-la avec &apos;annotator server add-class&apos;</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>aucun exercice avec l&apos;identifiant {id}</translation>
    </message>
    <message>
        <source>an answer key is not a person and gets no login</source>
        <translation>un corrigé n&apos;est pas une personne et n&apos;a pas d&apos;identifiant de connexion</translation>
    </message>
    <message>
        <source>a login is 2-63 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>un identifiant compte de 2 à 63 lettres minuscules, chiffres, points, tirets ou tirets bas, et commence par une lettre</translation>
    </message>
    <message>
        <source>the login {login} is already taken on this server</source>
        <translation>l&apos;identifiant {login} est déjà pris sur ce serveur</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (save the class list as CSV UTF-8)</source>
        <translation>pas du texte UTF-8 (enregistrez la liste de classe en CSV UTF-8)</translation>
    </message>
    <message>
        <source>the class list is empty</source>
        <translation>la liste de classe est vide</translation>
    </message>
    <message>
        <source>the first row must name the columns (name, login)</source>
        <translation>la première ligne doit nommer les colonnes (name, login)</translation>
    </message>
    <message>
        <source>row {row} has no name</source>
        <translation>la ligne {row} n&apos;a pas de nom</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Les commandes et leurs touches</translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message numerus="yes">
        <source>span {start}-{end} of {name} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>le passage {start}-{end} de {name} est en dehors d’un texte de %n caractère</numerusform>
            <numerusform>le passage {start}-{end} de {name} est en dehors d’un texte de %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>span {start}-{end} of {name} has unknown tag {tag}</source>
        <translation>le passage {start}-{end} de {name} a une étiquette inconnue {tag}</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>le passage {start}-{end} est en dehors d’un texte de %n caractère</numerusform>
            <numerusform>le passage {start}-{end} est en dehors d’un texte de %n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Rien à afficher pour l’instant.</translation>
    </message>
</context>
<context>
    <name>StartText</name>
    <message>
        <source>The database {path} cannot be written to: {reason}. It was opened read-only: you can read your work, export it and hand it in, but changes cannot be saved until that is fixed and the app restarted.</source>
        <translation>Impossible d’écrire dans la base de données {path} : {reason}. Elle a été ouverte en lecture seule : vous pouvez lire votre travail, l’exporter et le rendre, mais les modifications ne pourront être enregistrées qu’une fois le problème réglé et l’application redémarrée.</translation>
    </message>
    <message>
        <source>Source Annotator did not close properly last time. The database was checked and is fine; nothing was lost that had been saved.</source>
        <translation>Source Annotator ne s’est pas fermé correctement la dernière fois. La base de données a été vérifiée et elle est intacte ; rien de ce qui avait été enregistré n’a été perdu.</translation>
    </message>
    <message>
        <source>A backup could not be made: {reason}</source>
        <translation>Aucune sauvegarde n’a pu être faite : {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation>son dossier n’est pas accessible en écriture ({reason})</translation>
    </message>
    <message>
        <source>cannot be opened: {reason}, and there is no database yet</source>
        <translation>ne peut pas être ouvert : {reason}, et il n’y a pas encore de base de données</translation>
    </message>
    <message>
        <source>cannot be opened: {reason}, and the database needs to be upgraded first</source>
        <translation>ne peut pas être ouvert : {reason}, et la base de données doit d’abord être mise à jour</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>No need to save: every change is saved at once. To give your work to your teacher: File &gt; Hand In…</source>
        <translation>Inutile d’enregistrer : chaque modification est enregistrée aussitôt. Pour remettre votre travail à votre enseignant : Fichier &gt; Rendre…</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1–%2 or click a tag above</source>
        <translation>Pour commencer : sélectionnez un passage, puis appuyez sur %1–%2 ou cliquez sur une étiquette</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1 or click a tag above</source>
        <translation>Pour commencer : sélectionnez un passage, puis appuyez sur %1 ou cliquez sur une étiquette</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then click a tag above</source>
        <translation>Pour commencer : sélectionnez un passage, puis cliquez sur une étiquette</translation>
    </message>
    <message>
        <source>Annotation counts</source>
        <translation>Nombre d’annotations</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Tout est enregistré</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>There is no Save button: every change is stored the moment you make it.</source>
        <translation>Il n’y a pas de bouton Enregistrer : chaque modification est enregistrée dès que vous la faites.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 by you in this exercise</source>
        <translation>%1 et %2 de votre part dans cet exercice</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Saved just now</source>
        <translation>✓ Enregistré à l’instant</translation>
    </message>
    <message>
        <source>Last change stored at %1. There is no Save button: every change is stored the moment you make it.</source>
        <translation>Dernière modification enregistrée à %1. Il n’y a pas de bouton Enregistrer : chaque modification est enregistrée dès que vous la faites.</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>could not write to the disk ({reason})</source>
        <translation>impossible d&apos;écrire sur le disque ({reason})</translation>
    </message>
    <message>
        <source>not a readable database ({reason})</source>
        <translation>pas une base de données lisible ({reason})</translation>
    </message>
    <message>
        <source>the database is damaged ({reason})</source>
        <translation>la base de données est endommagée ({reason})</translation>
    </message>
    <message>
        <source>could not read the database ({reason})</source>
        <translation>impossible de lire la base de données ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>upgrading left %n broken reference(s) (first in table {table}); nothing was changed</source>
        <translation>
            <numerusform>la mise à jour a laissé %n référence cassée (d&apos;abord dans la table {table}) ; rien n&apos;a été modifié</numerusform>
            <numerusform>la mise à jour a laissé %n références cassées (d&apos;abord dans la table {table}) ; rien n&apos;a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the database failed, nothing was changed ({reason})</source>
        <translation>la mise à jour de la base de données a échoué, rien n&apos;a été modifié ({reason})</translation>
    </message>
    <message>
        <source>could not open the database ({reason})</source>
        <translation>impossible d&apos;ouvrir la base de données ({reason})</translation>
    </message>
    <message>
        <source>the database is damaged (unreadable text)</source>
        <translation>la base de données est endommagée (texte illisible)</translation>
    </message>
    <message>
        <source>not a Source Annotator database</source>
        <translation>pas une base de données de Source Annotator</translation>
    </message>
    <message>
        <source>made by a newer version of Source Annotator (schema {revision}); update the app to open it</source>
        <translation>créée par une version plus récente de Source Annotator (schéma {revision}) ; mettez l&apos;application à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the server&apos;s database has an older schema ({revision}, this app needs {head}); ask the administrator to run &apos;annotator server upgrade&apos;</source>
        <translation>la base du serveur a un schéma plus ancien ({revision}, cette application demande {head}) ; demandez à l&apos;administrateur d&apos;exécuter &apos;annotator server upgrade&apos;</translation>
    </message>
    <message>
        <source>the database cannot be written to (read-only file or folder); your change was not saved</source>
        <translation>impossible d&apos;écrire dans la base de données (fichier ou dossier en lecture seule) ; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the disk is full; your change was not saved</source>
        <translation>le disque est plein ; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>another program is holding the database locked; your change was not saved</source>
        <translation>un autre programme verrouille la base de données ; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the database file is damaged ({reason})</source>
        <translation>le fichier de la base de données est endommagé ({reason})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({reason}); your change was not saved</source>
        <translation>le disque a signalé une erreur d&apos;écriture ({reason}) ; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the database reported an error ({reason})</source>
        <translation>la base de données a signalé une erreur ({reason})</translation>
    </message>
    <message>
        <source>the server does not allow this ({reason})</source>
        <translation>le serveur ne le permet pas ({reason})</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user name or password?)</source>
        <translation>le serveur a refusé la connexion (nom d&apos;utilisateur ou mot de passe erroné ?)</translation>
    </message>
    <message>
        <source>the school server cannot be reached ({reason}); your change was not saved on the server</source>
        <translation>le serveur de l&apos;école est injoignable ({reason}) ; votre modification n&apos;a pas été enregistrée sur le serveur</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; your change was not saved</source>
        <translation>le disque du serveur est plein ; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the server was busy; your change was not saved</source>
        <translation>le serveur était occupé ; votre modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the backup copy failed its check ({result})</source>
        <translation>la copie de sauvegarde a échoué à sa vérification ({result})</translation>
    </message>
    <message>
        <source>could not write a backup into {folder} ({reason})</source>
        <translation>impossible d&apos;écrire une sauvegarde dans {folder} ({reason})</translation>
    </message>
    <message>
        <source>The database {name} could not be read: {problem}. Your work may be in a backup; close the app and restart it to restore the newest good backup.</source>
        <translation>La base de données {name} n&apos;a pas pu être lue : {problem}. Votre travail se trouve peut-être dans une sauvegarde ; fermez l&apos;application et relancez-la pour restaurer la dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <source>The database {name} passed the quick check: its structure is sound and every annotation, link and answer points to something that exists.</source>
        <translation>La base de données {name} a réussi la vérification rapide : sa structure est saine et chaque annotation, lien et réponse renvoie à quelque chose qui existe.</translation>
    </message>
    <message>
        <source>The database {name} passed the full check: its structure is sound and every annotation, link and answer points to something that exists.</source>
        <translation>La base de données {name} a réussi la vérification complète : sa structure est saine et chaque annotation, lien et réponse renvoie à quelque chose qui existe.</translation>
    </message>
    <message numerus="yes">
        <source>%n structural problem(s)</source>
        <translation>
            <numerusform>%n problème de structure</numerusform>
            <numerusform>%n problèmes de structure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) pointing to something missing (in {tables})</source>
        <translation>
            <numerusform>%n enregistrement renvoyant à quelque chose d&apos;absent (dans {tables})</numerusform>
            <numerusform>%n enregistrements renvoyant à quelque chose d&apos;absent (dans {tables})</numerusform>
        </translation>
    </message>
    <message>
        <source>The database {name} has {problems}. Export your work now, then restart the app: a damaged database is set aside and the newest good backup is restored.</source>
        <translation>La base de données {name} présente {problems}. Exportez votre travail maintenant, puis relancez l&apos;application : une base endommagée est mise de côté et la dernière bonne sauvegarde est restaurée.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <source>Check: quick</source>
        <translation>Vérification : rapide</translation>
    </message>
    <message>
        <source>Check: integrity</source>
        <translation>Vérification : complète</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Erreur : {problem}</translation>
    </message>
    <message>
        <source>{table} row {row} -&gt; missing {parent}</source>
        <translation>{table} ligne {row} -&gt; {parent} manquant</translation>
    </message>
    <message>
        <source>Result: ok</source>
        <translation>Résultat : ok</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the database structure is damaged</source>
        <translation>la structure de la base de données est endommagée</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>le fichier est vide (0 octet)</translation>
    </message>
    <message numerus="yes">
        <source>the file is too short to be a database (%n byte(s))</source>
        <translation>
            <numerusform>le fichier est trop court pour être une base de données (%n octet)</numerusform>
            <numerusform>le fichier est trop court pour être une base de données (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not start like a database (its beginning was overwritten)</source>
        <translation>le fichier ne commence pas comme une base de données (son début a été écrasé)</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged (impossible page size)</source>
        <translation>l&apos;en-tête du fichier est endommagé (taille de page impossible)</translation>
    </message>
    <message>
        <source>the file was cut short (its length is not a whole number of pages)</source>
        <translation>le fichier a été tronqué (sa longueur n&apos;est pas un nombre entier de pages)</translation>
    </message>
    <message numerus="yes">
        <source>the file was cut short ({there} of %n pages are there)</source>
        <translation>
            <numerusform>le fichier a été tronqué ({there} page sur %n présente)</numerusform>
            <numerusform>le fichier a été tronqué ({there} pages sur %n présentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>de stockage en ligne</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk and hand in or export copies.</source>
        <translation>{path} se trouve sur un partage réseau. SQLite ne peut pas y garder une base de données en sécurité ; gardez-la sur le disque de cet ordinateur et rendez ou exportez des copies.</translation>
    </message>
    <message>
        <source>{path} is on a network drive. SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk and hand in or export copies.</source>
        <translation>{path} se trouve sur un lecteur réseau. SQLite ne peut pas y garder une base de données en sécurité ; gardez-la sur le disque de cet ordinateur et rendez ou exportez des copies.</translation>
    </message>
    <message>
        <source>{path} is inside a {service} folder. A sync program can copy or replace the database halfway through a change; keep it outside synced folders and hand in or export copies instead.</source>
        <translation>{path} se trouve dans un dossier {service}. Un programme de synchronisation peut copier ou remplacer la base de données au milieu d&apos;une modification ; gardez-la hors des dossiers synchronisés et rendez ou exportez plutôt des copies.</translation>
    </message>
    <message>
        <source>{path} is on a network file system ({type} at {mount}). SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk.</source>
        <translation>{path} se trouve sur un système de fichiers réseau ({type} sur {mount}). SQLite ne peut pas y garder une base de données en sécurité ; gardez-la sur le disque de cet ordinateur.</translation>
    </message>
    <message>
        <source>cannot create the lock file {name} ({reason})</source>
        <translation>impossible de créer le fichier de verrou {name} ({reason})</translation>
    </message>
    <message>
        <source>The database {name} is already open in another Source Annotator window. Switch to that window, or close it and try again.</source>
        <translation>La base de données {name} est déjà ouverte dans une autre fenêtre de Source Annotator. Passez à cette fenêtre, ou fermez-la et réessayez.</translation>
    </message>
    <message>
        <source>The database {name} had damaged indexes ({problem}). They were rebuilt from your data and nothing was lost. A copy of the file as it was is at {copy}.</source>
        <translation>La base de données {name} avait des index endommagés ({problem}). Ils ont été reconstruits à partir de vos données et rien n&apos;a été perdu. Une copie du fichier tel qu&apos;il était se trouve dans {copy}.</translation>
    </message>
    <message>
        <source>The database {name} was being restored from a backup when the app was stopped; the restore has now been completed. The damaged copy is no longer there.</source>
        <translation>La base de données {name} était en cours de restauration depuis une sauvegarde quand l&apos;application s&apos;est arrêtée ; la restauration est maintenant terminée. La copie endommagée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The database {name} was being restored from a backup when the app was stopped; the restore has now been completed. The damaged copy is {copy}.</source>
        <translation>La base de données {name} était en cours de restauration depuis une sauvegarde quand l&apos;application s&apos;est arrêtée ; la restauration est maintenant terminée. La copie endommagée est {copy}.</translation>
    </message>
    <message>
        <source>The database {name} was damaged ({problem}). It was not changed: it was moved aside to {copy}.</source>
        <translation>La base de données {name} était endommagée ({problem}). Elle n&apos;a pas été modifiée : elle a été mise de côté dans {copy}.</translation>
    </message>
    <message>
        <source>The newest good backup, from {time}, was restored. Work done after that backup is only in the damaged copy; keep it and ask for help if you need it.</source>
        <translation>La dernière bonne sauvegarde, du {time}, a été restaurée. Le travail fait après cette sauvegarde ne se trouve que dans la copie endommagée ; conservez-la et demandez de l&apos;aide si vous en avez besoin.</translation>
    </message>
    <message>
        <source>No usable backup was found, so a new, empty database was started.</source>
        <translation>Aucune sauvegarde utilisable n&apos;a été trouvée ; une nouvelle base de données vide a donc été créée.</translation>
    </message>
    <message>
        <source>the database file is missing but its write-ahead log is there</source>
        <translation>le fichier de la base de données manque, mais son journal d&apos;écriture anticipée est là</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>des problèmes</translation>
    </message>
    <message>
        <source>the check found: {problem}</source>
        <translation>la vérification a trouvé : {problem}</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}); nothing was changed; start Source Annotator to set it aside and restore the newest good backup (from {time} UTC)</source>
        <translation>la base de données est endommagée ({problem}) ; rien n&apos;a été modifié ; lancez Source Annotator pour la mettre de côté et restaurer la dernière bonne sauvegarde (du {time} UTC)</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}); nothing was changed; start Source Annotator to set it aside</source>
        <translation>la base de données est endommagée ({problem}) ; rien n&apos;a été modifié ; lancez Source Annotator pour la mettre de côté</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}) and could not be moved aside ({reason}); it was left as it is</source>
        <translation>la base de données est endommagée ({problem}) et n&apos;a pas pu être mise de côté ({reason}) ; elle a été laissée telle quelle</translation>
    </message>
    <message>
        <source>A write-ahead log beside the database did not belong to it ({reason}); it was set aside as {name} and not used, so your database is exactly as it was when it was last closed.</source>
        <translation>Un journal d&apos;écriture anticipée à côté de la base de données ne lui appartenait pas ({reason}) ; il a été mis de côté sous le nom {name} et n&apos;a pas été utilisé : votre base de données est exactement telle qu&apos;elle était à sa dernière fermeture.</translation>
    </message>
    <message>
        <source>its page size is {log}, the database&apos;s {database}</source>
        <translation>sa taille de page est {log}, celle de la base de données {database}</translation>
    </message>
    <message>
        <source>replaying it would damage the database</source>
        <translation>le rejouer endommagerait la base de données</translation>
    </message>
    <message numerus="yes">
        <source>after it, %n of the database&apos;s people or exercises would be gone</source>
        <translation>
            <numerusform>après lui, %n des personnes ou exercices de la base de données disparaîtrait</numerusform>
            <numerusform>après lui, %n des personnes ou exercices de la base de données disparaîtraient</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>this package is revision {revision}, older than the revision {stored} you already have; nothing was changed</source>
        <translation>ce paquet est la version {revision}, plus ancienne que la version {stored} que vous avez déjà ; rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>%1 panel</source>
        <translation>Panneau %1</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher : %1</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags and legend</source>
        <translation>Étiquettes et légende</translation>
    </message>
    <message>
        <source>Tag the selection:</source>
        <translation>Étiqueter la sélection :</translation>
    </message>
    <message>
        <source>%1 (key %2): %3 so far</source>
        <translation>%1 (touche %2) : %3 pour l’instant</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1 : %2 pour l’instant</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Étiqueter comme %1</translation>
    </message>
    <message>
        <source>Key %1. %2 tagged so far. %3</source>
        <translation>Touche %1. %2 étiquetés pour l’instant. %3</translation>
    </message>
</context>
<context>
    <name>TagSetEditor</name>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>&amp;Ajouter une étiquette</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;H)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Tag set &amp;name:</source>
        <translation>&amp;Nom du jeu d’étiquettes :</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Keys are saved in exports; shortcuts are the keys students press to tag a selection.</source>
        <translation>Double-cliquez sur une case pour la modifier. Les clés sont enregistrées dans les exports ; les raccourcis sont les touches sur lesquelles les élèves appuient pour étiqueter une sélection.</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Changer la couleur de %1</translation>
    </message>
    <message>
        <source>Colour of %1: %2</source>
        <translation>Couleur de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) use this tag set: changes apply to all of them.</source>
        <translation>
            <numerusform>%n exercice utilise ce jeu d’étiquettes : les modifications s’y appliquent.</numerusform>
            <numerusform>%n exercices utilisent ce jeu d’étiquettes : les modifications s’appliquent à tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Modifier le libellé</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Modifier la clé</translation>
    </message>
    <message>
        <source>Change shortcut</source>
        <translation>Modifier le raccourci</translation>
    </message>
    <message>
        <source>Change definition</source>
        <translation>Modifier la définition</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>Nouvelle étiquette %1</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Modifier la couleur</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n annotation(s) and is the only tag; add another tag to merge them into first</source>
        <translation>
            <numerusform>%1 est utilisée par %n annotation et c’est la seule étiquette ; ajoutez d’abord une autre étiquette dans laquelle la fusionner</numerusform>
            <numerusform>%1 est utilisée par %n annotations et c’est la seule étiquette ; ajoutez d’abord une autre étiquette dans laquelle les fusionner</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag %1? No annotation uses it.</source>
        <translation>Supprimer l’étiquette %1 ? Aucune annotation ne l’utilise.</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>TagSetText</name>
    <message numerus="yes">
        <source>%n annotation(s) use the tag {label}; choose a tag to merge them into</source>
        <translation>
            <numerusform>%n annotation utilise l’étiquette {label} ; choisissez une étiquette dans laquelle la fusionner</numerusform>
            <numerusform>%n annotations utilisent l’étiquette {label} ; choisissez une étiquette dans laquelle les fusionner</numerusform>
        </translation>
    </message>
    <message>
        <source>a tag set needs a name</source>
        <translation>un jeu d’étiquettes doit avoir un nom</translation>
    </message>
    <message>
        <source>a tag needs a label</source>
        <translation>une étiquette doit avoir un libellé</translation>
    </message>
    <message>
        <source>a tag can only be merged into another tag of its set</source>
        <translation>une étiquette ne peut être fusionnée que dans une autre étiquette de son jeu</translation>
    </message>
    <message>
        <source>no tag set with id {id}</source>
        <translation>aucun jeu d’étiquettes avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>no tag with id {id}</source>
        <translation>aucune étiquette avec l’identifiant {id}</translation>
    </message>
    <message>
        <source>a tag key is 1 to 64 characters</source>
        <translation>une clé d’étiquette compte de 1 à 64 caractères</translation>
    </message>
    <message>
        <source>another tag in this set already has the key {key}</source>
        <translation>une autre étiquette de ce jeu a déjà la clé {key}</translation>
    </message>
    <message>
        <source>{colour} is not a colour of the form #rrggbb</source>
        <translation>{colour} n’est pas une couleur de la forme #rrggbb</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilisations</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l’annotation</translation>
    </message>
    <message>
        <source>Change annotation</source>
        <translation>Modifier l’annotation</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>Relier des passages</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Change link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Répondre à la question</translation>
    </message>
    <message>
        <source>the change “%1”</source>
        <translation>la modification « %1 »</translation>
    </message>
</context>
<context>
    <name>UndoReveal</name>
    <message>
        <source> (in the {panel} panel)</source>
        <translation> (dans le panneau {panel})</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Annulé : {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rétabli : {change}</translation>
    </message>
</context>
<context>
    <name>WhichPersonDialog</name>
    <message>
        <source>Which of These Are You?</source>
        <translation>Lequel de ces noms est le vôtre ?</translation>
    </message>
    <message>
        <source>Which of these are you?</source>
        <translation>Lequel de ces noms est le vôtre ?</translation>
    </message>
    <message>
        <source>This database holds the work of more than one person. Choose your name to continue your work, or choose “I am someone else” to start with your own name.</source>
        <translation>Cette base de données contient le travail de plusieurs personnes. Choisissez votre nom pour continuer votre travail, ou « Je suis quelqu’un d’autre » pour commencer avec votre propre nom.</translation>
    </message>
    <message>
        <source>People in this database</source>
        <translation>Personnes dans cette base de données</translation>
    </message>
    <message>
        <source>I am someone else…</source>
        <translation>Je suis quelqu’un d’autre…</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes :</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>Save a copy of the change</source>
        <translation>Enregistrer une copie de la modification</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>WriteFailureDialog</name>
    <message>
        <source>Your change was not saved</source>
        <translation>Votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>{change} could not be saved.</source>
        <translation>{change} n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The database file is damaged. Save a copy of the change to a file, then close and restart Source Annotator: the damaged file is set aside and the newest good backup restored.</source>
        <translation>Le fichier de la base de données est endommagé. Enregistrez une copie de la modification dans un fichier, puis fermez et redémarrez Source Annotator : le fichier endommagé est mis de côté et la sauvegarde valide la plus récente restaurée.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder, then try again; or save a copy of the change to a file so that it is not lost.</source>
        <translation>Libérez de l’espace disque ou corrigez le dossier, puis réessayez ; ou enregistrez une copie de la modification dans un fichier pour ne pas la perdre.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Keep Unsaved</source>
        <translation>Laisser non enregistré</translation>
    </message>
</context>
<context>
    <name>ZipText</name>
    <message>
        <source>member {name} has a backslash in its path; refused</source>
        <translation>le membre {name} a une barre oblique inverse dans son chemin ; refusé</translation>
    </message>
    <message>
        <source>member {name} has an absolute path; refused</source>
        <translation>le membre {name} a un chemin absolu ; refusé</translation>
    </message>
    <message>
        <source>member {name} has an unsafe path; refused</source>
        <translation>le membre {name} a un chemin dangereux ; refusé</translation>
    </message>
    <message>
        <source>member {name} has control characters in its name</source>
        <translation>le membre {name} a des caractères de contrôle dans son nom</translation>
    </message>
    <message>
        <source>member {name} has a damaged header</source>
        <translation>le membre {name} a un en-tête endommagé</translation>
    </message>
    <message>
        <source>member {name} overlaps another entry (a zip bomb?)</source>
        <translation>le membre {name} chevauche une autre entrée (une bombe zip ?)</translation>
    </message>
    <message>
        <source>member {name} overlaps the zip directory</source>
        <translation>le membre {name} chevauche le répertoire du zip</translation>
    </message>
    <message>
        <source>member {name} unpacks to more than allowed; refused</source>
        <translation>le membre {name} se décompresse au-delà de la taille permise ; refusé</translation>
    </message>
    <message>
        <source>member {name} does not match its header (forged or damaged)</source>
        <translation>le membre {name} ne correspond pas à son en-tête (falsifié ou endommagé)</translation>
    </message>
    <message>
        <source>member {name} is damaged ({reason})</source>
        <translation>le membre {name} est endommagé ({reason})</translation>
    </message>
    <message>
        <source>member {name} unpacks to {size} bytes but its header says {declared} (forged sizes); refused</source>
        <translation>le membre {name} se décompresse en {size} octets alors que son en-tête indique {declared} (tailles falsifiées) ; refusé</translation>
    </message>
    <message>
        <source>the archive has {entries} entries (at most {allowed}); refused</source>
        <translation>l’archive contient {entries} entrées (au plus {allowed}) ; refusé</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than allowed; refused</source>
        <translation>le fichier fait {size} octets, plus que permis ; refusé</translation>
    </message>
    <message>
        <source>the archive has 65535 or more entries; refused</source>
        <translation>l’archive contient 65535 entrées ou plus ; refusé</translation>
    </message>
    <message>
        <source>member {name} appears twice; refused</source>
        <translation>le membre {name} apparaît deux fois ; refusé</translation>
    </message>
    <message>
        <source>member {name} is a symbolic link; refused</source>
        <translation>le membre {name} est un lien symbolique ; refusé</translation>
    </message>
    <message>
        <source>unexpected member {name}; refused</source>
        <translation>membre inattendu {name} ; refusé</translation>
    </message>
    <message>
        <source>member {name} is encrypted; refused</source>
        <translation>le membre {name} est chiffré ; refusé</translation>
    </message>
    <message>
        <source>member {name} would unpack to {size} bytes; refused</source>
        <translation>le membre {name} se décompresserait en {size} octets ; refusé</translation>
    </message>
    <message>
        <source>member {name} is compressed {ratio} to 1 (a zip bomb?)</source>
        <translation>le membre {name} est compressé à {ratio} pour 1 (une bombe zip ?)</translation>
    </message>
    <message>
        <source>the archive would unpack to more than allowed</source>
        <translation>l’archive se décompresserait au-delà de la taille permise</translation>
    </message>
    <message>
        <source>member {name} is missing</source>
        <translation>le membre {name} manque</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>pas un fichier zip, ou un fichier zip endommagé</translation>
    </message>
    <message>
        <source>the archive is too large</source>
        <translation>l’archive est trop volumineuse</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
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
            <numerusform>%1 sur %n lien affiché</numerusform>
            <numerusform>%1 sur %n liens affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 sur %n annotation affichée</numerusform>
            <numerusform>%1 sur %n annotations affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n fichier : %1</numerusform>
            <numerusform>%n fichiers : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often, you tagged %1 where the key says %2 (%n time(s)).</source>
        <translation>
            <numerusform>Le plus souvent, vous avez choisi %1 là où le corrigé dit %2 (%n fois).</numerusform>
            <numerusform>Le plus souvent, vous avez choisi %1 là où le corrigé dit %2 (%n fois).</numerusform>
        </translation>
    </message>
</context>
</TS>
