<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>prodrome::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="20"/>
        <source>Prodrome</source>
        <translation>Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="23"/>
        <location filename="../ui/MainWindow.cpp" line="102"/>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>&amp;Open Video…</source>
        <translation>Video ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34"/>
        <source>Open Video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Next Frame</source>
        <translation>Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Previous Frame</source>
        <translation>Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Forward 1 Second</source>
        <translation>1 Sekunde vor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Back 1 Second</source>
        <translation>1 Sekunde zurück</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>First Frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Last Frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Cannot open video</source>
        <translation>Video kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>%1 — Prodrome</source>
        <translation>%1 — Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Frame %1 / %2  ·  %3</source>
        <translation>Bild %1 / %2  ·  %3</translation>
    </message>
</context>
</TS>
