<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Labels</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation>rumeur</translation>
    </message>
    <message>
        <source>in talks</source>
        <translation>en discussions</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>conclu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>démenti</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>ReviewClaimCommand</name>
    <message>
        <source>Confirm Claim</source>
        <translation>Confirmer l’affirmation</translation>
    </message>
    <message>
        <source>Reject Claim</source>
        <translation>Rejeter l’affirmation</translation>
    </message>
    <message>
        <source>Clear Review</source>
        <translation>Effacer la vérification</translation>
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
        <translation>Utilisation&#xa0;: liaison-cli COMMANDE [OPTIONS]

Commandes&#xa0;:
  extract   lire des articles et afficher ce qu’ils disent, au format JSON Lines
  import    importer des articles dans une base de données
  stats     compter ce que contient une base de données
  export    écrire le graphe ou les données dans un fichier
  chart     produire un graphique au format PNG, SVG ou PDF

Lancez «&#xa0;liaison-cli COMMANDE --help&#xa0;» pour connaître les options d’une commande.
</translation>
    </message>
    <message>
        <source>liaison-cli: unknown command &apos;%1&apos;
</source>
        <translation>liaison-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <source>Render one of Liaison&apos;s charts to a PNG, SVG or PDF file; the format follows the file&apos;s suffix.

Kinds:
</source>
        <translation>Produit l’un des graphiques de Liaison dans un fichier PNG, SVG ou PDF&#x202f;; le format dépend du suffixe du fichier.

Types de graphiques&#xa0;:
</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>The chart to draw (see Kinds above).</source>
        <translation>Le graphique à produire (voir Types de graphiques ci-dessus).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>GRAPHIQUE</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Le fichier à écrire&#xa0;: .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Width in pixels (default: 1200).</source>
        <translation>Largeur en pixels (par défaut&#xa0;: 1200).</translation>
    </message>
    <message>
        <source>W</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Height in pixels (default: 750).</source>
        <translation>Hauteur en pixels (par défaut&#xa0;: 750).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Only relations dated from this day, month or year on (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>Uniquement les relations datées à partir de ce jour, de ce mois ou de cette année (AAAA, AAAA-MM ou AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only relations dated up to this day, month or year.</source>
        <translation>Uniquement les relations datées jusqu’à ce jour, ce mois ou cette année.</translation>
    </message>
    <message>
        <source>Only this relation type (e.g. acquired, invested_in, raised, hired); repeat for several.</source>
        <translation>Uniquement ce type de relation (par ex. acquired, invested_in, raised, hired)&#x202f;; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only this status (e.g. completed, announced, talks); repeat for several.</source>
        <translation>Uniquement ce statut (par ex. completed, announced, talks)&#x202f;; à répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Bars kept by most-connected and talent-flow (default: 15).</source>
        <translation>Nombre de barres conservées dans les graphiques most-connected et talent-flow (par défaut&#xa0;: 15).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>liaison-cli chart: %1</source>
        <translation>liaison-cli chart&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>liaison-cli chart: --kind and -o are required</source>
        <translation>liaison-cli chart&#xa0;: --kind et -o sont obligatoires</translation>
    </message>
    <message>
        <source>unknown chart kind &apos;%1&apos; (%2)</source>
        <translation>type de graphique inconnu «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf</source>
        <translation>%1&#xa0;: le nom du fichier doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>--width and --height must be whole numbers of pixels from 100 to 20000</source>
        <translation>--width et --height doivent être des nombres entiers de pixels compris entre 100 et 20&#x202f;000</translation>
    </message>
    <message>
        <source>--top must be a positive whole number</source>
        <translation>--top doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>invalid --from date &apos;%1&apos; (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>date --from non valide «&#xa0;%1&#xa0;» (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>invalid --to date &apos;%1&apos; (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>date --to non valide «&#xa0;%1&#xa0;» (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>la date --from est postérieure à la date --to</translation>
    </message>
    <message>
        <source>unknown relation type &apos;%1&apos;</source>
        <translation>type de relation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>liaison-cli chart: %1: %2</source>
        <translation>liaison-cli chart&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>liaison-cli: cannot run &apos;%1&apos;: %2
</source>
        <translation>liaison-cli&#xa0;: impossible d’exécuter «&#xa0;%1&#xa0;»&#xa0;: %2
</translation>
    </message>
</context>
<context>
    <name>liaison</name>
    <message>
        <source>database error: %1</source>
        <translation>erreur de base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>fichier binaire (contient des octets NUL)</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>fichier binaire</translation>
    </message>
    <message>
        <source>unsupported format (no file extension)</source>
        <translation>format non pris en charge (pas d’extension de fichier)</translation>
    </message>
    <message>
        <source>unsupported format (.%1)</source>
        <translation>format non pris en charge (.%1)</translation>
    </message>
    <message>
        <source>file too large (%1 MB, limit %2 MB)</source>
        <translation>fichier trop volumineux (%1&#xa0;Mo, limite&#xa0;: %2&#xa0;Mo)</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>aucun texte trouvé</translation>
    </message>
    <message>
        <source>language not supported (looks like %1)</source>
        <translation>langue non prise en charge (détectée&#xa0;: %1)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>unreadable file (permission denied)</source>
        <translation>fichier illisible (permission refusée)</translation>
    </message>
    <message>
        <source>unreadable file</source>
        <translation>fichier illisible</translation>
    </message>
    <message>
        <source>There is nothing to export in this view.</source>
        <translation>Il n’y a rien à exporter dans cette vue.</translation>
    </message>
    <message>
        <source>The image would be too large; choose a smaller scale.</source>
        <translation>L’image serait trop grande&#x202f;; choisissez une échelle plus petite.</translation>
    </message>
    <message>
        <source>Not enough memory for an image of this size.</source>
        <translation>Mémoire insuffisante pour une image de cette taille.</translation>
    </message>
    <message>
        <source>Made by Liaison</source>
        <translation>Créé avec Liaison</translation>
    </message>
    <message>
        <source>Cannot start an SVG drawing.</source>
        <translation>Impossible de créer un dessin SVG.</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>Cannot start a PDF document.</source>
        <translation>Impossible de créer un document PDF.</translation>
    </message>
</context>
<context>
    <name>liaison::ArticleListModel</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>liaison::ArticlesView</name>
    <message>
        <source>Search the text of every article…</source>
        <translation>Rechercher dans le texte de tous les articles…</translation>
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
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Charts</name>
    <message>
        <source>No data for these filters</source>
        <translation>Aucune donnée pour ces filtres</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Opérations</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) without a date precise to the month are not shown.</source>
        <translation>
            <numerusform>%n opération sans date précise au mois près n’est pas affichée.</numerusform>
            <numerusform>%n opérations sans date précise au mois près ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message numerus="yes">
        <source>The %n most connected companies of %1.</source>
        <translation>
            <numerusform>Entreprise la plus connectée&#xa0;: %n sur %1.</numerusform>
            <numerusform>Entreprises les plus connectées&#xa0;: %n sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Amount (millions, per currency)</source>
        <translation>Montant (millions, par devise)</translation>
    </message>
    <message>
        <source>unknown currency</source>
        <translation>devise inconnue</translation>
    </message>
    <message>
        <source>One series per currency: amounts in different currencies are never added together.</source>
        <translation>Une série par devise&#xa0;: les montants dans des devises différentes ne sont jamais additionnés.</translation>
    </message>
    <message numerus="yes">
        <source>%n amount(s) without a date precise to the month are not shown.</source>
        <translation>
            <numerusform>%n montant sans date précise au mois près n’est pas affiché.</numerusform>
            <numerusform>%n montants sans date précise au mois près ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Origine → destination</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n largest moves of %1.</source>
        <translation>
            <numerusform>Mouvement le plus important&#xa0;: %n sur %1.</numerusform>
            <numerusform>Mouvements les plus importants&#xa0;: %n sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hire(s) with no known previous employer are not shown.</source>
        <translation>
            <numerusform>%n recrutement sans employeur précédent connu n’est pas affiché.</numerusform>
            <numerusform>%n recrutements sans employeur précédent connu ne sont pas affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Rachats</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>Levées de fonds</translation>
    </message>
    <message>
        <source>Hires</source>
        <translation>Recrutements</translation>
    </message>
    <message>
        <source>Foundings</source>
        <translation>Créations d’entreprise</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Past employment</source>
        <translation>Emplois antérieurs</translation>
    </message>
    <message>
        <source>Competition</source>
        <translation>Concurrence</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilisations</translation>
    </message>
    <message>
        <source>Relations by type</source>
        <translation>Relations par type</translation>
    </message>
    <message>
        <source>Deals over time</source>
        <translation>Opérations dans le temps</translation>
    </message>
    <message>
        <source>Most connected companies</source>
        <translation>Entreprises les plus connectées</translation>
    </message>
    <message>
        <source>Money moved by quarter</source>
        <translation>Sommes engagées par trimestre</translation>
    </message>
    <message>
        <source>Talent flow</source>
        <translation>Flux de talents</translation>
    </message>
    <message>
        <source>How many relations of each type the database holds.</source>
        <translation>Nombre de relations de chaque type dans la base de données.</translation>
    </message>
    <message>
        <source>Acquisitions, investments, funding rounds and hires per month, stacked by type.</source>
        <translation>Rachats, investissements, levées de fonds et recrutements par mois, empilés par type.</translation>
    </message>
    <message>
        <source>The companies with the most relations to other entities.</source>
        <translation>Les entreprises ayant le plus de relations avec d’autres entités.</translation>
    </message>
    <message>
        <source>Amounts of acquisitions, investments and funding rounds per quarter, one series per currency (never summed across currencies).</source>
        <translation>Montants des rachats, investissements et levées de fonds par trimestre, une série par devise (jamais additionnés d’une devise à l’autre).</translation>
    </message>
    <message>
        <source>People moving between companies: who left where for where, from hiring and past-employment claims.</source>
        <translation>Les personnes qui passent d’une entreprise à l’autre&#xa0;: qui a quitté quelle entreprise pour laquelle, d’après les affirmations de recrutement et d’emploi antérieur.</translation>
    </message>
    <message>
        <source>the size must be between 1×1 and 20000×20000 pixels</source>
        <translation>la taille doit être comprise entre 1×1 et 20&#x202f;000×20&#x202f;000 pixels</translation>
    </message>
    <message>
        <source>unknown chart format &apos;%1&apos; (use .png, .svg or .pdf)</source>
        <translation>format de graphique inconnu «&#xa0;%1&#xa0;» (utilisez .png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>the chart could not be drawn</source>
        <translation>le graphique n’a pas pu être dessiné</translation>
    </message>
</context>
<context>
    <name>liaison::ChartsTab</name>
    <message>
        <source>C&amp;hart:</source>
        <translation>Gra&amp;phique&#xa0;:</translation>
    </message>
    <message>
        <source>How many bars to keep, largest first</source>
        <translation>Nombre de barres à conserver, les plus grandes d’abord</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>Ba&amp;rres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Filters…</source>
        <translation>&amp;Filtres…</translation>
    </message>
    <message>
        <source>Charts follow the graph&apos;s filters: change them in the Graph tab</source>
        <translation>Les graphiques suivent les filtres du graphe&#xa0;: modifiez-les dans l’onglet Graphe</translation>
    </message>
    <message>
        <source>Click a bar to select the companies and people behind it.</source>
        <translation>Cliquez sur une barre pour sélectionner les entreprises et les personnes qui la composent.</translation>
    </message>
    <message>
        <source>All relations</source>
        <translation>Toutes les relations</translation>
    </message>
    <message numerus="yes">
        <source>%n graph filter(s) applied</source>
        <translation>
            <numerusform>%n filtre du graphe appliqué</numerusform>
            <numerusform>%n filtres du graphe appliqués</numerusform>
        </translation>
    </message>
    <message>
        <source>The chart could not be read: %1</source>
        <translation>Le graphique n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>category, series</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no entity behind this bar.</source>
        <translation>aucune entité ne correspond à cette barre.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::Database</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database; it was left untouched</source>
        <translation>%1 n’est pas une base de données SQLite&#x202f;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation>aucun chemin de base de données indiqué</translation>
    </message>
    <message>
        <source>PostgreSQL databases are not supported by this build yet</source>
        <translation>les bases de données PostgreSQL ne sont pas encore prises en charge par cette version</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database</source>
        <translation>%1 est un dossier, pas une base de données</translation>
    </message>
    <message>
        <source>database %1 does not exist</source>
        <translation>la base de données %1 n’existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database (%2); it was left untouched</source>
        <translation>%1 n’est pas une base de données SQLite lisible (%2)&#x202f;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left untouched</source>
        <translation>%1 est une base de données SQLite d’une autre application&#x202f;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Liaison (schema %2, this build reads up to %3); it was left untouched</source>
        <translation>%1 a été créé par une version plus récente de Liaison (schéma %2, cette version lit jusqu’au schéma %3)&#x202f;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>impossible de configurer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>échec de la migration vers le schéma %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot recount the entities of %1: %2</source>
        <translation>impossible de recompter les entités de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot repair %1 after an interrupted import: %2</source>
        <translation>impossible de réparer %1 après une importation interrompue : %2</translation>
    </message>
    <message>
        <source>cannot index the articles of %1 for search: %2</source>
        <translation>impossible d’indexer pour la recherche les articles de %1 : %2</translation>
    </message>
    <message>
        <source>the transaction was rolled back after an error</source>
        <translation>la transaction a été annulée après une erreur</translation>
    </message>
    <message>
        <source>a transaction is already open</source>
        <translation>une transaction est déjà ouverte</translation>
    </message>
    <message>
        <source>no group of transactions to commit</source>
        <translation>aucun groupe de transactions à valider</translation>
    </message>
</context>
<context>
    <name>liaison::EntityBrief</name>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
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
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>No relations found yet.</source>
        <translation>Aucune relation trouvée pour l’instant.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Brief made by Liaison on %1 from the articles in its database.</source>
        <translation>Fiche établie par Liaison le %1 à partir des articles de sa base de données.</translation>
    </message>
</context>
<context>
    <name>liaison::EntityListModel</name>
    <message>
        <source>Also known as: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière mention</translation>
    </message>
</context>
<context>
    <name>liaison::EntityPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a company or a person in the list or the graph to see who it bought, funded, hired or competes with, and the articles that say so.</source>
        <translation>Sélectionnez une entreprise ou une personne dans la liste ou le graphe pour voir qui elle a racheté, financé, recruté ou concurrence, ainsi que les articles qui l’affirment.</translation>
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
        <translation>dernière mention le %1</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>No relations found yet.</source>
        <translation>Aucune relation trouvée pour l’instant.</translation>
    </message>
    <message>
        <source>Hide the evidence</source>
        <translation>Masquer les phrases sources</translation>
    </message>
    <message>
        <source>Show the evidence</source>
        <translation>Afficher les phrases sources</translation>
    </message>
    <message>
        <source>hide evidence</source>
        <translation>masquer les sources</translation>
    </message>
    <message>
        <source>show evidence</source>
        <translation>afficher les sources</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>confiance&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Clear review</source>
        <translation>Effacer la vérification</translation>
    </message>
</context>
<context>
    <name>liaison::GraphView</name>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>Legend ▸</source>
        <translation>Légende ▸</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Afficher la légende</translation>
    </message>
    <message>
        <source>Click to fold the legend away</source>
        <translation>Cliquez pour replier la légende</translation>
    </message>
    <message>
        <source>%1 % stake</source>
        <translation>participation de %1&#xa0;%</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 &lt;b&gt;%3&lt;/b&gt;</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>acquired</source>
        <translation>a racheté</translation>
    </message>
    <message>
        <source>invested in</source>
        <translation>a investi dans</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>a levé des fonds</translation>
    </message>
    <message>
        <source>hired</source>
        <translation>a recruté</translation>
    </message>
    <message>
        <source>founded</source>
        <translation>a fondé</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>dirige</translation>
    </message>
    <message>
        <source>worked at</source>
        <translation>a travaillé chez</translation>
    </message>
    <message>
        <source>competes with</source>
        <translation>concurrent de</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>partenaire de</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>possède</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>utilise</translation>
    </message>
    <message>
        <source>rumoured</source>
        <translation>rumeur</translation>
    </message>
    <message>
        <source>in talks</source>
        <translation>en discussions</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>annoncé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>conclu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>démenti</translation>
    </message>
    <message>
        <source>talks, rumoured, expected</source>
        <translation>en discussions, rumeur, attendu</translation>
    </message>
    <message>
        <source>completed, announced</source>
        <translation>conclu, annoncé</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>failed, denied</source>
        <translation>échoué, démenti</translation>
    </message>
</context>
<context>
    <name>liaison::HtmlLoader</name>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation>fichier binaire (contient des octets NUL)</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>aucun texte trouvé</translation>
    </message>
</context>
<context>
    <name>liaison::ImportSummaryDialog</name>
    <message>
        <source>Import Summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n skipped as duplicate</source>
        <translation>
            <numerusform>%1, %n ignoré (doublon)</numerusform>
            <numerusform>%1, %n ignorés (doublons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n refused</source>
        <translation>
            <numerusform>%1, %n refusé</numerusform>
            <numerusform>%1, %n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — cancelled before the end</source>
        <translation>%1 — annulé avant la fin</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1; %2 and %3 new</source>
        <comment>files; entities and relations</comment>
        <translation>%1&#x202f;; %2 et %3 ajoutées</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refusés (%1)</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importés (%1)</translation>
    </message>
    <message>
        <source>Skipped as duplicate (%1)</source>
        <translation>Ignorés car doublons (%1)</translation>
    </message>
    <message>
        <source>already in the database</source>
        <translation>déjà dans la base de données</translation>
    </message>
</context>
<context>
    <name>liaison::Importer</name>
    <message>
        <source>no such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>unsupported format (no file extension)</source>
        <translation>format non pris en charge (pas d’extension de fichier)</translation>
    </message>
    <message>
        <source>unsupported format (.%1)</source>
        <translation>format non pris en charge (.%1)</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unreadable folder (permission denied)</source>
        <translation>dossier illisible (permission refusée)</translation>
    </message>
</context>
<context>
    <name>liaison::MainWindow</name>
    <message>
        <source>Liaison</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Liaison</source>
        <translation>À &amp;propos de Liaison</translation>
    </message>
    <message>
        <source>About Liaison</source>
        <translation>À propos de Liaison</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import after the current file</source>
        <translation>Arrêter l’importation après le fichier en cours</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search names and articles (Ctrl+F)</source>
        <translation>Rechercher dans les noms et les articles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>&amp;Graphe</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Grap&amp;hiques</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>Ar&amp;ticles</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import articles (Ctrl+I); you can also drop files on the window</source>
        <translation>Importer des articles (Ctrl+I)&#x202f;; vous pouvez aussi déposer des fichiers sur la fenêtre</translation>
    </message>
    <message>
        <source>Load &amp;Sample Articles</source>
        <translation>Charger les articles d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Entity &amp;List</source>
        <translation>&amp;Liste des entités</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Explore who bought, funded, hired or competes with whom, from French and English news articles.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in a database you can open with Liaison or liaison-cli.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Liaison %1&lt;/h3&gt;&lt;p&gt;Découvrez qui a racheté, financé, recruté qui, ou qui est en concurrence avec qui, à partir d’articles de presse en français et en anglais.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur, dans une base de données que vous pouvez ouvrir avec Liaison ou liaison-cli.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Liaison cannot open the database %1.</source>
        <translation>Liaison ne peut pas ouvrir la base de données %1.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>%1 — Liaison</source>
        <translation>%1 — Liaison</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>/untitled.sqlite</source>
        <translation>/sans-titre.sqlite</translation>
    </message>
    <message>
        <source>Liaison databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Liaison (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Articles (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The sample articles are missing from this build.</source>
        <translation>Les articles d’exemple sont absents de cette version.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open or create a database first (File menu).</source>
        <translation>Ouvrez ou créez d’abord une base de données (menu Fichier).</translation>
    </message>
    <message>
        <source>An import is already running; drop the files again when it ends.</source>
        <translation>Une importation est déjà en cours&#x202f;; déposez à nouveau les fichiers quand elle sera terminée.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n article(s) imported</source>
        <translation>
            <numerusform>Importation terminée&#xa0;: %n article importé</numerusform>
            <numerusform>Importation terminée&#xa0;: %n articles importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affiché</numerusform>
            <numerusform>%n affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>articles · entities · relations</comment>
        <translation>%1 · %2 · %3</translation>
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
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
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
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>No entity behind “%1”</source>
        <translation>Aucune entité ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1: selected %2; the %n entity(ies) behind the bar are listed under the chart</source>
        <translation>
            <numerusform>%1&#xa0;: sélection de %2&#x202f;; %n entité correspondant à la barre est listée sous le graphique</numerusform>
            <numerusform>%1&#xa0;: sélection de %2&#x202f;; les %n entités correspondant à la barre sont listées sous le graphique</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>Save the entities and relations as GraphML, GEXF, DOT, JSON or CSV</source>
        <translation>Enregistrer les entités et les relations au format GraphML, GEXF, DOT, JSON ou CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: no database is open</source>
        <translation>Impossible d’exporter vers %1&#xa0;: aucune base de données n’est ouverte</translation>
    </message>
    <message>
        <source>Cannot export to %1: unknown format &apos;%2&apos; (graphml, gexf, dot, json or csv)</source>
        <translation>Impossible d’exporter vers %1&#xa0;: format «&#xa0;%2&#xa0;» inconnu (graphml, gexf, dot, json ou csv)</translation>
    </message>
    <message>
        <source>Exported %1 entities and %2 relations to %3</source>
        <translation>%1&#xa0;entités et %2&#xa0;relations exportées vers %3</translation>
    </message>
    <message>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>GEXF (*.gexf)</source>
        <translation>GEXF (*.gexf)</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot)</source>
        <translation>Graphviz DOT (*.dot)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation>Exportation annulée&#x202f;; %1 n’a pas été écrit</translation>
    </message>
</context>
<context>
    <name>liaison::NetworkTab</name>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood of the selection</source>
        <translation>&amp;Voisinage de la sélection</translation>
    </message>
    <message>
        <source>&amp;Whole graph</source>
        <translation>Graphe &amp;complet</translation>
    </message>
    <message>
        <source>How many relations away from the selected entity to show</source>
        <translation>Nombre de relations à parcourir depuis l’entité sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Hops:</source>
        <translation>&amp;Sauts&#xa0;:</translation>
    </message>
    <message>
        <source>Show or hide the graph filters</source>
        <translation>Afficher ou masquer les filtres du graphe</translation>
    </message>
    <message>
        <source>&amp;Relations</source>
        <translation>&amp;Relations</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>Keep &amp;undated relations</source>
        <translation>Garder les relations &amp;non datées</translation>
    </message>
    <message>
        <source>Hide relations stated by fewer articles</source>
        <translation>Masquer les relations mentionnées par moins d’articles</translation>
    </message>
    <message>
        <source>Hide &amp;unconnected entities</source>
        <translation>Masquer les entités &amp;isolées</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu’à&#xa0;:</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>&amp;Min. articles:</source>
        <translation>Articles &amp;min.&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Filters (%n active)</source>
        <translation>
            <numerusform>&amp;Filtres (%n actif)</numerusform>
            <numerusform>&amp;Filtres (%n actifs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>nodes · relations</comment>
        <translation>%1 · %2</translation>
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
            <numerusform>%1 sur %n relation affichée</numerusform>
            <numerusform>%1 sur %n relations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>The relationship graph appears here once articles are imported.</source>
        <translation>Le graphe des relations s’affichera ici une fois les articles importés.</translation>
    </message>
    <message>
        <source>No relations known for this entity yet.</source>
        <translation>Aucune relation connue pour cette entité pour l’instant.</translation>
    </message>
    <message>
        <source>Select a company or a person to see its neighbourhood, or show the whole graph.</source>
        <translation>Sélectionnez une entreprise ou une personne pour voir son voisinage, ou affichez le graphe complet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities in view.</source>
        <translation>
            <numerusform>%n entité affichée.</numerusform>
            <numerusform>%n entités affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>liaison::OfficeLoader</name>
    <message>
        <source>corrupt document (not a zip archive)</source>
        <translation>document corrompu (pas une archive zip)</translation>
    </message>
    <message>
        <source>corrupt document (no word/document.xml)</source>
        <translation>document corrompu (word/document.xml absent)</translation>
    </message>
    <message>
        <source>corrupt document (no content.xml)</source>
        <translation>document corrompu (content.xml absent)</translation>
    </message>
    <message>
        <source>corrupt document</source>
        <translation>document corrompu</translation>
    </message>
    <message>
        <source>zip bomb (unpacks to more than %1 MB)</source>
        <translation>bombe zip (plus de %1&#xa0;Mo une fois décompressé)</translation>
    </message>
</context>
<context>
    <name>liaison::PdfLoader</name>
    <message>
        <source>corrupt PDF</source>
        <translation>PDF corrompu</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF chiffré</translation>
    </message>
    <message>
        <source>PDF support is not installed (%1)</source>
        <translation>la prise en charge des PDF n’est pas installée (%1)</translation>
    </message>
</context>
<context>
    <name>liaison::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Liaison will speak this language the next time it starts.</source>
        <translation>Liaison utilisera cette langue au prochain démarrage.</translation>
    </message>
    <message>
        <source> MB</source>
        <comment>megabytes, after a number</comment>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Larger files are refused when importing.</source>
        <translation>Les fichiers plus volumineux sont refusés lors de l’importation.</translation>
    </message>
    <message>
        <source>The database Liaison opens when none is named and the last one used is gone. Leave empty for the standard place.</source>
        <translation>La base de données qu’ouvre Liaison quand aucune n’est indiquée et que la dernière utilisée n’existe plus. Laissez vide pour utiliser l’emplacement standard.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Largest file to import:</source>
        <translation>&amp;Taille maximale des fichiers à importer&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Base de données par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default Database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>Liaison databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Liaison (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>liaison::PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Print the current chart, graph view or entity brief (Ctrl+P)</source>
        <translation>Imprimer le graphique, la vue du graphe ou la fiche d’entité affichés (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print Entity &amp;Brief…</source>
        <translation>Imprimer la &amp;fiche de l’entité…</translation>
    </message>
    <message>
        <source>A one-page brief on the selected company or person, with its sources</source>
        <translation>Une fiche d’une page sur l’entreprise ou la personne sélectionnée, avec ses sources</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Exporter la vue…</translation>
    </message>
    <message>
        <source>Save the current chart or graph view as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique ou la vue du graphe affichés au format PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Print and Export the &amp;Whole Graph</source>
        <translation>Imprimer et exporter le graphe &amp;complet</translation>
    </message>
    <message>
        <source>When checked, the graph is printed and exported whole, not as the view shows it</source>
        <translation>Si cette option est cochée, le graphe est imprimé et exporté en entier, et non tel que la vue l’affiche</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>ce graphique</translation>
    </message>
    <message>
        <source>graph view</source>
        <translation>cette vue du graphe</translation>
    </message>
    <message>
        <source>entity brief</source>
        <translation>cette fiche d’entité</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Brief — %1</source>
        <translation>Fiche — %1</translation>
    </message>
    <message>
        <source>&amp;Print %1…</source>
        <translation>Im&amp;primer %1…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of %1…</source>
        <translation>&amp;Aperçu avant impression de %1…</translation>
    </message>
    <message>
        <source>Nothing to print: select an entity or show a chart or a graph.</source>
        <translation>Rien à imprimer&#xa0;: sélectionnez une entité ou affichez un graphique ou le graphe.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sent “%1” to the printer</source>
        <translation>«&#xa0;%1&#xa0;» envoyé à l’imprimante</translation>
    </message>
    <message>
        <source>Printing “%1” failed</source>
        <translation>Échec de l’impression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Show a chart or the graph to export it.</source>
        <translation>Affichez un graphique ou le graphe pour l’exporter.</translation>
    </message>
    <message>
        <source>Nothing to export in this view.</source>
        <translation>Rien à exporter dans cette vue.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Image Resolution</source>
        <translation>Résolution de l’image</translation>
    </message>
    <message>
        <source>The view is %1 × %2 pixels. Scale the image by (2 gives %3 × %4 pixels):</source>
        <translation>La vue mesure %1&#xa0;×&#xa0;%2&#xa0;pixels. Facteur d’échelle de l’image (2 donne %3&#xa0;×&#xa0;%4&#xa0;pixels)&#xa0;:</translation>
    </message>
    <message>
        <source>Liaison exports views as .png, .svg or .pdf files.</source>
        <translation>Liaison exporte les vues aux formats .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>There is nothing to export in this view.</source>
        <translation>Il n’y a rien à exporter dans cette vue.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Une exportation est déjà en cours.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation>Exportation annulée&#x202f;; %1 n’a pas été écrit</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Liaison could not write %1.</source>
        <translation>Liaison n’a pas pu écrire %1.</translation>
    </message>
</context>
<context>
    <name>liaison::PrintSource</name>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>Relationship graph (view)</source>
        <translation>Graphe des relations (vue)</translation>
    </message>
    <message>
        <source>%1 — Liaison, %2</source>
        <comment>title — Liaison, date</comment>
        <translation>%1 — Liaison, %2</translation>
    </message>
</context>
<context>
    <name>liaison::RelationSentences</name>
    <message>
        <source>Roles</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Career moves</source>
        <translation>Parcours professionnel</translation>
    </message>
    <message>
        <source>Companies founded</source>
        <translation>Entreprises fondées</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fondateurs</translation>
    </message>
    <message>
        <source>Acquisitions</source>
        <translation>Rachats</translation>
    </message>
    <message>
        <source>Acquired by</source>
        <translation>Racheté par</translation>
    </message>
    <message>
        <source>Funding rounds</source>
        <translation>Levées de fonds</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investisseurs</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investissements</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Propriétaires</translation>
    </message>
    <message>
        <source>Products and holdings</source>
        <translation>Produits et participations</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Utilise</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Rivals</source>
        <translation>Concurrents</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Acquired %1</source>
        <translation>A racheté %1</translation>
    </message>
    <message>
        <source>Acquired by %1</source>
        <translation>Racheté par %1</translation>
    </message>
    <message>
        <source>Invested in %1</source>
        <translation>A investi dans %1</translation>
    </message>
    <message>
        <source>Backed by %1</source>
        <translation>Financé par %1</translation>
    </message>
    <message>
        <source>Raised %1</source>
        <translation>A levé %1</translation>
    </message>
    <message>
        <source>Raised funds</source>
        <translation>Levée de fonds</translation>
    </message>
    <message>
        <source>Hired %1</source>
        <translation>A recruté %1</translation>
    </message>
    <message>
        <source>Hired by %1</source>
        <translation>Recruté par %1</translation>
    </message>
    <message>
        <source>Founded %1</source>
        <translation>A fondé %1</translation>
    </message>
    <message>
        <source>Founded by %1</source>
        <translation>Fondé par %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>role of company</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Led by %1 (%2)</source>
        <translation>Dirigé par %1 (%2)</translation>
    </message>
    <message>
        <source>Leads %1</source>
        <translation>Dirige %1</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Dirigé par %1</translation>
    </message>
    <message>
        <source>Worked at %1</source>
        <translation>A travaillé chez %1</translation>
    </message>
    <message>
        <source>Employed %1</source>
        <translation>A employé %1</translation>
    </message>
    <message>
        <source>Competes with %1</source>
        <translation>Concurrent de %1</translation>
    </message>
    <message>
        <source>Partners with %1</source>
        <translation>Partenaire de %1</translation>
    </message>
    <message>
        <source>Owns %1</source>
        <translation>Possède %1</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Détenu par %1</translation>
    </message>
    <message>
        <source>Uses %1</source>
        <translation>Utilise %1</translation>
    </message>
    <message>
        <source>Used by %1</source>
        <translation>Utilisé par %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>relation (status)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>relation — status</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1% stake</source>
        <translation>participation de %1&#xa0;%</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en tant que %1</translation>
    </message>
</context>
<context>
    <name>liaison::WelcomeView</name>
    <message>
        <source>Drop French or English articles here</source>
        <translation>Déposez ici des articles en français ou en anglais</translation>
    </message>
    <message>
        <source>Text, Markdown, HTML, PDF, Word and OpenDocument files, or whole folders of them. Liaison reads them and finds the companies, people and products they name, and who bought, funded, hired or competes with whom.</source>
        <translation>Fichiers texte, Markdown, HTML, PDF, Word et OpenDocument, ou des dossiers entiers. Liaison les lit et repère les entreprises, personnes et produits qu’ils citent, ainsi que qui a racheté, financé, recruté qui, ou qui est en concurrence avec qui.</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <source>Load Sample Articles</source>
        <translation>Charger les articles d’exemple</translation>
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
        <translation>Écrit dans un fichier le contenu d’une base de données Liaison.
json&#xa0;: un objet avec les articles (métadonnées), les entités, les relations et les affirmations.
csv&#xa0;: les relations vont dans FICHIER et les entités dans FICHIER avec «&#xa0;-entities&#xa0;» avant son suffixe
(-o graph.csv écrit graph.csv et graph-entities.csv).
graphml, gexf, dot&#xa0;: le graphe des relations pour Gephi, Cytoscape ou Graphviz, un nœud par entité.
-o - écrit le JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>json, csv, graphml, gexf or dot.</source>
        <translation>json, csv, graphml, gexf ou dot.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>liaison-cli export: unexpected argument &apos;%1&apos;</source>
        <translation>liaison-cli export&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>liaison-cli export: --format and -o are required</source>
        <translation>liaison-cli export&#xa0;: --format et -o sont obligatoires</translation>
    </message>
    <message>
        <source>liaison-cli export: unsupported format &apos;%1&apos; (json, csv, graphml, gexf or dot)</source>
        <translation>liaison-cli export&#xa0;: format non pris en charge «&#xa0;%1&#xa0;» (json, csv, graphml, gexf ou dot)</translation>
    </message>
    <message>
        <source>liaison-cli export: csv writes two files and needs a file name</source>
        <translation>liaison-cli export&#xa0;: csv écrit deux fichiers et nécessite un nom de fichier</translation>
    </message>
    <message>
        <source>liaison-cli export: %1</source>
        <translation>liaison-cli export&#xa0;: %1</translation>
    </message>
    <message>
        <source>liaison-cli export: cannot write %1: %2</source>
        <translation>liaison-cli export&#xa0;: impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reads articles and prints the entities and relations they state, one JSON object per file (JSON Lines), in input order. Writes nothing to any database.</source>
        <translation>Lit des articles et affiche les entités et les relations qu’ils mentionnent, un objet JSON par fichier (JSON Lines), dans l’ordre des entrées. N’écrit dans aucune base de données.</translation>
    </message>
    <message>
        <source>Print JSON Lines (the default and only format).</source>
        <translation>Afficher au format JSON Lines (le format par défaut et le seul disponible).</translation>
    </message>
    <message>
        <source>Language of the articles: fr or en (default: detected).</source>
        <translation>Langue des articles&#xa0;: fr ou en (par défaut&#xa0;: détectée).</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Articles to read (.txt, .md, .html, .pdf, .docx, .odt).</source>
        <translation>Articles à lire (.txt, .md, .html, .pdf, .docx, .odt).</translation>
    </message>
    <message>
        <source>liaison-cli extract: --language must be fr or en</source>
        <translation>liaison-cli extract&#xa0;: --language doit valoir fr ou en</translation>
    </message>
    <message>
        <source>liaison-cli extract: no input file</source>
        <translation>liaison-cli extract&#xa0;: aucun fichier en entrée</translation>
    </message>
    <message>
        <source>Import articles (files and folders, recursively) into a Liaison database.
Exit status: 0 when every file was imported or skipped as a duplicate, 1 when a file was refused
(one &apos;PATH: reason&apos; line per refused file on stderr) or the database cannot be opened, 2 on usage errors.
--json prints {imported, duplicates, refused, articles, entities, relations, claims, seconds}: articles to claims count what the database holds afterwards; refused_files lists the refusals and added what this import created.</source>
        <translation>Importe des articles (fichiers et dossiers, récursivement) dans une base de données Liaison.
Code de sortie&#xa0;: 0 si chaque fichier a été importé ou ignoré comme doublon, 1 si un fichier a été refusé
(une ligne «&#xa0;CHEMIN&#xa0;: raison&#xa0;» par fichier refusé sur stderr) ou si la base de données ne peut pas être ouverte, 2 en cas d’erreur d’utilisation.
--json affiche {imported, duplicates, refused, articles, entities, relations, claims, seconds}&#xa0;: de articles à claims, les nombres décrivent le contenu de la base de données après l’importation&#x202f;; refused_files liste les refus et added ce que cette importation a créé.</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>Afficher le résumé sous la forme d’un seul objet JSON.</translation>
    </message>
    <message>
        <source>Loading and extraction threads (default: one per core).</source>
        <translation>Nombre de fils de chargement et d’extraction (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Refuse files larger than this many megabytes (default: 50).</source>
        <translation>Refuser les fichiers de plus de ce nombre de mégaoctets (par défaut&#xa0;: 50).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>FILE_OR_DIR...</source>
        <translation>FICHIER_OU_DOSSIER…</translation>
    </message>
    <message>
        <source>liaison-cli import: no file or folder to import</source>
        <translation>liaison-cli import&#xa0;: aucun fichier ni dossier à importer</translation>
    </message>
    <message>
        <source>liaison-cli import: --threads needs a positive number</source>
        <translation>liaison-cli import&#xa0;: --threads attend un nombre positif</translation>
    </message>
    <message>
        <source>liaison-cli import: --max-size needs a positive number of megabytes</source>
        <translation>liaison-cli import&#xa0;: --max-size attend un nombre positif de mégaoctets</translation>
    </message>
    <message>
        <source>liaison-cli import: %1</source>
        <translation>liaison-cli import&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 duplicates, %3 refused in %4 s; the database holds %5 articles, %6 entities, %7 relations, %8 claims.</source>
        <translation>%1 importés, %2 doublons, %3 refusés en %4&#xa0;s&#x202f;; la base de données contient %5 articles, %6 entités, %7 relations et %8 affirmations.</translation>
    </message>
    <message>
        <source>Import cancelled; every article stored is complete.</source>
        <translation>Importation annulée&#x202f;; chaque article enregistré est complet.</translation>
    </message>
    <message>
        <source>Count what a Liaison database holds: articles, entities by type, relations by type, claims.
--json prints {articles, entities, entities_by_type, relations, relations_by_type, claims, claims_by_review, schema_version}.</source>
        <translation>Compte ce que contient une base de données Liaison&#xa0;: articles, entités par type, relations par type, affirmations.
--json affiche {articles, entities, entities_by_type, relations, relations_by_type, claims, claims_by_review, schema_version}.</translation>
    </message>
    <message>
        <source>Print the counts as one JSON object.</source>
        <translation>Afficher les nombres sous la forme d’un seul objet JSON.</translation>
    </message>
    <message>
        <source>liaison-cli stats: unexpected argument &apos;%1&apos;</source>
        <translation>liaison-cli stats&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>liaison-cli stats: %1</source>
        <translation>liaison-cli stats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Articles: %1</source>
        <translation>Articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entities: %1</source>
        <translation>Entités&#xa0;: %1</translation>
    </message>
    <message>
        <source>Relations: %1</source>
        <translation>Relations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>Affirmations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Files read at once, on that many threads (default: one per core). The output order stays the input order.</source>
        <translation>Fichiers lus simultanément, sur autant de fils (par défaut&#xa0;: un par cœur). L’ordre de sortie reste celui des entrées.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>liaison-cli extract: --jobs must be a positive number</source>
        <translation>liaison-cli extract&#xa0;: --jobs attend un nombre positif</translation>
    </message>
</context>
<context>
    <name>liaison::modules</name>
    <message>
        <source>%1 is in none of %2</source>
        <translation>%1 ne se trouve dans aucun de ces dossiers&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore tech-industry relationships.</source>
        <translation>Explorez les relations dans l’industrie technologique.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Ouvrir la base de données située à CHEMIN.</translation>
    </message>
    <message>
        <source>Articles to import into the database.</source>
        <translation>Articles à importer dans la base de données.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER…]</translation>
    </message>
</context>
</TS>
