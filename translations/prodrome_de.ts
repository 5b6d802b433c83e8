<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>prodrome::ui::AnnotationController</name>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="34"/>
        <source>Cannot read recording #%1: %2</source>
        <translation>Aufnahme #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="71"/>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="99"/>
        <source>Cannot undo or redo this edit: %1</source>
        <translation>Diese Änderung kann nicht rückgängig gemacht oder wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="114"/>
        <source>Open a recording before marking an onset.</source>
        <translation>Öffnen Sie eine Aufnahme, bevor Sie einen Beginn markieren.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="118"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="142"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="158"/>
        <source>Frame %1 is outside the recording.</source>
        <translation>Bild %1 liegt außerhalb der Aufnahme.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="126"/>
        <source>Mark onset</source>
        <translation>Beginn markieren</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="132"/>
        <source>Open a recording before marking an offset.</source>
        <translation>Öffnen Sie eine Aufnahme, bevor Sie ein Ende markieren.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="141"/>
        <source>There is no open seizure before frame %1 to close.</source>
        <translation>Vor Bild %1 gibt es keinen offenen Anfall zum Abschließen.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="145"/>
        <source>Mark offset</source>
        <translation>Ende markieren</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="156"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="177"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="186"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="199"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="208"/>
        <location filename="../ui/annotation/AnnotationController.cpp" line="217"/>
        <source>Event #%1 no longer exists.</source>
        <translation>Ereignis #%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="165"/>
        <source>Move onset</source>
        <translation>Beginn verschieben</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="165"/>
        <source>Move offset</source>
        <translation>Ende verschieben</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="166"/>
        <source>Nudge onset</source>
        <translation>Beginn verschieben (1 Bild)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="166"/>
        <source>Nudge offset</source>
        <translation>Ende verschieben (1 Bild)</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="175"/>
        <source>Select an event to nudge.</source>
        <translation>Wählen Sie ein Ereignis zum Verschieben aus.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="178"/>
        <source>The selected seizure has no offset yet.</source>
        <translation>Der ausgewählte Anfall hat noch kein Ende.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="187"/>
        <source>Delete event</source>
        <translation>Ereignis löschen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="193"/>
        <source>Select an event to delete.</source>
        <translation>Wählen Sie ein Ereignis zum Löschen aus.</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="203"/>
        <source>Set seizure type</source>
        <translation>Anfallstyp festlegen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="212"/>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/annotation/AnnotationController.cpp" line="221"/>
        <source>Change event kind</source>
        <translation>Ereignisart ändern</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::BackgroundJob</name>
    <message>
        <location filename="../ui/jobs/BackgroundJob.cpp" line="53"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ClipSetDialog</name>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="29"/>
        <source>Build Clip Set</source>
        <translation>Clip-Satz erstellen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="32"/>
        <source>e.g. emu-L5-H5</source>
        <translation>z. B. emu-L5-H5</translation>
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
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="38"/>
        <source>clip length</source>
        <translation>Cliplänge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="42"/>
        <source>pre-ictal</source>
        <translation>präiktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="43"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="44"/>
        <source>ictal</source>
        <translation>iktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="45"/>
        <source>Artifacts and other events exclude normal windows</source>
        <translation>Artefakte und sonstige Ereignisse schließen normale Fenster aus</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="49"/>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="58"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="62"/>
        <source>No split</source>
        <translation>Keine Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="63"/>
        <source>By subject: train / val / test</source>
        <translation>Nach Proband: Training / Validierung / Test</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="76"/>
        <source>Windows</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="78"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="79"/>
        <source>Clip length L:</source>
        <translation>Cliplänge L:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="80"/>
        <source>Horizon H:</source>
        <translation>Horizont H:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="81"/>
        <source>Pre-ictal stride:</source>
        <translation>Präiktale Schrittweite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="82"/>
        <source>Normal stride:</source>
        <translation>Normale Schrittweite:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="83"/>
        <source>Post-ictal period:</source>
        <translation>Postiktale Phase:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="84"/>
        <source>Inter-ictal gap, human:</source>
        <translation>Interiktaler Abstand, Mensch:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="85"/>
        <source>Inter-ictal gap, rodent:</source>
        <translation>Interiktaler Abstand, Nager:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="90"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="93"/>
        <source>Sampling and splits</source>
        <translation>Stichprobe und Aufteilung</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="95"/>
        <source>Max pre-ictal per seizure:</source>
        <translation>Max. präiktal pro Anfall:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="96"/>
        <source>Max ictal per seizure:</source>
        <translation>Max. iktal pro Anfall:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="97"/>
        <source>Max normal per recording:</source>
        <translation>Max. normal pro Aufnahme:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="98"/>
        <source>Normal per pre-ictal:</source>
        <translation>Normal pro präiktal:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="99"/>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="100"/>
        <source>Splits:</source>
        <translation>Aufteilung:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="105"/>
        <source>Train / val / test:</source>
        <translation>Training / Validierung / Test:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Subject</source>
        <translation>Proband</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Split</source>
        <translation>Teilmenge</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Pre-ictal</source>
        <translation>Präiktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="108"/>
        <source>Ictal</source>
        <translation>Iktal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="126"/>
        <source>Preview: clips per subject and label</source>
        <translation>Vorschau: Clips pro Proband und Label</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="218"/>
        <source>%1 pre-ictal, %2 normal, %3 ictal windows.</source>
        <translation>%1 präiktale, %2 normale, %3 iktale Fenster.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="223"/>
        <source>%n seizure(s) have no offset yet; closing them may change the set.</source>
        <translation>
            <numerusform>%n Anfall hat noch kein Ende; ihn abzuschließen kann den Satz ändern.</numerusform>
            <numerusform>%n Anfälle haben noch kein Ende; sie abzuschließen kann den Satz ändern.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="268"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ClipSetDialog.cpp" line="286"/>
        <source>Give the clip set a name.</source>
        <translation>Geben Sie dem Clip-Satz einen Namen.</translation>
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
        <location filename="../ui/annotation/EventEditor.cpp" line="27"/>
        <source>focal to bilateral tonic-clonic</source>
        <translation>fokal zu bilateral tonisch-klonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="28"/>
        <source>generalized tonic-clonic</source>
        <translation>generalisiert tonisch-klonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="29"/>
        <source>absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="30"/>
        <source>myoclonic</source>
        <translation>myoklonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="31"/>
        <source>tonic</source>
        <translation>tonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="32"/>
        <source>atonic</source>
        <translation>atonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="33"/>
        <source>clonic</source>
        <translation>klonisch</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="34"/>
        <source>epileptic spasms</source>
        <translation>epileptische Spasmen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="35"/>
        <source>unknown onset</source>
        <translation>unbekannter Beginn</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="56"/>
        <source>Seizure type</source>
        <translation>Anfallstyp</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="57"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="63"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="64"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="65"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="105"/>
        <source>No event selected</source>
        <translation>Kein Ereignis ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="112"/>
        <source>frames %1–%2</source>
        <translation>Bilder %1–%2</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="113"/>
        <source>from frame %1, open</source>
        <translation>ab Bild %1, offen</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventEditor.cpp" line="114"/>
        <source>&lt;b&gt;Event #%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;Ereignis #%1&lt;/b&gt; · %2 · %3</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::EventListPanel</name>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="48"/>
        <source>Filter by type, annotator, notes…</source>
        <translation>Nach Typ, Annotator, Notizen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="51"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventListPanel.cpp" line="121"/>
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
        <location filename="../ui/annotation/EventTableModel.cpp" line="113"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="115"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="117"/>
        <source>Offset</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="119"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="121"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="123"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="125"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location filename="../ui/annotation/EventTableModel.cpp" line="127"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ExchangeActions</name>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="29"/>
        <source>Imported %1 subject(s), %2 recording(s), %3 event(s), %4 clip(s); %5 skipped.</source>
        <translation>Importiert: %1 Proband(en), %2 Aufnahme(n), %3 Ereignis(se), %4 Clip(s); %5 übersprungen.</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="54"/>
        <location filename="../ui/ExchangeActions.cpp" line="60"/>
        <source>Events &amp;CSV…</source>
        <translation>Ereignisse als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="55"/>
        <source>&amp;BORIS Project…</source>
        <translation>&amp;BORIS-Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="56"/>
        <source>&amp;RodEpil-style Folder…</source>
        <translation>Ordner im &amp;RodEpil-Format…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="61"/>
        <source>&amp;Frame Labels CSV…</source>
        <translation>&amp;Bildlabels als CSV…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="63"/>
        <source>Clip Set &amp;Manifest CSV…</source>
        <translation>Clip-Satz-&amp;Manifest (CSV)…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="64"/>
        <source>Clip Set &amp;VideoMAE List…</source>
        <translation>Clip-Satz als &amp;VideoMAE-Liste…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="65"/>
        <source>Clip &amp;Videos…</source>
        <translation>Clip-&amp;Videos…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="71"/>
        <source>Import events CSV</source>
        <translation>Ereignisse aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="72"/>
        <source>Import BORIS project</source>
        <translation>BORIS-Projekt importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="73"/>
        <source>Import RodEpil folder</source>
        <translation>RodEpil-Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="76"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="88"/>
        <source>Probing %1 (%2 of %3)…</source>
        <translation>%1 wird geprüft (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="99"/>
        <location filename="../ui/ExchangeActions.cpp" line="180"/>
        <location filename="../ui/ExchangeActions.cpp" line="192"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="101"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="121"/>
        <source>Clip %1 of %2</source>
        <translation>Clip %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="125"/>
        <source>Wrote %1 (%2 rows or files).</source>
        <translation>%1 geschrieben (%2 Zeilen oder Dateien).</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="132"/>
        <source>Add recordings</source>
        <translation>Aufnahmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="142"/>
        <source>Indexing %1 (%2 of %3)…</source>
        <translation>%1 wird indiziert (%2 von %3)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ExchangeActions.cpp" line="149"/>
        <source>Added %n recording(s).</source>
        <translation>
            <numerusform>%n Aufnahme hinzugefügt.</numerusform>
            <numerusform>%n Aufnahmen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="163"/>
        <source>Import Events CSV</source>
        <translation>Ereignisse aus CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="163"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="165"/>
        <source>Import BORIS Project</source>
        <translation>BORIS-Projekt importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="166"/>
        <source>BORIS projects (*.boris);;All files (*)</source>
        <translation>BORIS-Projekte (*.boris);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="168"/>
        <source>Import RodEpil-style Folder</source>
        <translation>Ordner im RodEpil-Format importieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="180"/>
        <source>The project has no clip set yet (Clips ▸ Build Clip Set…).</source>
        <translation>Das Projekt hat noch keinen Clip-Satz (Clips ▸ Clip-Satz erstellen…).</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="184"/>
        <source>Export Clip Set</source>
        <translation>Clip-Satz exportieren</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="184"/>
        <source>Clip set:</source>
        <translation>Clip-Satz:</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="189"/>
        <source>Folder for the Clip Videos</source>
        <translation>Ordner für die Clip-Videos</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="191"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="191"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="200"/>
        <source>Add Recordings</source>
        <translation>Aufnahmen hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="201"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v *.mts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/ExchangeActions.cpp" line="204"/>
        <source>Subject of the Recordings</source>
        <translation>Proband der Aufnahmen</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::GoToDialog</name>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="15"/>
        <source>Go to Frame or Time</source>
        <translation>Gehe zu Bild oder Zeit</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="16"/>
        <source>1234, 75.5s or 01:02:03.250</source>
        <translation>1234, 75.5s oder 01:02:03.250</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="19"/>
        <source>Frame or time:</source>
        <translation>Bild oder Zeit:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="48"/>
        <source>Frames 0 to %1, or a time.</source>
        <translation>Bilder 0 bis %1 oder eine Zeit.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="50"/>
        <source>Frame %1 is past the end (last frame %2).</source>
        <translation>Bild %1 liegt hinter dem Ende (letztes Bild %2).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/GoToDialog.cpp" line="52"/>
        <source>Frame %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::JobProgressDialog</name>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="12"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="21"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/jobs/JobProgressDialog.cpp" line="34"/>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>paused · %1×</source>
        <translation>angehalten · %1×</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="138"/>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>cannot open video &apos;%1&apos;: no such file</source>
        <translation>Video &apos;%1&apos; kann nicht geöffnet werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Viewing a video outside the project: add it to a project to annotate.</source>
        <translation>Video außerhalb des Projekts: Fügen Sie es einem Projekt hinzu, um es zu annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="226"/>
        <source>Video missing:
%1

File ▸ Re-link Recording… to locate it.</source>
        <translation>Video fehlt:
%1

Datei ▸ Aufnahme neu verknüpfen… zum Auffinden.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="227"/>
        <source>The video of this recording is missing: %1</source>
        <translation>Das Video dieser Aufnahme fehlt: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249"/>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <location filename="../ui/MainWindow.cpp" line="261"/>
        <source>Cannot re-link recording</source>
        <translation>Aufnahme kann nicht neu verknüpft werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="254"/>
        <source>&apos;%1&apos; is not the video of this recording: its content fingerprint differs (%2, expected %3).</source>
        <translation>&apos;%1&apos; ist nicht das Video dieser Aufnahme: Der Inhalts-Fingerabdruck weicht ab (%2, erwartet %3).</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="265"/>
        <source>Re-linked to %1</source>
        <translation>Neu verknüpft mit %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="325"/>
        <source>  (keyframe preview)</source>
        <translation>  (Schlüsselbild-Vorschau)</translation>
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
        <translation>Clip-Satz %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <location filename="../ui/MainWindow.cpp" line="327"/>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="49"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="55"/>
        <source>Open Video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="56"/>
        <location filename="../ui/MainWindowMenus.cpp" line="300"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="50"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="51"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="52"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="54"/>
        <source>Open &amp;Video…</source>
        <translation>&amp;Video öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="59"/>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="61"/>
        <source>&amp;Add Recordings…</source>
        <translation>Aufnahmen &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="63"/>
        <source>New &amp;Subject…</source>
        <translation>Neuer &amp;Proband…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="64"/>
        <source>Re-&amp;link Recording…</source>
        <translation>Aufnahme neu &amp;verknüpfen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="69"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="71"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="79"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="80"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="82"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="90"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="91"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="93"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="95"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="105"/>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="114"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="114"/>
        <source>The language changes when Prodrome is started again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Prodrome.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="119"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="123"/>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="127"/>
        <source>&amp;Clips</source>
        <translation>&amp;Clips</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="128"/>
        <source>&amp;Build Clip Set…</source>
        <translation>Clip-Satz &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="130"/>
        <source>&amp;Hide Clip Windows</source>
        <translation>Clip-Fenster &amp;ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="133"/>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="135"/>
        <source>Training and forecasting arrive in a later version.</source>
        <translation>Training und Vorhersage folgen in einer späteren Version.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="138"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="139"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="145"/>
        <source>&amp;About Prodrome</source>
        <translation>Ü&amp;ber Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="146"/>
        <source>About Prodrome</source>
        <translation>Über Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="147"/>
        <source>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;Clinical video annotation and seizure forecasting.&lt;/p&gt;&lt;p&gt;Video never leaves this machine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Prodrome %1&lt;/b&gt;&lt;p&gt;Klinische Videoannotation und Anfallsvorhersage.&lt;/p&gt;&lt;p&gt;Videos verlassen diesen Rechner nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="164"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="165"/>
        <source>Play &amp;Backwards / Faster (J)</source>
        <translation>&amp;Rückwärts / schneller (J)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="167"/>
        <source>Pause (K)</source>
        <translation>Pause (K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="168"/>
        <source>Play &amp;Forwards / Faster (L)</source>
        <translation>&amp;Vorwärts / schneller (L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="171"/>
        <source>Fas&amp;ter</source>
        <translation>Schn&amp;eller</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="172"/>
        <source>Slo&amp;wer</source>
        <translation>Lang&amp;samer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="173"/>
        <source>&amp;Normal Speed</source>
        <translation>&amp;Normale Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="174"/>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="178"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="179"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="180"/>
        <source>Forward 1 Second</source>
        <translation>1 Sekunde vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="182"/>
        <source>Back 1 Second</source>
        <translation>1 Sekunde zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="184"/>
        <source>Forward 1 Minute</source>
        <translation>1 Minute vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="186"/>
        <source>Back 1 Minute</source>
        <translation>1 Minute zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="188"/>
        <source>First Frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="189"/>
        <source>Last Frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="190"/>
        <source>&amp;Go to Frame or Time…</source>
        <translation>&amp;Gehe zu Bild oder Zeit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="193"/>
        <source>Next &amp;Event</source>
        <translation>Nächstes &amp;Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="194"/>
        <source>Previous E&amp;vent</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="200"/>
        <source>Mark &amp;Onset</source>
        <translation>&amp;Beginn markieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="204"/>
        <source>Mark O&amp;ffset (first frame after the seizure)</source>
        <translation>&amp;Ende markieren (erstes Bild nach dem Anfall)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="211"/>
        <source>Select an event first.</source>
        <translation>Wählen Sie zuerst ein Ereignis aus.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="214"/>
        <source>Nudge Onset Left</source>
        <translation>Beginn ein Bild nach links</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="216"/>
        <source>Nudge Onset Right</source>
        <translation>Beginn ein Bild nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="218"/>
        <source>Nudge Offset Left</source>
        <translation>Ende ein Bild nach links</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="220"/>
        <source>Nudge Offset Right</source>
        <translation>Ende ein Bild nach rechts</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="223"/>
        <source>Seizure &amp;Type…</source>
        <translation>Anfalls&amp;typ…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="227"/>
        <source>Seizure Type</source>
        <translation>Anfallstyp</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="227"/>
        <source>Seizure type (e.g. FIAS, GTCS):</source>
        <translation>Anfallstyp (z. B. FIAS, GTCS):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="231"/>
        <source>&amp;Delete Event</source>
        <translation>Ereignis &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="234"/>
        <source>Deselect Event</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="247"/>
        <source>No event after this frame.</source>
        <translation>Kein Ereignis nach diesem Bild.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="247"/>
        <source>No event before this frame.</source>
        <translation>Kein Ereignis vor diesem Bild.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="262"/>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="264"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="268"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="268"/>
        <source>Prodrome projects (*.prodrome)</source>
        <translation>Prodrome-Projekte (*.prodrome)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="275"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="276"/>
        <source>Prodrome projects (*.prodrome *.sqlite *.db);;All files (*)</source>
        <translation>Prodrome-Projekte (*.prodrome *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="282"/>
        <source>New Subject</source>
        <translation>Neuer Proband</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="287"/>
        <source>Cannot add subject</source>
        <translation>Proband kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowMenus.cpp" line="298"/>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Cannot open video</source>
        <translation>Video kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="310"/>
        <source>Frame %1 / %2  ·  %3</source>
        <translation>Bild %1 / %2  ·  %3</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="24"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="26"/>
        <location filename="../ui/MainWindowAnnotation.cpp" line="48"/>
        <source>Open a project to annotate.</source>
        <translation>Öffnen Sie ein Projekt, um zu annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindowAnnotation.cpp" line="67"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ProjectTreeDock</name>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="22"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="25"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="79"/>
        <source>Subjects</source>
        <translation>Probanden</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="82"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="82"/>
        <source>rodent</source>
        <translation>Nager</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="90"/>
        <source>%1 frames · %2 fps</source>
        <translation>%1 Bilder · %2 fps</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="91"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="99"/>
        <source>Video missing: %1
Double-click or use File ▸ Re-link Recording… to locate it.</source>
        <translation>Video fehlt: %1
Doppelklicken oder Datei ▸ Aufnahme neu verknüpfen… verwenden, um es zu finden.</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="109"/>
        <source>Clip sets</source>
        <translation>Clip-Sätze</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProjectTreeDock.cpp" line="112"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="120"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="126"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/ProjectTreeDock.cpp" line="128"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="31"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="33"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="33"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::SubjectDialog</name>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="15"/>
        <source>New subject</source>
        <translation>Neuer Proband</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="19"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="22"/>
        <source>human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="19"/>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="23"/>
        <source>rodent</source>
        <translation>Nager</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="21"/>
        <source>e.g. P07 or R12</source>
        <translation>z. B. P07 oder R12</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="26"/>
        <source>Subject:</source>
        <translation>Proband:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="28"/>
        <source>Code:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/SubjectDialog.cpp" line="29"/>
        <source>Species:</source>
        <translation>Spezies:</translation>
    </message>
</context>
<context>
    <name>prodrome::ui::TimelineWidget</name>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="92"/>
        <source>Click to seek · wheel to zoom · Shift+wheel or drag to scroll · drag an event edge to move it</source>
        <translation>Klicken zum Springen · Mausrad zum Zoomen · Umschalt+Mausrad oder Ziehen zum Blättern · Ereigniskante ziehen zum Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="217"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="510"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="217"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="511"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="217"/>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="512"/>
        <source>Forecast</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="517"/>
        <source>No recording</source>
        <translation>Keine Aufnahme</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineWidget.cpp" line="661"/>
        <source>%1 · frame %2</source>
        <translation>%1 · Bild %2</translation>
    </message>
</context>
</TS>
