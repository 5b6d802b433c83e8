<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="24"/>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="30"/>
        <source>Import HF VideoMAE Weights</source>
        <translation>HF-VideoMAE-Gewichte importieren</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="26"/>
        <source>safetensors files (*.safetensors);;All files (*)</source>
        <translation>safetensors-Dateien (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="46"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="47"/>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="48"/>
        <source>Architecture preset:</source>
        <translation>Architektur-Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="49"/>
        <source>Frames:</source>
        <translation>Bildanzahl:</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="50"/>
        <source>Input size:</source>
        <translation>Eingabegröße:</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="59"/>
        <source>Choose a model name that the project does not use yet.</source>
        <translation>Wählen Sie einen Modellnamen, den das Projekt noch nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="81"/>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="86"/>
        <source>Export Model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="81"/>
        <source>The project has no model yet.</source>
        <translation>Das Projekt hat noch kein Modell.</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="86"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelTransferDialogs.cpp" line="90"/>
        <source>Folder for config.json and model.safetensors (HF transformers layout)</source>
        <translation>Ordner für config.json und model.safetensors (HF-transformers-Layout)</translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../ui/RunLabel.cpp" line="14"/>
        <source>pre-training</source>
        <translation>Vortraining</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="18"/>
        <source>k-shot evaluation</source>
        <translation>k-Shot-Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="31"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="33"/>
        <source>clip set %1</source>
        <translation>Clip-Satz %1</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="35"/>
        <source>clip sets %1</source>
        <translation>Clip-Sätze %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/RunLabel.cpp" line="37"/>
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n Aufnahme</numerusform>
            <numerusform>%n Aufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="16"/>
        <source>fine-tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../ui/RunLabel.cpp" line="20"/>
        <source>forecast</source>
        <translation>Vorhersage</translation>
    </message>
</context>
<context>
    <name>prodrome::core::EmptyLabelReasons</name>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="56"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="56"/>
        <source>rodent</source>
        <translation>Nagetier</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="81"/>
        <source>The project has no %1 recordings.</source>
        <translation>Das Projekt hat keine Aufnahmen (%1).</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="82"/>
        <source>The project has no recordings.</source>
        <translation>Das Projekt hat keine Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="88"/>
        <source>Every recording is shorter than the clip length (%1 s): the longest lasts %2 s.</source>
        <translation>Jede Aufnahme ist kürzer als die Cliplänge (%1 s): die längste dauert %2 s.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="101"/>
        <source>No pre-ictal windows: no seizure is annotated in these recordings.</source>
        <translation>Keine präiktalen Fenster: in diesen Aufnahmen ist kein Anfall annotiert.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="103"/>
        <source>No pre-ictal windows: every seizure begins within the first %1 s (the clip length) of its recording, so no window fits before it.</source>
        <translation>Keine präiktalen Fenster: jeder Anfall beginnt in den ersten %1 s (der Cliplänge) seiner Aufnahme, davor passt kein Fenster.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="107"/>
        <source>No pre-ictal windows: every window before an onset overlaps an earlier seizure or its post-ictal period (%1 s); shorten the post-ictal period or the clip length.</source>
        <translation>Keine präiktalen Fenster: jedes Fenster vor einem Beginn überlappt einen früheren Anfall oder dessen postiktale Phase (%1 s); verkürzen Sie die postiktale Phase oder die Cliplänge.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="114"/>
        <source>No normal windows: &apos;normal per pre-ictal&apos; keeps %1 per pre-ictal window and there are none; set it to no limit.</source>
        <translation>Keine normalen Fenster: „Normal pro präiktal“ behält %1 je präiktalem Fenster, und es gibt keine; stellen Sie es auf unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="136"/>
        <source>No normal %1 windows: every window lies within the inter-ictal gap (%2 s) of a seizure; the longest stretch of a %1 recording clear of it lasts %3 s, a clip needs %4 s. Lower &apos;Inter-ictal gap, %1&apos;.</source>
        <translation>Keine normalen Fenster (%1): jedes Fenster liegt im interiktalen Abstand (%2 s) eines Anfalls; der längste freie Abschnitt einer Aufnahme (%1) dauert %3 s, ein Clip braucht %4 s. Verringern Sie „Interiktaler Abstand, %1“.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="142"/>
        <source>No normal %1 windows: the stretches clear of seizures are covered by artifacts or other events, which exclude normal windows; untick that option to keep them.</source>
        <translation>Keine normalen Fenster (%1): die anfallsfreien Abschnitte sind von Artefakten oder anderen Ereignissen bedeckt, die normale Fenster ausschließen; entfernen Sie den Haken dieser Option, um sie zu behalten.</translation>
    </message>
    <message>
        <location filename="../core/clips/EmptyLabelReasons.cpp" line="148"/>
        <source>No normal windows: the caps on normal windows leave none.</source>
        <translation>Keine normalen Fenster: die Obergrenzen für normale Fenster lassen keine übrig.</translation>
    </message>
</context>
<context>
    <name>prodrome::core::ForecastReview</name>
    <message>
        <location filename="../core/review/ForecastReview.cpp" line="33"/>
        <source>run %1 did not forecast recording %2</source>
        <translation>Lauf %1 hat für Aufnahme %2 keine Vorhersage erstellt</translation>
    </message>
    <message>
        <location filename="../core/review/ForecastReview.cpp" line="35"/>
        <source>recording %1 does not exist</source>
        <translation>Aufnahme %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/review/ForecastReview.cpp" line="36"/>
        <source>recording %1 has no frame rate</source>
        <translation>Aufnahme %1 hat keine Bildrate</translation>
    </message>
</context>
<context>
    <name>prodrome::core::ForecastRunInfo</name>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="36"/>
        <source>run %1 is a %2 run, not a forecast run</source>
        <translation>Lauf %1 ist vom Typ %2, kein Vorhersagelauf</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="43"/>
        <source>run %1: its config is not a JSON object (%2)</source>
        <translation>Lauf %1: Die Konfiguration ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="51"/>
        <source>run %1: its config has no &quot;forecast&quot; section</source>
        <translation>Lauf %1: Die Konfiguration hat keinen Abschnitt &quot;forecast&quot;</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="56"/>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <location filename="../core/runs/ForecastRunInfo.cpp" line="65"/>
        <source>run %1: window and stride must be positive seconds</source>
        <translation>Lauf %1: Fenster und Schrittweite müssen positive Sekundenwerte sein</translation>
    </message>
</context>
<context>
    <name>prodrome::core::ModelDescription</name>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="30"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="33"/>
        <source>architecture: %1 blocks of width %2 (%3 heads); %4 frames of %5×%5 px, in tubelets of %6 frames and %7-px patches</source>
        <translation>Architektur: %1 Blöcke der Breite %2 (%3 Köpfe); %4 Bilder zu %5×%5 px, in Tubelets zu %6 Bildern und Patches zu %7 px</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="48"/>
        <source>sampling: the window&apos;s last %1 frames</source>
        <translation>Abtastung: die letzten %1 Bilder des Fensters</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="49"/>
        <source>sampling: %1 frames, one in every %2, ending at the window&apos;s last frame</source>
        <translation>Abtastung: %1 Bilder, je eines von %2, endend mit dem letzten Bild des Fensters</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="53"/>
        <source> (%1 s at %2 fps)</source>
        <translation> (%1 s bei %2 fps)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="58"/>
        <source>sampling: evenly over the window</source>
        <translation>Abtastung: gleichmäßig über das Fenster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="61"/>
        <source>frame rate: not stored</source>
        <translation>Bildrate: nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="64"/>
        <source>frame rate: %1 fps (its clips were read at it; a forecast reads a faster recording at it, a slower one frame by frame)</source>
        <translation>Bildrate: %1 fps (seine Clips wurden mit ihr gelesen; eine Vorhersage liest eine schnellere Aufnahme mit ihr, eine langsamere Bild für Bild)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="70"/>
        <source>frame rate: %1 fps (its clips were read at it)</source>
        <translation>Bildrate: %1 fps (seine Clips wurden mit ihr gelesen)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="75"/>
        <source>head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="76"/>
        <source>the first token</source>
        <translation>das erste Token</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="78"/>
        <source>the mean token with the mean and max of its changes (motion pooling)</source>
        <translation>das mittlere Token mit Mittelwert und Maximum seiner Änderungen (Bewegungs-Pooling)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="79"/>
        <source>the mean token</source>
        <translation>das mittlere Token</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="81"/>
        <source>, with %1 frame-difference statistics</source>
        <translation>, mit %1 Bilddifferenz-Statistiken</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="83"/>
        <source> over the whole window</source>
        <translation> über das ganze Fenster</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="85"/>
        <source>, its last %1 %</source>
        <translation>, seine letzten %1 %</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="87"/>
        <source>, and the same of %1 earlier window(s)</source>
        <translation>, und dieselben von %1 früheren Fenster(n)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="89"/>
        <source>; each feature standardised over its recording</source>
        <translation>; jedes Merkmal über seine Aufnahme standardisiert</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="96"/>
        <source>trained for: %1-s windows, onsets within %2 of a window&apos;s end</source>
        <translation>trainiert für: %1-s-Fenster, Anfallsbeginne innerhalb von %2 nach dem Fensterende</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="99"/>
        <source>trained for: windows and horizon not stored (a forecast uses its own)</source>
        <translation>trainiert für: Fenster und Horizont nicht gespeichert (eine Vorhersage nutzt ihre eigenen)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="102"/>
        <source>judged with: normal windows at least %1, %2</source>
        <translation>beurteilt mit: normalen Fenstern mindestens %1, %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="104"/>
        <source>%1 from a seizure (patients)</source>
        <translation>%1 von einem Anfall entfernt (Patienten)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="105"/>
        <source>— (patients)</source>
        <translation>— (Patienten)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="106"/>
        <source>%1 (rodents)</source>
        <translation>%1 (Nagetiere)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="107"/>
        <source>— (rodents)</source>
        <translation>— (Nagetiere)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="109"/>
        <source>; %1 after each offset left out</source>
        <translation>; %1 nach jedem Anfallsende ausgelassen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="111"/>
        <source>judged with: not stored (a forecast uses its species&apos; defaults)</source>
        <translation>beurteilt mit: nicht gespeichert (eine Vorhersage nutzt die Vorgaben ihrer Spezies)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="115"/>
        <source>brief jerks: each weighs %1 beside the head&apos;s probability p: 1 − (1 − p)(1 − %1)^jerks</source>
        <translation>kurze Zuckungen: jede wiegt %1 neben der Wahrscheinlichkeit p des Kopfes: 1 − (1 − p)(1 − %1)^Zuckungen</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="119"/>
        <source>calibration: none (its probabilities are the head&apos;s)</source>
        <translation>Kalibrierung: keine (seine Wahrscheinlichkeiten sind die des Kopfes)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="120"/>
        <source>calibration: %1: the chance of an onset within the horizon</source>
        <translation>Kalibrierung: %1: die Wahrscheinlichkeit eines Anfallsbeginns innerhalb des Horizonts</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="124"/>
        <source>operating point: none (no threshold met its false-alarm budget: it raises no alarm)</source>
        <translation>Arbeitspunkt: keiner (keine Schwelle hielt sein Fehlalarmbudget ein: er löst keinen Alarm aus)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="125"/>
        <source>operating point: threshold %1, %2 window(s) in a row</source>
        <translation>Arbeitspunkt: Schwelle %1, %2 Fenster in Folge</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="148"/>
        <source>model %1: %2</source>
        <translation>Modell %1: %2</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="151"/>
        <source>kind: %1 (an encoder with a forecasting head)</source>
        <translation>Art: %1 (ein Encoder mit einem Vorhersagekopf)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="152"/>
        <source>kind: %1 (an encoder, with or without its decoder)</source>
        <translation>Art: %1 (ein Encoder, mit oder ohne seinen Decoder)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="153"/>
        <source>kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="155"/>
        <source>weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="156"/>
        <source>created: %1</source>
        <translation>erstellt: %1</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="158"/>
        <source>trained from: model %1 (%2)</source>
        <translation>trainiert aus: Modell %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="159"/>
        <source>trained from: model %1 (no longer in the project)</source>
        <translation>trainiert aus: Modell %1 (nicht mehr im Projekt)</translation>
    </message>
    <message>
        <location filename="../core/pipeline/ModelDescription.cpp" line="162"/>
        <source>architecture: not stored in the file (the loader infers it from the tensors)</source>
        <translation>Architektur: nicht in der Datei gespeichert (der Lader leitet sie aus den Tensoren ab)</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AgreementDialog</name>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="26"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="45"/>
        <source>Export Pairings CSV…</source>
        <translation>Paarungen als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="46"/>
        <source>Export Summary CSV…</source>
        <translation>Zusammenfassung als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="47"/>
        <source>Rater Agreement</source>
        <translation>Übereinstimmung der Bewerter</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="120"/>
        <source>%1 (seizures: %2)</source>
        <translation>%1 (Anfälle: %2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="60"/>
        <source>Rater A: whose events are matched against B&apos;s</source>
        <translation>Bewerter A: dessen Ereignisse mit denen von B abgeglichen werden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="49"/>
        <source>This recording</source>
        <translation>Diese Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="53"/>
        <source>Its monitoring period #%1 (%2 files)</source>
        <translation>Ihr Überwachungszeitraum #%1 (%2 Dateien)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="57"/>
        <source>A monitoring period&apos;s files are compared on one frame axis by the wall clock; gaps between files are no one&apos;s frames</source>
        <translation>Die Dateien eines Überwachungszeitraums werden nach der Uhrzeit auf einer Bildachse verglichen; Lücken zwischen Dateien sind niemandes Bilder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="61"/>
        <source>Rater B: the reference for A&apos;s sensitivity</source>
        <translation>Bewerter B: die Referenz für die Sensitivität von A</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="66"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="67"/>
        <source>Two onsets match when they are at most this far apart (compared in frames)</source>
        <translation>Zwei Beginne stimmen überein, wenn sie höchstens so weit auseinanderliegen (in Bildern verglichen)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="70"/>
        <source>Compare on:</source>
        <translation>Vergleichen über:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="71"/>
        <source>Rater A:</source>
        <translation>Bewerter A:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="72"/>
        <source>Rater B:</source>
        <translation>Bewerter B:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="73"/>
        <source>Onset tolerance:</source>
        <translation>Toleranz für den Beginn:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="87"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="138"/>
        <source>Agreement needs two annotators&apos; seizures in this period; annotators who marked any: %1.</source>
        <translation>Für die Übereinstimmung braucht es Anfälle zweier Annotierender in diesem Zeitraum; Annotierende mit Markierungen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="139"/>
        <source>Agreement needs two annotators&apos; seizures on this recording; annotators who marked any: %1.</source>
        <translation>Für die Übereinstimmung braucht es Anfälle von zwei Annotatoren auf dieser Aufnahme; Annotatoren mit Anfällen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="150"/>
        <source>Choose two different annotators.</source>
        <translation>Wählen Sie zwei verschiedene Annotatoren.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="173"/>
        <source>Events of A (%1)</source>
        <translation>Ereignisse von A (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="173"/>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="174"/>
        <source>, %1 open</source>
        <translation>, %1 offen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="174"/>
        <source>Events of B (%1)</source>
        <translation>Ereignisse von B (%1)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="175"/>
        <source>Matched (onsets within %1 s)</source>
        <translation>Übereinstimmend (Beginne innerhalb %1 s)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="176"/>
        <source>Only A / only B</source>
        <translation>Nur A / nur B</translation>
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
        <translation>Sensitivität von A gegenüber B</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="177"/>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="178"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="178"/>
        <source>Sensitivity of B against A</source>
        <translation>Sensitivität von B gegenüber A</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="179"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="179"/>
        <source>Offset</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="181"/>
        <source>%1 difference (B − A)</source>
        <translation>Differenz %1 (B − A)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="181"/>
        <source>no matched pair</source>
        <translation>kein übereinstimmendes Paar</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="184"/>
        <source>%1 difference (B − A), pairs: %2</source>
        <translation>Differenz %1 (B − A), Paare: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="185"/>
        <source>mean |d| %1 s · median |d| %2 s · max |d| %3 s · mean %4 s</source>
        <translation>Mittel |d| %1 s · Median |d| %2 s · Max |d| %3 s · Mittel %4 s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="189"/>
        <source>Frames compared</source>
        <translation>Verglichene Bilder</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="190"/>
        <source>Seizure in both / only A / only B / neither</source>
        <translation>Anfall bei beiden / nur A / nur B / keinem</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="191"/>
        <source>%1 / %2 / %3 / %4</source>
        <translation>%1 / %2 / %3 / %4</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="192"/>
        <source>Observed agreement / by chance</source>
        <translation>Beobachtete Übereinstimmung / zufällig</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="194"/>
        <source>&lt;b&gt;Cohen&apos;s κ (per frame)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cohens κ (pro Bild)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="197"/>
        <source>κ is undefined here: by chance alone the raters would label every frame alike.</source>
        <translation>κ ist hier nicht definiert: allein durch Zufall würden die Bewerter jedes Bild gleich einstufen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="199"/>
        <source>Everything is computed in frames (%1 fps); seconds are shown for reading.</source>
        <translation>Alles wird in Bildern berechnet (%1 fps); Sekunden dienen nur dem Lesen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="211"/>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/AgreementDialog.cpp" line="214"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AlarmLane</name>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="21"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="43"/>
        <source>true alarm</source>
        <translation>richtiger Alarm</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="44"/>
        <source>false alarm</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="45"/>
        <source>alarm during a seizure</source>
        <translation>Alarm während eines Anfalls</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="64"/>
        <source>accepted</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="65"/>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="66"/>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="67"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="98"/>
        <source>No alarm at this threshold</source>
        <translation>Kein Alarm bei diesem Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="98"/>
        <source>Click an alarm to select it and go to it</source>
        <translation>Klicken Sie auf einen Alarm, um ihn auszuwählen und zu ihm zu springen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/AlarmLane.cpp" line="100"/>
        <source>Alarm at %1 (frame %2)
%3</source>
        <translation>Alarm bei %1 (Bild %2)
%3</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AlarmTableModel</name>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="37"/>
        <source>true</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="39"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="41"/>
        <source>during seizure</source>
        <translation>während Anfall</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="48"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="49"/>
        <source>accepted</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="49"/>
        <source>rejected</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="50"/>
        <source>%1 — check again</source>
        <translation>%1 — erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="89"/>
        <source>A seizure begins within the horizon after this alarm</source>
        <translation>Innerhalb des Horizonts nach diesem Alarm beginnt ein Anfall</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="91"/>
        <source>No seizure begins within the horizon after this alarm</source>
        <translation>Innerhalb des Horizonts nach diesem Alarm beginnt kein Anfall</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="93"/>
        <source>During a seizure or its post-ictal period: neither true nor false</source>
        <translation>Während eines Anfalls oder seiner postiktalen Phase: weder richtig noch falsch</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="100"/>
        <source>Rejected as a false alarm, but a seizure now begins within the horizon after it</source>
        <translation>Als Fehlalarm abgelehnt, doch jetzt beginnt innerhalb des Horizonts danach ein Anfall</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="101"/>
        <source>Accepted, but no annotated seizure follows it any more</source>
        <translation>Angenommen, doch ihm folgt kein annotierter Anfall mehr</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="112"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="114"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="116"/>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="118"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="120"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/review/AlarmTableModel.cpp" line="122"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="41"/>
        <source>Cannot read recording #%1: %2</source>
        <translation>Aufnahme #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="80"/>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="114"/>
        <source>Cannot undo or redo this edit: %1</source>
        <translation>Diese Änderung kann nicht rückgängig gemacht oder wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="129"/>
        <source>Open a recording before marking an onset.</source>
        <translation>Öffnen Sie eine Aufnahme, bevor Sie einen Beginn markieren.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="133"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="161"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="211"/>
        <source>Frame %1 is outside the recording.</source>
        <translation>Bild %1 liegt außerhalb der Aufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="141"/>
        <source>Mark onset</source>
        <translation>Beginn markieren</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="147"/>
        <source>Open a recording before marking an offset.</source>
        <translation>Öffnen Sie eine Aufnahme, bevor Sie ein Ende markieren.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="160"/>
        <source>There is no open seizure before frame %1 to close.</source>
        <translation>Vor Bild %1 gibt es keinen offenen Anfall zum Abschließen.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="164"/>
        <source>Mark offset</source>
        <translation>Ende markieren</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="172"/>
        <source>Event #%1 is not an open seizure.</source>
        <translation>Ereignis #%1 ist kein offener Anfall.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="173"/>
        <source>Mark offset across files</source>
        <translation>Ende über Dateigrenzen markieren</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="209"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="230"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="239"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="252"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="261"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="270"/>
        <source>Event #%1 no longer exists.</source>
        <translation>Ereignis #%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="218"/>
        <source>Move onset</source>
        <translation>Beginn verschieben</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="218"/>
        <source>Move offset</source>
        <translation>Ende verschieben</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="219"/>
        <source>Nudge onset</source>
        <translation>Beginn verschieben (1 Bild)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="219"/>
        <source>Nudge offset</source>
        <translation>Ende verschieben (1 Bild)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="228"/>
        <source>Select an event to nudge.</source>
        <translation>Wählen Sie ein Ereignis zum Verschieben aus.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="231"/>
        <source>The selected seizure has no offset yet.</source>
        <translation>Der ausgewählte Anfall hat noch kein Ende.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="240"/>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="246"/>
        <source>Select an event to delete.</source>
        <translation>Wählen Sie ein Ereignis zum Löschen aus.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="256"/>
        <source>Set seizure type</source>
        <translation>Anfallstyp festlegen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="265"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="274"/>
        <source>Change event kind</source>
        <translation>Ereignisart ändern</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::BorisImportDialog</name>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="19"/>
        <source>Import nothing: add the videos to the project first</source>
        <translation>Nichts importieren: zuerst die Videos zum Projekt hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="20"/>
        <source>Add the videos as recordings, then import everything</source>
        <translation>Die Videos als Aufnahmen hinzufügen, dann alles importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="21"/>
        <source>Skip those observations and import the others</source>
        <translation>Diese Beobachtungen überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="24"/>
        <source>Import point events as seizure onsets (open events)</source>
        <translation>Punktereignisse als Anfallsbeginn importieren (offene Ereignisse)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="27"/>
        <source>Import BORIS Project</source>
        <translation>BORIS-Projekt importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="29"/>
        <source>%1 holds %2 observation(s).</source>
        <translation>%1 enthält %2 Beobachtung(en).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="31"/>
        <source>%1 of them (LIVE or IMAGES) have no video and are skipped.</source>
        <translation>%1 davon (LIVE oder IMAGES) haben kein Video und werden übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="38"/>
        <source>%n observation(s) name videos this project does not hold:</source>
        <translation>
            <numerusform>%n Beobachtung nennt Videos, die dieses Projekt nicht enthält:</numerusform>
            <numerusform>%n Beobachtungen nennen Videos, die dieses Projekt nicht enthält:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="54"/>
        <source>each observation&apos;s BORIS subject</source>
        <translation>das BORIS-Subjekt jeder Beobachtung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="55"/>
        <source>The subject the added recordings belong to. Left empty, each observation&apos;s one BORIS subject is taken.</source>
        <translation>Der Proband, zu dem die hinzugefügten Aufnahmen gehören. Leer gelassen, wird das eine BORIS-Subjekt jeder Beobachtung genommen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="57"/>
        <source>as the subject is (existing subjects)</source>
        <translation>wie beim Probanden (vorhandene Probanden)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="58"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="59"/>
        <source>rodent</source>
        <translation>Nagetier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="60"/>
        <source>Subject:</source>
        <translation>Proband:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="61"/>
        <source>Species:</source>
        <translation>Spezies:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="67"/>
        <source>Every observation&apos;s video is in the project.</source>
        <translation>Das Video jeder Beobachtung ist im Projekt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="78"/>
        <source>every behaviour: %1</source>
        <translation>jedes Verhalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="79"/>
        <source>category &apos;seizure&apos;: %1</source>
        <translation>Kategorie &apos;seizure&apos;: %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="80"/>
        <source>The BORIS behaviour codes that are seizures, comma-separated. The others import as &apos;other&apos; events (or artifacts), which may overlap. Left empty: the behaviours of the ethogram&apos;s category &apos;seizure&apos;, or every behaviour.</source>
        <translation>Die BORIS-Verhaltenscodes, die Anfälle sind, durch Kommas getrennt. Die übrigen werden als &apos;other&apos;-Ereignisse (oder Artefakte) importiert, die sich überlappen dürfen. Leer: die Verhaltensweisen der Ethogramm-Kategorie &apos;seizure&apos;, sonst jedes Verhalten.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="83"/>
        <source>Seizure behaviours:</source>
        <translation>Anfallsverhalten:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="84"/>
        <source>Whose marks these are, unless an observation names its own in the independent variable &apos;annotator&apos;. Each BORIS subject&apos;s events go under ANNOTATOR/SUBJECT.</source>
        <translation>Wessen Markierungen dies sind, sofern eine Beobachtung nicht in der unabhängigen Variable &apos;annotator&apos; eigene nennt. Die Ereignisse jedes BORIS-Subjekts kommen unter ANNOTATOR/SUBJEKT.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="86"/>
        <source>Annotator:</source>
        <translation>Annotator:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="89"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/BorisImportDialog.cpp" line="121"/>
        <source>Choose what to do with the videos the project does not hold.</source>
        <translation>Wählen Sie, was mit den Videos geschehen soll, die das Projekt nicht enthält.</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipSetDialog</name>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="39"/>
        <source>Build Clip Set</source>
        <translation>Clip-Satz erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="42"/>
        <source>e.g. emu-L5-H5</source>
        <translation>z. B. emu-L5-H5</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="43"/>
        <source>the default settings</source>
        <translation>den Standardeinstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="45"/>
        <source>clip set %1</source>
        <translation>Clip-Satz %1</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="46"/>
        <source>Fill every field from an existing clip set&apos;s stored settings, to build a variant of it.</source>
        <translation>Füllt jedes Feld mit den gespeicherten Einstellungen eines vorhandenen Clip-Satzes, um eine Variante davon zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="48"/>
        <source>every subject</source>
        <translation>alle Probanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="49"/>
        <source>human subjects only</source>
        <translation>nur menschliche Probanden</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="50"/>
        <source>rodent subjects only</source>
        <translation>nur Nagetiere</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="51"/>
        <source>Build from the recordings of one species only; splits then draw from its subjects.</source>
        <translation>Nur aus den Aufnahmen einer Spezies erstellen; Aufteilungen ziehen dann aus deren Probanden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="58"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="59"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="59"/>
        <source>rodent</source>
        <translation>Nagetier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="68"/>
        <source>The subjects whose recordings the set is built from; untick those to leave out. Splits draw from the ticked subjects, each species on its own.</source>
        <translation>Die Probanden, aus deren Aufnahmen der Satz gebaut wird; entfernen Sie den Haken bei denen, die wegbleiben sollen. Aufteilungen ziehen aus den angehakten Probanden, jede Spezies für sich.</translation>
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
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="75"/>
        <source>clip length</source>
        <translation>Cliplänge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="79"/>
        <source>pre-ictal</source>
        <translation>präiktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="80"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="81"/>
        <source>ictal</source>
        <translation>iktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="82"/>
        <source>Artifacts and other events exclude normal windows</source>
        <translation>Artefakte und sonstige Ereignisse schließen normale Fenster aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="86"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="95"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="99"/>
        <source>No split</source>
        <translation>Keine Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="100"/>
        <source>By subject: train / val / test</source>
        <translation>Nach Proband: Training / Validierung / Test</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="116"/>
        <source>The clip set&apos;s name, unique in the project; training dialogs list sets by it.</source>
        <translation>Der Name des Clip-Satzes, eindeutig im Projekt; Trainingsdialoge führen Sätze unter ihm.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="117"/>
        <source>L: the length of every clip, 3 to 10 s. Forecasters see one clip at a time.</source>
        <translation>L: die Länge jedes Clips, 3 bis 10 s. Vorhersagemodelle sehen jeweils einen Clip.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="118"/>
        <source>H: a pre-ictal clip ends at most this long before a seizure onset. The forecast predicts an onset within H of a window&apos;s end.</source>
        <translation>H: ein präiktaler Clip endet höchstens so lange vor einem Anfallsbeginn. Die Vorhersage sagt einen Beginn innerhalb von H nach dem Fensterende voraus.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="120"/>
        <source>How far apart the ends of successive pre-ictal clips before one onset lie (and the step between ictal clips).</source>
        <translation>Abstand der Enden aufeinanderfolgender präiktaler Clips vor einem Beginn (und Schritt zwischen iktalen Clips).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="122"/>
        <source>How far apart successive normal clips start; &apos;clip length&apos; makes them adjacent.</source>
        <translation>Abstand der Anfänge aufeinanderfolgender normaler Clips; „Cliplänge“ legt sie lückenlos aneinander.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="123"/>
        <source>Time after a seizure&apos;s offset that is neither normal nor pre-ictal: a pre-ictal clip of the next seizure may not reach back into it.</source>
        <translation>Zeit nach dem Ende eines Anfalls, die weder normal noch präiktal ist: ein präiktaler Clip des nächsten Anfalls darf nicht in sie zurückreichen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="125"/>
        <source>Normal clips of human recordings keep at least this far from every seizure, before and after. Recordings shorter than about twice the gap around a seizure give no normals.</source>
        <translation>Normale Clips menschlicher Aufnahmen halten mindestens diesen Abstand zu jedem Anfall, davor und danach. Aufnahmen, die kürzer als etwa der doppelte Abstand um einen Anfall sind, liefern keine normalen Clips.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="127"/>
        <source>Normal clips of rodent recordings keep at least this far from every seizure, before and after.</source>
        <translation>Normale Clips von Nagetier-Aufnahmen halten mindestens diesen Abstand zu jedem Anfall, davor und danach.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="129"/>
        <source>Build pre-ictal clips (end within H of an onset): the positive class.</source>
        <translation>Präiktale Clips erstellen (Ende innerhalb von H vor einem Beginn): die positive Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="130"/>
        <source>Build normal clips (far from seizures): the negative class.</source>
        <translation>Normale Clips erstellen (fern von Anfällen): die negative Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="131"/>
        <source>Build ictal clips (inside a seizure), for pre-training mixes; forecasting does not use them.</source>
        <translation>Iktale Clips erstellen (innerhalb eines Anfalls), für Vortrainings-Mischungen; die Vorhersage nutzt sie nicht.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="133"/>
        <source>When ticked, a normal clip may not overlap an artifact or other annotated event.</source>
        <translation>Wenn angehakt, darf ein normaler Clip kein Artefakt und kein anderes annotiertes Ereignis überlappen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="134"/>
        <source>Keep at most this many pre-ictal clips per seizure (a seeded random subset).</source>
        <translation>Höchstens so viele präiktale Clips je Anfall behalten (eine zufällige Teilmenge mit Seed).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="135"/>
        <source>Keep at most this many ictal clips per seizure (a seeded random subset).</source>
        <translation>Höchstens so viele iktale Clips je Anfall behalten (eine zufällige Teilmenge mit Seed).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="136"/>
        <source>Keep at most this many normal clips per recording (a seeded random subset).</source>
        <translation>Höchstens so viele normale Clips je Aufnahme behalten (eine zufällige Teilmenge mit Seed).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="137"/>
        <source>Keep at most this many normal clips per pre-ictal clip over the whole set, to balance the classes.</source>
        <translation>Höchstens so viele normale Clips je präiktalem Clip im ganzen Satz behalten, um die Klassen auszugleichen.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="139"/>
        <source>Seeds every random choice (caps and subject splits): the same seed builds the same set.</source>
        <translation>Initialisiert jede Zufallswahl (Obergrenzen und Probandenaufteilung): derselbe Seed erstellt denselben Satz.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="140"/>
        <source>Split by subject, so that no subject&apos;s clips are in two splits (evaluation on unseen subjects).</source>
        <translation>Nach Proband aufteilen, damit keine Clips eines Probanden in zwei Teilen liegen (Auswertung an ungesehenen Probanden).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="143"/>
        <source>Fractions of the subjects in train, validation and test (seeded).</source>
        <translation>Anteile der Probanden in Training, Validierung und Test (mit Seed).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="145"/>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="147"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="148"/>
        <source>Start from:</source>
        <translation>Ausgehend von:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="149"/>
        <source>Species:</source>
        <translation>Spezies:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="150"/>
        <source>Subjects:</source>
        <translation>Probanden:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="151"/>
        <source>Clip length L:</source>
        <translation>Cliplänge L:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="152"/>
        <source>Horizon H:</source>
        <translation>Horizont H:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="153"/>
        <source>Pre-ictal stride:</source>
        <translation>Präiktale Schrittweite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="154"/>
        <source>Normal stride:</source>
        <translation>Normale Schrittweite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="155"/>
        <source>Post-ictal period:</source>
        <translation>Postiktale Phase:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="156"/>
        <source>Inter-ictal gap, human:</source>
        <translation>Interiktaler Abstand, Mensch:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="157"/>
        <source>Inter-ictal gap, rodent:</source>
        <translation>Interiktaler Abstand, Nager:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="162"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="165"/>
        <source>Sampling and splits</source>
        <translation>Stichprobe und Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="167"/>
        <source>Max pre-ictal per seizure:</source>
        <translation>Max. präiktal pro Anfall:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="168"/>
        <source>Max ictal per seizure:</source>
        <translation>Max. iktal pro Anfall:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="169"/>
        <source>Max normal per recording:</source>
        <translation>Max. normal pro Aufnahme:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="170"/>
        <source>Normal per pre-ictal:</source>
        <translation>Normal pro präiktal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="171"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="172"/>
        <source>Splits:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="177"/>
        <source>Train / val / test:</source>
        <translation>Training / Validierung / Test:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Subject</source>
        <translation>Proband</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Pre-ictal</source>
        <translation>Präiktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="180"/>
        <source>Ictal</source>
        <translation>Iktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="198"/>
        <source>Preview: clips per subject and label</source>
        <translation>Vorschau: Clips pro Proband und Label</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="223"/>
        <source>At least one subject stays ticked.</source>
        <translation>Mindestens ein Proband bleibt angehakt.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="257"/>
        <source>The settings of %1 cannot be read: %2</source>
        <translation>Die Einstellungen von %1 sind nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="360"/>
        <source>%1 pre-ictal, %2 normal, %3 ictal windows.</source>
        <translation>%1 präiktale, %2 normale, %3 iktale Fenster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="365"/>
        <source>%n seizure(s) have no offset yet; closing them may change the set.</source>
        <translation>
            <numerusform>%n Anfall hat noch kein Ende; ihn abzuschließen kann den Satz ändern.</numerusform>
            <numerusform>%n Anfälle haben noch kein Ende; sie abzuschließen kann den Satz ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="411"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="429"/>
        <source>Give the clip set a name.</source>
        <translation>Geben Sie dem Clip-Satz einen Namen.</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipSetEdits</name>
    <message>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="28"/>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="37"/>
        <source>Rename Clip Set</source>
        <translation>Clip-Satz umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="29"/>
        <source>New name of clip set %1:</source>
        <translation>Neuer Name des Clip-Satzes %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="50"/>
        <source>Delete clip set %1 and its %n clip(s)?</source>
        <translation>
            <numerusform>Clip-Satz %1 und seinen %n Clip löschen?</numerusform>
            <numerusform>Clip-Satz %1 und seine %n Clips löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="53"/>
        <source>%n run(s) used it; their records stay and will name it by its id.</source>
        <translation>
            <numerusform>%n Lauf hat ihn verwendet; sein Protokoll bleibt und nennt ihn künftig bei seiner ID.</numerusform>
            <numerusform>%n Läufe haben ihn verwendet; ihre Protokolle bleiben und nennen ihn künftig bei seiner ID.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="54"/>
        <location filename="../ui/dialogs/ClipSetEdits.cpp" line="61"/>
        <source>Delete Clip Set</source>
        <translation>Clip-Satz löschen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipWindowLane</name>
    <message>
        <location filename="../ui/timeline/ClipWindowLane.cpp" line="22"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::Clock</name>
    <message>
        <location filename="../ui/Clock.cpp" line="77"/>
        <source>Time from the start of the video: hours:minutes:seconds:frame within the second (View ▸ Show Frames in the Clock)</source>
        <translation>Zeit ab Videobeginn: Stunden:Minuten:Sekunden:Bild innerhalb der Sekunde (Ansicht ▸ Bilder in der Uhr zeigen)</translation>
    </message>
    <message>
        <location filename="../ui/Clock.cpp" line="80"/>
        <source>Time from the start of the video: hours:minutes:seconds.milliseconds</source>
        <translation>Zeit ab Beginn des Videos: Stunden:Minuten:Sekunden.Millisekunden</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::DemoActions</name>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="81"/>
        <source>Build the demo project</source>
        <translation>Demo-Projekt erstellen</translation>
    </message>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="84"/>
        <source>Building the demo project in %1: about two minutes; the Jobs dock shows it and can cancel it</source>
        <translation>Das Demo-Projekt wird in %1 erstellt: etwa zwei Minuten; das Auftragsfenster zeigt den Fortschritt und kann abbrechen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventEditor</name>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="25"/>
        <source>focal aware</source>
        <translation>fokal bewusst erlebt</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="26"/>
        <source>focal impaired awareness</source>
        <translation>fokal nicht bewusst erlebt</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="28"/>
        <source>focal to bilateral tonic-clonic</source>
        <translation>fokal zu bilateral tonisch-klonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="29"/>
        <source>generalized tonic-clonic</source>
        <translation>generalisiert tonisch-klonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="30"/>
        <source>absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="31"/>
        <source>myoclonic</source>
        <translation>myoklonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="32"/>
        <source>tonic</source>
        <translation>tonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="33"/>
        <source>atonic</source>
        <translation>atonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="34"/>
        <source>clonic</source>
        <translation>klonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="35"/>
        <source>epileptic spasms</source>
        <translation>epileptische Spasmen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="36"/>
        <source>unknown onset</source>
        <translation>unbekannter Beginn</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="41"/>
        <source>Racine 1: mouth and facial movements</source>
        <translation>Racine 1: Mund- und Gesichtsbewegungen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="42"/>
        <source>Racine 2: head nodding</source>
        <translation>Racine 2: Kopfnicken</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="43"/>
        <source>Racine 3: forelimb clonus</source>
        <translation>Racine 3: Vorderpfotenklonus</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="44"/>
        <source>Racine 4: rearing with forelimb clonus</source>
        <translation>Racine 4: Aufrichten mit Vorderpfotenklonus</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="45"/>
        <source>Racine 5: rearing and falling</source>
        <translation>Racine 5: Aufrichten und Hinfallen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="65"/>
        <source>Seizure type</source>
        <translation>Anfallstyp</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="66"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="72"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="73"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="74"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="139"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="146"/>
        <source>frames %1–%2</source>
        <translation>Bilder %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="147"/>
        <source>from frame %1, open</source>
        <translation>ab Bild %1, offen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="148"/>
        <source>&lt;b&gt;Event #%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Ereignis #%1&lt;/b&gt; · %2 · %3</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventLane</name>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="30"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="30"/>
        <source>Events · (no name)</source>
        <translation>Ereignisse · (ohne Namen)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="31"/>
        <source>Events · %1</source>
        <translation>Ereignisse · %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/EventLane.cpp" line="258"/>
        <source>%1 · frame %2</source>
        <translation>%1 · Bild %2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventListPanel</name>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="66"/>
        <source>Filter by type, annotator, notes…</source>
        <translation>Nach Typ, Annotator, Notizen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="69"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="177"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventTableModel</name>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="36"/>
        <source>Seizure</source>
        <translation>Anfall</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="38"/>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="40"/>
        <location filename="../ui/annotation/EventTableModel.cpp" line="42"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="52"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="56"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/annotation/EventTableModel.cpp" line="56"/>
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="76"/>
        <source>%1 (frame %2)</source>
        <translation>%1 (Bild %2)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="77"/>
        <source>%1 to %2 (frame %3), %4</source>
        <translation>%1 bis %2 (Bild %3), %4</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="81"/>
        <source>%1, offset not marked yet</source>
        <translation>%1, Ende noch nicht markiert</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="83"/>
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="132"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="134"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="136"/>
        <source>Offset</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="138"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="140"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="142"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="144"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="146"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="257"/>
        <source>%1 has a variable frame rate: times in seconds (imported events, exports, the clock) land up to %2 s off its pictures. Mark events in frames, or re-encode it at a constant rate and add that file instead.</source>
        <translation>%1 hat eine variable Bildrate: Zeiten in Sekunden (importierte Ereignisse, Exporte, die Uhr) liegen bis zu %2 s neben ihren Bildern. Markieren Sie Ereignisse in Bildern, oder kodieren Sie die Datei mit konstanter Bildrate neu und fügen Sie stattdessen diese hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="34"/>
        <source>Imported %1 subject(s), %2 recording(s), %3 event(s), %4 clip(s); %5 skipped.</source>
        <translation>Importiert: %1 Proband(en), %2 Aufnahme(n), %3 Ereignis(se), %4 Clip(s); %5 übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="68"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="84"/>
        <location filename="../ui/ExchangeActions.cpp" line="132"/>
        <source>Events &amp;CSV…</source>
        <translation>Ereignisse als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="85"/>
        <location filename="../ui/ExchangeActions.cpp" line="134"/>
        <source>&amp;BORIS Project…</source>
        <translation>&amp;BORIS-Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="86"/>
        <source>&amp;RodEpil-style Folder…</source>
        <translation>Ordner im &amp;RodEpil-Format…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="88"/>
        <source>&amp;Signal (CSV, EDF) for This Recording…</source>
        <translation>&amp;Signal (CSV, EDF) für diese Aufnahme…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="94"/>
        <source>Import signal</source>
        <translation>Signal importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="104"/>
        <source>Imported %1 signal(s) of %2 samples each (%3 sampling) and %4 marker(s) beside recording %5</source>
        <translation>%1 Signal(e) mit je %2 Abtastwerten (%3 Abtastung) und %4 Marker neben Aufnahme %5 importiert</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="126"/>
        <source>Signals (*.csv *.edf *.bdf *.EDF *.BDF);;CSV files (*.csv);;EDF and BDF files (*.edf *.bdf);;All files (*)</source>
        <translation>Signale (*.csv *.edf *.bdf *.EDF *.BDF);;CSV-Dateien (*.csv);;EDF- und BDF-Dateien (*.edf *.bdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="133"/>
        <source>&amp;Frame Labels CSV…</source>
        <translation>&amp;Bildlabels als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="136"/>
        <source>Clip Set &amp;Manifest CSV…</source>
        <translation>Clip-Satz-&amp;Manifest (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="137"/>
        <source>Clip Set &amp;VideoMAE List…</source>
        <translation>Clip-Satz als &amp;VideoMAE-Liste…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="138"/>
        <source>Clip &amp;Videos…</source>
        <translation>Clip-&amp;Videos…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="144"/>
        <source>Import events CSV</source>
        <translation>Ereignisse aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="145"/>
        <source>Import BORIS project</source>
        <translation>BORIS-Projekt importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="146"/>
        <source>Import RodEpil folder</source>
        <translation>RodEpil-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="96"/>
        <location filename="../ui/ExchangeActions.cpp" line="97"/>
        <location filename="../ui/ExchangeActions.cpp" line="159"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="40"/>
        <source>%1 monitoring period(s) made.</source>
        <translation>%1 Überwachungszeitraum/-räume angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="42"/>
        <source>%1 observation(s) skipped.</source>
        <translation>%1 Beobachtung(en) übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="96"/>
        <location filename="../ui/ExchangeActions.cpp" line="101"/>
        <location filename="../ui/ExchangeActions.cpp" line="153"/>
        <location filename="../ui/ExchangeActions.cpp" line="159"/>
        <location filename="../ui/ExchangeActions.cpp" line="171"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="107"/>
        <source>even</source>
        <translation>gleichmäßig</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="107"/>
        <source>uneven</source>
        <translation>ungleichmäßig</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="118"/>
        <location filename="../ui/ExchangeActions.cpp" line="125"/>
        <source>Import Signal</source>
        <translation>Signal importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="119"/>
        <source>Open the recording the signal belongs to first: its time column is read on that recording&apos;s clock.</source>
        <translation>Öffnen Sie zuerst die Aufnahme, zu der das Signal gehört: seine Zeitspalte wird auf der Uhr dieser Aufnahme gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="154"/>
        <source>Adding %1 (%2 of %3)…</source>
        <translation>%1 wird hinzugefügt (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="172"/>
        <source>Probing %1 (%2 of %3)…</source>
        <translation>%1 wird geprüft (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="185"/>
        <location filename="../ui/ExchangeActions.cpp" line="328"/>
        <location filename="../ui/ExchangeActions.cpp" line="343"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="187"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="187"/>
        <location filename="../ui/ExchangeActions.cpp" line="218"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="199"/>
        <source>Wrote %1: %2 event(s) in %3 observation(s).</source>
        <translation>%1 geschrieben: %2 Ereignis(se) in %3 Beobachtung(en).</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="204"/>
        <source>%1 open event(s) left out: BORIS has no state without a stop.</source>
        <translation>%1 offene(s) Ereignis(se) ausgelassen: BORIS kennt keinen Zustand ohne Ende.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="219"/>
        <source>Clip %1 of %2</source>
        <translation>Clip %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="224"/>
        <source>Wrote %1 (%2 rows or files).</source>
        <translation>%1 geschrieben (%2 Zeilen oder Dateien).</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="232"/>
        <source>Add recordings</source>
        <translation>Aufnahmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="242"/>
        <source>index</source>
        <translation>Indizieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="243"/>
        <source>Indexing %1 (%2 of %3)…</source>
        <translation>%1 wird indiziert (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ExchangeActions.cpp" line="250"/>
        <source>Added %n recording(s).</source>
        <translation>
            <numerusform>%n Aufnahme hinzugefügt.</numerusform>
            <numerusform>%n Aufnahmen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="258"/>
        <source>Re-link missing videos from %1</source>
        <translation>Fehlende Videos aus %1 neu verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="261"/>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="261"/>
        <source>Looking for files of the missing videos&apos; sizes…</source>
        <translation>Suche nach Dateien in der Größe der fehlenden Videos…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="264"/>
        <source>compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="264"/>
        <source>Comparing content fingerprints…</source>
        <translation>Inhalts-Fingerabdrücke werden verglichen…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="270"/>
        <source>No video of the project is missing.</source>
        <translation>Kein Video des Projekts fehlt.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="271"/>
        <source>Re-linked %1 of %2 missing recording(s); %3 still missing.</source>
        <translation>%1 von %2 fehlenden Aufnahmen neu verknüpft; %3 fehlen noch.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="283"/>
        <source>Folder Holding the Missing Videos</source>
        <translation>Ordner mit den fehlenden Videos</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="293"/>
        <source>Import Events CSV</source>
        <translation>Ereignisse aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="294"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="296"/>
        <location filename="../ui/ExchangeActions.cpp" line="314"/>
        <source>Import BORIS Project</source>
        <translation>BORIS-Projekt importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="297"/>
        <source>BORIS projects (*.boris);;All files (*)</source>
        <translation>BORIS-Projekte (*.boris);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="302"/>
        <source>Import RodEpil-style Folder</source>
        <translation>Ordner im RodEpil-Format importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="328"/>
        <source>The project has no clip set yet (Clips ▸ Build Clip Set…).</source>
        <translation>Das Projekt hat noch keinen Clip-Satz (Clips ▸ Clip-Satz erstellen…).</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="332"/>
        <source>Export Clip Set</source>
        <translation>Clip-Satz exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="332"/>
        <source>Clip set:</source>
        <translation>Clip-Satz:</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="338"/>
        <source>Folder for the Clip Videos</source>
        <translation>Ordner für die Clip-Videos</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="340"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="341"/>
        <source>BORIS projects (*.boris)</source>
        <translation>BORIS-Projekte (*.boris)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="342"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="353"/>
        <source>Add Recordings</source>
        <translation>Aufnahmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="354"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="358"/>
        <source>Subject of the Recordings</source>
        <translation>Proband der Aufnahmen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::FineTuneDialog</name>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="49"/>
        <source>Forecasting Fine-tune</source>
        <translation>Feinabstimmung für die Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="54"/>
        <source>Train a forecaster (kept as a model)</source>
        <translation>Vorhersagemodell trainieren (wird gespeichert)</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="55"/>
        <source>Evaluate k-shot episodes</source>
        <translation>k-Shot-Episoden auswerten</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="56"/>
        <source>e.g. forecaster-rynh</source>
        <translation>z. B. forecaster-rynh</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="61"/>
        <source>None (no stage 1: random encoder)</source>
        <translation>Keine (ohne Stufe 1: zufälliger Encoder)</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="67"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="68"/>
        <source>rodent</source>
        <translation>Nager</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="69"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="74"/>
        <source>mean of the tokens</source>
        <translation>Mittelwert der Tokens</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="75"/>
        <source>mean and change over time (motion)</source>
        <translation>Mittelwert und zeitliche Änderung (Bewegung)</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="76"/>
        <source>first token</source>
        <translation>erstes Token</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="77"/>
        <source>Motion adds, per channel, the mean and the largest change of each token between time slots: what a frozen encoder needs to show movement and its sudden stops and jerks.</source>
        <translation>„Bewegung“ ergänzt pro Kanal den Mittelwert und die größte Änderung jedes Tokens zwischen Zeitabschnitten: Das braucht ein eingefrorener Encoder, um Bewegungen und deren plötzliches Innehalten und Zucken abzubilden.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="80"/>
        <source>full fine-tuning (the paper&apos;s)</source>
        <translation>vollständige Feinabstimmung (wie im Paper)</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="81"/>
        <source>logistic-regression probe on the frozen encoder</source>
        <translation>Probe mit logistischer Regression auf dem eingefrorenen Encoder</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="82"/>
        <source>nearest-class-mean probe on the frozen encoder</source>
        <translation>Probe mit nächstem Klassenmittelwert auf dem eingefrorenen Encoder</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="83"/>
        <source>A probe fits only the head, in seconds, on features computed once per clip; full fine-tuning trains every weight.</source>
        <translation>Eine Probe passt nur den Kopf an – in Sekunden, auf Merkmalen, die einmal pro Clip berechnet werden; die vollständige Feinabstimmung trainiert alle Gewichte.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="86"/>
        <source>0: the frames are spread evenly over the clip. k: every k-th frame, ending at the clip&apos;s end (the paper samples at stride 2).</source>
        <translation>0: Die Bilder werden gleichmäßig über den Clip verteilt. k: jedes k-te Bild, endend am Ende des Clips (das Paper tastet mit Schrittweite 2 ab).</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="88"/>
        <source>Standardise features within each recording</source>
        <translation>Merkmale innerhalb jeder Aufnahme standardisieren</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="90"/>
        <source>Probe heads: every feature is compared with the rest of its own recording, so that differences between patients and cameras do not drown the pre-ictal signal. The forecast standardises over the recording&apos;s windows.</source>
        <translation>Probe-Köpfe: Jedes Merkmal wird mit dem Rest seiner eigenen Aufnahme verglichen, damit Unterschiede zwischen Patienten und Kameras das präiktale Signal nicht überdecken. Die Vorhersage standardisiert über die Fenster der Aufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="93"/>
        <source>Add motion statistics to the head&apos;s input</source>
        <translation>Bewegungsstatistiken zur Eingabe des Kopfes hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="95"/>
        <source>The head also reads four frame-difference statistics of each clip (level, peak, spikes, spread), standardised within the recording like the encoder&apos;s features. Needs a probe head and recording standardisation.</source>
        <translation>Der Kopf liest zusätzlich vier Statistiken der Bilddifferenzen jedes Clips (Niveau, Spitze, Ausschläge, Streuung), innerhalb der Aufnahme standardisiert wie die Merkmale des Encoders. Erfordert einen Probe-Kopf und die Standardisierung je Aufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="99"/>
        <source>1: the statistics of the whole clip; 2: also of its last 40 %; 3: also of its last 20 %. A forecaster needs the short ones to tell the end of a pre-ictal phase from its start.</source>
        <translation>1: die Statistiken des ganzen Clips; 2: auch seiner letzten 40 %; 3: auch seiner letzten 20 %. Ein Vorhersagemodell braucht die kurzen, um das Ende einer präiktalen Phase von ihrem Anfang zu unterscheiden.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="104"/>
        <source>0: the clip&apos;s window alone; 1 or 2: also the statistics of the windows of the same length just before it. A pre-ictal arrest lasts longer than one window: when it began and how the jerks have grown since are in the windows before.</source>
        <translation>0: nur das Fenster des Clips; 1 oder 2: auch die Statistiken der gleich langen Fenster direkt davor. Ein präiktaler Bewegungsstillstand dauert länger als ein Fenster: Wann er begann und wie die Zuckungen seither zugenommen haben, steht in den Fenstern davor.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="108"/>
        <source>The statistics&apos; share of the head&apos;s input; the encoder&apos;s tokens hold the rest. 0.5 gives both an equal say.</source>
        <translation>Der Anteil der Statistiken an der Eingabe des Kopfes; die Tokens des Encoders halten den Rest. 0,5 gibt beiden gleiches Gewicht.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="111"/>
        <source>Youden&apos;s J on the validation split</source>
        <translation>Youden-Index J auf der Validierungs-Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="112"/>
        <source>false alarms per hour on the validation recordings</source>
        <translation>Fehlalarme pro Stunde auf den Validierungsaufnahmen</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="116"/>
        <source>The operating point also chooses how many windows in a row raise an alarm, from 1 up to this; it is stored with the model like the threshold.</source>
        <translation>Der Arbeitspunkt wählt auch, wie viele Fenster in Folge einen Alarm auslösen, von 1 bis zu diesem Wert; er wird wie die Schwelle mit dem Modell gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="118"/>
        <source>Also judge it on the training subjects (cross-fitted)</source>
        <translation>Auch an den Trainingsprobanden beurteilen (kreuzangepasst)</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="120"/>
        <source>Probe heads: each training subject&apos;s recordings are scored by a head fitted without that subject, and the operating point is chosen on them beside the validation recordings. One short validation recording holds too little inter-ictal time to measure a false-alarm rate on.</source>
        <translation>Probe-Köpfe: Die Aufnahmen jedes Trainingsprobanden werden von einem Kopf bewertet, der ohne diesen Probanden angepasst wurde, und der Arbeitspunkt wird auf ihnen neben den Validierungsaufnahmen gewählt. Eine kurze Validierungsaufnahme enthält zu wenig interiktale Zeit, um eine Fehlalarmrate zu messen.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="124"/>
        <source>Also choose the statistics&apos; share there</source>
        <translation>Dort auch den Anteil der Statistiken wählen</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="126"/>
        <source>The statistics&apos; share of the head is chosen among %1 on the same curves as the operating point: the share whose best operating point forecasts the most seizures within the false alarms allowed. Needs a probe head with motion statistics.</source>
        <translation>Der Anteil der Statistiken am Kopf wird unter %1 auf denselben Kurven wie der Arbeitspunkt gewählt: der Anteil, dessen bester Arbeitspunkt innerhalb der erlaubten Fehlalarme die meisten Anfälle vorhersagt. Erfordert einen Probe-Kopf mit Bewegungsstatistiken.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="130"/>
        <source>Also weigh each window&apos;s brief jerks there</source>
        <translation>Dort auch die kurzen Zuckungen jedes Fensters gewichten</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="132"/>
        <source>Brief jerks (movement bursts over within a few frames) are counted in each window and weighed beside the head&apos;s probability, the weight chosen among %1 after the share, on the same curves and by the same rule (0: the head alone). The model stores the weight and forecasts with it. Needs a probe head with motion statistics.</source>
        <translation>Kurze Zuckungen (Bewegungsstöße, die nach wenigen Bildern vorbei sind) werden in jedem Fenster gezählt und neben der Wahrscheinlichkeit des Kopfes gewichtet; das Gewicht wird nach dem Anteil unter %1 gewählt, auf denselben Kurven und nach derselben Regel (0: der Kopf allein). Das Modell speichert das Gewicht und sagt damit vorher. Braucht einen Probe-Kopf mit Bewegungsstatistiken.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="172"/>
        <source>Train mode: the validation split for early stopping (empty: none). k-shot mode: the split whose subjects the episodes draw from.</source>
        <translation>Trainingsmodus: die Validierungs-Teilmenge für frühes Stoppen (leer: keine). k-Shot-Modus: die Teilmenge, aus deren Probanden die Episoden gezogen werden.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="187"/>
        <source>every snapshot of run %1 (%2 kept): its probe curve</source>
        <translation>jeder Snapshot von Lauf %1 (%2 behalten): seine Probe-Kurve</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="179"/>
        <source>the base encoder below</source>
        <translation>der Basis-Encoder unten</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="190"/>
        <source>Run the episodes on the base encoder below, or on every encoder a pre-training run kept (Continual Pre-training&apos;s snapshots), each a run of its own in the same episodes: what pre-training taught the encoder, step by step. The curve shows in that run&apos;s view. With a probe head and motion statistics, the encoder&apos;s tokens alone are scored beside the head: the encoder on its own.</source>
        <translation>Die Episoden auf dem Basis-Encoder unten ausführen oder auf jedem Encoder, den ein Vortrainingslauf behielt (die Snapshots des kontinuierlichen Vortrainings), jeder als eigener Lauf in denselben Episoden: was das Vortraining dem Encoder Schritt für Schritt beibrachte. Die Kurve erscheint in der Ansicht jenes Laufs. Mit einem Probe-Kopf und Bewegungsstatistiken werden die Tokens des Encoders allein neben dem Kopf bewertet: der Encoder für sich.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="198"/>
        <source>all eligible</source>
        <translation>alle geeigneten</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="202"/>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="203"/>
        <source>Training split:</source>
        <translation>Trainings-Teilmenge:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="204"/>
        <source>Early-stopping patience:</source>
        <translation>Geduld für frühes Stoppen:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="205"/>
        <source>Operating point:</source>
        <translation>Arbeitspunkt:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="206"/>
        <source>False alarms per hour at most:</source>
        <translation>Max. Fehlalarme pro Stunde:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="207"/>
        <source>Windows in a row, up to:</source>
        <translation>Fenster in Folge, bis zu:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="213"/>
        <source>Encoders:</source>
        <translation>Encoder:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="214"/>
        <source>Shots k:</source>
        <translation>Shots k:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="215"/>
        <source>Episodes per k:</source>
        <translation>Episoden pro k:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="216"/>
        <source>Query clips per class:</source>
        <translation>Query-Clips pro Klasse:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="225"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="227"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="229"/>
        <source>Clip set:</source>
        <translation>Clip-Satz:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="230"/>
        <source>Evaluation split:</source>
        <translation>Evaluations-Teilmenge:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="231"/>
        <source>Species:</source>
        <translation>Spezies:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="233"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="235"/>
        <source>Base encoder:</source>
        <translation>Basis-Encoder:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="237"/>
        <source>Pooling:</source>
        <translation>Pooling:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="238"/>
        <source>Head:</source>
        <translation>Kopf:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="239"/>
        <source>Frame stride (0 = spread):</source>
        <translation>Bildschrittweite (0 = verteilt):</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="242"/>
        <source>Time scales of the statistics:</source>
        <translation>Zeitskalen der Statistiken:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="243"/>
        <source>Earlier windows&apos; statistics:</source>
        <translation>Statistiken früherer Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="244"/>
        <source>Share of the statistics:</source>
        <translation>Anteil der Statistiken:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="246"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="248"/>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="249"/>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="250"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="251"/>
        <source>Layer decay:</source>
        <translation>Schichtweiser Lernraten-Abfall:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="252"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="330"/>
        <source>Clip set &apos;%1&apos; holds no pre-ictal or normal clip in split %2: the job will fail, or train without validation.</source>
        <translation>Clip-Satz &apos;%1&apos; enthält in der Teilmenge %2 keinen präiktalen oder normalen Clip: der Auftrag schlägt fehl oder trainiert ohne Validierung.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="333"/>
        <source>Clip set &apos;%1&apos; holds no pre-ictal or normal clip of species %2 in split %3: the job will fail, or train without validation.</source>
        <translation>Clip-Satz &apos;%1&apos; enthält in der Teilmenge %3 keinen präiktalen oder normalen Clip der Spezies %2: der Auftrag schlägt fehl oder trainiert ohne Validierung.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="421"/>
        <source>The project has no clip set yet (Clips ▸ Build Clip Set…).</source>
        <translation>Das Projekt hat noch keinen Clip-Satz (Clips ▸ Clip-Satz erstellen…).</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="423"/>
        <source>Choose the weights file to start from.</source>
        <translation>Wählen Sie die Gewichtsdatei, von der aus begonnen wird.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="424"/>
        <source>The frame count must be even (tubelets of 2 frames).</source>
        <translation>Die Bildanzahl muss gerade sein (Tubelets aus 2 Bildern).</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="425"/>
        <source>The input size must be a multiple of 16 (the patch size).</source>
        <translation>Die Eingabegröße muss ein Vielfaches von 16 sein (der Patch-Größe).</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="427"/>
        <source>Give the shots as numbers, e.g. 2,3,4.</source>
        <translation>Geben Sie die Shots als Zahlen an, z. B. 2,3,4.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="429"/>
        <source>Name the model to create.</source>
        <translation>Geben Sie dem neuen Modell einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="436"/>
        <source>A model named &apos;%1&apos; already exists.</source>
        <translation>Ein Modell namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/training/FineTuneDialog.cpp" line="445"/>
        <source>%1 Start anyway?</source>
        <translation>%1 Trotzdem starten?</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ForecastDialog</name>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="33"/>
        <source>Run Forecast</source>
        <translation>Vorhersage ausführen</translation>
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
        <translation>Proband %1
%2
%3 Bilder</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="53"/>
        <source> at %1 fps</source>
        <translation> bei %1 fps</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="63"/>
        <location filename="../ui/training/ForecastDialog.cpp" line="64"/>
        <location filename="../ui/training/ForecastDialog.cpp" line="69"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="80"/>
        <source>Judge each chosen file&apos;s monitoring period as one night</source>
        <translation>Den Überwachungszeitraum jeder gewählten Datei als eine Nacht bewerten</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="85"/>
        <source>The project has no monitoring period of several files (File ▸ Import, or prodrome period create).</source>
        <translation>Das Projekt hat keinen Überwachungszeitraum aus mehreren Dateien (Datei ▸ Importieren oder prodrome period create).</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="86"/>
        <source>Every file of the period is forecast, and the period is also judged as one curve on its clock: a horizon across file boundaries, a seizure cut by a boundary counted once, gaps out of the false-alarm hours. Shown in the Forecast Review beside each file&apos;s figures.</source>
        <translation>Jede Datei des Zeitraums wird vorhergesagt, und der Zeitraum wird zusätzlich als eine Kurve auf seiner Uhr bewertet: der Horizont über Dateigrenzen hinweg, ein von einer Grenze geteilter Anfall einmal gezählt, Lücken nicht in den Fehlalarmstunden. Angezeigt in der Vorhersage-Prüfung neben den Werten jeder Datei.</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="91"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="92"/>
        <source>Recordings:</source>
        <translation>Aufnahmen:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="94"/>
        <source>Window length L:</source>
        <translation>Fensterlänge L:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="95"/>
        <source>Stride:</source>
        <translation>Schrittweite:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="96"/>
        <source>Operating point:</source>
        <translation>Arbeitspunkt:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="97"/>
        <source>Alarm threshold:</source>
        <translation>Alarmschwelle:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="98"/>
        <source>Consecutive windows:</source>
        <translation>Aufeinanderfolgende Fenster:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="99"/>
        <source>Horizon H:</source>
        <translation>Horizont H:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="100"/>
        <source>Windows per batch:</source>
        <translation>Fenster pro Batch:</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="128"/>
        <source>Use the model&apos;s operating point</source>
        <translation>Arbeitspunkt des Modells verwenden</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="134"/>
        <source>Use the model&apos;s operating point (its file cannot be read)</source>
        <translation>Arbeitspunkt des Modells verwenden (seine Datei ist nicht lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="136"/>
        <source>Use the model&apos;s operating point: none (no threshold met its false-alarm budget, so it raises no alarm)</source>
        <translation>Arbeitspunkt des Modells verwenden: keiner (keine Schwelle hielt sein Fehlalarmbudget ein, daher löst es keinen Alarm aus)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/ForecastDialog.cpp" line="139"/>
        <source>Use the model&apos;s operating point: threshold %1, %n window(s) in a row%2</source>
        <translation>
            <numerusform>Arbeitspunkt des Modells verwenden: Schwelle %1, %n Fenster in Folge%2</numerusform>
            <numerusform>Arbeitspunkt des Modells verwenden: Schwelle %1, %n Fenster in Folge%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="141"/>
        <source> (it stores none: the defaults)</source>
        <translation> (es speichert keinen: die Voreinstellungen)</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="142"/>
        <source> (calibrated probabilities)</source>
        <translation> (kalibrierte Wahrscheinlichkeiten)</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="152"/>
        <source>; %1-s windows, %2-s horizon</source>
        <translation>; %1-s-Fenster, %2-s-Horizont</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="155"/>
        <source>, %1 fps</source>
        <translation>, %1 fps</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="145"/>
        <source>Chosen on validation subjects when the forecaster was fine-tuned (Youden&apos;s J or a false-alarm budget) and stored with it. Untick to forecast with the threshold and windows in a row below; the review can change both afterwards. The point holds for the window length and horizon of the clip set the model was fine-tuned on, and they come with it. A recording faster than the video it was fine-tuned at is read at that rate (the frame nearest each of its frame times); a slower one frame by frame, with a note. A model with calibrated probabilities gives each window the chance that a seizure begins within the horizon, and its thresholds, this one and one set below, are on that scale.</source>
        <translation>Beim Feinabstimmen des Vorhersagemodells an Validierungsprobanden gewählt (Youden-J oder ein Fehlalarmbudget) und mit ihm gespeichert. Abwählen, um mit der Schwelle und den Fenstern in Folge unten vorherzusagen; die Durchsicht kann beides danach ändern. Der Arbeitspunkt gilt für die Fensterlänge und den Horizont des Clip-Sets, auf dem das Modell feinabgestimmt wurde, und beide kommen mit ihm. Eine Aufnahme, die schneller ist als das Video, auf dem es feinabgestimmt wurde, wird mit dessen Rate gelesen (das jeweils nächste Bild zu jedem seiner Bildzeitpunkte); eine langsamere Bild für Bild, mit einem Hinweis. Ein Modell mit kalibrierten Wahrscheinlichkeiten gibt jedem Fenster die Wahrscheinlichkeit, dass innerhalb des Horizonts ein Anfall beginnt, und seine Schwellen, diese und eine unten gesetzte, liegen auf dieser Skala.</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="187"/>
        <source>The project has no forecaster yet (Train ▸ Forecasting Fine-tune…): pre-training encoders cannot forecast.</source>
        <translation>Das Projekt hat noch keinen Vorhersager (Training ▸ Feinabstimmung für die Vorhersage…): Vortrainings-Encoder können nicht vorhersagen.</translation>
    </message>
    <message>
        <location filename="../ui/training/ForecastDialog.cpp" line="191"/>
        <source>Choose at least one recording.</source>
        <translation>Wählen Sie mindestens eine Aufnahme aus.</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::GoToDialog</name>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="18"/>
        <source>Go to Frame or Time</source>
        <translation>Gehe zu Bild oder Zeit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="19"/>
        <source>1234, 75.5s or 01:02:03.250</source>
        <translation>1234, 75.5s oder 01:02:03.250</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="22"/>
        <source>Frame or time:</source>
        <translation>Bild oder Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="51"/>
        <source>Frames 0 to %1, or a time.</source>
        <translation>Bilder 0 bis %1 oder eine Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="53"/>
        <source>Frame %1 is past the end (last frame %2).</source>
        <translation>Bild %1 liegt hinter dem Ende (letztes Bild %2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="55"/>
        <source>Frame %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::JobDock</name>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="40"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="44"/>
        <source>Cancel Job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="46"/>
        <source>Resume Run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="48"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="49"/>
        <source>Clips/s</source>
        <translation>Clips/s</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="49"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="49"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="60"/>
        <source>Pre-training and fine-tuning runs that were cancelled or left running by a crash: they continue from their last checkpoint.</source>
        <translation>Vortrainings- und Feinabstimmungsläufe, die abgebrochen wurden oder durch einen Absturz als laufend zurückblieben: Sie werden ab ihrem letzten Checkpoint fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobDock.cpp" line="69"/>
        <source>Unfinished runs:</source>
        <translation>Nicht abgeschlossene Läufe:</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::JobQueue</name>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="15"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="17"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="19"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="21"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="23"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobQueue.cpp" line="205"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="124"/>
        <source>Resume pre-training run %1</source>
        <translation>Vortrainingslauf %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="125"/>
        <source>Pre-train %1</source>
        <translation>%1 vortrainieren</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="127"/>
        <source>Resume fine-tuning run %1</source>
        <translation>Feinabstimmungslauf %1 fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="128"/>
        <source>Fine-tune %1</source>
        <translation>%1 feinabstimmen</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="131"/>
        <source>Probe the snapshots of run %1 on clip set %2</source>
        <translation>Die Snapshots von Lauf %1 auf Clip-Satz %2 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="134"/>
        <source>Few-shot evaluation on clip set %1</source>
        <translation>Few-Shot-Evaluation auf Clip-Satz %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="137"/>
        <source>Forecast with model %1</source>
        <translation>Vorhersage mit Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="140"/>
        <source>Import model %1</source>
        <translation>Modell %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="142"/>
        <source>Export model</source>
        <translation>Modell exportieren</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="166"/>
        <source>Pre-training run %1: loss %2 → %3 in %4 s</source>
        <translation>Vortrainingslauf %1: Verlust %2 → %3 in %4 s</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="176"/>
        <source>Fine-tuning run %1: validation ROC-AUC %2, balanced accuracy %3</source>
        <translation>Feinabstimmungslauf %1: Validierungs-ROC-AUC %2, balancierte Genauigkeit %3</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="191"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="192"/>
        <source>Probe curve of run %1 (tokens alone, ROC-AUC by step): %2; its view shows the whole curve</source>
        <translation>Probe-Kurve von Lauf %1 (nur Tokens, ROC-AUC je Schritt): %2; seine Ansicht zeigt die ganze Kurve</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="201"/>
        <source>Few-shot run %1: ROC-AUC %2 over %3 episodes</source>
        <translation>Few-Shot-Lauf %1: ROC-AUC %2 über %3 Episoden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/JobRequest.cpp" line="210"/>
        <source>Forecast run %1: %n recording(s)</source>
        <translation>
            <numerusform>Vorhersagelauf %1: %n Aufnahme</numerusform>
            <numerusform>Vorhersagelauf %1: %n Aufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="215"/>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="218"/>
        <source>Imported model %1 (id %2)</source>
        <translation>Modell %1 importiert (ID %2)</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="224"/>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/training/JobRequest.cpp" line="226"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobFailureBox.cpp" line="11"/>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="69"/>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/training/DemoActions.cpp" line="75"/>
        <source>Demo project built in %1 s: %2</source>
        <translation>Demo-Projekt in %1 s erstellt: %2</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::LinkedVideoChecks</name>
    <message>
        <source>Video missing: %1</source>
        <translation>Video fehlt: %1</translation>
    </message>
    <message>
        <source>Not the video that was added (replaced, re-encoded or cut): %1</source>
        <translation>Nicht das Video, das hinzugefügt wurde (ersetzt, neu kodiert oder gekürzt): %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::MainWindow</name>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This project is opened read-only: it or its folder cannot be written here. Copy it to a folder you can write to annotate it.</source>
        <translation>Dieses Projekt ist schreibgeschützt geöffnet: Es oder sein Ordner kann hier nicht beschrieben werden. Kopieren Sie es in einen beschreibbaren Ordner, um es zu annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>Not the video that was added:
%1

Its frames would not match this recording&apos;s annotations. Put the original back, or File ▸ Re-link Recording… to it.</source>
        <translation>Nicht das Video, das hinzugefügt wurde:
%1

Seine Bilder würden nicht zu den Annotationen dieser Aufnahme passen. Legen Sie das Original zurück oder verknüpfen Sie es mit Datei ▸ Aufnahme neu verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="383"/>
        <source>This recording&apos;s video was replaced, re-encoded or cut after it was added: %1</source>
        <translation>Das Video dieser Aufnahme wurde nach dem Hinzufügen ersetzt, neu kodiert oder gekürzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>%1: queued (View ▸ Jobs shows it)</source>
        <translation>%1: eingereiht (Ansicht ▸ Jobs zeigt ihn)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>The name written on every event and decision you make (Edit ▸ Annotator Name…)</source>
        <translation>Der Name, der auf jedem Ereignis und jeder Entscheidung von Ihnen steht (Bearbeiten ▸ Name des Annotators…)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Signal offset %1 s</source>
        <translation>Signalversatz %1 s</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>Cannot store the signal&apos;s offset: %1</source>
        <translation>Der Versatz des Signals kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>paused · %1×</source>
        <translation>angehalten · %1×</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="322"/>
        <source>cannot open video &apos;%1&apos;: no such file</source>
        <translation>Video &apos;%1&apos; kann nicht geöffnet werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>Viewing a video outside the project: add it to a project to annotate.</source>
        <translation>Video außerhalb des Projekts: Fügen Sie es einem Projekt hinzu, um es zu annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="367"/>
        <source>Video missing:
%1

File ▸ Re-link Recording… to locate it.</source>
        <translation>Video fehlt:
%1

Datei ▸ Aufnahme neu verknüpfen… zum Auffinden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="368"/>
        <source>The video of this recording is missing: %1</source>
        <translation>Das Video dieser Aufnahme fehlt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="389"/>
        <source>Cannot re-link recording</source>
        <translation>Aufnahme kann nicht neu verknüpft werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="393"/>
        <source>Re-linked to %1</source>
        <translation>Neu verknüpft mit %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <source>  ·  file %1 of %2</source>
        <translation>  ·  Datei %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="462"/>
        <source>  (keyframe preview)</source>
        <translation>  (Schlüsselbild-Vorschau)</translation>
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
        <translation>Kein Signal zum Verschieben: zuerst eines importieren (Datei ▸ Importieren ▸ Signal (CSV, EDF) für diese Aufnahme…).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="581"/>
        <source>Clip set %1 saved.</source>
        <translation>Clip-Satz %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <location filename="../ui/MainWindow.cpp" line="464"/>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="54"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="339"/>
        <source>Open Video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="340"/>
        <location filename="../ui/MainWindowMenus.cpp" line="382"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="55"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="59"/>
        <source>Open &amp;Video…</source>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="61"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="63"/>
        <source>&amp;Add Recordings…</source>
        <translation>Aufnahmen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="65"/>
        <source>New &amp;Subject…</source>
        <translation>Neuer &amp;Proband…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="66"/>
        <source>Re-&amp;link Recording…</source>
        <translation>Aufnahme neu &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="70"/>
        <source>Re-link Missing Videos from a &amp;Folder…</source>
        <translation>Fehlende Videos aus einem &amp;Ordner neu verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="83"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="84"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="86"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="89"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="90"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="96"/>
        <source>Annotator &amp;Name…</source>
        <translation>&amp;Name des Annotators…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="101"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="102"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="104"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="106"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="106"/>
        <source></source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="112"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="117"/>
        <source>Fit the Forecast &amp;Axis to Its Probabilities</source>
        <translation>Vorhersage-&amp;Achse an die Wahrscheinlichkeiten anpassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="128"/>
        <source>Nudge Signal &amp;Earlier</source>
        <translation>Signal &amp;früher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="130"/>
        <source>Nudge Signal &amp;Later</source>
        <translation>Signal &amp;später</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="133"/>
        <source>Nudge Signal Earlier by 100 ms</source>
        <translation>Signal 100 ms früher</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="135"/>
        <source>Nudge Signal Later by 100 ms</source>
        <translation>Signal 100 ms später</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="140"/>
        <source>Show &amp;Frames in the Clock</source>
        <translation>&amp;Bilder in der Uhr zeigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="146"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="149"/>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="160"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="160"/>
        <source>The language changes when Prodrome is started again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Prodrome.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="165"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="169"/>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="173"/>
        <source>&amp;Clips</source>
        <translation>&amp;Clips</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="174"/>
        <source>&amp;Build Clip Set…</source>
        <translation>Clip-Satz &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="176"/>
        <source>&amp;Hide Clip Windows</source>
        <translation>Clip-Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="179"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="180"/>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="181"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="184"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="185"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="191"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="196"/>
        <source>&amp;About Prodrome</source>
        <translation>Ü&amp;ber Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="197"/>
        <source>About Prodrome</source>
        <translation>Über Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="198"/>
        <source>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;Clinical video annotation and seizure forecasting.&lt;/p&gt;&lt;p&gt;Video never leaves this machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;Klinische Videoannotation und Anfallsvorhersage.&lt;/p&gt;&lt;p&gt;Videos verlassen diesen Rechner nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="215"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="216"/>
        <source>Play &amp;Backwards / Faster (J)</source>
        <translation>&amp;Rückwärts / schneller (J)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="218"/>
        <source>Pause (K)</source>
        <translation>Pause (K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="219"/>
        <source>Play &amp;Forwards / Faster (L)</source>
        <translation>&amp;Vorwärts / schneller (L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="222"/>
        <source>Fas&amp;ter</source>
        <translation>Schn&amp;eller</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="223"/>
        <source>Slo&amp;wer</source>
        <translation>Lang&amp;samer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="224"/>
        <source>&amp;Normal Speed</source>
        <translation>&amp;Normale Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="225"/>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="229"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="230"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="231"/>
        <source>Forward 1 Second</source>
        <translation>1 Sekunde vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="233"/>
        <source>Back 1 Second</source>
        <translation>1 Sekunde zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="235"/>
        <source>Forward 1 Minute</source>
        <translation>1 Minute vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="237"/>
        <source>Back 1 Minute</source>
        <translation>1 Minute zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="239"/>
        <source>First Frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="240"/>
        <source>Last Frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="241"/>
        <source>&amp;Go to Frame or Time…</source>
        <translation>&amp;Gehe zu Bild oder Zeit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="244"/>
        <source>Next &amp;Event</source>
        <translation>Nächstes &amp;Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="245"/>
        <source>Previous E&amp;vent</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="251"/>
        <source>Mark &amp;Onset</source>
        <translation>&amp;Beginn markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="255"/>
        <source>Mark O&amp;ffset (first frame after the seizure)</source>
        <translation>&amp;Ende markieren (erstes Bild nach dem Anfall)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="264"/>
        <source>Select an event first.</source>
        <translation>Wählen Sie zuerst ein Ereignis aus.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="267"/>
        <source>Nudge Onset Left</source>
        <translation>Beginn ein Bild nach links</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="269"/>
        <source>Nudge Onset Right</source>
        <translation>Beginn ein Bild nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="271"/>
        <source>Nudge Offset Left</source>
        <translation>Ende ein Bild nach links</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="273"/>
        <source>Nudge Offset Right</source>
        <translation>Ende ein Bild nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="276"/>
        <source>Seizure &amp;Type…</source>
        <translation>Anfalls&amp;typ…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="281"/>
        <source>Seizure Type</source>
        <translation>Anfallstyp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="281"/>
        <source>Seizure type (e.g. FIAS, GTCS):</source>
        <translation>Anfallstyp (z. B. FIAS, GTCS):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="285"/>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="288"/>
        <source>Deselect Event</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="292"/>
        <source>Rater &amp;Agreement…</source>
        <translation>Bewerter-&amp;Übereinstimmung…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="313"/>
        <source>No event after this frame.</source>
        <translation>Kein Ereignis nach diesem Bild.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="313"/>
        <source>No event before this frame.</source>
        <translation>Kein Ereignis vor diesem Bild.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="329"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="331"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="348"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="348"/>
        <source>Prodrome projects (*.prodrome)</source>
        <translation>Prodrome-Projekte (*.prodrome)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="356"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="357"/>
        <source>Prodrome projects (*.prodrome *.sqlite *.db);;All files (*)</source>
        <translation>Prodrome-Projekte (*.prodrome *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="364"/>
        <source>New Subject</source>
        <translation>Neuer Proband</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="369"/>
        <source>Cannot add subject</source>
        <translation>Proband kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="381"/>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="204"/>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>Cannot open video</source>
        <translation>Video kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="448"/>
        <source>Frame %1 / %2  ·  %3</source>
        <translation>Bild %1 / %2  ·  %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="28"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="30"/>
        <location filename="../ui/MainWindowAnnotation.cpp" line="52"/>
        <source>Open a project to annotate.</source>
        <translation>Öffnen Sie ein Projekt, um zu annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="81"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="102"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="103"/>
        <source>Your name, as it should appear on every event you mark and every alarm you decide on:</source>
        <translation>Ihr Name, wie er auf jedem markierten Ereignis und jeder Alarmentscheidung erscheinen soll:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="111"/>
        <source>Annotator: &lt;a href=&quot;set&quot;&gt;not set&lt;/a&gt;</source>
        <translation>Annotator: &lt;a href=&quot;set&quot;&gt;nicht festgelegt&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="112"/>
        <source>Annotator: &lt;a href=&quot;set&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Annotator: &lt;a href=&quot;set&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="56"/>
        <source>This recording&apos;s monitoring period cannot be laid out: %1</source>
        <translation>Der Überwachungszeitraum dieser Aufnahme lässt sich nicht anordnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="139"/>
        <source>The end of the monitoring period.</source>
        <translation>Das Ende des Überwachungszeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="139"/>
        <source>The start of the monitoring period.</source>
        <translation>Der Anfang des Überwachungszeitraums.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="146"/>
        <source>Skipped a gap of %1 s between files.</source>
        <translation>Eine Lücke von %1 s zwischen Dateien übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowPeriod.cpp" line="180"/>
        <source>Not changed: the open seizure of file %1 cannot run on across the gap of %2 s before file %3; mark its offset in its own file.</source>
        <translation>Nicht geändert: Der offene Anfall in Datei %1 kann nicht über die Lücke von %2 s vor Datei %3 weiterlaufen; markieren Sie sein Ende in seiner eigenen Datei.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindowPeriod.cpp" line="194"/>
        <source>Seizure closed across %n file boundaries.</source>
        <translation>
            <numerusform>Anfall über %n Dateigrenze geschlossen.</numerusform>
            <numerusform>Anfall über %n Dateigrenzen geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prodrome::ui::OnsetConfirmDialog</name>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="20"/>
        <source>Mark a Seizure Onset?</source>
        <translation>Anfallsbeginn markieren?</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="21"/>
        <source>No annotated seizure follows the alarm at %1 (frame %2). Accepting it marks a new seizure onset. Check the frame on the video, move it if the seizure begins elsewhere, then confirm.</source>
        <translation>Dem Alarm bei %1 (Frame %2) folgt kein annotierter Anfall. Wird er angenommen, wird ein neuer Anfallsbeginn markiert. Prüfen Sie den Frame im Video, verschieben Sie ihn, falls der Anfall anderswo beginnt, und bestätigen Sie dann.</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="34"/>
        <source>Onset frame:</source>
        <translation>Frame des Beginns:</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="35"/>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/review/OnsetConfirmDialog.cpp" line="37"/>
        <source>Mark Onset and Accept</source>
        <translation>Beginn markieren und annehmen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::PeriodStrip</name>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="26"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="27"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="36"/>
        <source>The whole monitoring period: files, gaps between them and seizures. Click to go there.</source>
        <translation>Der ganze Überwachungszeitraum: Dateien, Lücken dazwischen und Anfälle. Klicken, um dorthin zu gehen.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="98"/>
        <source>Gap of %1 between file %2 and file %3: no video (%4 – %5)</source>
        <translation>Lücke von %1 zwischen Datei %2 und Datei %3: kein Video (%4 – %5)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="104"/>
        <source>File %1 of %2: %3
%4 – %5 (%6)</source>
        <translation>Datei %1 von %2: %3
%4 – %5 (%6)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="109"/>
        <source>
Overlaps file %1 by %2; the earlier file is shown there</source>
        <translation>
Überlappt Datei %1 um %2; dort wird die frühere Datei gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="111"/>
        <source>
Follows file %1 without a break</source>
        <translation>
Folgt lückenlos auf Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/PeriodStrip.cpp" line="137"/>
        <source>gap %1</source>
        <translation>Lücke %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ModelView</name>
    <message>
        <location filename="../ui/training/ModelView.cpp" line="18"/>
        <source>Model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelView.cpp" line="18"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/ModelView.cpp" line="27"/>
        <source>This model cannot be described: %1</source>
        <translation>Dieses Modell lässt sich nicht beschreiben: %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::PretrainDialog</name>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="26"/>
        <source>Continual Pre-training</source>
        <translation>Kontinuierliches Vortraining</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="29"/>
        <source>e.g. enc-rynh-m09</source>
        <translation>z. B. enc-rynh-m09</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="41"/>
        <source>+H: human inter-ictal clips</source>
        <translation>+H: interiktale Clips vom Menschen</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="42"/>
        <source>+Rodents(Y): rodent seizure clips</source>
        <translation>+Rodents(Y): Anfalls-Clips von Nagern</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="43"/>
        <source>+Rodents(N): rodent normal clips</source>
        <translation>+Rodents(N): normale Clips von Nagern</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="44"/>
        <source>+Rodents(Y/N): rodent seizure and normal clips</source>
        <translation>+Rodents(Y/N): Anfalls- und normale Clips von Nagern</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="45"/>
        <source>+Rodents(Y/N)+H: all of the above</source>
        <translation>+Rodents(Y/N)+H: alle oben genannten</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="49"/>
        <source>Human clips only from this split, so that evaluation subjects stay unseen (empty: all).</source>
        <translation>Clips vom Menschen nur aus dieser Teilmenge, damit die Evaluationsprobanden ungesehen bleiben (leer: alle).</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="51"/>
        <source>None (random initialisation)</source>
        <translation>Keine (zufällige Initialisierung)</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="65"/>
        <source>only at the end</source>
        <translation>nur am Ende</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="67"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="69"/>
        <source>Model name:</source>
        <translation>Modellname:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="70"/>
        <source>Clip sets:</source>
        <translation>Clip-Sätze:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="71"/>
        <source>Data mix:</source>
        <translation>Datenmischung:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="72"/>
        <source>Human split:</source>
        <translation>Teilmenge (Mensch):</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="74"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="77"/>
        <source>Initial weights:</source>
        <translation>Anfangsgewichte:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="79"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="81"/>
        <source>Mask ratio:</source>
        <translation>Maskierungsanteil:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="82"/>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="83"/>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="84"/>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="85"/>
        <source>Warm-up steps:</source>
        <translation>Aufwärmschritte:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="86"/>
        <source>Checkpoint every:</source>
        <translation>Checkpoint-Intervall:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="87"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="135"/>
        <source>Name the model to create.</source>
        <translation>Geben Sie dem neuen Modell einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="142"/>
        <source>A model named &apos;%1&apos; already exists.</source>
        <translation>Ein Modell namens &apos;%1&apos; existiert bereits.</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="143"/>
        <source>Choose at least one clip set.</source>
        <translation>Wählen Sie mindestens einen Clip-Satz aus.</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="144"/>
        <source>The frame count must be even (tubelets of 2 frames).</source>
        <translation>Die Bildanzahl muss gerade sein (Tubelets aus 2 Bildern).</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="145"/>
        <source>The input size must be a multiple of 16 (the patch size).</source>
        <translation>Die Eingabegröße muss ein Vielfaches von 16 sein (der Patch-Größe).</translation>
    </message>
    <message>
        <location filename="../ui/training/PretrainDialog.cpp" line="147"/>
        <source>Choose the weights file to start from.</source>
        <translation>Wählen Sie die Gewichtsdatei, von der aus begonnen wird.</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProbabilityLane</name>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="24"/>
        <source>Forecast</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="147"/>
        <source>Window %1 – %2
frames [%3, %4)
probability %5</source>
        <translation>Fenster %1 – %2
Bilder [%3, %4)
Wahrscheinlichkeit %5</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="153"/>
        <source>Window ending %1 (frame %2)
probability %3</source>
        <translation>Fenster endet bei %1 (Bild %2)
Wahrscheinlichkeit %3</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="159"/>
        <source>statistics alone (dotted) %1</source>
        <translation>Statistiken allein (gepunktet) %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ProbabilityLane.cpp" line="161"/>
        <source>, its %1</source>
        <translation>, ihr %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProbeCurvePage</name>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="38"/>
        <source>ROC-AUC over every shot count against the steps</source>
        <translation>ROC-AUC über alle Shot-Zahlen gegen die Schritte</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="41"/>
        <source>pre-training steps</source>
        <translation>Vortrainingsschritte</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="42"/>
        <source>ROC-AUC</source>
        <translation>ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="71"/>
        <source>tokens alone</source>
        <translation>nur Tokens</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="73"/>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="76"/>
        <source>chance</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="111"/>
        <source>The encoder this run kept after each number of steps, probed by few-shot runs %1 in the same episodes (one config, one seed). Tokens alone: what pre-training taught the encoder by then; head: the probe as configured. ROC-AUC over every shot count, mean [95 % CI]; gains paired with step %2 episode by episode.</source>
        <translation>Der Encoder, den dieser Lauf nach jeder Schrittzahl behielt, geprüft von den Few-Shot-Läufen %1 in denselben Episoden (eine Konfiguration, ein Seed). Nur Tokens: was das Vortraining dem Encoder bis dahin beigebracht hat; Kopf: die Probe wie konfiguriert. ROC-AUC über alle Shot-Zahlen, Mittelwert [95-%-KI]; Gewinne gepaart mit Schritt %2, Episode für Episode.</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Tokens alone</source>
        <translation>Nur Tokens</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Gain</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="123"/>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="141"/>
        <source>The tokens alone scored best at this step</source>
        <translation>Die Tokens allein schnitten bei diesem Schritt am besten ab</translation>
    </message>
    <message>
        <location filename="../ui/training/ProbeCurvePage.cpp" line="154"/>
        <source>No few-shot run has probed this run&apos;s snapshots.</source>
        <translation>Kein Few-Shot-Lauf hat die Snapshots dieses Laufs geprüft.</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProjectTreeDock</name>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="86"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="25"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="28"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="86"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="88"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="90"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="92"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="94"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="150"/>
        <source>Subjects</source>
        <translation>Probanden</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="153"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="153"/>
        <source>rodent</source>
        <translation>Nager</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="161"/>
        <source>%1 frames · %2 fps</source>
        <translation>%1 Bilder · %2 fps</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="162"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="171"/>
        <source>Video missing: %1
Double-click or use File ▸ Re-link Recording… to locate it.</source>
        <translation>Video fehlt: %1
Doppelklicken oder Datei ▸ Aufnahme neu verknüpfen… verwenden, um es zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="180"/>
        <source>Clip sets</source>
        <translation>Clip-Sätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectTreeDock.cpp" line="184"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="190"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="196"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="235"/>
        <source>Show on the Timeline</source>
        <translation>Auf der Zeitleiste zeigen</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="236"/>
        <source>Rename Clip Set…</source>
        <translation>Clip-Satz umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="237"/>
        <source>Delete Clip Set…</source>
        <translation>Clip-Satz löschen…</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ReviewActions</name>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="37"/>
        <source>Forecast Review</source>
        <translation>Vorhersageprüfung</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="99"/>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="109"/>
        <source>&amp;Next Alarm</source>
        <translation>&amp;Nächster Alarm</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="110"/>
        <source>&amp;Previous Alarm</source>
        <translation>&amp;Vorheriger Alarm</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="111"/>
        <source>Go to &amp;Window Start</source>
        <translation>Zum &amp;Fensteranfang</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="114"/>
        <source>&amp;Accept Alarm</source>
        <translation>Alarm &amp;bestätigen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="116"/>
        <source>&amp;Reject Alarm</source>
        <translation>Alarm ver&amp;werfen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="117"/>
        <source>Confirm the seizure this alarm forecast, or mark its onset (Ctrl+Return)</source>
        <translation>Den von diesem Alarm vorhergesagten Anfall bestätigen oder seinen Beginn markieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="118"/>
        <source>Record this alarm as a false alarm (Ctrl+Backspace)</source>
        <translation>Diesen Alarm als Fehlalarm erfassen (Strg+Rücktaste)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="120"/>
        <source>Export Review &amp;Report…</source>
        <translation>P&amp;rüfbericht exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="124"/>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="126"/>
        <source>HTML report (*.html);;PDF report (*.pdf)</source>
        <translation>HTML-Bericht (*.html);;PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="130"/>
        <source>Cannot export the review report</source>
        <translation>Prüfbericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="132"/>
        <source>Export Probabilities &amp;CSV…</source>
        <translation>Wahrscheinlichkeiten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="135"/>
        <source>Export Probabilities</source>
        <translation>Wahrscheinlichkeiten exportieren</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="136"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="141"/>
        <source>Cannot export the probabilities</source>
        <translation>Wahrscheinlichkeiten können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="145"/>
        <source>Review &amp;Panel</source>
        <translation>&amp;Prüfbereich</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="147"/>
        <source>&amp;Close Review</source>
        <translation>Prüfung &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="173"/>
        <source>recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="174"/>
        <source>%1 (recording %2)</source>
        <translation>%1 (Aufnahme %2)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="180"/>
        <source>Open a project to review a forecast.</source>
        <translation>Öffnen Sie ein Projekt, um eine Vorhersage zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="188"/>
        <source>run %1 does not exist</source>
        <translation>Lauf %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="190"/>
        <source>forecast run %1 has not finished (it is %2)</source>
        <translation>Vorhersagelauf %1 ist nicht abgeschlossen (Status: %2)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="195"/>
        <source>forecast run %1 covers no recording</source>
        <translation>Vorhersagelauf %1 umfasst keine Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="206"/>
        <source>Cannot review: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="243"/>
        <source>Forecast run %1 did not cover this recording.</source>
        <translation>Vorhersagelauf %1 umfasst diese Aufnahme nicht.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="262"/>
        <source>Cannot show the forecast: %1</source>
        <translation>Vorhersage kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="273"/>
        <source>Forecast run %1: %2 windows, %3 alarms at threshold %4</source>
        <translation>Vorhersagelauf %1: %2 Fenster, %3 Alarme bei Schwellenwert %4</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="288"/>
        <source>Cannot update the forecast review: %1</source>
        <translation>Vorhersageprüfung kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="360"/>
        <source>Alarm %1 of %2 at %3 (frame %4), p = %5</source>
        <translation>Alarm %1 von %2 bei %3 (Bild %4), p = %5</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="395"/>
        <source>No alarm after this point.</source>
        <translation>Kein Alarm nach dieser Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="395"/>
        <source>No alarm before this point.</source>
        <translation>Kein Alarm vor dieser Stelle.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="427"/>
        <source>No alarm to decide on: select one (N, Shift+N).</source>
        <translation>Kein Alarm zum Entscheiden: Wählen Sie einen aus (N, Umschalt+N).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="455"/>
        <source>Alarm at frame %1 not accepted: %2</source>
        <translation>Alarm bei Bild %1 nicht angenommen: %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="486"/>
        <source>Alarm at frame %1 accepted: confirms seizure %2.</source>
        <translation>Alarm bei Bild %1 bestätigt: gehört zu Anfall %2.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="468"/>
        <source>Cannot record the decision: %1</source>
        <translation>Entscheidung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="451"/>
        <source>Alarm at frame %1 not accepted: no seizure onset was marked.</source>
        <translation>Alarm bei Frame %1 nicht angenommen: kein Anfallsbeginn markiert.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="458"/>
        <source>Accept alarm and mark seizure onset</source>
        <translation>Alarm annehmen und Anfallsbeginn markieren</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="475"/>
        <source>Accept alarm</source>
        <translation>Alarm annehmen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="475"/>
        <source>Reject alarm</source>
        <translation>Alarm ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="480"/>
        <source>Alarm at frame %1 rejected as a false alarm (Ctrl+Z undoes it).</source>
        <translation>Alarm bei Frame %1 als Fehlalarm abgelehnt (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="482"/>
        <source>Alarm at frame %1 accepted: seizure onset marked at frame %2 (Ctrl+Z undoes both).</source>
        <translation>Alarm bei Frame %1 angenommen: Anfallsbeginn bei Frame %2 markiert (Strg+Z macht beides rückgängig).</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="501"/>
        <source>no forecast is shown</source>
        <translation>es wird keine Vorhersage angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="508"/>
        <source>Cannot export the review report: %1</source>
        <translation>Prüfbericht kann nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="511"/>
        <source>Review report written to %1</source>
        <translation>Prüfbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="518"/>
        <source>no forecast run is open</source>
        <translation>es ist kein Vorhersagelauf geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="525"/>
        <source>Cannot export the probabilities: %1</source>
        <translation>Wahrscheinlichkeiten können nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewActions.cpp" line="528"/>
        <source>Probabilities written to %1</source>
        <translation>Wahrscheinlichkeiten nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ReviewPanel</name>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="38"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="67"/>
        <source>— (no seizures)</source>
        <translation>— (keine Anfälle)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="39"/>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3 %)</translation>
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
        <translation>%1 / h</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="49"/>
        <source>%1; 95 % CI %2–%3%</source>
        <translation>%1; 95&#xa0;%‑KI %2–%3&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="55"/>
        <source>%1; 95 % CI %2–%3 / h</source>
        <translation>%1; 95&#xa0;%‑KI %2–%3&#xa0;/&#xa0;h</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="89"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="90"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="73"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="91"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="95"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="78"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="81"/>
        <source>%n alarmed only after the onset (%1 late: seen, not forecast)</source>
        <translation>
            <numerusform>%n erst nach dem Beginn alarmiert (%1 zu spät: erkannt, nicht vorhergesagt)</numerusform>
            <numerusform>%n erst nach dem Beginn alarmiert (%1 zu spät: erkannt, nicht vorhergesagt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="84"/>
        <source>%n with no alarm while it lasted</source>
        <translation>
            <numerusform>%n ohne Alarm während seiner Dauer</numerusform>
            <numerusform>%n ohne Alarm während ihrer Dauer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="85"/>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="108"/>
        <source>; the model&apos;s minus its %1 (too few stretches for an interval)</source>
        <translation>; die des Modells minus ihre %1 (zu wenige Abschnitte für ein Intervall)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="110"/>
        <source>; the model&apos;s minus its %1 (95 % CI %2 to %3, paired)</source>
        <translation>; die des Modells minus ihre %1 (95&#xa0;%‑KI %2 bis %3, gepaart)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="141"/>
        <source>seizures %1; false alarms %2</source>
        <translation>Anfälle %1; Fehlalarme %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="159"/>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="170"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="173"/>
        <source>An alarm fires when this many windows in a row reach the threshold</source>
        <translation>Ein Alarm wird ausgelöst, wenn so viele Fenster in Folge den Schwellenwert erreichen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="174"/>
        <source>Windows in a row</source>
        <translation>Fenster in Folge</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="178"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="179"/>
        <source>= horizon</source>
        <translation>= Horizont</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="180"/>
        <source>After an alarm, the next may fire only once this time has passed</source>
        <translation>Nach einem Alarm kann der nächste erst ausgelöst werden, wenn diese Zeit verstrichen ist</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="181"/>
        <source>Refractory</source>
        <translation>Refraktärzeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="200"/>
        <source>The seizures no alarm forecast. An alarm that came while a missed seizure lasted saw it, too late to warn: a detection, not a forecast.</source>
        <translation>Die Anfälle, die kein Alarm vorhergesagt hat. Ein Alarm, der kam, während ein verpasster Anfall andauerte, hat ihn gesehen, aber zu spät, um zu warnen: eine Erkennung, keine Vorhersage.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="207"/>
        <source>The run judged each of these monitoring periods as one curve on its clock, at its own threshold: a horizon across file boundaries, a seizure cut by a boundary counted once, gaps out of the false-alarm hours. Fixed figures: the threshold above does not change them.</source>
        <translation>Der Lauf hat jeden dieser Überwachungszeiträume als eine Kurve auf seiner Uhr bewertet, bei seiner eigenen Schwelle: der Horizont über Dateigrenzen hinweg, ein von einer Grenze geteilter Anfall einmal gezählt, Lücken nicht in den Fehlalarmstunden. Feste Werte: die Schwelle oben ändert sie nicht.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="214"/>
        <source>A logistic regression on the same motion statistics without the encoder, fitted when the model was and judged by the run on the same windows of all its recordings, at its own operating point: whether the deep model beats a simple detector. The threshold above does not change its figures; on this recording they follow the horizon, refractory time and annotations as the model&apos;s do. Its curve is dotted on the timeline.</source>
        <translation>Eine logistische Regression auf denselben Bewegungsstatistiken ohne den Encoder, mit dem Modell angepasst und vom Lauf auf denselben Fenstern aller seiner Aufnahmen beurteilt, an ihrem eigenen Arbeitspunkt: ob das tiefe Modell einen einfachen Detektor schlägt. Die Schwelle oben ändert ihre Werte nicht; auf dieser Aufnahme folgen sie wie die des Modells dem Horizont, der Refraktärzeit und den Annotationen. Ihre Kurve ist in der Zeitleiste gepunktet.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="223"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="377"/>
        <source>On this recording (dotted on the timeline): %1</source>
        <translation>Auf dieser Aufnahme (gepunktet in der Zeitleiste): %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="418"/>
        <source>Sensitivity: %1
False alarms: %2
Mean warning: %3
Missed: %4
Alarms: %5
Reviewed: %6</source>
        <translation>Sensitivität: %1
Fehlalarme: %2
Mittlere Vorwarnzeit: %3
Verpasst: %4
Alarme: %5
Geprüft: %6</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="220"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="221"/>
        <source>False alarms</source>
        <translation>Fehlalarme</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="222"/>
        <source>Mean warning</source>
        <translation>Mittlere Vorwarnzeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="224"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="225"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="226"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="228"/>
        <source>Statistics alone</source>
        <translation>Statistiken allein</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="341"/>
        <source>Forecast run %1 · model %2 · window %3 s, stride %4 s, horizon %5 s</source>
        <translation>Vorhersagelauf %1 · Modell %2 · Fenster %3 s, Schrittweite %4 s, Horizont %5 s</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="348"/>
        <source>No forecast open. Activate a forecast run in the project tree.</source>
        <translation>Keine Vorhersage geöffnet. Aktivieren Sie einen Vorhersagelauf im Projektbaum.</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="360"/>
        <source>period %1: sensitivity %2, false alarms %3 over %4 observed (%5 in all), threshold %6</source>
        <translation>Zeitraum %1: Sensitivität %2, Fehlalarme %3 über %4 beobachtet (%5 insgesamt), Schwelle %6</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="121"/>
        <source>no operating point, it raises no alarm</source>
        <translation>kein Arbeitspunkt, sie löst keinen Alarm aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="122"/>
        <source>threshold %1, %n window(s) in a row</source>
        <translation>
            <numerusform>Schwelle %1, %n Fenster in Folge</numerusform>
            <numerusform>Schwelle %1, %n Fenster in Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="125"/>
        <source>over the run&apos;s %n recording(s), %1: seizures %2; false alarms %3; window ROC-AUC %4</source>
        <translation>
            <numerusform>über die %n Aufnahme des Laufs, %1: Anfälle %2; Fehlalarme %3; Fenster-ROC-AUC %4</numerusform>
            <numerusform>über die %n Aufnahmen des Laufs, %1: Anfälle %2; Fehlalarme %3; Fenster-ROC-AUC %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="129"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="143"/>
        <location filename="../ui/review/ReviewPanel.cpp" line="392"/>
        <source>%1 (%2 in %3 inter-ictal)</source>
        <translation>%1 (%2 in %3 interiktal)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="399"/>
        <source>%1: %2 true, %3 false, %4 during seizures</source>
        <translation>%1: %2 richtig, %3 falsch, %4 während Anfällen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="405"/>
        <source>%1 accepted, %2 rejected, %3 open</source>
        <translation>%1 bestätigt, %2 verworfen, %3 offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/ReviewPanel.cpp" line="412"/>
        <source>; %n to check again (the annotations changed since)</source>
        <translation>
            <numerusform>; %n erneut zu prüfen (die Annotationen haben sich seither geändert)</numerusform>
            <numerusform>; %n erneut zu prüfen (die Annotationen haben sich seither geändert)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="421"/>
        <source>Night: %1</source>
        <translation>Nacht: %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewPanel.cpp" line="423"/>
        <source>Statistics alone (no encoder): %1</source>
        <translation>Statistiken allein (ohne Encoder): %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ReviewReport</name>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="84"/>
        <source>Seizure probability per window</source>
        <translation>Anfallswahrscheinlichkeit pro Fenster</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="85"/>
        <source>time (min)</source>
        <translation>Zeit (min)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="85"/>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="86"/>
        <location filename="../ui/review/ReviewReport.cpp" line="92"/>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="98"/>
        <source>statistics alone (no encoder)</source>
        <translation>Statistiken allein (ohne Encoder)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="104"/>
        <source>seizures</source>
        <translation>Anfälle</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="110"/>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="112"/>
        <source>alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="123"/>
        <location filename="../ui/review/ReviewReport.cpp" line="221"/>
        <source>Forecast review, run %1</source>
        <translation>Vorhersageprüfung, Lauf %1</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="129"/>
        <source>Forecast review: run %1, %2</source>
        <translation>Vorhersageprüfung: Lauf %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="131"/>
        <source>Written %1 · recording %2 · %3 frames at %4 fps · %5 windows</source>
        <translation>Erstellt %1 · Aufnahme %2 · %3 Bilder bei %4 fps · %5 Fenster</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="138"/>
        <source>probability plot</source>
        <translation>Wahrscheinlichkeitsdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="140"/>
        <source>Event-level metrics</source>
        <translation>Metriken auf Ereignisebene</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="144"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="147"/>
        <source>False alarms per hour</source>
        <translation>Fehlalarme pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="148"/>
        <source>Mean warning time</source>
        <translation>Mittlere Vorwarnzeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="149"/>
        <source>Seizures missed</source>
        <translation>Verpasste Anfälle</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="150"/>
        <location filename="../ui/review/ReviewReport.cpp" line="184"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="150"/>
        <source>%1 (%2 true, %3 false, %4 during seizures)</source>
        <translation>%1 (%2 richtig, %3 falsch, %4 während Anfällen)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="155"/>
        <source>Inter-ictal hours</source>
        <translation>Interiktale Stunden</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="156"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="157"/>
        <source>%1 accepted, %2 rejected</source>
        <translation>%1 bestätigt, %2 verworfen</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="160"/>
        <source>Statistics alone (no encoder)</source>
        <translation>Statistiken allein (ohne Encoder)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="162"/>
        <source>Statistics alone, this recording (grey in the plot)</source>
        <translation>Statistiken allein, diese Aufnahme (grau im Diagramm)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="166"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="167"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="168"/>
        <source>Window (L)</source>
        <translation>Fenster (L)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="169"/>
        <source>%1 s (%2 frames)</source>
        <translation>%1 s (%2 Bilder)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="170"/>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="170"/>
        <location filename="../ui/review/ReviewReport.cpp" line="175"/>
        <location filename="../ui/review/ReviewReport.cpp" line="177"/>
        <location filename="../ui/review/ReviewReport.cpp" line="178"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="171"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="172"/>
        <source>Started / ended</source>
        <translation>Begonnen / beendet</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="172"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="173"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="174"/>
        <source>Consecutive windows</source>
        <translation>Aufeinanderfolgende Fenster</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="175"/>
        <source>Horizon (H)</source>
        <translation>Horizont (H)</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="176"/>
        <source>Refractory</source>
        <translation>Refraktärzeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="177"/>
        <source>= horizon</source>
        <translation>= Horizont</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="178"/>
        <source>Post-ictal exclusion</source>
        <translation>Postiktaler Ausschluss</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="179"/>
        <source>Run&apos;s own threshold</source>
        <translation>Eigener Schwellenwert des Laufs</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="184"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="184"/>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="185"/>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="185"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/review/ReviewReport.cpp" line="185"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::RunView</name>
    <message>
        <location filename="../ui/training/RunView.cpp" line="136"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="136"/>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="138"/>
        <source>&lt;b&gt;Run %1&lt;/b&gt; · %2 · %3 · started %4, ended %5</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; · %2 · %3 · begonnen %4, beendet %5</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="147"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="179"/>
        <source>Curves: the kept model&apos;s validation clips. Confusion matrix at threshold %1 on the %2 forecast windows of the validation recordings it was chosen on (rows: true class, columns: predicted):</source>
        <translation>Kurven: die Validierungsclips des behaltenen Modells. Konfusionsmatrix bei Schwelle %1 auf den %2 Vorhersagefenstern der Validierungsaufnahmen, an denen sie gewählt wurde (Zeilen: wahre Klasse, Spalten: vorhergesagt):</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="187"/>
        <source>Confusion matrix of the kept model on the validation clips at threshold %1 (rows: true class, columns: predicted):</source>
        <translation>Konfusionsmatrix des behaltenen Modells auf den Validierungs-Clips bei Schwellenwert %1 (Zeilen: wahre Klasse, Spalten: vorhergesagte):</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="204"/>
        <source>Probe curve</source>
        <translation>Probe-Kurve</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="206"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="207"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="225"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="225"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="234"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="234"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="235"/>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="236"/>
        <source>Final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="237"/>
        <source>Clips in the mix</source>
        <translation>Clips in der Mischung</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="238"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="239"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="241"/>
        <source>Repeatable bit for bit</source>
        <translation>Bitgenau wiederholbar</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="241"/>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="241"/>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="255"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="257"/>
        <source>Model id</source>
        <translation>Modell-ID</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="258"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="263"/>
        <source>Operating point: none (no threshold kept the false alarms within the budget)</source>
        <translation>Arbeitspunkt: keiner (keine Schwelle hielt die Fehlalarme im Budget)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunView.cpp" line="264"/>
        <source>Operating point: threshold %1, %n window(s) in a row</source>
        <translation>
            <numerusform>Arbeitspunkt: Schwelle %1, %n Fenster in Folge</numerusform>
            <numerusform>Arbeitspunkt: Schwelle %1, %n Fenster in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="267"/>
        <source>, chosen on %1 validation and %2 cross-fitted recording(s), where it forecast %3 of the seizures with %4 false alarms per hour.</source>
        <translation>, gewählt auf %1 Validierungs- und %2 kreuzangepassten Aufnahme(n), wo er %3 der Anfälle mit %4 Fehlalarmen pro Stunde vorhersagte.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="280"/>
        <source>%1: %2 at %3 per hour</source>
        <translation>%1: %2 bei %3 pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="284"/>
        <source>Each window&apos;s brief jerks are weighed beside the head with weight %1 (each leaves %2 % of the remaining doubt; 0: the head alone), kept among %3 on the same recordings, each at its best operating point; the statistics alone are weighed the same.</source>
        <translation>Die kurzen Zuckungen jedes Fensters werden neben dem Kopf mit dem Gewicht %1 gewichtet (jede lässt %2 % des verbleibenden Zweifels übrig; 0: der Kopf allein), behalten unter %3 auf denselben Aufnahmen, jedes an seinem besten Arbeitspunkt; die Statistiken allein werden ebenso gewichtet.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="297"/>
        <source>The motion statistics alone (no encoder) found no operating point within the budget there.</source>
        <translation>Die Bewegungsstatistiken allein (ohne Encoder) fanden dort keinen Arbeitspunkt innerhalb des Budgets.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="298"/>
        <source>The motion statistics alone (no encoder) forecast %1 of the seizures with %2 false alarms per hour there, at their own best operating point.</source>
        <translation>Die Bewegungsstatistiken allein (ohne Encoder) sagten dort %1 der Anfälle mit %2 Fehlalarmen pro Stunde vorher, an ihrem eigenen besten Arbeitspunkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunView.cpp" line="304"/>
        <source>Its probabilities are calibrated on the %n labelled window(s) the threshold was chosen on (Brier score there %1 before, %2 after): a window&apos;s number is the chance that a seizure begins within the horizon of its end, and the threshold is on that scale.</source>
        <translation>
            <numerusform>Seine Wahrscheinlichkeiten sind auf dem %n markierten Fenster kalibriert, auf dem der Schwellenwert gewählt wurde (Brier-Score dort %1 vorher, %2 nachher): Die Zahl eines Fensters ist die Wahrscheinlichkeit, dass innerhalb des Horizonts nach seinem Ende ein Anfall beginnt, und der Schwellenwert liegt auf dieser Skala.</numerusform>
            <numerusform>Seine Wahrscheinlichkeiten sind auf den %n markierten Fenstern kalibriert, auf denen der Schwellenwert gewählt wurde (Brier-Score dort %1 vorher, %2 nachher): Die Zahl eines Fensters ist die Wahrscheinlichkeit, dass innerhalb des Horizonts nach seinem Ende ein Anfall beginnt, und der Schwellenwert liegt auf dieser Skala.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="324"/>
        <source>Statistics alone (no encoder)</source>
        <translation>Statistiken allein (ohne Encoder)</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="326"/>
        <source>The share kept is in bold: the most seizures within the false-alarm budget, then the fewest false alarms, then the best window ROC-AUC. &quot;Statistics alone&quot; is the motion baseline: a logistic regression on the same statistics without the encoder&apos;s tokens, at its own best operating point on the same recordings.</source>
        <translation>Der behaltene Anteil ist fett: die meisten Anfälle innerhalb des Fehlalarmbudgets, dann die wenigsten Fehlalarme, dann die beste Fenster-ROC-AUC. „Statistiken allein“ ist die Bewegungs-Baseline: eine logistische Regression auf denselben Statistiken ohne die Tokens des Encoders, an ihrem eigenen besten Arbeitspunkt auf denselben Aufnahmen.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <source>Train loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="332"/>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
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
        <translation>Sensitivität</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/RunView.cpp" line="250"/>
        <source>%n kept, at step(s) %1, in %2</source>
        <translation>
            <numerusform>%n behalten, bei Schritt %1, in %2</numerusform>
            <numerusform>%n behalten, bei den Schritten %1, in %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="254"/>
        <source>not there now: %1</source>
        <translation>dort jetzt nicht vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="274"/>
        <source>The motion statistics hold %1 % of the head&apos;s input, the share kept among those below (each at its best operating point on the same recordings).</source>
        <translation>Die Bewegungsstatistiken tragen %1 % der Eingabe des Kopfes, der unter den unten stehenden gewählte Anteil (jeder an seinem besten Arbeitspunkt auf denselben Aufnahmen).</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="316"/>
        <source>Share of the statistics</source>
        <translation>Anteil der Statistiken</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="316"/>
        <source>False alarms per hour</source>
        <translation>Fehlalarme pro Stunde</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="317"/>
        <source>Window ROC-AUC</source>
        <translation>Fenster-ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="333"/>
        <source>Specificity</source>
        <translation>Spezifität</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="345"/>
        <source>The kept epoch (best validation ROC-AUC) is in bold.</source>
        <translation>Die behaltene Epoche (beste Validierungs-ROC-AUC) ist fett dargestellt.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="346"/>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="360"/>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="361"/>
        <source>Tokens alone</source>
        <translation>Nur Tokens</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Shots</source>
        <translation>Shots</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="362"/>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="364"/>
        <source>%1 bacc</source>
        <translation>%1-bacc</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="364"/>
        <source>%1 ROC-AUC</source>
        <translation>%1-ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="401"/>
        <source>Bold rows: each shot count&apos;s mean over its episodes.</source>
        <translation>Fette Zeilen: Mittelwert jeder Shot-Anzahl über ihre Episoden.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="403"/>
        <source>Baseline: logistic regression on four frame-difference statistics of the same clips, fitted on the same support set.</source>
        <translation>Baseline: logistische Regression auf vier Bilddifferenz-Statistiken derselben Clips, angepasst auf demselben Support-Set.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="406"/>
        <source>Tokens alone: the same probe on the encoder&apos;s pooled tokens without the frame-difference statistics, in the same episodes.</source>
        <translation>Nur Tokens: dieselbe Probe auf den gepoolten Tokens des Encoders ohne die Bilddifferenz-Statistiken, in denselben Episoden.</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="385"/>
        <source>mean [95 % CI]</source>
        <translation>Mittelwert [95-%-KI]</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="428"/>
        <source>%1-shot queries of %2 episode(s), pooled (%3 clips; the table gives each episode&apos;s AUC and their mean). Confusion matrix at threshold 0.500 (rows: true class, columns: predicted):</source>
        <translation>Abfragen der %1-Shot-Episoden, %2 Episode(n) zusammengefasst (%3 Clips; die Tabelle nennt die AUC jeder Episode und ihren Mittelwert). Konfusionsmatrix bei Schwellenwert 0,500 (Zeilen: wahre Klasse, Spalten: vorhergesagte):</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="447"/>
        <source>ROC (AUC %1)</source>
        <translation>ROC (AUC %1)</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="447"/>
        <source>false positive rate</source>
        <translation>Falsch-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="448"/>
        <source>true positive rate</source>
        <translation>Richtig-positiv-Rate</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="452"/>
        <source>Precision-recall</source>
        <translation>Präzision-Recall</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="452"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="452"/>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="464"/>
        <location filename="../ui/training/RunView.cpp" line="465"/>
        <source>pre-ictal</source>
        <translation>präiktal</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="464"/>
        <location filename="../ui/training/RunView.cpp" line="465"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/training/RunView.cpp" line="488"/>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="31"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="38"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="40"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="40"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::SignalLane</name>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="241"/>
        <source>Marker “%1” of %2 at %3</source>
        <translation>Marker „%1“ von %2 bei %3</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="242"/>
        <source> for %1 s</source>
        <translation> für %1 s</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="243"/>
        <source>
Click to go there (frame %1)</source>
        <translation>
Klicken, um dorthin zu gehen (Bild %1)</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="248"/>
        <source>%1: %2 at %3 (signal time %4 s, offset %5 s)
Click to select it: Ctrl+Alt+Left/Right nudge it</source>
        <translation>%1: %2 bei %3 (Signalzeit %4 s, Versatz %5 s)
Klicken zum Auswählen: Strg+Alt+Links/Rechts verschieben es</translation>
    </message>
    <message>
        <location filename="../ui/timeline/SignalLane.cpp" line="249"/>
        <source>no sample</source>
        <translation>kein Wert</translation>
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
        <translation>Anfallsvorhersage aus gewöhnlichem Video: Aufnahmen annotieren, Clips zusammenstellen, einen Vorhersager trainieren, seine Alarme prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="40"/>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="40"/>
        <source>Create an empty project file, then add recordings to it</source>
        <translation>Eine leere Projektdatei anlegen und ihr dann Aufnahmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="41"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="41"/>
        <source>Open a .prodrome project file</source>
        <translation>Eine .prodrome-Projektdatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="43"/>
        <source>Open a Video…</source>
        <translation>Ein Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="43"/>
        <source>Look at one video without a project (annotations need a project)</source>
        <translation>Ein einzelnes Video ohne Projekt ansehen (Annotationen brauchen ein Projekt)</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="44"/>
        <location filename="../ui/StartPage.cpp" line="125"/>
        <source>Open the Demo Project</source>
        <translation>Demo-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="45"/>
        <source>Synthetic rodent and human recordings with seizures, clip sets, a pre-trained encoder, a forecaster and its forecasts to review. Built once (about two minutes on two cores), then opened from where it was built.</source>
        <translation>Synthetische Nagetier- und Menschenaufnahmen mit Anfällen, Clip-Sätze, ein vortrainierter Encoder, ein Vorhersager und seine Vorhersagen zum Prüfen. Einmal erstellt (etwa zwei Minuten auf zwei Kernen), danach von dort geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="63"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
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
        <translation>%1 (fehlt)
%2</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="110"/>
        <source>%1 is not there any more (moved, renamed or on a drive that is not mounted)</source>
        <translation>%1 ist nicht mehr vorhanden (verschoben, umbenannt oder auf einem nicht eingehängten Laufwerk)</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="115"/>
        <source>None yet: the projects you open appear here.</source>
        <translation>Noch keine: die Projekte, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/StartPage.cpp" line="125"/>
        <source>Building the Demo Project…</source>
        <translation>Demo-Projekt wird erstellt…</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::SubjectDialog</name>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="18"/>
        <source>New subject</source>
        <translation>Neuer Proband</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="22"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="25"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="22"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="26"/>
        <source>rodent</source>
        <translation>Nager</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="24"/>
        <source>e.g. P07 or R12</source>
        <translation>z. B. P07 oder R12</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="29"/>
        <source>Subject:</source>
        <translation>Proband:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="31"/>
        <source>Code:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="32"/>
        <source>Species:</source>
        <translation>Spezies:</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="36"/>
        <source>Click to seek · wheel to zoom · Shift+wheel or drag to scroll · drag an event edge to move it</source>
        <translation>Klicken zum Springen · Mausrad zum Zoomen · Umschalt+Mausrad oder Ziehen zum Blättern · Ereigniskante ziehen zum Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="607"/>
        <source>No recording</source>
        <translation>Keine Aufnahme</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TrainDialogs</name>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="57"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="60"/>
        <source>frames of</source>
        <translation>Bilder zu</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="62"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="63"/>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="67"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/training/DialogParts.cpp" line="75"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TrainingActions</name>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="57"/>
        <source>Continual &amp;Pre-training…</source>
        <translation>Kontinuierliches &amp;Vortraining…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="58"/>
        <source>&amp;Forecasting Fine-tune…</source>
        <translation>&amp;Feinabstimmung für die Vorhersage…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="59"/>
        <source>Run &amp;Forecast…</source>
        <translation>Vor&amp;hersage ausführen…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="64"/>
        <source>&amp;Import HF VideoMAE…</source>
        <translation>HF-VideoMAE &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="68"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="223"/>
        <source>pre-training</source>
        <translation>Vortraining</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="223"/>
        <source>fine-tuning</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="226"/>
        <source>Run %1 · %2 %3 · interrupted (left running)</source>
        <translation>Lauf %1 · %2 %3 · unterbrochen (als laufend hinterlassen)</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="228"/>
        <source>Run %1 · %2 %3 · cancelled at step %4/%5</source>
        <translation>Lauf %1 · %2 %3 · abgebrochen bei Schritt %4/%5</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="234"/>
        <source>Run %1 · %2 %3 · cancelled after %4/%5 epochs</source>
        <translation>Lauf %1 · %2 %3 · abgebrochen nach %4/%5 Epochen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="270"/>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="287"/>
        <source>Quit Prodrome</source>
        <translation>Prodrome beenden</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="288"/>
        <source>A job is running. Cancel it and quit? A cancelled pre-training keeps its checkpoint and can be resumed later.</source>
        <translation>Ein Job läuft. Abbrechen und beenden? Ein abgebrochenes Vortraining behält seinen Checkpoint und kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="291"/>
        <source>Cancel Job and Quit</source>
        <translation>Job abbrechen und beenden</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="292"/>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/training/TrainingActions.cpp" line="300"/>
        <source>Stopping the job; the window closes when it has saved its checkpoint…</source>
        <translation>Job wird angehalten; das Fenster schließt sich, sobald der Checkpoint gespeichert ist…</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TrainingChart</name>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="32"/>
        <location filename="../ui/jobs/TrainingChart.cpp" line="41"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="33"/>
        <location filename="../ui/jobs/TrainingChart.cpp" line="42"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="34"/>
        <source>validation ROC-AUC</source>
        <translation>Validierungs-ROC-AUC</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="35"/>
        <source>validation balanced accuracy</source>
        <translation>balancierte Validierungsgenauigkeit</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="39"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../ui/jobs/TrainingChart.cpp" line="44"/>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TransportBar</name>
    <message>
        <location filename="../ui/TransportBar.cpp" line="25"/>
        <source>To the start (Home)</source>
        <translation>Zum Anfang (Pos1)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="26"/>
        <source>One frame back (Left)</source>
        <translation>Ein Bild zurück (Links)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="27"/>
        <source>Play or pause (Space, K)</source>
        <translation>Abspielen oder anhalten (Leertaste, K)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="28"/>
        <source>One frame forward (Right)</source>
        <translation>Ein Bild vor (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="29"/>
        <source>To the end (End)</source>
        <translation>Zum Ende (Ende)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="34"/>
        <source>Playback speed (J and L shuttle backward and forward, faster with each press)</source>
        <translation>Wiedergabegeschwindigkeit (J und L spulen rückwärts und vorwärts, mit jedem Druck schneller)</translation>
    </message>
    <message>
        <location filename="../ui/TransportBar.cpp" line="37"/>
        <source>Drag to seek; the timeline below seeks frame-exactly too</source>
        <translation>Ziehen zum Springen; die Zeitleiste darunter springt ebenfalls bildgenau</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/UserGuideDialog.cpp" line="11"/>
        <source>Prodrome User Guide</source>
        <translation>Prodrome-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::WeightsChooser</name>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="29"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="33"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="37"/>
        <source>Weights file (ours or HF VideoMAE)…</source>
        <translation>Gewichtsdatei (eigene oder HF VideoMAE)…</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="38"/>
        <source>model.safetensors</source>
        <translation>model.safetensors</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="53"/>
        <source>Initial Weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="54"/>
        <source>safetensors files (*.safetensors);;All files (*)</source>
        <translation>safetensors-Dateien (*.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/training/WeightsChooser.cpp" line="78"/>
        <source>GPU available (%n CUDA device(s))</source>
        <translation>
            <numerusform>GPU verfügbar (%n CUDA-Gerät)</numerusform>
            <numerusform>GPU verfügbar (%n CUDA-Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="80"/>
        <source>No GPU available: training runs on the CPU</source>
        <translation>Keine GPU verfügbar: Das Training läuft auf der CPU</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="86"/>
        <source>Automatic (GPU)</source>
        <translation>Automatisch (GPU)</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="86"/>
        <source>Automatic (CPU: no GPU)</source>
        <translation>Automatisch (CPU: keine GPU)</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="87"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="88"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../ui/training/WeightsChooser.cpp" line="88"/>
        <source>GPU (CUDA, not available)</source>
        <translation>GPU (CUDA, nicht verfügbar)</translation>
    </message>
</context>
</TS>
