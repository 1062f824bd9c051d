<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name />
        <message numerus="yes">
            <source>%Ln participant(s)</source>
            <translation>
                <numerusform>%Ln participant</numerusform>
                <numerusform>%Ln participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln value(s) not saved (marked in red)</source>
            <translation>
                <numerusform>%Ln value not saved (marked in red)</numerusform>
                <numerusform>%Ln values not saved (marked in red)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln objective(s)</source>
            <translation>
                <numerusform>%Ln objective</numerusform>
                <numerusform>%Ln objectives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln action(s)</source>
            <translation>
                <numerusform>%Ln action</numerusform>
                <numerusform>%Ln actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s)</source>
            <translation>
                <numerusform>%Ln observation</numerusform>
                <numerusform>%Ln observations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln action(s)&lt;/b&gt; serve %1 of 17 SDGs and %2 of 23 GBF targets.</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln action&lt;/b&gt; serves %1 of 17 SDGs and %2 of 23 GBF targets.</numerusform>
                <numerusform>&lt;b&gt;%Ln actions&lt;/b&gt; serve %1 of 17 SDGs and %2 of 23 GBF targets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln action(s) shown</source>
            <translation>
                <numerusform>%1 of %Ln action shown</numerusform>
                <numerusform>%1 of %Ln actions shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s) match the filter.</source>
            <translation>
                <numerusform>%Ln observation matches the filter.</numerusform>
                <numerusform>%Ln observations match the filter.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln observation(s).</source>
            <translation>
                <numerusform>%Ln observation.</numerusform>
                <numerusform>%Ln observations.</numerusform>
            </translation>
        </message>
    </context>
</TS>
