<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>store_settings</name>
    <message>
        <source>{label} cannot be set to {value!r}</source>
        <translation>{label} kann nicht auf {value!r} gesetzt werden</translation>
    </message>
    <message>
        <source>{label} takes a whole number; got {text!r}</source>
        <translation>{label} erwartet eine ganze Zahl; erhalten: {text!r}</translation>
    </message>
    <message>
        <source>No file {path}: choose the logo again.</source>
        <translation>Keine Datei {path}: Wählen Sie das Logo erneut aus.</translation>
    </message>
    <message>
        <source>{path} is a folder; the logo is a PNG or JPEG file</source>
        <translation>{path} ist ein Ordner; das Logo ist eine PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} has {size} MB; a logo may have at most {maximum} MB</source>
        <translation>{name} hat {size} MB; ein Logo darf höchstens {maximum} MB haben</translation>
    </message>
    <message>
        <source>{name} is not a PNG or JPEG image; the logo must be one</source>
        <translation>{name} ist kein PNG- oder JPEG-Bild; das Logo muss eines sein</translation>
    </message>
    <message>
        <source>Company logo for reports</source>
        <translation>Firmenlogo für Berichte</translation>
    </message>
</context>
</TS>
