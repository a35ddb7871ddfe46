<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie eine Sicherung wieder her (Datei ▸ Sicherung wiederherstellen…) oder nehmen Sie eine ältere Kopie; Lectern hat die Datei nicht verändert.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>Der Datenträger mit %1 ist voll. Schaffen Sie Platz und versuchen Sie es erneut; die Änderung wurde nicht gespeichert, das Projekt ist unverändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden (%2): der Datenträger ist vielleicht voll, entfernt oder defekt. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 kann nicht geändert werden: die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 ist belegt: ein anderes Programm hält die Datei (ein anderes Lectern, das Werkzeug sqlite3, ein Datenbank-Browser oder ein Sicherungsprogramm). Schließen Sie dieses Programm oder versuchen Sie es gleich noch einmal; nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>Eine Abfrage auf %1 hat ihr Zeitbudget von %2 Sekunden überschritten und wurde abgebrochen. Das Projekt wurde vielleicht so präpariert, dass Lectern hängen bleibt; nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>Ein Text oder eine Datei ist zu groß für %1. Nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>%1 kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>der Datenträger ist voll oder die Datei zu groß</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>%1 im ODT ist fehlerhaft geworden</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>das HTML ist %1 Ebenen tief verschachtelt (mehr als %2); so eine Seite kann kein Leser anzeigen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>ein Element des HTML hat %1 Attribute (mehr als %2); so eine Seite kann kein Leser anzeigen</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>das Lesen brauchte mehr als die %1 MB Speicher, die eine Datei belegen darf; die Datei wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>ist %1, keine Datei; wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>keine Artikeldatei (txt, html, md oder pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>Datei oder Ordner gibt es nicht</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>schon im Projekt als Artikel %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>nicht importiert: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>das PDF ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>das PDF ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>das Markdown konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>das Lesen dauerte länger als die %1 Sekunden, die eine Datei dauern darf; die Datei wurde nicht importiert</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>Aussagen neu finden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>%n Artikel importieren</numerusform><numerusform>%n Artikel importieren</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>%n Artikel löschen</numerusform><numerusform>%n Artikel löschen</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>Beziehung %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>Code %1 löschen</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>Code %1 in %2 zusammenführen</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>Artikel codieren</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>Artikelnotiz bearbeiten</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>„%1“ zum Projektwörterbuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern-Projekte (*.lectern)</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(gelöschter Artikel)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>stützt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>gleiche Aussage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>führt aus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>zitiert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>aktualisiert/berichtigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>Übersetzung von</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>Ganzer Artikel</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>Codes…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>Eine Notiz zum ganzen Artikel</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>Gewählte Annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>Notiz zu dieser Passage schreiben</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>Doppelklick auf eine Verknüpfung öffnet den Artikel an ihrem anderen Ende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>Das Codebuch hat noch keine Codes</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>Keine Artikelcodes</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>Text im Artikel markieren und Strg+E drücken, um ihn zu annotieren.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>Oben eine Annotation wählen.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>Noch keine Verknüpfungen: Passage markieren und Strg+K drücken</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>Nach Titel oder Text filtern</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>Alle Medien</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Alle Codes</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleView</name>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="+425" />
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Claim (%1), score %2</source>
        <translation>Aussage (%1), Wert %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimsPanel</name>
    <message>
        <location filename="../ui/panels/claimspanel.cpp" line="+35" />
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>Nicht verworfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>Dieser Artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>Ganzes Projekt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>In Lesereihenfolge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>Am ehesten prüfenswert</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>Die Wahrscheinlichkeit, prüfenswert zu sein, ab der der Leser einen Satz unterstreicht</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>In allen Artikeln neu finden</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>Hervorheben:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (%2 von %3 Sätzen)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>Aussagen neu finden</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>Die Aussagen aller %1 Artikel mit den aktuellen Lexika neu finden? Ihre Entscheidungen bleiben erhalten; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>Aussagen werden neu gefunden…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>Wird nach den gerade gelesenen Artikeln angehalten…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — im Leser %2 drücken, um die Markierung zu codieren</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>Untercode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>Neuer Untercode</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>Farbe des Codes</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>„%1“ mit allen Verwendungen zusammenführen in:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>Ein Code kann nicht in seinen eigenen Untercode zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>Den Code „%1“ und seine Untercodes löschen?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>Den Code „%1“ löschen? Er wird %n-mal verwendet; diese Verwendung geht mit.</numerusform><numerusform>Den Code „%1“ löschen? Er wird %n-mal verwendet; diese Verwendungen gehen mit.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Das lässt sich rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>%n Artikel vergleichen – Lectern</numerusform><numerusform>%n Artikel vergleichen – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>Quellenmatrix</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>Aus dem Vergleich bestätigt: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>Quellenmatrix exportieren</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>Als Verknüpfung bestätigen: gleiche Aussage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>Als Verknüpfung bestätigen: widerspricht</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>Bericht als HTML</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>Bericht als PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>Bericht als ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Bericht als Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>Daten als CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>Annotationen als W3C-JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA-Projekt (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>Das ganze Projekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>Der gelesene Artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>Artikel mit dem Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>Artikel aus dem Medium</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python, R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 mit Byte-Order-Mark (Excel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16 (LibreOffice)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>Quellenmatrix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>Codeverzeichnis</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>%n Artikel wird exportiert.</numerusform><numerusform>%n Artikel werden exportiert.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <location line="+46" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Importing %1 of %2: %3</source>
        <translation>Importiere %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>Importiere %1 von %2 (%3 Artikel pro Sekunde, noch %4): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: %n Artikel importiert</numerusform><numerusform>%1: %n Artikel importiert</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>%1 schon im Projekt, %2 neue Schlagwörter, %3 Anmerkungen, %4 Verknüpfungen. Dieser Import lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>%n Artikel importiert.</numerusform><numerusform>%n Artikel importiert.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>%n Duplikat übersprungen.</numerusform><numerusform>%n Duplikate übersprungen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>%n Datei anderen Typs übersprungen.</numerusform><numerusform>%n Dateien anderen Typs übersprungen.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n Datei konnte nicht importiert werden:</numerusform><numerusform>%n Dateien konnten nicht importiert werden:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>Verknüpfen mit…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>den ganzen Artikel „%1“</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>%1 verknüpfen mit:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>Eine Passage im Artikel markieren, um sie zu verknüpfen, oder nichts markieren, um den ganzen Artikel zu verknüpfen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>Neue Beziehung…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>Name der Beziehung:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>Eine Notiz zu dieser Verknüpfung</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>Beziehung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>Nur dieser Artikel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>Verknüpfungen filtern</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>Alle Beziehungen</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(gelöschter Artikel)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>Projekt in Gebrauch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 ist in einem anderen Lectern geöffnet. Hier schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>Einen Artikel in der Liste links wählen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>Ein Projekt öffnen (Strg+O) oder anlegen (Strg+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>Artikel vergleichen</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>Zwei oder mehr Artikel ankreuzen, die nebeneinander stehen sollen:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>Dieses Projekt hat noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>Das Projekt durch diese Sicherung ersetzen (der jetzige Stand wird vorher gesichert):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>„%1“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>Diese Verknüpfungen werden mit entfernt:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>Artikel löschen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Das lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>Zuerst eine Passage des Artikels markieren.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>Markierung annotieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>Markierung codieren mit</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>Das Codebuch hat noch keine Codes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>Markierung zum Text dieser Aussage machen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>Annotation entfernen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>Verknüpfen mit…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>Zuerst ein Projekt öffnen oder anlegen.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (schreibgeschützt) – Lectern</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>&amp;Projekt durchsuchen…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>&amp;Artikel filtern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>Artikel &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>Markierung &amp;annotieren</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>&amp;Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>Annotation &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>Markierung &amp;verknüpfen mit…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>Neuer &amp;Code…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>&amp;Lieblingscode zuweisen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>Lieblingscode %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>Nächste &amp;Annotation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>Vorherige A&amp;nnotation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>&amp;Leser</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>Artikel &amp;vergleichen…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>&amp;Über Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel aus vielen Medien und Sprachen lesen, annotieren und vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>Artikel und REFI-QDA-Projekte (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>Sprache dieser Notiz, für die Rechtschreibprüfung</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>Kein Wörterbuch für %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>„%1“ zum Projektwörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>Breite der Lesespalte:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>Datierte Sicherungen beim Öffnen:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1 kann nicht geändert werden: die Datei oder ihr Ordner ist schreibgeschützt. Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 wird von einem anderen Lectern über einen anderen Namen derselben Datei (einen Link) benutzt. Schließen Sie es zuerst dort.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 wird von einem anderen Lectern benutzt (Prozess %2 auf %3). Sie können es schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: der Datenträger, auf dem es liegt, ist voll. Schaffen Sie Platz und versuchen Sie es erneut; nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: die Sperrdatei %2 kann in %3 nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>%1 kann nicht aus %2 wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>Kopie kann nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>Code %1 anlegen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>Code in %1 umbenennen</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>Farbe des Codes ändern</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>Codes ändern</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>Code verschieben</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>Aussage annehmen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>Aussage verwerfen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>Aussage zurücksetzen</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>Aussage bearbeiten</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>Aussage annotieren</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>Artikel verknüpfen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>Notiz der Verknüpfung bearbeiten</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>Beziehung der Verknüpfung ändern</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>Annotation entfernen</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>Aussagen:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>Einen Artikel in der Liste links wählen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>Sprache unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n Annotation</numerusform><numerusform>%n Annotationen</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>Artikelcodes: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n Treffer</numerusform><numerusform>%n Treffer</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>Alle Artikel durchsuchen ("Wortgruppe", Präfix*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n Artikel gefunden</numerusform><numerusform>%n Artikel gefunden</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>Codes: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>Was jede Quelle sagt</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>Quellenmatrix</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>Codeverzeichnis</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>mit Code %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>von Hand ausgewählt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>Alle Artikel des Projekts</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n Medium</numerusform><numerusform>%n Medien</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n Annotation</numerusform><numerusform>%n Annotationen</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>Erstellt mit Lectern am %1</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>Aufruf: lectern new PROJEKT</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>Aufruf: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>importiert %1: %2 Artikel (%3 schon vorhanden), %4 Codes, %5 Annotationen, %6 Verknüpfungen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>importiert %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>%1 importiert, %2 Duplikate übersprungen, %3 andere Dateien übersprungen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>Aufruf: lectern list PROJEKT [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>Aufruf: lectern show PROJEKT ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1 hat keinen Artikel %2</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>Aufruf: lectern search PROJEKT ANFRAGE [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n Artikel gefunden</numerusform><numerusform>%n Artikel gefunden</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>Aufruf: lectern claims (PROJEKT [ID...] | DATEI...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score erwartet eine Zahl von 0 bis 1, nicht „%1“</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 ist in einem anderen Programm geöffnet; seine Aussagen können jetzt nicht neu gefunden werden</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>Aussagen werden neu gefunden: %1 von %2 Artikeln</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>Aussagen in %n Artikel neu gefunden.</numerusform><numerusform>Aussagen in %n Artikeln neu gefunden.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>Aufruf: lectern compare PROJEKT [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>Aufruf: lectern export PROJEKT --format html|pdf|odt|md|csv|json|qdpx --out PFAD [--article ID]... [--tag NAME]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>Unbekannte Kodierung %1: wählen Sie utf-8, utf-8-bom oder utf-16.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+19" />
        <source>usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>Ohne Befehl oder nur mit einem Projekt öffnet sich das Fenster.</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 ist anderswo geöffnet oder schreibgeschützt: nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>Aufruf: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>Kein Artikel %1 in %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>Das Zitat steht nicht in Artikel %1: nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START und END müssen Positionen im Text des Artikels sein (0 bis %1, START vor END).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>Der Code %1 kann nicht angelegt werden: nichts wurde verändert.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>Die Annotation wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>Annotation %1 in Artikel %2 bei %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>Aufruf: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 ist kein Artikel des Projekts, oder seine Positionen liegen außerhalb des Texts.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>Die Beziehung %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>neue Beziehung: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>Die Verknüpfung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>Verknüpfung %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>unbekannte Textkodierung „%1“</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>die Bytes sind kein gültiges %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>ungültiges UTF-8 nach einer UTF-8-Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>Binärdaten, kein Text</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>die Datei endet mitten in einem UTF-8-Zeichen (abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>ungültiges UTF-8 bei Byte %1</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner. Geben Sie eine Datei zum Schreiben an.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>%1 kann nicht geschrieben werden: es ist eine benannte Pipe, ein Socket oder ein Gerät, und ein Export schreibt nur reguläre Dateien (für die Standardausgabe --out - angeben).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>%1 kann nicht geschrieben werden: es ist das Projekt selbst (%2), das ein Export nie ersetzt. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: es liegt im Sicherungsordner des Projekts. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Unbekanntes Format %1: wählen Sie eines von %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>Der Export kann nicht in die Standardausgabe geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>kein Artikeltext gefunden (weniger als 8 Wörter)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>Quellenangabe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>Ursache und Wirkung</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>Arbeitsplätze</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>Beschäftigte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>Einsparungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Robots</source>
        <translation>Roboter</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agree</source>
        <translation>stimmen überein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>vereinbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>widersprechen sich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>eine Quelle</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>Datei gibt es nicht</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>ist %1, keine Datei; wurde nicht geöffnet</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>die Datei ist zu groß (%1; die Grenze ist %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>ein Link, der ins Leere führt; nicht verfolgt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>ein Link, der aus dem importierten Ordner hinausführt (nach %1); nicht verfolgt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1 wurde von einer neueren Lectern-Version geschrieben (Projektformat %2; diese Version liest bis %3). Öffnen Sie es mit einem neueren Lectern; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>%1 kann nicht verwendet werden: der Pfad ist %2 Bytes lang, ein Projektpfad darf höchstens %3 lang sein. Verschieben Sie das Projekt in einen Ordner mit kürzerem Pfad.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>%1 kann nicht angelegt werden: den Ordner gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 ist ein Ordner, kein Lectern-Projekt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 ist eine benannte Pipe, ein Socket oder ein Gerät, kein Lectern-Projekt; es wurde nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 ist eine leere Datei, kein Lectern-Projekt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 ist kein Lectern-Projekt (keine SQLite-Datenbank, oder ihr Kopf ist beschädigt).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 gibt es schon.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Lectern-Projekt.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 ist beschädigt: die Datei ist kürzer, als ihr Kopf angibt (%2 von %3 Bytes; von einem abgebrochenen Kopieren oder einem vollen Datenträger abgeschnitten?). Stellen Sie eine Sicherung wieder her (Datei ▸ Sicherung wiederherstellen…) oder nehmen Sie eine ältere Kopie; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 ist nicht so, wie Lectern es angelegt hat: %2. Es wurde vielleicht von einem anderen Programm verändert oder in schädlicher Absicht präpariert; Lectern öffnet es nicht, und die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 muss aktualisiert werden und kann nicht schreibgeschützt geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>Unbenannter Code</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>Eine Markierung in %1 ist leer oder liegt außerhalb des Texts (%2–%3): ausgelassen.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>Die Verknüpfung %1 verbindet etwas, das Lectern nicht importiert hat (einen Code oder ein Bild): ausgelassen.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>Die Datei nennt %n Codierer; Lectern übernimmt die Codierungen, aber noch nicht, wer sie vorgenommen hat: %1.</numerusform><numerusform>Die Datei nennt %n Codierer; Lectern übernimmt ihre Codierungen, aber noch nicht, wer sie vorgenommen hat: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>%n Aussage wird nicht übernommen: REFI-QDA kennt keine Aussagen.</numerusform><numerusform>%n Aussagen werden nicht übernommen: REFI-QDA kennt keine Aussagen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>Die Sprache von %n Notiz wird nicht übernommen: REFI-QDA-Notizen haben keine Sprache.</numerusform><numerusform>Die Sprache von %n Notizen wird nicht übernommen: REFI-QDA-Notizen haben keine Sprache.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>Gleichnamige Codes werden mit dem Namen ihres Obercodes geschrieben, da QualCoder eindeutige Namen braucht: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>Das REFI-QDA-Projekt ist fehlerhaft geworden (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde ist kein wohlgeformtes XML (Zeile %1: %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde ist kein REFI-QDA-Projekt (kein Project-Element)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>%n Quelle, die kein Text ist (Bilder, Audio, Video, PDF ohne Textdarstellung), wurde ausgelassen.</numerusform><numerusform>%n Quellen, die kein Text sind (Bilder, Audio, Video, PDF ohne Textdarstellung), wurden ausgelassen.</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>Der Text von %1 ist nicht in der Datei (%2): er wurde ausgelassen.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>das Archiv ist leer</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>das Archiv enthält keine project.qde: es ist kein REFI-QDA-Projekt</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>es enthält ein %1-Objekt namens „%2“, das Lectern nicht anlegt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>sein %1-Objekt „%2“ ist nicht so, wie Lectern es angelegt hat</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>sein %1-Objekt „%2“ fehlt</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>das geschriebene Archiv kann nicht wieder gelesen werden</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>kein ZIP-Archiv oder ein beschädigtes (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>das Archiv hat zu viele Einträge</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>das Archiv nennt eine Datei außerhalb seiner selbst: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 ist größer, als Lectern aus einem Archiv liest</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>%1 im Archiv ist beschädigt oder nicht so groß wie angegeben</translation>
    </message>
</context>
</TS>