<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>无视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="32"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="33"/>
        <source>&amp;Open Video…</source>
        <translation>打开视频(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="34"/>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="35"/>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.ts *.m4v);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="43"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="50"/>
        <source>Next Frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="51"/>
        <source>Previous Frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="52"/>
        <source>Forward 1 Second</source>
        <translation>前进 1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="53"/>
        <source>Back 1 Second</source>
        <translation>后退 1 秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="54"/>
        <source>First Frame</source>
        <translation>第一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="58"/>
        <source>Last Frame</source>
        <translation>最后一帧</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="73"/>
        <source>Cannot open video</source>
        <translation>无法打开视频</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>%1 — Prodrome</source>
        <translation>%1 — Prodrome</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="112"/>
        <source>Frame %1 / %2  ·  %3</source>
        <translation>第 %1 / %2 帧  ·  %3</translation>
    </message>
</context>
</TS>
