<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="24"/>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="30"/>
        <source>Import HF VideoMAE Weights</source>
        <translation>导入 HF VideoMAE 权重</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="26"/>
        <source>safetensors files (*.safetensors);;All files (*)</source>
        <translation>safetensors 文件 (*.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="46"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="47"/>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="48"/>
        <source>Architecture preset:</source>
        <translation>架构预设：</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="49"/>
        <source>Frames:</source>
        <translation>帧数：</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="50"/>
        <source>Input size:</source>
        <translation>输入尺寸：</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="59"/>
        <source>Choose a model name that the project does not use yet.</source>
        <translation>请选择项目中尚未使用的模型名称。</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="81"/>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="86"/>
        <source>Export Model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="81"/>
        <source>The project has no model yet.</source>
        <translation>项目中还没有模型。</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="86"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="90"/>
        <source>Folder for config.json and model.safetensors (HF transformers layout)</source>
        <translation>config.json 和 model.safetensors 的保存文件夹（HF transformers 布局）</translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../ui/RunLabel.cpp" line="14"/>
        <source>pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="18"/>
        <source>k-shot evaluation</source>
        <translation>k-shot 评估</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="31"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="33"/>
        <source>clip set %1</source>
        <translation>片段集 %1</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="35"/>
        <source>clip sets %1</source>
        <translation>片段集 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RunLabel.cpp" line="37"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n 个录像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="16"/>
        <source>fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="20"/>
        <source>forecast</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>prodrome::core::EmptyLabelReasons</name>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="56"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="56"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="81"/>
        <source>The project has no %1 recordings.</source>
        <translation>项目中没有%1录像。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="82"/>
        <source>The project has no recordings.</source>
        <translation>项目中没有录像。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="88"/>
        <source>Every recording is shorter than the clip length (%1 s): the longest lasts %2 s.</source>
        <translation>每个录像都短于片段长度（%1 秒）：最长的为 %2 秒。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="101"/>
        <source>No pre-ictal windows: no seizure is annotated in these recordings.</source>
        <translation>没有发作前窗口：这些录像中未标注发作。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="103"/>
        <source>No pre-ictal windows: every seizure begins within the first %1 s (the clip length) of its recording, so no window fits before it.</source>
        <translation>没有发作前窗口：每次发作都在录像的前 %1 秒（片段长度）内开始，之前放不下窗口。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="107"/>
        <source>No pre-ictal windows: every window before an onset overlaps an earlier seizure or its post-ictal period (%1 s); shorten the post-ictal period or the clip length.</source>
        <translation>没有发作前窗口：发作开始前的每个窗口都与更早的发作或其发作后期（%1 秒）重叠；请缩短发作后期或片段长度。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="114"/>
        <source>No normal windows: &apos;normal per pre-ictal&apos; keeps %1 per pre-ictal window and there are none; set it to no limit.</source>
        <translation>没有正常窗口：“每个发作前片段对应正常片段数”为每个发作前窗口保留 %1 个，而发作前窗口为零；请设为不限。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="136"/>
        <source>No normal %1 windows: every window lies within the inter-ictal gap (%2 s) of a seizure; the longest stretch of a %1 recording clear of it lasts %3 s, a clip needs %4 s. Lower &apos;Inter-ictal gap, %1&apos;.</source>
        <translation>没有%1正常窗口：每个窗口都在某次发作的发作间隔（%2 秒）之内；%1录像中不受其影响的最长一段为 %3 秒，一个片段需要 %4 秒。请减小“发作间隔，%1”。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="142"/>
        <source>No normal %1 windows: the stretches clear of seizures are covered by artifacts or other events, which exclude normal windows; untick that option to keep them.</source>
        <translation>没有%1正常窗口：无发作的时段被伪迹或其他事件覆盖，而它们会排除正常窗口；取消勾选该选项即可保留。</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="148"/>
        <source>No normal windows: the caps on normal windows leave none.</source>
        <translation>没有正常窗口：正常窗口的数量上限使其一个不剩。</translation>
    </message>
</context>
<context>
    <name>prodrome::core::ForecastReview</name>
    <message>
        <location filename="../core/review/ForecastReview.cpp" line="33"/>
        <source>run %1 did not forecast recording %2</source>
        <translation>运行 %1 未对录像 %2 进行预测</translation>
    </message>
    <message>
        <location filename="../core/review/ForecastReview.cpp" line="35"/>
        <source>recording %1 does not exist</source>
        <translation>录像 %1 不存在</translation>
    </message>
    <message>
        <location filename="../core/review/ForecastReview.cpp" line="36"/>
        <source>recording %1 has no frame rate</source>
        <translation>录像 %1 没有帧率</translation>
    </message>
</context>
<context>
    <name>prodrome::core::ForecastRunInfo</name>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="36"/>
        <source>run %1 is a %2 run, not a forecast run</source>
        <translation>运行 %1 的类型为 %2，不是预测运行</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="43"/>
        <source>run %1: its config is not a JSON object (%2)</source>
        <translation>运行 %1：配置不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="51"/>
        <source>run %1: its config has no &quot;forecast&quot; section</source>
        <translation>运行 %1：配置中没有 &quot;forecast&quot; 部分</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="56"/>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="65"/>
        <source>run %1: window and stride must be positive seconds</source>
        <translation>运行 %1：窗口和步长必须为正的秒数</translation>
    </message>
</context>
<context>
    <name>prodrome::core::ModelDescription</name>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="30"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="33"/>
        <source>architecture: %1 blocks of width %2 (%3 heads); %4 frames of %5×%5 px, in tubelets of %6 frames and %7-px patches</source>
        <translation>架构：%1 个宽度为 %2 的模块（%3 个注意力头）；%4 帧 %5×%5 像素，按 %6 帧的管块和 %7 像素的图块切分</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="48"/>
        <source>sampling: the window&apos;s last %1 frames</source>
        <translation>采样：窗口的最后 %1 帧</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="49"/>
        <source>sampling: %1 frames, one in every %2, ending at the window&apos;s last frame</source>
        <translation>采样：%1 帧，每 %2 帧取一帧，止于窗口的最后一帧</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="53"/>
        <source> (%1 s at %2 fps)</source>
        <translation>（%1 秒，%2 fps）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="58"/>
        <source>sampling: evenly over the window</source>
        <translation>采样：在窗口内均匀分布</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="61"/>
        <source>frame rate: not stored</source>
        <translation>帧率：未存储</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="64"/>
        <source>frame rate: %1 fps (its clips were read at it; a forecast reads a faster recording at it, a slower one frame by frame)</source>
        <translation>帧率：%1 fps（其片段按此帧率读取；预测时较快的录像按此帧率读取，较慢的录像逐帧读取）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="70"/>
        <source>frame rate: %1 fps (its clips were read at it)</source>
        <translation>帧率：%1 fps（其片段按此帧率读取）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="75"/>
        <source>head: %1</source>
        <translation>分类头：%1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="76"/>
        <source>the first token</source>
        <translation>第一个 token</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="78"/>
        <source>the mean token with the mean and max of its changes (motion pooling)</source>
        <translation>平均 token 及其变化的均值和最大值（运动池化）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="79"/>
        <source>the mean token</source>
        <translation>平均 token</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="81"/>
        <source>, with %1 frame-difference statistics</source>
        <translation>，含 %1 项帧差统计量</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="83"/>
        <source> over the whole window</source>
        <translation>，覆盖整个窗口</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="85"/>
        <source>, its last %1 %</source>
        <translation>、窗口最后 %1 %</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="87"/>
        <source>, and the same of %1 earlier window(s)</source>
        <translation>，以及之前 %1 个窗口的相同统计量</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="89"/>
        <source>; each feature standardised over its recording</source>
        <translation>；每个特征在其录像内标准化</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="96"/>
        <source>trained for: %1-s windows, onsets within %2 of a window&apos;s end</source>
        <translation>训练目标：%1 秒窗口，发作起始在窗口结束后 %2 内</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="99"/>
        <source>trained for: windows and horizon not stored (a forecast uses its own)</source>
        <translation>训练目标：未存储窗口与预测时域（预测时使用其自身的设置）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="102"/>
        <source>judged with: normal windows at least %1, %2</source>
        <translation>评估依据：正常窗口至少%1，%2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="104"/>
        <source>%1 from a seizure (patients)</source>
        <translation>距发作 %1（患者）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="105"/>
        <source>— (patients)</source>
        <translation>—（患者）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="106"/>
        <source>%1 (rodents)</source>
        <translation>%1（啮齿动物）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="107"/>
        <source>— (rodents)</source>
        <translation>—（啮齿动物）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="109"/>
        <source>; %1 after each offset left out</source>
        <translation>；每次发作结束后的 %1 被排除</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="111"/>
        <source>judged with: not stored (a forecast uses its species&apos; defaults)</source>
        <translation>评估依据：未存储（预测时使用其物种的默认值）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="115"/>
        <source>brief jerks: each weighs %1 beside the head&apos;s probability p: 1 − (1 − p)(1 − %1)^jerks</source>
        <translation>短暂抽动：每次抽动在分类头概率 p 之外的权重为 %1：1 − (1 − p)(1 − %1)^抽动次数</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="119"/>
        <source>calibration: none (its probabilities are the head&apos;s)</source>
        <translation>校准：无（其概率即分类头的输出）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="120"/>
        <source>calibration: %1: the chance of an onset within the horizon</source>
        <translation>校准：%1：预测时域内发作开始的概率</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="124"/>
        <source>operating point: none (no threshold met its false-alarm budget: it raises no alarm)</source>
        <translation>工作点：无（没有阈值满足其误报预算：它不会发出警报）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="125"/>
        <source>operating point: threshold %1, %2 window(s) in a row</source>
        <translation>工作点：阈值 %1，连续 %2 个窗口</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="148"/>
        <source>model %1: %2</source>
        <translation>模型 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="151"/>
        <source>kind: %1 (an encoder with a forecasting head)</source>
        <translation>类型：%1（带预测头的编码器）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="152"/>
        <source>kind: %1 (an encoder, with or without its decoder)</source>
        <translation>类型：%1（编码器，带或不带其解码器）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="153"/>
        <source>kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="155"/>
        <source>weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="156"/>
        <source>created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="158"/>
        <source>trained from: model %1 (%2)</source>
        <translation>训练自：模型 %1（%2）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="159"/>
        <source>trained from: model %1 (no longer in the project)</source>
        <translation>训练自：模型 %1（已不在项目中）</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="162"/>
        <source>architecture: not stored in the file (the loader infers it from the tensors)</source>
        <translation>架构：文件中未存储（加载器根据张量推断）</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AgreementDialog</name>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="26"/>
        <source>(no name)</source>
        <translation>（无名）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="45"/>
        <source>Export Pairings CSV…</source>
        <translation>导出配对 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="46"/>
        <source>Export Summary CSV…</source>
        <translation>导出汇总 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="47"/>
        <source>Rater Agreement</source>
        <translation>评估者一致性</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="120"/>
        <source>%1 (seizures: %2)</source>
        <translation>%1（发作：%2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="60"/>
        <source>Rater A: whose events are matched against B&apos;s</source>
        <translation>评估者 A：其事件与 B 的事件进行匹配</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="49"/>
        <source>This recording</source>
        <translation>此录像</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="53"/>
        <source>Its monitoring period #%1 (%2 files)</source>
        <translation>其监测时段 #%1(%2 个文件)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="57"/>
        <source>A monitoring period&apos;s files are compared on one frame axis by the wall clock; gaps between files are no one&apos;s frames</source>
        <translation>监测时段的文件按挂钟时间在同一帧轴上比较;文件之间的间隙不属于任何人的帧</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="61"/>
        <source>Rater B: the reference for A&apos;s sensitivity</source>
        <translation>评估者 B：A 的敏感度所参照的标准</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="66"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="67"/>
        <source>Two onsets match when they are at most this far apart (compared in frames)</source>
        <translation>两个起始点相距不超过此值即视为匹配（按帧比较）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="70"/>
        <source>Compare on:</source>
        <translation>比较范围:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="71"/>
        <source>Rater A:</source>
        <translation>评估者 A：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="72"/>
        <source>Rater B:</source>
        <translation>评估者 B：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="73"/>
        <source>Onset tolerance:</source>
        <translation>起始容差：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="87"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="138"/>
        <source>Agreement needs two annotators&apos; seizures in this period; annotators who marked any: %1.</source>
        <translation>一致性需要此时段内两位标注者的发作标记;已有标记的标注者:%1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="139"/>
        <source>Agreement needs two annotators&apos; seizures on this recording; annotators who marked any: %1.</source>
        <translation>一致性分析需要此录像上两位标注者的发作标注；标注过发作的标注者：%1。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="150"/>
        <source>Choose two different annotators.</source>
        <translation>请选择两位不同的标注者。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="173"/>
        <source>Events of A (%1)</source>
        <translation>A 的事件（%1）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="173"/>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="174"/>
        <source>, %1 open</source>
        <translation>，%1 个未结束</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="174"/>
        <source>Events of B (%1)</source>
        <translation>B 的事件（%1）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="175"/>
        <source>Matched (onsets within %1 s)</source>
        <translation>匹配（起始相差不超过 %1 秒）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="176"/>
        <source>Only A / only B</source>
        <translation>仅 A / 仅 B</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="176"/>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="193"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="177"/>
        <source>Sensitivity of A against B</source>
        <translation>A 相对于 B 的敏感度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="177"/>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="178"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%3 中的 %2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="178"/>
        <source>Sensitivity of B against A</source>
        <translation>B 相对于 A 的敏感度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="179"/>
        <source>Onset</source>
        <translation>起始</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="179"/>
        <source>Offset</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="181"/>
        <source>%1 difference (B − A)</source>
        <translation>%1差值（B − A）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="181"/>
        <source>no matched pair</source>
        <translation>无匹配对</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="184"/>
        <source>%1 difference (B − A), pairs: %2</source>
        <translation>%1差值（B − A），配对数：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="185"/>
        <source>mean |d| %1 s · median |d| %2 s · max |d| %3 s · mean %4 s</source>
        <translation>平均 |d| %1 秒 · 中位 |d| %2 秒 · 最大 |d| %3 秒 · 平均 %4 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="189"/>
        <source>Frames compared</source>
        <translation>比较的帧数</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="190"/>
        <source>Seizure in both / only A / only B / neither</source>
        <translation>两者均为发作 / 仅 A / 仅 B / 均否</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="191"/>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="192"/>
        <source>Observed agreement / by chance</source>
        <translation>观察一致率 / 随机一致率</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="194"/>
        <source>&lt;b&gt;Cohen&apos;s κ (per frame)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cohen κ（逐帧）&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="197"/>
        <source>κ is undefined here: by chance alone the raters would label every frame alike.</source>
        <translation>此处 κ 无定义：仅凭随机，两位评估者对每一帧的标注都会相同。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="199"/>
        <source>Everything is computed in frames (%1 fps); seconds are shown for reading.</source>
        <translation>所有计算均按帧进行（%1 fps）；秒数仅供阅读。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="211"/>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="214"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AlarmLane</name>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="21"/>
        <source>Alarms</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="43"/>
        <source>true alarm</source>
        <translation>正确警报</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="44"/>
        <source>false alarm</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="45"/>
        <source>alarm during a seizure</source>
        <translation>发作期间的警报</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="64"/>
        <source>accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="65"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="66"/>
        <source>not reviewed</source>
        <translation>未复核</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="67"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="98"/>
        <source>No alarm at this threshold</source>
        <translation>此阈值下没有警报</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="98"/>
        <source>Click an alarm to select it and go to it</source>
        <translation>点击警报以选中并跳转到该处</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="100"/>
        <source>Alarm at %1 (frame %2)
%3</source>
        <translation>警报于 %1（第 %2 帧）
%3</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AlarmTableModel</name>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="37"/>
        <source>true</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="39"/>
        <source>false</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="41"/>
        <source>during seizure</source>
        <translation>发作期间</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="48"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="49"/>
        <source>accepted</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="49"/>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="50"/>
        <source>%1 — check again</source>
        <translation>%1 — 请重新检查</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="89"/>
        <source>A seizure begins within the horizon after this alarm</source>
        <translation>此警报后的预测窗内有发作开始</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="91"/>
        <source>No seizure begins within the horizon after this alarm</source>
        <translation>此警报后的预测窗内没有发作开始</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="93"/>
        <source>During a seizure or its post-ictal period: neither true nor false</source>
        <translation>处于发作或其发作后期内：既非正确也非误报</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="100"/>
        <source>Rejected as a false alarm, but a seizure now begins within the horizon after it</source>
        <translation>已作为误报拒绝，但现在其后的预测范围内有发作开始</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="101"/>
        <source>Accepted, but no annotated seizure follows it any more</source>
        <translation>已接受，但其后已不再有已标注的发作</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="114"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="116"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="118"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="120"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="122"/>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="41"/>
        <source>Cannot read recording #%1: %2</source>
        <translation>无法读取录像 #%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="80"/>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="114"/>
        <source>Cannot undo or redo this edit: %1</source>
        <translation>无法撤销或重做此编辑：%1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="129"/>
        <source>Open a recording before marking an onset.</source>
        <translation>请先打开录像再标记发作起点。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="133"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="161"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="211"/>
        <source>Frame %1 is outside the recording.</source>
        <translation>第 %1 帧不在录像范围内。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="141"/>
        <source>Mark onset</source>
        <translation>标记起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="147"/>
        <source>Open a recording before marking an offset.</source>
        <translation>请先打开录像再标记发作终点。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="160"/>
        <source>There is no open seizure before frame %1 to close.</source>
        <translation>第 %1 帧之前没有可结束的未完成发作。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="164"/>
        <source>Mark offset</source>
        <translation>标记终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="172"/>
        <source>Event #%1 is not an open seizure.</source>
        <translation>事件 #%1 不是未结束的发作。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="173"/>
        <source>Mark offset across files</source>
        <translation>跨文件标记结束</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="209"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="230"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="239"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="252"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="261"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="270"/>
        <source>Event #%1 no longer exists.</source>
        <translation>事件 #%1 已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="218"/>
        <source>Move onset</source>
        <translation>移动起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="218"/>
        <source>Move offset</source>
        <translation>移动终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="219"/>
        <source>Nudge onset</source>
        <translation>微调起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="219"/>
        <source>Nudge offset</source>
        <translation>微调终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="228"/>
        <source>Select an event to nudge.</source>
        <translation>请选择要微调的事件。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="231"/>
        <source>The selected seizure has no offset yet.</source>
        <translation>所选发作尚无终点。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="240"/>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="246"/>
        <source>Select an event to delete.</source>
        <translation>请选择要删除的事件。</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="256"/>
        <source>Set seizure type</source>
        <translation>设置发作类型</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="265"/>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="274"/>
        <source>Change event kind</source>
        <translation>更改事件类别</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::BorisImportDialog</name>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="19"/>
        <source>Import nothing: add the videos to the project first</source>
        <translation>不导入：先将视频添加到项目</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="20"/>
        <source>Add the videos as recordings, then import everything</source>
        <translation>将视频添加为录像，然后全部导入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="21"/>
        <source>Skip those observations and import the others</source>
        <translation>跳过这些观察，导入其余观察</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="24"/>
        <source>Import point events as seizure onsets (open events)</source>
        <translation>将点事件导入为发作起点（未结束事件）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="27"/>
        <source>Import BORIS Project</source>
        <translation>导入 BORIS 项目</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="29"/>
        <source>%1 holds %2 observation(s).</source>
        <translation>%1 包含 %2 个观察。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="31"/>
        <source>%1 of them (LIVE or IMAGES) have no video and are skipped.</source>
        <translation>其中 %1 个（LIVE 或 IMAGES）没有视频，将被跳过。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="38"/>
        <source>%n observation(s) name videos this project does not hold:</source>
        <translation>
            <numerusform>%n 个观察引用了本项目中没有的视频：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="54"/>
        <source>each observation&apos;s BORIS subject</source>
        <translation>每个观察的 BORIS 对象</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="55"/>
        <source>The subject the added recordings belong to. Left empty, each observation&apos;s one BORIS subject is taken.</source>
        <translation>所添加录像所属的受试者。留空时采用每个观察唯一的 BORIS 对象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="57"/>
        <source>as the subject is (existing subjects)</source>
        <translation>与受试者相同（已有受试者）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="58"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="59"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="60"/>
        <source>Subject:</source>
        <translation>受试者：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="61"/>
        <source>Species:</source>
        <translation>物种：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="67"/>
        <source>Every observation&apos;s video is in the project.</source>
        <translation>每个观察的视频都在项目中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="78"/>
        <source>every behaviour: %1</source>
        <translation>所有行为：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="79"/>
        <source>category &apos;seizure&apos;: %1</source>
        <translation>类别 &apos;seizure&apos;：%1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="80"/>
        <source>The BORIS behaviour codes that are seizures, comma-separated. The others import as &apos;other&apos; events (or artifacts), which may overlap. Left empty: the behaviours of the ethogram&apos;s category &apos;seizure&apos;, or every behaviour.</source>
        <translation>属于发作的 BORIS 行为代码，以逗号分隔。其余行为导入为可相互重叠的 &apos;other&apos; 事件（或伪迹）。留空时：行为谱中类别 &apos;seizure&apos; 的行为，否则所有行为。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="83"/>
        <source>Seizure behaviours:</source>
        <translation>发作行为：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="84"/>
        <source>Whose marks these are, unless an observation names its own in the independent variable &apos;annotator&apos;. Each BORIS subject&apos;s events go under ANNOTATOR/SUBJECT.</source>
        <translation>这些标记的作者，除非观察在自变量 &apos;annotator&apos; 中指定了自己的标注者。每个 BORIS 对象的事件归入 标注者/对象。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="86"/>
        <source>Annotator:</source>
        <translation>标注者：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="89"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="121"/>
        <source>Choose what to do with the videos the project does not hold.</source>
        <translation>请选择如何处理项目中没有的视频。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipSetDialog</name>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="39"/>
        <source>Build Clip Set</source>
        <translation>构建片段集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="42"/>
        <source>e.g. emu-L5-H5</source>
        <translation>例如 emu-L5-H5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="43"/>
        <source>the default settings</source>
        <translation>默认设置</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="45"/>
        <source>clip set %1</source>
        <translation>片段集 %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="46"/>
        <source>Fill every field from an existing clip set&apos;s stored settings, to build a variant of it.</source>
        <translation>用现有片段集保存的设置填充所有字段，以构建其变体。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="48"/>
        <source>every subject</source>
        <translation>所有受试者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="49"/>
        <source>human subjects only</source>
        <translation>仅人类受试者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="50"/>
        <source>rodent subjects only</source>
        <translation>仅啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="51"/>
        <source>Build from the recordings of one species only; splits then draw from its subjects.</source>
        <translation>仅用一个物种的录像构建；划分也只在该物种的受试者中进行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="58"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="59"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="59"/>
        <source>rodent</source>
        <translation>啮齿类</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="68"/>
        <source>The subjects whose recordings the set is built from; untick those to leave out. Splits draw from the ticked subjects, each species on its own.</source>
        <translation>用于构建该集合的受试者录像；取消勾选以排除。划分从勾选的受试者中抽取，各物种分别进行。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="71"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="72"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="73"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="74"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="76"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="77"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="78"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="75"/>
        <source>clip length</source>
        <translation>片段长度</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="79"/>
        <source>pre-ictal</source>
        <translation>发作前</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="80"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="81"/>
        <source>ictal</source>
        <translation>发作期</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="82"/>
        <source>Artifacts and other events exclude normal windows</source>
        <translation>伪迹和其他事件排除正常窗口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="86"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="95"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="99"/>
        <source>No split</source>
        <translation>不划分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="100"/>
        <source>By subject: train / val / test</source>
        <translation>按受试者：训练 / 验证 / 测试</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="116"/>
        <source>The clip set&apos;s name, unique in the project; training dialogs list sets by it.</source>
        <translation>片段集的名称，在项目中唯一；训练对话框按此名称列出片段集。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="117"/>
        <source>L: the length of every clip, 3 to 10 s. Forecasters see one clip at a time.</source>
        <translation>L：每个片段的长度，3 到 10 秒。预测模型每次看一个片段。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="118"/>
        <source>H: a pre-ictal clip ends at most this long before a seizure onset. The forecast predicts an onset within H of a window&apos;s end.</source>
        <translation>H：发作前片段最多在发作开始前这么久结束。预测的是窗口结束后 H 内的发作开始。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="120"/>
        <source>How far apart the ends of successive pre-ictal clips before one onset lie (and the step between ictal clips).</source>
        <translation>同一发作开始前相邻发作前片段结束点之间的间隔（也是发作期片段之间的步长）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="122"/>
        <source>How far apart successive normal clips start; &apos;clip length&apos; makes them adjacent.</source>
        <translation>相邻正常片段起点之间的间隔；“片段长度”使它们首尾相接。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="123"/>
        <source>Time after a seizure&apos;s offset that is neither normal nor pre-ictal: a pre-ictal clip of the next seizure may not reach back into it.</source>
        <translation>发作结束后既不算正常也不算发作前的时间：下一次发作的发作前片段不得延伸到其中。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="125"/>
        <source>Normal clips of human recordings keep at least this far from every seizure, before and after. Recordings shorter than about twice the gap around a seizure give no normals.</source>
        <translation>人类录像的正常片段与每次发作前后至少保持这个距离。短于发作周围约两倍间隔的录像不会产生正常片段。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="127"/>
        <source>Normal clips of rodent recordings keep at least this far from every seizure, before and after.</source>
        <translation>啮齿动物录像的正常片段与每次发作前后至少保持这个距离。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="129"/>
        <source>Build pre-ictal clips (end within H of an onset): the positive class.</source>
        <translation>构建发作前片段（在发作开始前 H 内结束）：正类。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="130"/>
        <source>Build normal clips (far from seizures): the negative class.</source>
        <translation>构建正常片段（远离发作）：负类。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="131"/>
        <source>Build ictal clips (inside a seizure), for pre-training mixes; forecasting does not use them.</source>
        <translation>构建发作期片段（发作之中），用于预训练混合；预测不使用它们。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="133"/>
        <source>When ticked, a normal clip may not overlap an artifact or other annotated event.</source>
        <translation>勾选后，正常片段不得与伪迹或其他已标注事件重叠。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="134"/>
        <source>Keep at most this many pre-ictal clips per seizure (a seeded random subset).</source>
        <translation>每次发作最多保留这么多发作前片段（按种子随机抽取）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="135"/>
        <source>Keep at most this many ictal clips per seizure (a seeded random subset).</source>
        <translation>每次发作最多保留这么多发作期片段（按种子随机抽取）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="136"/>
        <source>Keep at most this many normal clips per recording (a seeded random subset).</source>
        <translation>每个录像最多保留这么多正常片段（按种子随机抽取）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="137"/>
        <source>Keep at most this many normal clips per pre-ictal clip over the whole set, to balance the classes.</source>
        <translation>在整个片段集中，每个发作前片段最多对应这么多正常片段，以平衡类别。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="139"/>
        <source>Seeds every random choice (caps and subject splits): the same seed builds the same set.</source>
        <translation>所有随机选择（上限和受试者划分）的种子：相同种子构建相同的片段集。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="140"/>
        <source>Split by subject, so that no subject&apos;s clips are in two splits (evaluation on unseen subjects).</source>
        <translation>按受试者划分，使同一受试者的片段不会出现在两个划分中（在未见过的受试者上评估）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="143"/>
        <source>Fractions of the subjects in train, validation and test (seeded).</source>
        <translation>训练、验证和测试中受试者的比例（按种子）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="145"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="147"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="148"/>
        <source>Start from:</source>
        <translation>起始设置：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="149"/>
        <source>Species:</source>
        <translation>物种：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="150"/>
        <source>Subjects:</source>
        <translation>受试者：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="151"/>
        <source>Clip length L:</source>
        <translation>片段长度 L：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="152"/>
        <source>Horizon H:</source>
        <translation>预测窗 H：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="153"/>
        <source>Pre-ictal stride:</source>
        <translation>发作前步长：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="154"/>
        <source>Normal stride:</source>
        <translation>正常步长：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="155"/>
        <source>Post-ictal period:</source>
        <translation>发作后期：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="156"/>
        <source>Inter-ictal gap, human:</source>
        <translation>发作间隔，人类：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="157"/>
        <source>Inter-ictal gap, rodent:</source>
        <translation>发作间隔，啮齿动物：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="162"/>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="165"/>
        <source>Sampling and splits</source>
        <translation>采样与划分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="167"/>
        <source>Max pre-ictal per seizure:</source>
        <translation>每次发作最多发作前片段：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="168"/>
        <source>Max ictal per seizure:</source>
        <translation>每次发作最多发作期片段：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="169"/>
        <source>Max normal per recording:</source>
        <translation>每个录像最多正常片段：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="170"/>
        <source>Normal per pre-ictal:</source>
        <translation>每个发作前片段对应正常片段数：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="171"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="172"/>
        <source>Splits:</source>
        <translation>划分：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="177"/>
        <source>Train / val / test:</source>
        <translation>训练 / 验证 / 测试：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Subject</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Pre-ictal</source>
        <translation>发作前</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Ictal</source>
        <translation>发作期</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="198"/>
        <source>Preview: clips per subject and label</source>
        <translation>预览：按受试者和标签统计片段</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="223"/>
        <source>At least one subject stays ticked.</source>
        <translation>至少保留一个受试者处于勾选状态。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="257"/>
        <source>The settings of %1 cannot be read: %2</source>
        <translation>无法读取%1的设置：%2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="360"/>
        <source>%1 pre-ictal, %2 normal, %3 ictal windows.</source>
        <translation>%1 个发作前窗口，%2 个正常窗口，%3 个发作期窗口。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="365"/>
        <source>%n seizure(s) have no offset yet; closing them may change the set.</source>
        <translation>
            <numerusform>%n 次发作尚无终点；补全终点可能改变片段集。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="411"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="429"/>
        <source>Give the clip set a name.</source>
        <translation>请为片段集命名。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipSetEdits</name>
    <message>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="28"/>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="37"/>
        <source>Rename Clip Set</source>
        <translation>重命名片段集</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="29"/>
        <source>New name of clip set %1:</source>
        <translation>片段集 %1 的新名称：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="50"/>
        <source>Delete clip set %1 and its %n clip(s)?</source>
        <translation>
            <numerusform>删除片段集 %1 及其 %n 个片段？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="53"/>
        <source>%n run(s) used it; their records stay and will name it by its id.</source>
        <translation>
            <numerusform>有 %n 次运行使用过它；这些记录会保留，并以其编号指代它。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="54"/>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="61"/>
        <source>Delete Clip Set</source>
        <translation>删除片段集</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipWindowLane</name>
    <message>
        <location filename="../ui/timeline/ClipWindowLane.cpp" line="22"/>
        <source>Clips</source>
        <translation>片段</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::Clock</name>
    <message>
        <location filename="../ui/Clock.cpp" line="77"/>
        <source>Time from the start of the video: hours:minutes:seconds:frame within the second (View ▸ Show Frames in the Clock)</source>
        <translation>自视频开始的时间：时:分:秒:该秒内的帧（视图 ▸ 在时钟中显示帧）</translation>
    </message>
    <message>
        <location filename="../ui/Clock.cpp" line="80"/>
        <source>Time from the start of the video: hours:minutes:seconds.milliseconds</source>
        <translation>自视频开始的时间：时:分:秒.毫秒</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::DemoActions</name>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="81"/>
        <source>Build the demo project</source>
        <translation>构建演示项目</translation>
    </message>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="84"/>
        <source>Building the demo project in %1: about two minutes; the Jobs dock shows it and can cancel it</source>
        <translation>正在 %1 中构建演示项目：约两分钟；作业面板显示进度并可取消</translation>
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
        <location filename="../ui/annotation/EventEditor.cpp" line="28"/>
        <source>focal to bilateral tonic-clonic</source>
        <translation>局灶进展为双侧强直-阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="29"/>
        <source>generalized tonic-clonic</source>
        <translation>全面性强直-阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="30"/>
        <source>absence</source>
        <translation>失神</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="31"/>
        <source>myoclonic</source>
        <translation>肌阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="32"/>
        <source>tonic</source>
        <translation>强直</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="33"/>
        <source>atonic</source>
        <translation>失张力</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="34"/>
        <source>clonic</source>
        <translation>阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="35"/>
        <source>epileptic spasms</source>
        <translation>癫痫性痉挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="36"/>
        <source>unknown onset</source>
        <translation>起源不明</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="41"/>
        <source>Racine 1: mouth and facial movements</source>
        <translation>Racine 1：口面部动作</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="42"/>
        <source>Racine 2: head nodding</source>
        <translation>Racine 2：点头</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="43"/>
        <source>Racine 3: forelimb clonus</source>
        <translation>Racine 3：前肢阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="44"/>
        <source>Racine 4: rearing with forelimb clonus</source>
        <translation>Racine 4：站立伴前肢阵挛</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="45"/>
        <source>Racine 5: rearing and falling</source>
        <translation>Racine 5：站立并跌倒</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="65"/>
        <source>Seizure type</source>
        <translation>发作类型</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="66"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="72"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="73"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="74"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="139"/>
        <source>No event selected</source>
        <translation>未选择事件</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="146"/>
        <source>frames %1–%2</source>
        <translation>第 %1–%2 帧</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="147"/>
        <source>from frame %1, open</source>
        <translation>自第 %1 帧起，未结束</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="148"/>
        <source>&lt;b&gt;Event #%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;事件 #%1&lt;/b&gt; · %2 · %3</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventLane</name>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="30"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="30"/>
        <source>Events · (no name)</source>
        <translation>事件 · （无名）</translation>
    </message>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="31"/>
        <source>Events · %1</source>
        <translation>事件 · %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="258"/>
        <source>%1 · frame %2</source>
        <translation>%1 · 第 %2 帧</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventListPanel</name>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="66"/>
        <source>Filter by type, annotator, notes…</source>
        <translation>按类型、标注者、备注筛选…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="69"/>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="177"/>
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
        <location filename="../ui/annotation/EventTableModel.cpp" line="76"/>
        <source>%1 (frame %2)</source>
        <translation>%1（第 %2 帧）</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="77"/>
        <source>%1 to %2 (frame %3), %4</source>
        <translation>%1 至 %2（第 %3 帧），%4</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="81"/>
        <source>%1, offset not marked yet</source>
        <translation>%1，尚未标记结束</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="83"/>
        <source>Annotator: %1</source>
        <translation>标注者：%1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="132"/>
        <source>Onset</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="134"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="136"/>
        <source>Offset</source>
        <translation>终点</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="138"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="140"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="142"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="144"/>
        <source>Annotator</source>
        <translation>标注者</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="146"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="257"/>
        <source>%1 has a variable frame rate: times in seconds (imported events, exports, the clock) land up to %2 s off its pictures. Mark events in frames, or re-encode it at a constant rate and add that file instead.</source>
        <translation>%1 的帧率可变：以秒表示的时间（导入的事件、导出、时钟）与其画面最多相差 %2 秒。请以帧标注事件，或将其重新编码为恒定帧率后改为添加该文件。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="34"/>
        <source>Imported %1 subject(s), %2 recording(s), %3 event(s), %4 clip(s); %5 skipped.</source>
        <translation>已导入 %1 名受试者、%2 个录像、%3 个事件、%4 个片段；跳过 %5 项。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="68"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="84"/>
        <location filename="../ui/ExchangeActions.cpp" line="132"/>
        <source>Events &amp;CSV…</source>
        <translation>事件 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="85"/>
        <location filename="../ui/ExchangeActions.cpp" line="134"/>
        <source>&amp;BORIS Project…</source>
        <translation>&amp;BORIS 项目…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="86"/>
        <source>&amp;RodEpil-style Folder…</source>
        <translation>&amp;RodEpil 格式文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="88"/>
        <source>&amp;Signal (CSV, EDF) for This Recording…</source>
        <translation>此录像的信号(CSV、EDF)(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="94"/>
        <source>Import signal</source>
        <translation>导入信号</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="104"/>
        <source>Imported %1 signal(s) of %2 samples each (%3 sampling) and %4 marker(s) beside recording %5</source>
        <translation>已在录像 %5 旁导入 %1 个信号，每个 %2 个采样（%3 采样）及 %4 个标记</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="126"/>
        <source>Signals (*.csv *.edf *.bdf *.EDF *.BDF);;CSV files (*.csv);;EDF and BDF files (*.edf *.bdf);;All files (*)</source>
        <translation>信号 (*.csv *.edf *.bdf *.EDF *.BDF);;CSV 文件 (*.csv);;EDF 和 BDF 文件 (*.edf *.bdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="133"/>
        <source>&amp;Frame Labels CSV…</source>
        <translation>逐&amp;帧标签 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="136"/>
        <source>Clip Set &amp;Manifest CSV…</source>
        <translation>片段集&amp;清单 CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="137"/>
        <source>Clip Set &amp;VideoMAE List…</source>
        <translation>片段集 &amp;VideoMAE 列表…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="138"/>
        <source>Clip &amp;Videos…</source>
        <translation>片段&amp;视频…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="144"/>
        <source>Import events CSV</source>
        <translation>导入事件 CSV</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="145"/>
        <source>Import BORIS project</source>
        <translation>导入 BORIS 项目</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="146"/>
        <source>Import RodEpil folder</source>
        <translation>导入 RodEpil 文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="96"/>
        <location filename="../ui/ExchangeActions.cpp" line="97"/>
        <location filename="../ui/ExchangeActions.cpp" line="159"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="40"/>
        <source>%1 monitoring period(s) made.</source>
        <translation>已创建 %1 个监测时段。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="42"/>
        <source>%1 observation(s) skipped.</source>
        <translation>已跳过 %1 个观察。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="96"/>
        <location filename="../ui/ExchangeActions.cpp" line="101"/>
        <location filename="../ui/ExchangeActions.cpp" line="153"/>
        <location filename="../ui/ExchangeActions.cpp" line="159"/>
        <location filename="../ui/ExchangeActions.cpp" line="171"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="107"/>
        <source>even</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="107"/>
        <source>uneven</source>
        <translation>不均匀</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="118"/>
        <location filename="../ui/ExchangeActions.cpp" line="125"/>
        <source>Import Signal</source>
        <translation>导入信号</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="119"/>
        <source>Open the recording the signal belongs to first: its time column is read on that recording&apos;s clock.</source>
        <translation>请先打开信号所属的录像：其时间列按该录像的时钟读取。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="154"/>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>正在添加 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="172"/>
        <source>Probing %1 (%2 of %3)…</source>
        <translation>正在检查 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="185"/>
        <location filename="../ui/ExchangeActions.cpp" line="328"/>
        <location filename="../ui/ExchangeActions.cpp" line="343"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="187"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="187"/>
        <location filename="../ui/ExchangeActions.cpp" line="218"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="199"/>
        <source>Wrote %1: %2 event(s) in %3 observation(s).</source>
        <translation>已写入 %1：%3 个观察中的 %2 个事件。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="204"/>
        <source>%1 open event(s) left out: BORIS has no state without a stop.</source>
        <translation>已略去 %1 个未结束事件：BORIS 没有无结束的状态。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="219"/>
        <source>Clip %1 of %2</source>
        <translation>片段 %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="224"/>
        <source>Wrote %1 (%2 rows or files).</source>
        <translation>已写入 %1（%2 行或文件）。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="232"/>
        <source>Add recordings</source>
        <translation>添加录像</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="242"/>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="243"/>
        <source>Indexing %1 (%2 of %3)…</source>
        <translation>正在索引 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ExchangeActions.cpp" line="250"/>
        <source>Added %n recording(s).</source>
        <translation>
            <numerusform>已添加 %n 个录像。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="258"/>
        <source>Re-link missing videos from %1</source>
        <translation>从 %1 重新链接缺失的视频</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="261"/>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="261"/>
        <source>Looking for files of the missing videos&apos; sizes…</source>
        <translation>正在查找与缺失视频大小相同的文件…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="264"/>
        <source>compare</source>
        <translation>比对</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="264"/>
        <source>Comparing content fingerprints…</source>
        <translation>正在比对内容指纹…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="270"/>
        <source>No video of the project is missing.</source>
        <translation>项目中没有缺失的视频。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="271"/>
        <source>Re-linked %1 of %2 missing recording(s); %3 still missing.</source>
        <translation>已重新链接 %2 个缺失录像中的 %1 个；仍缺失 %3 个。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="283"/>
        <source>Folder Holding the Missing Videos</source>
        <translation>存放缺失视频的文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="293"/>
        <source>Import Events CSV</source>
        <translation>导入事件 CSV</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="294"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="296"/>
        <location filename="../ui/ExchangeActions.cpp" line="314"/>
        <source>Import BORIS Project</source>
        <translation>导入 BORIS 项目</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="297"/>
        <source>BORIS projects (*.boris);;All files (*)</source>
        <translation>BORIS 项目 (*.boris);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="302"/>
        <source>Import RodEpil-style Folder</source>
        <translation>导入 RodEpil 格式文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="328"/>
        <source>The project has no clip set yet (Clips ▸ Build Clip Set…).</source>
        <translation>项目中还没有片段集（片段 ▸ 构建片段集…）。</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="332"/>
        <source>Export Clip Set</source>
        <translation>导出片段集</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="332"/>
        <source>Clip set:</source>
        <translation>片段集：</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="338"/>
        <source>Folder for the Clip Videos</source>
        <translation>片段视频的保存文件夹</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="340"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="341"/>
        <source>BORIS projects (*.boris)</source>
        <translation>BORIS 项目 (*.boris)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="342"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="353"/>
        <source>Add Recordings</source>
        <translation>添加录像</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="354"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="358"/>
        <source>Subject of the Recordings</source>
        <translation>录像所属受试者</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::FineTuneDialog</name>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="49"/>
        <source>Forecasting Fine-tune</source>
        <translation>预测微调</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="54"/>
        <source>Train a forecaster (kept as a model)</source>
        <translation>训练预测器（保存为模型）</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="55"/>
        <source>Evaluate k-shot episodes</source>
        <translation>评估 k-shot 情景</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="56"/>
        <source>e.g. forecaster-rynh</source>
        <translation>例如 forecaster-rynh</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="61"/>
        <source>None (no stage 1: random encoder)</source>
        <translation>无（跳过第 1 阶段：随机编码器）</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="67"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="68"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="69"/>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="74"/>
        <source>mean of the tokens</source>
        <translation>所有 token 的均值</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="75"/>
        <source>mean and change over time (motion)</source>
        <translation>均值与随时间的变化（运动）</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="76"/>
        <source>first token</source>
        <translation>第一个 token</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="77"/>
        <source>Motion adds, per channel, the mean and the largest change of each token between time slots: what a frozen encoder needs to show movement and its sudden stops and jerks.</source>
        <translation>“运动”为每个通道加入各 token 的均值及其在相邻时间槽之间的最大变化：冻结的编码器需要这些信息才能体现动作及其突然的停顿和抽动。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="80"/>
        <source>full fine-tuning (the paper&apos;s)</source>
        <translation>完整微调（论文方法）</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="81"/>
        <source>logistic-regression probe on the frozen encoder</source>
        <translation>冻结编码器上的逻辑回归探针</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="82"/>
        <source>nearest-class-mean probe on the frozen encoder</source>
        <translation>冻结编码器上的最近类均值探针</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="83"/>
        <source>A probe fits only the head, in seconds, on features computed once per clip; full fine-tuning trains every weight.</source>
        <translation>探针只拟合分类头，基于每个片段只计算一次的特征，几秒即可完成；完整微调则训练全部权重。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="86"/>
        <source>0: the frames are spread evenly over the clip. k: every k-th frame, ending at the clip&apos;s end (the paper samples at stride 2).</source>
        <translation>0：各帧在片段内均匀分布。k：每 k 帧取一帧，止于片段末尾（论文以步长 2 采样）。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="88"/>
        <source>Standardise features within each recording</source>
        <translation>在每个录像内标准化特征</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="90"/>
        <source>Probe heads: every feature is compared with the rest of its own recording, so that differences between patients and cameras do not drown the pre-ictal signal. The forecast standardises over the recording&apos;s windows.</source>
        <translation>探针分类头：每个特征都与其所在录像的其余部分比较，以免患者和摄像机之间的差异淹没发作前信号。预测时按该录像的各窗口进行标准化。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="93"/>
        <source>Add motion statistics to the head&apos;s input</source>
        <translation>将运动统计量加入分类头的输入</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="95"/>
        <source>The head also reads four frame-difference statistics of each clip (level, peak, spikes, spread), standardised within the recording like the encoder&apos;s features. Needs a probe head and recording standardisation.</source>
        <translation>分类头还读取每个片段帧差的四个统计量（水平、峰值、尖峰、离散度），与编码器特征一样在录像内标准化。需要探针分类头和按录像标准化。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="99"/>
        <source>1: the statistics of the whole clip; 2: also of its last 40 %; 3: also of its last 20 %. A forecaster needs the short ones to tell the end of a pre-ictal phase from its start.</source>
        <translation>1：整个片段的统计量；2：另加其最后 40 % 的统计量；3：再加其最后 20 % 的统计量。预测模型需要较短的尺度来区分发作前期的结尾与开头。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="104"/>
        <source>0: the clip&apos;s window alone; 1 or 2: also the statistics of the windows of the same length just before it. A pre-ictal arrest lasts longer than one window: when it began and how the jerks have grown since are in the windows before.</source>
        <translation>0：仅片段自身的窗口；1 或 2：还包括紧邻其前、长度相同的窗口的统计量。发作前的行为停止持续时间比一个窗口长：它何时开始、抽动此后如何增多，都在之前的窗口中。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="108"/>
        <source>The statistics&apos; share of the head&apos;s input; the encoder&apos;s tokens hold the rest. 0.5 gives both an equal say.</source>
        <translation>统计量在分类头输入中所占的份额；其余由编码器的词元占有。0.5 表示两者权重相同。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="111"/>
        <source>Youden&apos;s J on the validation split</source>
        <translation>验证划分上的约登指数 J</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="112"/>
        <source>false alarms per hour on the validation recordings</source>
        <translation>验证录像上的每小时误报数</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="116"/>
        <source>The operating point also chooses how many windows in a row raise an alarm, from 1 up to this; it is stored with the model like the threshold.</source>
        <translation>工作点还会选择连续多少个窗口触发警报（从 1 到此值）；它与阈值一样随模型保存。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="118"/>
        <source>Also judge it on the training subjects (cross-fitted)</source>
        <translation>同时在训练受试者上评估（交叉拟合）</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="120"/>
        <source>Probe heads: each training subject&apos;s recordings are scored by a head fitted without that subject, and the operating point is chosen on them beside the validation recordings. One short validation recording holds too little inter-ictal time to measure a false-alarm rate on.</source>
        <translation>探针分类头：每个训练受试者的录像由一个不含该受试者拟合的分类头评分，工作点在这些录像与验证录像上共同选择。一段较短的验证录像所含发作间期时间太少，无法测量误报率。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="124"/>
        <source>Also choose the statistics&apos; share there</source>
        <translation>同时在那里选择统计量的份额</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="126"/>
        <source>The statistics&apos; share of the head is chosen among %1 on the same curves as the operating point: the share whose best operating point forecasts the most seizures within the false alarms allowed. Needs a probe head with motion statistics.</source>
        <translation>统计量在分类头中的份额从 %1 中选择，所用曲线与工作点相同：选取其最佳工作点在允许的误报内预测出最多发作的份额。需要带运动统计量的探针头。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="130"/>
        <source>Also weigh each window&apos;s brief jerks there</source>
        <translation>同时在此对每个窗口的短暂抽动加权</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="132"/>
        <source>Brief jerks (movement bursts over within a few frames) are counted in each window and weighed beside the head&apos;s probability, the weight chosen among %1 after the share, on the same curves and by the same rule (0: the head alone). The model stores the weight and forecasts with it. Needs a probe head with motion statistics.</source>
        <translation>在每个窗口中统计短暂抽动（几帧内结束的运动爆发），并与分类头的概率一起加权；权重在选定份额之后，于相同曲线上按相同规则从 %1 中选出（0：仅分类头）。模型保存该权重并用它进行预测。需要带运动统计的探针分类头。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="172"/>
        <source>Train mode: the validation split for early stopping (empty: none). k-shot mode: the split whose subjects the episodes draw from.</source>
        <translation>训练模式：用于早停的验证划分（留空：不使用）。k-shot 模式：情景所抽取受试者所在的划分。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="187"/>
        <source>every snapshot of run %1 (%2 kept): its probe curve</source>
        <translation>运行 %1 的每个快照（保存了 %2 个）：其探测曲线</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="179"/>
        <source>the base encoder below</source>
        <translation>下方的基础编码器</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="190"/>
        <source>Run the episodes on the base encoder below, or on every encoder a pre-training run kept (Continual Pre-training&apos;s snapshots), each a run of its own in the same episodes: what pre-training taught the encoder, step by step. The curve shows in that run&apos;s view. With a probe head and motion statistics, the encoder&apos;s tokens alone are scored beside the head: the encoder on its own.</source>
        <translation>在下方的基础编码器上运行这些 episode，或在某次预训练运行保存的每个编码器（持续预训练的快照）上运行，每个都是相同 episode 中的一次独立运行：预训练一步步教给编码器的内容。曲线显示在该运行的视图中。使用探测头和运动统计量时，还会在分类头旁单独评估编码器的 token：编码器本身。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="198"/>
        <source>all eligible</source>
        <translation>全部符合条件的</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="202"/>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="203"/>
        <source>Training split:</source>
        <translation>训练划分：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="204"/>
        <source>Early-stopping patience:</source>
        <translation>早停耐心值：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="205"/>
        <source>Operating point:</source>
        <translation>工作点：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="206"/>
        <source>False alarms per hour at most:</source>
        <translation>每小时误报上限：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="207"/>
        <source>Windows in a row, up to:</source>
        <translation>连续窗口数，最多：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="213"/>
        <source>Encoders:</source>
        <translation>编码器：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="214"/>
        <source>Shots k:</source>
        <translation>样本数 k：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="215"/>
        <source>Episodes per k:</source>
        <translation>每个 k 的情景数：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="216"/>
        <source>Query clips per class:</source>
        <translation>每类查询片段数：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="225"/>
        <source>Task</source>
        <translation>任务设置</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="227"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="229"/>
        <source>Clip set:</source>
        <translation>片段集：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="230"/>
        <source>Evaluation split:</source>
        <translation>评估划分：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="231"/>
        <source>Species:</source>
        <translation>物种：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="233"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="235"/>
        <source>Base encoder:</source>
        <translation>基础编码器：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="237"/>
        <source>Pooling:</source>
        <translation>池化：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="238"/>
        <source>Head:</source>
        <translation>分类头：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="239"/>
        <source>Frame stride (0 = spread):</source>
        <translation>帧步长（0 = 均匀分布）：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="242"/>
        <source>Time scales of the statistics:</source>
        <translation>统计量的时间尺度：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="243"/>
        <source>Earlier windows&apos; statistics:</source>
        <translation>之前窗口的统计量：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="244"/>
        <source>Share of the statistics:</source>
        <translation>统计量的份额：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="246"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="248"/>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="249"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="250"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="251"/>
        <source>Layer decay:</source>
        <translation>逐层学习率衰减：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="252"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="330"/>
        <source>Clip set &apos;%1&apos; holds no pre-ictal or normal clip in split %2: the job will fail, or train without validation.</source>
        <translation>片段集“%1”在划分 %2 中没有发作前期或正常片段：任务将失败，或在没有验证的情况下训练。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="333"/>
        <source>Clip set &apos;%1&apos; holds no pre-ictal or normal clip of species %2 in split %3: the job will fail, or train without validation.</source>
        <translation>片段集“%1”在划分 %3 中没有物种 %2 的发作前期或正常片段：任务将失败，或在没有验证的情况下训练。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="421"/>
        <source>The project has no clip set yet (Clips ▸ Build Clip Set…).</source>
        <translation>项目中还没有片段集（片段 ▸ 构建片段集…）。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="423"/>
        <source>Choose the weights file to start from.</source>
        <translation>请选择作为起点的权重文件。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="424"/>
        <source>The frame count must be even (tubelets of 2 frames).</source>
        <translation>帧数必须为偶数（每个 tubelet 含 2 帧）。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="425"/>
        <source>The input size must be a multiple of 16 (the patch size).</source>
        <translation>输入尺寸必须是 16（patch 大小）的倍数。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="427"/>
        <source>Give the shots as numbers, e.g. 2,3,4.</source>
        <translation>请以数字形式填写样本数，例如 2,3,4。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="429"/>
        <source>Name the model to create.</source>
        <translation>请为要创建的模型命名。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="436"/>
        <source>A model named &apos;%1&apos; already exists.</source>
        <translation>名为“%1”的模型已存在。</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="445"/>
        <source>%1 Start anyway?</source>
        <translation>%1 仍要开始吗？</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ForecastDialog</name>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="33"/>
        <source>Run Forecast</source>
        <translation>运行预测</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="48"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="50"/>
        <source>Subject %1
%2
%3 frames</source>
        <translation>受试者 %1
%2
%3 帧</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="53"/>
        <source> at %1 fps</source>
        <translation>，%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="63"/>
        <location filename="../ui/training/ForecastDialog.cpp" line="64"/>
        <location filename="../ui/training/ForecastDialog.cpp" line="69"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="80"/>
        <source>Judge each chosen file&apos;s monitoring period as one night</source>
        <translation>将每个所选文件的监测时段作为一整夜评估</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="85"/>
        <source>The project has no monitoring period of several files (File ▸ Import, or prodrome period create).</source>
        <translation>项目中没有由多个文件组成的监测时段(文件 ▸ 导入,或 prodrome period create)。</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="86"/>
        <source>Every file of the period is forecast, and the period is also judged as one curve on its clock: a horizon across file boundaries, a seizure cut by a boundary counted once, gaps out of the false-alarm hours. Shown in the Forecast Review beside each file&apos;s figures.</source>
        <translation>时段中的每个文件都会被预测,并且整个时段还会在其时钟上作为一条曲线评估:预测窗跨越文件边界,被边界切开的发作只计一次,间隙不计入误报小时数。显示在预测审阅中每个文件的数据旁边。</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="91"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="92"/>
        <source>Recordings:</source>
        <translation>录像：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="94"/>
        <source>Window length L:</source>
        <translation>窗口长度 L：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="95"/>
        <source>Stride:</source>
        <translation>步长：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="96"/>
        <source>Operating point:</source>
        <translation>工作点：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="97"/>
        <source>Alarm threshold:</source>
        <translation>警报阈值：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="98"/>
        <source>Consecutive windows:</source>
        <translation>连续窗口数：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="99"/>
        <source>Horizon H:</source>
        <translation>预测窗 H：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="100"/>
        <source>Windows per batch:</source>
        <translation>每批窗口数：</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="128"/>
        <source>Use the model&apos;s operating point</source>
        <translation>使用模型的工作点</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="134"/>
        <source>Use the model&apos;s operating point (its file cannot be read)</source>
        <translation>使用模型的工作点（无法读取其文件）</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="136"/>
        <source>Use the model&apos;s operating point: none (no threshold met its false-alarm budget, so it raises no alarm)</source>
        <translation>使用模型的工作点：无（没有阈值满足其误报预算，因此它不会报警）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/ForecastDialog.cpp" line="139"/>
        <source>Use the model&apos;s operating point: threshold %1, %n window(s) in a row%2</source>
        <translation>
            <numerusform>使用模型的工作点：阈值 %1，连续 %n 个窗口%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="141"/>
        <source> (it stores none: the defaults)</source>
        <translation>（模型未存储工作点：使用默认值）</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="142"/>
        <source> (calibrated probabilities)</source>
        <translation>（概率已校准）</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="152"/>
        <source>; %1-s windows, %2-s horizon</source>
        <translation>；%1 秒窗口，%2 秒预测时域</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="155"/>
        <source>, %1 fps</source>
        <translation>，%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="145"/>
        <source>Chosen on validation subjects when the forecaster was fine-tuned (Youden&apos;s J or a false-alarm budget) and stored with it. Untick to forecast with the threshold and windows in a row below; the review can change both afterwards. The point holds for the window length and horizon of the clip set the model was fine-tuned on, and they come with it. A recording faster than the video it was fine-tuned at is read at that rate (the frame nearest each of its frame times); a slower one frame by frame, with a note. A model with calibrated probabilities gives each window the chance that a seizure begins within the horizon, and its thresholds, this one and one set below, are on that scale.</source>
        <translation>在微调预测模型时于验证受试者上选定（Youden 指数或误报预算），并与模型一同存储。取消勾选则使用下方的阈值和连续窗口数进行预测；之后在审阅中可以更改两者。该工作点适用于模型微调所用片段集的窗口长度和预测时域，二者随之一同使用。比模型微调所用视频更快的录像按该帧率读取（取最接近其每个帧时刻的帧）；更慢的录像逐帧读取，并给出提示。概率已校准的模型给出每个窗口在预测时域内发作开始的概率，其阈值（此处的和下方设置的）均在这一尺度上。</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="187"/>
        <source>The project has no forecaster yet (Train ▸ Forecasting Fine-tune…): pre-training encoders cannot forecast.</source>
        <translation>项目中还没有预测器（训练 ▸ 预测微调…）：预训练编码器无法预测。</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="191"/>
        <source>Choose at least one recording.</source>
        <translation>请至少选择一个录像。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::GoToDialog</name>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="18"/>
        <source>Go to Frame or Time</source>
        <translation>跳转到帧或时间</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="19"/>
        <source>1234, 75.5s or 01:02:03.250</source>
        <translation>1234、75.5s 或 01:02:03.250</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="22"/>
        <source>Frame or time:</source>
        <translation>帧或时间：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="51"/>
        <source>Frames 0 to %1, or a time.</source>
        <translation>第 0 至 %1 帧，或一个时间。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="53"/>
        <source>Frame %1 is past the end (last frame %2).</source>
        <translation>第 %1 帧超出末尾（最后一帧为 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="55"/>
        <source>Frame %1</source>
        <translation>第 %1 帧</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::JobDock</name>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="40"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="44"/>
        <source>Cancel Job</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="46"/>
        <source>Resume Run</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="49"/>
        <source>Clips/s</source>
        <translation>片段/秒</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="49"/>
        <source>ETA</source>
        <translation>预计剩余时间</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="49"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="60"/>
        <source>Pre-training and fine-tuning runs that were cancelled or left running by a crash: they continue from their last checkpoint.</source>
        <translation>已取消或因崩溃而停留在运行状态的预训练和微调运行：将从其最后一个检查点恢复。</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="69"/>
        <source>Unfinished runs:</source>
        <translation>未完成的运行：</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::JobQueue</name>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="15"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="17"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="19"/>
        <source>succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="21"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="23"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="205"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="124"/>
        <source>Resume pre-training run %1</source>
        <translation>恢复预训练运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="125"/>
        <source>Pre-train %1</source>
        <translation>预训练 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="127"/>
        <source>Resume fine-tuning run %1</source>
        <translation>恢复微调运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="128"/>
        <source>Fine-tune %1</source>
        <translation>微调 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="131"/>
        <source>Probe the snapshots of run %1 on clip set %2</source>
        <translation>在片段集 %2 上探测运行 %1 的快照</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="134"/>
        <source>Few-shot evaluation on clip set %1</source>
        <translation>在片段集 %1 上进行少样本评估</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="137"/>
        <source>Forecast with model %1</source>
        <translation>使用模型 %1 预测</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="140"/>
        <source>Import model %1</source>
        <translation>导入模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="142"/>
        <source>Export model</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="166"/>
        <source>Pre-training run %1: loss %2 → %3 in %4 s</source>
        <translation>预训练运行 %1：损失 %2 → %3，用时 %4 秒</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="176"/>
        <source>Fine-tuning run %1: validation ROC-AUC %2, balanced accuracy %3</source>
        <translation>微调运行 %1：验证集 ROC-AUC %2，平衡准确率 %3</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="191"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="192"/>
        <source>Probe curve of run %1 (tokens alone, ROC-AUC by step): %2; its view shows the whole curve</source>
        <translation>运行 %1 的探测曲线（仅 token，按步的 ROC-AUC）：%2；其视图显示完整曲线</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="201"/>
        <source>Few-shot run %1: ROC-AUC %2 over %3 episodes</source>
        <translation>小样本运行 %1：%3 个情景的 ROC-AUC 为 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/JobRequest.cpp" line="210"/>
        <source>Forecast run %1: %n recording(s)</source>
        <translation>
            <numerusform>预测运行 %1：%n 个录像</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="215"/>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="218"/>
        <source>Imported model %1 (id %2)</source>
        <translation>已导入模型 %1（ID %2）</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="224"/>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="226"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobFailureBox.cpp" line="11"/>
        <source>%1 failed.</source>
        <translation>%1 失败。</translation>
    </message>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="69"/>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="75"/>
        <source>Demo project built in %1 s: %2</source>
        <translation>演示项目已在 %1 秒内构建：%2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::LinkedVideoChecks</name>
    <message>
        <source>Video missing: %1</source>
        <translation>视频缺失：%1</translation>
    </message>
    <message>
        <source>Not the video that was added (replaced, re-encoded or cut): %1</source>
        <translation>不是当初添加的视频（已被替换、重新编码或截短）：%1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::MainWindow</name>
    <message>
        <source> (read-only)</source>
        <translation> （只读）</translation>
    </message>
    <message>
        <source>This project is opened read-only: it or its folder cannot be written here. Copy it to a folder you can write to annotate it.</source>
        <translation>此项目以只读方式打开：此处无法写入它或它所在的文件夹。请将其复制到可写的文件夹后再进行标注。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>Not the video that was added:
%1

Its frames would not match this recording&apos;s annotations. Put the original back, or File ▸ Re-link Recording… to it.</source>
        <translation>不是当初添加的视频：
%1

它的帧与此录像的标注不再对应。请放回原文件，或通过 文件 ▸ 重新关联录像… 指向原文件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>This recording&apos;s video was replaced, re-encoded or cut after it was added: %1</source>
        <translation>此录像的视频在添加后被替换、重新编码或截短：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>%1: queued (View ▸ Jobs shows it)</source>
        <translation>%1：已排队（视图 ▸ 任务 中可见）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>The name written on every event and decision you make (Edit ▸ Annotator Name…)</source>
        <translation>写在您所做的每个事件和每个决定上的姓名（编辑 ▸ 标注者姓名…）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Signal offset %1 s</source>
        <translation>信号偏移 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Cannot store the signal&apos;s offset: %1</source>
        <translation>无法保存信号偏移：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>paused · %1×</source>
        <translation>已暂停 · %1×</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>cannot open video &apos;%1&apos;: no such file</source>
        <translation>无法打开视频“%1”：文件不存在</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Viewing a video outside the project: add it to a project to annotate.</source>
        <translation>正在查看项目外的视频：将其添加到项目后才能标注。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>Video missing:
%1

File ▸ Re-link Recording… to locate it.</source>
        <translation>视频缺失：
%1

请通过 文件 ▸ 重新关联录像… 定位该文件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>The video of this recording is missing: %1</source>
        <translation>此录像的视频缺失：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>Cannot re-link recording</source>
        <translation>无法重新关联录像</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>Re-linked to %1</source>
        <translation>已重新关联到 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>  ·  file %1 of %2</source>
        <translation>  ·  第 %1 个文件，共 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>  (keyframe preview)</source>
        <translation>  （关键帧预览）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="482"/>
        <source>Prodrome</source>
        <translation>Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="485"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="534"/>
        <source>No signal to nudge: import one (File ▸ Import ▸ Signal (CSV, EDF) for This Recording…).</source>
        <translation>没有可微调的信号:请先导入(文件 ▸ 导入 ▸ 此录像的信号(CSV、EDF)…)。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="581"/>
        <source>Clip set %1 saved.</source>
        <translation>片段集 %1 已保存。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <location filename="../ui/MainWindow.cpp" line="464"/>
        <source>No video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="54"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="339"/>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="340"/>
        <location filename="../ui/MainWindowMenus.cpp" line="382"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="55"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="59"/>
        <source>Open &amp;Video…</source>
        <translation>打开视频(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="61"/>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="63"/>
        <source>&amp;Add Recordings…</source>
        <translation>添加录像(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="65"/>
        <source>New &amp;Subject…</source>
        <translation>新建受试者(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="66"/>
        <source>Re-&amp;link Recording…</source>
        <translation>重新关联录像(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="70"/>
        <source>Re-link Missing Videos from a &amp;Folder…</source>
        <translation>从文件夹重新链接缺失视频(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="73"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="83"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="84"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="86"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="89"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="90"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="96"/>
        <source>Annotator &amp;Name…</source>
        <translation>标注者姓名(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="101"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="102"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="104"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="106"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="112"/>
        <source>&amp;Jobs</source>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="117"/>
        <source>Fit the Forecast &amp;Axis to Its Probabilities</source>
        <translation>使预测坐标轴(&amp;A)适应其概率</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="128"/>
        <source>Nudge Signal &amp;Earlier</source>
        <translation>信号提前(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="130"/>
        <source>Nudge Signal &amp;Later</source>
        <translation>信号延后(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="133"/>
        <source>Nudge Signal Earlier by 100 ms</source>
        <translation>信号提前 100 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="135"/>
        <source>Nudge Signal Later by 100 ms</source>
        <translation>信号延后 100 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="140"/>
        <source>Show &amp;Frames in the Clock</source>
        <translation>在时钟中显示帧(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="146"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="149"/>
        <source>System Default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="160"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="160"/>
        <source>The language changes when Prodrome is started again.</source>
        <translation>语言将在下次启动 Prodrome 时生效。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="165"/>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="169"/>
        <source>&amp;Annotate</source>
        <translation>标注(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="173"/>
        <source>&amp;Clips</source>
        <translation>片段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="174"/>
        <source>&amp;Build Clip Set…</source>
        <translation>构建片段集(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="176"/>
        <source>&amp;Hide Clip Windows</source>
        <translation>隐藏片段窗口(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="179"/>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="180"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="181"/>
        <source>&amp;Review</source>
        <translation>复核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="185"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="191"/>
        <source>User &amp;Guide</source>
        <translation>用户指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="196"/>
        <source>&amp;About Prodrome</source>
        <translation>关于 Prodrome(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="197"/>
        <source>About Prodrome</source>
        <translation>关于 Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="198"/>
        <source>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;Clinical video annotation and seizure forecasting.&lt;/p&gt;&lt;p&gt;Video never leaves this machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;临床视频标注与癫痫发作预测。&lt;/p&gt;&lt;p&gt;视频绝不会离开本机。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="215"/>
        <source>&amp;Play / Pause</source>
        <translation>播放 / 暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="216"/>
        <source>Play &amp;Backwards / Faster (J)</source>
        <translation>倒放 / 加速(&amp;B) (J)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="218"/>
        <source>Pause (K)</source>
        <translation>暂停 (K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="219"/>
        <source>Play &amp;Forwards / Faster (L)</source>
        <translation>正放 / 加速(&amp;F) (L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="222"/>
        <source>Fas&amp;ter</source>
        <translation>加快(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="223"/>
        <source>Slo&amp;wer</source>
        <translation>减慢(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="224"/>
        <source>&amp;Normal Speed</source>
        <translation>正常速度(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="225"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="229"/>
        <source>Next Frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="230"/>
        <source>Previous Frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="231"/>
        <source>Forward 1 Second</source>
        <translation>前进 1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="233"/>
        <source>Back 1 Second</source>
        <translation>后退 1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="235"/>
        <source>Forward 1 Minute</source>
        <translation>前进 1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="237"/>
        <source>Back 1 Minute</source>
        <translation>后退 1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="239"/>
        <source>First Frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="240"/>
        <source>Last Frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="241"/>
        <source>&amp;Go to Frame or Time…</source>
        <translation>跳转到帧或时间(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="244"/>
        <source>Next &amp;Event</source>
        <translation>下一个事件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="245"/>
        <source>Previous E&amp;vent</source>
        <translation>上一个事件(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="251"/>
        <source>Mark &amp;Onset</source>
        <translation>标记起点(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="255"/>
        <source>Mark O&amp;ffset (first frame after the seizure)</source>
        <translation>标记终点(&amp;F)（发作结束后的第一帧）</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="264"/>
        <source>Select an event first.</source>
        <translation>请先选择一个事件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="267"/>
        <source>Nudge Onset Left</source>
        <translation>起点左移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="269"/>
        <source>Nudge Onset Right</source>
        <translation>起点右移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="271"/>
        <source>Nudge Offset Left</source>
        <translation>终点左移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="273"/>
        <source>Nudge Offset Right</source>
        <translation>终点右移一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="276"/>
        <source>Seizure &amp;Type…</source>
        <translation>发作类型(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="281"/>
        <source>Seizure Type</source>
        <translation>发作类型</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="281"/>
        <source>Seizure type (e.g. FIAS, GTCS):</source>
        <translation>发作类型（例如 FIAS、GTCS）：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="285"/>
        <source>&amp;Delete Event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="288"/>
        <source>Deselect Event</source>
        <translation>取消选择事件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="292"/>
        <source>Rater &amp;Agreement…</source>
        <translation>评估者一致性(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="313"/>
        <source>No event after this frame.</source>
        <translation>此帧之后没有事件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="313"/>
        <source>No event before this frame.</source>
        <translation>此帧之前没有事件。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="329"/>
        <source>No recent projects</source>
        <translation>没有最近打开的项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="331"/>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="348"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="348"/>
        <source>Prodrome projects (*.prodrome)</source>
        <translation>Prodrome 项目 (*.prodrome)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="356"/>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="357"/>
        <source>Prodrome projects (*.prodrome *.sqlite *.db);;All files (*)</source>
        <translation>Prodrome 项目 (*.prodrome *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="364"/>
        <source>New Subject</source>
        <translation>新建受试者</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="369"/>
        <source>Cannot add subject</source>
        <translation>无法添加受试者</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="381"/>
        <source>Locate %1</source>
        <translation>定位 %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Cannot open video</source>
        <translation>无法打开视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <source>Frame %1 / %2  ·  %3</source>
        <translation>第 %1 / %2 帧  ·  %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="28"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="30"/>
        <location filename="../ui/MainWindowAnnotation.cpp" line="52"/>
        <source>Open a project to annotate.</source>
        <translation>打开项目后即可标注。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="81"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="102"/>
        <source>Annotator</source>
        <translation>标注者</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="103"/>
        <source>Your name, as it should appear on every event you mark and every alarm you decide on:</source>
        <translation>您的姓名，将显示在您标记的每个事件和您判定的每个警报上：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="111"/>
        <source>Annotator: &lt;a href=&quot;set&quot;&gt;not set&lt;/a&gt;</source>
        <translation>标注者：&lt;a href=&quot;set&quot;&gt;未设置&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="112"/>
        <source>Annotator: &lt;a href=&quot;set&quot;&gt;%1&lt;/a&gt;</source>
        <translation>标注者：&lt;a href=&quot;set&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="56"/>
        <source>This recording&apos;s monitoring period cannot be laid out: %1</source>
        <translation>无法排布此录像的监测时段：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="139"/>
        <source>The end of the monitoring period.</source>
        <translation>监测时段结束。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="139"/>
        <source>The start of the monitoring period.</source>
        <translation>监测时段开始。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="146"/>
        <source>Skipped a gap of %1 s between files.</source>
        <translation>跳过了文件之间 %1 秒的间隙。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="180"/>
        <source>Not changed: the open seizure of file %1 cannot run on across the gap of %2 s before file %3; mark its offset in its own file.</source>
        <translation>未更改：文件 %1 中未结束的发作不能跨越文件 %3 之前 %2 秒的间隙；请在其所在文件中标记结束。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowPeriod.cpp" line="194"/>
        <source>Seizure closed across %n file boundaries.</source>
        <translation>
            <numerusform>已跨 %n 个文件边界结束发作。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prodrome::ui::OnsetConfirmDialog</name>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="20"/>
        <source>Mark a Seizure Onset?</source>
        <translation>标记发作起点？</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="21"/>
        <source>No annotated seizure follows the alarm at %1 (frame %2). Accepting it marks a new seizure onset. Check the frame on the video, move it if the seizure begins elsewhere, then confirm.</source>
        <translation>%1（第 %2 帧）的警报之后没有已标注的发作。接受它将标记一个新的发作起点。请在视频上检查该帧，如发作从别处开始请移动它，然后确认。</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="34"/>
        <source>Onset frame:</source>
        <translation>起点帧：</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="35"/>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="37"/>
        <source>Mark Onset and Accept</source>
        <translation>标记起点并接受</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::PeriodStrip</name>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="26"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="27"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="36"/>
        <source>The whole monitoring period: files, gaps between them and seizures. Click to go there.</source>
        <translation>整个监测时段：文件、文件间的间隙和发作。点击即可跳转。</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="98"/>
        <source>Gap of %1 between file %2 and file %3: no video (%4 – %5)</source>
        <translation>文件 %2 与文件 %3 之间 %1 的间隙：无视频（%4 – %5）</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="104"/>
        <source>File %1 of %2: %3
%4 – %5 (%6)</source>
        <translation>第 %1 个文件，共 %2 个：%3
%4 – %5（%6）</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="109"/>
        <source>
Overlaps file %1 by %2; the earlier file is shown there</source>
        <translation>
与文件 %1 重叠 %2；重叠处显示较早的文件</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="111"/>
        <source>
Follows file %1 without a break</source>
        <translation>
紧接文件 %1，无间断</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="137"/>
        <source>gap %1</source>
        <translation>间隙 %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ModelView</name>
    <message>
        <location filename="../ui/training/ModelView.cpp" line="18"/>
        <source>Model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelView.cpp" line="18"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelView.cpp" line="27"/>
        <source>This model cannot be described: %1</source>
        <translation>无法描述此模型：%1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::PretrainDialog</name>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="26"/>
        <source>Continual Pre-training</source>
        <translation>持续预训练</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="29"/>
        <source>e.g. enc-rynh-m09</source>
        <translation>例如 enc-rynh-m09</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="41"/>
        <source>+H: human inter-ictal clips</source>
        <translation>+H：人类发作间期片段</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="42"/>
        <source>+Rodents(Y): rodent seizure clips</source>
        <translation>+Rodents(Y)：啮齿动物发作片段</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="43"/>
        <source>+Rodents(N): rodent normal clips</source>
        <translation>+Rodents(N)：啮齿动物正常片段</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="44"/>
        <source>+Rodents(Y/N): rodent seizure and normal clips</source>
        <translation>+Rodents(Y/N)：啮齿动物发作及正常片段</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="45"/>
        <source>+Rodents(Y/N)+H: all of the above</source>
        <translation>+Rodents(Y/N)+H：以上全部</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="49"/>
        <source>Human clips only from this split, so that evaluation subjects stay unseen (empty: all).</source>
        <translation>仅使用该划分中的人类片段，以保证评估受试者的数据对模型不可见（留空：全部）。</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="51"/>
        <source>None (random initialisation)</source>
        <translation>无（随机初始化）</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="65"/>
        <source>only at the end</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="67"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="69"/>
        <source>Model name:</source>
        <translation>模型名称：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="70"/>
        <source>Clip sets:</source>
        <translation>片段集：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="71"/>
        <source>Data mix:</source>
        <translation>数据组合：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="72"/>
        <source>Human split:</source>
        <translation>人类数据划分：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="74"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="77"/>
        <source>Initial weights:</source>
        <translation>初始权重：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="79"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="81"/>
        <source>Mask ratio:</source>
        <translation>掩码比例：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="82"/>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="83"/>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="84"/>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="85"/>
        <source>Warm-up steps:</source>
        <translation>预热步数：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="86"/>
        <source>Checkpoint every:</source>
        <translation>检查点间隔：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="87"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="135"/>
        <source>Name the model to create.</source>
        <translation>请为要创建的模型命名。</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="142"/>
        <source>A model named &apos;%1&apos; already exists.</source>
        <translation>名为“%1”的模型已存在。</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="143"/>
        <source>Choose at least one clip set.</source>
        <translation>请至少选择一个片段集。</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="144"/>
        <source>The frame count must be even (tubelets of 2 frames).</source>
        <translation>帧数必须为偶数（每个 tubelet 含 2 帧）。</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="145"/>
        <source>The input size must be a multiple of 16 (the patch size).</source>
        <translation>输入尺寸必须是 16（patch 大小）的倍数。</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="147"/>
        <source>Choose the weights file to start from.</source>
        <translation>请选择作为起点的权重文件。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProbabilityLane</name>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="24"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="147"/>
        <source>Window %1 – %2
frames [%3, %4)
probability %5</source>
        <translation>窗口 %1 – %2
帧 [%3, %4)
概率 %5</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="153"/>
        <source>Window ending %1 (frame %2)
probability %3</source>
        <translation>窗口结束于 %1（第 %2 帧）
概率 %3</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="159"/>
        <source>statistics alone (dotted) %1</source>
        <translation>仅统计量（点线）%1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="161"/>
        <source>, its %1</source>
        <translation>，其%1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProbeCurvePage</name>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="38"/>
        <source>ROC-AUC over every shot count against the steps</source>
        <translation>各 shot 数汇总的 ROC-AUC 随步数的变化</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="41"/>
        <source>pre-training steps</source>
        <translation>预训练步数</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="42"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="71"/>
        <source>tokens alone</source>
        <translation>仅 token</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="73"/>
        <source>head</source>
        <translation>分类头</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="76"/>
        <source>chance</source>
        <translation>随机水平</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="111"/>
        <source>The encoder this run kept after each number of steps, probed by few-shot runs %1 in the same episodes (one config, one seed). Tokens alone: what pre-training taught the encoder by then; head: the probe as configured. ROC-AUC over every shot count, mean [95 % CI]; gains paired with step %2 episode by episode.</source>
        <translation>本次运行在各步数保存的编码器，由少样本运行 %1 在相同的 episode 中探测（同一配置、同一种子）。仅 token：预训练到该步时教给编码器的内容；分类头：按配置的探测器。各 shot 数汇总的 ROC-AUC，均值 [95% CI]；增益与第 %2 步逐 episode 配对。</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Tokens alone</source>
        <translation>仅 token</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Gain</source>
        <translation>增益</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Head</source>
        <translation>分类头</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="141"/>
        <source>The tokens alone scored best at this step</source>
        <translation>仅 token 在此步得分最高</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="154"/>
        <source>No few-shot run has probed this run&apos;s snapshots.</source>
        <translation>尚无少样本运行探测本次运行的快照。</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProjectTreeDock</name>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="86"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="25"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="28"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="28"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="86"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="88"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="90"/>
        <source>succeeded</source>
        <translation>已成功</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="92"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="94"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="150"/>
        <source>Subjects</source>
        <translation>受试者</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="153"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="153"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="161"/>
        <source>%1 frames · %2 fps</source>
        <translation>%1 帧 · %2 fps</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="162"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="171"/>
        <source>Video missing: %1
Double-click or use File ▸ Re-link Recording… to locate it.</source>
        <translation>视频缺失：%1
双击或使用 文件 ▸ 重新关联录像… 定位该文件。</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="180"/>
        <source>Clip sets</source>
        <translation>片段集</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectTreeDock.cpp" line="184"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="190"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="196"/>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="235"/>
        <source>Show on the Timeline</source>
        <translation>在时间轴上显示</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="236"/>
        <source>Rename Clip Set…</source>
        <translation>重命名片段集…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="237"/>
        <source>Delete Clip Set…</source>
        <translation>删除片段集…</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ReviewActions</name>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="37"/>
        <source>Forecast Review</source>
        <translation>预测复核</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="99"/>
        <source>&amp;Review</source>
        <translation>复核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="109"/>
        <source>&amp;Next Alarm</source>
        <translation>下一个警报(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="110"/>
        <source>&amp;Previous Alarm</source>
        <translation>上一个警报(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="111"/>
        <source>Go to &amp;Window Start</source>
        <translation>转到窗口起点(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="114"/>
        <source>&amp;Accept Alarm</source>
        <translation>确认警报(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="116"/>
        <source>&amp;Reject Alarm</source>
        <translation>驳回警报(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="117"/>
        <source>Confirm the seizure this alarm forecast, or mark its onset (Ctrl+Return)</source>
        <translation>确认此警报所预测的发作，或标记其起点 (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="118"/>
        <source>Record this alarm as a false alarm (Ctrl+Backspace)</source>
        <translation>将此警报记录为误报 (Ctrl+Backspace)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="120"/>
        <source>Export Review &amp;Report…</source>
        <translation>导出复核报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="124"/>
        <source>Export Review Report</source>
        <translation>导出复核报告</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="126"/>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML 报告 (*.html);;PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="130"/>
        <source>Cannot export the review report</source>
        <translation>无法导出复核报告</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="132"/>
        <source>Export Probabilities &amp;CSV…</source>
        <translation>导出概率 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="135"/>
        <source>Export Probabilities</source>
        <translation>导出概率</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="136"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="141"/>
        <source>Cannot export the probabilities</source>
        <translation>无法导出概率</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="145"/>
        <source>Review &amp;Panel</source>
        <translation>复核面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="147"/>
        <source>&amp;Close Review</source>
        <translation>关闭复核(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="173"/>
        <source>recording %1</source>
        <translation>录像 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="174"/>
        <source>%1 (recording %2)</source>
        <translation>%1（录像 %2）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="180"/>
        <source>Open a project to review a forecast.</source>
        <translation>请先打开项目再复核预测。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="188"/>
        <source>run %1 does not exist</source>
        <translation>运行 %1 不存在</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="190"/>
        <source>forecast run %1 has not finished (it is %2)</source>
        <translation>预测运行 %1 尚未完成（状态：%2）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="195"/>
        <source>forecast run %1 covers no recording</source>
        <translation>预测运行 %1 未涵盖任何录像</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="206"/>
        <source>Cannot review: %1</source>
        <translation>无法复核：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="243"/>
        <source>Forecast run %1 did not cover this recording.</source>
        <translation>预测运行 %1 未涵盖此录像。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="262"/>
        <source>Cannot show the forecast: %1</source>
        <translation>无法显示预测：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="273"/>
        <source>Forecast run %1: %2 windows, %3 alarms at threshold %4</source>
        <translation>预测运行 %1：%2 个窗口，阈值 %4 下共 %3 个警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="288"/>
        <source>Cannot update the forecast review: %1</source>
        <translation>无法更新预测复核：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="360"/>
        <source>Alarm %1 of %2 at %3 (frame %4), p = %5</source>
        <translation>警报 %1 / %2，位于 %3（第 %4 帧），p = %5</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="395"/>
        <source>No alarm after this point.</source>
        <translation>此位置之后没有警报。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="395"/>
        <source>No alarm before this point.</source>
        <translation>此位置之前没有警报。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="427"/>
        <source>No alarm to decide on: select one (N, Shift+N).</source>
        <translation>没有待判定的警报：请选择一个（N、Shift+N）。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="455"/>
        <source>Alarm at frame %1 not accepted: %2</source>
        <translation>第 %1 帧的警报未被接受：%2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="486"/>
        <source>Alarm at frame %1 accepted: confirms seizure %2.</source>
        <translation>第 %1 帧处的警报已确认：对应发作 %2。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="468"/>
        <source>Cannot record the decision: %1</source>
        <translation>无法记录判定：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="451"/>
        <source>Alarm at frame %1 not accepted: no seizure onset was marked.</source>
        <translation>第 %1 帧的警报未被接受：未标记发作起点。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="458"/>
        <source>Accept alarm and mark seizure onset</source>
        <translation>接受警报并标记发作起点</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="475"/>
        <source>Accept alarm</source>
        <translation>接受警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="475"/>
        <source>Reject alarm</source>
        <translation>拒绝警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="480"/>
        <source>Alarm at frame %1 rejected as a false alarm (Ctrl+Z undoes it).</source>
        <translation>第 %1 帧的警报已作为误报拒绝（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="482"/>
        <source>Alarm at frame %1 accepted: seizure onset marked at frame %2 (Ctrl+Z undoes both).</source>
        <translation>第 %1 帧的警报已接受：已在第 %2 帧标记发作起点（Ctrl+Z 可同时撤销两者）。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="501"/>
        <source>no forecast is shown</source>
        <translation>当前未显示预测</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="508"/>
        <source>Cannot export the review report: %1</source>
        <translation>无法导出复核报告：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="511"/>
        <source>Review report written to %1</source>
        <translation>复核报告已写入 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="518"/>
        <source>no forecast run is open</source>
        <translation>未打开任何预测运行</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="525"/>
        <source>Cannot export the probabilities: %1</source>
        <translation>无法导出概率：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="528"/>
        <source>Probabilities written to %1</source>
        <translation>概率已写入 %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="38"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="67"/>
        <source>— (no seizures)</source>
        <translation>—（无发作）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="39"/>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="43"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="95"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="134"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="385"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="43"/>
        <source>%1 / h</source>
        <translation>%1 次/小时</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="49"/>
        <source>%1; 95 % CI %2–%3%</source>
        <translation>%1；95% 置信区间 %2–%3%</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="55"/>
        <source>%1; 95 % CI %2–%3 / h</source>
        <translation>%1；95% 置信区间 %2–%3 次/小时</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="89"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="90"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="73"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="91"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="95"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="78"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="81"/>
        <source>%n alarmed only after the onset (%1 late: seen, not forecast)</source>
        <translation>
            <numerusform>%n 次仅在发作开始后报警（晚 %1：检测到，但未预测）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="84"/>
        <source>%n with no alarm while it lasted</source>
        <translation>
            <numerusform>%n 次在持续期间无任何警报</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="85"/>
        <source>%1 of %2: %3</source>
        <translation>%2 次中 %1 次：%3</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="108"/>
        <source>; the model&apos;s minus its %1 (too few stretches for an interval)</source>
        <translation>；模型与其之差 %1（片段太少，无法给出区间）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="110"/>
        <source>; the model&apos;s minus its %1 (95 % CI %2 to %3, paired)</source>
        <translation>；模型与其之差 %1（95% 置信区间 %2 至 %3，配对）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="141"/>
        <source>seizures %1; false alarms %2</source>
        <translation>发作 %1；误报 %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="159"/>
        <source>Recording</source>
        <translation>录像</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="170"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="173"/>
        <source>An alarm fires when this many windows in a row reach the threshold</source>
        <translation>连续达到阈值的窗口数达到此值时触发警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="174"/>
        <source>Windows in a row</source>
        <translation>连续窗口数</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="178"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="179"/>
        <source>= horizon</source>
        <translation>= 预测窗</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="180"/>
        <source>After an alarm, the next may fire only once this time has passed</source>
        <translation>一次警报后，须经过此时长才能触发下一次警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="181"/>
        <source>Refractory</source>
        <translation>不应期</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="200"/>
        <source>The seizures no alarm forecast. An alarm that came while a missed seizure lasted saw it, too late to warn: a detection, not a forecast.</source>
        <translation>没有任何警报预测到的发作。在漏报的发作持续期间出现的警报看到了它，但已来不及预警：这是检测，而非预测。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="207"/>
        <source>The run judged each of these monitoring periods as one curve on its clock, at its own threshold: a horizon across file boundaries, a seizure cut by a boundary counted once, gaps out of the false-alarm hours. Fixed figures: the threshold above does not change them.</source>
        <translation>该运行以其自身阈值,在时钟上将每个监测时段作为一条曲线评估:预测窗跨越文件边界,被边界切开的发作只计一次,间隙不计入误报小时数。这些数值固定:上方的阈值不会改变它们。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="214"/>
        <source>A logistic regression on the same motion statistics without the encoder, fitted when the model was and judged by the run on the same windows of all its recordings, at its own operating point: whether the deep model beats a simple detector. The threshold above does not change its figures; on this recording they follow the horizon, refractory time and annotations as the model&apos;s do. Its curve is dotted on the timeline.</source>
        <translation>在相同运动统计量上、不含编码器的逻辑回归，与模型同时拟合，并由本次运行在其所有录像的相同窗口上、按其自身工作点评估：用于判断深度模型是否胜过简单检测器。上方的阈值不会改变其数值；在本录像上，它们与模型的数值一样随预测窗、不应期和标注而变。其曲线在时间轴上以点线显示。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="223"/>
        <source>Missed</source>
        <translation>漏报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="377"/>
        <source>On this recording (dotted on the timeline): %1</source>
        <translation>本录像（时间轴上的点线）：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="418"/>
        <source>Sensitivity: %1
False alarms: %2
Mean warning: %3
Missed: %4
Alarms: %5
Reviewed: %6</source>
        <translation>灵敏度：%1
误报：%2
平均预警时间：%3
漏报：%4
警报：%5
已复核：%6</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="220"/>
        <source>Sensitivity</source>
        <translation>灵敏度</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="221"/>
        <source>False alarms</source>
        <translation>误报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="222"/>
        <source>Mean warning</source>
        <translation>平均预警时间</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="224"/>
        <source>Alarms</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="225"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="226"/>
        <source>Night</source>
        <translation>整夜</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="228"/>
        <source>Statistics alone</source>
        <translation>仅统计量</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="341"/>
        <source>Forecast run %1 · model %2 · window %3 s, stride %4 s, horizon %5 s</source>
        <translation>预测运行 %1 · 模型 %2 · 窗口 %3 秒，步长 %4 秒，预测窗 %5 秒</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="348"/>
        <source>No forecast open. Activate a forecast run in the project tree.</source>
        <translation>未打开预测。请在项目树中激活一个预测运行。</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="360"/>
        <source>period %1: sensitivity %2, false alarms %3 over %4 observed (%5 in all), threshold %6</source>
        <translation>时段 %1:敏感度 %2,误报 %3,观测 %4(共 %5),阈值 %6</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="121"/>
        <source>no operating point, it raises no alarm</source>
        <translation>无工作点，不会触发报警</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="122"/>
        <source>threshold %1, %n window(s) in a row</source>
        <translation>
            <numerusform>阈值 %1，连续 %n 个窗口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="125"/>
        <source>over the run&apos;s %n recording(s), %1: seizures %2; false alarms %3; window ROC-AUC %4</source>
        <translation>
            <numerusform>基于本次运行的 %n 个录像，%1：发作 %2；误报 %3；窗口 ROC-AUC %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="129"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="143"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="392"/>
        <source>%1 (%2 in %3 inter-ictal)</source>
        <translation>%1（发作间期 %3 内 %2 次）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="399"/>
        <source>%1: %2 true, %3 false, %4 during seizures</source>
        <translation>%1：%2 次正确，%3 次误报，%4 次在发作期间</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="405"/>
        <source>%1 accepted, %2 rejected, %3 open</source>
        <translation>已确认 %1 个，已驳回 %2 个，待定 %3 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="412"/>
        <source>; %n to check again (the annotations changed since)</source>
        <translation>
            <numerusform>；%n 项需重新检查（标注此后已更改）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="421"/>
        <source>Night: %1</source>
        <translation>整夜:%1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="423"/>
        <source>Statistics alone (no encoder): %1</source>
        <translation>仅统计量（不含编码器）：%1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ReviewReport</name>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="84"/>
        <source>Seizure probability per window</source>
        <translation>每个窗口的发作概率</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="85"/>
        <source>time (min)</source>
        <translation>时间（分钟）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="85"/>
        <source>time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="86"/>
        <location filename="../ui/review/ReviewReport.cpp" line="92"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="98"/>
        <source>statistics alone (no encoder)</source>
        <translation>仅统计量（无编码器）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="104"/>
        <source>seizures</source>
        <translation>发作</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="110"/>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="112"/>
        <source>alarms</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="123"/>
        <location filename="../ui/review/ReviewReport.cpp" line="221"/>
        <source>Forecast review, run %1</source>
        <translation>预测复核，运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="129"/>
        <source>Forecast review: run %1, %2</source>
        <translation>预测复核：运行 %1，%2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="131"/>
        <source>Written %1 · recording %2 · %3 frames at %4 fps · %5 windows</source>
        <translation>生成于 %1 · 录像 %2 · %3 帧，%4 fps · %5 个窗口</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="138"/>
        <source>probability plot</source>
        <translation>概率曲线图</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="140"/>
        <source>Event-level metrics</source>
        <translation>事件级指标</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="144"/>
        <source>Sensitivity</source>
        <translation>灵敏度</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="147"/>
        <source>False alarms per hour</source>
        <translation>每小时误报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="148"/>
        <source>Mean warning time</source>
        <translation>平均预警时间</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="149"/>
        <source>Seizures missed</source>
        <translation>漏报的发作</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="150"/>
        <location filename="../ui/review/ReviewReport.cpp" line="184"/>
        <source>Alarms</source>
        <translation>警报</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="150"/>
        <source>%1 (%2 true, %3 false, %4 during seizures)</source>
        <translation>%1（%2 次正确，%3 次误报，%4 次在发作期间）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="155"/>
        <source>Inter-ictal hours</source>
        <translation>发作间期时长（小时）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="156"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="157"/>
        <source>%1 accepted, %2 rejected</source>
        <translation>已确认 %1 个，已驳回 %2 个</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="160"/>
        <source>Statistics alone (no encoder)</source>
        <translation>仅统计量（不含编码器）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="162"/>
        <source>Statistics alone, this recording (grey in the plot)</source>
        <translation>仅统计量，本录像（图中灰线）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="166"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="167"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="168"/>
        <source>Window (L)</source>
        <translation>窗口（L）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="169"/>
        <source>%1 s (%2 frames)</source>
        <translation>%1 秒（%2 帧）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="170"/>
        <source>Stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="170"/>
        <location filename="../ui/review/ReviewReport.cpp" line="175"/>
        <location filename="../ui/review/ReviewReport.cpp" line="177"/>
        <location filename="../ui/review/ReviewReport.cpp" line="178"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="171"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="172"/>
        <source>Started / ended</source>
        <translation>开始 / 结束</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="172"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="173"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="174"/>
        <source>Consecutive windows</source>
        <translation>连续窗口数</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="175"/>
        <source>Horizon (H)</source>
        <translation>预测窗（H）</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="176"/>
        <source>Refractory</source>
        <translation>不应期</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="177"/>
        <source>= horizon</source>
        <translation>= 预测窗</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="178"/>
        <source>Post-ictal exclusion</source>
        <translation>发作后排除期</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="179"/>
        <source>Run&apos;s own threshold</source>
        <translation>运行自身的阈值</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="184"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="184"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="185"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="185"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="185"/>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::RunView</name>
    <message>
        <location filename="../ui/training/RunView.cpp" line="136"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="136"/>
        <source>Run %1 · %2</source>
        <translation>运行 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="138"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3 · started %4, ended %5</source>
        <translation>&lt;b&gt;运行 %1&lt;/b&gt; · %2 · %3 · 开始于 %4，结束于 %5</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="147"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="179"/>
        <source>Curves: the kept model&apos;s validation clips. Confusion matrix at threshold %1 on the %2 forecast windows of the validation recordings it was chosen on (rows: true class, columns: predicted):</source>
        <translation>曲线：保留模型的验证片段。混淆矩阵：阈值 %1 下、用于选择该阈值的验证录像中 %2 个预测窗口上的结果（行：真实类别，列：预测）：</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="187"/>
        <source>Confusion matrix of the kept model on the validation clips at threshold %1 (rows: true class, columns: predicted):</source>
        <translation>保留模型在验证片段上、阈值 %1 时的混淆矩阵（行：真实类别，列：预测类别）：</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="204"/>
        <source>Probe curve</source>
        <translation>探测曲线</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="206"/>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="207"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="225"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="225"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="234"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="234"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="235"/>
        <source>Steps done</source>
        <translation>已完成步数</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="236"/>
        <source>Final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="237"/>
        <source>Clips in the mix</source>
        <translation>数据组合中的片段数</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="238"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="239"/>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="241"/>
        <source>Repeatable bit for bit</source>
        <translation>可逐位复现</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="241"/>
        <source>yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="241"/>
        <source>no: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="255"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="257"/>
        <source>Model id</source>
        <translation>模型 ID</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="258"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="263"/>
        <source>Operating point: none (no threshold kept the false alarms within the budget)</source>
        <translation>工作点：无（没有阈值能将误报保持在预算内）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunView.cpp" line="264"/>
        <source>Operating point: threshold %1, %n window(s) in a row</source>
        <translation>
            <numerusform>工作点：阈值 %1，连续 %n 个窗口</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="267"/>
        <source>, chosen on %1 validation and %2 cross-fitted recording(s), where it forecast %3 of the seizures with %4 false alarms per hour.</source>
        <translation>，在 %1 个验证录像和 %2 个交叉拟合录像上选定，在那里它以每小时 %4 次误报预测出 %3 的发作。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="280"/>
        <source>%1: %2 at %3 per hour</source>
        <translation>%1：%2，每小时 %3 次</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="284"/>
        <source>Each window&apos;s brief jerks are weighed beside the head with weight %1 (each leaves %2 % of the remaining doubt; 0: the head alone), kept among %3 on the same recordings, each at its best operating point; the statistics alone are weighed the same.</source>
        <translation>每个窗口的短暂抽动以权重 %1 与分类头一起加权（每次抽动保留剩余疑虑的 %2 %；0：仅分类头），在相同记录上从 %3 中选出，各自取其最佳工作点；单独的运动统计也以相同方式加权。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="297"/>
        <source>The motion statistics alone (no encoder) found no operating point within the budget there.</source>
        <translation>仅用运动统计量（不含编码器）时，在此未找到满足预算的工作点。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="298"/>
        <source>The motion statistics alone (no encoder) forecast %1 of the seizures with %2 false alarms per hour there, at their own best operating point.</source>
        <translation>仅用运动统计量（不含编码器）时，在其自身最佳工作点上，于此预测了 %1 的发作，每小时误报 %2 次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunView.cpp" line="304"/>
        <source>Its probabilities are calibrated on the %n labelled window(s) the threshold was chosen on (Brier score there %1 before, %2 after): a window&apos;s number is the chance that a seizure begins within the horizon of its end, and the threshold is on that scale.</source>
        <translation>
            <numerusform>其概率已在选定阈值所用的 %n 个已标注窗口上校准（该处 Brier 分数校准前 %1，校准后 %2）：窗口的数值即在其结束后的预测时域内发作开始的概率，阈值也在这一尺度上。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="324"/>
        <source>Statistics alone (no encoder)</source>
        <translation>仅统计量（不含编码器）</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="326"/>
        <source>The share kept is in bold: the most seizures within the false-alarm budget, then the fewest false alarms, then the best window ROC-AUC. &quot;Statistics alone&quot; is the motion baseline: a logistic regression on the same statistics without the encoder&apos;s tokens, at its own best operating point on the same recordings.</source>
        <translation>保留的比例以粗体显示：先看误报预算内预测的发作最多，再看误报最少，最后看窗口 ROC-AUC 最好。“仅统计量”是运动基线：在相同统计量上、不含编码器 token 的逻辑回归，取其在相同录像上的最佳工作点。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Balanced accuracy</source>
        <translation>平衡准确率</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <location filename="../ui/training/RunView.cpp" line="363"/>
        <source>PR-AUC</source>
        <translation>PR-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="316"/>
        <location filename="../ui/training/RunView.cpp" line="333"/>
        <source>Sensitivity</source>
        <translation>灵敏度</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunView.cpp" line="250"/>
        <source>%n kept, at step(s) %1, in %2</source>
        <translation>
            <numerusform>保存了 %n 个，于第 %1 步，位于 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="254"/>
        <source>not there now: %1</source>
        <translation>现已不在该处：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="274"/>
        <source>The motion statistics hold %1 % of the head&apos;s input, the share kept among those below (each at its best operating point on the same recordings).</source>
        <translation>运动统计量占分类头输入的 %1 %，这是从下列份额中保留的份额（每个份额均取其在同一批录像上的最佳工作点）。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="316"/>
        <source>Share of the statistics</source>
        <translation>统计量的份额</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="316"/>
        <source>False alarms per hour</source>
        <translation>每小时误报</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="317"/>
        <source>Window ROC-AUC</source>
        <translation>窗口 ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="333"/>
        <source>Specificity</source>
        <translation>特异度</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="345"/>
        <source>The kept epoch (best validation ROC-AUC) is in bold.</source>
        <translation>保留的轮次（验证集 ROC-AUC 最佳）以粗体显示。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="346"/>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="360"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="361"/>
        <source>Tokens alone</source>
        <translation>仅 token</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Shots</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Episode</source>
        <translation>情景</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Support</source>
        <translation>支持集</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Query</source>
        <translation>查询集</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="364"/>
        <source>%1 bacc</source>
        <translation>%1 bacc</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="364"/>
        <source>%1 ROC-AUC</source>
        <translation>%1 ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="401"/>
        <source>Bold rows: each shot count&apos;s mean over its episodes.</source>
        <translation>粗体行：每个样本数在其各情景上的均值。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="403"/>
        <source>Baseline: logistic regression on four frame-difference statistics of the same clips, fitted on the same support set.</source>
        <translation>基线：基于相同片段的四项帧差统计量的逻辑回归，在同一支持集上拟合。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="406"/>
        <source>Tokens alone: the same probe on the encoder&apos;s pooled tokens without the frame-difference statistics, in the same episodes.</source>
        <translation>仅 token：在相同情景中，对编码器池化 token 使用同一探针，不含帧差统计量。</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="385"/>
        <source>mean [95 % CI]</source>
        <translation>均值 [95% 置信区间]</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="428"/>
        <source>%1-shot queries of %2 episode(s), pooled (%3 clips; the table gives each episode&apos;s AUC and their mean). Confusion matrix at threshold 0.500 (rows: true class, columns: predicted):</source>
        <translation>%2 个 %1-shot 回合的查询片段合并（%3 个片段；表格给出每个回合的 AUC 及其均值）。阈值 0.500 时的混淆矩阵（行：真实类别，列：预测类别）：</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="447"/>
        <source>ROC (AUC %1)</source>
        <translation>ROC（AUC %1）</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="447"/>
        <source>false positive rate</source>
        <translation>假阳性率</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="448"/>
        <source>true positive rate</source>
        <translation>真阳性率</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="452"/>
        <source>Precision-recall</source>
        <translation>精确率-召回率</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="452"/>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="452"/>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="464"/>
        <location filename="../ui/training/RunView.cpp" line="465"/>
        <source>pre-ictal</source>
        <translation>发作前</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="464"/>
        <location filename="../ui/training/RunView.cpp" line="465"/>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="488"/>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="31"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="38"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="40"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="40"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::SignalLane</name>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="241"/>
        <source>Marker “%1” of %2 at %3</source>
        <translation>%2 的标记“%1”，位于 %3</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="242"/>
        <source> for %1 s</source>
        <translation>，持续 %1 秒</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="243"/>
        <source>
Click to go there (frame %1)</source>
        <translation>
点击跳转（第 %1 帧）</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="248"/>
        <source>%1: %2 at %3 (signal time %4 s, offset %5 s)
Click to select it: Ctrl+Alt+Left/Right nudge it</source>
        <translation>%1：%3 处为 %2（信号时间 %4 秒，偏移 %5 秒）
单击选中；Ctrl+Alt+左/右 微调</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="249"/>
        <source>no sample</source>
        <translation>无采样</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::StartPage</name>
    <message>
        <location filename="../ui/StartPage.cpp" line="29"/>
        <source>Prodrome</source>
        <translation>Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="35"/>
        <source>Seizure forecasting from ordinary video: annotate recordings, curate clips, train a forecaster, review its alarms.</source>
        <translation>基于普通视频的癫痫发作预测：标注录像、整理片段、训练预测器、审阅其警报。</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="40"/>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="40"/>
        <source>Create an empty project file, then add recordings to it</source>
        <translation>创建一个空项目文件，然后向其中添加录像</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="41"/>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="41"/>
        <source>Open a .prodrome project file</source>
        <translation>打开 .prodrome 项目文件</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="43"/>
        <source>Open a Video…</source>
        <translation>打开视频…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="43"/>
        <source>Look at one video without a project (annotations need a project)</source>
        <translation>在无项目的情况下查看单个视频（标注需要项目）</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="44"/>
        <location filename="../ui/StartPage.cpp" line="125"/>
        <source>Open the Demo Project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="45"/>
        <source>Synthetic rodent and human recordings with seizures, clip sets, a pre-trained encoder, a forecaster and its forecasts to review. Built once (about two minutes on two cores), then opened from where it was built.</source>
        <translation>包含发作的合成啮齿类与人类录像、片段集、预训练编码器、预测器及其待审阅的预测。只构建一次（双核约两分钟），之后从构建位置打开。</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="63"/>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="105"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="106"/>
        <source>%1 (missing)
%2</source>
        <translation>%1（缺失）
%2</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="110"/>
        <source>%1 is not there any more (moved, renamed or on a drive that is not mounted)</source>
        <translation>%1 已不存在（已移动、重命名或位于未挂载的驱动器上）</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="115"/>
        <source>None yet: the projects you open appear here.</source>
        <translation>暂无：您打开的项目会显示在这里。</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="125"/>
        <source>Building the Demo Project…</source>
        <translation>正在构建演示项目…</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::SubjectDialog</name>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="18"/>
        <source>New subject</source>
        <translation>新受试者</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="20"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="22"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="25"/>
        <source>human</source>
        <translation>人类</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="22"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="26"/>
        <source>rodent</source>
        <translation>啮齿动物</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="24"/>
        <source>e.g. P07 or R12</source>
        <translation>例如 P07 或 R12</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="29"/>
        <source>Subject:</source>
        <translation>受试者：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="31"/>
        <source>Code:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="32"/>
        <source>Species:</source>
        <translation>物种：</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="36"/>
        <source>Click to seek · wheel to zoom · Shift+wheel or drag to scroll · drag an event edge to move it</source>
        <translation>单击跳转 · 滚轮缩放 · Shift+滚轮或拖动以滚动 · 拖动事件边缘以移动</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="607"/>
        <source>No recording</source>
        <translation>无录像</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TrainDialogs</name>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="57"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="60"/>
        <source>frames of</source>
        <translation>帧，每帧</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="62"/>
        <source>px</source>
        <translation>像素</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="63"/>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="67"/>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="75"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TrainingActions</name>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="57"/>
        <source>Continual &amp;Pre-training…</source>
        <translation>持续预训练(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="58"/>
        <source>&amp;Forecasting Fine-tune…</source>
        <translation>预测微调(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="59"/>
        <source>Run &amp;Forecast…</source>
        <translation>运行预测(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="64"/>
        <source>&amp;Import HF VideoMAE…</source>
        <translation>导入 HF VideoMAE(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="68"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="223"/>
        <source>pre-training</source>
        <translation>预训练</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="223"/>
        <source>fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="226"/>
        <source>Run %1 · %2 %3 · interrupted (left running)</source>
        <translation>运行 %1 · %2 %3 · 已中断（停留在运行状态）</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="228"/>
        <source>Run %1 · %2 %3 · cancelled at step %4/%5</source>
        <translation>运行 %1 · %2 %3 · 在第 %4/%5 步取消</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="234"/>
        <source>Run %1 · %2 %3 · cancelled after %4/%5 epochs</source>
        <translation>运行 %1 · %2 %3 · 在第 %4/%5 轮后取消</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="270"/>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="287"/>
        <source>Quit Prodrome</source>
        <translation>退出 Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="288"/>
        <source>A job is running. Cancel it and quit? A cancelled pre-training keeps its checkpoint and can be resumed later.</source>
        <translation>有任务正在运行。要取消该任务并退出吗？已取消的预训练会保留其检查点，之后可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="291"/>
        <source>Cancel Job and Quit</source>
        <translation>取消任务并退出</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="292"/>
        <source>Keep Running</source>
        <translation>保持运行</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="300"/>
        <source>Stopping the job; the window closes when it has saved its checkpoint…</source>
        <translation>正在停止任务；保存检查点后窗口将关闭…</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TrainingChart</name>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="32"/>
        <location filename="../ui/jobs/TrainingChart.cpp" line="41"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="33"/>
        <location filename="../ui/jobs/TrainingChart.cpp" line="42"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="34"/>
        <source>validation ROC-AUC</source>
        <translation>验证集 ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="35"/>
        <source>validation balanced accuracy</source>
        <translation>验证集平衡准确率</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="39"/>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="44"/>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TransportBar</name>
    <message>
        <location filename="../ui/TransportBar.cpp" line="25"/>
        <source>To the start (Home)</source>
        <translation>到开头 (Home)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="26"/>
        <source>One frame back (Left)</source>
        <translation>后退一帧 (左)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="27"/>
        <source>Play or pause (Space, K)</source>
        <translation>播放或暂停 (空格, K)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="28"/>
        <source>One frame forward (Right)</source>
        <translation>前进一帧 (右)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="29"/>
        <source>To the end (End)</source>
        <translation>到结尾 (End)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="34"/>
        <source>Playback speed (J and L shuttle backward and forward, faster with each press)</source>
        <translation>播放速度（J 和 L 向后和向前快速播放，每按一次更快）</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="37"/>
        <source>Drag to seek; the timeline below seeks frame-exactly too</source>
        <translation>拖动以跳转；下方的时间轴也可逐帧精确跳转</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="11"/>
        <source>Prodrome User Guide</source>
        <translation>Prodrome 用户指南</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::WeightsChooser</name>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="29"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="33"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="37"/>
        <source>Weights file (ours or HF VideoMAE)…</source>
        <translation>权重文件（本程序或 HF VideoMAE）…</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="38"/>
        <source>model.safetensors</source>
        <translation>model.safetensors</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="53"/>
        <source>Initial Weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="54"/>
        <source>safetensors files (*.safetensors);;All files (*)</source>
        <translation>safetensors 文件 (*.safetensors);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/WeightsChooser.cpp" line="78"/>
        <source>GPU available (%n CUDA device(s))</source>
        <translation>
            <numerusform>GPU 可用（%n 个 CUDA 设备）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="80"/>
        <source>No GPU available: training runs on the CPU</source>
        <translation>无可用 GPU：训练将在 CPU 上运行</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="86"/>
        <source>Automatic (GPU)</source>
        <translation>自动（GPU）</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="86"/>
        <source>Automatic (CPU: no GPU)</source>
        <translation>自动（CPU：无 GPU）</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="87"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="88"/>
        <source>GPU (CUDA)</source>
        <translation>GPU（CUDA）</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="88"/>
        <source>GPU (CUDA, not available)</source>
        <translation>GPU（CUDA，不可用）</translation>
    </message>
</context>
</TS>
