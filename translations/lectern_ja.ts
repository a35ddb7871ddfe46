<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>比較</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1 は壊れています（%2）。バックアップを復元する（ファイル ▸ バックアップを復元…）か、以前のコピーを使ってください。Lectern はファイルを変更していません。</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>%1 のあるディスクがいっぱいです。空き容量を作ってからやり直してください。変更は保存されず、プロジェクトは元のままです。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>%1 を読み書きできません（%2）。ディスクがいっぱいか、取り外されたか、故障している可能性があります。何も変更していません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 は変更できません: ファイルまたはフォルダーが読み取り専用です。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1 は使用中です: 別のプログラムが使っています（別の Lectern、sqlite3 ツール、データベースブラウザー、またはバックアップツール）。そのプログラムを閉じるか、少し待ってからやり直してください。何も変更していません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>%1 へのクエリが制限時間の %2 秒を超えたため停止しました。プロジェクトが Lectern を止めるように細工されている可能性があります。何も変更していません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>テキストまたはファイルが %1 には大きすぎます。何も変更していません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>%1 を読み書きできません: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>書き出しを中止しました。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>ディスクがいっぱいか、ファイルが大きすぎます</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>ODT の %1 が不正な形式になりました</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>HTML の入れ子が %1 段あります（上限 %2 段）。表示できるページではありません</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>HTML の要素に属性が %1 個あります（上限 %2 個）。表示できるページではありません</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>読み込みに、1 ファイルが使えるメモリ %1 MB を超える量が必要でした。ファイルは取り込んでいません</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>%1 で、ファイルではありません。開いていません</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>記事ファイル（txt, html, md または pdf）ではありません</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>ファイルまたはフォルダーがありません</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>すでに記事 %1 としてプロジェクトにあります</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>保存されていません: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>取り込まれていません: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>PDF が壊れているか途中で切れています</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>PDF はパスワードで保護されています</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>Markdown を読み取れません</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>読み込みに、1 ファイルにかけられる %1 秒より長くかかりました。ファイルは取り込んでいません</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>主張を再検出</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>%n 件の記事を取り込む</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>%n 件の記事を削除</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>関係 %1 を追加</translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>タグ %1 を削除</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>タグ %1 を %2 に統合</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>記事にタグを付ける</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>記事のメモを編集</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>「%1」をプロジェクト辞書に追加</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern プロジェクト (*.lectern)</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>（削除された記事）</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>裏付ける</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>矛盾する</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>同じ主張</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>詳述する</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>引用する</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>更新・訂正する</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>翻訳</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>記事全体</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>記事全体についてのメモ</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>選択中の注釈</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>この箇所についてメモを書く</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>リンクをダブルクリックすると、その先の記事が開きます</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>コードブックにはまだタグがありません</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>記事のタグはありません</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>記事のテキストを選択し、Ctrl+E で注釈を付けます。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>上で注釈を選んでください。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>リンクはまだありません。箇所を選択して Ctrl+K を押してください</translation>
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
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>タイトルや本文で絞り込む</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>%n 件の記事</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>すべての媒体</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleView</name>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="+425" />
        <source>Annotation</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Claim (%1), score %2</source>
        <translation>主張（%1）、スコア %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>採用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>文</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>記事</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimsPanel</name>
    <message>
        <location filename="../ui/panels/claimspanel.cpp" line="+35" />
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>却下以外</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>採用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>この記事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>プロジェクト全体</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>出現順</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>確認する価値が高そうな順</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>ビューアーが下線を引く、確認する価値がある確率の下限</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>採用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>注釈を付ける</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>再検出</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>すべての記事で再検出</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>強調表示:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1（%3 文中 %2 文）</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>主張を再検出</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>現在の辞書で %1 件すべての記事の主張を再検出しますか？判断はそのまま残ります。元に戻すことはできません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>主張を再検出しています…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>読み込み中の記事の後で停止しています…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — ビューアーで %2 を押すと選択範囲にタグが付きます</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>使用数</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>サブタグ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>新しいサブタグ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>新しいタグ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>タグの色</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>タグの統合</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>「%1」とそのすべての使用を次に統合:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>タグを自身のサブタグに統合することはできません。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>タグ「%1」とそのサブタグを削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>タグ「%1」を削除しますか? %n 回使われており、それらの使用も削除されます。</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>タグの削除</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>この操作は元に戻せます。</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>%n 件の記事を比較 – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>並べて表示</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>出典マトリックス</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>比較から確認: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>出典マトリックスの書き出し</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>リンクとして確定: 同じ主張</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>リンクとして確定: 矛盾する</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>HTML レポート</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>PDF レポート</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>ODT レポート (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Markdown レポート</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>CSV データ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>W3C JSON 形式の注釈</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA プロジェクト (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>プロジェクト全体</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>表示中の記事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>タグの付いた記事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>媒体の記事</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8（Python、R）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>BOM 付き UTF-8（Excel）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16（LibreOffice）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>出典マトリックス</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>タグ索引</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>記事:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>含める項目:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>エンコーディング:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>プレビュー:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>%n 件の記事を書き出します。</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>取り込み中…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <location line="+46" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Importing %1 of %2: %3</source>
        <translation>%2 件中 %1 件目を取り込み中: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>%2 件中 %1 件目を取り込み中（毎秒 %3 件、残り %4）: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: %n 件の記事を取り込みました</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>既存 %1 件、新しいタグ %2 件、注釈 %3 件、リンク %4 件。この取り込みは元に戻せません。</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>%n 件の記事を取り込みました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>重複 %n 件をスキップしました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>他の種類のファイル %n 件をスキップしました。</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>取り込みを中止しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>%n 件のファイルを取り込めませんでした:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>リンク先…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>記事全体「%1」</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>%1 のリンク先:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>記事を絞り込む</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>リンクする箇所を記事で選択してください。選択しなければ記事全体にリンクします。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>新しい関係…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>新しい関係</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>関係の名前:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>このリンクについてのメモ</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>関係:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>リンク</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>この記事のみ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>リンクを絞り込む</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>リンク元</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>すべての関係</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>（削除された記事）</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>コードブック</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>変更は保存されませんでした</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>使用中のプロジェクト</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1 は別の Lectern で開かれています。ここでは読み取り専用で開きますか?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>%n 件の記事</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>左の一覧から記事を選んでください。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>プロジェクトを開く (Ctrl+O) か、新しく作成してください (Ctrl+N)。</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>記事の比較</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>並べて表示する記事を 2 件以上選んでください:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>このプロジェクトにはまだバックアップがありません。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>プロジェクトをこのバックアップで置き換えます（現在の状態を先にバックアップします）:</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>「%1」をごみ箱に移動しますか?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>次のリンクも一緒に削除されます:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>記事の削除</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>この操作は元に戻せます。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>先に記事の箇所を選択してください。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>選択範囲に注釈を付ける</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>選択範囲に付けるタグ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>コードブックにはまだタグがありません</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>選択範囲をこの主張のテキストにする</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>注釈を削除</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>リンク先…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>先にプロジェクトを開くか作成してください。</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1（読み取り専用）– Lectern</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>新規プロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>プロジェクトを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>ファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>フォルダーを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>コピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>バックアップを復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>記事内を検索(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>プロジェクトを検索(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>記事を絞り込む(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>記事を削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>選択範囲に注釈を付ける(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>メモを編集(&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>注釈を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>選択範囲をリンク(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>新しいタグ(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>お気に入りのタグを付ける(&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>お気に入りのタグ %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>次の記事(&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>前の記事(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>次の注釈(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>前の注釈(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>ビューアー(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>記事を比較(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>Lectern について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>Lectern について</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;多くの媒体と言語のニュース記事を読み、注釈を付け、比較します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>新規プロジェクト</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>フォルダーの取り込み</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>ファイルの取り込み</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>記事と REFI-QDA プロジェクト (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>コピーを保存</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>スペルチェックに使うこのメモの言語</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>%1 のスペル辞書がありません</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>「%1」をプロジェクト辞書に追加</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>表示言語:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>本文の幅:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>開くときに残す日付付きバックアップ:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1 は変更できません: ファイルまたはフォルダーが読み取り専用です。読み取り専用で開けます。</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1 は、同じファイルの別名（リンク）を通じて別の Lectern が使用中です。先にそちらで閉じてください。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1 は別の Lectern が使用中です（%3 のプロセス %2）。読み取り専用で開けます。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>%1 を書き込み用に開けません: 保存先のディスクがいっぱいです。空き容量を作ってからやり直してください。何も変更していません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>%1 を書き込み用に開けません: ロックファイル %2 を %3 に作成できません。</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>%2 から %1 を復元できません。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>%1 を置き換えられません。</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>コピーを %1 として保存できません: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>タグ %1 を作成</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>タグ名を %1 に変更</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>タグの色を変更</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>注釈を付ける</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>タグを変更</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>タグを移動</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>主張を採用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>主張を却下</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>主張を元に戻す</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>主張を編集</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>主張に注釈を付ける</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>記事をリンク</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>リンクのメモを編集</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>リンクの関係を変更</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>リンクを削除</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>注釈を削除</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>主張:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>左の一覧から記事を選んでください。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>言語不明</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>注釈 %n 件</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>記事のタグ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n 件一致</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>すべての記事を検索 ("語句", 前方一致*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n 件の記事が見つかりました</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>主張元</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>主張</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>各出典の記述</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>出典マトリックス</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>タグ索引</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>%n 件の記事</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>タグ %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>媒体 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>分析者が選択</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>プロジェクトのすべての記事</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>%n 媒体</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>注釈 %n 件</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>Lectern で作成（%1）</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>使い方: lectern new プロジェクト</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>使い方: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>取り込み %1: 記事 %2 件（うち既存 %3 件）、タグ %4 件、注釈 %5 件、リンク %6 件</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>取り込み %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>スキップ %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>取り込み %1 件、重複スキップ %2 件、その他のファイルのスキップ %3 件、失敗 %4 件</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>使い方: lectern list プロジェクト [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>使い方: lectern show プロジェクト ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1 に記事 %2 はありません</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>使い方: lectern search プロジェクト 検索語 [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>%n 件の記事が見つかりました</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>使い方: lectern claims (プロジェクト [ID...] | ファイル...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score には「%1」ではなく 0 から 1 までの数値を指定してください</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1 は別のプログラムで開かれています。今は主張を再検出できません</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>主張を再検出中: %2 件中 %1 件</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>%n 件の記事で主張を再検出しました。</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>使い方: lectern compare プロジェクト [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>使い方: lectern export プロジェクト --format html|pdf|odt|md|csv|json|qdpx --out パス [--article ID]... [--tag 名前]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>不明なエンコーディング %1: utf-8、utf-8-bom、utf-16 から選んでください。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <location line="+19" />
        <source>usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>コマンドなし、またはプロジェクトだけを指定するとウィンドウが開きます。</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1 は別の場所で開かれているか、読み取り専用です。何も変更していません。</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>使い方: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>%2 に記事 %1 はありません。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>記事 %1 に引用文がありません。何も変更していません。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START と END には記事本文内の位置を指定してください（0 から %1 まで、START は END より前）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>タグ %1 を作成できません。何も変更していません。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>注釈は保存されませんでした。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>注釈 %1（記事 %2、位置 %3–%4）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>使い方: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1 はプロジェクトの記事ではないか、位置が本文の範囲外です。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>関係 %1 を作成できません。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>新しい関係: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>リンクは保存されませんでした。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>リンク %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>不明な文字コード「%1」</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>バイト列が正しい %1 ではありません</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>UTF-8 のバイト順マークの後に不正な UTF-8 があります</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>テキストではなくバイナリデータです</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>ファイルが UTF-8 の文字の途中で終わっています（途中で切れていますか?）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>%1 バイト目に不正な UTF-8</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>%1 を書き込めません: フォルダーです。書き込むファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>%1 を書き込めません: 名前付きパイプ、ソケット、またはデバイスです。書き出しは通常のファイルにしか書き込みません（標準出力には --out - を使ってください）。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>%1 を書き込めません: プロジェクトそのもの（%2）です。書き出しでプロジェクトを置き換えることはありません。別のファイル名を選んでください。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>%1 を書き込めません: プロジェクトのバックアップフォルダー内にあります。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>不明な形式 %1: %2 のいずれかを選んでください。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>書き出しを標準出力に書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>記事の本文が見つかりません（8 語未満）</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>因果関係</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>暦年</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>年数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>月数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>週数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>日数</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>雇用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>従業員</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>売上高</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>利益</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>投資</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>節約額</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Robots</source>
        <translation>ロボット</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agree</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>両立可能</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>単一の出典</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>検出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>採用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>名前付きパイプ（FIFO）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>存在しない項目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>通常のファイルでない項目</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>%1 で、ファイルではありません。開いていません</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>ファイルが大きすぎます（%1、上限 %2）</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>フォルダーを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>どこにもつながっていないリンクです。たどっていません</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>取り込むフォルダーの外（%1）へのリンクです。たどっていません</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1 は新しいバージョンの Lectern で保存されています（プロジェクト形式 %2、このバージョンは %3 まで対応）。新しい Lectern で開いてください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>%1 は使えません: パスが %2 バイトあり、プロジェクトのパスは最大 %3 バイトです。パスの短いフォルダーにプロジェクトを移してください。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1 はありません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>%1 を作成できません: フォルダーがありません。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1 はフォルダーで、Lectern のプロジェクトではありません。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1 は名前付きパイプ、ソケット、またはデバイスで、Lectern のプロジェクトではありません。開いていません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1 は空のファイルで、Lectern のプロジェクトではありません。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1 は Lectern のプロジェクトではありません（SQLite データベースでないか、ヘッダーが壊れています）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1 はすでにあります。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1 は SQLite データベースですが、Lectern のプロジェクトではありません。</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1 は壊れています: ヘッダーの記載より短くなっています（%3 バイト中 %2 バイト。コピーの失敗やディスク不足で途切れた可能性があります）。バックアップを復元する（ファイル ▸ バックアップを復元…）か、以前のコピーを使ってください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1 は Lectern が作成したとおりの状態ではありません: %2。別のプログラムで変更されたか、害を与えるように作られた可能性があります。Lectern はこのファイルを開きません。ファイルは変更していません。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1 はアップグレードが必要なため、読み取り専用では開けません。</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>名前のないコード</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>%1 の選択範囲が空か、本文の範囲外です（%2–%3）。除外しました。</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>リンク %1 は Lectern が取り込まなかったもの（コードまたは画像）につながっています。除外しました。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>%1 を取り込めません: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>プロジェクトは読み取り専用で開かれています</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>ファイルには %n 人のコーダーが記載されています。Lectern はコーディングを保持しますが、誰が行ったかはまだ保持しません: %1。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>%n 件の主張は引き継がれません。REFI-QDA には主張がありません。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>%n 件のメモの言語は引き継がれません。REFI-QDA のメモには言語がありません。</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>同じ名前のタグは、QualCoder が一意の名前を必要とするため、親タグの名前を付けて書き出します: %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>REFI-QDA プロジェクトが不正な形式になりました（%1）</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde が整形式の XML ではありません（%1 行目: %2）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde は REFI-QDA プロジェクトではありません（Project 要素がありません）</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>テキスト以外の文書 %n 件（画像、音声、動画、テキスト表現のない PDF）を除外しました。</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>%1 のテキストがファイル内にありません（%2）。除外しました。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>アーカイブが空です</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>アーカイブに project.qde がありません。REFI-QDA プロジェクトではありません</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>Lectern が作成しない %1「%2」が含まれています</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>%1「%2」が Lectern の作成したとおりではありません</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>%1「%2」がありません</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>書き込んだアーカイブを読み戻せません</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>zip アーカイブではないか、壊れています（%1）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>アーカイブのエントリーが多すぎます</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>アーカイブが自身の外にあるファイルを指しています: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1 は Lectern がアーカイブから読み込めるサイズを超えています</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>アーカイブ内の %1 が壊れているか、宣言されたサイズと一致しません</translation>
    </message>
</context>
</TS>