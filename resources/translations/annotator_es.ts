<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Read news articles side by side, mark what is claim, evidence, speculation and opinion, link what two outlets say about the same facts, and compare how a class read them.</source>
        <translation>Lee artículos de prensa uno al lado del otro, marca lo que es afirmación, evidencia, especulación y opinión, vincula lo que dos medios dicen sobre los mismos hechos y compara cómo los ha leído toda una clase.</translation>
    </message>
    <message>
        <source>Works offline: the app never connects to the network, and your work stays on this computer until you hand it in.</source>
        <translation>Funciona sin conexión: la aplicación nunca se conecta a la red y tu trabajo se queda en este ordenador hasta que lo entregues.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
</context>
<context>
    <name>AgreementTab</name>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alfa de Krippendorff</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa (pairs)</source>
        <translation>Kappa de Cohen medio (parejas)</translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation>Alfa de unitización (avanzado)</translation>
    </message>
    <message>
        <source>How alike the students&apos; markups are (the answer key is not counted). Start with Krippendorff&apos;s alpha for all tags: 0.80 or more, the class marked the text in much the same way; below 0.67, differently enough to discuss. Kappa names its bands more gently, so the same number can read &apos;fair&apos; as kappa and &apos;low&apos; as alpha.</source>
        <translation>Cuánto se parecen las marcas de los estudiantes (el solucionario no cuenta). Empiece por el alfa de Krippendorff para todas las etiquetas: con 0,80 o más, la clase marcó el texto de forma muy parecida; por debajo de 0,67, de forma lo bastante distinta como para comentarlo. El kappa nombra sus tramos con más suavidad, así que el mismo número puede leerse como «aceptable» en kappa y «bajo» en alfa.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Agreement figures with their readings</source>
        <translation>Índices de acuerdo y su interpretación</translation>
    </message>
    <message>
        <source>Pairwise matrix to show</source>
        <translation>Matriz por parejas que mostrar</translation>
    </message>
    <message>
        <source>Agreement heatmaps</source>
        <translation>Mapas de calor del acuerdo</translation>
    </message>
    <message>
        <source>Pairwise:</source>
        <translation>Por parejas:</translation>
    </message>
    <message>
        <source>Compute for Every Student</source>
        <translation>Calcular para todos los estudiantes</translation>
    </message>
    <message>
        <source>Compute for the Selected Students</source>
        <translation>Calcular para los estudiantes seleccionados</translation>
    </message>
    <message>
        <source>Select students in the list on the left (Ctrl+click, Shift+click) first</source>
        <translation>Seleccione primero estudiantes en la lista de la izquierda (Ctrl+clic, Mayús+clic)</translation>
    </message>
    <message>
        <source>The agreement figures are still being computed. The progress is shown at the foot of the window.</source>
        <translation>Los índices de acuerdo todavía se están calculando. El progreso se muestra en la parte inferior de la ventana.</translation>
    </message>
    <message>
        <source>Agreement figures being computed</source>
        <translation>Índices de acuerdo en cálculo</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, all tags</source>
        <translation>Kappa de Cohen, todas las etiquetas</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa, %1 only</source>
        <translation>Kappa de Cohen, solo %1</translation>
    </message>
    <message>
        <source>Span F1, overlapping spans</source>
        <translation>F1 de fragmentos, fragmentos solapados</translation>
    </message>
    <message>
        <source>Span F1, exact spans</source>
        <translation>F1 de fragmentos, fragmentos exactos</translation>
    </message>
    <message numerus="yes">
        <source>With %n students the student-by-student matrices are large (every pair of students), so they are not computed unless you ask. The figures on the left cover the whole class.</source>
        <translation>
            <numerusform>Con %n estudiante, las matrices estudiante por estudiante son grandes (cada pareja), así que solo se calculan si lo pide. Los índices de la izquierda abarcan toda la clase.</numerusform>
            <numerusform>Con %n estudiantes, las matrices estudiante por estudiante son grandes (cada pareja de estudiantes), así que solo se calculan si lo pide. Los índices de la izquierda abarcan toda la clase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each cell: how much two students agree, character by character, beyond chance (1 = identical, 0 = as if by chance).</source>
        <translation>Cada celda: cuánto coinciden dos estudiantes, carácter a carácter, más allá del azar (1 = idéntico, 0 = como por azar).</translation>
    </message>
    <message>
        <source>Each cell: the share of spans the two students both marked with the same tag (1 = the same spans, 0 = nothing in common).</source>
        <translation>Cada celda: la proporción de fragmentos que ambos estudiantes marcaron con la misma etiqueta (1 = los mismos fragmentos, 0 = nada en común).</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
</context>
<context>
    <name>AnnotationText</name>
    <message>
        <source>an annotation cannot be linked to itself</source>
        <translation>una anotación no puede vincularse consigo misma</translation>
    </message>
    <message>
        <source>a link joins two annotations by the same person</source>
        <translation>un vínculo une dos anotaciones de la misma persona</translation>
    </message>
    <message>
        <source>these two passages are already linked that way</source>
        <translation>estos dos fragmentos ya están vinculados de esa forma</translation>
    </message>
    <message>
        <source>no link with id {id}</source>
        <translation>no hay ningún vínculo con el id {id}</translation>
    </message>
    <message>
        <source>a rating runs from 1 to 5</source>
        <translation>una valoración va de 1 a 5</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>no hay ninguna anotación con el id {id}</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>el fragmento {start}-{end} queda fuera del artículo (%n carácter)</numerusform>
            <numerusform>el fragmento {start}-{end} queda fuera del artículo (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>that tag does not belong to this exercise&apos;s tag set</source>
        <translation>esa etiqueta no pertenece al conjunto de etiquetas de este ejercicio</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>no hay ningún artículo con el id {id}</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4).</source>
        <translation>Todavía no hay anotaciones.
Selecciona un fragmento de un artículo y pulsa una tecla de etiqueta (1–4).</translation>
    </message>
    <message>
        <source>No annotations match the search and filters.</source>
        <translation>Ninguna anotación coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <source>No annotations yet.
Select a passage in an article and press a tag key (1–4); the first time, the app asks for your name.</source>
        <translation>Todavía no hay anotaciones.
Selecciona un fragmento de un artículo y pulsa una tecla de etiqueta (1–4); la primera vez, la aplicación te pide tu nombre.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Search quotes and notes  (%1)</source>
        <translation>Buscar en citas y notas  (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Eli&amp;minar anotación</translation>
    </message>
    <message>
        <source>Show tag</source>
        <translation>Mostrar etiqueta</translation>
    </message>
    <message>
        <source>Show article</source>
        <translation>Mostrar artículo</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Cannot delete annotation</source>
        <translation>No se puede eliminar la anotación</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>No se puede cambiar la nota</translation>
    </message>
    <message>
        <source>Show in Article</source>
        <translation>Mostrar en el artículo</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
</context>
<context>
    <name>AnnotatorText</name>
    <message>
        <source>a name cannot be empty</source>
        <translation>un nombre no puede estar vacío</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>no exercise has been set for your classes on the school server yet</source>
        <translation>todavía no se ha asignado ningún ejercicio a tus clases en el servidor de la escuela</translation>
    </message>
</context>
<context>
    <name>ArgparseText</name>
    <message>
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>(default: %(default)s)</source>
        <translation>(por defecto: %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s</source>
        <translation>%(prog)s: aviso: %(message)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>uno de los argumentos %s es obligatorio</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>falta un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se admite como máximo un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se necesita al menos un valor</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>no admite ningún valor (%r)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r; ¿quería decir %(closest)r? (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>comando desconocido %(parser_name)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>la opción &apos;%(option)s&apos; está obsoleta</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>el argumento &apos;%(argument_name)s&apos; está obsoleto</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>el comando &apos;%(parser_name)s&apos; está obsoleto</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>se necesita %n valor</numerusform>
            <numerusform>se necesitan %n valores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleListEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Pub&amp;licado:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>en, de, fr…</source>
        <translation>es, en, fr…</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>Aut&amp;or:</translation>
    </message>
    <message>
        <source>Paste te&amp;xt</source>
        <translation>Pe&amp;gar texto</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Nueva &amp;versión…</translation>
    </message>
    <message>
        <source>Add a corrected text of this article as a new article after it; the old text stays until you remove it</source>
        <translation>Añadir un texto corregido de este artículo como artículo nuevo a continuación; el texto antiguo se mantiene hasta que lo quite</translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation>%1: este ejercicio ya tiene un artículo con exactamente este texto</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>este artículo</translation>
    </message>
    <message>
        <source>Removing %1 deletes %2 when you press OK. Undo (Ctrl+Z) in the main window brings it back. Remove it?</source>
        <translation>Quitar %1 elimina %2 al pulsar Aceptar. Deshacer (Ctrl+Z) en la ventana principal lo recupera. ¿Quitarlo?</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>%1  (new)</source>
        <translation>%1  (nuevo)</translation>
    </message>
    <message>
        <source>Add the articles students will compare.</source>
        <translation>Añada los artículos que compararán los estudiantes.</translation>
    </message>
    <message>
        <source>Its date is when the file was made, not necessarily when the article was published: check it.</source>
        <translation>Su fecha es la de creación del archivo, no necesariamente la de publicación del artículo: compruébela.</translation>
    </message>
    <message>
        <source>New, %1 characters from %2. It is added when you press OK.</source>
        <translation>Nuevo, %1 caracteres de %2. Se añade al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>The text cannot be edited here, so students&apos; highlights never shift. To correct it, use New version… and then remove the old article if nobody needs it.</source>
        <translation>El texto no se puede editar aquí, para que los subrayados de los estudiantes nunca se desplacen. Para corregirlo, use Nueva versión… y después quite el artículo antiguo si nadie lo necesita.</translation>
    </message>
    <message>
        <source>Add articles</source>
        <translation>Añadir artículos</translation>
    </message>
</context>
<context>
    <name>ArticlePane</name>
    <message>
        <source>Article: %1</source>
        <translation>Artículo: %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>Text of %1</source>
        <translation>Texto de %1</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>el artículo</translation>
    </message>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them. Alt+Down and Alt+Up select the next and previous tagged passage; F1 lists every key.</source>
        <translation>Selecciona palabras con Mayús y las flechas y pulsa de 1 a 4 para etiquetarlas. Alt+Abajo y Alt+Arriba seleccionan el fragmento etiquetado siguiente y anterior; F1 muestra todas las teclas.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation>Medio, autor y fecha no indicados</translation>
    </message>
</context>
<context>
    <name>ArticleText</name>
    <message>
        <source>the text is not valid {encoding} despite its marker</source>
        <translation>el texto no es {encoding} válido a pesar de su marca</translation>
    </message>
    <message>
        <source>this is a binary file, not text</source>
        <translation>es un archivo binario, no texto</translation>
    </message>
    <message>
        <source>this is a binary file or its text encoding is unknown</source>
        <translation>es un archivo binario o su codificación es desconocida</translation>
    </message>
    <message>
        <source>this is a binary file, not a web page</source>
        <translation>es un archivo binario, no una página web</translation>
    </message>
    <message>
        <source>this web page could not be read (no HTML found)</source>
        <translation>no se pudo leer esta página web (no se encontró HTML)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the file is {size} MB; articles are limited to 20 MB</source>
        <translation>el archivo ocupa {size} MB; los artículos están limitados a 20 MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file grew past 20 MB while it was being read</source>
        <translation>el archivo superó los 20 MB mientras se leía</translation>
    </message>
    <message>
        <source>this kind of file cannot be imported (use {known})</source>
        <translation>este tipo de archivo no se puede importar (use {known})</translation>
    </message>
    <message>
        <source>this file could not be read ({reason}); is it damaged?</source>
        <translation>no se pudo leer este archivo ({reason}); ¿está dañado?</translation>
    </message>
    <message>
        <source>no article text was found in this file</source>
        <translation>no se encontró texto de artículo en este archivo</translation>
    </message>
    <message>
        <source>the text is longer than the 20 MB limit</source>
        <translation>el texto supera el límite de 20 MB</translation>
    </message>
    <message>
        <source>there is no text to import</source>
        <translation>no hay texto que importar</translation>
    </message>
    <message>
        <source>this {kind} is damaged (not a readable zip)</source>
        <translation>este {kind} está dañado (no es un zip legible)</translation>
    </message>
    <message>
        <source>this {kind} unpacks to more than 200 MB; refused</source>
        <translation>este {kind} ocupa más de 200 MB al descomprimirlo; rechazado</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>documento de Word</translation>
    </message>
    <message>
        <source>this Word document is damaged and cannot be read</source>
        <translation>este documento de Word está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>texto OpenDocument</translation>
    </message>
    <message>
        <source>this is not an OpenDocument text file</source>
        <translation>no es un archivo de texto OpenDocument</translation>
    </message>
    <message>
        <source>this OpenDocument file is damaged and cannot be read</source>
        <translation>este archivo OpenDocument está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>this PDF is password-protected; save an unlocked copy</source>
        <translation>este PDF está protegido con contraseña; guarde una copia desbloqueada</translation>
    </message>
    <message>
        <source>this PDF is encrypted; save an unlocked copy</source>
        <translation>este PDF está cifrado; guarde una copia desbloqueada</translation>
    </message>
    <message>
        <source>this PDF is damaged and cannot be read</source>
        <translation>este PDF está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>this PDF is damaged or has no pages</source>
        <translation>este PDF está dañado o no tiene páginas</translation>
    </message>
    <message>
        <source>this is not a PDF file (damaged?)</source>
        <translation>no es un archivo PDF (¿dañado?)</translation>
    </message>
    <message>
        <source>this PDF has no text layer (a scanned image?)</source>
        <translation>este PDF no tiene capa de texto (¿una imagen escaneada?)</translation>
    </message>
</context>
<context>
    <name>AuthoringActions</name>
    <message>
        <source>&amp;New Exercise…</source>
        <translation>&amp;Nuevo ejercicio…</translation>
    </message>
    <message>
        <source>Edit &amp;Tags…</source>
        <translation>Editar e&amp;tiquetas…</translation>
    </message>
    <message>
        <source>&amp;Import Article…</source>
        <translation>&amp;Importar artículo…</translation>
    </message>
    <message>
        <source>Edit Exer&amp;cise…</source>
        <translation>Editar e&amp;jercicio…</translation>
    </message>
    <message>
        <source>Paste &amp;Article</source>
        <translation>Pe&amp;gar artículo</translation>
    </message>
    <message>
        <source>Open Exercise &amp;Package…</source>
        <translation>Abrir &amp;paquete de ejercicio…</translation>
    </message>
    <message>
        <source>E&amp;xport Exercise Package…</source>
        <translation>Exportar pa&amp;quete de ejercicio…</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importación cancelada; no se añadió nada.</translation>
    </message>
    <message>
        <source>Paste article</source>
        <translation>Pegar artículo</translation>
    </message>
    <message>
        <source>%1: this exercise already has an article with exactly this text</source>
        <translation>%1: este ejercicio ya tiene un artículo con exactamente este texto</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article(s)</source>
        <translation>
            <numerusform>Importar %n artículo</numerusform>
            <numerusform>Importar %n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n artículo añadido.</numerusform>
            <numerusform>%n artículos añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open exercise package</source>
        <translation>Abrir paquete de ejercicio</translation>
    </message>
    <message>
        <source>Opened the new exercise %1.</source>
        <translation>Se ha abierto el nuevo ejercicio %1.</translation>
    </message>
    <message>
        <source>Updated %1 to revision %2.</source>
        <translation>%1 actualizado a la revisión %2.</translation>
    </message>
    <message>
        <source>%1 was already up to date.</source>
        <translation>%1 ya estaba actualizado.</translation>
    </message>
    <message>
        <source>Export exercise package</source>
        <translation>Exportar paquete de ejercicio</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportado.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added; nothing was taken from them:</source>
        <translation>
            <numerusform>No se pudo añadir %n archivo; no se tomó nada de él:</numerusform>
            <numerusform>No se pudieron añadir %n archivos; no se tomó nada de ellos:</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>Artículos (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Exercise packages (*%1)</source>
        <translation>Paquetes de ejercicio (*%1)</translation>
    </message>
</context>
<context>
    <name>AuthoringUndo</name>
    <message>
        <source>Add tag %1</source>
        <translation>Añadir etiqueta %1</translation>
    </message>
    <message>
        <source>Change tag</source>
        <translation>Cambiar etiqueta</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Mover etiqueta</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Delete %1 (merged)</source>
        <translation>Eliminar %1 (fusionada)</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Rename tag set</source>
        <translation>Renombrar conjunto de etiquetas</translation>
    </message>
    <message>
        <source>Change exercise details</source>
        <translation>Cambiar datos del ejercicio</translation>
    </message>
    <message>
        <source>Add article %1</source>
        <translation>Añadir artículo %1</translation>
    </message>
    <message>
        <source>Remove article</source>
        <translation>Quitar artículo</translation>
    </message>
    <message>
        <source>Reorder articles</source>
        <translation>Reordenar artículos</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>Reordenar preguntas</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Editar datos del artículo</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Editar ejercicio</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The full check of your database found damage. Export or hand in your work now, then close and restart Source Annotator: it will set the damaged file aside and restore the newest good backup.</source>
        <translation>La comprobación completa de tu base de datos ha encontrado daños. Exporta o entrega tu trabajo ahora y después cierra y reinicia Source Annotator: apartará el archivo dañado y restaurará la copia de seguridad buena más reciente.</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <source>Progress of the class review</source>
        <translation>Progreso de la revisión de la clase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Compute Again</source>
        <translation>Volver a calcular</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Leyendo la clase</translation>
    </message>
    <message>
        <source>Untick students in the list to compute fewer, or compute again.</source>
        <translation>Desmarque estudiantes en la lista para calcular menos, o vuelva a calcular.</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Tags per student: %1</source>
        <translation>Etiquetas por estudiante: %1</translation>
    </message>
    <message>
        <source>untitled article</source>
        <translation>artículo sin título</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Número de subrayados</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Tag distribution per article (all shown students)</source>
        <translation>Distribución de etiquetas por artículo (todos los estudiantes mostrados)</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check Database</source>
        <translation>Comprobar base de datos</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>{app}: read news articles side by side and tag what they claim.</source>
        <translation>{app}: leer artículos de prensa uno al lado del otro y etiquetar lo que afirman.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: the user data folder; the ANNOTATOR_DB environment variable also sets it)</source>
        <translation>archivo de base de datos o URL de SQLAlchemy (por defecto: la carpeta de datos del usuario; la variable de entorno ANNOTATOR_DB también la define)</translation>
    </message>
    <message>
        <source>open this exercise in the window</source>
        <translation>abrir este ejercicio en la ventana</translation>
    </message>
    <message>
        <source>check the installation in a temporary database (offscreen), print ok, exit</source>
        <translation>comprobar la instalación en una base de datos temporal (sin pantalla), escribir ok, salir</translation>
    </message>
    <message>
        <source>list the exercises in the database</source>
        <translation>listar los ejercicios de la base de datos</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>escribir JSON para scripts</translation>
    </message>
    <message>
        <source>list annotations of an exercise</source>
        <translation>listar las anotaciones de un ejercicio</translation>
    </message>
    <message>
        <source>only this annotator&apos;s annotations</source>
        <translation>solo las anotaciones de esta persona</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), revision {revision}</source>
        <translation>
            <numerusform>%n artículo, versión {revision}</numerusform>
            <numerusform>%n artículos, versión {revision}</numerusform>
        </translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>{word!r} is neither a command nor a file; did you mean {command!r}?</source>
        <translation>{word!r} no es un comando ni un archivo; ¿quería decir {command!r}?</translation>
    </message>
    <message>
        <source>{word!r} is neither a command nor a file (see annotator --help)</source>
        <translation>{word!r} no es un comando ni un archivo (consulte annotator --help)</translation>
    </message>
    <message>
        <source>cannot be written ({reason}); nothing was changed</source>
        <translation>no se puede escribir ({reason}); no se cambió nada</translation>
    </message>
    <message numerus="yes">
        <source>%n annotators are called {name}; give the id instead</source>
        <translation>
            <numerusform>%n persona se llama {name}; indique el identificador</numerusform>
            <numerusform>%n personas se llaman {name}; indique el identificador</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{start} is the start of %n annotator ids; give more of it</source>
        <translation>
            <numerusform>{start} es el comienzo de %n identificador; indique más</numerusform>
            <numerusform>{start} es el comienzo de %n identificadores; indique más</numerusform>
        </translation>
    </message>
    <message>
        <source>no annotator with id or name {name}</source>
        <translation>ninguna persona con el identificador o nombre {name}</translation>
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
        <translation>código de salida:
  0  se importaron todos los archivos
  1  se rechazaron algunos archivos (dañados, otro ejercicio, más antiguos que la
     entrega guardada) o eran duplicados (los mismos resaltados que el archivo de otro
     estudiante: cada uno nombra a los demás y ninguno se importa; importe por separado
     el que quiera conservar); los demás se importaron, cada uno en su propia transacción
  2  uso o entrada incorrectos: una ruta que no existe, una carpeta sin archivos *.json,
     o la base de datos está abierta en Source Annotator (ciérrela primero)

ejemplos:
  annotator import hand-ins/                     # cada archivo *.json de la carpeta
  annotator import ada.handin.json ben.handin.json --json
</translation>
    </message>
    <message>
        <source>write one student&apos;s work as a hand-in, W3C JSON-LD, CSV or HTML</source>
        <translation>escribir el trabajo de un estudiante como entrega, W3C JSON-LD, CSV o HTML</translation>
    </message>
    <message>
        <source>Write one student&apos;s work on one exercise to a file (atomically).</source>
        <translation>Escribir el trabajo de un estudiante en un ejercicio en un archivo (de forma atómica).</translation>
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
        <translation>partes (--include, separadas por comas; por defecto todas):
  key       el solucionario, con su explicación de cada fragmento del solucionario
  class     la superposición de la clase: cuántos estudiantes marcaron cada carácter con
            cada etiqueta (se omite si entregaron menos de 3, para mantener el anonimato
            de los compañeros)
  scores    las puntuaciones del estudiante frente al solucionario: exacto, solapado, F1
            por caracteres, confusiones
  comments  su comentario al estudiante y sus comentarios sobre sus anotaciones

código de salida:
  0  se escribió un archivo (o se publicó la retroalimentación) para cada estudiante
     que entregó
  1  para algunos no fue posible (vea la columna del problema)
  2  uso o entrada incorrectos

ejemplos:
  annotator feedback --exercise 7e0e --output returned/ --include key,scores
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --release
  annotator --db postgresql://reed@school/annotator feedback --exercise 7e0e --withdraw
</translation>
    </message>
    <message>
        <source>write a feedback file for every student who handed in</source>
        <translation>escribir un archivo de retroalimentación para cada estudiante que entregó</translation>
    </message>
    <message>
        <source>Write NAME.feedback.json for every student whose hand-in was imported: the answer key with explanations, the anonymised class overlay, the student&apos;s scores and your comments. Each file opens only for its student.</source>
        <translation>Escribir NOMBRE.feedback.json para cada estudiante cuya entrega se importó: el solucionario con explicaciones, la superposición anónima de la clase, las puntuaciones del estudiante y sus comentarios. Cada archivo solo se abre para su estudiante.</translation>
    </message>
    <message>
        <source>exercise id or an unambiguous prefix of it</source>
        <translation>identificador del ejercicio o un comienzo inequívoco del mismo</translation>
    </message>
    <message>
        <source>folder to write the files into</source>
        <translation>carpeta donde escribir los archivos</translation>
    </message>
    <message>
        <source>on a school server (--db postgresql://...): release the feedback to the students there instead of writing files; again replaces it</source>
        <translation>en un servidor del centro (--db postgresql://...): publicar la retroalimentación para los estudiantes allí en lugar de escribir archivos; volver a hacerlo la reemplaza</translation>
    </message>
    <message>
        <source>on a school server: take back the feedback released on the exercise</source>
        <translation>en un servidor del centro: retirar la retroalimentación publicada del ejercicio</translation>
    </message>
    <message>
        <source>which parts to include (default: key,class,scores,comments)</source>
        <translation>qué partes incluir (por defecto: key,class,scores,comments)</translation>
    </message>
    <message>
        <source>print one JSON object per student</source>
        <translation>escribir un objeto JSON por estudiante</translation>
    </message>
    <message>
        <source>nobody has handed in this exercise yet: import hand-ins first</source>
        <translation>nadie ha entregado todavía este ejercicio: importe primero las entregas</translation>
    </message>
    <message>
        <source>not written: {problem}</source>
        <translation>no escrito: {problem}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>{written} of %n feedback file(s) written</source>
        <translation>
            <numerusform>{written} de %n archivo de retroalimentación escrito</numerusform>
            <numerusform>{written} de %n archivos de retroalimentación escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>feedback withdrawn from %n student(s)</source>
        <translation>
            <numerusform>retroalimentación retirada a %n estudiante</numerusform>
            <numerusform>retroalimentación retirada a %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody has handed in this exercise yet</source>
        <translation>nadie ha entregado todavía este ejercicio</translation>
    </message>
    <message>
        <source>released again</source>
        <translation>publicada de nuevo</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>not released: {problem}</source>
        <translation>no publicada: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>feedback released to {done} of %n student(s) on the server</source>
        <translation>
            <numerusform>retroalimentación publicada en el servidor para {done} de %n estudiante</numerusform>
            <numerusform>retroalimentación publicada en el servidor para {done} de %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>the student&apos;s id (or a prefix of it) or their exact display name</source>
        <translation>el identificador del estudiante (o su comienzo) o su nombre visible exacto</translation>
    </message>
    <message>
        <source>file format (default: handin)</source>
        <translation>formato de archivo (por defecto: handin)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>el archivo que se escribe</translation>
    </message>
    <message>
        <source>w3c: give every annotation its own @context, so each can be taken out of the collection alone</source>
        <translation>w3c: dar a cada anotación su propio @context, para poder sacarla sola de la colección</translation>
    </message>
    <message>
        <source>import students&apos; hand-in files or folders of them</source>
        <translation>importar archivos de entrega de estudiantes o carpetas con ellos</translation>
    </message>
    <message>
        <source>Import hand-in files; each file is checked and imported in its own transaction, and a summary line is printed per file.</source>
        <translation>Importar archivos de entrega; cada archivo se comprueba y se importa en su propia transacción, y se escribe una línea de resumen por archivo.</translation>
    </message>
    <message>
        <source>print one JSON object per file</source>
        <translation>escribir un objeto JSON por archivo</translation>
    </message>
    <message>
        <source>wrote {file} ({format}) for {name}</source>
        <translation>se escribió {file} ({format}) para {name}</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>no *.json hand-in files found</source>
        <translation>no se encontraron archivos de entrega *.json</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>reanchored</source>
        <translation>reubicadas</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>huérfanas</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message numerus="yes">
        <source>{imported} of %n file(s) imported</source>
        <translation>
            <numerusform>{imported} de %n archivo importado</numerusform>
            <numerusform>{imported} de %n archivos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not imported (see problem column)</source>
        <translation>
            <numerusform>; %n no importado (vea la columna problema)</numerusform>
            <numerusform>; %n no importados (vea la columna problema)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The imported files were for %n exercises: </source>
        <translation>
            <numerusform>Los archivos importados eran de %n ejercicio: </numerusform>
            <numerusform>Los archivos importados eran de %n ejercicios: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
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
        <translation>Cada estudiante se indica por su id (o un comienzo único de él) o por su nombre
visible exacto. Los identificadores se guardan en la base de datos, una vez por
estudiante y plataforma, y los usa cada exportación posterior con `annotator gradebook`
de cualquier ejercicio. Un identificador vacío elimina uno.

ejemplos:
  annotator gradebook-ids --platform moodle --set &quot;Ada Lovelace=ada@school.org&quot;
  annotator gradebook-ids --platform canvas --from-csv canvas-ids.csv
  annotator gradebook-ids --platform moodle --exercise 7e0e2d23   # listar, con huecos
</translation>
    </message>
    <message>
        <source>write the class&apos;s work on an exercise as a REFI-QDA project</source>
        <translation>escribir el trabajo de la clase en un ejercicio como proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Write the exercise&apos;s articles, tag set and every student&apos;s (and the key&apos;s) annotations, notes and links as a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, ATLAS.ti or NVivo.</source>
        <translation>Escribir los artículos del ejercicio, el conjunto de etiquetas y las anotaciones, notas y vínculos de cada estudiante (y del solucionario) como proyecto REFI-QDA (.qdpx) para QualCoder, MAXQDA, ATLAS.ti o NVivo.</translation>
    </message>
    <message>
        <source>import codes, selections and coders from REFI-QDA projects</source>
        <translation>importar códigos, selecciones y codificadores de proyectos REFI-QDA</translation>
    </message>
    <message>
        <source>Import .qdpx files into an exercise, each in its own transaction. Each coder&apos;s earlier work on the exercise is replaced by what the file holds.</source>
        <translation>Importa archivos .qdpx en un ejercicio, cada uno en su propia transacción. El trabajo anterior de cada codificador en el ejercicio se reemplaza por lo que contiene el archivo.</translation>
    </message>
    <message>
        <source>write the class&apos;s grades as a Moodle or Canvas import file</source>
        <translation>escribir las notas de la clase como archivo de importación para Moodle o Canvas</translation>
    </message>
    <message>
        <source>Write each student&apos;s grade (mean F1 against the answer key, 0-100) as a CSV file for the gradebook import of Moodle or Canvas.</source>
        <translation>Escribir la nota de cada estudiante (F1 medio frente al solucionario, de 0 a 100) como archivo CSV para la importación de calificaciones de Moodle o Canvas.</translation>
    </message>
    <message>
        <source>grade item (Moodle) or assignment (Canvas); default: the exercise</source>
        <translation>elemento de calificación (Moodle) o tarea (Canvas); por defecto: el ejercicio</translation>
    </message>
    <message>
        <source>set or list the identifiers Moodle or Canvas know students by</source>
        <translation>establecer o listar los identificadores con los que Moodle o Canvas conocen a los estudiantes</translation>
    </message>
    <message>
        <source>a CSV file with two columns: student, identifier (a header row naming &apos;student&apos; is skipped)</source>
        <translation>un archivo CSV con dos columnas: estudiante, identificador (se omite una fila de encabezado que diga &apos;student&apos;)</translation>
    </message>
    <message>
        <source>list only the students of this exercise (with the unmapped ones)</source>
        <translation>listar solo los estudiantes de este ejercicio (también los que no tienen identificador)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codificador</numerusform>
            <numerusform>%n codificadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n selección</numerusform>
            <numerusform>%n selecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {file} (qdpx): {counts}</source>
        <translation>se escribió {file} (qdpx): {counts}</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message numerus="yes">
        <source>wrote {file} ({platform}): %n student(s)</source>
        <translation>
            <numerusform>se escribió {file} ({platform}): %n estudiante</numerusform>
            <numerusform>se escribió {file} ({platform}): %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n student(s) have no {platform} identifier yet ({names}); set them with `annotator gradebook-ids`</source>
        <translation>
            <numerusform>aviso: %n estudiante aún no tiene identificador de {platform} ({names}); establézcalos con `annotator gradebook-ids`</numerusform>
            <numerusform>aviso: %n estudiantes aún no tienen identificador de {platform} ({names}); establézcalos con `annotator gradebook-ids`</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>row {row} needs two columns: student, identifier</source>
        <translation>la fila {row} necesita dos columnas: estudiante, identificador</translation>
    </message>
    <message>
        <source>write STUDENT=IDENTIFIER</source>
        <translation>escriba ESTUDIANTE=IDENTIFICADOR</translation>
    </message>
    <message numerus="yes">
        <source>%n {platform} identifier(s) changed</source>
        <translation>
            <numerusform>%n identificador de {platform} cambiado</numerusform>
            <numerusform>%n identificadores de {platform} cambiados</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
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
        <translation>Las matrices estudiante por estudiante (kappa de Cohen por pares, F1 de los
fragmentos) crecen con el cuadrado del tamaño de la clase; por encima de 200 estudiantes
se omiten salvo que --pairwise o --pairwise-students las pida. Cada resumen (alfa, kappa,
la media de las kappas por pares) se da siempre.

ejemplos:
  annotator review --exercise 7e0e --json &gt; review.json
  annotator review --exercise 7e0e --json --only scores --indent 2
  annotator review --exercise 7e0e --json --only agreement --pairwise-students ada,ben
</translation>
    </message>
    <message>
        <source>unknown part {part} (choose from {parts})</source>
        <translation>parte desconocida {part} (elija entre {parts})</translation>
    </message>
    <message>
        <source>the class review of an exercise: agreement, scores, contested passages</source>
        <translation>la revisión de la clase de un ejercicio: concordancia, resultados, pasajes discutidos</translation>
    </message>
    <message>
        <source>The class review of an exercise. With --json the figures are streamed out as compact JSON (one line) as they are computed; --indent makes it readable.</source>
        <translation>La revisión de la clase de un ejercicio. Con --json las cifras se escriben como JSON compacto (una línea) a medida que se calculan; --indent lo hace legible.</translation>
    </message>
    <message>
        <source>exercise id or a unique prefix of it</source>
        <translation>id del ejercicio o un comienzo único de él</translation>
    </message>
    <message>
        <source>only this article (id or a unique prefix)</source>
        <translation>solo este artículo (id o un comienzo único)</translation>
    </message>
    <message>
        <source>name students Student 1..N</source>
        <translation>nombrar a los estudiantes Estudiante 1..N</translation>
    </message>
    <message>
        <source>indent the JSON by N spaces (default: compact)</source>
        <translation>sangrar el JSON con N espacios (por defecto: compacto)</translation>
    </message>
    <message>
        <source>only these parts, comma-separated: scores, agreement, contested, overlay (the overlay summary and the chart data)</source>
        <translation>solo estas partes, separadas por comas: scores, agreement, contested, overlay (el resumen de la vista de la clase y los datos de los gráficos)</translation>
    </message>
    <message>
        <source>include the student-by-student matrices whatever the class size (by default only up to 200 students)</source>
        <translation>incluir las matrices estudiante por estudiante sea cual sea el tamaño de la clase (por defecto solo hasta 200 estudiantes)</translation>
    </message>
    <message>
        <source>leave the student-by-student matrices out</source>
        <translation>omitir las matrices estudiante por estudiante</translation>
    </message>
    <message>
        <source>the matrices for these students only: ids, unique id prefixes or exact names, comma-separated</source>
        <translation>las matrices solo para estos estudiantes: ids, comienzos únicos de id o nombres exactos, separados por comas</translation>
    </message>
    <message>
        <source>Review of {title}</source>
        <translation>Revisión de {title}</translation>
    </message>
    <message>
        <source>Handed in, nothing marked: {names}</source>
        <translation>Entregado, nada marcado: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: yes</source>
        <translation>
            <numerusform>%n estudiante; solucionario: sí</numerusform>
            <numerusform>%n estudiantes; solucionario: sí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s); answer key: none</source>
        <translation>
            <numerusform>%n estudiante; solucionario: ninguno</numerusform>
            <numerusform>%n estudiantes; solucionario: ninguno</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing marked here: {names}</source>
        <translation>Nada marcado aquí: {names}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alfa de Krippendorff</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Mean Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen medio</translation>
    </message>
    <message>
        <source>{name}: {reading}</source>
        <translation>{name}: {reading}</translation>
    </message>
    <message>
        <source>Unitizing alpha</source>
        <translation>Alfa de unitización</translation>
    </message>
    <message>
        <source>Most contested:</source>
        <translation>Más discutidos:</translation>
    </message>
    <message>
        <source>F1 against the key (overlap) {value}</source>
        <translation>F1 frente al solucionario (solapamiento) {value}</translation>
    </message>
    <message>
        <source>{name} is ambiguous</source>
        <translation>{name} es ambiguo</translation>
    </message>
    <message>
        <source>{name} is not a student of this exercise</source>
        <translation>{name} no es estudiante de este ejercicio</translation>
    </message>
    <message>
        <source>exercise {id} has no article {article} (the prefix is ambiguous)</source>
        <translation>el ejercicio {id} no tiene el artículo {article} (el comienzo es ambiguo)</translation>
    </message>
    <message>
        <source>exercise {id} has no article {article}</source>
        <translation>el ejercicio {id} no tiene el artículo {article}</translation>
    </message>
    <message>
        <source>--indent goes with --json</source>
        <translation>--indent va con --json</translation>
    </message>
    <message>
        <source>examples:</source>
        <translation>ejemplos:</translation>
    </message>
    <message>
        <source>set up a school server (PostgreSQL): init, classes, accounts, upgrade</source>
        <translation>configurar un servidor del centro (PostgreSQL): init, clases, cuentas, actualización</translation>
    </message>
    <message>
        <source>Set up and maintain a school server; see docs/server.md.</source>
        <translation>Configurar y mantener un servidor del centro; vea docs/server.md.</translation>
    </message>
    <message>
        <source>the admin&apos;s postgresql:// URL</source>
        <translation>la URL postgresql:// del administrador</translation>
    </message>
    <message>
        <source>create the schema, roles and row-level security policies</source>
        <translation>crear el esquema, los roles y las políticas de seguridad a nivel de fila</translation>
    </message>
    <message>
        <source>upgrade the server&apos;s schema to this version of the app</source>
        <translation>actualizar el esquema del servidor a esta versión de la aplicación</translation>
    </message>
    <message>
        <source>create a class (and set exercises for it)</source>
        <translation>crear una clase (y asignarle ejercicios)</translation>
    </message>
    <message>
        <source>an exercise the class works on (id or a unique prefix; repeatable)</source>
        <translation>un ejercicio en el que trabaja la clase (id o un comienzo único; se puede repetir)</translation>
    </message>
    <message>
        <source>create student accounts and print their passwords</source>
        <translation>crear cuentas de estudiantes e imprimir sus contraseñas</translation>
    </message>
    <message>
        <source>create instructor accounts and print their passwords</source>
        <translation>crear cuentas de docentes e imprimir sus contraseñas</translation>
    </message>
    <message>
        <source>the person&apos;s name as shown in the app</source>
        <translation>el nombre de la persona tal como aparece en la aplicación</translation>
    </message>
    <message>
        <source>a class list: a header row with name (and login) columns</source>
        <translation>una lista de clase: una fila de encabezado con las columnas name (y login)</translation>
    </message>
    <message>
        <source>the login (default: made from the name)</source>
        <translation>el usuario de acceso (por defecto: formado a partir del nombre)</translation>
    </message>
    <message>
        <source>school database {name}: schema created</source>
        <translation>base de datos del centro {name}: esquema creado</translation>
    </message>
    <message>
        <source>school database {name}: schema already there</source>
        <translation>base de datos del centro {name}: el esquema ya existe</translation>
    </message>
    <message>
        <source>roles: {students} (students), {instructors} (instructors)</source>
        <translation>roles: {students} (estudiantes), {instructors} (docentes)</translation>
    </message>
    <message>
        <source>; created {roles}</source>
        <translation>; creados: {roles}</translation>
    </message>
    <message>
        <source>row-level security: on (students see their classes&apos; exercises and their own work)</source>
        <translation>seguridad a nivel de fila: activada (los estudiantes ven los ejercicios de sus clases y su propio trabajo)</translation>
    </message>
    <message>
        <source>next: annotator server add-class URL CLASS --exercise ID; then add-student</source>
        <translation>a continuación: annotator server add-class URL CLASE --exercise ID; luego add-student</translation>
    </message>
    <message>
        <source>hand out: File &gt; Connect to School Server, address {url}</source>
        <translation>para repartir: Archivo &gt; Conectar con el servidor del centro, dirección {url}</translation>
    </message>
    <message>
        <source>schema {new} (upgraded from {old}); policies re-applied</source>
        <translation>esquema {new} (actualizado desde {old}); políticas aplicadas de nuevo</translation>
    </message>
    <message>
        <source>schema {new} (already current); policies re-applied</source>
        <translation>esquema {new} (ya actualizado); políticas aplicadas de nuevo</translation>
    </message>
    <message>
        <source>a school server is a postgresql:// URL</source>
        <translation>un servidor del centro es una URL postgresql://</translation>
    </message>
    <message numerus="yes">
        <source>class {name}: %n exercise(s) set</source>
        <translation>
            <numerusform>clase {name}: %n ejercicio asignado</numerusform>
            <numerusform>clase {name}: %n ejercicios asignados</numerusform>
        </translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>clase {name}</translation>
    </message>
    <message>
        <source>--login goes with --name; a class list has a login column</source>
        <translation>--login va con --name; una lista de clase tiene una columna login</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created; hand each person their login and password (shown only now)</source>
        <translation>
            <numerusform>%n cuenta creada; entregue a cada persona su usuario y su contraseña (solo se muestran ahora)</numerusform>
            <numerusform>%n cuentas creadas; entregue a cada persona su usuario y su contraseña (solo se muestran ahora)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourText</name>
    <message>
        <source>{colour} is not a colour of the form #rrggbb</source>
        <translation>{colour} no es un color con la forma #rrggbb</translation>
    </message>
    <message>
        <source>Shortcut {shortcut} is used by {labels}.</source>
        <translation>El atajo {shortcut} lo usan {labels}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{first} and {second} have colours that are hard to tell apart.</source>
        <translation>{first} y {second} tienen colores difíciles de distinguir.</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <source>Comment on the student&apos;s passage</source>
        <translation>Comentario sobre el fragmento del estudiante</translation>
    </message>
    <message>
        <source>Select one of the student&apos;s passages (a difference above, or click their text)</source>
        <translation>Seleccione un fragmento del estudiante (una diferencia de arriba, o haga clic en su texto)</translation>
    </message>
    <message>
        <source>Comment on the student&apos;s work</source>
        <translation>Comentario sobre el trabajo del estudiante</translation>
    </message>
    <message>
        <source>Save Comments</source>
        <translation>Guardar comentarios</translation>
    </message>
    <message>
        <source>Kept in your database; sent with the student&apos;s feedback file</source>
        <translation>Se guarda en su base de datos; se envía con el archivo de retroalimentación del estudiante</translation>
    </message>
    <message>
        <source>Comment to %1 on their work:</source>
        <translation>Comentario a %1 sobre su trabajo:</translation>
    </message>
    <message>
        <source>Choose a student on the right</source>
        <translation>Elija un estudiante a la derecha</translation>
    </message>
    <message>
        <source>Comment on a passage:</source>
        <translation>Comentario sobre un fragmento:</translation>
    </message>
    <message>
        <source>Comment on “%1”:</source>
        <translation>Comentario sobre «%1»:</translation>
    </message>
    <message>
        <source>Comments saved; they go out with Return Feedback.</source>
        <translation>Comentarios guardados; se envían con Devolver retroalimentación.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>missing (dashed)</source>
        <translation>falta (discontinuo)</translation>
    </message>
    <message>
        <source>extra (dotted)</source>
        <translation>de más (punteado)</translation>
    </message>
    <message>
        <source>different tag (wavy)</source>
        <translation>otra etiqueta (ondulado)</translation>
    </message>
    <message>
        <source>shifted boundaries (underline)</source>
        <translation>límites desplazados (subrayado)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>De más</translation>
    </message>
    <message>
        <source>Different tag</source>
        <translation>Otra etiqueta</translation>
    </message>
    <message>
        <source>Shifted boundaries</source>
        <translation>Límites desplazados</translation>
    </message>
    <message>
        <source>Reference markup</source>
        <translation>Marcado de referencia</translation>
    </message>
    <message>
        <source>Compared markup</source>
        <translation>Marcado comparado</translation>
    </message>
    <message>
        <source>Reference markup text</source>
        <translation>Texto del marcado de referencia</translation>
    </message>
    <message>
        <source>Compared markup text</source>
        <translation>Texto del marcado comparado</translation>
    </message>
    <message>
        <source>Marks: %1</source>
        <translation>Marcas: %1</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Compared:</source>
        <translation>Comparado:</translation>
    </message>
    <message>
        <source>The same markup is chosen on both sides.</source>
        <translation>Se ha elegido el mismo marcado en ambos lados.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s): %1</source>
        <translation>
            <numerusform>%n diferencia: %1</numerusform>
            <numerusform>%n diferencias: %1</numerusform>
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
            <numerusform>Estudiante: %1, solucionario: %2: %n fragmento. Haga clic para verlo.</numerusform>
            <numerusform>Estudiante: %1, solucionario: %2: %n fragmentos. Haga clic para listarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key:
%1</source>
        <translation>Solucionario:
%1</translation>
    </message>
    <message>
        <source>Student: %1</source>
        <translation>Estudiante: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to School Server</source>
        <translation>Conectar con el servidor del centro</translation>
    </message>
    <message>
        <source>Your school&apos;s server keeps your work, so you can go on from any computer and your teacher sees it without a hand-in file. Your teacher or the school&apos;s IT gives you these details.</source>
        <translation>El servidor de tu centro guarda tu trabajo, así puedes seguir desde cualquier ordenador y tu profesor o profesora lo ve sin archivo de entrega. Estos datos te los da tu profesor o profesora o el servicio informático del centro.</translation>
    </message>
    <message>
        <source>server name, e.g. annotator.school.example</source>
        <translation>nombre del servidor, p. ej. annotator.school.example</translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation>p. ej. colegio</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Source Annotator could not read or write its database, so your last change may not have been saved. Export or hand in your work now if you can, then restart the app: a damaged database is set aside and the newest good backup restored.</source>
        <translation>Source Annotator no pudo leer ni escribir su base de datos, así que puede que tu último cambio no se haya guardado. Exporta o entrega tu trabajo ahora si puedes y reinicia la aplicación: una base de datos dañada se aparta y se restaura la copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>Something went wrong inside Source Annotator. Every change the app showed as saved is safe: each is saved the moment you make it. The last thing you did may not have finished; if something looks wrong, restart the app.</source>
        <translation>Algo ha fallado en Source Annotator. Cada cambio que la aplicación mostró como guardado está a salvo: cada uno se guarda en cuanto lo haces. Puede que lo último que hiciste no terminara; si algo parece raro, reinicia la aplicación.</translation>
    </message>
    <message>
        <source>What happened: {what}
The details were written to {log}. If this happens again, use Copy details and send them to your teacher.</source>
        <translation>Qué ha pasado: {what}
Los detalles se han guardado en {log}. Si vuelve a ocurrir, usa Copiar detalles y envíaselos a tu profesor o profesora.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
</context>
<context>
    <name>DetailsBox</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>DraftListEditor</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Mov&amp;e up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <source>Enter your name to answer these questions: your answers are saved with your name. (Tagging a passage in an article asks for it too.)</source>
        <translation>Escribe tu nombre para responder a estas preguntas: tus respuestas se guardan con tu nombre. (Etiquetar un fragmento de un artículo también te lo pide.)</translation>
    </message>
    <message>
        <source>This exercise has no source-evaluation questions.</source>
        <translation>Este ejercicio no tiene preguntas de evaluación de fuentes.</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Source evaluation panel</source>
        <translation>Panel de evaluación de fuentes</translation>
    </message>
    <message>
        <source>Article to evaluate</source>
        <translation>Artículo que evaluar</translation>
    </message>
    <message>
        <source>Enter Your &amp;Name…</source>
        <translation>Escribir tu &amp;nombre…</translation>
    </message>
    <message>
        <source>Enter your name</source>
        <translation>Escribir tu nombre</translation>
    </message>
    <message>
        <source>Questions about the article</source>
        <translation>Preguntas sobre el artículo</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artículo</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Cannot save the answer</source>
        <translation>No se puede guardar la respuesta</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export REFI-QDA Project (.qdpx)…</source>
        <translation>Exportar proyecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Save the articles, tags and everyone&apos;s highlights for QualCoder, MAXQDA, ATLAS.ti or NVivo</source>
        <translation>Guardar los artículos, las etiquetas y los subrayados de todos para QualCoder, MAXQDA, ATLAS.ti o NVivo</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project (.qdpx)…</source>
        <translation>Importar proyecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Bring in codes, coded passages and coders from a QDA tool&apos;s project</source>
        <translation>Traer códigos, fragmentos codificados y codificadores del proyecto de una herramienta QDA</translation>
    </message>
    <message>
        <source>Student IDs for %1…</source>
        <translation>Identificadores de estudiantes para %1…</translation>
    </message>
    <message>
        <source>Export Gradebook for %1 (CSV)…</source>
        <translation>Exportar libro de calificaciones para %1 (CSV)…</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Share the class with QDA tools and learning platforms</source>
        <translation>Compartir la clase con herramientas QDA y plataformas de aprendizaje</translation>
    </message>
    <message>
        <source>Export REFI-QDA Project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>Proyecto REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Could not export the project</source>
        <translation>No se pudo exportar el proyecto</translation>
    </message>
    <message>
        <source>Project written to %1</source>
        <translation>Proyecto guardado en %1</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Could not import the project</source>
        <translation>No se pudo importar el proyecto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export Gradebook for %1</source>
        <translation>Exportar libro de calificaciones para %1</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the gradebook</source>
        <translation>No se pudo exportar el libro de calificaciones</translation>
    </message>
    <message>
        <source>Gradebook written to %1</source>
        <translation>Libro de calificaciones guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n student(s) without an identifier)</source>
        <translation>
            <numerusform>(%n estudiante sin identificador)</numerusform>
            <numerusform>(%n estudiantes sin identificador)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <source>A new copy of the default tags</source>
        <translation>Una copia nueva de las etiquetas predeterminadas</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Editar ejercicio</translation>
    </message>
    <message>
        <source>What students see above the articles</source>
        <translation>Lo que ven los estudiantes encima de los artículos</translation>
    </message>
    <message>
        <source>What students should do, in a few sentences</source>
        <translation>Lo que deben hacer los estudiantes, en pocas frases</translation>
    </message>
    <message>
        <source>Edit ta&amp;gs…</source>
        <translation>Editar etiqu&amp;etas…</translation>
    </message>
    <message>
        <source>Parts of the exercise</source>
        <translation>Partes del ejercicio</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>I&amp;nstructions:</source>
        <translation>I&amp;nstrucciones:</translation>
    </message>
    <message>
        <source>Tag &amp;set:</source>
        <translation>&amp;Conjunto de etiquetas:</translation>
    </message>
    <message>
        <source>Give the exercise a title.</source>
        <translation>Ponga un título al ejercicio.</translation>
    </message>
    <message>
        <source>Add at least one article.</source>
        <translation>Añada al menos un artículo.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n etiqueta</numerusform>
            <numerusform>%n etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, used by %3 exercises)</source>
        <translation>%1 (%2, usado en %3 ejercicios)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags for %1</source>
        <translation>Etiquetas para %1</translation>
    </message>
    <message>
        <source>new exercise</source>
        <translation>nuevo ejercicio</translation>
    </message>
</context>
<context>
    <name>ExerciseListModel</name>
    <message numerus="yes">
        <source>%1  (%n article(s))</source>
        <translation>
            <numerusform>%1  (%n artículo)</numerusform>
            <numerusform>%1  (%n artículos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Open exercise</source>
        <translation>Abrir ejercicio</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Exercises in this database:</source>
        <translation>Ejercicios en esta base de datos:</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message>
        <source>an exercise needs a title</source>
        <translation>un ejercicio necesita un título</translation>
    </message>
    <message>
        <source>Tags for {title}</source>
        <translation>Etiquetas para {title}</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>there is no article text to add</source>
        <translation>no hay texto de artículo que añadir</translation>
    </message>
    <message>
        <source>the same text is already in this exercise</source>
        <translation>el mismo texto ya está en este ejercicio</translation>
    </message>
    <message>
        <source>this article</source>
        <translation>este artículo</translation>
    </message>
    <message>
        <source>these article fields cannot be edited: {fields}</source>
        <translation>estos campos del artículo no se pueden editar: {fields}</translation>
    </message>
    <message>
        <source>a question needs text</source>
        <translation>una pregunta necesita un texto</translation>
    </message>
    <message>
        <source>this question</source>
        <translation>esta pregunta</translation>
    </message>
    <message>
        <source>the tag set cannot be switched: annotations use tags of the current set; edit the current tag set instead</source>
        <translation>no se puede cambiar el conjunto de etiquetas: hay anotaciones que usan etiquetas del conjunto actual; edite en su lugar el conjunto de etiquetas actual</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{work} by {people}</source>
        <translation>{work} de {people}</translation>
    </message>
    <message>
        <source>removing {what} would delete {work}; confirm to remove it</source>
        <translation>quitar {what} eliminaría {work}; confirme que quiere quitarlo</translation>
    </message>
    <message>
        <source>not opened, because no backup could be made first ({reason})</source>
        <translation>no se ha abierto porque antes no se pudo hacer una copia de seguridad ({reason})</translation>
    </message>
    <message>
        <source>could not be saved ({reason})</source>
        <translation>no se pudo guardar ({reason})</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); nothing was changed</source>
        <translation>no se pudo guardar ({reason}); no se ha cambiado nada</translation>
    </message>
    <message>
        <source>this exercise already has an article with exactly this text ({title})</source>
        <translation>este ejercicio ya tiene un artículo con exactamente este texto ({title})</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message numerus="yes">
        <source>its text cannot be changed because %n annotation(s) or answer(s) point into it; add the new text as a new article instead</source>
        <translation>
            <numerusform>su texto no se puede cambiar porque %n anotación o respuesta remite a él; añada el nuevo texto como un artículo nuevo</numerusform>
            <numerusform>su texto no se puede cambiar porque %n anotaciones o respuestas remiten a él; añada el nuevo texto como un artículo nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>an article cannot have empty text</source>
        <translation>un artículo no puede tener un texto vacío</translation>
    </message>
    <message>
        <source>another article in this exercise already has exactly this text</source>
        <translation>otro artículo de este ejercicio ya tiene exactamente este texto</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Explain Key Passage</source>
        <translation>Explicar fragmento del solucionario</translation>
    </message>
    <message>
        <source>Why does the key tag this passage this way? Students read this in their feedback, next to the passage.</source>
        <translation>¿Por qué el solucionario etiqueta así este fragmento? Los estudiantes lo leen en su retroalimentación, junto al fragmento.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>&amp;Explanation for students:</source>
        <translation>&amp;Explicación para los estudiantes:</translation>
    </message>
</context>
<context>
    <name>FeedbackActions</name>
    <message>
        <source>Open Fee&amp;dback…</source>
        <translation>Abrir retroa&amp;limentación…</translation>
    </message>
    <message>
        <source>Open the feedback file your teacher returned</source>
        <translation>Abrir el archivo de retroalimentación que te devolvió tu profesor o profesora</translation>
    </message>
    <message>
        <source>Return &amp;Feedback…</source>
        <translation>De&amp;volver retroalimentación…</translation>
    </message>
    <message>
        <source>Write a feedback file for every student who handed in: the key, the class, their scores and your comments</source>
        <translation>Escribir un archivo de retroalimentación para cada estudiante que entregó: el solucionario, la clase, sus puntuaciones y sus comentarios</translation>
    </message>
    <message>
        <source>E&amp;xplain Key Passage…</source>
        <translation>E&amp;xplicar fragmento del solucionario…</translation>
    </message>
    <message>
        <source>Write what students see with the selected key passage in their feedback</source>
        <translation>Escribir lo que los estudiantes verán junto al fragmento seleccionado del solucionario en su retroalimentación</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Abrir retroalimentación</translation>
    </message>
    <message>
        <source>Feedback (*.feedback.json);;All files (*)</source>
        <translation>Retroalimentación (*.feedback.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Feedback opened: %1</source>
        <translation>Retroalimentación abierta: %1</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Fee&amp;dback</source>
        <translation>&amp;Retroalimentación</translation>
    </message>
    <message>
        <source>Explain Key Passage</source>
        <translation>Explicar fragmento del solucionario</translation>
    </message>
    <message>
        <source>Switch on Review &gt; Annotate the Answer Key first: explanations belong to the key&apos;s passages.</source>
        <translation>Active primero Revisión &gt; Anotar el solucionario: las explicaciones pertenecen a los fragmentos del solucionario.</translation>
    </message>
    <message>
        <source>Select a passage of the key first (click it, or Alt+Down).</source>
        <translation>Seleccione primero un fragmento del solucionario (haga clic en él, o Alt+Abajo).</translation>
    </message>
    <message>
        <source>Explain passage</source>
        <translation>Explicar fragmento</translation>
    </message>
    <message>
        <source>Return Feedback</source>
        <translation>Devolver retroalimentación</translation>
    </message>
    <message>
        <source>Nobody has handed in this exercise yet: import your students&apos; hand-ins first (File &gt; Import Hand-ins…).</source>
        <translation>Nadie ha entregado todavía este ejercicio: importe primero las entregas de sus estudiantes (Archivo &gt; Importar entregas…).</translation>
    </message>
    <message numerus="yes">
        <source>%n feedback file(s) written to %1.</source>
        <translation>
            <numerusform>%n archivo de retroalimentación guardado en %1.</numerusform>
            <numerusform>%n archivos de retroalimentación guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each student their own file: it opens only for them, after they handed in.</source>
        <translation>Dé a cada estudiante su propio archivo: solo se abre para él o ella, después de su entrega.</translation>
    </message>
</context>
<context>
    <name>FeedbackCheckText</name>
    <message numerus="yes">
        <source>{where} {n} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>{where} {n} queda fuera de un texto de %n carácter</numerusform>
            <numerusform>{where} {n} queda fuera de un texto de %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{where} {n} quotes {quoted} characters for a span of %n</source>
        <translation>
            <numerusform>{where} {n} cita {quoted} caracteres para un fragmento de %n carácter</numerusform>
            <numerusform>{where} {n} cita {quoted} caracteres para un fragmento de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>{where} {n} uses a tag the file does not list</source>
        <translation>{where} {n} usa una etiqueta que el archivo no incluye</translation>
    </message>
    <message>
        <source>the class counts use a tag the file does not list</source>
        <translation>los recuentos de la clase usan una etiqueta que el archivo no incluye</translation>
    </message>
    <message>
        <source>the class counts for {tag} are out of order or outside the text</source>
        <translation>los recuentos de la clase para {tag} están desordenados o fuera del texto</translation>
    </message>
    <message>
        <source>a class count for {tag} exceeds the class size</source>
        <translation>un recuento de la clase para {tag} supera el tamaño de la clase</translation>
    </message>
    <message>
        <source>the scores use a tag the file does not list</source>
        <translation>las puntuaciones usan una etiqueta que el archivo no incluye</translation>
    </message>
    <message>
        <source>the scores for {tag} count more matches than passages</source>
        <translation>las puntuaciones para {tag} cuentan más coincidencias que fragmentos</translation>
    </message>
    <message>
        <source>the confusion matrix uses a tag the file does not list</source>
        <translation>la matriz de confusión usa una etiqueta que el archivo no incluye</translation>
    </message>
    <message>
        <source>the confusion matrix is not {n} by {n}</source>
        <translation>la matriz de confusión no es de {n} por {n}</translation>
    </message>
    <message>
        <source>article {n}</source>
        <translation>artículo {n}</translation>
    </message>
    <message>
        <source>{where}, your annotation</source>
        <translation>{where}, tu anotación</translation>
    </message>
    <message>
        <source>the answer key is missing</source>
        <translation>falta el solucionario</translation>
    </message>
    <message>
        <source>the answer key is not announced</source>
        <translation>el solucionario no está anunciado</translation>
    </message>
    <message>
        <source>{where}, key passage</source>
        <translation>{where}, fragmento del solucionario</translation>
    </message>
    <message>
        <source>the class overlay is missing</source>
        <translation>falta la vista de la clase</translation>
    </message>
    <message>
        <source>the class overlay is not announced</source>
        <translation>la vista de la clase no está anunciada</translation>
    </message>
    <message>
        <source>the scores are not announced</source>
        <translation>las puntuaciones no están anunciadas</translation>
    </message>
    <message>
        <source>the same tag is listed twice</source>
        <translation>la misma etiqueta aparece dos veces</translation>
    </message>
    <message>
        <source>the same article is listed twice</source>
        <translation>el mismo artículo aparece dos veces</translation>
    </message>
    <message>
        <source>the same annotation id appears twice</source>
        <translation>el mismo id de anotación aparece dos veces</translation>
    </message>
    <message>
        <source>the comments are missing</source>
        <translation>faltan los comentarios</translation>
    </message>
    <message>
        <source>the comments are not announced</source>
        <translation>los comentarios no están anunciados</translation>
    </message>
    <message>
        <source>comment {n} is on an annotation that is not yours</source>
        <translation>el comentario {n} está en una anotación que no es tuya</translation>
    </message>
</context>
<context>
    <name>FeedbackFileText</name>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>does not match the feedback schema at {where}: {message}</source>
        <translation>no se ajusta al esquema de comentarios en {where}: {message}</translation>
    </message>
    <message>
        <source>larger than {size} MB, refused</source>
        <translation>más de {size} MB, rechazado</translation>
    </message>
    <message>
        <source>not a Source Annotator feedback file</source>
        <translation>no es un archivo de retroalimentación de Source Annotator</translation>
    </message>
    <message>
        <source>feedback format version {version} is newer than this app understands (up to {supported}); update Source Annotator</source>
        <translation>la versión {version} del formato de retroalimentación es más reciente de lo que entiende esta aplicación (hasta {supported}); actualiza Source Annotator</translation>
    </message>
    <message>
        <source>checksum mismatch; the file was changed or damaged</source>
        <translation>la suma de comprobación no coincide; el archivo fue modificado o está dañado</translation>
    </message>
    <message>
        <source>the {measure} of tag {tag} does not follow from its counts</source>
        <translation>el valor {measure} de la etiqueta {tag} no se deduce de sus recuentos</translation>
    </message>
    <message>
        <source>article {n}</source>
        <translation>artículo {n}</translation>
    </message>
</context>
<context>
    <name>FeedbackRows</name>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Your teacher: %1</source>
        <translation>Tu profesor o profesora: %1</translation>
    </message>
    <message>
        <source>You and the key agree: %1</source>
        <translation>Tú y el solucionario coincidís: %1</translation>
    </message>
    <message>
        <source>You and the key agree on %1, but mark a slightly different passage</source>
        <translation>Tú y el solucionario coincidís en %1, pero marcáis un fragmento algo distinto</translation>
    </message>
    <message>
        <source>You tagged %1, the key says %2</source>
        <translation>Elegiste %1, el solucionario dice %2</translation>
    </message>
    <message>
        <source>You missed this: the key marks %1</source>
        <translation>Te faltó esto: el solucionario marca %1</translation>
    </message>
    <message>
        <source>You marked this (%1), the key did not</source>
        <translation>Tú marcaste esto (%1), el solucionario no</translation>
    </message>
    <message>
        <source>Your %1</source>
        <translation>Tu marca: %1</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Neither you nor the key marked anything here.</source>
        <translation>Ni tú ni el solucionario marcasteis nada aquí.</translation>
    </message>
</context>
<context>
    <name>FeedbackScores</name>
    <message>
        <source>nothing to compare: neither you nor the key marked anything</source>
        <translation>nada que comparar: ni tú ni el solucionario marcasteis nada</translation>
    </message>
    <message>
        <source>very close to the key</source>
        <translation>muy cerca del solucionario</translation>
    </message>
    <message>
        <source>partly like the key</source>
        <translation>en parte como el solucionario</translation>
    </message>
    <message>
        <source>mostly different from the key</source>
        <translation>casi todo distinto del solucionario</translation>
    </message>
    <message>
        <source>nothing in common with the key</source>
        <translation>nada en común con el solucionario</translation>
    </message>
    <message>
        <source>Where you and the key marked the same passage, you chose the same tag.</source>
        <translation>Donde tú y el solucionario marcasteis el mismo fragmento, elegiste la misma etiqueta.</translation>
    </message>
    <message>
        <source>You found %1 of the key&apos;s %2 passages; %3 of your %4 passages match it.</source>
        <translation>Encontraste %1 de los %2 fragmentos del solucionario; %3 de tus %4 fragmentos coinciden con él.</translation>
    </message>
    <message>
        <source>Exactly the same words and tag: %1 of the key&apos;s %2.</source>
        <translation>Exactamente las mismas palabras y etiqueta: %1 de los %2 del solucionario.</translation>
    </message>
    <message>
        <source>Character F1 %1: %2.</source>
        <translation>F1 de caracteres %1: %2.</translation>
    </message>
    <message>
        <source>By tag (character F1): %1.</source>
        <translation>Por etiqueta (F1 de caracteres): %1.</translation>
    </message>
</context>
<context>
    <name>FeedbackText</name>
    <message>
        <source>this is feedback on the exercise “{title}”, which is not on this computer</source>
        <translation>esta retroalimentación es sobre el ejercicio «{title}», que no está en este ordenador</translation>
    </message>
    <message>
        <source>the articles of “{title}” on this computer differ from the ones the feedback was made for</source>
        <translation>los artículos de «{title}» en este ordenador son distintos de aquellos para los que se hizo la retroalimentación</translation>
    </message>
    <message>
        <source>this is feedback on “{title}”, not on the exercise open now; open that exercise first</source>
        <translation>esta retroalimentación es sobre «{title}», no sobre el ejercicio abierto; abre primero ese ejercicio</translation>
    </message>
    <message>
        <source>you have not handed in “{title}” from this computer yet; feedback opens after you hand in (File &gt; Hand In)</source>
        <translation>todavía no has entregado «{title}» desde este ordenador; la retroalimentación se abre después de entregar (Archivo &gt; Entregar)</translation>
    </message>
    <message>
        <source>feedback released on the school server</source>
        <translation>retroalimentación publicada en el servidor del centro</translation>
    </message>
    <message>
        <source>this feedback was made for another student; it opens only for the student who handed in the work</source>
        <translation>esta retroalimentación es para otro estudiante; solo se abre para el estudiante que entregó el trabajo</translation>
    </message>
    <message>
        <source>you have not handed in “{title}” yet; feedback opens after you hand in (File &gt; Hand In)</source>
        <translation>todavía no has entregado «{title}»; la retroalimentación se abre después de entregar (Archivo &gt; Entregar)</translation>
    </message>
    <message>
        <source>this feedback is about a hand-in made after your last one on this computer</source>
        <translation>esta retroalimentación es sobre una entrega hecha después de tu última entrega en este ordenador</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback from your teacher</source>
        <translation>Retroalimentación de tu profesor o profesora</translation>
    </message>
    <message>
        <source>Where this feedback comes from</source>
        <translation>De dónde viene esta retroalimentación</translation>
    </message>
    <message>
        <source>Your teacher says:</source>
        <translation>Tu profesor o profesora dice:</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment</source>
        <translation>Comentario de tu profesor o profesora</translation>
    </message>
    <message>
        <source>Passages: your markup and the key&apos;s</source>
        <translation>Fragmentos: tu marcado y el del solucionario</translation>
    </message>
    <message>
        <source>Your scores</source>
        <translation>Tus puntuaciones</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>The strip at the left of each text: how many classmates marked each line (point at it to see).</source>
        <translation>La franja a la izquierda de cada texto: cuántos compañeros marcaron cada línea (señálala para verlo).</translation>
    </message>
    <message>
        <source>In the text, a dashed box marks a key passage you missed, a dotted box one where the key chose another tag.</source>
        <translation>En el texto, un recuadro discontinuo marca un fragmento del solucionario que no marcaste y uno punteado, uno en el que el solucionario eligió otra etiqueta.</translation>
    </message>
    <message>
        <source>Revise and Hand In Again…</source>
        <translation>Revisar y volver a entregar…</translation>
    </message>
    <message>
        <source>Revise and hand in again</source>
        <translation>Revisar y volver a entregar</translation>
    </message>
    <message>
        <source>Change your highlights, then hand in a second attempt; this feedback stays with your first.</source>
        <translation>Cambia tus subrayados y entrega un segundo intento; esta retroalimentación se queda con el primero.</translation>
    </message>
    <message>
        <source>This feedback is read-only; your own highlights stay yours to change.</source>
        <translation>Esta retroalimentación es de solo lectura; tus propios subrayados los puedes seguir cambiando.</translation>
    </message>
    <message>
        <source>Feedback on “%1”</source>
        <translation>Retroalimentación sobre «%1»</translation>
    </message>
    <message>
        <source>About your hand-in of %1 at %2</source>
        <translation>Sobre tu entrega del %1 a las %2</translation>
    </message>
    <message>
        <source>Released by your teacher on the school server, %1</source>
        <translation>Publicada por tu profesor o profesora en el servidor del centro, %1</translation>
    </message>
    <message>
        <source>Your teacher did not include the answer key: only passages with a comment are listed.</source>
        <translation>Tu profesor o profesora no incluyó el solucionario: solo se listan los fragmentos con comentario.</translation>
    </message>
    <message>
        <source>You handed in again (attempt %1); this feedback is about attempt %2.</source>
        <translation>Volviste a entregar (intento %1); esta retroalimentación trata del intento %2.</translation>
    </message>
    <message>
        <source>Attempt %1 · %2</source>
        <translation>Intento %1 · %2</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Your teacher did not include scores.</source>
        <translation>Tu profesor o profesora no incluyó puntuaciones.</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <source>the disk is full; nothing was written</source>
        <translation>el disco está lleno; no se ha escrito nada</translation>
    </message>
    <message>
        <source>the disk quota is exhausted; nothing was written</source>
        <translation>la cuota de disco está agotada; no se ha escrito nada</translation>
    </message>
    <message>
        <source>permission denied; choose a folder you can write to</source>
        <translation>permiso denegado; elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another folder</source>
        <translation>el disco es de solo lectura; elija otra carpeta</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>el nombre del archivo es demasiado largo</translation>
    </message>
    <message>
        <source>the file is open in another program (or read-only); close it there and try again, or save under another name; nothing was written</source>
        <translation>el archivo está abierto en otro programa (o es de solo lectura); ciérrelo allí y vuelva a intentarlo, o guárdelo con otro nombre; no se ha escrito nada</translation>
    </message>
    <message>
        <source>the path is too long for this system; choose a shorter file name or a folder nearer the top of the disk; nothing was written</source>
        <translation>la ruta es demasiado larga para este sistema; elija un nombre de archivo más corto o una carpeta más cercana a la raíz del disco; no se ha escrito nada</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in Article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>F&amp;ind in article:</source>
        <translation>&amp;Buscar en el artículo:</translation>
    </message>
    <message>
        <source>Text to find in the article</source>
        <translation>Texto que buscar en el artículo</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <source>Find text in the article you are reading</source>
        <translation>Buscar texto en el artículo que estás leyendo</translation>
    </message>
    <message>
        <source>Find N&amp;ext</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar an&amp;terior</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>FocusCycle</name>
    <message>
        <source>Next Part of the Window</source>
        <translation>Siguiente parte de la ventana</translation>
    </message>
    <message>
        <source>Previous Part of the Window</source>
        <translation>Parte anterior de la ventana</translation>
    </message>
    <message>
        <source>Next / Previous Part of the Window</source>
        <translation>Parte siguiente / anterior de la ventana</translation>
    </message>
</context>
<context>
    <name>GradebookIdsDialog</name>
    <message>
        <source>Student IDs for %1</source>
        <translation>Identificadores de estudiantes para %1</translation>
    </message>
    <message>
        <source>Type the ID number or the e-mail address Moodle knows each student by. When importing the file in Moodle, map “ID number” to useridnumber or “Email address” to useremail.</source>
        <translation>Escriba el número de ID o la dirección de correo con que Moodle conoce a cada estudiante. Al importar el archivo en Moodle, asigne «Número de ID» a useridnumber o «Dirección de correo» a useremail.</translation>
    </message>
    <message>
        <source>Type each student&apos;s Canvas user ID (a number, from Canvas&apos;s own gradebook export) or their SIS user ID.</source>
        <translation>Escriba el ID de usuario de Canvas de cada estudiante (un número, de la exportación del libro de calificaciones de Canvas) o su ID de usuario SIS.</translation>
    </message>
    <message>
        <source>The app remembers them for every exercise of this class.</source>
        <translation>La aplicación los recuerda para todos los ejercicios de esta clase.</translation>
    </message>
    <message>
        <source>Students and their identifiers</source>
        <translation>Estudiantes y sus identificadores</translation>
    </message>
</context>
<context>
    <name>GradebookIdsModel</name>
    <message>
        <source>Not set yet: this student&apos;s grade cannot be matched.</source>
        <translation>Aún sin indicar: la calificación de este estudiante no se puede asignar.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>%1 identifier</source>
        <translation>Identificador de %1</translation>
    </message>
</context>
<context>
    <name>GradebookText</name>
    <message>
        <source>unknown gradebook platform {platform} (moodle or canvas)</source>
        <translation>plataforma de calificaciones desconocida {platform} (moodle o canvas)</translation>
    </message>
    <message>
        <source>no student with id {id}</source>
        <translation>no hay ningún estudiante con el id {id}</translation>
    </message>
    <message>
        <source>the exercise has no answer key yet, so there is nothing to grade (Review &gt; Annotate the Answer Key)</source>
        <translation>el ejercicio aún no tiene solucionario, así que no hay nada que calificar (Revisión &gt; Anotar el solucionario)</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>no hay ningún ejercicio con el id {id}</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <source>You have not answered any of the source-evaluation questions yet. You can still hand in, or go back and answer them first.</source>
        <translation>Todavía no has respondido ninguna pregunta de evaluación de fuentes. Puedes entregar igualmente o volver atrás y responderlas primero.</translation>
    </message>
    <message>
        <source>You have answered only %1 of %2 source-evaluation questions. You can still hand in.</source>
        <translation>Solo has respondido %1 de %2 preguntas de evaluación de fuentes. Puedes entregar igualmente.</translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Hand in your work on “%1”.</source>
        <translation>Entrega tu trabajo sobre «%1».</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Subrayados:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Vínculos:</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>You have not highlighted anything yet. You can still hand in an empty file.</source>
        <translation>Todavía no has subrayado nada. Puedes entregar igualmente un archivo vacío.</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Hand In As</source>
        <translation>Entregar como</translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json)</source>
        <translation>Entregas (*.handin.json)</translation>
    </message>
    <message>
        <source>Choose where to save your hand-in first.</source>
        <translation>Elige primero dónde guardar tu entrega.</translation>
    </message>
    <message>
        <source>Not handed in: %1</source>
        <translation>No entregado: %1</translation>
    </message>
    <message>
        <source>Handed in. Your work is saved as %1</source>
        <translation>Entregado. Tu trabajo se ha guardado como %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Exportar como Web Annotation</translation>
    </message>
    <message>
        <source>Web Annotation JSON-LD (*.jsonld *.json)</source>
        <translation>Web Annotation JSON-LD (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Hoja de cálculo (CSV)…</translation>
    </message>
    <message>
        <source>Export as Spreadsheet</source>
        <translation>Exportar como hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Printable &amp;Report (HTML)…</source>
        <translation>&amp;Informe imprimible (HTML)…</translation>
    </message>
    <message>
        <source>Export Printable Report</source>
        <translation>Exportar informe imprimible</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Página web (*.html *.htm)</translation>
    </message>
    <message>
        <source>There is nothing to hand in yet: highlight a passage first (the app then asks for your name), or set your name.</source>
        <translation>Todavía no hay nada que entregar: subraya primero un fragmento (la aplicación te pedirá entonces tu nombre) o escribe tu nombre.</translation>
    </message>
    <message>
        <source>&amp;Hand In…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Save your work as a file to give to your teacher</source>
        <translation>Guardar tu trabajo en un archivo para dárselo a tu profesor o profesora</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>&amp;Print / Save as PDF…</source>
        <translation>I&amp;mprimir / Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as PDF</source>
        <translation>Imprimir el informe de tu trabajo o guardarlo como PDF</translation>
    </message>
    <message>
        <source>Import Hand-in&amp;s…</source>
        <translation>Imp&amp;ortar entregas…</translation>
    </message>
    <message>
        <source>Collect your students&apos; hand-in files</source>
        <translation>Recoger los archivos entregados por sus estudiantes</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Collect every hand-in file in a folder</source>
        <translation>Recoger todos los archivos entregados de una carpeta</translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation>Importar entregas</translation>
    </message>
    <message>
        <source>Hand-ins (*.handin.json *.json);;All files (*)</source>
        <translation>Entregas (*.handin.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Every Hand-in in a Folder</source>
        <translation>Importar todas las entregas de una carpeta</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Print the report of your work, or save it as a PDF file?</source>
        <translation>¿Imprimir el informe de tu trabajo o guardarlo en un archivo PDF?</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Hand In</source>
        <translation>Entregar</translation>
    </message>
    <message>
        <source>Handed in: %1</source>
        <translation>Entregado: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se ha guardado nada: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Guardar informe como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>No hand-in files found in %1</source>
        <translation>No se encontraron archivos de entrega en %1</translation>
    </message>
</context>
<context>
    <name>HandinText</name>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>does not match the hand-in schema at {where}: {message}</source>
        <translation>no se ajusta al esquema de entregas en {where}: {message}</translation>
    </message>
    <message>
        <source>not a Source Annotator hand-in</source>
        <translation>no es una entrega de Source Annotator</translation>
    </message>
    <message>
        <source>hand-in format version {version} is newer than this app understands (up to {supported}); update Source Annotator</source>
        <translation>la versión {version} del formato de entrega es más reciente de lo que entiende esta aplicación (hasta {supported}); actualice Source Annotator</translation>
    </message>
    <message>
        <source>checksum mismatch; the file was changed or damaged</source>
        <translation>la suma de comprobación no coincide; el archivo fue modificado o está dañado</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <source>the student&apos;s name is empty</source>
        <translation>el nombre del estudiante está vacío</translation>
    </message>
    <message>
        <source>the same annotation id appears twice</source>
        <translation>el mismo identificador de anotación aparece dos veces</translation>
    </message>
    <message>
        <source>annotation {number} lies beyond any article ({start}-{end})</source>
        <translation>la anotación {number} queda fuera de cualquier artículo ({start}-{end})</translation>
    </message>
    <message>
        <source>annotation {number} ends before it starts ({start}-{end})</source>
        <translation>la anotación {number} termina antes de empezar ({start}-{end})</translation>
    </message>
    <message>
        <source>annotation {number} quotes {quoted} characters for a {length}-character span</source>
        <translation>la anotación {number} cita {quoted} caracteres para un fragmento de {length} caracteres</translation>
    </message>
    <message>
        <source>annotation {number} refers to an article the file does not list</source>
        <translation>la anotación {number} se refiere a un artículo que el archivo no incluye</translation>
    </message>
    <message>
        <source>annotation {number} uses a tag the file does not list</source>
        <translation>la anotación {number} usa una etiqueta que el archivo no incluye</translation>
    </message>
    <message>
        <source>link {number} refers to an annotation not in the file</source>
        <translation>el enlace {number} se refiere a una anotación que no está en el archivo</translation>
    </message>
    <message>
        <source>link {number} links an annotation to itself</source>
        <translation>el enlace {number} enlaza una anotación consigo misma</translation>
    </message>
    <message>
        <source>answer {number} refers to an article the file does not list</source>
        <translation>la respuesta {number} se refiere a un artículo que el archivo no incluye</translation>
    </message>
    <message>
        <source>could not be read ({reason}); nothing was imported</source>
        <translation>no se pudo leer ({reason}); no se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>the same highlights as {names}; neither was imported. Import the one to keep on its own</source>
        <translation>los mismos resaltados que {names}; no se importó ninguno de los dos. Importe por separado el que quiera conservar</translation>
    </message>
    <message>
        <source>the same highlights as {names}; none of these was imported. Import the one to keep on its own</source>
        <translation>los mismos resaltados que {names}; no se importó ninguno de ellos. Importe por separado el que quiera conservar</translation>
    </message>
    <message>
        <source>exercise {title} is not in this database (wrong exercise, or import the exercise first)</source>
        <translation>el ejercicio {title} no está en esta base de datos (ejercicio equivocado, o importe primero el ejercicio)</translation>
    </message>
    <message>
        <source>could not be stored, nothing was imported ({reason})</source>
        <translation>no se pudo guardar, no se importó nada ({reason})</translation>
    </message>
    <message>
        <source>handed in {time} UTC, older than the hand-in already imported for {name} ({previous} UTC); not imported</source>
        <translation>entregado el {time} UTC, más antiguo que la entrega ya importada de {name} ({previous} UTC); no importado</translation>
    </message>
    <message>
        <source>contains annotations already imported for {name} (a copied hand-in?); not imported</source>
        <translation>contiene anotaciones ya importadas para {name} (¿una entrega copiada?); no importado</translation>
    </message>
    <message>
        <source>made for revision {made} of {title}, this database has revision {here}; import the newer exercise first</source>
        <translation>hecho para la versión {made} de {title}, esta base de datos tiene la versión {here}; importe primero el ejercicio más reciente</translation>
    </message>
    <message>
        <source>article {article} is not part of exercise {title}</source>
        <translation>el artículo {article} no forma parte del ejercicio {title}</translation>
    </message>
    <message>
        <source>uses tag {key}, which is not in the exercise&apos;s tag set</source>
        <translation>usa la etiqueta {key}, que no está en el conjunto de etiquetas del ejercicio</translation>
    </message>
    <message>
        <source>answers question {question}, which this exercise does not ask</source>
        <translation>responde a la pregunta {question}, que este ejercicio no plantea</translation>
    </message>
    <message>
        <source>nothing written: the answer key is not exported; students see it only in their feedback files (Review &gt; Return Feedback…)</source>
        <translation>no se escribió nada: el solucionario no se exporta; los estudiantes solo lo ven en sus archivos de retroalimentación (Revisión &gt; Devolver retroalimentación…)</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>{name} no está permitido en JSON</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clave duplicada {key}</translation>
    </message>
    <message>
        <source>nested more than {depth} levels deep</source>
        <translation>anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>contains a lone surrogate {escape} (not valid Unicode)</source>
        <translation>contiene un sustituto aislado {escape} (Unicode no válido)</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte} at offset {offset})</source>
        <translation>no es texto UTF-8 (byte {byte} en la posición {offset})</translation>
    </message>
    <message>
        <source>truncated JSON ({reason} at line {line} column {column})</source>
        <translation>JSON truncado ({reason} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at line {line} column {column})</source>
        <translation>JSON no válido ({reason} en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>larger than {size} MB, refused without reading it</source>
        <translation>más de {size} MB, rechazado sin leerlo</translation>
    </message>
    <message>
        <source>unknown export format {format} (handin, w3c or csv)</source>
        <translation>formato de exportación desconocido {format} (handin, w3c o csv)</translation>
    </message>
    <message>
        <source>nothing written, {reason}</source>
        <translation>no se ha escrito nada, {reason}</translation>
    </message>
</context>
<context>
    <name>HeatStrip</name>
    <message>
        <source>How many classmates marked each line</source>
        <translation>Cuántos compañeros marcaron cada línea</translation>
    </message>
    <message>
        <source>Nobody in the class marked this line.</source>
        <translation>Nadie de la clase marcó esta línea.</translation>
    </message>
    <message>
        <source>Of %1 students, this many marked this line: %2</source>
        <translation>De %1 estudiantes, marcaron esta línea: %2</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Pairwise agreement heatmap</source>
        <translation>Mapa de calor del acuerdo por parejas</translation>
    </message>
    <message>
        <source>At least two students are needed for a pairwise comparison.</source>
        <translation>Se necesitan al menos dos estudiantes para comparar por parejas.</translation>
    </message>
    <message>
        <source>%1 worse than chance</source>
        <translation>%1 peor que el azar</translation>
    </message>
    <message>
        <source>%1 nothing shared</source>
        <translation>%1 nada en común</translation>
    </message>
    <message>
        <source>%1 identical</source>
        <translation>%1 idéntico</translation>
    </message>
    <message>
        <source>%1 chance</source>
        <translation>%1 azar</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>HighlightLayer</name>
    <message>
        <source>Annotation</source>
        <translation>Anotación</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <source>Name Already Used</source>
        <translation>Nombre ya usado</translation>
    </message>
    <message>
        <source>Someone called “{name}” already has work in this database.</source>
        <translation>Alguien llamado «{name}» ya tiene trabajo en esta base de datos.</translation>
    </message>
    <message>
        <source>If that is you, continue with your work. Choose “Another person” only if two different people share this name.</source>
        <translation>Si eres tú, sigue con tu trabajo. Elige «Otra persona» solo si dos personas distintas tienen este nombre.</translation>
    </message>
    <message>
        <source>That Is &amp;Me</source>
        <translation>Soy &amp;yo</translation>
    </message>
    <message>
        <source>Two people with the same name are hard to tell apart in the review. Use this name anyway?</source>
        <translation>Dos personas con el mismo nombre son difíciles de distinguir en la revisión. ¿Usar este nombre de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Another Person, Same Name</source>
        <translation>&amp;Otra persona, mismo nombre</translation>
    </message>
</context>
<context>
    <name>IdentityFlow</name>
    <message>
        <source>your name “%1”</source>
        <translation>tu nombre «%1»</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando después del archivo actual…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reading hand-ins…</source>
        <translation>Leyendo entregas…</translation>
    </message>
    <message>
        <source>Import Hand-ins</source>
        <translation>Importar entregas</translation>
    </message>
    <message>
        <source>Reading {name} ({n} of {total})…</source>
        <translation>Leyendo {name} ({n} de {total})…</translation>
    </message>
    <message>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>Importando {name} ({n} de {total})…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>{who}: the same highlights as {others}; none of these was imported. Import the one to keep on its own.</source>
        <translation>{who}: los mismos subrayados que {others}; no se importó ninguno. Importe por separado el que quiera conservar.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>No files.</source>
        <translation>Ningún archivo.</translation>
    </message>
    <message>
        <source>%1: an older hand-in, not imported; the newer one already imported is kept</source>
        <translation>%1: una entrega más antigua, no importada; se conserva la más reciente ya importada</translation>
    </message>
    <message>
        <source>the file is cut short (an incomplete copy?); ask the student to hand it in again (%1)</source>
        <translation>el archivo está cortado (¿una copia incompleta?); pida al estudiante que lo entregue de nuevo (%1)</translation>
    </message>
    <message>
        <source>%1: not imported, %2</source>
        <translation>%1: no importado, %2</translation>
    </message>
    <message>
        <source>%1: handed in for another exercise, “%2”; imported there (open that exercise to review it)</source>
        <translation>%1: entregado para otro ejercicio, «%2»; importado allí (abra ese ejercicio para revisarlo)</translation>
    </message>
    <message>
        <source>…and %1 more: see the Problem column.</source>
        <translation>…y %1 más: vea la columna Problema.</translation>
    </message>
    <message>
        <source>Hand-ins Imported</source>
        <translation>Entregas importadas</translation>
    </message>
    <message>
        <source>Look at these files:</source>
        <translation>Revise estos archivos:</translation>
    </message>
    <message>
        <source>Select an orphaned highlight to see its passage with the text around it.</source>
        <translation>Seleccione un subrayado huérfano para ver su fragmento con el texto que lo rodea.</translation>
    </message>
    <message>
        <source>Orphaned highlights in this exercise: %1 (kept, but their passage was not found in the article text)</source>
        <translation>Subrayados huérfanos en este ejercicio: %1 (se conservan, pero su fragmento no se encontró en el texto del artículo)</translation>
    </message>
    <message>
        <source>No orphaned highlights: every imported highlight was placed in the text.</source>
        <translation>No hay subrayados huérfanos: cada subrayado importado se ha situado en el texto.</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Copiar tabla</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>reemplazado</translation>
    </message>
    <message>
        <source>older</source>
        <translation>más antiguo</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>handed in for another exercise, “%1”, and imported there</source>
        <translation>entregado para otro ejercicio, «%1», e importado allí</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importados</translation>
    </message>
    <message>
        <source>Re-anchored</source>
        <translation>Reanclados</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Huérfanos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Reading articles…</source>
        <translation>Leyendo artículos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
</context>
<context>
    <name>InstructionsPanel</name>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Exercise instructions</source>
        <translation>Instrucciones del ejercicio</translation>
    </message>
    <message>
        <source>Show or hide the instructions</source>
        <translation>Mostrar u ocultar las instrucciones</translation>
    </message>
    <message>
        <source>Exercise title</source>
        <translation>Título del ejercicio</translation>
    </message>
    <message>
        <source>Instructions text</source>
        <translation>Texto de las instrucciones</translation>
    </message>
    <message>
        <source>Hide the instructions</source>
        <translation>Ocultar las instrucciones</translation>
    </message>
    <message>
        <source>Show the instructions</source>
        <translation>Mostrar las instrucciones</translation>
    </message>
</context>
<context>
    <name>InstructorMode</name>
    <message>
        <source>Instr&amp;uctor Mode</source>
        <translation>Modo &amp;docente</translation>
    </message>
    <message>
        <source>Show the instructor&apos;s menus: new exercises, hand-ins, the class overview</source>
        <translation>Mostrar los menús del docente: ejercicios nuevos, entregas, vista de la clase</translation>
    </message>
    <message>
        <source>Instructor mode is on: see the File and Review menus.</source>
        <translation>El modo docente está activado: vea los menús Archivo y Revisión.</translation>
    </message>
    <message>
        <source>Instructor mode is off: the instructor&apos;s menu items are hidden.</source>
        <translation>El modo docente está desactivado: las opciones del docente están ocultas.</translation>
    </message>
</context>
<context>
    <name>KeyMode</name>
    <message>
        <source>Annotate the &amp;Answer Key</source>
        <translation>Anotar el &amp;solucionario</translation>
    </message>
    <message>
        <source>Highlight and tag as the answer key; students are scored against it</source>
        <translation>Subrayar y etiquetar como solucionario; los estudiantes se puntúan con respecto a él</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Solucionario</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Takes effect when you restart the app</source>
        <translation>Se aplica al reiniciar la aplicación</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>Idioma del &amp;sistema (%1)</translation>
    </message>
</context>
<context>
    <name>LinkFlow</name>
    <message>
        <source>It &amp;supports the first passage</source>
        <translation>&amp;Respalda el primer fragmento</translation>
    </message>
    <message>
        <source>It &amp;contradicts the first passage</source>
        <translation>&amp;Contradice el primer fragmento</translation>
    </message>
    <message>
        <source>It makes the sa&amp;me claim</source>
        <translation>Hace la &amp;misma afirmación</translation>
    </message>
    <message>
        <source>&amp;Link from Here</source>
        <translation>&amp;Vincular desde aquí</translation>
    </message>
    <message>
        <source>Pending link</source>
        <translation>Vínculo pendiente</translation>
    </message>
    <message>
        <source>Cancel Lin&amp;king</source>
        <translation>Cance&amp;lar el vínculo</translation>
    </message>
    <message>
        <source>Link Selected Passage &amp;As</source>
        <translation>Vincular el fragmento seleccionado &amp;como</translation>
    </message>
    <message>
        <source>Linking from “{quote}”: click or tag the other article&apos;s passage, or Alt+Down then L (Esc cancels).</source>
        <translation>Vinculando desde «{quote}»: haz clic o etiqueta el fragmento del otro artículo, o Alt+Abajo y luego L (Esc cancela).</translation>
    </message>
    <message>
        <source>A link joins passages in two different articles: choose the passage in the other article.</source>
        <translation>Un vínculo une fragmentos de dos artículos distintos: elige el fragmento del otro artículo.</translation>
    </message>
    <message>
        <source>How does this passage relate to “%1”?</source>
        <translation>¿Qué relación tiene este fragmento con «%1»?</translation>
    </message>
    <message>
        <source>Cannot link these passages</source>
        <translation>No se pueden vincular estos fragmentos</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Vinculados.</translation>
    </message>
</context>
<context>
    <name>LinkTableModel</name>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>respalda</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradice</translation>
    </message>
    <message>
        <source>same claim</source>
        <translation>misma afirmación</translation>
    </message>
    <message>
        <source>(passage removed)</source>
        <translation>(fragmento eliminado)</translation>
    </message>
    <message>
        <source>The first passage %1 the second</source>
        <translation>Relación del primer fragmento con el segundo: %1</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>No links yet.
Link a claim in one article to a passage in another that supports it, contradicts it or makes the same claim.</source>
        <translation>Todavía no hay vínculos.
Vincula una afirmación de un artículo con un fragmento de otro que la respalde, la contradiga o haga la misma afirmación.</translation>
    </message>
    <message>
        <source>No links match the search.</source>
        <translation>Ningún vínculo coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Search linked passages and notes</source>
        <translation>Buscar en fragmentos vinculados y notas</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Quitar vínculo</translation>
    </message>
    <message>
        <source>Cannot remove link</source>
        <translation>No se puede quitar el vínculo</translation>
    </message>
    <message>
        <source>Cannot change the link</source>
        <translation>No se puede cambiar el vínculo</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>No se puede cambiar la nota</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Cambiar &amp;tipo</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Last update from the server</source>
        <translation>Última actualización desde el servidor</translation>
    </message>
    <message numerus="yes">
        <source>Server not reachable; showing the class as of %n s ago</source>
        <translation>
            <numerusform>Servidor no disponible; se muestra la clase de hace %n s</numerusform>
            <numerusform>Servidor no disponible; se muestra la clase de hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live: updated %n s ago</source>
        <translation>
            <numerusform>En directo: actualizado hace %n s</numerusform>
            <numerusform>En directo: actualizado hace %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The overview asks the school server for new work every few seconds</source>
        <translation>La vista general pide al servidor del centro los trabajos nuevos cada pocos segundos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Exercise…</source>
        <translation>&amp;Abrir ejercicio…</translation>
    </message>
    <message>
        <source>Choose another exercise stored on this computer</source>
        <translation>Elegir otro ejercicio guardado en este ordenador</translation>
    </message>
    <message>
        <source>Change Na&amp;me…</source>
        <translation>Cambiar nom&amp;bre…</translation>
    </message>
    <message>
        <source>Change the name saved with your highlights, notes and answers</source>
        <translation>Cambiar el nombre guardado con tus subrayados, notas y respuestas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Check Database…</source>
        <translation>&amp;Comprobar base de datos…</translation>
    </message>
    <message>
        <source>Check the database for damage and broken references</source>
        <translation>Comprobar si la base de datos está dañada o tiene referencias rotas</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Acerca de %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n artículo</numerusform>
            <numerusform>%n artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>annotating as %1</source>
        <translation>anotando como %1</translation>
    </message>
    <message>
        <source>Tag the selected text, or re-tag the selected passage</source>
        <translation>Etiquetar el texto seleccionado o cambiar la etiqueta del fragmento seleccionado</translation>
    </message>
    <message>
        <source>Tag exactly as selected, without snapping to whole words</source>
        <translation>Etiquetar exactamente lo seleccionado, sin ajustar a palabras completas</translation>
    </message>
    <message>
        <source>Selected passage</source>
        <translation>Fragmento seleccionado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the app.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de la aplicación.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Delete tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) tagged %1. Deleting the tag moves them to another tag (undo moves them back). Merge them into:</source>
        <translation>
            <numerusform>%n anotación tiene la etiqueta %1. Al eliminar la etiqueta pasa a otra etiqueta (deshacer la devuelve). Fusionarla en:</numerusform>
            <numerusform>%n anotaciones tienen la etiqueta %1. Al eliminar la etiqueta pasan a otra etiqueta (deshacer las devuelve). Fusionarlas en:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge and delete</source>
        <translation>Fusionar y eliminar</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>The whole article: click to jump there</source>
        <translation>El artículo completo: haz clic para ir allí</translation>
    </message>
    <message>
        <source>Overview of the whole article</source>
        <translation>Vista general del artículo completo</translation>
    </message>
</context>
<context>
    <name>NameDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Change Name</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your name is saved with your highlights, notes and answers so that your teacher can tell whose work it is.</source>
        <translation>Tu nombre se guarda con tus subrayados, notas y respuestas para que tu profesor o profesora sepa de quién es el trabajo.</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
</context>
<context>
    <name>NotFoundText</name>
    <message>
        <source>no annotator with id {id}</source>
        <translation>no hay ninguna persona con el id {id}</translation>
    </message>
    <message>
        <source>no tag set with id {id}</source>
        <translation>no hay ningún conjunto de etiquetas con el id {id}</translation>
    </message>
    <message>
        <source>no question with id {id}</source>
        <translation>no hay ninguna pregunta con el id {id}</translation>
    </message>
    <message>
        <source>no article with id {id}</source>
        <translation>no hay ningún artículo con el id {id}</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>no hay ningún ejercicio con el id {id}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Annotated passage</source>
        <translation>Fragmento anotado</translation>
    </message>
    <message>
        <source>Why did you tag this passage this way?</source>
        <translation>¿Por qué etiquetaste así este fragmento?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>OfflineText</name>
    <message>
        <source>the school server cannot be reached and this was not read from it before; not saved</source>
        <translation>no se puede acceder al servidor del centro y esto no se había leído antes de él; no se guardó</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside the article (%n character(s))</source>
        <translation>
            <numerusform>el fragmento {start}-{end} está fuera del artículo (%n carácter)</numerusform>
            <numerusform>el fragmento {start}-{end} está fuera del artículo (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>the tag does not belong to this exercise&apos;s tag set</source>
        <translation>la etiqueta no pertenece al conjunto de etiquetas de este ejercicio</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>no hay ninguna anotación con el id {id}</translation>
    </message>
    <message>
        <source>span {start}-{end} lies outside the article</source>
        <translation>el fragmento {start}-{end} está fuera del artículo</translation>
    </message>
    <message>
        <source>an annotation cannot be linked to itself</source>
        <translation>una anotación no se puede vincular consigo misma</translation>
    </message>
    <message>
        <source>a link joins two annotations by the same person</source>
        <translation>un vínculo une dos anotaciones de la misma persona</translation>
    </message>
    <message>
        <source>these two passages are already linked that way</source>
        <translation>estos dos pasajes ya están vinculados de esa manera</translation>
    </message>
    <message>
        <source>no link with id {id}</source>
        <translation>no hay ningún vínculo con el id {id}</translation>
    </message>
    <message>
        <source>a rating runs from 1 to 5</source>
        <translation>una valoración va de 1 a 5</translation>
    </message>
    <message>
        <source>the link from “{quote}” was removed meanwhile (with one of its passages); your change to it is kept aside</source>
        <translation>el vínculo desde «{quote}» se eliminó mientras tanto (con uno de sus pasajes); tu cambio se guarda aparte</translation>
    </message>
    <message>
        <source>a passage of your link from “{quote}” was deleted or could not be placed meanwhile; the link is kept aside</source>
        <translation>un pasaje de tu vínculo desde «{quote}» se eliminó o no se pudo colocar mientras tanto; el vínculo se guarda aparte</translation>
    </message>
    <message>
        <source>“{quote}” was already linked that way (from another computer); your link and its note are kept aside</source>
        <translation>«{quote}» ya estaba vinculado de esa manera (desde otro ordenador); tu vínculo y su nota se guardan aparte</translation>
    </message>
    <message>
        <source>“{quote}” was deleted meanwhile; your change to it is kept aside</source>
        <translation>«{quote}» se eliminó mientras tanto; tu cambio se guarda aparte</translation>
    </message>
    <message>
        <source>the article of “{quote}” was removed meanwhile; your highlight is kept aside</source>
        <translation>el artículo de «{quote}» se eliminó mientras tanto; tu resaltado se guarda aparte</translation>
    </message>
    <message>
        <source>“{quote}” is no longer in the changed article; kept with your work as an unplaced highlight</source>
        <translation>«{quote}» ya no está en el artículo modificado; se conserva con tu trabajo como resaltado sin ubicar</translation>
    </message>
    <message>
        <source>the article changed meanwhile; “{quote}” was placed again</source>
        <translation>el artículo cambió mientras tanto; «{quote}» se volvió a colocar</translation>
    </message>
</context>
<context>
    <name>OrphanModel</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Was at (characters)</source>
        <translation>Estaba en (caracteres)</translation>
    </message>
</context>
<context>
    <name>OverlayTab</name>
    <message>
        <source>Stronger colour: more students highlighted it · colour: the tag most chose · hatched and wavy: students chose different tags.</source>
        <translation>Color más intenso: más estudiantes lo subrayaron · color: la etiqueta más elegida · rayado y ondulado: los estudiantes eligieron etiquetas distintas.</translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. The number runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over). Click one to show it.</source>
        <translation>Las frases en las que la clase más se dividió, para comentarlas. El número va de 0 (todos de acuerdo) a 1 (la mitad la subrayó, con etiquetas muy variadas). Haga clic en una para mostrarla.</translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation>Fragmentos discutidos</translation>
    </message>
    <message>
        <source>Click a passage to show it in the text</source>
        <translation>Haga clic en un fragmento para mostrarlo en el texto</translation>
    </message>
    <message>
        <source>Students at the clicked spot</source>
        <translation>Estudiantes en el punto pulsado</translation>
    </message>
    <message>
        <source>At this spot</source>
        <translation>En este punto</translation>
    </message>
    <message>
        <source>Click the text to see who highlighted it.</source>
        <translation>Haga clic en el texto para ver quién lo subrayó.</translation>
    </message>
    <message>
        <source>Disagreement about highlighting: %1
Disagreement about the tag: %2</source>
        <translation>Desacuerdo sobre el subrayado: %1
Desacuerdo sobre la etiqueta: %2</translation>
    </message>
    <message numerus="yes">
        <source>At this spot: %n student(s)</source>
        <translation>
            <numerusform>En este punto: %n estudiante</numerusform>
            <numerusform>En este punto: %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody highlighted this spot.</source>
        <translation>Nadie subrayó este punto.</translation>
    </message>
</context>
<context>
    <name>OverlayView</name>
    <message>
        <source>Class overlay</source>
        <translation>Superposición de la clase</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) highlighted this</source>
        <translation>
            <numerusform>Subrayado por %1 de %n estudiante</numerusform>
            <numerusform>Subrayado por %1 de %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Students chose different tags here.</source>
        <translation>Aquí los estudiantes eligieron etiquetas distintas.</translation>
    </message>
</context>
<context>
    <name>PackageText</name>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>the manifest is not valid at {where}: {message}</source>
        <translation>el manifiesto no es válido en {where}: {message}</translation>
    </message>
    <message>
        <source>an exercise package holds at most {count} articles</source>
        <translation>un paquete de ejercicio contiene como máximo {count} artículos</translation>
    </message>
    <message>
        <source>this is not a Source Annotator exercise package</source>
        <translation>no es un paquete de ejercicio de Source Annotator</translation>
    </message>
    <message>
        <source>this package was made by a newer version of Source Annotator (format {version}); update the app to open it</source>
        <translation>este paquete se creó con una versión más reciente de Source Annotator (formato {version}); actualice la aplicación para abrirlo</translation>
    </message>
    <message>
        <source>the manifest lists the same article id twice</source>
        <translation>el manifiesto incluye dos veces el mismo identificador de artículo</translation>
    </message>
    <message>
        <source>the manifest lists the same article text twice</source>
        <translation>el manifiesto incluye dos veces el mismo texto de artículo</translation>
    </message>
    <message>
        <source>the manifest lists the same article file twice</source>
        <translation>el manifiesto incluye dos veces el mismo archivo de artículo</translation>
    </message>
    <message>
        <source>the manifest lists the same tag id twice</source>
        <translation>el manifiesto incluye dos veces el mismo identificador de etiqueta</translation>
    </message>
    <message>
        <source>the manifest lists the same tag key twice</source>
        <translation>el manifiesto incluye dos veces la misma clave de etiqueta</translation>
    </message>
    <message>
        <source>the manifest lists the same question id twice</source>
        <translation>el manifiesto incluye dos veces el mismo identificador de pregunta</translation>
    </message>
    <message>
        <source>the manifest is not valid JSON ({reason})</source>
        <translation>el manifiesto no es JSON válido ({reason})</translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text</source>
        <translation>{member} no es texto UTF-8</translation>
    </message>
    <message>
        <source>{member} does not match its fingerprint in the manifest</source>
        <translation>{member} no coincide con su huella en el manifiesto</translation>
    </message>
    <message>
        <source>the manifest is larger than 5 MB; refused</source>
        <translation>el manifiesto ocupa más de 5 MB; rechazado</translation>
    </message>
    <message>
        <source>member {member} is not consistent with the manifest</source>
        <translation>el elemento {member} no es coherente con el manifiesto</translation>
    </message>
    <message>
        <source>the manifest&apos;s checksums do not cover every member</source>
        <translation>las sumas de comprobación del manifiesto no cubren todos los elementos</translation>
    </message>
    <message>
        <source>{member} does not match its checksum (altered or damaged)</source>
        <translation>{member} no coincide con su suma de comprobación (modificado o dañado)</translation>
    </message>
</context>
<context>
    <name>PaneActions</name>
    <message>
        <source>N note · L link · Del delete · drag the dots or Alt+arrows to adjust</source>
        <translation>N nota · L vincular · Supr eliminar · arrastra los puntos o Alt+flechas para ajustar</translation>
    </message>
    <message>
        <source>Nothing was saved: your work needs your name, so your teacher knows whose it is.</source>
        <translation>No se ha guardado nada: tu trabajo necesita tu nombre para que tu profesor o profesora sepa de quién es.</translation>
    </message>
    <message>
        <source>&amp;Tag Selection As</source>
        <translation>&amp;Etiquetar selección como</translation>
    </message>
    <message>
        <source>Tag Exactl&amp;y as Selected</source>
        <translation>Etiquetar e&amp;xactamente lo seleccionado</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>Editar &amp;nota…</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Eli&amp;minar anotación</translation>
    </message>
    <message>
        <source>Move Start &amp;Earlier</source>
        <translation>Inicio más &amp;atrás</translation>
    </message>
    <message>
        <source>Move Start &amp;Later</source>
        <translation>Inicio más a&amp;delante</translation>
    </message>
    <message>
        <source>Move End Ea&amp;rlier</source>
        <translation>&amp;Final más atrás</translation>
    </message>
    <message>
        <source>Move End La&amp;ter</source>
        <translation>Final más adelan&amp;te</translation>
    </message>
    <message>
        <source>Select Ne&amp;xt Annotation</source>
        <translation>Anotación &amp;siguiente</translation>
    </message>
    <message>
        <source>Select &amp;Previous Annotation</source>
        <translation>Anotación &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Clear Selection</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <source>Adjust &amp;Span</source>
        <translation>Ajustar &amp;fragmento</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source> (note: %1)</source>
        <translation> (nota: %1)</translation>
    </message>
    <message>
        <source>Several annotations here: choose one</source>
        <translation>Aquí hay varias anotaciones: elige una</translation>
    </message>
    <message>
        <source>Cannot change the annotation</source>
        <translation>No se puede cambiar la anotación</translation>
    </message>
    <message>
        <source>Select some words to tag.</source>
        <translation>Selecciona las palabras que quieras etiquetar.</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>Select a passage first (mouse, or Shift+arrow keys), then choose a tag.</source>
        <translation>Selecciona primero un fragmento (ratón o Mayús+flechas) y luego elige una etiqueta.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>Se ha eliminado «%1». Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <source>Adjust span</source>
        <translation>Ajustar fragmento</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <source>Drag to move this article to another place</source>
        <translation>Arrastra para mover este artículo a otro lugar</translation>
    </message>
</context>
<context>
    <name>PaneLayout</name>
    <message>
        <source>Follow &amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Move Pane &amp;Left</source>
        <translation>Mover columna a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Move Pane &amp;Right</source>
        <translation>Mover columna a la &amp;derecha</translation>
    </message>
    <message>
        <source>&amp;Sync Scrolling</source>
        <translation>Desplazamiento &amp;sincronizado</translation>
    </message>
    <message>
        <source>Appeara&amp;nce</source>
        <translation>Aparie&amp;ncia</translation>
    </message>
</context>
<context>
    <name>PaneMenu</name>
    <message>
        <source>Passage menu</source>
        <translation>Menú del fragmento</translation>
    </message>
    <message>
        <source>Tag the selection as</source>
        <translation>Etiquetar la selección como</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Change &amp;Tag</source>
        <translation>Cambiar &amp;etiqueta</translation>
    </message>
    <message>
        <source>Select &amp;Another Here</source>
        <translation>Elegir &amp;otra aquí</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Fin&amp;d in Annotations…</source>
        <translation>&amp;Buscar en anotaciones…</translation>
    </message>
    <message>
        <source>Search the quotes and notes of your annotations</source>
        <translation>Buscar en las citas y notas de tus anotaciones</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pan&amp;eles</translation>
    </message>
    <message>
        <source>Show this panel and move the keyboard to it; again to return to the text</source>
        <translation>Mostrar este panel y llevar el teclado a él; otra vez para volver al texto</translation>
    </message>
</context>
<context>
    <name>PreviewKeys</name>
    <message>
        <source>Select words with Shift and the arrow keys, then press 1 to 4 to tag them.</source>
        <translation>Selecciona palabras con Mayús y las flechas y pulsa de 1 a 4 para etiquetarlas.</translation>
    </message>
    <message>
        <source>Still opening: nothing was changed. Press the key again in a moment.</source>
        <translation>Todavía se está abriendo: no se ha cambiado nada. Vuelve a pulsar la tecla dentro de un momento.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1. Press the key again in a moment.</source>
        <translation>No se ha guardado nada: %1. Vuelve a pulsar la tecla dentro de un momento.</translation>
    </message>
    <message>
        <source>%1: “%2” saved</source>
        <translation>%1: «%2» guardado</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Outlet, author and date not stated</source>
        <translation>Medio, autor y fecha no indicados</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print Report</source>
        <translation>Imprimir informe</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Progress of the other figures</source>
        <translation>Progreso de los demás índices</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Compute Again</source>
        <translation>Volver a calcular</translation>
    </message>
    <message>
        <source>Computing the other figures…</source>
        <translation>Calculando los demás índices…</translation>
    </message>
</context>
<context>
    <name>QdaText</name>
    <message>
        <source>text source not in the exercise</source>
        <translation>fuente de texto que no está en el ejercicio</translation>
    </message>
    <message>
        <source>code not in the exercise&apos;s tag set</source>
        <translation>código que no está en el conjunto de etiquetas del ejercicio</translation>
    </message>
    <message>
        <source>not imported: {problem}</source>
        <translation>no importado: {problem}</translation>
    </message>
    <message>
        <source>{selections} from {coders} imported</source>
        <translation>importación: {selections} de {coders}</translation>
    </message>
    <message numerus="yes">
        <source>%n selection(s)</source>
        <translation>
            <numerusform>%n selección</numerusform>
            <numerusform>%n selecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s)</source>
        <translation>
            <numerusform>%n codificador</numerusform>
            <numerusform>%n codificadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n re-anchored to the article text</source>
        <translation>
            <numerusform>%n reanclada en el texto del artículo</numerusform>
            <numerusform>%n reancladas en el texto del artículo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as orphan(s)</source>
        <translation>
            <numerusform>%n conservada como huérfana</numerusform>
            <numerusform>%n conservadas como huérfanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped ({reason})</source>
        <translation>
            <numerusform>%n omitida ({reason})</numerusform>
            <numerusform>%n omitidas ({reason})</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written, {reason}</source>
        <translation>no se ha escrito nada, {reason}</translation>
    </message>
    <message>
        <source>Coder from {file}</source>
        <translation>Codificador de {file}</translation>
    </message>
    <message>
        <source>not imported, because no backup could be made first ({reason})</source>
        <translation>no importado porque antes no se pudo hacer una copia de seguridad ({reason})</translation>
    </message>
    <message>
        <source>not imported ({reason})</source>
        <translation>no importado ({reason})</translation>
    </message>
</context>
<context>
    <name>QdpxText</name>
    <message>
        <source>a code</source>
        <translation>un código</translation>
    </message>
    <message>
        <source>a user</source>
        <translation>un usuario</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un vínculo</translation>
    </message>
    <message>
        <source>a selection</source>
        <translation>una selección</translation>
    </message>
    <message>
        <source>a text source</source>
        <translation>una fuente de texto</translation>
    </message>
    <message>
        <source>{what} has no valid GUID ({value})</source>
        <translation>{what} no tiene un GUID válido ({value})</translation>
    </message>
    <message>
        <source>selection {id} has no whole-number position ({value})</source>
        <translation>la selección {id} no tiene una posición entera ({value})</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML ({reason})</source>
        <translation>project.qde no es un XML bien formado ({reason})</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project (no Project element in the namespace {namespace})</source>
        <translation>project.qde no es un proyecto REFI-QDA (no hay ningún elemento Project en el espacio de nombres {namespace})</translation>
    </message>
    <message>
        <source>text source {name} keeps its text outside the file (plainTextPath is not internal://)</source>
        <translation>la fuente de texto {name} guarda su texto fuera del archivo (plainTextPath no es internal://)</translation>
    </message>
    <message numerus="yes">
        <source>selection {id} ({start}-{end}) lies outside its source (%n character(s))</source>
        <translation>
            <numerusform>la selección {id} ({start}-{end}) queda fuera de su fuente (%n carácter)</numerusform>
            <numerusform>la selección {id} ({start}-{end}) queda fuera de su fuente (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>{member} is not UTF-8 text</source>
        <translation>{member} no es texto UTF-8</translation>
    </message>
</context>
<context>
    <name>QuestionListEditor</name>
    <message>
        <source>Written answer</source>
        <translation>Respuesta escrita</translation>
    </message>
    <message>
        <source>Rating 1–5 with reasons</source>
        <translation>Valoración de 1 a 5 con razones</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Add questi&amp;on</source>
        <translation>Añadir pre&amp;gunta</translation>
    </message>
    <message>
        <source>Answer &amp;kind:</source>
        <translation>&amp;Tipo de respuesta:</translation>
    </message>
    <message>
        <source>Students answer every question for each article. Double-click a question to edit its text.</source>
        <translation>Los estudiantes responden cada pregunta para cada artículo. Haga doble clic en una pregunta para editar su texto.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Removing this question deletes %1 when you press OK. Remove it?</source>
        <translation>Quitar esta pregunta elimina %1 al pulsar Aceptar. ¿Quitarla?</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>not reliable</source>
        <translation>nada fiable</translation>
    </message>
    <message>
        <source>very reliable</source>
        <translation>muy fiable</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Pregunta %1</translation>
    </message>
    <message>
        <source>Reasons for %1</source>
        <translation>Razones para %1</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Respuesta a %1</translation>
    </message>
    <message>
        <source>Your reasons…</source>
        <translation>Tus razones…</translation>
    </message>
    <message>
        <source>Your answer…</source>
        <translation>Tu respuesta…</translation>
    </message>
    <message>
        <source>Reliability %1 of 5</source>
        <translation>Fiabilidad %1 de 5</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <source>Cannot be computed: there are fewer than two annotators, or nobody&apos;s markup varied (for example nothing was highlighted), so there is no agreement to measure.</source>
        <translation>No se puede calcular: hay menos de dos anotadores, o las marcas de nadie varían (por ejemplo, no se subrayó nada), así que no hay acuerdo que medir.</translation>
    </message>
    <message>
        <source>Cannot be computed: there is nothing to compare on either side.</source>
        <translation>No se puede calcular: no hay nada que comparar en ninguno de los dos lados.</translation>
    </message>
    <message>
        <source>{value}. Reliable agreement: the class marked this text in much the same way. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Acuerdo fiable: la clase marcó este texto de forma muy parecida. (1 = acuerdo perfecto, 0 = azar, fiable desde 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Tentative agreement: broadly similar markups, but enough differences that conclusions should be drawn with care. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Acuerdo provisional: marcas en general parecidas, pero con suficientes diferencias como para sacar conclusiones con cautela. (1 = acuerdo perfecto, 0 = azar, fiable desde 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Low agreement: students often marked different passages or chose different tags; worth discussing in class. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Acuerdo bajo: los estudiantes a menudo marcaron fragmentos distintos o eligieron etiquetas distintas; conviene comentarlo en clase. (1 = acuerdo perfecto, 0 = azar, fiable desde 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Hardly better than chance: the markups look about as alike as random highlighting with the same amounts would. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Apenas mejor que el azar: las marcas se parecen más o menos como lo harían subrayados aleatorios de la misma cantidad. (1 = acuerdo perfecto, 0 = azar, fiable desde 0,8.)</translation>
    </message>
    <message>
        <source>{value}. Systematic disagreement: students differ more than chance would predict, perhaps the tags were understood differently. (1 = perfect agreement, 0 = chance, 0.8+ is reliable.)</source>
        <translation>{value}. Desacuerdo sistemático: los estudiantes difieren más de lo que predeciría el azar; quizá las etiquetas se entendieron de forma distinta. (1 = acuerdo perfecto, 0 = azar, fiable desde 0,8.)</translation>
    </message>
    <message>
        <source>{value}: poor (below chance) agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: acuerdo pobre (por debajo del azar) más allá del azar (1 = perfecto, 0 = lo que daría el azar por sí solo).</translation>
    </message>
    <message>
        <source>{value}: slight agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: acuerdo leve más allá del azar (1 = perfecto, 0 = lo que daría el azar por sí solo).</translation>
    </message>
    <message>
        <source>{value}: fair agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: acuerdo aceptable más allá del azar (1 = perfecto, 0 = lo que daría el azar por sí solo).</translation>
    </message>
    <message>
        <source>{value}: moderate agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: acuerdo moderado más allá del azar (1 = perfecto, 0 = lo que daría el azar por sí solo).</translation>
    </message>
    <message>
        <source>{value}: substantial agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: acuerdo considerable más allá del azar (1 = perfecto, 0 = lo que daría el azar por sí solo).</translation>
    </message>
    <message>
        <source>{value}: almost perfect agreement beyond chance (1 = perfect, 0 = what chance alone would give).</source>
        <translation>{value}: acuerdo casi perfecto más allá del azar (1 = perfecto, 0 = lo que daría el azar por sí solo).</translation>
    </message>
    <message>
        <source>{percent}% of what was marked is also in the reference.</source>
        <translation>El {percent} % de lo marcado también está en la referencia.</translation>
    </message>
    <message>
        <source>{percent}% of what the reference marks was found.</source>
        <translation>Se encontró el {percent} % de lo que marca la referencia.</translation>
    </message>
    <message>
        <source>{value}: close match (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: coincidencia estrecha (1 = los mismos fragmentos, 0 = nada en común).</translation>
    </message>
    <message>
        <source>{value}: partial match (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: coincidencia parcial (1 = los mismos fragmentos, 0 = nada en común).</translation>
    </message>
    <message>
        <source>{value}: mostly different (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: mayormente distinto (1 = los mismos fragmentos, 0 = nada en común).</translation>
    </message>
    <message>
        <source>{value}: no overlap (1 = the same spans, 0 = nothing in common).</source>
        <translation>{value}: sin solapamiento (1 = los mismos fragmentos, 0 = nada en común).</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>No recent exercises</source>
        <translation>No hay ejercicios recientes</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>supports</source>
        <translation>respalda</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contradice</translation>
    </message>
    <message>
        <source>same claim as</source>
        <translation>misma afirmación que</translation>
    </message>
    <message>
        <source>solid underline</source>
        <translation>subrayado continuo</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>subrayado discontinuo</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>subrayado punteado</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>subrayado ondulado</translation>
    </message>
    <message>
        <source>double underline</source>
        <translation>subrayado doble</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>Artículo {number}</translation>
    </message>
    <message>
        <source>Legend and counts</source>
        <translation>Leyenda y recuentos</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Without colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Resaltados</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between highlights</source>
        <translation>
            <numerusform>%n enlace entre resaltados</numerusform>
            <numerusform>%n enlaces entre resaltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source-evaluation answer(s)</source>
        <translation>
            <numerusform>%n respuesta de evaluación de fuentes</numerusform>
            <numerusform>%n respuestas de evaluación de fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The text of this article is not available.</source>
        <translation>El texto de este artículo no está disponible.</translation>
    </message>
    <message>
        <source>Highlights that no longer fit this text</source>
        <translation>Resaltados que ya no encajan en este texto</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>No links.</source>
        <translation>Sin enlaces.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Source evaluation</source>
        <translation>Evaluación de fuentes</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Sin preguntas.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Handed in: {time} · exercise revision {revision}</source>
        <translation>Entregado: {time} · versión del ejercicio {revision}</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Alfa de Krippendorff</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation>Kappa de Fleiss</translation>
    </message>
    <message>
        <source>Mean pairwise Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen medio por pares</translation>
    </message>
    <message numerus="yes">
        <source>{marked} of %n students; most chose {tag}</source>
        <translation>
            <numerusform>{marked} de %n estudiante; la mayoría eligió {tag}</numerusform>
            <numerusform>{marked} de %n estudiantes; la mayoría eligió {tag}</numerusform>
        </translation>
    </message>
    <message>
        <source>; students disagree on the tag</source>
        <translation>; los estudiantes no coinciden en la etiqueta</translation>
    </message>
    <message>
        <source>Stronger colour: more students highlighted it.</source>
        <translation>Color más intenso: más estudiantes lo resaltaron.</translation>
    </message>
    <message>
        <source>Hatched and wavy</source>
        <translation>Rayado y ondulado</translation>
    </message>
    <message>
        <source>students chose different tags.</source>
        <translation>los estudiantes eligieron etiquetas distintas.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Unitizing alpha (advanced)</source>
        <translation>Alfa de unitización (avanzado)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Each student&apos;s highlights with every tag against the answer key. F1 is high only when most of what the student marked is in the key and most of the key was found: 1.00 = the same as the key, 0.00 = nothing in common. Exact counts only the key&apos;s exact passages, overlapping any passage that overlaps one with the same tag, characters character by character.</source>
        <translation>Los resaltados de cada estudiante con todas las etiquetas frente al solucionario. F1 solo es alto cuando la mayor parte de lo que marcó el estudiante está en el solucionario y se encontró la mayor parte del solucionario: 1,00 = igual que el solucionario, 0,00 = nada en común. Exacto cuenta solo los fragmentos exactos del solucionario, solapado cualquier fragmento que solape uno con la misma etiqueta, caracteres carácter por carácter.</translation>
    </message>
    <message>
        <source>The sentences where the class split most, to discuss. Disagreement runs from 0 (everyone agreed) to 1 (half highlighted it, and the tags were all over).</source>
        <translation>Las frases en las que la clase más se dividió, para comentar. El desacuerdo va de 0 (todos coincidieron) a 1 (la mitad lo resaltó y las etiquetas fueron muy dispares).</translation>
    </message>
    <message>
        <source>No answer key for this article, so nobody is scored.</source>
        <translation>No hay solucionario para este artículo, así que nadie recibe puntuación.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>F1, exact spans</source>
        <translation>F1, fragmentos exactos</translation>
    </message>
    <message>
        <source>F1, overlapping spans</source>
        <translation>F1, fragmentos solapados</translation>
    </message>
    <message>
        <source>F1, characters</source>
        <translation>F1, caracteres</translation>
    </message>
    <message>
        <source>No passage was contested.</source>
        <translation>Ningún fragmento fue discutido.</translation>
    </message>
    <message>
        <source>disagreement {score}</source>
        <translation>desacuerdo {score}</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) annotated this article.</source>
        <translation>
            <numerusform>%n estudiante anotó este artículo.</numerusform>
            <numerusform>%n estudiantes anotaron este artículo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Class overlay</source>
        <translation>Superposición de la clase</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen por pares</translation>
    </message>
    <message>
        <source>Pairwise span F1 (overlapping spans)</source>
        <translation>F1 de fragmentos por pares (fragmentos que se solapan)</translation>
    </message>
    <message>
        <source>Contested passages</source>
        <translation>Fragmentos discutidos</translation>
    </message>
    <message>
        <source>Scores against the key</source>
        <translation>Puntuaciones frente al solucionario</translation>
    </message>
    <message>
        <source>Tags per student</source>
        <translation>Etiquetas por estudiante</translation>
    </message>
    <message>
        <source>Number of highlights</source>
        <translation>Número de subrayados</translation>
    </message>
    <message>
        <source>Nobody annotated this article.</source>
        <translation>Nadie anotó este artículo.</translation>
    </message>
    <message>
        <source>Untitled exercise</source>
        <translation>Ejercicio sin título</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Tag distribution per article</source>
        <translation>Distribución de etiquetas por artículo</translation>
    </message>
    <message>
        <source>Number of highlights, all students</source>
        <translation>Número de resaltados, todos los estudiantes</translation>
    </message>
    <message>
        <source>Students are anonymised.</source>
        <translation>Los estudiantes están anonimizados.</translation>
    </message>
    <message>
        <source>Review: {title}</source>
        <translation>Revisión: {title}</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s).</source>
        <translation>
            <numerusform>%n artículo.</numerusform>
            <numerusform>%n artículos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestartOffer</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The app will be shown in %1 from its next start.</source>
        <translation>La aplicación se mostrará en %1 a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now to switch at once: your work is saved, and the app opens again with the same database and exercise.</source>
        <translation>Reinicie ahora para cambiar de inmediato: su trabajo está guardado y la aplicación se abre de nuevo con la misma base de datos y el mismo ejercicio.</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return Feedback</source>
        <translation>Devolver retroalimentación</translation>
    </message>
    <message>
        <source>Each student who handed in gets their own feedback, which opens only for them. Nothing of another student&apos;s markup or name is in it.</source>
        <translation>Cada estudiante que entregó recibe su propia retroalimentación, que solo se abre para él o ella. No contiene nada del marcado ni del nombre de otro estudiante.</translation>
    </message>
    <message>
        <source>Each student who handed in gets one file, NAME.feedback.json, that opens only for them. Nothing of another student&apos;s markup or name is in it.</source>
        <translation>Cada estudiante que entregó recibe un archivo, NOMBRE.feedback.json, que solo se abre para él o ella. No contiene nada del marcado ni del nombre de otro estudiante.</translation>
    </message>
    <message>
        <source>The answer key, with your explanation of each passage</source>
        <translation>El solucionario, con su explicación de cada fragmento</translation>
    </message>
    <message>
        <source>The class overlay: how many students marked each line</source>
        <translation>La superposición de la clase: cuántos estudiantes marcaron cada línea</translation>
    </message>
    <message>
        <source>Their scores against the key, in plain words</source>
        <translation>Sus puntuaciones respecto al solucionario, en palabras sencillas</translation>
    </message>
    <message>
        <source>Your comments to the student and on their passages</source>
        <translation>Sus comentarios al estudiante y sobre sus fragmentos</translation>
    </message>
    <message>
        <source>Counts only, no names. Left out when fewer than 3 students handed in, because the counts would then show a classmate&apos;s markup.</source>
        <translation>Solo cifras, sin nombres. Se omite si entregaron menos de 3 estudiantes, porque entonces las cifras revelarían el marcado de un compañero.</translation>
    </message>
    <message>
        <source>Release to the students on the server</source>
        <translation>Publicar para los estudiantes en el servidor</translation>
    </message>
    <message>
        <source>Each student sees their feedback in the app, without a file, after they handed in. Releasing again replaces it; Review &gt; Withdraw Released Feedback takes it back.</source>
        <translation>Cada estudiante ve su retroalimentación en la aplicación, sin archivo, después de entregar. Publicar de nuevo la reemplaza; Revisión &gt; Retirar la retroalimentación publicada la retira.</translation>
    </message>
    <message>
        <source>Write feedback files into a folder:</source>
        <translation>Escribir archivos de retroalimentación en una carpeta:</translation>
    </message>
    <message>
        <source>Folder for the feedback files</source>
        <translation>Carpeta para los archivos de retroalimentación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Write Feedback Files</source>
        <translation>Escribir archivos de retroalimentación</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Write the files into:</source>
        <translation>Escribir los archivos en:</translation>
    </message>
    <message>
        <source>Return it:</source>
        <translation>Devolver:</translation>
    </message>
    <message>
        <source>Folder for the Feedback Files</source>
        <translation>Carpeta para los archivos de retroalimentación</translation>
    </message>
    <message>
        <source>Release Feedback</source>
        <translation>Publicar retroalimentación</translation>
    </message>
</context>
<context>
    <name>ReturnText</name>
    <message>
        <source>unknown part {part}: choose from {parts}</source>
        <translation>parte desconocida {part}: elija entre {parts}</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>no hay ningún ejercicio con el id {id}</translation>
    </message>
    <message>
        <source>no student with id {id}</source>
        <translation>no hay ningún estudiante con el id {id}</translation>
    </message>
    <message>
        <source>{name} has not handed in {title}</source>
        <translation>{name} no ha entregado {title}</translation>
    </message>
    <message numerus="yes">
        <source>class overlay left out: fewer than %n students, so counts would show a classmate&apos;s markup</source>
        <translation>
            <numerusform>vista de la clase omitida: menos de %n estudiante, así que las cifras mostrarían lo marcado por un compañero</numerusform>
            <numerusform>vista de la clase omitida: menos de %n estudiantes, así que las cifras mostrarían lo marcado por un compañero</numerusform>
        </translation>
    </message>
    <message>
        <source>the articles changed since the hand-in: the student&apos;s work as it is now was used</source>
        <translation>los artículos cambiaron desde la entrega: se usó el trabajo del estudiante tal como está ahora</translation>
    </message>
    <message>
        <source>cannot create the folder ({reason})</source>
        <translation>no se puede crear la carpeta ({reason})</translation>
    </message>
    <message>
        <source>no annotator with id {id}</source>
        <translation>no hay ningún anotador con el id {id}</translation>
    </message>
    <message>
        <source>comments are written to students only</source>
        <translation>los comentarios solo se escriben a estudiantes</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>no hay ninguna anotación con el id {id}</translation>
    </message>
    <message>
        <source>that annotation is not this student&apos;s work on this exercise</source>
        <translation>esa anotación no es trabajo de este estudiante en este ejercicio</translation>
    </message>
    <message>
        <source>explanations belong to answer-key passages</source>
        <translation>las explicaciones corresponden a pasajes del solucionario</translation>
    </message>
    <message>
        <source>releasing feedback needs a school server (postgresql://); on this computer write feedback files instead</source>
        <translation>publicar la retroalimentación requiere un servidor del centro (postgresql://); en este ordenador escriba archivos de retroalimentación</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Class Overview…</source>
        <translation>Vista de la &amp;clase…</translation>
    </message>
    <message>
        <source>See how the whole class marked up this exercise</source>
        <translation>Ver cómo ha marcado toda la clase este ejercicio</translation>
    </message>
    <message>
        <source>Export Review &amp;Report…</source>
        <translation>Exportar &amp;informe de revisión…</translation>
    </message>
    <message>
        <source>Save the class review as an HTML file</source>
        <translation>Guardar la revisión de la clase como archivo HTML</translation>
    </message>
    <message>
        <source>Export &amp;Scores (CSV)…</source>
        <translation>Exportar &amp;puntuaciones (CSV)…</translation>
    </message>
    <message>
        <source>Save every student&apos;s scores against the key as CSV</source>
        <translation>Guardar como CSV las puntuaciones de cada estudiante respecto al solucionario</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exportar informe de revisión</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>No se pudo exportar el informe</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Exportar puntuaciones</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation>No se pudieron exportar las puntuaciones</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Answer key</source>
        <translation>Solucionario</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Reading the class</source>
        <translation>Leyendo la clase</translation>
    </message>
    <message>
        <source>Overlay and agreement</source>
        <translation>Superposición y acuerdo</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>handed in, nothing marked</source>
        <translation>entregado, nada marcado</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>exercise {exercise} has no article with id {id}</source>
        <translation>el ejercicio {exercise} no tiene ningún artículo con el id {id}</translation>
    </message>
    <message>
        <source>article {title}: {problem}</source>
        <translation>artículo {title}: {problem}</translation>
    </message>
    <message>
        <source>article {title!r}: an annotation uses a tag outside the exercise&apos;s tag set</source>
        <translation>artículo {title!r}: una anotación usa una categoría que no pertenece al conjunto de categorías del ejercicio</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Class Overview: %1 — %2</source>
        <translation>Vista de la clase: %1 — %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <source>Show students as Student 1…N, for projecting in class</source>
        <translation>Mostrar a los estudiantes como Estudiante 1…N, para proyectar en clase</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Larger text, for projecting (Ctrl++)</source>
        <translation>Texto más grande, para proyectar (Ctrl++)</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation>Exportar puntuaciones (CSV)…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source> Article: </source>
        <translation> Artículo: </translation>
    </message>
    <message>
        <source>Students shown in the overlay</source>
        <translation>Estudiantes mostrados en la superposición</translation>
    </message>
    <message>
        <source>Untick a student to leave them out of every figure.</source>
        <translation>Desmarque a un estudiante para dejarlo fuera de todos los índices.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Class Overlay</source>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Review views</source>
        <translation>Vistas de la revisión</translation>
    </message>
    <message>
        <source>Next Tab</source>
        <translation>Pestaña siguiente</translation>
    </message>
    <message>
        <source>Previous Tab</source>
        <translation>Pestaña anterior</translation>
    </message>
    <message>
        <source>Computing the class review…</source>
        <translation>Calculando la revisión de la clase…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled. The figures of this article were not computed.</source>
        <translation>Cancelado. Los índices de este artículo no se calcularon.</translation>
    </message>
    <message>
        <source>Cancelled: some figures were not computed.</source>
        <translation>Cancelado: algunos índices no se calcularon.</translation>
    </message>
    <message>
        <source>Could not compute the review: %1</source>
        <translation>No se pudo calcular la revisión: %1</translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, an answer key.</source>
        <translation>
            <numerusform>Este artículo: %n estudiante mostrado, un solucionario.</numerusform>
            <numerusform>Este artículo: %n estudiantes mostrados, un solucionario.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This article: %n student(s) shown, no answer key yet (Review &gt; Annotate the Answer Key in the main window).</source>
        <translation>
            <numerusform>Este artículo: %n estudiante mostrado, todavía sin solucionario (Revisión &gt; Anotar el solucionario en la ventana principal).</numerusform>
            <numerusform>Este artículo: %n estudiantes mostrados, todavía sin solucionario (Revisión &gt; Anotar el solucionario en la ventana principal).</numerusform>
        </translation>
    </message>
    <message>
        <source>Still being computed: the progress is shown at the foot of the window.</source>
        <translation>Todavía se está calculando: el progreso se muestra en la parte inferior de la ventana.</translation>
    </message>
    <message>
        <source>Select at least two students in the list first (Ctrl+click).</source>
        <translation>Seleccione primero al menos dos estudiantes en la lista (Ctrl+clic).</translation>
    </message>
    <message>
        <source>%1 review</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Export Review Report</source>
        <translation>Exportar informe de revisión</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>No se pudo exportar el informe</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Exportar puntuaciones</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the scores</source>
        <translation>No se pudieron exportar las puntuaciones</translation>
    </message>
    <message>
        <source>Scores written to %1</source>
        <translation>Puntuaciones guardadas en %1</translation>
    </message>
</context>
<context>
    <name>ScoresTab</name>
    <message>
        <source>No scores yet: there is no answer key. In the main window, switch on Review &gt; Annotate the Answer Key, tag the passages the way you want them tagged, then switch it off; every student is then scored against your key here.</source>
        <translation>Todavía no hay puntuaciones: no hay solucionario. En la ventana principal, active Revisión &gt; Anotar el solucionario, etiquete los fragmentos como quiere que se etiqueten y desactívelo; entonces cada estudiante se puntúa aquí respecto a su solucionario.</translation>
    </message>
    <message>
        <source>Each row compares one student&apos;s highlights with the answer key (1.00 = the same as the key, 0.00 = nothing in common). P: how much of what the student marked is in the key. R: how much of the key the student found. F1: P and R together. Exact counts only the key&apos;s exact passages, Overlap any overlapping passage with the same tag, Chars character by character. Click a heading to sort; hover it for more.</source>
        <translation>Cada fila compara los subrayados de un estudiante con el solucionario (1,00 = igual que el solucionario, 0,00 = nada en común). P: cuánto de lo que marcó el estudiante está en el solucionario. R: cuánto del solucionario encontró. F1: P y R juntos. «Exacto» solo cuenta los fragmentos exactos del solucionario, «Solapamiento» cualquier fragmento solapado con la misma etiqueta, «Caracteres» carácter a carácter. Haga clic en un encabezado para ordenar; pase el ratón por encima para saber más.</translation>
    </message>
    <message>
        <source>Scores against the answer key</source>
        <translation>Puntuaciones respecto al solucionario</translation>
    </message>
    <message>
        <source>Only the all-tags rows</source>
        <translation>Solo las filas de todas las etiquetas</translation>
    </message>
    <message>
        <source>One row per student and article: their highlights with every tag together, against the key</source>
        <translation>Una fila por estudiante y artículo: todos sus subrayados juntos, respecto al solucionario</translation>
    </message>
    <message>
        <source>Export Scores (CSV)…</source>
        <translation>Exportar puntuaciones (CSV)…</translation>
    </message>
    <message>
        <source>Student for the confusion matrix</source>
        <translation>Estudiante para la matriz de confusión</translation>
    </message>
    <message>
        <source>Tag confusion: student against key</source>
        <translation>Confusión de etiquetas: estudiante frente a solucionario</translation>
    </message>
    <message>
        <source>Spans behind the chosen cell</source>
        <translation>Fragmentos detrás de la celda elegida</translation>
    </message>
    <message>
        <source>Click a cell to list the spans behind it.</source>
        <translation>Haga clic en una celda para listar sus fragmentos.</translation>
    </message>
    <message>
        <source>In this article, the tags chosen by (rows) against the key&apos;s (columns):</source>
        <translation>En este artículo, las etiquetas elegidas por (filas) frente a las del solucionario (columnas):</translation>
    </message>
</context>
<context>
    <name>ScoresTableModel</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Student id</source>
        <translation>ID del estudiante</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Exact P</source>
        <translation>Exacto P</translation>
    </message>
    <message>
        <source>Exact R</source>
        <translation>Exacto R</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>Exacto F1</translation>
    </message>
    <message>
        <source>Overlap P</source>
        <translation>Solapamiento P</translation>
    </message>
    <message>
        <source>Overlap R</source>
        <translation>Solapamiento R</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>Solapamiento F1</translation>
    </message>
    <message>
        <source>Chars P</source>
        <translation>Caracteres P</translation>
    </message>
    <message>
        <source>Chars R</source>
        <translation>Caracteres R</translation>
    </message>
    <message>
        <source>Chars F1</source>
        <translation>Caracteres F1</translation>
    </message>
    <message>
        <source>spans with exactly the key&apos;s start, end and tag</source>
        <translation>los fragmentos con exactamente el mismo inicio, final y etiqueta que el solucionario</translation>
    </message>
    <message>
        <source>spans overlapping a key span of the same tag (one-to-one)</source>
        <translation>los fragmentos que se solapan con un fragmento del solucionario de la misma etiqueta (uno a uno)</translation>
    </message>
    <message>
        <source>characters marked with the same tag as the key</source>
        <translation>los caracteres marcados con la misma etiqueta que el solucionario</translation>
    </message>
    <message>
        <source>Precision: the share of what the student marked that matches the key</source>
        <translation>Precisión: la parte de lo marcado por el estudiante que coincide con el solucionario</translation>
    </message>
    <message>
        <source>Recall: the share of the key that the student found</source>
        <translation>Exhaustividad: la parte del solucionario que encontró el estudiante</translation>
    </message>
    <message>
        <source>F1: precision and recall together, high only when both are</source>
        <translation>F1: precisión y exhaustividad juntas, alto solo cuando ambas lo son</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>%1, counting %2. 1.00 = the same as the key, 0.00 = nothing in common; – = nothing to count.</source>
        <translation>%1, contando %2. 1,00 = igual que el solucionario, 0,00 = nada en común; – = nada que contar.</translation>
    </message>
</context>
<context>
    <name>ServerActions</name>
    <message>
        <source>Keep your work on your school&apos;s server, to go on from any computer</source>
        <translation>Guardar tu trabajo en el servidor de tu centro, para seguir desde cualquier ordenador</translation>
    </message>
    <message>
        <source>Connect to School Ser&amp;ver…</source>
        <translation>Conectar con el ser&amp;vidor del centro…</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s Data&amp;base</source>
        <translation>&amp;Usar la base de datos de este ordenador</translation>
    </message>
    <message>
        <source>Work in the database on this computer again</source>
        <translation>Volver a trabajar en la base de datos de este ordenador</translation>
    </message>
    <message numerus="yes">
        <source>School server: {0}, %n change(s) kept aside</source>
        <translation>
            <numerusform>Servidor del centro: {0}, %n cambio apartado</numerusform>
            <numerusform>Servidor del centro: {0}, %n cambios apartados</numerusform>
        </translation>
    </message>
    <message>
        <source>These changes no longer fitted the work on the server (a passage was deleted or changed meanwhile). They are kept on this computer in {0}.</source>
        <translation>Estos cambios ya no encajaban con el trabajo del servidor (un pasaje se borró o cambió mientras tanto). Se guardan en este ordenador en {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Offline, %n change(s) waiting</source>
        <translation>
            <numerusform>Sin conexión, %n cambio pendiente</numerusform>
            <numerusform>Sin conexión, %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>The school server cannot be reached. Your work is kept on this computer and sent, in order, as soon as the server is back.</source>
        <translation>No se puede conectar con el servidor del centro. Tu trabajo se guarda en este ordenador y se envía, en orden, en cuanto vuelva el servidor.</translation>
    </message>
    <message>
        <source>✓ Kept offline</source>
        <translation>✓ Guardado sin conexión</translation>
    </message>
    <message>
        <source>School server: {0}</source>
        <translation>Servidor del centro: {0}</translation>
    </message>
    <message>
        <source>Your work from while the server was away has been sent. The exercise had changed meanwhile:</source>
        <translation>Se ha enviado el trabajo que hiciste mientras el servidor no estaba disponible. El ejercicio había cambiado entretanto:</translation>
    </message>
    <message>
        <source>Changes Sent</source>
        <translation>Cambios enviados</translation>
    </message>
</context>
<context>
    <name>ServerFeedback</name>
    <message>
        <source>&amp;Withdraw Released Feedback…</source>
        <translation>&amp;Retirar la retroalimentación publicada…</translation>
    </message>
    <message>
        <source>Take back the feedback released to the students on the school server</source>
        <translation>Retirar la retroalimentación publicada para los estudiantes en el servidor del centro</translation>
    </message>
    <message>
        <source>Show the feedback your teacher released, or open a feedback file</source>
        <translation>Mostrar la retroalimentación que publicó tu profesor o profesora, o abrir un archivo de retroalimentación</translation>
    </message>
    <message>
        <source>Withdraw Released Feedback</source>
        <translation>Retirar la retroalimentación publicada</translation>
    </message>
    <message numerus="yes">
        <source>Take back the feedback on “%1” from %n student(s)? They no longer see it in the app until you release it again.</source>
        <translation>
            <numerusform>¿Retirar la retroalimentación sobre «%1» a %n estudiante? Dejará de verla en la aplicación hasta que usted la publique de nuevo.</numerusform>
            <numerusform>¿Retirar la retroalimentación sobre «%1» a %n estudiantes? Dejarán de verla en la aplicación hasta que usted la publique de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Open Feedback</source>
        <translation>Abrir retroalimentación</translation>
    </message>
    <message>
        <source>Open a File…</source>
        <translation>Abrir un archivo…</translation>
    </message>
    <message>
        <source>Nothing is released on this exercise yet.</source>
        <translation>Todavía no hay nada publicado para este ejercicio.</translation>
    </message>
    <message numerus="yes">
        <source>Released to %n student(s) on %1; releasing again replaces it.</source>
        <translation>
            <numerusform>Publicada para %n estudiante el %1; publicar de nuevo la reemplaza.</numerusform>
            <numerusform>Publicada para %n estudiantes el %1; publicar de nuevo la reemplaza.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return Feedback</source>
        <translation>Devolver retroalimentación</translation>
    </message>
    <message>
        <source>Nobody has handed in this exercise yet: feedback goes only to students who handed in.</source>
        <translation>Nadie ha entregado todavía este ejercicio: la retroalimentación solo va a los estudiantes que entregaron.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback released to %n student(s) on the school server.</source>
        <translation>
            <numerusform>Retroalimentación publicada para %n estudiante en el servidor del centro.</numerusform>
            <numerusform>Retroalimentación publicada para %n estudiantes en el servidor del centro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %n of them it replaces the feedback released before.</source>
        <translation>
            <numerusform>Para %n de ellos reemplaza la retroalimentación publicada antes.</numerusform>
            <numerusform>Para %n de ellos reemplaza la retroalimentación publicada antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each student sees only their own feedback, in the app, after they handed in.</source>
        <translation>Cada estudiante ve solo su propia retroalimentación, en la aplicación, después de entregar.</translation>
    </message>
    <message>
        <source>No feedback is released on this exercise.</source>
        <translation>No hay retroalimentación publicada para este ejercicio.</translation>
    </message>
    <message numerus="yes">
        <source>Feedback withdrawn from %n student(s).</source>
        <translation>
            <numerusform>Retroalimentación retirada a %n estudiante.</numerusform>
            <numerusform>Retroalimentación retirada a %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your teacher took back the feedback on this exercise for now.</source>
        <translation>Tu profesor o profesora ha retirado por ahora la retroalimentación sobre este ejercicio.</translation>
    </message>
    <message>
        <source>Feedback from your teacher is here: see the Feedback view beside the text.</source>
        <translation>Ya llegó la retroalimentación de tu profesor o profesora: mira la vista «Retroalimentación» junto al texto.</translation>
    </message>
    <message>
        <source>The school server cannot be reached just now, so released feedback cannot be shown. Your work is safe; try again later.</source>
        <translation>Ahora no se puede contactar con el servidor del centro, así que no se puede mostrar la retroalimentación publicada. Tu trabajo está a salvo; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Feedback on “%1” opens after you hand in (File &gt; Hand In…). Your teacher then releases it, and it appears here by itself.</source>
        <translation>La retroalimentación sobre «%1» se abre después de que entregues (Archivo &gt; Entregar…). Luego tu profesor o profesora la publica y aparece aquí por sí sola.</translation>
    </message>
    <message>
        <source>Your teacher has not released feedback on “%1” yet. It appears here by itself once they do; you need no file.</source>
        <translation>Tu profesor o profesora todavía no ha publicado la retroalimentación sobre «%1». Aparecerá aquí por sí sola cuando lo haga; no necesitas ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ServerText</name>
    <message>
        <source>a school server is a postgresql:// URL</source>
        <translation>un servidor del centro es una URL postgresql://</translation>
    </message>
    <message>
        <source>no class called {name}: add it with &apos;annotator server add-class&apos;</source>
        <translation>no hay ninguna clase llamada {name}: créela con &apos;annotator server add-class&apos;</translation>
    </message>
    <message>
        <source>no exercise with id {id}</source>
        <translation>no hay ningún ejercicio con el id {id}</translation>
    </message>
    <message>
        <source>an answer key is not a person and gets no login</source>
        <translation>un solucionario no es una persona y no recibe usuario de acceso</translation>
    </message>
    <message>
        <source>a login is 2-63 lower-case letters, digits, dots, dashes or underscores, starting with a letter</source>
        <translation>un usuario tiene de 2 a 63 letras minúsculas, cifras, puntos, guiones o guiones bajos, y empieza por una letra</translation>
    </message>
    <message>
        <source>the login {login} is already taken on this server</source>
        <translation>el usuario {login} ya está ocupado en este servidor</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (save the class list as CSV UTF-8)</source>
        <translation>no es texto UTF-8 (guarde la lista de clase como CSV UTF-8)</translation>
    </message>
    <message>
        <source>the class list is empty</source>
        <translation>la lista de clase está vacía</translation>
    </message>
    <message>
        <source>the first row must name the columns (name, login)</source>
        <translation>la primera fila debe nombrar las columnas (name, login)</translation>
    </message>
    <message>
        <source>row {row} has no name</source>
        <translation>la fila {row} no tiene nombre</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Commands and their keys</source>
        <translation>Órdenes y sus teclas</translation>
    </message>
</context>
<context>
    <name>SpanText</name>
    <message numerus="yes">
        <source>span {start}-{end} of {name} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>el fragmento {start}-{end} de {name} queda fuera de un texto de %n carácter</numerusform>
            <numerusform>el fragmento {start}-{end} de {name} queda fuera de un texto de %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>span {start}-{end} of {name} has unknown tag {tag}</source>
        <translation>el fragmento {start}-{end} de {name} tiene una etiqueta desconocida {tag}</translation>
    </message>
    <message numerus="yes">
        <source>span {start}-{end} lies outside a text of %n character(s)</source>
        <translation>
            <numerusform>el fragmento {start}-{end} queda fuera de un texto de %n carácter</numerusform>
            <numerusform>el fragmento {start}-{end} queda fuera de un texto de %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StackedBarChart</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>StartText</name>
    <message>
        <source>The database {path} cannot be written to: {reason}. It was opened read-only: you can read your work, export it and hand it in, but changes cannot be saved until that is fixed and the app restarted.</source>
        <translation>No se puede escribir en la base de datos {path}: {reason}. Se ha abierto en modo de solo lectura: puede leer su trabajo, exportarlo y entregarlo, pero los cambios no se podrán guardar hasta que se solucione y se reinicie la aplicación.</translation>
    </message>
    <message>
        <source>Source Annotator did not close properly last time. The database was checked and is fine; nothing was lost that had been saved.</source>
        <translation>Source Annotator no se cerró correctamente la última vez. Se ha comprobado la base de datos y está bien; no se ha perdido nada de lo que se había guardado.</translation>
    </message>
    <message>
        <source>A backup could not be made: {reason}</source>
        <translation>No se pudo hacer una copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation>no se puede escribir en su carpeta ({reason})</translation>
    </message>
    <message>
        <source>cannot be opened: {reason}, and there is no database yet</source>
        <translation>no se puede abrir: {reason}, y todavía no hay ninguna base de datos</translation>
    </message>
    <message>
        <source>cannot be opened: {reason}, and the database needs to be upgraded first</source>
        <translation>no se puede abrir: {reason}, y antes hay que actualizar la base de datos</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message>
        <source>No need to save: every change is saved at once. To give your work to your teacher: File &gt; Hand In…</source>
        <translation>No hace falta guardar: cada cambio se guarda al instante. Para dar tu trabajo a tu profesor o profesora: Archivo &gt; Entregar…</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1–%2 or click a tag above</source>
        <translation>Para empezar: selecciona un fragmento de un artículo y pulsa %1–%2 o haz clic en una etiqueta de arriba</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then press %1 or click a tag above</source>
        <translation>Para empezar: selecciona un fragmento de un artículo y pulsa %1 o haz clic en una etiqueta de arriba</translation>
    </message>
    <message>
        <source>To start: select a passage in an article, then click a tag above</source>
        <translation>Para empezar: selecciona un fragmento de un artículo y haz clic en una etiqueta de arriba</translation>
    </message>
    <message>
        <source>Annotation counts</source>
        <translation>Número de anotaciones</translation>
    </message>
    <message>
        <source>✓ All changes saved</source>
        <translation>✓ Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <source>There is no Save button: every change is stored the moment you make it.</source>
        <translation>No hay botón Guardar: cada cambio se guarda en cuanto lo haces.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 by you in this exercise</source>
        <translation>%1 y %2 tuyos en este ejercicio</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ Saved just now</source>
        <translation>✓ Guardado ahora mismo</translation>
    </message>
    <message>
        <source>Last change stored at %1. There is no Save button: every change is stored the moment you make it.</source>
        <translation>Último cambio guardado a las %1. No hay botón Guardar: cada cambio se guarda en cuanto lo haces.</translation>
    </message>
    <message>
        <source>✓ Saved %1</source>
        <translation>✓ Guardado %1</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <source>could not write to the disk ({reason})</source>
        <translation>no se pudo escribir en el disco ({reason})</translation>
    </message>
    <message>
        <source>not a readable database ({reason})</source>
        <translation>no es una base de datos legible ({reason})</translation>
    </message>
    <message>
        <source>the database is damaged ({reason})</source>
        <translation>la base de datos está dañada ({reason})</translation>
    </message>
    <message>
        <source>could not read the database ({reason})</source>
        <translation>no se pudo leer la base de datos ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>upgrading left %n broken reference(s) (first in table {table}); nothing was changed</source>
        <translation>
            <numerusform>la actualización dejó %n referencia rota (primero en la tabla {table}); no se cambió nada</numerusform>
            <numerusform>la actualización dejó %n referencias rotas (primero en la tabla {table}); no se cambió nada</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the database failed, nothing was changed ({reason})</source>
        <translation>la actualización de la base de datos falló, no se cambió nada ({reason})</translation>
    </message>
    <message>
        <source>could not open the database ({reason})</source>
        <translation>no se pudo abrir la base de datos ({reason})</translation>
    </message>
    <message>
        <source>the database is damaged (unreadable text)</source>
        <translation>la base de datos está dañada (texto ilegible)</translation>
    </message>
    <message>
        <source>not a Source Annotator database</source>
        <translation>no es una base de datos de Source Annotator</translation>
    </message>
    <message>
        <source>made by a newer version of Source Annotator (schema {revision}); update the app to open it</source>
        <translation>creada por una versión más reciente de Source Annotator (esquema {revision}); actualice la aplicación para abrirla</translation>
    </message>
    <message>
        <source>the server&apos;s database has an older schema ({revision}, this app needs {head}); ask the administrator to run &apos;annotator server upgrade&apos;</source>
        <translation>la base de datos del servidor tiene un esquema más antiguo ({revision}, esta aplicación necesita {head}); pida al administrador que ejecute &apos;annotator server upgrade&apos;</translation>
    </message>
    <message>
        <source>the database cannot be written to (read-only file or folder); your change was not saved</source>
        <translation>no se puede escribir en la base de datos (archivo o carpeta de solo lectura); tu cambio no se guardó</translation>
    </message>
    <message>
        <source>the disk is full; your change was not saved</source>
        <translation>el disco está lleno; tu cambio no se guardó</translation>
    </message>
    <message>
        <source>another program is holding the database locked; your change was not saved</source>
        <translation>otro programa mantiene bloqueada la base de datos; tu cambio no se guardó</translation>
    </message>
    <message>
        <source>the database file is damaged ({reason})</source>
        <translation>el archivo de la base de datos está dañado ({reason})</translation>
    </message>
    <message>
        <source>the disk reported an error while writing ({reason}); your change was not saved</source>
        <translation>el disco informó de un error al escribir ({reason}); tu cambio no se guardó</translation>
    </message>
    <message>
        <source>the database reported an error ({reason})</source>
        <translation>la base de datos informó de un error ({reason})</translation>
    </message>
    <message>
        <source>the server does not allow this ({reason})</source>
        <translation>el servidor no lo permite ({reason})</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user name or password?)</source>
        <translation>el servidor rechazó el inicio de sesión (¿usuario o contraseña incorrectos?)</translation>
    </message>
    <message>
        <source>the school server cannot be reached ({reason}); your change was not saved on the server</source>
        <translation>no se puede acceder al servidor de la escuela ({reason}); tu cambio no se guardó en el servidor</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; your change was not saved</source>
        <translation>el disco del servidor está lleno; tu cambio no se guardó</translation>
    </message>
    <message>
        <source>the server was busy; your change was not saved</source>
        <translation>el servidor estaba ocupado; tu cambio no se guardó</translation>
    </message>
    <message>
        <source>the backup copy failed its check ({result})</source>
        <translation>la copia de seguridad no superó su comprobación ({result})</translation>
    </message>
    <message>
        <source>could not write a backup into {folder} ({reason})</source>
        <translation>no se pudo escribir una copia de seguridad en {folder} ({reason})</translation>
    </message>
    <message>
        <source>The database {name} could not be read: {problem}. Your work may be in a backup; close the app and restart it to restore the newest good backup.</source>
        <translation>No se pudo leer la base de datos {name}: {problem}. Tu trabajo puede estar en una copia de seguridad; cierra la aplicación y vuelve a abrirla para restaurar la copia buena más reciente.</translation>
    </message>
    <message>
        <source>The database {name} passed the quick check: its structure is sound and every annotation, link and answer points to something that exists.</source>
        <translation>La base de datos {name} superó la comprobación rápida: su estructura es correcta y cada anotación, vínculo y respuesta apunta a algo que existe.</translation>
    </message>
    <message>
        <source>The database {name} passed the full check: its structure is sound and every annotation, link and answer points to something that exists.</source>
        <translation>La base de datos {name} superó la comprobación completa: su estructura es correcta y cada anotación, vínculo y respuesta apunta a algo que existe.</translation>
    </message>
    <message numerus="yes">
        <source>%n structural problem(s)</source>
        <translation>
            <numerusform>%n problema de estructura</numerusform>
            <numerusform>%n problemas de estructura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) pointing to something missing (in {tables})</source>
        <translation>
            <numerusform>%n registro que apunta a algo que falta (en {tables})</numerusform>
            <numerusform>%n registros que apuntan a algo que falta (en {tables})</numerusform>
        </translation>
    </message>
    <message>
        <source>The database {name} has {problems}. Export your work now, then restart the app: a damaged database is set aside and the newest good backup is restored.</source>
        <translation>La base de datos {name} tiene {problems}. Exporta tu trabajo ahora y luego reinicia la aplicación: una base de datos dañada se aparta y se restaura la copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <source>Check: quick</source>
        <translation>Comprobación: rápida</translation>
    </message>
    <message>
        <source>Check: integrity</source>
        <translation>Comprobación: completa</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Error: {problem}</translation>
    </message>
    <message>
        <source>{table} row {row} -&gt; missing {parent}</source>
        <translation>{table} fila {row} -&gt; falta {parent}</translation>
    </message>
    <message>
        <source>Result: ok</source>
        <translation>Resultado: correcto</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the database structure is damaged</source>
        <translation>la estructura de la base de datos está dañada</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>el archivo está vacío (0 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>the file is too short to be a database (%n byte(s))</source>
        <translation>
            <numerusform>el archivo es demasiado corto para ser una base de datos (%n byte)</numerusform>
            <numerusform>el archivo es demasiado corto para ser una base de datos (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not start like a database (its beginning was overwritten)</source>
        <translation>el archivo no empieza como una base de datos (su comienzo se sobrescribió)</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged (impossible page size)</source>
        <translation>la cabecera del archivo está dañada (tamaño de página imposible)</translation>
    </message>
    <message>
        <source>the file was cut short (its length is not a whole number of pages)</source>
        <translation>el archivo quedó cortado (su longitud no es un número entero de páginas)</translation>
    </message>
    <message numerus="yes">
        <source>the file was cut short ({there} of %n pages are there)</source>
        <translation>
            <numerusform>el archivo quedó cortado (hay {there} de %n página)</numerusform>
            <numerusform>el archivo quedó cortado (hay {there} de %n páginas)</numerusform>
        </translation>
    </message>
    <message>
        <source>cloud storage</source>
        <translation>almacenamiento en la nube</translation>
    </message>
    <message>
        <source>{path} is on a network share. SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk and hand in or export copies.</source>
        <translation>{path} está en una carpeta compartida de red. SQLite no puede mantener segura una base de datos allí; guárdala en el disco de este ordenador y entrega o exporta copias.</translation>
    </message>
    <message>
        <source>{path} is on a network drive. SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk and hand in or export copies.</source>
        <translation>{path} está en una unidad de red. SQLite no puede mantener segura una base de datos allí; guárdala en el disco de este ordenador y entrega o exporta copias.</translation>
    </message>
    <message>
        <source>{path} is inside a {service} folder. A sync program can copy or replace the database halfway through a change; keep it outside synced folders and hand in or export copies instead.</source>
        <translation>{path} está dentro de una carpeta de {service}. Un programa de sincronización puede copiar o reemplazar la base de datos en mitad de un cambio; guárdala fuera de las carpetas sincronizadas y entrega o exporta copias en su lugar.</translation>
    </message>
    <message>
        <source>{path} is on a network file system ({type} at {mount}). SQLite cannot keep a database safe there; keep it on this computer&apos;s own disk.</source>
        <translation>{path} está en un sistema de archivos de red ({type} en {mount}). SQLite no puede mantener segura una base de datos allí; guárdala en el disco de este ordenador.</translation>
    </message>
    <message>
        <source>cannot create the lock file {name} ({reason})</source>
        <translation>no se puede crear el archivo de bloqueo {name} ({reason})</translation>
    </message>
    <message>
        <source>The database {name} is already open in another Source Annotator window. Switch to that window, or close it and try again.</source>
        <translation>La base de datos {name} ya está abierta en otra ventana de Source Annotator. Cambia a esa ventana, o ciérrala e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The database {name} had damaged indexes ({problem}). They were rebuilt from your data and nothing was lost. A copy of the file as it was is at {copy}.</source>
        <translation>La base de datos {name} tenía índices dañados ({problem}). Se reconstruyeron a partir de tus datos y no se perdió nada. Hay una copia del archivo tal como estaba en {copy}.</translation>
    </message>
    <message>
        <source>The database {name} was being restored from a backup when the app was stopped; the restore has now been completed. The damaged copy is no longer there.</source>
        <translation>La base de datos {name} se estaba restaurando desde una copia de seguridad cuando la aplicación se detuvo; la restauración ya se ha completado. La copia dañada ya no existe.</translation>
    </message>
    <message>
        <source>The database {name} was being restored from a backup when the app was stopped; the restore has now been completed. The damaged copy is {copy}.</source>
        <translation>La base de datos {name} se estaba restaurando desde una copia de seguridad cuando la aplicación se detuvo; la restauración ya se ha completado. La copia dañada es {copy}.</translation>
    </message>
    <message>
        <source>The database {name} was damaged ({problem}). It was not changed: it was moved aside to {copy}.</source>
        <translation>La base de datos {name} estaba dañada ({problem}). No se modificó: se apartó en {copy}.</translation>
    </message>
    <message>
        <source>The newest good backup, from {time}, was restored. Work done after that backup is only in the damaged copy; keep it and ask for help if you need it.</source>
        <translation>Se restauró la copia de seguridad buena más reciente, del {time}. El trabajo hecho después de esa copia solo está en la copia dañada; consérvala y pide ayuda si la necesitas.</translation>
    </message>
    <message>
        <source>No usable backup was found, so a new, empty database was started.</source>
        <translation>No se encontró ninguna copia de seguridad utilizable, así que se empezó una base de datos nueva y vacía.</translation>
    </message>
    <message>
        <source>the database file is missing but its write-ahead log is there</source>
        <translation>falta el archivo de la base de datos, pero su registro de escritura anticipada está ahí</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>the check found: {problem}</source>
        <translation>la comprobación encontró: {problem}</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}); nothing was changed; start Source Annotator to set it aside and restore the newest good backup (from {time} UTC)</source>
        <translation>la base de datos está dañada ({problem}); no se cambió nada; abre Source Annotator para apartarla y restaurar la copia de seguridad buena más reciente (del {time} UTC)</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}); nothing was changed; start Source Annotator to set it aside</source>
        <translation>la base de datos está dañada ({problem}); no se cambió nada; abre Source Annotator para apartarla</translation>
    </message>
    <message>
        <source>the database is damaged ({problem}) and could not be moved aside ({reason}); it was left as it is</source>
        <translation>la base de datos está dañada ({problem}) y no se pudo apartar ({reason}); se dejó tal como está</translation>
    </message>
    <message>
        <source>A write-ahead log beside the database did not belong to it ({reason}); it was set aside as {name} and not used, so your database is exactly as it was when it was last closed.</source>
        <translation>Un registro de escritura anticipada junto a la base de datos no le pertenecía ({reason}); se apartó como {name} y no se usó, así que tu base de datos está exactamente como estaba al cerrarla por última vez.</translation>
    </message>
    <message>
        <source>its page size is {log}, the database&apos;s {database}</source>
        <translation>su tamaño de página es {log}, el de la base de datos {database}</translation>
    </message>
    <message>
        <source>replaying it would damage the database</source>
        <translation>aplicarlo dañaría la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>after it, %n of the database&apos;s people or exercises would be gone</source>
        <translation>
            <numerusform>después, %n de las personas o ejercicios de la base de datos desaparecería</numerusform>
            <numerusform>después, %n de las personas o ejercicios de la base de datos desaparecerían</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>su carpeta es de solo lectura</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>this package is revision {revision}, older than the revision {stored} you already have; nothing was changed</source>
        <translation>este paquete es la versión {revision}, anterior a la versión {stored} que ya está aquí; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <source>%1 panel</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags and legend</source>
        <translation>Etiquetas y leyenda</translation>
    </message>
    <message>
        <source>Tag the selection:</source>
        <translation>Etiquetar la selección:</translation>
    </message>
    <message>
        <source>%1 (key %2): %3 so far</source>
        <translation>%1 (tecla %2): %3 hasta ahora</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <translation>%1: %2 hasta ahora</translation>
    </message>
    <message>
        <source>Tag as %1</source>
        <translation>Etiquetar como %1</translation>
    </message>
    <message>
        <source>Key %1. %2 tagged so far. %3</source>
        <translation>Tecla %1. %2 etiquetados hasta ahora. %3</translation>
    </message>
</context>
<context>
    <name>TagSetEditor</name>
    <message>
        <source>Edit tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Add tag</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Tag set &amp;name:</source>
        <translation>&amp;Nombre del conjunto de etiquetas:</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Keys are saved in exports; shortcuts are the keys students press to tag a selection.</source>
        <translation>Haga doble clic en una celda para editarla. Las claves se guardan en las exportaciones; los atajos son las teclas que pulsan los estudiantes para etiquetar una selección.</translation>
    </message>
    <message>
        <source>Change the colour of %1</source>
        <translation>Cambiar el color de %1</translation>
    </message>
    <message>
        <source>Colour of %1: %2</source>
        <translation>Color de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n exercise(s) use this tag set: changes apply to all of them.</source>
        <translation>
            <numerusform>%n ejercicio usa este conjunto de etiquetas: los cambios se aplican a él.</numerusform>
            <numerusform>%n ejercicios usan este conjunto de etiquetas: los cambios se aplican a todos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>Cambiar nombre visible</translation>
    </message>
    <message>
        <source>Change key</source>
        <translation>Cambiar clave</translation>
    </message>
    <message>
        <source>Change shortcut</source>
        <translation>Cambiar atajo</translation>
    </message>
    <message>
        <source>Change definition</source>
        <translation>Cambiar definición</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>New tag %1</source>
        <translation>Nueva etiqueta %1</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Cambiar color</translation>
    </message>
    <message numerus="yes">
        <source>%1 is used by %n annotation(s) and is the only tag; add another tag to merge them into first</source>
        <translation>
            <numerusform>%1 la usa %n anotación y es la única etiqueta; añada antes otra etiqueta en la que fusionarla</numerusform>
            <numerusform>%1 la usan %n anotaciones y es la única etiqueta; añada antes otra etiqueta en la que fusionarlas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the tag %1? No annotation uses it.</source>
        <translation>¿Eliminar la etiqueta %1? Ninguna anotación la usa.</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
</context>
<context>
    <name>TagSetText</name>
    <message numerus="yes">
        <source>%n annotation(s) use the tag {label}; choose a tag to merge them into</source>
        <translation>
            <numerusform>%n anotación usa la etiqueta {label}; elija una etiqueta con la que fusionarla</numerusform>
            <numerusform>%n anotaciones usan la etiqueta {label}; elija una etiqueta con la que fusionarlas</numerusform>
        </translation>
    </message>
    <message>
        <source>a tag set needs a name</source>
        <translation>un conjunto de etiquetas necesita un nombre</translation>
    </message>
    <message>
        <source>a tag needs a label</source>
        <translation>una etiqueta necesita un nombre</translation>
    </message>
    <message>
        <source>a tag can only be merged into another tag of its set</source>
        <translation>una etiqueta solo se puede fusionar con otra etiqueta de su conjunto</translation>
    </message>
    <message>
        <source>no tag set with id {id}</source>
        <translation>no hay ningún conjunto de etiquetas con el id {id}</translation>
    </message>
    <message>
        <source>no tag with id {id}</source>
        <translation>no hay ninguna etiqueta con el id {id}</translation>
    </message>
    <message>
        <source>a tag key is 1 to 64 characters</source>
        <translation>una clave de etiqueta tiene de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>another tag in this set already has the key {key}</source>
        <translation>otra etiqueta de este conjunto ya tiene la clave {key}</translation>
    </message>
    <message>
        <source>{colour} is not a colour of the form #rrggbb</source>
        <translation>{colour} no es un color con la forma #rrggbb</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usos</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Change annotation</source>
        <translation>Cambiar anotación</translation>
    </message>
    <message>
        <source>Link passages</source>
        <translation>Vincular fragmentos</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Quitar vínculo</translation>
    </message>
    <message>
        <source>Change link</source>
        <translation>Cambiar vínculo</translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Responder pregunta</translation>
    </message>
    <message>
        <source>the change “%1”</source>
        <translation>el cambio «%1»</translation>
    </message>
</context>
<context>
    <name>UndoReveal</name>
    <message>
        <source> (in the {panel} panel)</source>
        <translation> (en el panel {panel})</translation>
    </message>
    <message>
        <source>Undone: {change}</source>
        <translation>Deshecho: {change}</translation>
    </message>
    <message>
        <source>Redone: {change}</source>
        <translation>Rehecho: {change}</translation>
    </message>
</context>
<context>
    <name>WhichPersonDialog</name>
    <message>
        <source>Which of These Are You?</source>
        <translation>¿Cuál de estas personas eres?</translation>
    </message>
    <message>
        <source>Which of these are you?</source>
        <translation>¿Cuál de estas personas eres?</translation>
    </message>
    <message>
        <source>This database holds the work of more than one person. Choose your name to continue your work, or choose “I am someone else” to start with your own name.</source>
        <translation>Esta base de datos contiene el trabajo de más de una persona. Elige tu nombre para seguir con tu trabajo, o «Soy otra persona» para empezar con tu propio nombre.</translation>
    </message>
    <message>
        <source>People in this database</source>
        <translation>Personas en esta base de datos</translation>
    </message>
    <message>
        <source>I am someone else…</source>
        <translation>Soy otra persona…</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
</context>
<context>
    <name>WriteFailure</name>
    <message>
        <source>Save a copy of the change</source>
        <translation>Guardar una copia del cambio</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>WriteFailureDialog</name>
    <message>
        <source>Your change was not saved</source>
        <translation>Tu cambio no se ha guardado</translation>
    </message>
    <message>
        <source>{change} could not be saved.</source>
        <translation>No se pudo guardar {change}.</translation>
    </message>
    <message>
        <source>The database file is damaged. Save a copy of the change to a file, then close and restart Source Annotator: the damaged file is set aside and the newest good backup restored.</source>
        <translation>El archivo de la base de datos está dañado. Guarda una copia del cambio en un archivo y después cierra y reinicia Source Annotator: el archivo dañado se aparta y se restaura la copia de seguridad buena más reciente.</translation>
    </message>
    <message>
        <source>Free some disk space or fix the folder, then try again; or save a copy of the change to a file so that it is not lost.</source>
        <translation>Libera espacio en disco o arregla la carpeta y vuelve a intentarlo; o guarda una copia del cambio en un archivo para que no se pierda.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Keep Unsaved</source>
        <translation>Dejar sin guardar</translation>
    </message>
</context>
<context>
    <name>ZipText</name>
    <message>
        <source>member {name} has a backslash in its path; refused</source>
        <translation>el elemento {name} tiene una barra invertida en su ruta; rechazado</translation>
    </message>
    <message>
        <source>member {name} has an absolute path; refused</source>
        <translation>el elemento {name} tiene una ruta absoluta; rechazado</translation>
    </message>
    <message>
        <source>member {name} has an unsafe path; refused</source>
        <translation>el elemento {name} tiene una ruta insegura; rechazado</translation>
    </message>
    <message>
        <source>member {name} has control characters in its name</source>
        <translation>el elemento {name} tiene caracteres de control en su nombre</translation>
    </message>
    <message>
        <source>member {name} has a damaged header</source>
        <translation>el elemento {name} tiene una cabecera dañada</translation>
    </message>
    <message>
        <source>member {name} overlaps another entry (a zip bomb?)</source>
        <translation>el elemento {name} se solapa con otra entrada (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>member {name} overlaps the zip directory</source>
        <translation>el elemento {name} se solapa con el directorio del zip</translation>
    </message>
    <message>
        <source>member {name} unpacks to more than allowed; refused</source>
        <translation>el elemento {name} ocupa al descomprimirse más de lo permitido; rechazado</translation>
    </message>
    <message>
        <source>member {name} does not match its header (forged or damaged)</source>
        <translation>el elemento {name} no coincide con su cabecera (falsificado o dañado)</translation>
    </message>
    <message>
        <source>member {name} is damaged ({reason})</source>
        <translation>el elemento {name} está dañado ({reason})</translation>
    </message>
    <message>
        <source>member {name} unpacks to {size} bytes but its header says {declared} (forged sizes); refused</source>
        <translation>el elemento {name} se descomprime en {size} bytes, pero su cabecera indica {declared} (tamaños falsificados); rechazado</translation>
    </message>
    <message>
        <source>the archive has {entries} entries (at most {allowed}); refused</source>
        <translation>el archivo comprimido tiene {entries} entradas (como máximo {allowed}); rechazado</translation>
    </message>
    <message>
        <source>the file is {size} bytes, more than allowed; refused</source>
        <translation>el archivo tiene {size} bytes, más de lo permitido; rechazado</translation>
    </message>
    <message>
        <source>the archive has 65535 or more entries; refused</source>
        <translation>el archivo comprimido tiene 65535 entradas o más; rechazado</translation>
    </message>
    <message>
        <source>member {name} appears twice; refused</source>
        <translation>el elemento {name} aparece dos veces; rechazado</translation>
    </message>
    <message>
        <source>member {name} is a symbolic link; refused</source>
        <translation>el elemento {name} es un enlace simbólico; rechazado</translation>
    </message>
    <message>
        <source>unexpected member {name}; refused</source>
        <translation>elemento inesperado {name}; rechazado</translation>
    </message>
    <message>
        <source>member {name} is encrypted; refused</source>
        <translation>el elemento {name} está cifrado; rechazado</translation>
    </message>
    <message>
        <source>member {name} would unpack to {size} bytes; refused</source>
        <translation>el elemento {name} se descomprimiría en {size} bytes; rechazado</translation>
    </message>
    <message>
        <source>member {name} is compressed {ratio} to 1 (a zip bomb?)</source>
        <translation>el elemento {name} está comprimido {ratio} a 1 (¿una bomba zip?)</translation>
    </message>
    <message>
        <source>the archive would unpack to more than allowed</source>
        <translation>el archivo comprimido ocuparía al descomprimirse más de lo permitido</translation>
    </message>
    <message>
        <source>member {name} is missing</source>
        <translation>falta el elemento {name}</translation>
    </message>
    <message>
        <source>not a zip file, or a damaged one</source>
        <translation>no es un archivo zip, o está dañado</translation>
    </message>
    <message>
        <source>the archive is too large</source>
        <translation>el archivo comprimido es demasiado grande</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
</context>
<context>
    <name>_CountWords</name>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n vínculo</numerusform>
            <numerusform>%n vínculos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n link(s) shown</source>
        <translation>
            <numerusform>%1 de %n vínculo mostrado</numerusform>
            <numerusform>%1 de %n vínculos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s) shown</source>
        <translation>
            <numerusform>%1 de %n anotación mostrada</numerusform>
            <numerusform>%1 de %n anotaciones mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n file(s): %1</source>
        <translation>
            <numerusform>%n archivo: %1</numerusform>
            <numerusform>%n archivos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most often, you tagged %1 where the key says %2 (%n time(s)).</source>
        <translation>
            <numerusform>Lo más frecuente: elegiste %1 donde el solucionario dice %2 (%n vez).</numerusform>
            <numerusform>Lo más frecuente: elegiste %1 donde el solucionario dice %2 (%n veces).</numerusform>
        </translation>
    </message>
</context>
</TS>
