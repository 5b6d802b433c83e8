<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>prodrome::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="34"/>
        <source>Cannot read recording #%1: %2</source>
        <translation>无法读取录像 #%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="71"/>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="99"/>
        <source>Cannot undo or redo this edit: %1</source>
        <translation>无法撤销或重做此编辑：%1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="114"/>
        <source>Open a recording before marking an onset.</source>
        <translation>请先打开录像再标记发作起点。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="118"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="142"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="158"/>
        <source>Frame %1 is outside the recording.</source>
        <translation>第 %1 帧不在录像范围内。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="126"/>
        <source>Mark onset</source>
        <translation>标记起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="132"/>
        <source>Open a recording before marking an offset.</source>
        <translation>请先打开录像再标记发作终点。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="141"/>
        <source>There is no open seizure before frame %1 to close.</source>
        <translation>第 %1 帧之前没有可结束的未完成发作。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="145"/>
        <source>Mark offset</source>
        <translation>标记终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="156"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="177"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="186"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="199"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="208"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="217"/>
        <source>Event #%1 no longer exists.</source>
        <translation>事件 #%1 已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="165"/>
        <source>Move onset</source>
        <translation>移动起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="165"/>
        <source>Move offset</source>
        <translation>移动终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="166"/>
        <source>Nudge onset</source>
        <translation>微调起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="166"/>
        <source>Nudge offset</source>
        <translation>微调终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="175"/>
        <source>Select an event to nudge.</source>
        <translation>请选择要微调的事件。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="178"/>
        <source>The selected seizure has no offset yet.</source>
        <translation>所选发作尚无终点。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="187"/>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="193"/>
        <source>Select an event to delete.</source>
        <translation>请选择要删除的事件。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="203"/>
        <source>Set seizure type</source>
        <translation>设置发作类型</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="212"/>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="221"/>
        <source>Change event kind</source>
        <translation>更改事件类别</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::BackgroundJob</name>
    <message>
        <location filename="../ui/jobs/BackgroundJob.cpp" line="53"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipSetDialog</name>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="29"/>
        <source>Build Clip Set</source>
        <translation>构建片段集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="32"/>
        <source>e.g. emu-L5-H5</source>
        <translation>例如 emu-L5-H5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="34"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="35"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="36"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="37"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="39"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="40"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="41"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="38"/>
        <source>clip length</source>
        <translation>片段长度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="42"/>
        <source>pre-ictal</source>
        <translation>发作前</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="43"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="44"/>
        <source>ictal</source>
        <translation>发作期</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="45"/>
        <source>Artifacts and other events exclude normal windows</source>
        <translation>伪迹和其他事件排除正常窗口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="49"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="58"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="62"/>
        <source>No split</source>
        <translation>不划分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="63"/>
        <source>By subject: train / val / test</source>
        <translation>按受试者：训练 / 验证 / 测试</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="76"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="78"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="79"/>
        <source>Clip length L:</source>
        <translation>片段长度 L：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="80"/>
        <source>Horizon H:</source>
        <translation>预测窗 H：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="81"/>
        <source>Pre-ictal stride:</source>
        <translation>发作前步长：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="82"/>
        <source>Normal stride:</source>
        <translation>正常步长：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="83"/>
        <source>Post-ictal period:</source>
        <translation>发作后期：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="84"/>
        <source>Inter-ictal gap, human:</source>
        <translation>发作间隔，人类：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="85"/>
        <source>Inter-ictal gap, rodent:</source>
        <translation>发作间隔，啮齿动物：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="90"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="93"/>
        <source>Sampling and splits</source>
        <translation>采样与划分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="95"/>
        <source>Max pre-ictal per seizure:</source>
        <translation>每次发作最多发作前片段：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="96"/>
        <source>Max ictal per seizure:</source>
        <translation>每次发作最多发作期片段：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="97"/>
        <source>Max normal per recording:</source>
        <translation>每个录像最多正常片段：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="98"/>
        <source>Normal per pre-ictal:</source>
        <translation>每个发作前片段对应正常片段数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="99"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="100"/>
        <source>Splits:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="105"/>
        <source>Train / val / test:</source>
        <translation>训练 / 验证 / 测试：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Pre-ictal</source>
        <translation>发作前</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Ictal</source>
        <translation>发作期</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="126"/>
        <source>Preview: clips per subject and label</source>
        <translation>预览：按受试者和标签统计片段</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="218"/>
        <source>%1 pre-ictal, %2 normal, %3 ictal windows.</source>
        <translation>%1 个发作前窗口，%2 个正常窗口，%3 个发作期窗口。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="223"/>
        <source>%n seizure(s) have no offset yet; closing them may change the set.</source>
        <translation>
            <numerusform>%n 次发作尚无终点；补全终点可能改变片段集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="268"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="286"/>
        <source>Give the clip set a name.</source>
        <translation>请为片段集命名。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventEditor</name>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="25"/>
        <source>focal aware</source>
        <translation>局灶性知觉保留</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="26"/>
        <source>focal impaired awareness</source>
        <translation>局灶性知觉障碍</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="27"/>
        <source>focal to bilateral tonic-clonic</source>
        <translation>局灶进展为双侧强直-阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="28"/>
        <source>generalized tonic-clonic</source>
        <translation>全面性强直-阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="29"/>
        <source>absence</source>
        <translation>失神</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="30"/>
        <source>myoclonic</source>
        <translation>肌阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="31"/>
        <source>tonic</source>
        <translation>强直</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="32"/>
        <source>atonic</source>
        <translation>失张力</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="33"/>
        <source>clonic</source>
        <translation>阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="34"/>
        <source>epileptic spasms</source>
        <translation>癫痫性痉挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="35"/>
        <source>unknown onset</source>
        <translation>起源不明</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="56"/>
        <source>Seizure type</source>
        <translation>发作类型</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="57"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="63"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="64"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="65"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="105"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="112"/>
        <source>frames %1–%2</source>
        <translation>第 %1–%2 帧</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="113"/>
        <source>from frame %1, open</source>
        <translation>自第 %1 帧起，未结束</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="114"/>
        <source>&lt;b&gt;Event #%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;事件 #%1&lt;/b&gt; · %2 · %3</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventListPanel</name>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="48"/>
        <source>Filter by type, annotator, notes…</source>
        <translation>按类型、标注者、备注筛选…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="51"/>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="121"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventTableModel</name>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="36"/>
        <source>Seizure</source>
        <translation>发作</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="38"/>
        <source>Artifact</source>
        <translation>伪迹</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="40"/>
        <location filename="../ui/annotation/EventTableModel.cpp" line="42"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="52"/>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="56"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/EventTableModel.cpp" line="56"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="113"/>
        <source>Onset</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="115"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="117"/>
        <source>Offset</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="119"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="121"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="123"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="125"/>
        <source>Annotator</source>
        <translation>标注者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="127"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="29"/>
        <source>Imported %1 subject(s), %2 recording(s), %3 event(s), %4 clip(s); %5 skipped.</source>
        <translation>已导入 %1 名受试者、%2 个录像、%3 个事件、%4 个片段；跳过 %5 项。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="54"/>
        <location filename="../ui/ExchangeActions.cpp" line="60"/>
        <source>Events &amp;CSV…</source>
        <translation>事件 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="55"/>
        <source>&amp;BORIS Project…</source>
        <translation>&amp;BORIS 项目…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="56"/>
        <source>&amp;RodEpil-style Folder…</source>
        <translation>&amp;RodEpil 格式文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="61"/>
        <source>&amp;Frame Labels CSV…</source>
        <translation>逐&amp;帧标签 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="63"/>
        <source>Clip Set &amp;Manifest CSV…</source>
        <translation>片段集&amp;清单 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="64"/>
        <source>Clip Set &amp;VideoMAE List…</source>
        <translation>片段集 &amp;VideoMAE 列表…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="65"/>
        <source>Clip &amp;Videos…</source>
        <translation>片段&amp;视频…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="71"/>
        <source>Import events CSV</source>
        <translation>导入事件 CSV</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="72"/>
        <source>Import BORIS project</source>
        <translation>导入 BORIS 项目</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="73"/>
        <source>Import RodEpil folder</source>
        <translation>导入 RodEpil 文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="76"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="88"/>
        <source>Probing %1 (%2 of %3)…</source>
        <translation>正在检查 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="99"/>
        <location filename="../ui/ExchangeActions.cpp" line="180"/>
        <location filename="../ui/ExchangeActions.cpp" line="192"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="101"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="121"/>
        <source>Clip %1 of %2</source>
        <translation>片段 %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="125"/>
        <source>Wrote %1 (%2 rows or files).</source>
        <translation>已写入 %1（%2 行或文件）。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="132"/>
        <source>Add recordings</source>
        <translation>添加录像</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="142"/>
        <source>Indexing %1 (%2 of %3)…</source>
        <translation>正在索引 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ExchangeActions.cpp" line="149"/>
        <source>Added %n recording(s).</source>
        <translation>
            <numerusform>已添加 %n 个录像。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="163"/>
        <source>Import Events CSV</source>
        <translation>导入事件 CSV</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="163"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="165"/>
        <source>Import BORIS Project</source>
        <translation>导入 BORIS 项目</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="166"/>
        <source>BORIS projects (*.boris);;All files (*)</source>
        <translation>BORIS 项目 (*.boris);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="168"/>
        <source>Import RodEpil-style Folder</source>
        <translation>导入 RodEpil 格式文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="180"/>
        <source>The project has no clip set yet (Clips ▸ Build Clip Set…).</source>
        <translation>项目中还没有片段集（片段 ▸ 构建片段集…）。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="184"/>
        <source>Export Clip Set</source>
        <translation>导出片段集</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="184"/>
        <source>Clip set:</source>
        <translation>片段集：</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="189"/>
        <source>Folder for the Clip Videos</source>
        <translation>片段视频的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="191"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="200"/>
        <source>Add Recordings</source>
        <translation>添加录像</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="201"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="204"/>
        <source>Subject of the Recordings</source>
        <translation>录像所属受试者</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::GoToDialog</name>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="15"/>
        <source>Go to Frame or Time</source>
        <translation>跳转到帧或时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="16"/>
        <source>1234, 75.5s or 01:02:03.250</source>
        <translation>1234、75.5s 或 01:02:03.250</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="19"/>
        <source>Frame or time:</source>
        <translation>帧或时间：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="48"/>
        <source>Frames 0 to %1, or a time.</source>
        <translation>第 0 至 %1 帧，或一个时间。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="50"/>
        <source>Frame %1 is past the end (last frame %2).</source>
        <translation>第 %1 帧超出末尾（最后一帧为 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="52"/>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::JobProgressDialog</name>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="12"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="21"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="34"/>
        <source>%1 failed.</source>
        <translation>%1 失败。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>paused · %1×</source>
        <translation>已暂停 · %1×</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>cannot open video &apos;%1&apos;: no such file</source>
        <translation>无法打开视频“%1”：文件不存在</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Viewing a video outside the project: add it to a project to annotate.</source>
        <translation>正在查看项目外的视频：将其添加到项目后才能标注。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Video missing:
%1

File ▸ Re-link Recording… to locate it.</source>
        <translation>视频缺失：
%1

请通过 文件 ▸ 重新关联录像… 定位该文件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>The video of this recording is missing: %1</source>
        <translation>此录像的视频缺失：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Cannot re-link recording</source>
        <translation>无法重新关联录像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&apos;%1&apos; is not the video of this recording: its content fingerprint differs (%2, expected %3).</source>
        <translation>“%1”不是此录像的视频：内容指纹不一致（%2，应为 %3）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Re-linked to %1</source>
        <translation>已重新关联到 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>  (keyframe preview)</source>
        <translation>  （关键帧预览）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="331"/>
        <source>Prodrome</source>
        <translation>Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="336"/>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="395"/>
        <source>Clip set %1 saved.</source>
        <translation>片段集 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>No video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="49"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="55"/>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <location filename="../ui/MainWindowMenus.cpp" line="300"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="50"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="51"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="52"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="54"/>
        <source>Open &amp;Video…</source>
        <translation>打开视频(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="59"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="61"/>
        <source>&amp;Add Recordings…</source>
        <translation>添加录像(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="63"/>
        <source>New &amp;Subject…</source>
        <translation>新建受试者(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="64"/>
        <source>Re-&amp;link Recording…</source>
        <translation>重新关联录像(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="69"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="71"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="79"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="80"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="82"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="90"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="91"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="93"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="95"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="101"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="105"/>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="114"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="114"/>
        <source>The language changes when Prodrome is started again.</source>
        <translation>语言将在下次启动 Prodrome 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="119"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="123"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="127"/>
        <source>&amp;Clips</source>
        <translation>片段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="128"/>
        <source>&amp;Build Clip Set…</source>
        <translation>构建片段集(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="130"/>
        <source>&amp;Hide Clip Windows</source>
        <translation>隐藏片段窗口(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="133"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="135"/>
        <source>Training and forecasting arrive in a later version.</source>
        <translation>训练与预测功能将在后续版本中提供。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="138"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="139"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="145"/>
        <source>&amp;About Prodrome</source>
        <translation>关于 Prodrome(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="146"/>
        <source>About Prodrome</source>
        <translation>关于 Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="147"/>
        <source>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;Clinical video annotation and seizure forecasting.&lt;/p&gt;&lt;p&gt;Video never leaves this machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;临床视频标注与癫痫发作预测。&lt;/p&gt;&lt;p&gt;视频绝不会离开本机。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="164"/>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="165"/>
        <source>Play &amp;Backwards / Faster (J)</source>
        <translation>倒放 / 加速(&amp;B) (J)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="167"/>
        <source>Pause (K)</source>
        <translation>暂停 (K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="168"/>
        <source>Play &amp;Forwards / Faster (L)</source>
        <translation>正放 / 加速(&amp;F) (L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="171"/>
        <source>Fas&amp;ter</source>
        <translation>加快(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="172"/>
        <source>Slo&amp;wer</source>
        <translation>减慢(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="173"/>
        <source>&amp;Normal Speed</source>
        <translation>正常速度(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="174"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="178"/>
        <source>Next Frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="179"/>
        <source>Previous Frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="180"/>
        <source>Forward 1 Second</source>
        <translation>前进 1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="182"/>
        <source>Back 1 Second</source>
        <translation>后退 1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="184"/>
        <source>Forward 1 Minute</source>
        <translation>前进 1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="186"/>
        <source>Back 1 Minute</source>
        <translation>后退 1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="188"/>
        <source>First Frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="189"/>
        <source>Last Frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="190"/>
        <source>&amp;Go to Frame or Time…</source>
        <translation>跳转到帧或时间(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="193"/>
        <source>Next &amp;Event</source>
        <translation>下一个事件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="194"/>
        <source>Previous E&amp;vent</source>
        <translation>上一个事件(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="200"/>
        <source>Mark &amp;Onset</source>
        <translation>标记起点(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="204"/>
        <source>Mark O&amp;ffset (first frame after the seizure)</source>
        <translation>标记终点(&amp;F)（发作结束后的第一帧）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="211"/>
        <source>Select an event first.</source>
        <translation>请先选择一个事件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="214"/>
        <source>Nudge Onset Left</source>
        <translation>起点左移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="216"/>
        <source>Nudge Onset Right</source>
        <translation>起点右移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="218"/>
        <source>Nudge Offset Left</source>
        <translation>终点左移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="220"/>
        <source>Nudge Offset Right</source>
        <translation>终点右移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="223"/>
        <source>Seizure &amp;Type…</source>
        <translation>发作类型(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="227"/>
        <source>Seizure Type</source>
        <translation>发作类型</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="227"/>
        <source>Seizure type (e.g. FIAS, GTCS):</source>
        <translation>发作类型（例如 FIAS、GTCS）：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="231"/>
        <source>&amp;Delete Event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="234"/>
        <source>Deselect Event</source>
        <translation>取消选择事件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="247"/>
        <source>No event after this frame.</source>
        <translation>此帧之后没有事件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="247"/>
        <source>No event before this frame.</source>
        <translation>此帧之前没有事件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="262"/>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="264"/>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="268"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="268"/>
        <source>Prodrome projects (*.prodrome)</source>
        <translation>Prodrome 项目 (*.prodrome)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="275"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="276"/>
        <source>Prodrome projects (*.prodrome *.sqlite *.db);;All files (*)</source>
        <translation>Prodrome 项目 (*.prodrome *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="282"/>
        <source>New Subject</source>
        <translation>新建受试者</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="287"/>
        <source>Cannot add subject</source>
        <translation>无法添加受试者</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="298"/>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Cannot open video</source>
        <translation>无法打开视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Frame %1 / %2  ·  %3</source>
        <translation>第 %1 / %2 帧  ·  %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="24"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="26"/>
        <location filename="../ui/MainWindowAnnotation.cpp" line="48"/>
        <source>Open a project to annotate.</source>
        <translation>打开项目后即可标注。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="67"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProjectTreeDock</name>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="22"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="25"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="79"/>
        <source>Subjects</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="82"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="82"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="90"/>
        <source>%1 frames · %2 fps</source>
        <translation>%1 帧 · %2 fps</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="91"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="99"/>
        <source>Video missing: %1
Double-click or use File ▸ Re-link Recording… to locate it.</source>
        <translation>视频缺失：%1
双击或使用 文件 ▸ 重新关联录像… 定位该文件。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="109"/>
        <source>Clip sets</source>
        <translation>片段集</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectTreeDock.cpp" line="112"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="120"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="126"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="128"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="31"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="33"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="33"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::SubjectDialog</name>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="15"/>
        <source>New subject</source>
        <translation>新受试者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="17"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="19"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="22"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="19"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="23"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="21"/>
        <source>e.g. P07 or R12</source>
        <translation>例如 P07 或 R12</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="26"/>
        <source>Subject:</source>
        <translation>受试者：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="28"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="29"/>
        <source>Species:</source>
        <translation>物种：</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="92"/>
        <source>Click to seek · wheel to zoom · Shift+wheel or drag to scroll · drag an event edge to move it</source>
        <translation>单击跳转 · 滚轮缩放 · Shift+滚轮或拖动以滚动 · 拖动事件边缘以移动</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="217"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="510"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="217"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="511"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="217"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="512"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="517"/>
        <source>No recording</source>
        <translation>无录像</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="661"/>
        <source>%1 · frame %2</source>
        <translation>%1 · 第 %2 帧</translation>
    </message>
</context>
</TS>
