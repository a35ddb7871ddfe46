<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>prediction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 cannot be changed: the file or its folder is read-only.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>A text or file is too large for %1. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>Cannot read or write %1: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>the disk is full or the file is too large</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>the ODT's %1 came out malformed</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>reading it needed more than the %1 MB of memory one file may use; the file was not imported</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>is %1, not a file; it was not opened</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>not an article file (txt, html, md or pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>already in the project as article %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>not saved: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>the PDF is damaged or truncated</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>the PDF is protected by a password</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>the Markdown could not be parsed</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>reading it took longer than the %1 seconds one file may take; the file was not imported</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>Import %n article</numerusform><numerusform>Import %n articles</numerusform></translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>Delete tag %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>Merge tag %1 into %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>Tag article</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>Edit article note</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Add "%1" to the project dictionary</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern projects (*.lectern)</translation>
    </message>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>Find claims again</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>Delete %n article</numerusform><numerusform>Delete %n articles</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>Add relation %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(deleted article)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>supports</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>contradicts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>same claim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>elaborates</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>cites/quotes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>updates/corrects</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>translation of</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>Whole article</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>A note on the whole article</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>Selected annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>Write a note on this passage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>Double-click a link to open the other article at its end</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>The codebook has no tags yet</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>No article tags</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>Select text in the article and press Ctrl+E to annotate it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>Choose an annotation above.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>No links yet: select a passage and press Ctrl+K</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>Outlet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>Filter by title or text</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>All outlets</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>All tags</translation>
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
        <translation>Claim (%1), score %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimsPanel</name>
    <message>
        <location filename="../ui/panels/claimspanel.cpp" line="+35" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>Not rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>This article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>Whole project</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>In reading order</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>Most likely worth checking</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>The least probability of being worth checking that the reader underlines</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>Find again</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>Find again in every article</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>Highlight:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (%2 of %3 sentences)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>Find claims again</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>Finding claims again…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>Stopping after the articles being read…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — press %2 in the viewer to tag the selection</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>Sub-tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>New sub-tag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>Tag colour</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>Merge tag</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>Merge "%1" and all its uses into:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>A tag cannot be merged into its own sub-tag.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>Delete the tag "%1" and its sub-tags?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>Delete the tag "%1"? It is used %n time; those uses go with it.</numerusform><numerusform>Delete the tag "%1"? It is used %n times; those uses go with it.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>Delete tag</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>Compare %n article – Lectern</numerusform><numerusform>Compare %n articles – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>Sources matrix</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>Confirmed from the comparison: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>Export the sources matrix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>Confirm as link: same claim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>Confirm as link: contradicts</translation>
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
        <translation>Report as HTML</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>Report as PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>Report as ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Report as Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>Data as CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>Annotations as W3C JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>The whole project</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>The article being read</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>Articles with the tag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>Articles from the outlet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python, R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 with byte order mark (Excel)</translation>
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
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>Sources matrix</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>Tag index</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>Parts:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>Preview:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>%n article will be exported.</numerusform><numerusform>%n articles will be exported.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Importing %1 of %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>Importing %1 of %2 (%3 articles a second, %4 left): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: %n article imported</numerusform><numerusform>%1: %n articles imported</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>%n article imported.</numerusform><numerusform>%n articles imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>%n duplicate skipped.</numerusform><numerusform>%n duplicates skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>%n file of other types skipped.</numerusform><numerusform>%n files of other types skipped.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>Link to…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>the whole article “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>Link %1 to:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>Filter articles</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>Select a passage in the article to link to it, or leave it to link the whole article.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>New relation…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>New relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>Name of the relation:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>A note on this link</translation>
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
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>This article only</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>Filter links</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>All relations</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(deleted article)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>Project in use</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 is open in another Lectern. Open it read-only here?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>Cannot open project</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>Cannot create project</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>Choose an article in the list on the left.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>Open a project (Ctrl+O) or create one (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>Compare articles</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>Tick two or more articles to put side by side:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>This project has no backups yet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>Replace the project by this backup (its present state is backed up first):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>Move “%1” to the trash?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>These links will be removed with it:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>Select a passage of the article first.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>Annotate selection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>Tag selection with</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>The codebook has no tags yet</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>Make the selection this claim's text</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>Remove annotation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>Link to…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>Open or create a project first.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (read-only) – Lectern</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Import Files…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restore Backup…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;Find in Article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>Search &amp;Project…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>Filter &amp;Articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>&amp;Delete Article…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferences…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>&amp;Annotate Selection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>Edit &amp;Note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>&amp;Remove Annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>&amp;Link Selection To…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>New &amp;Tag…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>Apply &amp;Favourite Tag</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>Favourite tag %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>&amp;Next Article</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>&amp;Previous Article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>Next &amp;Annotation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>Previous A&amp;nnotation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>&amp;Reader</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Compare Articles…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>&amp;About Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>About Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>Import Folder</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>Import Files</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>Save a Copy As</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>Language of this note, for spelling</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>No spelling dictionary for %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Add "%1" to the project dictionary</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>The system's language</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>Language of the interface:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>Reading column width:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>Dated backups kept on open:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>Cannot restore %1 from %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>Cannot replace %1.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>Cannot save a copy as %1: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>Create tag %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>Rename tag to %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>Change tag colour</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>Change tags</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>Move tag</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>Accept claim</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>Reject claim</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>Reset claim</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>Edit claim</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>Annotate claim</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>Link articles</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>Edit link note</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>Change link relation</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>Remove link</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>Remove annotation</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>Find in article</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>Choose an article in the list on the left.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>language unknown</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>Article tags: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>Search all articles ("phrase", prefix*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n article found</numerusform><numerusform>%n articles found</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>Claimed by</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>What each source says</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>Sources matrix</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>Tag index</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>tagged %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>chosen by the analyst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>Every article in the project</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n outlet</numerusform><numerusform>%n outlets</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>Made with Lectern on %1</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>usage: lectern new PROJECT</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>Created %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>usage: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>note: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>imported %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>skipped %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>usage: lectern list PROJECT [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>usage: lectern show PROJECT ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1 has no article %2</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>usage: lectern search PROJECT QUERY [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n article found</numerusform><numerusform>%n articles found</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score takes a number from 0 to 1, not “%1”</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 is open in another program; its claims cannot be found again now</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>Finding claims again: %1 of %2 articles</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>Claims found again in %n article.</numerusform><numerusform>Claims found again in %n articles.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>usage: lectern compare PROJECT [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>usage:</source>
        <translation>usage:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>With no command, or a project only, the window opens.</translation>
    </message>
    <message>
        <location line="-34" />
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 is open elsewhere or read-only: nothing was changed.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>No article %1 in %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>The quote is not in article %1: nothing was changed.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START and END must be offsets in the article's text (0 to %1, START before END).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>Cannot make the tag %1: nothing was changed.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>The annotation was not saved.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>annotation %1 in article %2 at %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 is not an article of the project, or its offsets are outside the text.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>Cannot make the relation %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>new relation: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>The link was not saved.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>link %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>unknown text encoding "%1"</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>the bytes are not valid %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>invalid UTF-8 after a UTF-8 byte order mark</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>binary data, not text</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>the file ends in the middle of a UTF-8 character (truncated?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>invalid UTF-8 at byte %1</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>Cannot write %1: it is a folder. Name a file to write.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>Cannot write %1: it is in the project's backup folder. Choose another folder.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Unknown format %1: choose one of %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>Cannot write the export to standard output: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>no article text found (fewer than 8 words)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>figure</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>quote</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>prediction</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>cause and effect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>comparison</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>per cent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>calendar year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>Costs</translation>
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
        <translation>agree</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>can both hold</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>one source</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>found</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>edited</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>is %1, not a file; it was not opened</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>the file is too large (%1; the limit is %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>the folder cannot be read: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>a link that leads nowhere; not followed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>a link that leads outside the imported folder (to %1); not followed</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>Cannot create %1: the folder does not exist.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 is a folder, not a Lectern project.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 is an empty file, not a Lectern project.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 is an SQLite database, but not a Lectern project.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 needs an upgrade and cannot be opened read-only.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>Unnamed code</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>A selection in %1 is empty or outside the text (%2–%3): left out.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>Link %1 joins something Lectern did not import (a code or a picture): left out.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>Cannot import %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>the project is open read-only</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>The file names %n coder; Lectern keeps their codings, not yet who made them: %1.</numerusform><numerusform>The file names %n coders; Lectern keeps their codings, not yet who made them: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>%n claim are not carried over: REFI-QDA has no claims.</numerusform><numerusform>%n claims are not carried over: REFI-QDA has no claims.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>The language of %n note is not carried over: REFI-QDA notes have no language.</numerusform><numerusform>The language of %n notes is not carried over: REFI-QDA notes have no language.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>the REFI-QDA project came out malformed (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde is not well-formed XML (line %1: %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde is not a REFI-QDA project (no Project element)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>%n source other than text (pictures, audio, video, PDF without a text representation) were left out.</numerusform><numerusform>%n sources other than text (pictures, audio, video, PDF without a text representation) were left out.</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>The text of %1 is not in the file (%2): it was left out.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>the archive is empty</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>the archive holds no project.qde: it is not a REFI-QDA project</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>it holds a %1 named "%2" that Lectern does not make</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>its %1 "%2" is not as Lectern made it</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>its %1 "%2" is missing</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>cannot read the archive back</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>not a zip archive, or a damaged one (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>the archive has too many entries</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>the archive names a file outside itself: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 is larger than Lectern reads from an archive</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>%1 in the archive is damaged or not the size it declares</translation>
    </message>
</context>
</TS>