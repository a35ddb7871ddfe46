<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 est endommagé (%2). Restaurez une sauvegarde (Fichier ▸ Restaurer une sauvegarde…) ou utilisez une copie antérieure ; Lectern ne l’a pas modifié.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>Le disque contenant %1 est plein. Libérez de la place et réessayez ; la modification n’a pas été enregistrée et le projet est resté tel quel.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>Impossible de lire ou d’écrire %1 (%2) : le disque est peut-être plein, retiré ou défaillant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 ne peut pas être modifié : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 est occupé : un autre programme le tient (un autre Lectern, l’outil sqlite3, un navigateur de bases de données ou un outil de sauvegarde). Fermez ce programme ou réessayez dans un instant ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>Une requête sur %1 a dépassé son budget de %2 secondes et a été arrêtée. Le projet a peut-être été conçu pour bloquer Lectern ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>Un texte ou un fichier est trop volumineux pour %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>Impossible de lire ou d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>le disque est plein ou le fichier est trop volumineux</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>le fichier %1 de l’ODT est sorti mal formé</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>le HTML est imbriqué sur %1 niveaux (plus de %2) ; ce n’est pas une page lisible</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>un élément du HTML a %1 attributs (plus de %2) ; ce n’est pas une page lisible</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>sa lecture a demandé plus que les %1 Mo de mémoire permis par fichier ; le fichier n’a pas été importé</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>est %1, pas un fichier ; il n’a pas été ouvert</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>pas un fichier d’article (txt, html, md ou pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>déjà dans le projet (article %1)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>non enregistré : %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>non importé : %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>le PDF est endommagé ou tronqué</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>le Markdown n’a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>sa lecture a pris plus que les %1 secondes permises par fichier ; le fichier n’a pas été importé</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>Rechercher à nouveau les affirmations</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>Importer %n article</numerusform><numerusform>Importer %n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>Supprimer %n article</numerusform><numerusform>Supprimer %n articles</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>Ajouter la relation %1</translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>Supprimer le code %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>Fusionner le code %1 dans %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>Coder l’article</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>Modifier la note de l’article</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire du projet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Projets Lectern (*.lectern)</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(article supprimé)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>appuie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>même affirmation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>développe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>cite</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>actualise/corrige</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>traduction de</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>Article entier</translation>
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
        <translation>Une note sur l’article entier</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>Annotation choisie</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>Écrire une note sur ce passage</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>Double-cliquez sur un lien pour ouvrir l’article à son autre bout</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>Le livre de codes n’a pas encore de codes</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>Aucun code d’article</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>Sélectionnez du texte dans l’article et appuyez sur Ctrl+E pour l’annoter.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>Choisissez une annotation ci-dessus.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>Aucun lien : sélectionnez un passage et appuyez sur Ctrl+K</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>Langue</translation>
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
        <translation>Filtrer par titre ou texte</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>Tous les médias</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>Tous les codes</translation>
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
        <translation>Affirmation (%1), score %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>modifiée</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>Non rejetées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>Cet article</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>Projet entier</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>Dans l’ordre de lecture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>Les plus susceptibles de mériter vérification</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>La probabilité minimale de mériter vérification pour que le lecteur souligne une phrase</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>Rechercher à nouveau</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>Rechercher à nouveau dans tous les articles</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>Mettre en évidence :</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (%2 phrases sur %3)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>Rechercher à nouveau les affirmations</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>Rechercher à nouveau les affirmations des %1 articles avec les lexiques actuels ? Vos décisions sont conservées ; cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>Nouvelle recherche des affirmations…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>Arrêt après les articles en cours de lecture…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — appuyez sur %2 dans le lecteur pour coder la sélection</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>Emplois</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>Sous-code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>Fusionner le code</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>Fusionner « %1 » et tous ses emplois dans :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>Un code ne peut pas être fusionné dans son propre sous-code.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>Supprimer le code « %1 » et ses sous-codes ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>Supprimer le code « %1 » ? Il est employé %n fois ; cet emploi disparaît avec lui.</numerusform><numerusform>Supprimer le code « %1 » ? Il est employé %n fois ; ces emplois disparaissent avec lui.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Vous pourrez l’annuler.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>Comparer %n article – Lectern</numerusform><numerusform>Comparer %n articles – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>Matrice des sources</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>Confirmé par la comparaison : %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>Exporter la matrice des sources</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>Confirmer comme lien : même affirmation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>Confirmer comme lien : contredit</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>Rapport en HTML</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>Rapport en PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>Rapport en ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Rapport en Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>Données en CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>Annotations en JSON W3C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>Projet REFI-QDA (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>Le projet entier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>L’article en cours de lecture</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>Les articles portant le code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>Les articles du média</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python, R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 avec indicateur d’ordre des octets (Excel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16 (LibreOffice)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>Matrice des sources</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>Index des codes</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>Articles :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>Parties :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>%n article sera exporté.</numerusform><numerusform>%n articles seront exportés.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <location line="+46" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Importing %1 of %2: %3</source>
        <translation>Importation %1 sur %2 : %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>Importation %1 sur %2 (%3 articles par seconde, encore %4) : %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1 : %n article importé</numerusform><numerusform>%1 : %n articles importés</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>%1 déjà dans le projet, %2 nouvelles étiquettes, %3 annotations, %4 liens. Cette importation ne peut pas être annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>%n article importé.</numerusform><numerusform>%n articles importés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>%n doublon ignoré.</numerusform><numerusform>%n doublons ignorés.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>%n fichier d’un autre type ignoré.</numerusform><numerusform>%n fichiers d’autres types ignorés.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n fichier n’a pas pu être importé :</numerusform><numerusform>%n fichiers n’ont pas pu être importés :</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>l’article entier « %1 »</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>Lier %1 à :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>Sélectionnez un passage de l’article pour le lier, ou rien pour lier l’article entier.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>Nouvelle relation…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>Nom de la relation :</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>Une note sur ce lien</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>Relation :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>Lier</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>Cet article seulement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>Filtrer les liens</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(article supprimé)</translation>
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
        <translation>Livre de codes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>Projet en cours d’utilisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 est ouvert dans un autre Lectern. L’ouvrir ici en lecture seule ?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>Choisissez un article dans la liste de gauche.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>Ouvrez un projet (Ctrl+O) ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>Comparer des articles</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>Cochez au moins deux articles à placer côte à côte :</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>Ce projet n’a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>Remplacer le projet par cette sauvegarde (son état actuel est d’abord sauvegardé) :</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>Mettre « %1 » à la corbeille ?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>Ces liens seront retirés avec lui :</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>Supprimer l’article</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>Sélectionnez d’abord un passage de l’article.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>Annoter la sélection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>Coder la sélection avec</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>Le livre de codes n’a pas encore de codes</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>Faire de la sélection le texte de cette affirmation</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>Retirer l’annotation</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (lecture seule) – Lectern</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>Fermer &amp;le projet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>Rechercher dans l’&amp;article…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>Rechercher dans le &amp;projet…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>&amp;Filtrer les articles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>&amp;Supprimer l’article…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>Préfér&amp;ences…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annoter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>&amp;Annoter la sélection</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>Modifier la &amp;note</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>&amp;Retirer l’annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>&amp;Lier la sélection à…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>Nouveau &amp;code…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>Appliquer un code &amp;favori</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>Code favori %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>&amp;Annotation suivante</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>A&amp;nnotation précédente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>&amp;Comparer des articles…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>À &amp;propos de Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>À propos de Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Lire, annoter et comparer des articles de presse de nombreux médias et langues.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>Articles et projets REFI-QDA (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>Langue de cette note, pour l’orthographe</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>Pas de dictionnaire pour %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>Ajouter « %1 » au dictionnaire du projet</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>Largeur de la colonne de lecture :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>Sauvegardes datées à l’ouverture :</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1 ne peut pas être modifié : le fichier ou son dossier est en lecture seule. Vous pouvez l’ouvrir en lecture seule.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 est utilisé par un autre Lectern sous un autre nom du même fichier (un lien). Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 est utilisé par un autre Lectern (processus %2 sur %3). Vous pouvez l’ouvrir en lecture seule.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>Impossible d’ouvrir %1 en écriture : le disque qui le contient est plein. Libérez de la place et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>Impossible d’ouvrir %1 en écriture : son fichier de verrou %2 ne peut pas être créé dans %3.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>Impossible de restaurer %1 depuis %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>Impossible d’enregistrer une copie sous %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>Créer le code %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>Renommer le code en %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>Changer la couleur du code</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>Changer les codes</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>Déplacer le code</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>Accepter l’affirmation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>Rejeter l’affirmation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>Réinitialiser l’affirmation</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>Modifier l’affirmation</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>Annoter l’affirmation</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>Lier des articles</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>Modifier la note du lien</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>Changer la relation du lien</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>Retirer l’annotation</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>Affirmations :</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>Choisissez un article dans la liste de gauche.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>langue inconnue</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>Codes de l’article : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>Rechercher dans tous les articles ("expression", préfixe*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n article trouvé</numerusform><numerusform>%n articles trouvés</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>Codes : %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>Selon</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>Ce que dit chaque source</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>Matrice des sources</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>Index des codes</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>codés %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>choisis par l’analyste</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>Tous les articles du projet</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n média</numerusform><numerusform>%n médias</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n annotation</numerusform><numerusform>%n annotations</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>Réalisé avec Lectern le %1</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>usage : lectern new PROJET</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>usage : lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>importé %1 : %2 articles (%3 déjà présents), %4 codes, %5 annotations, %6 liens</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>importé %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>ignoré %1 : %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>%1 importés, %2 doublons ignorés, %3 autres fichiers ignorés, %4 échecs</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>usage : lectern list PROJET [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>usage : lectern show PROJET ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1 n’a pas d’article %2</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>usage : lectern search PROJET REQUÊTE [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n article trouvé</numerusform><numerusform>%n articles trouvés</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>usage : lectern claims (PROJET [ID...] | FICHIER...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score attend un nombre entre 0 et 1, pas « %1 »</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 est ouvert dans un autre programme ; ses affirmations ne peuvent pas être recherchées à nouveau maintenant</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>Nouvelle recherche des affirmations : %1 sur %2 articles</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>Affirmations recherchées à nouveau dans %n article.</numerusform><numerusform>Affirmations recherchées à nouveau dans %n articles.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>usage : lectern compare PROJET [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>usage : lectern export PROJET --format html|pdf|odt|md|csv|json|qdpx --out CHEMIN [--article ID]... [--tag NOM]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>Encodage inconnu %1 : choisissez utf-8, utf-8-bom ou utf-16.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+19" />
        <source>usage:</source>
        <translation>usage :</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>Sans commande, ou avec un projet seul, la fenêtre s’ouvre.</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 est ouvert ailleurs ou en lecture seule : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>usage : lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>Pas d’article %1 dans %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>La citation n’est pas dans l’article %1 : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START et END doivent être des positions dans le texte de l’article (de 0 à %1, START avant END).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>Impossible de créer le code %1 : rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>L’annotation n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>annotation %1 dans l’article %2, positions %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>usage : lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 n’est pas un article du projet, ou ses positions sont hors du texte.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>Impossible de créer la relation %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>nouvelle relation : %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>Le lien n’a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>lien %1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>encodage de texte inconnu « %1 »</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>les octets ne sont pas du %1 valide</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>UTF-8 invalide après une marque d’ordre des octets UTF-8</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>données binaires, pas du texte</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>le fichier se termine au milieu d’un caractère UTF-8 (tronqué ?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 invalide à l’octet %1</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>Impossible d’écrire %1 : c’est un dossier. Indiquez un fichier à écrire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>Impossible d’écrire %1 : c’est un tube nommé, un socket ou un périphérique, et un export n’écrit que des fichiers ordinaires (utilisez --out - pour la sortie standard).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>Impossible d’écrire %1 : c’est le projet lui-même (%2), qu’un export ne remplace jamais. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>Impossible d’écrire %1 : il se trouve dans le dossier des sauvegardes du projet. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>Format inconnu %1 : choisissez parmi %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>Impossible d’écrire l’export sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>aucun texte d’article trouvé (moins de 8 mots)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>prévision</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>cause et effet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>comparaison</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>année civile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>Magasins</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>Chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>Économies</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>Coûts</translation>
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
        <translation>concordent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>compatibles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>se contredisent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>une seule source</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>détectée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>est un dossier</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>est %1, pas un fichier ; il n’a pas été ouvert</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>le fichier est trop volumineux (%1 ; la limite est %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>impossible de lire le dossier : %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>un lien qui ne mène nulle part ; non suivi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>un lien qui mène hors du dossier importé (vers %1) ; non suivi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Lectern (format de projet %2 ; cette version lit jusqu’au %3). Ouvrez-le avec un Lectern plus récent ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>Impossible d’utiliser %1 : son chemin fait %2 octets, et celui d’un projet ne peut dépasser %3. Déplacez le projet dans un dossier au chemin plus court.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>Impossible de créer %1 : le dossier n’existe pas.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 est un dossier, pas un projet Lectern.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 est un tube nommé, un socket ou un périphérique, pas un projet Lectern ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 est un fichier vide, pas un projet Lectern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 n’est pas un projet Lectern (ce n’est pas une base SQLite, ou son en-tête est endommagé).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 est une base SQLite, mais pas un projet Lectern.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 est endommagé : il est plus court que ne l’indique son en-tête (%2 octets sur %3 ; tronqué par une copie ratée ou un disque plein ?). Restaurez une sauvegarde (Fichier ▸ Restaurer une sauvegarde…) ou utilisez une copie antérieure ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 n’est pas tel que Lectern l’a créé : %2. Il a peut-être été modifié par un autre programme ou conçu pour nuire ; Lectern ne l’ouvre pas, et le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 doit être mis à jour et ne peut pas être ouvert en lecture seule.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>Code sans nom</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>Une sélection dans %1 est vide ou hors du texte (%2–%3) : omise.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>Le lien %1 relie un élément que Lectern n’a pas importé (un code ou une image) : omis.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>Impossible d’importer %1 : %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>le projet est ouvert en lecture seule</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>Le fichier nomme %n codeur ; Lectern conserve ses codages, mais pas encore qui les a faits : %1.</numerusform><numerusform>Le fichier nomme %n codeurs ; Lectern conserve leurs codages, mais pas encore qui les a faits : %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>%n affirmation n’est pas reprise : REFI-QDA ne connaît pas les affirmations.</numerusform><numerusform>%n affirmations ne sont pas reprises : REFI-QDA ne connaît pas les affirmations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>La langue de %n note n’est pas reprise : les notes REFI-QDA n’ont pas de langue.</numerusform><numerusform>La langue de %n notes n’est pas reprise : les notes REFI-QDA n’ont pas de langue.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>Les codes portant le même nom sont écrits avec celui de leur parent, car QualCoder exige des noms uniques : %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>Le projet REFI-QDA est sorti mal formé (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde n’est pas du XML bien formé (ligne %1 : %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde n’est pas un projet REFI-QDA (pas d’élément Project)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>%n source autre que du texte (images, audio, vidéo, PDF sans représentation textuelle) a été omise.</numerusform><numerusform>%n sources autres que du texte (images, audio, vidéo, PDF sans représentation textuelle) ont été omises.</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>Le texte de %1 n’est pas dans le fichier (%2) : il a été omis.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>l’archive est vide</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>l’archive ne contient pas de project.qde : ce n’est pas un projet REFI-QDA</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>il contient un objet %1 nommé « %2 » que Lectern ne crée pas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>son objet %1 « %2 » n’est pas tel que Lectern l’a créé</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>son objet %1 « %2 » est absent</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>impossible de relire l’archive écrite</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>pas une archive zip, ou une archive endommagée (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>l’archive contient trop d’entrées</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>l’archive désigne un fichier situé hors d’elle-même : %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 dépasse la taille que Lectern lit dans une archive</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>%1 est endommagé dans l’archive ou n’a pas la taille annoncée</translation>
    </message>
</context>
</TS>