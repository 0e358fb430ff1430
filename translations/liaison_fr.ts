<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cli</name>
    <message>
        <source>Usage: liaison-cli COMMAND [OPTIONS]

Commands:
  extract   read articles and print what they say, as JSON Lines
  import    import articles into a database
  stats     count what a database holds
  export    write the graph or the data to a file
  chart     render a chart to PNG, SVG or PDF

Run &apos;liaison-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison</name>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format (no file extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported format (.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large (%1 MB, limit %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language not supported (looks like %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable file (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL databases are not supported by this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Liaison (schema %2, this build reads up to %3); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::HtmlLoader</name>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company or a person to see its relations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Liaison&lt;/b&gt; %1&lt;br&gt;Explore who bought, funded, hired or competes with whom, from French and English news.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::OfficeLoader</name>
    <message>
        <source>corrupt document (not a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt document (no word/document.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt document (no content.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip bomb (unpacks to more than %1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::PdfLoader</name>
    <message>
        <source>corrupt PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore tech-industry relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
