<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>tal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>kildeangivelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>forudsigelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>årsag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>sammenligning</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 er beskadiget (%2). Gendan en sikkerhedskopi (Filer ▸ Gendan sikkerhedskopi…), eller brug en tidligere kopi; Lectern har ikke ændret den.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>Disken med %1 er fuld. Frigør plads, og prøv igen; ændringen blev ikke gemt, og projektet er som før.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>Kan ikke læse eller skrive %1 (%2): disken er måske fuld, fjernet eller defekt. Intet blev ændret.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 kan ikke ændres: filen eller dens mappe er skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 er optaget: et andet program holder den (en anden Lectern, værktøjet sqlite3, en databasebrowser eller et værktøj til sikkerhedskopiering). Luk det program, eller prøv igen om et øjeblik; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>En forespørgsel på %1 overskred sin tidsgrænse på %2 sekunder og blev stoppet. Projektet kan være lavet til at få Lectern til at gå i stå; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>En tekst eller fil er for stor til %1. Intet blev ændret.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>Kan ikke læse eller skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>Eksporten blev annulleret.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>disken er fuld, eller filen er for stor</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>ODT-filens %1 blev ikke gyldig</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>HTML-koden er indlejret %1 niveauer dybt (mere end %2); det er ikke en side, der kan vises</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>et element i HTML-koden har %1 attributter (mere end %2); det er ikke en side, der kan vises</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>læsningen krævede mere end de %1 MB hukommelse, én fil må bruge; filen blev ikke importeret</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>er %1, ikke en fil; den blev ikke åbnet</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>ikke en artikelfil (txt, html, md eller pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>filen eller mappen findes ikke</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>findes allerede i projektet som artikel %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>ikke gemt: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>ikke importeret: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>PDF-filen er beskadiget eller afkortet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>PDF-filen er beskyttet med en adgangskode</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>Markdown-teksten kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>læsningen tog længere end de %1 sekunder, én fil må tage; filen blev ikke importeret</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>Importér %n artikel</numerusform><numerusform>Importér %n artikler</numerusform></translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>Slet mærket %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>Flet mærket %1 ind i %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>Mærk artikel</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>Redigér artikelnote</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Tilføj "%1" til projektets ordbog</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern-projekter (*.lectern)</translation>
    </message>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>Find påstande igen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>Slet %n artikel</numerusform><numerusform>Slet %n artikler</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>Tilføj relationen %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(slettet artikel)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>understøtter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>modsiger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>samme påstand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>uddyber</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>citerer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>opdaterer/retter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>oversættelse af</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>Hele artiklen</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>Mærker…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>En note om hele artiklen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>Valgt annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>Skriv en note om dette afsnit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>Annotationer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>Dobbeltklik på en kobling for at åbne den anden artikel ved dens ende</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>Kodebogen har endnu ingen mærker</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>Ingen artikelmærker</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>Markér tekst i artiklen, og tryk Ctrl+E for at annotere den.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>Vælg en annotation ovenfor.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>Ingen koblinger endnu: markér et afsnit, og tryk Ctrl+K</translation>
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
        <translation>Medie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>Filtrér efter titel eller tekst</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform><numerusform>%n artikler</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>Alle medier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Alle mærker</translation>
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
        <translation>Påstand (%1), score %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>redigeret</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>Sætning</translation>
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
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>Ikke afviste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>Godkendte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Afviste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>Denne artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>Hele projektet</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>I læserækkefølge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>Mest sandsynligt værd at tjekke</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>Den mindste sandsynlighed for at være værd at tjekke, som læseren understreger en sætning ved</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>Annotér</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>Find igen</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>Find igen i alle artikler</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>Fremhæv:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (%2 af %3 sætninger)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>Find påstande igen</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>Find påstandene i alle %1 artikler igen med de nuværende leksika? Dine beslutninger bevares; det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>Finder påstande igen…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>Stopper efter de artikler, der læses nu…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — tryk %2 i læseren for at mærke markeringen</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>Mærke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>Brug</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>Undermærke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>Nyt undermærke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>Nyt mærke</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>Mærkets farve</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>Flet mærke</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>Flet "%1" og al dets brug ind i:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>Et mærke kan ikke flettes ind i sit eget undermærke.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>Slet mærket "%1" og dets undermærker?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>Slet mærket "%1"? Det er brugt %n gang, og den brug forsvinder med det.</numerusform><numerusform>Slet mærket "%1"? Det er brugt %n gange, og den brug forsvinder med det.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>Slet mærke</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Du kan fortryde det.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>Sammenlign %n artikel – Lectern</numerusform><numerusform>Sammenlign %n artikler – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>Kildematrix</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>Bekræftet ud fra sammenligningen: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>Eksportér som CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>Eksportér kildematricen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>Bekræft som kobling: samme påstand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>Bekræft som kobling: modsiger</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>Rapport som HTML</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>Rapport som PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>Rapport som ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Rapport som Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>Data som CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>Annotationer som W3C-JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA-projekt (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>Hele projektet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>Artiklen, der læses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>Artikler med mærket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>Artikler fra mediet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python, R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 med byte order mark (Excel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16 (LibreOffice)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>Påstande</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>Kildematrix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>Mærkeindeks</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>Artikler:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>Dele:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>Tegnkodning:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>Forhåndsvisning:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>%n artikel eksporteres.</numerusform><numerusform>%n artikler eksporteres.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annullér</translation>
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
        <translation>Importerer %1 af %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>Importerer %1 af %2 (%3 artikler i sekundet, %4 tilbage): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: %n artikel importeret</numerusform><numerusform>%1: %n artikler importeret</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>%1 fandtes allerede i projektet, %2 nye mærker, %3 annoteringer, %4 links. Denne import kan ikke fortrydes.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>%n artikel importeret.</numerusform><numerusform>%n artikler importeret.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>%n dublet sprunget over.</numerusform><numerusform>%n dubletter sprunget over.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>%n fil af en anden type sprunget over.</numerusform><numerusform>%n filer af andre typer sprunget over.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>Importen blev annulleret.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n fil kunne ikke importeres:</numerusform><numerusform>%n filer kunne ikke importeres:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>Kobl til…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>hele artiklen “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>Kobl %1 til:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>Filtrér artikler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>Markér et afsnit i artiklen for at koble til det, eller lad være for at koble til hele artiklen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>Ny relation…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>Ny relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>Relationens navn:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>En note om denne kobling</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>Kobl</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>Kun denne artikel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>Filtrér koblinger</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>Alle relationer</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(slettet artikel)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>Artikler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>Kodebog</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Annotationer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>Påstande</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>Ændringen blev ikke gemt</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>Projektet er i brug</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 er åbent i en anden Lectern. Vil du åbne det skrivebeskyttet her?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>Kan ikke åbne projektet</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform><numerusform>%n artikler</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>Kan ikke oprette projektet</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>Vælg en artikel i listen til venstre.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>Åbn et projekt (Ctrl+O), eller opret et (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>Sammenlign artikler</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>Sæt flueben ved to eller flere artikler, der skal stå side om side:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>Projektet har endnu ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>Erstat projektet med denne sikkerhedskopi (den nuværende tilstand sikkerhedskopieres først):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>Flyt “%1” til papirkurven?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>Disse koblinger fjernes med den:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>Slet artikel</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Du kan fortryde det.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>Markér først et afsnit af artiklen.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>Annotér markeringen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>Mærk markeringen med</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>Kodebogen har endnu ingen mærker</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>Gør markeringen til påstandens tekst</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>Fjern annotation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>Redigér note</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>Kobl til…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>Åbn eller opret først et projekt.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (skrivebeskyttet) – Lectern</translation>
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
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nyt projekt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Åbn projekt…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Importér filer…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>Importér &amp;mappe…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>Gem en &amp;kopi som…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Gendan sikkerhedskopi…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>&amp;Luk projekt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigér</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;Find i artiklen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>Søg i &amp;projektet…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>Filtrér &amp;artikler</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>&amp;Slet artikel…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annotér</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>&amp;Annotér markeringen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>Redigér &amp;note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>&amp;Fjern annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>&amp;Kobl markeringen til…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>Nyt &amp;mærke…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>Brug &amp;favoritmærke</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>Favoritmærke %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>&amp;Næste artikel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>&amp;Forrige artikel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>Næste &amp;annotation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>Forrige a&amp;nnotation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>&amp;Læseren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Sammenlign artikler…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>&amp;Om Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>Om Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Læs, annotér og sammenlign nyhedsartikler fra mange medier og sprog.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>Åbn projekt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>Nyt projekt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>Importér mappe</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>Importér filer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>Artikler og REFI-QDA-projekter (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>Gem en kopi som</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>Notens sprog, til stavekontrol</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>Ingen stavekontrolordbog for %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>Ingen forslag</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Tilføj "%1" til projektets ordbog</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>Brugerfladens sprog:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>Læsekolonnens bredde:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>Daterede sikkerhedskopier ved åbning:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1 kan ikke ændres: filen eller dens mappe er skrivebeskyttet. Du kan åbne den skrivebeskyttet.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 er i brug af en anden Lectern via et andet navn for den samme fil (et link). Luk det der først.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 er i brug af en anden Lectern (proces %2 på %3). Du kan åbne det skrivebeskyttet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>Kan ikke åbne %1 til skrivning: disken, den ligger på, er fuld. Frigør plads, og prøv igen; intet blev ændret.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>Kan ikke åbne %1 til skrivning: dens låsefil %2 kan ikke oprettes i %3.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>Kan ikke oprette %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>Kan ikke gendanne %1 fra %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>Kan ikke erstatte %1.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>Kan ikke gemme en kopi som %1: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>Opret mærket %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>Omdøb mærket til %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>Skift mærkets farve</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>Annotér</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>Redigér note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>Skift mærker</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>Flyt mærke</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>Godkend påstand</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>Afvis påstand</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>Nulstil påstand</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>Redigér påstand</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>Annotér påstand</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>Kobl artikler</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>Redigér koblingsnote</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>Skift koblingens relation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>Fjern kobling</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>Fjern annotation</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>Find i artiklen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>Påstande:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>Vælg en artikel i listen til venstre.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>ukendt sprog</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotationer</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>Artikelmærker: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n fund</numerusform><numerusform>%n fund</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>Søg i alle artikler ("udtryk", præfiks*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n artikel fundet</numerusform><numerusform>%n artikler fundet</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>Mærker: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>Påstand</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>Fremsat af</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>Påstande</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>Koblinger</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>Hvad hver kilde siger</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>Kildematrix</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>Mærkeindeks</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n artikel</numerusform><numerusform>%n artikler</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>mærket %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>valgt af analytikeren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>Alle artikler i projektet</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n medie</numerusform><numerusform>%n medier</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotationer</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>Lavet med Lectern %1</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>brug: lectern new PROJEKT</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>Oprettede %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>brug: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>importerede %1: %2 artikler (%3 fandtes allerede), %4 mærker, %5 annotationer, %6 koblinger</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>bemærk: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>importerede %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>sprang over %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>%1 importeret, %2 dubletter sprunget over, %3 andre filer sprunget over, %4 fejlede</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>brug: lectern list PROJEKT [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>brug: lectern show PROJEKT ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1 har ingen artikel %2</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>brug: lectern search PROJEKT SØGNING [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n artikel fundet</numerusform><numerusform>%n artikler fundet</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>brug: lectern claims (PROJEKT [ID...] | FIL...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score kræver et tal fra 0 til 1, ikke “%1”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 er åben i et andet program; dens påstande kan ikke findes igen nu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>Finder påstande igen: %1 af %2 artikler</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>Påstande fundet igen i %n artikel.</numerusform><numerusform>Påstande fundet igen i %n artikler.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>brug: lectern compare PROJEKT [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>brug: lectern export PROJEKT --format html|pdf|odt|md|csv|json|qdpx --out STI [--article ID]... [--tag NAVN]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>Ukendt tegnkodning %1: vælg utf-8, utf-8-bom eller utf-16.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>usage:</source>
        <translation>brug:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>Uden en kommando, eller med kun et projekt, åbner vinduet.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 er åben et andet sted eller skrivebeskyttet: intet blev ændret.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>brug: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>Ingen artikel %1 i %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>Citatet findes ikke i artikel %1: intet blev ændret.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START og END skal være tegnpositioner i artiklens tekst (0 til %1, START før END).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>Kan ikke oprette mærket %1: intet blev ændret.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>Annotationen blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>annotation %1 i artikel %2 ved %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>brug: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 er ikke en artikel i projektet, eller dens positioner ligger uden for teksten.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>Kan ikke oprette relationen %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>ny relation: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>Koblingen blev ikke gemt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>kobling %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>ukendt tegnkodning "%1"</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>bytene er ikke gyldig %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>ugyldig UTF-8 efter et UTF-8-byterækkefølgemærke</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>binære data, ikke tekst</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>filen slutter midt i et UTF-8-tegn (afkortet?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>ugyldig UTF-8 ved byte %1</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>Kan ikke skrive %1: det er en mappe. Angiv en fil, der skal skrives.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>Kan ikke skrive %1: det er et navngivet rør, en socket eller en enhed, og en eksport skriver kun almindelige filer (brug --out - til standardoutput).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>Kan ikke skrive %1: det er selve projektet (%2), som en eksport aldrig erstatter. Vælg et andet filnavn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>Kan ikke skrive %1: den ligger i projektets mappe med sikkerhedskopier. Vælg en anden mappe.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Ukendt format %1: vælg et af %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>Kan ikke skrive eksporten til standardoutput: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>ingen artikeltekst fundet (færre end 8 ord)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>tal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>kildeangivelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>forudsigelse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>årsag og virkning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>sammenligning</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>procent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>kalenderår</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>år</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>måneder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>uger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>dage</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>Arbejdspladser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>Butikker</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Omsætning</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>Overskud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>Besparelser</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>Omkostninger</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Robots</source>
        <translation>Robotter</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agree</source>
        <translation>stemmer overens</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>kan begge passe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>i modstrid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>én kilde</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>fundet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>godkendt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>redigeret</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>et navngivet rør (FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>en socket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>en enhed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>en mappe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>forsvundet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>ikke en almindelig fil</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>kan ikke læse filen: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>er en mappe</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>er %1, ikke en fil; den blev ikke åbnet</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>filen er for stor (%1; grænsen er %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>mappen kan ikke læses: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>et link, der ikke fører nogen steder hen; ikke fulgt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>et link, der fører uden for den importerede mappe (til %1); ikke fulgt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>kan ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1 er skrevet af en nyere version af Lectern (projektformat %2; denne version læser op til %3). Åbn det med en nyere Lectern; filen er ikke ændret.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>Kan ikke bruge %1: stien er %2 byte lang, og et projekts sti må højst være %3. Flyt projektet til en mappe med en kortere sti.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>Kan ikke oprette %1: mappen findes ikke.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 er en mappe, ikke et Lectern-projekt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 er et navngivet rør, en socket eller en enhed, ikke et Lectern-projekt; den blev ikke åbnet.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 er en tom fil, ikke et Lectern-projekt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 er ikke et Lectern-projekt (det er ikke en SQLite-database, eller dens hoved er beskadiget).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 findes allerede.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 er en SQLite-database, men ikke et Lectern-projekt.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 er beskadiget: den er kortere, end dens hoved siger (%2 af %3 byte; afkortet af en mislykket kopiering eller en fuld disk?). Gendan en sikkerhedskopi (Filer ▸ Gendan sikkerhedskopi…), eller brug en tidligere kopi; filen blev ikke ændret.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 er ikke, som Lectern oprettede den: %2. Den kan være ændret af et andet program eller lavet for at gøre skade; Lectern åbner den ikke, og filen blev ikke ændret.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 skal opgraderes og kan ikke åbnes skrivebeskyttet.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>Unavngiven kode</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>En markering i %1 er tom eller ligger uden for teksten (%2–%3): udeladt.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>Koblingen %1 forbinder noget, som Lectern ikke importerede (en kode eller et billede): udeladt.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>Kan ikke importere %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>projektet er åbnet skrivebeskyttet</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>Filen nævner %n koder; Lectern beholder kodningerne, men endnu ikke, hvem der har lavet dem: %1.</numerusform><numerusform>Filen nævner %n kodere; Lectern beholder deres kodninger, men endnu ikke, hvem der har lavet dem: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>%n påstand kommer ikke med: REFI-QDA har ingen påstande.</numerusform><numerusform>%n påstande kommer ikke med: REFI-QDA har ingen påstande.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>Sproget for %n note kommer ikke med: REFI-QDA-noter har intet sprog.</numerusform><numerusform>Sproget for %n noter kommer ikke med: REFI-QDA-noter har intet sprog.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>Mærker med samme navn skrives med det overordnede mærkes navn, da QualCoder kræver entydige navne: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>REFI-QDA-projektet blev ikke gyldigt (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde er ikke velformet XML (linje %1: %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde er ikke et REFI-QDA-projekt (intet Project-element)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>%n kilde, der ikke er tekst (billeder, lyd, video, PDF uden tekstgengivelse), blev udeladt.</numerusform><numerusform>%n kilder, der ikke er tekst (billeder, lyd, video, PDF uden tekstgengivelse), blev udeladt.</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>Teksten til %1 findes ikke i filen (%2): den blev udeladt.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>arkivet er tomt</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>arkivet indeholder ingen project.qde: det er ikke et REFI-QDA-projekt</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>den indeholder et %1-objekt ved navn "%2", som Lectern ikke opretter</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>dens %1-objekt "%2" er ikke, som Lectern oprettede det</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>dens %1-objekt "%2" mangler</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>det skrevne arkiv kan ikke læses igen</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>ikke et zip-arkiv, eller et beskadiget (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>arkivet har for mange poster</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>arkivet angiver en fil uden for sig selv: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 er større end det, Lectern læser fra et arkiv</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>%1 i arkivet er beskadiget eller ikke så stor, som den angiver</translation>
    </message>
</context>
</TS>