<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>توقع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>سبب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>مقارنة</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 تالف (%2). استعد نسخة احتياطية (ملف ▸ استعادة نسخة احتياطية…) أو استخدم نسخة سابقة؛ لم يغيّره Lectern.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>القرص الذي يحوي %1 ممتلئ. وفّر بعض المساحة وحاول مجددًا؛ لم يُحفظ التغيير وبقي المشروع كما كان.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>تعذّرت قراءة %1 أو الكتابة فيه (%2): ربما القرص ممتلئ أو منزوع أو معطوب. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>لا يمكن تغيير %1: الملف أو مجلده للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 مشغول: يمسكه برنامج آخر (نسخة أخرى من Lectern، أو أداة sqlite3، أو متصفح قواعد بيانات، أو أداة نسخ احتياطي). أغلق ذلك البرنامج أو حاول مجددًا بعد لحظة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>تجاوز استعلام على %1 مهلته البالغة %2 ثانية فأُوقف. ربما صُنع المشروع ليعطّل Lectern؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>نص أو ملف أكبر مما يتسع له %1. لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>تعذّرت قراءة %1 أو الكتابة فيه: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>القرص ممتلئ أو الملف كبير جدًا</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>خرج %1 في ملف ODT تالفًا</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>تداخل HTML بعمق %1 مستوى (أكثر من %2)؛ ليست صفحة يمكن عرضها</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>لأحد عناصر HTML %1 سمة (أكثر من %2)؛ ليست صفحة يمكن عرضها</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>احتاجت قراءته إلى أكثر من %1 ميغابايت من الذاكرة، وهو الحد المسموح به للملف الواحد؛ لم يُستورد الملف</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>إنه %1، وليس ملفًا؛ لم يُفتح</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>ليس ملف مقالة (txt, html, md أو pdf)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>موجود في المشروع بالفعل بوصفه المقالة %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>ملف PDF تالف أو مبتور</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>ملف PDF محمي بكلمة مرور</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>تعذّرت قراءة Markdown</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>استغرقت قراءته أكثر من %1 ثانية، وهي المهلة المسموح بها للملف الواحد؛ لم يُستورد الملف</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>البحث عن الادعاءات من جديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>استيراد %n مقالات</numerusform><numerusform>استيراد مقالة واحدة</numerusform><numerusform>استيراد مقالتين</numerusform><numerusform>استيراد %n مقالات</numerusform><numerusform>استيراد %n مقالة</numerusform><numerusform>استيراد %n مقالة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>حذف %n مقالات</numerusform><numerusform>حذف مقالة واحدة</numerusform><numerusform>حذف مقالتين</numerusform><numerusform>حذف %n مقالات</numerusform><numerusform>حذف %n مقالة</numerusform><numerusform>حذف %n مقالة</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>إضافة العلاقة %1</translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>حذف الوسم %1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>دمج الوسم %1 في %2</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>وسم المقالة</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>تحرير ملاحظة المقالة</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>إضافة «%1» إلى قاموس المشروع</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>مشاريع Lectern (*.lectern)</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(مقالة محذوفة)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>يدعم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>يناقض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>الادعاء نفسه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>يفصّل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>يقتبس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>يحدّث/يصحّح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>المقالة كلها</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>الوسوم…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>ملاحظة على المقالة كلها</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>التعليق المحدد</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>اكتب ملاحظة على هذا المقطع</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>انقر مرتين على رابط لفتح المقالة في طرفه الآخر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>لا وسوم في دليل الترميز بعد</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>لا وسوم للمقالة</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>حدّد نصًا في المقالة واضغط Ctrl+E للتعليق عليه.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>اختر تعليقًا في الأعلى.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>لا روابط بعد: حدّد مقطعًا واضغط Ctrl+K</translation>
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
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>الوسيلة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>التصفية حسب العنوان أو النص</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n مقالات</numerusform><numerusform>مقالة واحدة</numerusform><numerusform>مقالتان</numerusform><numerusform>%n مقالات</numerusform><numerusform>%n مقالة</numerusform><numerusform>%n مقالة</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>كل الوسائل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>كل اللغات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleView</name>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="+425" />
        <source>Annotation</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Claim (%1), score %2</source>
        <translation>ادعاء (%1)، الدرجة %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>معدّل</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>الجملة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimsPanel</name>
    <message>
        <location filename="../ui/panels/claimspanel.cpp" line="+35" />
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>غير المرفوضة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>المقبولة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>المرفوضة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>هذه المقالة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>المشروع كله</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>بترتيب القراءة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>الأرجح استحقاقًا للتحقق</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>أدنى احتمال لاستحقاق التحقق يضع العارض عنده خطًا تحت الجملة</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>البحث من جديد</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>ابحث من جديد في كل المقالات</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>الإبراز:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (%2 من %3 جملة)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>البحث عن الادعاءات من جديد</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>البحث من جديد عن ادعاءات كل المقالات (%1) بالمعاجم الحالية؟ تبقى قراراتك كما هي؛ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>جارٍ البحث عن الادعاءات من جديد…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>جارٍ التوقف بعد المقالات التي تُقرأ الآن…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — اضغط %2 في العارض لوسم التحديد</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>الاستخدامات</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>وسم فرعي</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>وسم فرعي جديد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>لون الوسم</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>دمج «%1» وكل استخداماته في:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>لا يمكن دمج وسم في وسم فرعي تابع له.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>هل تحذف الوسم «%1» ووسومه الفرعية؟</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>هل تحذف الوسم «%1»؟ استُخدم %n مرات، وستُحذف هذه الاستخدامات معه.</numerusform><numerusform>هل تحذف الوسم «%1»؟ استُخدم مرة واحدة، وسيُحذف هذا الاستخدام معه.</numerusform><numerusform>هل تحذف الوسم «%1»؟ استُخدم مرتين، وسيُحذف الاستخدامان معه.</numerusform><numerusform>هل تحذف الوسم «%1»؟ استُخدم %n مرات، وستُحذف هذه الاستخدامات معه.</numerusform><numerusform>هل تحذف الوسم «%1»؟ استُخدم %n مرة، وستُحذف هذه الاستخدامات معه.</numerusform><numerusform>هل تحذف الوسم «%1»؟ استُخدم %n مرة، وستُحذف هذه الاستخدامات معه.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>يمكنك التراجع عن هذا.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>مقارنة %n مقالات – Lectern</numerusform><numerusform>مقارنة مقالة واحدة – Lectern</numerusform><numerusform>مقارنة مقالتين – Lectern</numerusform><numerusform>مقارنة %n مقالات – Lectern</numerusform><numerusform>مقارنة %n مقالة – Lectern</numerusform><numerusform>مقارنة %n مقالة – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>جنبًا إلى جنب</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>مصفوفة المصادر</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>مؤكَّد من المقارنة: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>تصدير بصيغة CSV…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>تصدير مصفوفة المصادر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>تأكيد كرابط: الادعاء نفسه</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>تأكيد كرابط: يناقض</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>تقرير بصيغة HTML</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>تقرير بصيغة PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>تقرير بصيغة ODT (LibreOffice، Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>تقرير بصيغة Markdown</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>بيانات بصيغة CSV</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>التعليقات بصيغة W3C JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>مشروع REFI-QDA (MAXQDA، NVivo، ATLAS.ti، QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>المشروع كله</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>المقالة المفتوحة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>المقالات الموسومة بـ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>مقالات الوسيلة</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python وR)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>UTF-8 مع علامة ترتيب البايتات (Excel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16 (LibreOffice)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>مصفوفة المصادر</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>فهرس الوسوم</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>المقالات:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>الأجزاء:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>الترميز:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>معاينة:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>ستُصدَّر %n مقالات.</numerusform><numerusform>ستُصدَّر مقالة واحدة.</numerusform><numerusform>ستُصدَّر مقالتان.</numerusform><numerusform>ستُصدَّر %n مقالات.</numerusform><numerusform>ستُصدَّر %n مقالة.</numerusform><numerusform>ستُصدَّر %n مقالة.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>كُتب %1.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <location line="+46" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Importing %1 of %2: %3</source>
        <translation>جارٍ استيراد %1 من %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>جارٍ استيراد %1 من %2 (%3 مقالة في الثانية، يتبقى %4): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: استيراد %n مقالات</numerusform><numerusform>%1: استيراد مقالة واحدة</numerusform><numerusform>%1: استيراد مقالتين</numerusform><numerusform>%1: استيراد %n مقالات</numerusform><numerusform>%1: استيراد %n مقالة</numerusform><numerusform>%1: استيراد %n مقالة</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>%1 موجودة في المشروع من قبل، %2 وسوم جديدة، %3 تعليقات، %4 روابط. لا يمكن التراجع عن هذا الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>استُوردت %n مقالات.</numerusform><numerusform>استُوردت مقالة واحدة.</numerusform><numerusform>استُوردت مقالتان.</numerusform><numerusform>استُوردت %n مقالات.</numerusform><numerusform>استُوردت %n مقالة.</numerusform><numerusform>استُوردت %n مقالة.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>تُخطّيت %n نسخ مكررة.</numerusform><numerusform>تُخطّيت نسخة مكررة واحدة.</numerusform><numerusform>تُخطّيت نسختان مكررتان.</numerusform><numerusform>تُخطّيت %n نسخ مكررة.</numerusform><numerusform>تُخطّيت %n نسخة مكررة.</numerusform><numerusform>تُخطّيت %n نسخة مكررة.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>تُخطّيت %n ملفات من أنواع أخرى.</numerusform><numerusform>تُخطّي ملف واحد من نوع آخر.</numerusform><numerusform>تُخطّي ملفان من نوع آخر.</numerusform><numerusform>تُخطّيت %n ملفات من أنواع أخرى.</numerusform><numerusform>تُخطّي %n ملفًا من أنواع أخرى.</numerusform><numerusform>تُخطّي %n ملفًا من أنواع أخرى.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>تعذّر استيراد %n ملفات:</numerusform><numerusform>تعذّر استيراد ملف واحد:</numerusform><numerusform>تعذّر استيراد ملفين:</numerusform><numerusform>تعذّر استيراد %n ملفات:</numerusform><numerusform>تعذّر استيراد %n ملفًا:</numerusform><numerusform>تعذّر استيراد %n ملفًا:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>ربط بـ…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>المقالة كلها «%1»</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>ربط %1 بـ:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>تصفية المقالات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>حدّد مقطعًا في المقالة لربطه، أو اترك التحديد لربط المقالة كلها.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>علاقة جديدة…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>علاقة جديدة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>اسم العلاقة:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>ملاحظة على هذا الرابط</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>العلاقة:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>ربط</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>هذه المقالة فقط</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>تصفية الروابط</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>العلاقة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>كل العلاقات</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(مقالة محذوفة)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>المقالات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>المشروع قيد الاستخدام</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 مفتوح في نسخة أخرى من Lectern. هل تفتحه هنا للقراءة فقط؟</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n مقالات</numerusform><numerusform>مقالة واحدة</numerusform><numerusform>مقالتان</numerusform><numerusform>%n مقالات</numerusform><numerusform>%n مقالة</numerusform><numerusform>%n مقالة</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>اختر مقالة من القائمة الجانبية.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>افتح مشروعًا (Ctrl+O) أو أنشئ واحدًا (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>مقارنة المقالات</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>اختر مقالتين أو أكثر لعرضها جنبًا إلى جنب:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>لا نسخ احتياطية لهذا المشروع بعد.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>استبدال المشروع بهذه النسخة الاحتياطية (تُحفظ حالته الحالية أولًا):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>هل تنقل «%1» إلى المهملات؟</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>ستُزال معها هذه الروابط:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>حذف المقالة</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>يمكنك التراجع عن هذا.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>حدّد أولًا مقطعًا من المقالة.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>التعليق على التحديد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>وسم التحديد بـ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>لا وسوم في دليل الترميز بعد</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>جعل التحديد نص هذا الادعاء</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>إزالة التعليق</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>ربط بـ…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>افتح مشروعًا أو أنشئه أولًا.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (للقراءة فقط) – Lectern</translation>
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
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;حديث</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>&amp;استيراد ملفات…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>حفظ &amp;نسخة باسم…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>است&amp;عادة نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>&amp;إغلاق المشروع</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>&amp;بحث في المقالة…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>بحث في ال&amp;مشروع…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>تصفية ال&amp;مقالات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>&amp;حذف المقالة…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>&amp;تعليق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>&amp;تعليق على التحديد</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>تحرير ال&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>&amp;إزالة التعليق</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>&amp;ربط التحديد بـ…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>&amp;وسم جديد…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>تطبيق وسم م&amp;فضل</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>الوسم المفضل %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>المقالة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>المقالة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>التعليق التا&amp;لي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>التعليق الساب&amp;ق</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>&amp;العارض</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>&amp;مقارنة المقالات…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>&amp;عن Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>عن Lectern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;اقرأ المقالات الإخبارية من وسائل ولغات كثيرة، وعلّق عليها، وقارن بينها.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>المقالات ومشاريع REFI-QDA (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;كل الملفات (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>لغة هذه الملاحظة، للتدقيق الإملائي</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>لا قاموس إملائي لـ %1</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>إضافة «%1» إلى قاموس المشروع</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>عرض عمود القراءة:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>النسخ الاحتياطية المؤرخة عند الفتح:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>لا يمكن تغيير %1: الملف أو مجلده للقراءة فقط. يمكنك فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 قيد الاستخدام في نسخة أخرى من Lectern عبر اسم آخر للملف نفسه (رابط). أغلقه هناك أولًا.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 قيد الاستخدام في نسخة أخرى من Lectern (العملية %2 على %3). يمكنك فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>تعذّر فتح %1 للكتابة: القرص الذي يحويه ممتلئ. وفّر بعض المساحة وحاول مجددًا؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>تعذّر فتح %1 للكتابة: لا يمكن إنشاء ملف القفل %2 في %3.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>تعذّر إنشاء %1.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>تعذّرت استعادة %1 من %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>تعذّر استبدال %1.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>تعذّر حفظ نسخة باسم %1: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>إنشاء الوسم %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>إعادة تسمية الوسم إلى %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>تغيير لون الوسم</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>تغيير الوسوم</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>نقل الوسم</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>قبول الادعاء</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>رفض الادعاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>إعادة تعيين الادعاء</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>تحرير الادعاء</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>التعليق على الادعاء</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>ربط المقالات</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>تحرير ملاحظة الرابط</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>تغيير علاقة الرابط</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>إزالة الرابط</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>إزالة التعليق</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>بحث في المقالة</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>الادعاءات:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>اختر مقالة من القائمة الجانبية.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>لغة غير معروفة</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n تعليقات</numerusform><numerusform>تعليق واحد</numerusform><numerusform>تعليقان</numerusform><numerusform>%n تعليقات</numerusform><numerusform>%n تعليقًا</numerusform><numerusform>%n تعليقًا</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>وسوم المقالة: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n نتائج</numerusform><numerusform>نتيجة واحدة</numerusform><numerusform>نتيجتان</numerusform><numerusform>%n نتائج</numerusform><numerusform>%n نتيجة</numerusform><numerusform>%n نتيجة</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>البحث في كل المقالات ("عبارة"، بادئة*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>وُجدت %n مقالات</numerusform><numerusform>وُجدت مقالة واحدة</numerusform><numerusform>وُجدت مقالتان</numerusform><numerusform>وُجدت %n مقالات</numerusform><numerusform>وُجدت %n مقالة</numerusform><numerusform>وُجدت %n مقالة</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>الوسوم: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>صاحب الادعاء</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>الروابط</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>ما يقوله كل مصدر</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>مصفوفة المصادر</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>فهرس الوسوم</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n مقالات</numerusform><numerusform>مقالة واحدة</numerusform><numerusform>مقالتان</numerusform><numerusform>%n مقالات</numerusform><numerusform>%n مقالة</numerusform><numerusform>%n مقالة</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>موسومة بـ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>اختارها المحلل</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>كل مقالات المشروع</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n وسائل</numerusform><numerusform>وسيلة واحدة</numerusform><numerusform>وسيلتان</numerusform><numerusform>%n وسائل</numerusform><numerusform>%n وسيلة</numerusform><numerusform>%n وسيلة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>%n تعليقات</numerusform><numerusform>تعليق واحد</numerusform><numerusform>تعليقان</numerusform><numerusform>%n تعليقات</numerusform><numerusform>%n تعليقًا</numerusform><numerusform>%n تعليقًا</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>أُعدّ باستخدام Lectern في %1</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>الاستخدام: lectern new PROJECT</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>أُنشئ %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>الاستخدام: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>استُورد %1: %2 مقالة (%3 منها موجودة من قبل)، و%4 وسم، و%5 تعليق، و%6 رابط</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>استُورد %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>تُخطّي %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>استُورد %1، وتُخطّي %2 مكرر، وتُخطّي %3 ملف آخر، وفشل %4</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>الاستخدام: lectern list PROJECT [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>الاستخدام: lectern show PROJECT ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>لا توجد في %1 المقالة %2</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>الاستخدام: lectern search PROJECT QUERY [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>وُجدت %n مقالات</numerusform><numerusform>وُجدت مقالة واحدة</numerusform><numerusform>وُجدت مقالتان</numerusform><numerusform>وُجدت %n مقالات</numerusform><numerusform>وُجدت %n مقالة</numerusform><numerusform>وُجدت %n مقالة</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>الاستخدام: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>يتطلب --min-score عددًا من 0 إلى 1، لا «%1»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 مفتوح في برنامج آخر؛ لا يمكن البحث عن ادعاءاته من جديد الآن</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>البحث عن الادعاءات من جديد: %1 من %2 مقالة</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>تم البحث عن الادعاءات من جديد في %n مقالات.</numerusform><numerusform>تم البحث عن الادعاءات من جديد في مقالة واحدة.</numerusform><numerusform>تم البحث عن الادعاءات من جديد في مقالتين.</numerusform><numerusform>تم البحث عن الادعاءات من جديد في %n مقالات.</numerusform><numerusform>تم البحث عن الادعاءات من جديد في %n مقالة.</numerusform><numerusform>تم البحث عن الادعاءات من جديد في %n مقالة.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>الاستخدام: lectern compare PROJECT [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>الاستخدام: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>ترميز غير معروف %1: اختر utf-8 أو utf-8-bom أو utf-16.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>usage:</source>
        <translation>الاستخدام:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>من دون أمر، أو مع مشروع فقط، تُفتح النافذة.</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 مفتوح في مكان آخر أو للقراءة فقط: لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>الاستخدام: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>لا توجد المقالة %1 في %2.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>الاقتباس غير موجود في المقالة %1: لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>يجب أن يكون START و END موضعين في نص المقالة (من 0 إلى %1، و START قبل END).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>تعذّر إنشاء الوسم %1: لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>لم يُحفظ التعليق.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>التعليق %1 في المقالة %2 عند %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>الاستخدام: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 ليس مقالة في المشروع، أو مواضعه خارج النص.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>تعذّر إنشاء العلاقة %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>علاقة جديدة: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>لم يُحفظ الرابط.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>الرابط %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>ترميز نص غير معروف «%1»</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>البايتات ليست %1 صالحًا</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>UTF-8 غير صالح بعد علامة ترتيب بايتات UTF-8</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>بيانات ثنائية وليست نصًا</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>ينتهي الملف في منتصف محرف UTF-8 (مبتور؟)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>UTF-8 غير صالح عند البايت %1</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>تعذّرت كتابة %1: إنه مجلد. حدّد ملفًا للكتابة.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>تعذّرت كتابة %1: إنه أنبوب مسمّى أو مقبس أو جهاز، والتصدير لا يكتب إلا ملفات عادية (استخدم --out - للإخراج القياسي).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>تعذّرت كتابة %1: إنه المشروع نفسه (%2)، ولا يستبدله التصدير أبدًا. اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>تعذّرت كتابة %1: إنه في مجلد النسخ الاحتياطية للمشروع. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>صيغة غير معروفة %1: اختر واحدة من %2.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>تعذّرت كتابة التصدير إلى الإخراج القياسي: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>لم يُعثر على نص مقالة (أقل من 8 كلمات)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>توقع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>سبب ونتيجة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>سنة تقويمية</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>سنوات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>أشهر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>أسابيع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>الوظائف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>المتاجر</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>الأرباح</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>الاستثمار</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>الوفورات</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Robots</source>
        <translation>الروبوتات</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agree</source>
        <translation>متفقة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>يمكن أن تصحّا معًا</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>متعارضة</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>مصدر واحد</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>مُكتشَف</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>معدّل</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>عنصر ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>إنه %1، وليس ملفًا؛ لم يُفتح</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>الملف كبير جدًا (%1؛ الحد %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>تعذّرت قراءة المجلد: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>رابط لا يؤدي إلى أي مكان؛ لم يُتبع</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>رابط يؤدي إلى خارج المجلد المستورد (إلى %1)؛ لم يُتبع</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>تعذّرت قراءته: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>كُتب %1 بإصدار أحدث من Lectern (صيغة المشروع %2؛ هذا الإصدار يقرأ حتى %3). افتحه بإصدار أحدث من Lectern؛ لم يتغير الملف.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>لا يمكن استخدام %1: طول مساره %2 بايت، وأقصى طول لمسار المشروع %3. انقل المشروع إلى مجلد بمسار أقصر.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>تعذّر إنشاء %1: المجلد غير موجود.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 مجلد، وليس مشروع Lectern.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 أنبوب مسمّى أو مقبس أو جهاز، وليس مشروع Lectern؛ لم يُفتح.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 ملف فارغ، وليس مشروع Lectern.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 ليس مشروع Lectern (ليس قاعدة بيانات SQLite، أو رأسه تالف).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 موجود بالفعل.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 قاعدة بيانات SQLite، لكنه ليس مشروع Lectern.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 تالف: إنه أقصر مما يذكر رأسه (%2 من %3 بايت؛ هل بُتر بسبب نسخ فاشل أو قرص ممتلئ؟). استعد نسخة احتياطية (ملف ▸ استعادة نسخة احتياطية…) أو استخدم نسخة سابقة؛ لم يتغير الملف.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 ليس كما أنشأه Lectern: %2. ربما غيّره برنامج آخر أو صُنع لإلحاق الضرر؛ لا يفتحه Lectern، ولم يتغير الملف.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 يحتاج إلى ترقية ولا يمكن فتحه للقراءة فقط.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>رمز بلا اسم</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>تحديد في %1 فارغ أو خارج النص (%2–%3): استُبعد.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>الرابط %1 يصل بشيء لم يستورده Lectern (رمز أو صورة): استُبعد.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>تعذّر استيراد %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>المشروع مفتوح للقراءة فقط</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>يذكر الملف %n مرمّزين؛ يحتفظ Lectern بترميزاتهم، لكنه لا يسجّل بعدُ من أجراها: %1.</numerusform><numerusform>يذكر الملف مرمّزًا واحدًا؛ يحتفظ Lectern بترميزاته، لكنه لا يسجّل بعدُ من أجراها: %1.</numerusform><numerusform>يذكر الملف مرمّزَين؛ يحتفظ Lectern بترميزاتهما، لكنه لا يسجّل بعدُ من أجراها: %1.</numerusform><numerusform>يذكر الملف %n مرمّزين؛ يحتفظ Lectern بترميزاتهم، لكنه لا يسجّل بعدُ من أجراها: %1.</numerusform><numerusform>يذكر الملف %n مرمّزًا؛ يحتفظ Lectern بترميزاتهم، لكنه لا يسجّل بعدُ من أجراها: %1.</numerusform><numerusform>يذكر الملف %n مرمّزًا؛ يحتفظ Lectern بترميزاتهم، لكنه لا يسجّل بعدُ من أجراها: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>لن تُنقل %n ادعاءات: لا يعرف REFI-QDA الادعاءات.</numerusform><numerusform>لن يُنقل ادعاء واحد: لا يعرف REFI-QDA الادعاءات.</numerusform><numerusform>لن يُنقل ادعاءان: لا يعرف REFI-QDA الادعاءات.</numerusform><numerusform>لن تُنقل %n ادعاءات: لا يعرف REFI-QDA الادعاءات.</numerusform><numerusform>لن يُنقل %n ادعاءً: لا يعرف REFI-QDA الادعاءات.</numerusform><numerusform>لن يُنقل %n ادعاءً: لا يعرف REFI-QDA الادعاءات.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>لن تُنقل لغة %n ملاحظات: ملاحظات REFI-QDA بلا لغة.</numerusform><numerusform>لن تُنقل لغة ملاحظة واحدة: ملاحظات REFI-QDA بلا لغة.</numerusform><numerusform>لن تُنقل لغة ملاحظتين: ملاحظات REFI-QDA بلا لغة.</numerusform><numerusform>لن تُنقل لغة %n ملاحظات: ملاحظات REFI-QDA بلا لغة.</numerusform><numerusform>لن تُنقل لغة %n ملاحظة: ملاحظات REFI-QDA بلا لغة.</numerusform><numerusform>لن تُنقل لغة %n ملاحظة: ملاحظات REFI-QDA بلا لغة.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>تُكتب الوسوم التي تحمل الاسم نفسه مقرونةً باسم الوسم الأصل، لأن QualCoder يتطلب أسماء فريدة: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>خرج مشروع REFI-QDA تالفًا (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde ليس XML سليم البنية (السطر %1: %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde ليس مشروع REFI-QDA (لا يوجد عنصر Project)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>استُبعدت %n مصادر غير نصية (صور، صوت، فيديو، PDF بلا تمثيل نصي).</numerusform><numerusform>استُبعد مصدر واحد غير نصي (صور، صوت، فيديو، PDF بلا تمثيل نصي).</numerusform><numerusform>استُبعد مصدران غير نصيين (صور، صوت، فيديو، PDF بلا تمثيل نصي).</numerusform><numerusform>استُبعدت %n مصادر غير نصية (صور، صوت، فيديو، PDF بلا تمثيل نصي).</numerusform><numerusform>استُبعد %n مصدرًا غير نصي (صور، صوت، فيديو، PDF بلا تمثيل نصي).</numerusform><numerusform>استُبعد %n مصدرًا غير نصي (صور، صوت، فيديو، PDF بلا تمثيل نصي).</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>نص %1 غير موجود في الملف (%2): استُبعد.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>الأرشيف فارغ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>لا يحوي الأرشيف project.qde: ليس مشروع REFI-QDA</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>يحوي كائنًا من نوع %1 باسم «%2» لا ينشئه Lectern</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>كائنه من نوع %1 «%2» ليس كما أنشأه Lectern</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>كائنه من نوع %1 «%2» مفقود</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>تعذّرت قراءة الأرشيف المكتوب من جديد</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>ليس أرشيف zip، أو أنه أرشيف تالف (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>في الأرشيف مدخلات كثيرة جدًا</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>يشير الأرشيف إلى ملف خارجه: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 أكبر مما يقرؤه Lectern من أرشيف</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>%1 في الأرشيف تالف أو حجمه لا يطابق ما يعلنه</translation>
    </message>
</context>
</TS>