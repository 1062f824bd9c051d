<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln country(ies)</source>
        <translation>
            <numerusform>%Ln country</numerusform>
            <numerusform>%Ln countries</numerusform>
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
        <source>%Ln plan(s)</source>
        <translation>
            <numerusform>%Ln plan</numerusform>
            <numerusform>%Ln plans</numerusform>
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
        <source>%Ln follow-up item(s)</source>
        <translation>
            <numerusform>%Ln follow-up item</numerusform>
            <numerusform>%Ln follow-up items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln programme(s)</source>
        <extracomment>Each kind&apos;s count in words, in any language (said_n: lupdate reads each one).</extracomment>
        <translation>
            <numerusform>%Ln programme</numerusform>
            <numerusform>%Ln programmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserve(s)</source>
        <translation>
            <numerusform>%Ln reserve</numerusform>
            <numerusform>%Ln reserves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s)</source>
        <translation>
            <numerusform>%Ln zone</numerusform>
            <numerusform>%Ln zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [action&apos;s zone|actions&apos; zones]</source>
        <translation>
            <numerusform>%Ln action&apos;s zone</numerusform>
            <numerusform>%Ln actions&apos; zones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action plan(s)</source>
        <translation>
            <numerusform>%Ln action plan</numerusform>
            <numerusform>%Ln action plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participation summary(ies)</source>
        <translation>
            <numerusform>%Ln participation summary</numerusform>
            <numerusform>%Ln participation summaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training evaluation(s)</source>
        <translation>
            <numerusform>%Ln training evaluation</numerusform>
            <numerusform>%Ln training evaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-assessment(s)</source>
        <translation>
            <numerusform>%Ln self-assessment</numerusform>
            <numerusform>%Ln self-assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment answer(s)</source>
        <translation>
            <numerusform>%Ln assessment answer</numerusform>
            <numerusform>%Ln assessment answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good practice(s)</source>
        <translation>
            <numerusform>%Ln good practice</numerusform>
            <numerusform>%Ln good practices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s action|good practices&apos; actions]</source>
        <translation>
            <numerusform>%Ln good practice&apos;s action</numerusform>
            <numerusform>%Ln good practices&apos; actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln [good practice&apos;s observation|good practices&apos; observations]</source>
        <translation>
            <numerusform>%Ln good practice&apos;s observation</numerusform>
            <numerusform>%Ln good practices&apos; observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln attachment</numerusform>
            <numerusform>%Ln attachments</numerusform>
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
        <source>Delete %Ln observation(s)</source>
        <translation>
            <numerusform>Delete %Ln observation</numerusform>
            <numerusform>Delete %Ln observations</numerusform>
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
    <message numerus="yes">
        <source>Delete %Ln observation(s)?</source>
        <translation>
            <numerusform>Delete %Ln observation?</numerusform>
            <numerusform>Delete %Ln observations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %Ln observation(s) evidence of:</source>
        <translation>
            <numerusform>Make %Ln observation evidence of:</numerusform>
            <numerusform>Make %Ln observations evidence of:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) linked to “{title}”</source>
        <translation>
            <numerusform>%Ln observation linked to “{title}”</numerusform>
            <numerusform>%Ln observations linked to “{title}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln of evidence in all).</source>
        <translation>
            <numerusform>(%Ln of evidence in all).</numerusform>
            <numerusform>(%Ln of evidence in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln action written to {path}.</numerusform>
            <numerusform>%Ln actions written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln answer written to {path}.</numerusform>
            <numerusform>%Ln answers written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) written to {path}</source>
        <translation>
            <numerusform>%Ln action written to {path}</numerusform>
            <numerusform>%Ln actions written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) written to {path}</source>
        <translation>
            <numerusform>%Ln answer written to {path}</numerusform>
            <numerusform>%Ln answers written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: the report is incomplete (%Ln gap(s)):</source>
        <translation>
            <numerusform>Note: the report is incomplete (%Ln gap):</numerusform>
            <numerusform>Note: the report is incomplete (%Ln gaps):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln observation written to {path}.</numerusform>
            <numerusform>%Ln observations written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dashboard (%Ln panel(s)) written to {path}</source>
        <translation>
            <numerusform>Dashboard (%Ln panel) written to {path}</numerusform>
            <numerusform>Dashboard (%Ln panels) written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}</source>
        <translation>
            <numerusform>%Ln zone written to {path}</numerusform>
            <numerusform>%Ln zones written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln zone(s) written to {path}.</source>
        <translation>
            <numerusform>%Ln zone written to {path}.</numerusform>
            <numerusform>%Ln zones written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and its %Ln action(s)</source>
        <translation>
            <numerusform> and its %Ln action</numerusform>
            <numerusform> and its %Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) not applying</source>
        <translation>
            <numerusform>%Ln question not applying</numerusform>
            <numerusform>%Ln questions not applying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, skip %Ln</source>
        <translation>
            <numerusform>, skip %Ln</numerusform>
            <numerusform>, skip %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Import %Ln row</numerusform>
            <numerusform>Import %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) recorded in another zone than the map&apos;s (kept as recorded).</source>
        <translation>
            <numerusform>%Ln observation recorded in another zone than the map&apos;s (kept as recorded).</numerusform>
            <numerusform>%Ln observations recorded in another zone than the map&apos;s (kept as recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>WARNING: %Ln row(s) [lies|lie] more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</source>
        <translation>
            <numerusform>WARNING: %Ln row lies more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</numerusform>
            <numerusform>WARNING: %Ln rows lie more than {km} km outside the reserve&apos;s zones (the first, row {row}, at latitude {lat:g}, longitude {lon:g}{swapped}); they are imported as read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) from the archive&apos;s media folder attached to their observations</source>
        <translation>
            <numerusform>%Ln photo from the archive&apos;s media folder attached to their observations</numerusform>
            <numerusform>%Ln photos from the archive&apos;s media folder attached to their observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln polygon(s)</source>
        <translation>
            <numerusform>%Ln polygon</numerusform>
            <numerusform>%Ln polygons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in brdesk (imported before)</source>
        <translation>
            <numerusform>%Ln already in brdesk (imported before)</numerusform>
            <numerusform>%Ln already in brdesk (imported before)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln [record was|records were] edited on both laptops; the newer version of each was kept:</source>
        <translation>
            <numerusform>  %Ln record was edited on both laptops; the newer version of each was kept:</numerusform>
            <numerusform>  %Ln records were edited on both laptops; the newer version of each was kept:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: read as {format}; %Ln row(s).</source>
        <translation>
            <numerusform>{name}: read as {format}; %Ln row.</numerusform>
            <numerusform>{name}: read as {format}; %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more rejected row(s)</source>
        <translation>
            <numerusform>  ... and %Ln more rejected row</numerusform>
            <numerusform>  ... and %Ln more rejected rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln observation(s).</source>
        <translation>
            <numerusform>Imported %Ln observation.</numerusform>
            <numerusform>Imported %Ln observations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln zone(s) would replace the zones.</source>
        <translation>
            <numerusform>Dry run: %Ln zone would replace the zones.</numerusform>
            <numerusform>Dry run: %Ln zones would replace the zones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ring(s) did not end where [it|they] started; each was closed by joining its last corner to its first.</source>
        <translation>
            <numerusform>%Ln ring did not end where it started; each was closed by joining its last corner to its first.</numerusform>
            <numerusform>%Ln rings did not end where they started; each was closed by joining its last corner to its first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln {kind} feature(s) left out: zones are polygons.</source>
        <translation>
            <numerusform>%Ln {kind} feature left out: zones are polygons.</numerusform>
            <numerusform>%Ln {kind} features left out: zones are polygons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The upgrade would leave %n broken link(s) (first: {first}); nothing was changed.</source>
        <translation>
            <numerusform>The upgrade would leave %n broken link (first: {first}); nothing was changed.</numerusform>
            <numerusform>The upgrade would leave %n broken links (first: {first}); nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort package of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Cohort package of %Ln participant written to {out}</numerusform>
            <numerusform>Cohort package of %Ln participants written to {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up list of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Follow-up list of %Ln participant written to {out}</numerusform>
            <numerusform>Follow-up list of %Ln participants written to {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort report of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Cohort report of %Ln participant written to {out}</numerusform>
            <numerusform>Cohort report of %Ln participants written to {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cohort workbook of %Ln participant(s) written to {out}</source>
        <translation>
            <numerusform>Cohort workbook of %Ln participant written to {out}</numerusform>
            <numerusform>Cohort workbook of %Ln participants written to {out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more broken link(s).</source>
        <translation>
            <numerusform>... and %Ln more broken link.</numerusform>
            <numerusform>... and %Ln more broken links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) without coordinates [was|were] left out.</source>
        <translation>
            <numerusform>%Ln observation without coordinates was left out.</numerusform>
            <numerusform>%Ln observations without coordinates were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln observation(s) not of species [was|were] left out.</source>
        <translation>
            <numerusform>%Ln observation not of species was left out.</numerusform>
            <numerusform>%Ln observations not of species were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln species record(s) [was|were] left out (export them as occurrences).</source>
        <translation>
            <numerusform>%Ln species record was left out (export them as occurrences).</numerusform>
            <numerusform>%Ln species records were left out (export them as occurrences).</numerusform>
        </translation>
    </message>
</context>
</TS>
