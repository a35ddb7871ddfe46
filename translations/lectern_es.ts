<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>atribución</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>causa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 está dañado (%2). Restaure una copia de seguridad (Archivo ▸ Restaurar copia de seguridad…) o use una copia anterior; Lectern no lo ha modificado.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio y vuelva a intentarlo; el cambio no se guardó y el proyecto sigue como estaba.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>No se puede leer ni escribir %1 (%2): puede que el disco esté lleno, extraído o averiado. No se modificó nada.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 no se puede modificar: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 está ocupado: otro programa lo retiene (otro Lectern, la herramienta sqlite3, un navegador de bases de datos o una herramienta de copias de seguridad). Cierre ese programa o vuelva a intentarlo en un momento; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>Una consulta sobre %1 superó su tiempo máximo de %2 segundos y se detuvo. Puede que el proyecto se haya preparado para bloquear Lectern; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>Un texto o archivo es demasiado grande para %1. No se modificó nada.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>No se puede leer ni escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>el disco está lleno o el archivo es demasiado grande</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>el %1 del ODT salió mal formado</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>el HTML tiene %1 niveles de anidamiento (más de %2); no es una página que se pueda mostrar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>un elemento del HTML tiene %1 atributos (más de %2); no es una página que se pueda mostrar</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>leerlo requirió más de los %1 MB de memoria que puede usar un archivo; el archivo no se importó</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>es %1, no un archivo; no se abrió</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>no es un archivo de artículo (txt, html, md o pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>ya está en el proyecto como artículo %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>no guardado: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>no importado: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>el PDF está dañado o truncado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>el PDF está protegido con contraseña</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>no se pudo leer el Markdown</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>leerlo llevó más de los %1 segundos que puede tardar un archivo; el archivo no se importó</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>Buscar afirmaciones de nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>Importar %n artículo</numerusform><numerusform>Importar %n artículos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>Eliminar %n artículo</numerusform><numerusform>Eliminar %n artículos</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>Añadir la relación %1</translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>Eliminar el código %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>Fusionar el código %1 con %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>Codificar el artículo</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>Editar la nota del artículo</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Añadir «%1» al diccionario del proyecto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Proyectos de Lectern (*.lectern)</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(artículo eliminado)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>respalda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>contradice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>misma afirmación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>amplía</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>cita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>actualiza/corrige</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>traducción de</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>Artículo entero</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>Códigos…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>Una nota sobre el artículo entero</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>Anotación seleccionada</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>Escriba una nota sobre este pasaje</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>Haga doble clic en un vínculo para abrir el artículo del otro extremo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>El libro de códigos aún no tiene códigos</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>Sin códigos de artículo</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>Seleccione texto del artículo y pulse Ctrl+E para anotarlo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>Elija una anotación arriba.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>Aún no hay vínculos: seleccione un pasaje y pulse Ctrl+K</translation>
    </message>
</context>
<context>
    <name>lectern::Application</name>
    <message>
        <location filename="../ui/mainwindow/application.cpp" line="+19" />
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListModel</name>
    <message>
        <location filename="../ui/panels/articlelistmodel.cpp" line="+97" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>Filtrar por título o texto</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artículo</numerusform><numerusform>%n artículos</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>Todos los medios</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Todos los códigos</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleView</name>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="+425" />
        <source>Annotation</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Claim (%1), score %2</source>
        <translation>Afirmación (%1), puntuación %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimsPanel</name>
    <message>
        <location filename="../ui/panels/claimspanel.cpp" line="+35" />
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>No rechazadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>Este artículo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>Todo el proyecto</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>En orden de lectura</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>Con más probabilidad de merecer verificación</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>La probabilidad mínima de merecer verificación para que el lector subraye una oración</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>Buscar de nuevo en todos los artículos</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>Resaltar:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (%2 de %3 oraciones)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>Buscar afirmaciones de nuevo</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>¿Buscar de nuevo las afirmaciones de los %1 artículos con los léxicos actuales? Sus decisiones se conservan; no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>Buscando afirmaciones de nuevo…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>Deteniendo después de los artículos que se están leyendo…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — pulse %2 en el lector para codificar la selección</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>Subcódigo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>Nuevo subcódigo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>Color del código</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>Fusionar código</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>Fusionar «%1» y todos sus usos con:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>Un código no puede fusionarse con su propio subcódigo.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>¿Eliminar el código «%1» y sus subcódigos?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>¿Eliminar el código «%1»? Se usa %n vez; ese uso se elimina con él.</numerusform><numerusform>¿Eliminar el código «%1»? Se usa %n veces; esos usos se eliminan con él.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Puede deshacerlo.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>Comparar %n artículo – Lectern</numerusform><numerusform>Comparar %n artículos – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>Matriz de fuentes</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>Confirmado en la comparación: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>Exportar como CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>Exportar la matriz de fuentes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>Confirmar como vínculo: misma afirmación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>Confirmar como vínculo: contradice</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>Informe en HTML</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>Informe en PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>Informe en ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Informe en Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>Datos en CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>Anotaciones en JSON del W3C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>Proyecto REFI-QDA (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>Todo el proyecto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>El artículo abierto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>Los artículos con el código</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>Los artículos del medio</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python, R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 con marca de orden de bytes (Excel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16 (LibreOffice)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>Matriz de fuentes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>Índice de códigos</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>Artículos:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>Se exportará %n artículo.</numerusform><numerusform>Se exportarán %n artículos.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <location line="+46" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Importing %1 of %2: %3</source>
        <translation>Importando %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>Importando %1 de %2 (%3 artículos por segundo, quedan %4): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: %n artículo importado</numerusform><numerusform>%1: %n artículos importados</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>%1 ya estaban en el proyecto, %2 etiquetas nuevas, %3 anotaciones, %4 enlaces. Esta importación no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>%n artículo importado.</numerusform><numerusform>%n artículos importados.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>%n duplicado omitido.</numerusform><numerusform>%n duplicados omitidos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>%n archivo de otro tipo omitido.</numerusform><numerusform>%n archivos de otros tipos omitidos.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>No se pudo importar %n archivo:</numerusform><numerusform>No se pudieron importar %n archivos:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>Vincular con…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>el artículo entero «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>Vincular %1 con:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>Filtrar artículos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>Seleccione un pasaje del artículo para vincularlo, o nada para vincular el artículo entero.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>Nueva relación…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>Nueva relación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>Nombre de la relación:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>Una nota sobre este vínculo</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>Relación:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>Solo este artículo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>Filtrar vínculos</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>Todas las relaciones</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(artículo eliminado)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>No se guardó el cambio</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>Proyecto en uso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 está abierto en otro Lectern. ¿Abrirlo aquí en solo lectura?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artículo</numerusform><numerusform>%n artículos</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>Elija un artículo en la lista de la izquierda.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>Abra un proyecto (Ctrl+O) o cree uno (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>Comparar artículos</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>Marque dos o más artículos para ponerlos en paralelo:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>Este proyecto aún no tiene copias de seguridad.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>Sustituir el proyecto por esta copia (antes se guarda una copia de su estado actual):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>¿Mover «%1» a la papelera?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>Estos vínculos se quitarán con él:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>Eliminar artículo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Puede deshacerlo.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>Seleccione primero un pasaje del artículo.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>Anotar la selección</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>Codificar la selección con</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>El libro de códigos aún no tiene códigos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>Convertir la selección en el texto de esta afirmación</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>Quitar la anotación</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>Vincular con…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>Abra o cree primero un proyecto.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (solo lectura) – Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 – Lectern</source>
        <translation>%1 – Lectern</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+5" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una co&amp;pia como…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>Res&amp;taurar copia de seguridad…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>C&amp;errar proyecto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;Buscar en el artículo…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>Buscar en el &amp;proyecto…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>&amp;Filtrar artículos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>&amp;Eliminar artículo…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>&amp;Anotar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>&amp;Anotar la selección</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>Editar la &amp;nota</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>&amp;Quitar la anotación</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>&amp;Vincular la selección con…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>Nuevo &amp;código…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>Aplicar código &amp;favorito</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>Código favorito %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>Anotación s&amp;iguiente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>Anotación a&amp;nterior</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>&amp;Lector</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Comparar artículos…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>&amp;Acerca de Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>Acerca de Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Lea, anote y compare noticias de muchos medios e idiomas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>Artículos y proyectos REFI-QDA (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>Idioma de esta nota, para la ortografía</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>No hay diccionario ortográfico para %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Añadir «%1» al diccionario del proyecto</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>Ancho de la columna de lectura:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>Copias fechadas al abrir:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1 no se puede modificar: el archivo o su carpeta es de solo lectura. Puede abrirlo en solo lectura.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 lo está usando otro Lectern a través de otro nombre del mismo archivo (un enlace). Ciérrelo allí primero.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 lo está usando otro Lectern (proceso %2 en %3). Puede abrirlo en solo lectura.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>No se puede abrir %1 para escribir: el disco que lo contiene está lleno. Libere espacio y vuelva a intentarlo; no se modificó nada.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>No se puede abrir %1 para escribir: su archivo de bloqueo %2 no se puede crear en %3.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>No se puede restaurar %1 desde %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>No se puede sustituir %1.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>No se puede guardar una copia como %1: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>Crear el código %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>Renombrar el código como %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>Cambiar el color del código</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>Cambiar los códigos</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>Mover el código</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>Aceptar la afirmación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>Rechazar la afirmación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>Restablecer la afirmación</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>Editar la afirmación</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>Anotar la afirmación</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>Vincular artículos</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>Editar la nota del vínculo</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>Cambiar la relación del vínculo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>Quitar el vínculo</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>Quitar la anotación</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>Afirmaciones:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>Elija un artículo en la lista de la izquierda.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>idioma desconocido</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n anotación</numerusform><numerusform>%n anotaciones</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>Códigos del artículo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n coincidencia</numerusform><numerusform>%n coincidencias</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>Buscar en todos los artículos ("frase", prefijo*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n artículo encontrado</numerusform><numerusform>%n artículos encontrados</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>Códigos: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>Según</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>Qué dice cada fuente</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>Matriz de fuentes</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>Índice de códigos</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artículo</numerusform><numerusform>%n artículos</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>con el código %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>elegidos por el analista</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>Todos los artículos del proyecto</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n medio</numerusform><numerusform>%n medios</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n anotación</numerusform><numerusform>%n anotaciones</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>Hecho con Lectern el %1</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>uso: lectern new PROYECTO</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>Creado %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>uso: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>importado %1: %2 artículos (%3 ya estaban), %4 códigos, %5 anotaciones, %6 vínculos</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>importado %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>omitido %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>%1 importados, %2 duplicados omitidos, %3 otros archivos omitidos, %4 fallidos</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>uso: lectern list PROYECTO [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>uso: lectern show PROYECTO ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1 no tiene el artículo %2</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>uso: lectern search PROYECTO CONSULTA [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n artículo encontrado</numerusform><numerusform>%n artículos encontrados</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>uso: lectern claims (PROYECTO [ID...] | ARCHIVO...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score requiere un número entre 0 y 1, no «%1»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 está abierto en otro programa; sus afirmaciones no se pueden buscar de nuevo ahora</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>Buscando afirmaciones de nuevo: %1 de %2 artículos</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>Afirmaciones buscadas de nuevo en %n artículo.</numerusform><numerusform>Afirmaciones buscadas de nuevo en %n artículos.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>uso: lectern compare PROYECTO [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>uso: lectern export PROYECTO --format html|pdf|odt|md|csv|json|qdpx --out RUTA [--article ID]... [--tag NOMBRE]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>Codificación desconocida %1: elija utf-8, utf-8-bom o utf-16.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>usage:</source>
        <translation>uso:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>Sin orden, o solo con un proyecto, se abre la ventana.</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 está abierto en otro lugar o es de solo lectura: no se modificó nada.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>uso: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>No hay ningún artículo %1 en %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>La cita no está en el artículo %1: no se modificó nada.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START y END deben ser posiciones en el texto del artículo (de 0 a %1, START antes que END).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>No se puede crear el código %1: no se modificó nada.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>No se guardó la anotación.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>anotación %1 en el artículo %2, posiciones %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>uso: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 no es un artículo del proyecto, o sus posiciones quedan fuera del texto.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>No se puede crear la relación %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>nueva relación: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>No se guardó el vínculo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>vínculo %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>codificación de texto desconocida «%1»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>los bytes no son %1 válido</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>UTF-8 no válido tras una marca de orden de bytes UTF-8</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>datos binarios, no texto</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>el archivo termina en medio de un carácter UTF-8 (¿truncado?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 no válido en el byte %1</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>No se puede escribir %1: es una carpeta. Indique un archivo que escribir.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>No se puede escribir %1: es una tubería con nombre, un socket o un dispositivo, y una exportación solo escribe archivos normales (use --out - para la salida estándar).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>No se puede escribir %1: es el propio proyecto (%2), que una exportación nunca sustituye. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>No se puede escribir %1: está en la carpeta de copias de seguridad del proyecto. Elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Formato desconocido %1: elija uno de %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>No se puede escribir la exportación en la salida estándar: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>no se encontró texto de artículo (menos de 8 palabras)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>atribución</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>predicción</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>causa y efecto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>año natural</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>Empleos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>Tiendas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>Ahorro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>Costes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Robots</source>
        <translation>Robots</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agree</source>
        <translation>coinciden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>compatibles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>se contradicen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>una sola fuente</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>detectada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>editada</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>inexistente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>algo distinto de un archivo normal</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>es %1, no un archivo; no se abrió</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>el archivo es demasiado grande (%1; el límite es %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>no se puede leer la carpeta: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>un enlace que no lleva a ninguna parte; no se siguió</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>un enlace que lleva fuera de la carpeta importada (a %1); no se siguió</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1 lo escribió una versión más reciente de Lectern (formato de proyecto %2; esta versión lee hasta el %3). Ábralo con un Lectern más reciente; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>No se puede usar %1: su ruta mide %2 bytes y la de un proyecto no puede pasar de %3. Mueva el proyecto a una carpeta con una ruta más corta.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>No se puede crear %1: la carpeta no existe.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 es una carpeta, no un proyecto de Lectern.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 es una tubería con nombre, un socket o un dispositivo, no un proyecto de Lectern; no se abrió.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 es un archivo vacío, no un proyecto de Lectern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 no es un proyecto de Lectern (no es una base de datos SQLite o su cabecera está dañada).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 es una base de datos SQLite, pero no un proyecto de Lectern.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 está dañado: es más corto de lo que indica su cabecera (%2 de %3 bytes; ¿truncado por una copia fallida o un disco lleno?). Restaure una copia de seguridad (Archivo ▸ Restaurar copia de seguridad…) o use una copia anterior; el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 no es tal como lo creó Lectern: %2. Puede que otro programa lo haya modificado o que se haya preparado para causar daño; Lectern no lo abre y el archivo no se modificó.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 necesita actualizarse y no puede abrirse en solo lectura.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>Código sin nombre</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>Una selección en %1 está vacía o fuera del texto (%2–%3): omitida.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>El vínculo %1 une algo que Lectern no importó (un código o una imagen): omitido.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>No se puede importar %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>el proyecto está abierto en solo lectura</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>El archivo nombra a %n codificador; Lectern conserva sus codificaciones, pero aún no quién las hizo: %1.</numerusform><numerusform>El archivo nombra a %n codificadores; Lectern conserva sus codificaciones, pero aún no quién las hizo: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>%n afirmación no se traslada: REFI-QDA no admite afirmaciones.</numerusform><numerusform>%n afirmaciones no se trasladan: REFI-QDA no admite afirmaciones.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>El idioma de %n nota no se traslada: las notas de REFI-QDA no tienen idioma.</numerusform><numerusform>El idioma de %n notas no se traslada: las notas de REFI-QDA no tienen idioma.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>Los códigos con el mismo nombre se escriben con el de su código padre, porque QualCoder exige nombres únicos: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>El proyecto REFI-QDA salió mal formado (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde no es XML bien formado (línea %1: %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde no es un proyecto REFI-QDA (no tiene elemento Project)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>Se omitió %n fuente que no es texto (imágenes, audio, vídeo, PDF sin representación de texto).</numerusform><numerusform>Se omitieron %n fuentes que no son texto (imágenes, audio, vídeo, PDF sin representación de texto).</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>El texto de %1 no está en el archivo (%2): se omitió.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>el archivo comprimido está vacío</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>el archivo comprimido no contiene project.qde: no es un proyecto REFI-QDA</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>contiene un objeto %1 llamado «%2» que Lectern no crea</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>su objeto %1 «%2» no es tal como lo creó Lectern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>falta su objeto %1 «%2»</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>no se puede volver a leer el archivo comprimido escrito</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>no es un archivo zip, o está dañado (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>el archivo comprimido tiene demasiadas entradas</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>el archivo comprimido nombra un archivo fuera de sí mismo: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 es más grande de lo que Lectern lee de un archivo comprimido</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>%1 está dañado dentro del archivo comprimido o no tiene el tamaño que declara</translation>
    </message>
</context>
</TS>