<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewClaimCommand</name>
    <message>
        <source>Confirm Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Render one of Liaison&apos;s charts to a PNG, SVG or PDF file; the format follows the file&apos;s suffix.

Kinds:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart to draw (see Kinds above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (default: 1200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels (default: 750).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only relations dated from this day, month or year on (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only relations dated up to this day, month or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this relation type (e.g. acquired, invested_in, raised, hired); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status (e.g. completed, announced, talks); repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars kept by most-connected and talent-flow (default: 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli chart: --kind and -o are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers of pixels from 100 to 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --from date &apos;%1&apos; (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --to date &apos;%1&apos; (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown relation type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli chart: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli: cannot run &apos;%1&apos;: %2
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
    <message>
        <source>There is nothing to export in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be too large; choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for an image of this size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start an SVG drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ArticleListModel</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ArticlesView</name>
    <message>
        <source>Search the text of every article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Charts</name>
    <message>
        <source>No data for these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) without a date precise to the month are not shown.</source>
        <translation>
            <numerusform>%n deal without a date precise to the month is not shown.</numerusform>
            <numerusform>%n deals without a date precise to the month are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n most connected companies of %1.</source>
        <translation>
            <numerusform>The %n most connected company of %1.</numerusform>
            <numerusform>The %n most connected companies of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (millions, per currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One series per currency: amounts in different currencies are never added together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) without a date precise to the month are not shown.</source>
        <translation>
            <numerusform>%n amount without a date precise to the month is not shown.</numerusform>
            <numerusform>%n amounts without a date precise to the month are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n largest moves of %1.</source>
        <translation>
            <numerusform>The %n largest move of %1.</numerusform>
            <numerusform>The %n largest moves of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hire(s) with no known previous employer are not shown.</source>
        <translation>
            <numerusform>%n hire with no known previous employer is not shown.</numerusform>
            <numerusform>%n hires with no known previous employer are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connected companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money moved by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many relations of each type the database holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisitions, investments, funding rounds and hires per month, stacked by type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies with the most relations to other entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts of acquisitions, investments and funding rounds per quarter, one series per currency (never summed across currencies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People moving between companies: who left where for where, from hiring and past-employment claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size must be between 1×1 and 20000×20000 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart format &apos;%1&apos; (use .png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::ChartsTab</name>
    <message>
        <source>C&amp;hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bars to keep, largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts follow the graph&apos;s filters: change them in the Graph tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to select the companies and people behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n graph filter(s) applied</source>
        <translation>
            <numerusform>%n graph filter applied</numerusform>
            <numerusform>%n graph filters applied</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>category, series</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entity behind this bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
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
    <message>
        <source>cannot recount the entities of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot repair %1 after an interrupted import: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot index the articles of %1 for search: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction was rolled back after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group of transactions to commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EntityBrief</name>
    <message>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relations found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief made by Liaison on %1 from the articles in its database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EntityListModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::EntityPane</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company or a person in the list or the graph to see who it bought, funded, hired or competes with, and the articles that say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>last mentioned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relations found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::GraphView</name>
    <message>
        <source>Relationship graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to fold the legend away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %n relation(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %n relation</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;%2 · %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talks, rumoured, expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed, announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, denied</source>
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
    <name>liaison::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n skipped as duplicate</source>
        <translation>
            <numerusform>%1, %n skipped as duplicate</numerusform>
            <numerusform>%1, %n skipped as duplicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n refused</source>
        <translation>
            <numerusform>%1, %n refused</numerusform>
            <numerusform>%1, %n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelled before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 and %3 new</source>
        <comment>files; entities and relations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped as duplicate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::Importer</name>
    <message>
        <source>no such file or directory</source>
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
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable folder (permission denied)</source>
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
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import after the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and articles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles (Ctrl+I); you can also drop files on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Explore who bought, funded, hired or competes with whom, from French and English news articles.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in a database you can open with Liaison or liaison-cli.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Liaison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/untitled.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample articles are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database first (File menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n article(s) imported</source>
        <translation>
            <numerusform>Import finished: %n article imported</numerusform>
            <numerusform>Import finished: %n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>articles · entities · relations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity behind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: selected %2; the %n entity(ies) behind the bar are listed under the chart</source>
        <translation>
            <numerusform>%1: selected %2; the %n entity behind the bar is listed under the chart</numerusform>
            <numerusform>%1: selected %2; the %n entities behind the bar are listed under the chart</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entities and relations as GraphML, GEXF, DOT, JSON or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: no database is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format &apos;%2&apos; (graphml, gexf, dot, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 entities and %2 relations to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GEXF (*.gexf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::NetworkTab</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhood of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many relations away from the selected entity to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the graph filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;undated relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide relations stated by fewer articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;unconnected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Min. articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Filters (%n active)</source>
        <translation>
            <numerusform>&amp;Filters (%n active)</numerusform>
            <numerusform>&amp;Filters (%n active)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>nodes · relations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n relation(s) shown</source>
        <translation>
            <numerusform>%1 of %n relation shown</numerusform>
            <numerusform>%1 of %n relations shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The relationship graph appears here once articles are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relations known for this entity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a company or a person to see its neighbourhood, or show the whole graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities in view.</source>
        <translation>
            <numerusform>%n entities in view.</numerusform>
            <numerusform>%n entities in view.</numerusform>
        </translation>
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
    <message>
        <source>PDF support is not installed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison will speak this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <comment>megabytes, after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger files are refused when importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database Liaison opens when none is named and the last one used is gone. Leave empty for the standard place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Largest file to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the current chart, graph view or entity brief (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Entity &amp;Brief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page brief on the selected company or person, with its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current chart or graph view as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print and Export the &amp;Whole Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When checked, the graph is printed and exported whole, not as the view shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print: select an entity or show a chart or a graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent “%1” to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing “%1” failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a chart or the graph to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view is %1 × %2 pixels. Scale the image by (2 gives %3 × %4 pixels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison exports views as .png, .svg or .pdf files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::PrintSource</name>
    <message>
        <source>Relationship graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship graph (view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Liaison, %2</source>
        <comment>title — Liaison, date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::RelationSentences</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and holdings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invested in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>role of company</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competes with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>relation (status)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>relation — status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::WelcomeView</name>
    <message>
        <source>Drop French or English articles here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, Markdown, HTML, PDF, Word and OpenDocument files, or whole folders of them. Liaison reads them and finds the companies, people and products they name, and who bought, funded, hired or competes with whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Sample Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::cli</name>
    <message>
        <source>Write what a Liaison database holds to a file.
json: one object with articles (metadata), entities, relations and claims.
csv: the relations go to FILE and the entities to FILE with &apos;-entities&apos; before its suffix
(-o graph.csv writes graph.csv and graph-entities.csv).
graphml, gexf, dot: the relationship graph for Gephi, Cytoscape or Graphviz, one node per entity.
-o - writes JSON to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json, csv, graphml, gexf or dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli export: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli export: --format and -o are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli export: unsupported format &apos;%1&apos; (json, csv, graphml, gexf or dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli export: csv writes two files and needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli export: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads articles and prints the entities and relations they state, one JSON object per file (JSON Lines), in input order. Writes nothing to any database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON Lines (the default and only format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the articles: fr or en (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles to read (.txt, .md, .html, .pdf, .docx, .odt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli extract: --language must be fr or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli extract: no input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import articles (files and folders, recursively) into a Liaison database.
Exit status: 0 when every file was imported or skipped as a duplicate, 1 when a file was refused
(one &apos;PATH: reason&apos; line per refused file on stderr) or the database cannot be opened, 2 on usage errors.
--json prints {imported, duplicates, refused, articles, entities, relations, claims, seconds}: articles to claims count what the database holds afterwards; refused_files lists the refusals and added what this import created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading and extraction threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes (default: 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE_OR_DIR...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli import: no file or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli import: --threads needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli import: --max-size needs a positive number of megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 refused in %4 s; the database holds %5 articles, %6 entities, %7 relations, %8 claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; every article stored is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what a Liaison database holds: articles, entities by type, relations by type, claims.
--json prints {articles, entities, entities_by_type, relations, relations_by_type, claims, claims_by_review, schema_version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the counts as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli stats: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli stats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files read at once, on that many threads (default: one per core). The output order stays the input order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liaison-cli extract: --jobs must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>liaison::modules</name>
    <message>
        <source>%1 is in none of %2</source>
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
    <message>
        <source>Articles to import into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
