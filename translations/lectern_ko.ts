<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ClaimKind</name>
    <message>
        <location filename="../ui/reader/claimstyle.cpp" line="+33" />
        <source>figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>출처 표시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>전망</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>비교</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/storage/database.cpp" line="+60" />
        <location filename="../app/storage/sqlitefile.cpp" line="+172" />
        <source>Cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>%1 is damaged (%2). Restore a backup (File ▸ Restore Backup…) or use a copy from before; Lectern has not changed it.</source>
        <translation>%1이(가) 손상되었습니다(%2). 백업을 복원하거나(파일 ▸ 백업 복원…) 이전 사본을 사용하세요. Lectern은 파일을 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location line="+15" />
        <location filename="../app/storage/sqlitefile.cpp" line="-2" />
        <source>The disk holding %1 is full. Free some space and try again; the change was not saved and the project is as it was.</source>
        <translation>%1이(가) 있는 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요. 변경 사항은 저장되지 않았고 프로젝트는 그대로입니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read or write %1 (%2): the disk may be full, removed or failing. Nothing was changed.</source>
        <translation>%1을(를) 읽거나 쓸 수 없습니다(%2). 디스크가 가득 찼거나, 분리되었거나, 고장났을 수 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1을(를) 바꿀 수 없습니다: 파일이나 폴더가 읽기 전용입니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is busy: another program holds it (another Lectern, the sqlite3 tool, a database browser or a backup tool). Close that program or try again in a moment; nothing was changed.</source>
        <translation>%1이(가) 사용 중입니다: 다른 프로그램이 이 파일을 잡고 있습니다(다른 Lectern, sqlite3 도구, 데이터베이스 브라우저 또는 백업 도구). 그 프로그램을 닫거나 잠시 후 다시 시도하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A query on %1 ran past its budget of %2 seconds and was stopped. The project may have been made to stall Lectern; nothing was changed.</source>
        <translation>%1에 대한 쿼리가 제한 시간 %2초를 넘어 중단되었습니다. 프로젝트가 Lectern을 멈추게 하도록 조작되었을 수 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A text or file is too large for %1. Nothing was changed.</source>
        <translation>%1에 넣기에는 텍스트나 파일이 너무 큽니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read or write %1: %2</source>
        <translation>%1을(를) 읽거나 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="+129" />
        <source>The export was cancelled.</source>
        <translation>내보내기를 취소했습니다.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the disk is full or the file is too large</source>
        <translation>디스크가 가득 찼거나 파일이 너무 큽니다</translation>
    </message>
    <message>
        <location line="-32" />
        <location line="+9" />
        <location line="+25" />
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/report/odtpackage.cpp" line="+246" />
        <source>the ODT's %1 came out malformed</source>
        <translation>ODT의 %1이(가) 잘못된 형식으로 만들어졌습니다</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../app/ingest/htmlformat.cpp" line="+286" />
        <source>the HTML is nested %1 levels deep (more than %2); it is not a page a reader can show</source>
        <translation>HTML이 %1단계로 중첩되어 있습니다(%2단계 초과). 표시할 수 있는 페이지가 아닙니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>an element of the HTML has %1 attributes (more than %2); it is not a page a reader can show</source>
        <translation>HTML의 한 요소에 속성이 %1개 있습니다(%2개 초과). 표시할 수 있는 페이지가 아닙니다</translation>
    </message>
    <message>
        <location line="+19" />
        <location filename="../app/ingest/parsebudget.cpp" line="+110" />
        <source>reading it needed more than the %1 MB of memory one file may use; the file was not imported</source>
        <translation>읽는 데 파일 하나에 허용되는 메모리 %1MB보다 많이 필요했습니다. 파일을 가져오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../app/ingest/importjob.cpp" line="+67" />
        <source>is %1, not a file; it was not opened</source>
        <translation>파일이 아니라 %1입니다. 열지 않았습니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>not an article file (txt, html, md or pdf)</source>
        <translation>기사 파일(txt, html, md 또는 pdf)이 아닙니다</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no such file or folder</source>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <location line="+77" />
        <source>already in the project as article %1</source>
        <translation>이미 프로젝트에 기사 %1(으)로 있습니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>not imported: %1</source>
        <translation>가져오지 않음: %1</translation>
    </message>
    <message>
        <location filename="../app/ingest/pdfformat.cpp" line="+105" />
        <source>the PDF is damaged or truncated</source>
        <translation>PDF가 손상되었거나 잘렸습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the PDF is protected by a password</source>
        <translation>PDF가 암호로 보호되어 있습니다</translation>
    </message>
    <message>
        <location filename="../app/ingest/textformats.cpp" line="+192" />
        <source>the Markdown could not be parsed</source>
        <translation>Markdown을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../app/ingest/parsebudget.cpp" line="+2" />
        <source>reading it took longer than the %1 seconds one file may take; the file was not imported</source>
        <translation>읽는 데 파일 하나에 허용되는 %1초보다 오래 걸렸습니다. 파일을 가져오지 않았습니다</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/project/commands/claimcommands.cpp" line="+41" />
        <source>Find claims again</source>
        <translation>주장 다시 찾기</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/commands.cpp" line="+61" />
        <source>Import %n article(s)</source>
        <translation><numerusform>기사 %n개 가져오기</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/project/commands/linkcommands.cpp" line="+28" />
        <source>Delete %n article(s)</source>
        <translation><numerusform>기사 %n개 삭제</numerusform></translation>
    </message>
    <message>
        <location line="+23" />
        <source>Add relation %1</source>
        <translation>관계 %1 추가</translation>
    </message>
    <message>
        <location filename="../app/project/commands/tagcommands.cpp" line="+24" />
        <source>Delete tag %1</source>
        <translation>태그 %1 삭제</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Merge tag %1 into %2</source>
        <translation>태그 %1을(를) %2에 병합</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Tag article</source>
        <translation>기사에 태그 달기</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Edit article note</source>
        <translation>기사 메모 편집</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Add "%1" to the project dictionary</source>
        <translation>"%1"을(를) 프로젝트 사전에 추가</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="+29" />
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern 프로젝트 (*.lectern)</translation>
    </message>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+42" />
        <source>(deleted article)</source>
        <translation>(삭제된 기사)</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-21" />
        <source>supports</source>
        <translation>뒷받침함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>contradicts</source>
        <translation>반박함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>same claim</source>
        <translation>같은 주장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>elaborates</source>
        <translation>부연함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cites/quotes</source>
        <translation>인용함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>updates/corrects</source>
        <translation>갱신/정정함</translation>
    </message>
    <message>
        <location line="+1" />
        <source>translation of</source>
        <translation>번역</translation>
    </message>
</context>
<context>
    <name>lectern::AnnotationPanel</name>
    <message>
        <location filename="../ui/panels/annotationpanel.cpp" line="+45" />
        <source>Whole article</source>
        <translation>기사 전체</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+26" />
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <location line="-23" />
        <source>A note on the whole article</source>
        <translation>기사 전체에 대한 메모</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Selected annotation</source>
        <translation>선택한 주석</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Write a note on this passage</source>
        <translation>이 구절에 대한 메모를 쓰세요</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Double-click a link to open the other article at its end</source>
        <translation>연결을 두 번 클릭하면 반대쪽 기사가 열립니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+58" />
        <source>The codebook has no tags yet</source>
        <translation>코드북에 아직 태그가 없습니다</translation>
    </message>
    <message>
        <location line="+40" />
        <source>No article tags</source>
        <translation>기사 태그 없음</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Select text in the article and press Ctrl+E to annotate it.</source>
        <translation>기사에서 텍스트를 선택하고 Ctrl+E를 눌러 주석을 다세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an annotation above.</source>
        <translation>위에서 주석을 선택하세요.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>No links yet: select a passage and press Ctrl+K</source>
        <translation>아직 연결이 없습니다: 구절을 선택하고 Ctrl+K를 누르세요</translation>
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
        <translation>제목</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outlet</source>
        <translation>매체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lang.</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleListPanel</name>
    <message>
        <location filename="../ui/panels/articlelistpanel.cpp" line="+27" />
        <source>Filter by title or text</source>
        <translation>제목이나 본문으로 거르기</translation>
    </message>
    <message numerus="yes">
        <location line="+45" />
        <source>%n article(s)</source>
        <translation><numerusform>기사 %n개</numerusform></translation>
    </message>
    <message>
        <location line="+26" />
        <source>All outlets</source>
        <translation>모든 매체</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All languages</source>
        <translation>모든 언어</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
</context>
<context>
    <name>lectern::ArticleView</name>
    <message>
        <location filename="../ui/reader/articleview.cpp" line="+425" />
        <source>Annotation</source>
        <translation>주석</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Claim (%1), score %2</source>
        <translation>주장(%1), 점수 %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimListModel</name>
    <message>
        <location filename="../ui/panels/claimlistmodel.cpp" line="+82" />
        <source>accepted</source>
        <translation>채택됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>편집됨</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Figures</source>
        <translation>수치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentence</source>
        <translation>문장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Article</source>
        <translation>기사</translation>
    </message>
</context>
<context>
    <name>lectern::ClaimsPanel</name>
    <message>
        <location filename="../ui/panels/claimspanel.cpp" line="+35" />
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not rejected</source>
        <translation>기각되지 않음</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Accepted</source>
        <translation>채택됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rejected</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This article</source>
        <translation>이 기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Whole project</source>
        <translation>프로젝트 전체</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In reading order</source>
        <translation>읽는 순서대로</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Most likely worth checking</source>
        <translation>확인할 가치가 있을 가능성이 높은 순</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The least probability of being worth checking that the reader underlines</source>
        <translation>확인할 가치가 있을 확률이 이 값 이상인 문장에 읽기 창이 밑줄을 긋습니다</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accept</source>
        <translation>채택</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject</source>
        <translation>기각</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotate</source>
        <translation>주석 달기</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Find again in every article</source>
        <translation>모든 기사에서 다시 찾기</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight:</source>
        <translation>강조:</translation>
    </message>
    <message>
        <location line="+56" />
        <source>%1 (%2 of %3 sentences)</source>
        <translation>%1 (문장 %3개 중 %2개)</translation>
    </message>
    <message>
        <location line="+76" />
        <location line="+7" />
        <source>Find claims again</source>
        <translation>주장 다시 찾기</translation>
    </message>
    <message>
        <location line="-6" />
        <source>Find the claims of all %1 articles again with the current lexicons? Your decisions are kept; this cannot be undone.</source>
        <translation>현재 어휘집으로 기사 %1개의 주장을 모두 다시 찾을까요? 결정한 내용은 유지되며 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Finding claims again…</source>
        <translation>주장을 다시 찾는 중…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Stopping after the articles being read…</source>
        <translation>지금 읽는 기사까지 마치고 멈추는 중…</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookModel</name>
    <message>
        <location filename="../ui/panels/codebookmodel.cpp" line="+132" />
        <source>%1 — press %2 in the viewer to tag the selection</source>
        <translation>%1 — 보기 창에서 %2을(를) 누르면 선택 영역에 태그가 붙습니다</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Uses</source>
        <translation>사용</translation>
    </message>
</context>
<context>
    <name>lectern::CodebookPanel</name>
    <message>
        <location filename="../ui/panels/codebookpanel.cpp" line="+44" />
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sub-tag</source>
        <translation>하위 태그</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+18" />
        <source>New sub-tag</source>
        <translation>새 하위 태그</translation>
    </message>
    <message>
        <location line="+0" />
        <source>New tag</source>
        <translation>새 태그</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tag colour</source>
        <translation>태그 색</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+4" />
        <source>Merge tag</source>
        <translation>태그 병합</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Merge "%1" and all its uses into:</source>
        <translation>"%1"과(와) 그 사용을 모두 다음에 병합:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A tag cannot be merged into its own sub-tag.</source>
        <translation>태그를 자신의 하위 태그에 병합할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Delete the tag "%1" and its sub-tags?</source>
        <translation>태그 "%1"과(와) 하위 태그를 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Delete the tag "%1"? It is used %n time(s); those uses go with it.</source>
        <translation><numerusform>태그 "%1"을(를) 삭제할까요? %n번 사용되었으며, 그 사용도 함께 삭제됩니다.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete tag</source>
        <translation>태그 삭제</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>실행 취소할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>lectern::CompareWindow</name>
    <message numerus="yes">
        <location filename="../ui/compare/comparewindow.cpp" line="+29" />
        <source>Compare %n article(s) – Lectern</source>
        <translation><numerusform>기사 %n개 비교 – Lectern</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Side by side</source>
        <translation>나란히 보기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sources matrix</source>
        <translation>출처 매트릭스</translation>
    </message>
    <message>
        <location line="+112" />
        <source>Confirmed from the comparison: %1</source>
        <translation>비교에서 확인됨: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Export as CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export the sources matrix</source>
        <translation>출처 매트릭스 내보내기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
</context>
<context>
    <name>lectern::ConnectorWidget</name>
    <message>
        <location filename="../ui/compare/connectorwidget.cpp" line="+90" />
        <source>Confirm as link: same claim</source>
        <translation>연결로 확정: 같은 주장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Confirm as link: contradicts</source>
        <translation>연결로 확정: 반박함</translation>
    </message>
</context>
<context>
    <name>lectern::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+30" />
        <location line="+142" />
        <location line="+8" />
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="-146" />
        <source>Report as HTML</source>
        <translation>HTML 보고서</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as PDF</source>
        <translation>PDF 보고서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report as ODT (LibreOffice, Word)</source>
        <translation>ODT 보고서 (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report as Markdown</source>
        <translation>Markdown 보고서</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data as CSV</source>
        <translation>CSV 데이터</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Annotations as W3C JSON</source>
        <translation>W3C JSON 주석</translation>
    </message>
    <message>
        <location line="+1" />
        <source>REFI-QDA project (MAXQDA, NVivo, ATLAS.ti, QualCoder)</source>
        <translation>REFI-QDA 프로젝트 (MAXQDA, NVivo, ATLAS.ti, QualCoder)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The whole project</source>
        <translation>프로젝트 전체</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The article being read</source>
        <translation>읽고 있는 기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles with the tag</source>
        <translation>태그가 붙은 기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles from the outlet</source>
        <translation>매체의 기사</translation>
    </message>
    <message>
        <location line="+5" />
        <source>UTF-8 (Python, R)</source>
        <translation>UTF-8 (Python, R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-8 with byte order mark (Excel)</source>
        <translation>BOM이 있는 UTF-8 (Excel)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UTF-16 (LibreOffice)</source>
        <translation>UTF-16 (LibreOffice)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text</source>
        <translation>본문</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sources matrix</source>
        <translation>출처 매트릭스</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tag index</source>
        <translation>태그 색인</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Articles:</source>
        <translation>기사:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Parts:</source>
        <translation>포함 항목:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Encoding:</source>
        <translation>인코딩:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Preview:</source>
        <translation>미리 보기:</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>%n article(s) will be exported.</source>
        <translation><numerusform>기사 %n개를 내보냅니다.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Wrote %1.</source>
        <translation>%1을(를) 썼습니다.</translation>
    </message>
</context>
<context>
    <name>lectern::ImportController</name>
    <message>
        <location filename="../ui/mainwindow/importcontroller.cpp" line="+38" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+43" />
        <location line="+46" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Importing %1 of %2: %3</source>
        <translation>%2개 중 %1번째 가져오는 중: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Importing %1 of %2 (%3 articles a second, %4 left): %5</source>
        <translation>%2개 중 %1번째 가져오는 중 (초당 %3개, 남은 시간 %4): %5</translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>%1: %n article(s) imported</source>
        <translation><numerusform>%1: 기사 %n개를 가져왔습니다</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already in the project, %2 new tags, %3 annotations, %4 links. This import cannot be undone.</source>
        <translation>이미 프로젝트에 있는 기사 %1개, 새 태그 %2개, 주석 %3개, 링크 %4개. 이 가져오기는 되돌릴 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>%n article(s) imported.</source>
        <translation><numerusform>기사 %n개를 가져왔습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n duplicate(s) skipped.</source>
        <translation><numerusform>중복 %n개를 건너뛰었습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n file(s) of other types skipped.</source>
        <translation><numerusform>다른 형식의 파일 %n개를 건너뛰었습니다.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>The import was cancelled.</source>
        <translation>가져오기를 취소했습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n file(s) could not be imported:</source>
        <translation><numerusform>파일 %n개를 가져올 수 없었습니다:</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::LinkDialog</name>
    <message>
        <location filename="../ui/dialogs/linkdialog.cpp" line="+25" />
        <source>Link to…</source>
        <translation>연결 대상…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the whole article “%1”</source>
        <translation>기사 전체 “%1”</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link %1 to:</source>
        <translation>%1의 연결 대상:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter articles</source>
        <translation>기사 거르기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Select a passage in the article to link to it, or leave it to link the whole article.</source>
        <translation>연결할 구절을 기사에서 선택하세요. 선택하지 않으면 기사 전체가 연결됩니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>New relation…</source>
        <translation>새 관계…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>New relation</source>
        <translation>새 관계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Name of the relation:</source>
        <translation>관계 이름:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A note on this link</source>
        <translation>이 연결에 대한 메모</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Relation:</source>
        <translation>관계:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Link</source>
        <translation>연결</translation>
    </message>
</context>
<context>
    <name>lectern::LinksPanel</name>
    <message>
        <location filename="../ui/panels/linkspanel.cpp" line="+24" />
        <source>This article only</source>
        <translation>이 기사만</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter links</source>
        <translation>연결 거르기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Relation</source>
        <translation>관계</translation>
    </message>
    <message>
        <location line="+0" />
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location line="+0" />
        <source>To</source>
        <translation>대상</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+48" />
        <source>All relations</source>
        <translation>모든 관계</translation>
    </message>
    <message>
        <location line="+15" />
        <source>(deleted article)</source>
        <translation>(삭제된 기사)</translation>
    </message>
</context>
<context>
    <name>lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+50" />
        <source>Articles</source>
        <translation>기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codebook</source>
        <translation>코드북</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+109" />
        <source>The change was not saved</source>
        <translation>변경 사항이 저장되지 않았습니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved: %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Project in use</source>
        <translation>사용 중인 프로젝트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is open in another Lectern. Open it read-only here?</source>
        <translation>%1이(가) 다른 Lectern에서 열려 있습니다. 여기서 읽기 전용으로 열까요?</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot open project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n article(s)</source>
        <translation><numerusform>기사 %n개</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot create project</source>
        <translation>프로젝트를 만들 수 없습니다</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Choose an article in the list on the left.</source>
        <translation>왼쪽 목록에서 기사를 선택하세요.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open a project (Ctrl+O) or create one (Ctrl+N).</source>
        <translation>프로젝트를 열거나(Ctrl+O) 새로 만드세요(Ctrl+N).</translation>
    </message>
    <message>
        <location line="+100" />
        <source>Compare articles</source>
        <translation>기사 비교</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Tick two or more articles to put side by side:</source>
        <translation>나란히 놓을 기사를 두 개 이상 선택하세요:</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+7" />
        <location line="+7" />
        <source>Restore backup</source>
        <translation>백업 복원</translation>
    </message>
    <message>
        <location line="-14" />
        <source>This project has no backups yet.</source>
        <translation>이 프로젝트에는 아직 백업이 없습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Replace the project by this backup (its present state is backed up first):</source>
        <translation>프로젝트를 이 백업으로 바꿉니다(현재 상태를 먼저 백업합니다):</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Move “%1” to the trash?</source>
        <translation>“%1”을(를) 휴지통으로 옮길까요?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>These links will be removed with it:</source>
        <translation>다음 연결도 함께 제거됩니다:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete article</source>
        <translation>기사 삭제</translation>
    </message>
    <message>
        <location line="+0" />
        <source>You can undo this.</source>
        <translation>실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Select a passage of the article first.</source>
        <translation>먼저 기사의 구절을 선택하세요.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Annotate selection</source>
        <translation>선택 영역에 주석 달기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tag selection with</source>
        <translation>선택 영역에 태그 달기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The codebook has no tags yet</source>
        <translation>코드북에 아직 태그가 없습니다</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Make the selection this claim's text</source>
        <translation>선택 영역을 이 주장의 텍스트로 지정</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Remove annotation</source>
        <translation>주석 제거</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Link to…</source>
        <translation>연결 대상…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open or create a project first.</source>
        <translation>먼저 프로젝트를 열거나 만드세요.</translation>
    </message>
    <message>
        <location line="+62" />
        <source>%1 (read-only) – Lectern</source>
        <translation>%1 (읽기 전용) – Lectern</translation>
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
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open &amp;Recent</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Import Files…</source>
        <translation>파일 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import &amp;Folder…</source>
        <translation>폴더 가져오기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save a &amp;Copy As…</source>
        <translation>다른 이름으로 사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Restore Backup…</source>
        <translation>백업 복원(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close Project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find in Article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search &amp;Project…</source>
        <translation>프로젝트 검색(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Filter &amp;Articles</source>
        <translation>기사 거르기(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete Article…</source>
        <translation>기사 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pr&amp;eferences…</source>
        <translation>환경 설정(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Annotate</source>
        <translation>주석(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Annotate Selection</source>
        <translation>선택 영역에 주석 달기(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Edit &amp;Note</source>
        <translation>메모 편집(&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Remove Annotation</source>
        <translation>주석 제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Link Selection To…</source>
        <translation>선택 영역 연결(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New &amp;Tag…</source>
        <translation>새 태그(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply &amp;Favourite Tag</source>
        <translation>즐겨찾는 태그 달기(&amp;F)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Favourite tag %1</source>
        <translation>즐겨찾는 태그 %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Next Article</source>
        <translation>다음 기사(&amp;N)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Previous Article</source>
        <translation>이전 기사(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &amp;Annotation</source>
        <translation>다음 주석(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Previous A&amp;nnotation</source>
        <translation>이전 주석(&amp;N)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reader</source>
        <translation>읽기 창(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Compare Articles…</source>
        <translation>기사 비교(&amp;C)…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Lectern</source>
        <translation>Lectern 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Lectern</source>
        <translation>Lectern 정보</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;Read, annotate and compare news articles from many outlets and languages.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;여러 매체와 언어의 뉴스 기사를 읽고, 주석을 달고, 비교합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location line="+10" />
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Import Folder</source>
        <translation>폴더 가져오기</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Import Files</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Articles and REFI-QDA projects (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;All files (*)</source>
        <translation>기사 및 REFI-QDA 프로젝트 (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.qdpx);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+7" />
        <source>Save a Copy As</source>
        <translation>다른 이름으로 사본 저장</translation>
    </message>
</context>
<context>
    <name>lectern::NoteEditor</name>
    <message>
        <location filename="../ui/widgets/noteeditor.cpp" line="+79" />
        <source>Language of this note, for spelling</source>
        <translation>맞춤법 검사에 쓸 이 메모의 언어</translation>
    </message>
    <message>
        <location line="+89" />
        <source>No spelling dictionary for %1</source>
        <translation>%1 맞춤법 사전이 없습니다</translation>
    </message>
    <message>
        <location line="+22" />
        <source>No suggestions</source>
        <translation>제안 없음</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add "%1" to the project dictionary</source>
        <translation>"%1"을(를) 프로젝트 사전에 추가</translation>
    </message>
</context>
<context>
    <name>lectern::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+29" />
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The system's language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location line="+5" />
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <location line="+4" />
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Language of the interface:</source>
        <translation>인터페이스 언어:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading column width:</source>
        <translation>읽기 열 너비:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated backups kept on open:</source>
        <translation>열 때 보관할 날짜별 백업:</translation>
    </message>
</context>
<context>
    <name>lectern::ProjectDocument</name>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+55" />
        <location filename="../app/project/writerlock.cpp" line="+98" />
        <source>%1 cannot be changed: the file or its folder is read-only. You can open it read-only.</source>
        <translation>%1을(를) 바꿀 수 없습니다: 파일이나 폴더가 읽기 전용입니다. 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../app/project/writerlock.cpp" line="-36" />
        <source>%1 is in use by another Lectern through another name of the same file (a link). Close it there first.</source>
        <translation>%1을(를) 다른 Lectern이 같은 파일의 다른 이름(링크)으로 사용 중입니다. 먼저 그쪽에서 닫으세요.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>%1 is in use by another Lectern (process %2 on %3). You can open it read-only.</source>
        <translation>%1을(를) 다른 Lectern이 사용 중입니다(%3의 프로세스 %2). 읽기 전용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open %1 for writing: the disk holding it is full. Free some space and try again; nothing was changed.</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다: 파일이 있는 디스크가 가득 찼습니다. 공간을 확보한 뒤 다시 시도하세요. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot open %1 for writing: its lock file %2 cannot be made in %3.</source>
        <translation>%1을(를) 쓰기용으로 열 수 없습니다: 잠금 파일 %2을(를) %3에 만들 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/project/projectfiles.cpp" line="+80" />
        <location line="+22" />
        <source>Cannot create %1.</source>
        <translation>%1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Cannot restore %1 from %2.</source>
        <translation>%2에서 %1을(를) 복원할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Cannot replace %1.</source>
        <translation>%1을(를) 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location line="-63" />
        <location line="+70" />
        <source>Cannot save a copy as %1: %2</source>
        <translation>사본을 %1(으)로 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/project/projectdocument.cpp" line="+268" />
        <source>Create tag %1</source>
        <translation>태그 %1 만들기</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Rename tag to %1</source>
        <translation>태그 이름을 %1(으)로 바꾸기</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Change tag colour</source>
        <translation>태그 색 바꾸기</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Annotate</source>
        <translation>주석 달기</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit note</source>
        <translation>메모 편집</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Change tags</source>
        <translation>태그 바꾸기</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Move tag</source>
        <translation>태그 옮기기</translation>
    </message>
    <message>
        <location line="+88" />
        <source>Accept claim</source>
        <translation>주장 채택</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reject claim</source>
        <translation>주장 기각</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Reset claim</source>
        <translation>주장 초기화</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Edit claim</source>
        <translation>주장 편집</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Annotate claim</source>
        <translation>주장에 주석 달기</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Link articles</source>
        <translation>기사 연결</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Edit link note</source>
        <translation>연결 메모 편집</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Change link relation</source>
        <translation>연결 관계 바꾸기</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Remove link</source>
        <translation>연결 제거</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Remove annotation</source>
        <translation>주석 제거</translation>
    </message>
</context>
<context>
    <name>lectern::ReaderPane</name>
    <message>
        <location filename="../ui/reader/readerpane.cpp" line="+34" />
        <source>Find in article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Claims:</source>
        <translation>주장:</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Choose an article in the list on the left.</source>
        <translation>왼쪽 목록에서 기사를 선택하세요.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>language unknown</source>
        <translation>언어 알 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>주석 %n개</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Article tags: %1</source>
        <translation>기사 태그: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+50" />
        <source>%n match(es)</source>
        <translation><numerusform>%n건 일치</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::SearchPanel</name>
    <message>
        <location filename="../ui/panels/searchpanel.cpp" line="+17" />
        <source>Search all articles ("phrase", prefix*)</source>
        <translation>모든 기사 검색 ("구문", 접두어*)</translation>
    </message>
    <message numerus="yes">
        <location line="+38" />
        <source>%n article(s) found</source>
        <translation><numerusform>기사 %n개 찾음</numerusform></translation>
    </message>
</context>
<context>
    <name>lectern::book</name>
    <message>
        <location filename="../app/report/book.cpp" line="+85" />
        <source>Tags: %1</source>
        <translation>태그: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Note:</source>
        <translation>메모:</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Claim</source>
        <translation>주장</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it is</source>
        <translation>유형</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Claimed by</source>
        <translation>주장 주체</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Claims</source>
        <translation>주장</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+71" />
        <source>Links</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="-43" />
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What each source says</source>
        <translation>출처별 내용</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Sources matrix</source>
        <translation>출처 매트릭스</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Tag index</source>
        <translation>태그 색인</translation>
    </message>
    <message>
        <location line="+90" />
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n article(s)</source>
        <translation><numerusform>기사 %n개</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>tagged %1</source>
        <translation>태그 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>from %1</source>
        <translation>매체 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>chosen by the analyst</source>
        <translation>분석가가 선택한 기사</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every article in the project</source>
        <translation>프로젝트의 모든 기사</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%n outlet(s)</source>
        <translation><numerusform>매체 %n개</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n annotation(s)</source>
        <translation><numerusform>주석 %n개</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Made with Lectern on %1</source>
        <translation>%1에 Lectern으로 작성</translation>
    </message>
</context>
<context>
    <name>lectern::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+91" />
        <source>usage: lectern new PROJECT</source>
        <translation>사용법: lectern new 프로젝트</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Created %1</source>
        <translation>%1 만듦</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern import PROJECT (PATH | FILE.qdpx)...</source>
        <translation>사용법: lectern import PROJECT (PATH | FILE.qdpx)...</translation>
    </message>
    <message>
        <location line="+21" />
        <source>imported %1: %2 articles (%3 already here), %4 tags, %5 annotations, %6 links</source>
        <translation>가져옴 %1: 기사 %2개(%3개는 이미 있음), 태그 %4개, 주석 %5개, 연결 %6개</translation>
    </message>
    <message>
        <location line="+4" />
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>imported %1 [%2] %3 (%4)</source>
        <translation>가져옴 %1 [%2] %3 (%4)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+4" />
        <source>skipped %1: %2</source>
        <translation>건너뜀 %1: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 imported, %2 duplicates skipped, %3 other files skipped, %4 failed</source>
        <translation>%1개 가져옴, 중복 %2개 건너뜀, 다른 파일 %3개 건너뜀, %4개 실패</translation>
    </message>
    <message>
        <location line="+8" />
        <source>usage: lectern list PROJECT [--json]</source>
        <translation>사용법: lectern list 프로젝트 [--json]</translation>
    </message>
    <message>
        <location line="+27" />
        <source>usage: lectern show PROJECT ID [--text | --json]</source>
        <translation>사용법: lectern show 프로젝트 ID [--text | --json]</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+52" />
        <location line="+152" />
        <source>%1 has no article %2</source>
        <translation>%1에 기사 %2이(가) 없습니다</translation>
    </message>
    <message>
        <location line="-182" />
        <source>usage: lectern search PROJECT QUERY [--json]</source>
        <translation>사용법: lectern search 프로젝트 검색어 [--json]</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n article(s) found</source>
        <translation><numerusform>기사 %n개 찾음</numerusform></translation>
    </message>
    <message>
        <location line="+62" />
        <source>usage: lectern claims (PROJECT [ID...] | FILE...) [--min-score S | --all] [--json]</source>
        <translation>사용법: lectern claims (프로젝트 [ID...] | 파일...) [--min-score S | --all] [--json]</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--min-score takes a number from 0 to 1, not “%1”</source>
        <translation>--min-score에는 “%1”이(가) 아니라 0에서 1 사이의 수를 지정해야 합니다</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is open in another program; its claims cannot be found again now</source>
        <translation>%1은(는) 다른 프로그램에서 열려 있어 지금은 주장을 다시 찾을 수 없습니다</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Finding claims again: %1 of %2 articles</source>
        <translation>주장 다시 찾는 중: 기사 %2개 중 %1개</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Claims found again in %n article(s).</source>
        <translation><numerusform>기사 %n개에서 주장을 다시 찾았습니다.</numerusform></translation>
    </message>
    <message>
        <location line="+39" />
        <source>usage: lectern compare PROJECT [ID...] [--json]</source>
        <translation>사용법: lectern compare 프로젝트 [ID...] [--json]</translation>
    </message>
    <message>
        <location line="+26" />
        <source>usage: lectern export PROJECT --format html|pdf|odt|md|csv|json|qdpx --out PATH [--article ID]... [--tag NAME]...</source>
        <translation>사용법: lectern export 프로젝트 --format html|pdf|odt|md|csv|json|qdpx --out 경로 [--article ID]... [--tag 이름]...</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Unknown encoding %1: choose utf-8, utf-8-bom or utf-16.</source>
        <translation>알 수 없는 인코딩 %1: utf-8, utf-8-bom, utf-16 중에서 고르십시오.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Wrote %1</source>
        <translation>%1 씀</translation>
    </message>
    <message>
        <location line="+19" />
        <source>usage:</source>
        <translation>사용법:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>With no command, or a project only, the window opens.</source>
        <translation>명령 없이, 또는 프로젝트만 주면 창이 열립니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/editverbs.cpp" line="+57" />
        <source>%1 is open elsewhere or read-only: nothing was changed.</source>
        <translation>%1이(가) 다른 곳에서 열려 있거나 읽기 전용입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>usage: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</source>
        <translation>사용법: lectern annotate PROJECT ARTICLE (START END | --quote TEXT) [--tag NAME]... [--note TEXT]</translation>
    </message>
    <message>
        <location line="+9" />
        <source>No article %1 in %2.</source>
        <translation>%2에 기사 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The quote is not in article %1: nothing was changed.</source>
        <translation>인용문이 기사 %1에 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>START and END must be offsets in the article's text (0 to %1, START before END).</source>
        <translation>START와 END는 기사 본문 안의 위치여야 합니다(0~%1, START가 END보다 앞).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot make the tag %1: nothing was changed.</source>
        <translation>태그 %1을(를) 만들 수 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The annotation was not saved.</source>
        <translation>주석이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>annotation %1 in article %2 at %3–%4</source>
        <translation>주석 %1: 기사 %2, 위치 %3–%4</translation>
    </message>
    <message>
        <location line="+7" />
        <source>usage: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</source>
        <translation>사용법: lectern link PROJECT FROM_ID[:START:END] TO_ID[:START:END] --relation NAME [--note TEXT]</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not an article of the project, or its offsets are outside the text.</source>
        <translation>%1은(는) 프로젝트의 기사가 아니거나, 위치가 본문 밖에 있습니다.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cannot make the relation %1.</source>
        <translation>관계 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>new relation: %1</source>
        <translation>새 관계: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The link was not saved.</source>
        <translation>연결이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>link %1: %2 → %3</source>
        <translation>연결 %1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>lectern::encoding</name>
    <message>
        <location filename="../app/ingest/encoding.cpp" line="+141" />
        <source>unknown text encoding "%1"</source>
        <translation>알 수 없는 텍스트 인코딩 "%1"</translation>
    </message>
    <message>
        <location line="+11" />
        <source>the bytes are not valid %1</source>
        <translation>바이트가 올바른 %1이(가) 아닙니다</translation>
    </message>
    <message>
        <location line="+42" />
        <source>invalid UTF-8 after a UTF-8 byte order mark</source>
        <translation>UTF-8 바이트 순서 표시 뒤에 잘못된 UTF-8이 있습니다</translation>
    </message>
    <message>
        <location line="+14" />
        <source>binary data, not text</source>
        <translation>텍스트가 아닌 바이너리 데이터</translation>
    </message>
    <message>
        <location line="+22" />
        <source>the file ends in the middle of a UTF-8 character (truncated?)</source>
        <translation>파일이 UTF-8 문자 중간에서 끝납니다(잘렸나요?)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid UTF-8 at byte %1</source>
        <translation>%1번째 바이트에 잘못된 UTF-8</translation>
    </message>
</context>
<context>
    <name>lectern::exporter</name>
    <message>
        <location filename="../app/report/exporter.cpp" line="-100" />
        <source>Cannot write %1: it is a folder. Name a file to write.</source>
        <translation>%1을(를) 쓸 수 없습니다: 폴더입니다. 쓸 파일을 지정하세요.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot write %1: it is a named pipe, socket or device, and an export only writes regular files (use --out - for standard output).</source>
        <translation>%1을(를) 쓸 수 없습니다: 이름 있는 파이프, 소켓 또는 장치이며, 내보내기는 일반 파일에만 씁니다(표준 출력에는 --out - 사용).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot write %1: it is the project itself (%2), which an export never replaces. Choose another file name.</source>
        <translation>%1을(를) 쓸 수 없습니다: 프로젝트 자체(%2)이며, 내보내기는 프로젝트를 절대 바꾸지 않습니다. 다른 파일 이름을 고르세요.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cannot write %1: it is in the project's backup folder. Choose another folder.</source>
        <translation>%1을(를) 쓸 수 없습니다: 프로젝트의 백업 폴더 안에 있습니다. 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+15" />
        <source>Unknown format %1: choose one of %2.</source>
        <translation>알 수 없는 형식 %1: %2 중 하나를 고르세요.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Cannot write the export to standard output: %1</source>
        <translation>내보내기를 표준 출력에 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lectern::importer</name>
    <message>
        <location filename="../app/ingest/importer.cpp" line="+162" />
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>no article text found (fewer than 8 words)</source>
        <translation>기사 본문을 찾지 못했습니다(8단어 미만)</translation>
    </message>
</context>
<context>
    <name>lectern::labels</name>
    <message>
        <location filename="../app/analysis/labels.cpp" line="+18" />
        <source>figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quote</source>
        <translation>인용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attribution</source>
        <translation>출처 표시</translation>
    </message>
    <message>
        <location line="+1" />
        <source>prediction</source>
        <translation>전망</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cause and effect</source>
        <translation>인과 관계</translation>
    </message>
    <message>
        <location line="+1" />
        <source>comparison</source>
        <translation>비교</translation>
    </message>
    <message>
        <location line="+30" />
        <source>count</source>
        <translation>개수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>per cent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <location line="+1" />
        <source>calendar year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location line="+1" />
        <source>years</source>
        <translation>햇수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>months</source>
        <translation>개월 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>weeks</source>
        <translation>주 수</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days</source>
        <translation>일수</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Jobs</source>
        <translation>일자리</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Employees</source>
        <translation>직원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Stores</source>
        <translation>매장</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revenue</source>
        <translation>매출</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Profit</source>
        <translation>이익</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Investment</source>
        <translation>투자</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Savings</source>
        <translation>절감액</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Costs</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Robots</source>
        <translation>로봇</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>agree</source>
        <translation>일치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>can both hold</source>
        <translation>양립 가능</translation>
    </message>
    <message>
        <location line="+1" />
        <source>conflict</source>
        <translation>상충</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one source</source>
        <translation>단일 출처</translation>
    </message>
    <message>
        <location line="+6" />
        <source>found</source>
        <translation>검출됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>accepted</source>
        <translation>채택됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>rejected</source>
        <translation>기각됨</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited</source>
        <translation>편집됨</translation>
    </message>
</context>
<context>
    <name>lectern::localfile</name>
    <message>
        <location filename="../app/ingest/localfile.cpp" line="+146" />
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+1" />
        <source>missing</source>
        <translation>사라진 항목</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not a regular file</source>
        <translation>일반 파일이 아닌 항목</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <location line="+17" />
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="-29" />
        <source>is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+14" />
        <source>is %1, not a file; it was not opened</source>
        <translation>파일이 아니라 %1입니다. 열지 않았습니다</translation>
    </message>
    <message>
        <location line="-12" />
        <source>the file is too large (%1; the limit is %2)</source>
        <translation>파일이 너무 큽니다(%1, 한도 %2)</translation>
    </message>
    <message>
        <location line="+71" />
        <source>the folder cannot be read: %1</source>
        <translation>폴더를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+13" />
        <source>a link that leads nowhere; not followed</source>
        <translation>아무 데도 가리키지 않는 링크입니다. 따라가지 않았습니다</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a link that leads outside the imported folder (to %1); not followed</source>
        <translation>가져온 폴더 밖(%1)을 가리키는 링크입니다. 따라가지 않았습니다</translation>
    </message>
    <message>
        <location line="+8" />
        <source>cannot be read: %1</source>
        <translation>읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>lectern::projectfile</name>
    <message>
        <location filename="../app/storage/projectfile.cpp" line="+20" />
        <source>%1 was written by a newer version of Lectern (project format %2; this version reads up to %3). Open it with a newer Lectern; the file was not changed.</source>
        <translation>%1은(는) 더 새로운 Lectern 버전으로 저장되었습니다(프로젝트 형식 %2, 이 버전은 %3까지 읽음). 새 버전의 Lectern으로 여세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cannot use %1: its path is %2 bytes long, and a project's path can be at most %3. Move the project to a folder with a shorter path.</source>
        <translation>%1을(를) 쓸 수 없습니다: 경로가 %2바이트인데 프로젝트 경로는 최대 %3바이트입니다. 경로가 더 짧은 폴더로 프로젝트를 옮기세요.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not exist.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cannot create %1: the folder does not exist.</source>
        <translation>%1을(를) 만들 수 없습니다: 폴더가 없습니다.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a Lectern project.</source>
        <translation>%1은(는) 폴더이며 Lectern 프로젝트가 아닙니다.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is a named pipe, socket or device, not a Lectern project; it was not opened.</source>
        <translation>%1은(는) 이름 있는 파이프, 소켓 또는 장치이며 Lectern 프로젝트가 아닙니다. 열지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is an empty file, not a Lectern project.</source>
        <translation>%1은(는) 빈 파일이며 Lectern 프로젝트가 아닙니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a Lectern project (it is not an SQLite database, or its header is damaged).</source>
        <translation>%1은(는) Lectern 프로젝트가 아닙니다(SQLite 데이터베이스가 아니거나 헤더가 손상됨).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 already exists.</source>
        <translation>%1이(가) 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+33" />
        <source>%1 is an SQLite database, but not a Lectern project.</source>
        <translation>%1은(는) SQLite 데이터베이스이지만 Lectern 프로젝트는 아닙니다.</translation>
    </message>
    <message>
        <location line="-26" />
        <source>%1 is damaged: it is shorter than its header says (%2 of %3 bytes; cut short by a failed copy or a full disk?). Restore a backup (File ▸ Restore Backup…) or use a copy from before; the file was not changed.</source>
        <translation>%1이(가) 손상되었습니다: 헤더에 적힌 것보다 짧습니다(%3바이트 중 %2바이트, 복사 실패나 디스크 부족으로 잘렸나요?). 백업을 복원하거나(파일 ▸ 백업 복원…) 이전 사본을 사용하세요. 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is not as Lectern made it: %2. It may have been changed by another program or made to harm; Lectern does not open it, and the file was not changed.</source>
        <translation>%1은(는) Lectern이 만든 상태가 아닙니다: %2. 다른 프로그램이 바꿨거나 해를 끼치도록 만들어졌을 수 있습니다. Lectern은 이 파일을 열지 않으며, 파일은 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%1 needs an upgrade and cannot be opened read-only.</source>
        <translation>%1은(는) 업그레이드가 필요하여 읽기 전용으로 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>lectern::qdpx</name>
    <message>
        <location filename="../app/project/qdpximport.cpp" line="+33" />
        <source>Unnamed code</source>
        <translation>이름 없는 코드</translation>
    </message>
    <message>
        <location line="+98" />
        <source>A selection in %1 is empty or outside the text (%2–%3): left out.</source>
        <translation>%1의 선택 영역이 비어 있거나 본문 밖에 있습니다(%2–%3). 제외했습니다.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Link %1 joins something Lectern did not import (a code or a picture): left out.</source>
        <translation>연결 %1은(는) Lectern이 가져오지 않은 항목(코드나 그림)을 잇습니다. 제외했습니다.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Cannot import %1: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the project is open read-only</source>
        <translation>프로젝트가 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+29" />
        <source>The file names %n coder(s); Lectern keeps their codings, not yet who made them: %1.</source>
        <translation><numerusform>파일에 코더 %n명이 기록되어 있습니다. Lectern은 코딩은 유지하지만 누가 했는지는 아직 유지하지 않습니다: %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/report/qdpx.cpp" line="+337" />
        <source>%n claim(s) are not carried over: REFI-QDA has no claims.</source>
        <translation><numerusform>주장 %n개는 옮겨지지 않습니다: REFI-QDA에는 주장이 없습니다.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>The language of %n note(s) is not carried over: REFI-QDA notes have no language.</source>
        <translation><numerusform>메모 %n개의 언어는 옮겨지지 않습니다: REFI-QDA 메모에는 언어가 없습니다.</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tags with the same name are written with their parent's, as QualCoder needs unique names: %1.</source>
        <translation>이름이 같은 태그는 상위 태그의 이름을 붙여 씁니다. QualCoder에는 고유한 이름이 필요하기 때문입니다: %1.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the REFI-QDA project came out malformed (%1)</source>
        <translation>REFI-QDA 프로젝트가 잘못된 형식으로 만들어졌습니다 (%1)</translation>
    </message>
    <message>
        <location filename="../app/report/qdpxreader.cpp" line="+43" />
        <source>project.qde is not well-formed XML (line %1: %2)</source>
        <translation>project.qde가 올바른 형식의 XML이 아닙니다(%1행: %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>project.qde is not a REFI-QDA project (no Project element)</source>
        <translation>project.qde가 REFI-QDA 프로젝트가 아닙니다(Project 요소 없음)</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%n source(s) other than text (pictures, audio, video, PDF without a text representation) were left out.</source>
        <translation><numerusform>텍스트가 아닌 문서 %n개(그림, 오디오, 비디오, 텍스트 표현이 없는 PDF)를 제외했습니다.</numerusform></translation>
    </message>
    <message>
        <location line="+109" />
        <source>The text of %1 is not in the file (%2): it was left out.</source>
        <translation>%1의 텍스트가 파일에 없습니다(%2). 제외했습니다.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>the archive is empty</source>
        <translation>아카이브가 비어 있습니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive holds no project.qde: it is not a REFI-QDA project</source>
        <translation>아카이브에 project.qde가 없습니다. REFI-QDA 프로젝트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>lectern::schema</name>
    <message>
        <location filename="../app/storage/schema.cpp" line="+222" />
        <source>it holds a %1 named "%2" that Lectern does not make</source>
        <translation>Lectern이 만들지 않는 %1 "%2"이(가) 들어 있습니다</translation>
    </message>
    <message>
        <location line="+2" />
        <source>its %1 "%2" is not as Lectern made it</source>
        <translation>%1 "%2"이(가) Lectern이 만든 상태가 아닙니다</translation>
    </message>
    <message>
        <location line="+4" />
        <source>its %1 "%2" is missing</source>
        <translation>%1 "%2"이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>lectern::ziparchive</name>
    <message>
        <location filename="../app/report/ziparchive.cpp" line="+85" />
        <location line="+5" />
        <source>cannot read the archive back</source>
        <translation>쓴 아카이브를 다시 읽을 수 없습니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>not a zip archive, or a damaged one (%1)</source>
        <translation>zip 아카이브가 아니거나 손상된 아카이브입니다(%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the archive has too many entries</source>
        <translation>아카이브의 항목이 너무 많습니다</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the archive names a file outside itself: %1</source>
        <translation>아카이브가 자신의 바깥에 있는 파일을 가리킵니다: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is larger than Lectern reads from an archive</source>
        <translation>%1은(는) Lectern이 아카이브에서 읽는 크기보다 큽니다</translation>
    </message>
    <message>
        <location line="+7" />
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>%1 in the archive is damaged or not the size it declares</source>
        <translation>아카이브 안의 %1이(가) 손상되었거나 선언된 크기와 다릅니다</translation>
    </message>
</context>
</TS>