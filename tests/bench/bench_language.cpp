// Agreement bench for the language shortcut (Language::clearFrenchOrEnglish):
// on every text it is given, and on texts made from them, it compares the
// shortcut's verdict with what CLD2 and its fallbacks decide
// (Language::identifyWithCld, the language guess before the shortcut) and
// prints every disagreement. Run by hand:
//
//   build/bin/bench_language [--tsv FILE] DIR...
//
// The session 8 figures (docs/LOADERS.md) came from ../shared/eval/dev,
// ../shared/eval/knowledgenet-dev, the two synthetic corpora, tests/data,
// up to 120 man pages per language rendered to text
//   (for l in fr de es it nl pt pl sv ro cs ru man1; do for f in $(find
//    /usr/share/man/$l -name '*.gz' | head -120); do MANWIDTH=100 man -E UTF-8
//    -l $f | col -bx > man/$l/$(basename $f .gz).txt; done; done)
// and 400 .txt/.md files found on the system.
//
// Texts: every loadable file under each DIR (as the loader gives it: decoded,
// normalized), its first 200, 500 and 1,000 characters, French + English
// concatenations in both orders and in proportions from 5 to 95 %, the two
// interleaved paragraph by paragraph, and paragraphs written for this bench in
// German, Spanish, Italian, Portuguese, Dutch, Catalan, Polish, Swedish,
// Russian and Greek, alone and mixed with the French and English texts.
// "loader" disagreements are the ones that would change what the loader does
// (the language it records, or a refusal); "code" ones change only the guess.
// --tsv writes one row per text with the stopword counts, to try thresholds.
#include "text/language.h"
#include "text/loader.h"
#include "text/textnormalizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace liaison;

namespace {

struct Sample {
    QString kind;   // "file", "prefix500", "fr+en 30%"…
    QString origin; // file name(s) or paragraph label
    QString text;
};

// Written for this bench: news-style paragraphs in the languages the loader
// refuses, and two scripts other than Latin.
const std::pair<const char *, const char *> kParagraphs[] = {
    {"de1", "Der Autohersteller hat am Dienstag angekündigt, dass er im kommenden Jahr rund zweitausend Stellen "
            "in seinen Werken in Sachsen und Bayern abbauen wird. Die Gewerkschaft reagierte mit scharfer Kritik "
            "und kündigte Warnstreiks an. Nach Angaben des Vorstands ist der Schritt nötig, weil die Nachfrage nach "
            "Fahrzeugen mit Verbrennungsmotor stärker zurückgeht als erwartet. Zugleich will das Unternehmen die "
            "Produktion von Batterien ausbauen und sich dafür mit einem Partner aus Südkorea zusammentun. Die Aktie "
            "fiel im frühen Handel um drei Prozent."},
    {"de2", "Die Bank teilte mit, sie habe im dritten Quartal einen Gewinn von 1,2 Milliarden Euro erzielt und "
            "damit die Erwartungen der Analysten übertroffen. Vor allem das Geschäft mit Zinsen lief besser als im "
            "Vorjahr. Der Vorstandschef sagte, man wolle die Kosten weiter senken und einen Teil der Filialen "
            "schließen. Für das gesamte Jahr rechnet das Institut nun mit einem höheren Ergebnis, als es im Frühjahr "
            "in Aussicht gestellt hatte."},
    {"de3", "Nach monatelangen Verhandlungen hat sich die Regierung mit den Ländern auf ein neues Gesetz zur "
            "Förderung von Wärmepumpen geeinigt. Hausbesitzer sollen künftig bis zu siebzig Prozent der Kosten "
            "erstattet bekommen, wenn sie eine alte Ölheizung ersetzen. Kritiker bemängeln, dass die Mittel nicht "
            "ausreichen werden, und verweisen auf lange Wartezeiten bei den Handwerkern."},
    {"es1", "La compañía eléctrica anunció el lunes que invertirá más de tres mil millones de euros en nuevos "
            "parques eólicos en el norte del país durante los próximos cinco años. Según su presidente, el plan "
            "permitirá crear unos dos mil empleos y reducir la dependencia del gas importado. Los sindicatos "
            "celebraron la noticia, pero pidieron garantías de que los puestos de trabajo serán estables. Las "
            "acciones de la empresa subieron un dos por ciento en la bolsa de Madrid."},
    {"es2", "El gobierno regional aprobó ayer una ley que obliga a las grandes superficies a donar los alimentos "
            "que no vendan antes de su fecha de caducidad. La norma, que entrará en vigor en enero, prevé multas "
            "de hasta cien mil euros para quienes la incumplan. Las asociaciones de consumidores la consideran un "
            "paso importante, aunque advierten de que su aplicación dependerá de los controles."},
    {"es3", "Tras varios meses de negociaciones, el club de fútbol ha cerrado el fichaje de un joven delantero "
            "argentino por una cifra cercana a los cuarenta millones. El jugador, que tiene veinte años, firmó un "
            "contrato hasta 2030 y será presentado el viernes ante los aficionados en el estadio."},
    {"it1", "La società di telecomunicazioni ha comunicato giovedì di aver chiuso il terzo trimestre con un utile "
            "netto in crescita del dodici per cento, grazie soprattutto all'aumento degli abbonati alla fibra. "
            "L'amministratore delegato ha spiegato che il gruppo intende investire ancora nella rete e che non sono "
            "previsti tagli al personale. Gli analisti hanno accolto con favore i risultati, anche se restano "
            "dubbi sul livello del debito, che supera i venti miliardi di euro."},
    {"it2", "Il comune ha deciso di chiudere al traffico il centro storico nei fine settimana a partire dalla "
            "prossima primavera. Secondo il sindaco, la misura servirà a ridurre l'inquinamento e a rendere più "
            "vivibili le piazze. I commercianti della zona temono però un calo delle vendite e chiedono più "
            "parcheggi alle porte della città."},
    {"it3", "Dopo una lunga trattativa, i due gruppi industriali hanno firmato l'accordo per la fusione, che darà "
            "vita al primo produttore europeo di acciaio speciale. L'operazione dovrà ora essere esaminata dalle "
            "autorità della concorrenza, che potrebbero chiedere la cessione di alcuni stabilimenti."},
    {"pt1", "A empresa de energia anunciou nesta segunda-feira que vai investir cerca de dois mil milhões de euros "
            "em centrais solares no sul do país até ao final da década. Segundo o presidente executivo, o projeto "
            "vai criar milhares de postos de trabalho e reduzir as emissões de forma significativa. Os ambientalistas "
            "saudaram o anúncio, mas lembraram que as licenças ainda não foram concedidas pelas autoridades."},
    {"pt2", "O governo apresentou ontem um plano para reduzir o tempo de espera nos hospitais públicos, que em "
            "algumas regiões ultrapassa os seis meses para uma consulta de especialidade. O ministro da Saúde disse "
            "que serão contratados mais médicos e que os centros de saúde terão horários alargados. Os sindicatos "
            "do setor consideram as medidas insuficientes e não excluem novas greves."},
    {"pt3", "O banco central decidiu manter as taxas de juro inalteradas pela terceira reunião consecutiva, "
            "apesar da descida da inflação nos últimos meses. Os economistas esperam um primeiro corte apenas no "
            "próximo ano, quando os preços da energia estiverem mais estáveis."},
    {"nl1", "Het energiebedrijf heeft dinsdag bekendgemaakt dat het de komende vijf jaar ruim drie miljard euro "
            "wil investeren in windparken op de Noordzee. Volgens de topman is dat nodig om de doelen voor "
            "schone stroom te halen. De vakbonden zijn tevreden, maar willen zekerheid over de banen in de oude "
            "centrales. Het aandeel steeg op de beurs in Amsterdam met bijna twee procent."},
    {"nl2", "De gemeente wil het aantal vakantiewoningen in de binnenstad beperken, omdat bewoners klagen over "
            "overlast en stijgende huurprijzen. Eigenaren die hun woning vaker dan dertig nachten per jaar verhuren, "
            "krijgen een boete. Verhuurplatforms zeggen dat ze met de stad zullen samenwerken, maar vinden de regels "
            "te streng."},
    {"nl3", "Na maanden van onderhandelingen is de overname van de chipmachinefabrikant door een Amerikaanse "
            "investeerder van de baan. De toezichthouder had bezwaren tegen de verkoop van technologie die voor "
            "de nationale veiligheid van belang wordt geacht."},
    {"ca1", "L'empresa de transport ha anunciat aquest dimarts que obrirà una nova línia de tren entre Barcelona i "
            "València a partir de l'estiu. Segons el director general, els bitllets costaran menys que els de la "
            "competència i els trens seran més puntuals. Els sindicats han demanat que les condicions de treball "
            "dels maquinistes es mantinguin, i el govern ha dit que seguirà de prop el projecte."},
    {"pl1", "Spółka energetyczna poinformowała we wtorek, że w ciągu pięciu lat zainwestuje ponad dziesięć miliardów "
            "złotych w farmy wiatrowe na Bałtyku. Według prezesa firmy inwestycja pozwoli stworzyć kilka tysięcy "
            "miejsc pracy i zmniejszyć zależność kraju od węgla. Akcje spółki wzrosły na giełdzie w Warszawie o "
            "trzy procent."},
    {"sv1", "Bilföretaget meddelade på tisdagen att det kommer att säga upp omkring tusen anställda vid fabriken "
            "i Göteborg under nästa år. Enligt företagets ledning är efterfrågan på elbilar lägre än väntat. "
            "Facket kritiserar beslutet och kräver att regeringen agerar för att rädda jobben i regionen."},
    {"ru1", "Компания сообщила во вторник, что в следующем году построит новый завод по производству аккумуляторов "
            "в центральной части страны. По словам генерального директора, проект позволит создать около двух "
            "тысяч рабочих мест. Акции компании выросли на бирже на три процента после этого заявления."},
    {"el1", "Η εταιρεία ανακοίνωσε την Τρίτη ότι θα επενδύσει περισσότερα από δύο δισεκατομμύρια ευρώ σε νέα "
            "αιολικά πάρκα στη βόρεια Ελλάδα τα επόμενα πέντε χρόνια. Σύμφωνα με τον διευθύνοντα σύμβουλο, το "
            "σχέδιο θα δημιουργήσει χιλιάδες θέσεις εργασίας."},
};

// Language::StopwordCounts::counts order.
const char *const kCodes[] = {"fr", "en", "de", "es", "it", "pt", "nl", "ca"};

QString oldLoaderOutcome(const Language::Guess &g, const QString &text)
{
    if (Language::isSupported(g.code))
        return g.code;
    if (g.reliable && !g.code.isEmpty())
        return QStringLiteral("refuse:") + g.code;
    return TextNormalizer::looksFrench(text) ? QStringLiteral("fr") : QStringLiteral("en");
}

QStringList paragraphs(const QString &text)
{
    return text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString tsvPath;
    if (args.size() >= 2 && args.front() == u"--tsv") {
        tsvPath = args.at(1);
        args = args.mid(2);
    }
    QTextStream out(stdout);

    LoadOptions options;
    options.detectLanguage = false;
    options.contentHash = false;
    QList<Sample> samples;
    QStringList filters;
    for (const QString &suffix : supportedSuffixes())
        filters << QStringLiteral("*.") + suffix;
    QStringList paths;
    for (const QString &dir : args) {
        QDirIterator it(dir, filters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    }
    std::sort(paths.begin(), paths.end());
    QList<QPair<QString, QString>> french, english; // origin, text
    for (const QString &path : paths) {
        const LoadResult r = loadFile(path, options);
        if (!r.ok())
            continue;
        const QString &text = r.source->text;
        const QString name = path.section(u'/', -2);
        samples.append({QStringLiteral("file"), name, text});
        for (const int n : {200, 500, 1000})
            if (text.size() > n)
                samples.append({QStringLiteral("prefix%1").arg(n), name, text.left(n)});
        const Language::Guess g = Language::identifyWithCld(text);
        if (g.reliable && g.code == u"fr")
            french.append({name, text});
        else if (g.reliable && g.code == u"en")
            english.append({name, text});
    }
    const qsizetype fileSamples = samples.size();

    // French + English, both orders, each text cut to its share.
    const qsizetype pairs = std::min<qsizetype>({french.size(), english.size(), 600});
    for (qsizetype i = 0; i < pairs; ++i) {
        const auto &[fo, ft] = french.at(i);
        const auto &[eo, et] = english.at(english.size() - 1 - i);
        const QString origin = fo + QStringLiteral(" + ") + eo;
        for (const int percent : {5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95}) {
            const QString f = ft.left(ft.size() * percent / 100);
            const QString e = et.left(et.size() * (100 - percent) / 100);
            samples.append({QStringLiteral("fr+en %1% fr").arg(percent), origin, f + QStringLiteral("\n\n") + e});
            samples.append({QStringLiteral("en+fr %1% fr").arg(percent), origin, e + QStringLiteral("\n\n") + f});
        }
        samples.append({QStringLiteral("fr+en whole"), origin, ft + QStringLiteral("\n\n") + et});
        // Paragraph by paragraph, as an article quoting the other language.
        const QStringList fp = paragraphs(ft), ep = paragraphs(et);
        QStringList mixed;
        for (qsizetype k = 0; k < std::max(fp.size(), ep.size()); ++k) {
            if (k < fp.size())
                mixed << fp.at(k);
            if (k < ep.size())
                mixed << ep.at(k);
        }
        samples.append({QStringLiteral("fr/en interleaved"), origin, mixed.join(QStringLiteral("\n\n"))});
    }

    // The bench's own paragraphs, alone, all of a language together, and with
    // French or English texts of various lengths before or after them.
    QMap<QString, QString> byLanguage;
    for (const auto &[label, text] : kParagraphs) {
        const QString t = QString::fromUtf8(text);
        const QString lang = QString::fromLatin1(label).left(2);
        samples.append({QStringLiteral("own"), QString::fromLatin1(label), t});
        byLanguage[lang] += (byLanguage[lang].isEmpty() ? QString() : QStringLiteral("\n\n")) + t;
    }
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it)
        samples.append({QStringLiteral("own all"), it.key(), it.value()});
    const qsizetype hosts = std::min<qsizetype>({french.size(), english.size(), 60});
    for (auto it = byLanguage.cbegin(); it != byLanguage.cend(); ++it) {
        for (qsizetype i = 0; i < hosts; ++i) {
            for (const auto *list : {&french, &english}) {
                const auto &[ho, ht] = list->at(i);
                for (const int n : {200, 500, 1000, 2000, 4000}) {
                    const QString host = ht.left(n);
                    const QString origin = it.key() + QStringLiteral(" + ") + ho;
                    samples.append({QStringLiteral("own+host %1").arg(n), origin,
                                    it.value() + QStringLiteral("\n\n") + host});
                    samples.append({QStringLiteral("host %1+own").arg(n), origin,
                                    host + QStringLiteral("\n\n") + it.value()});
                }
            }
        }
    }

    QFile tsv(tsvPath);
    QTextStream tsvOut(&tsv);
    if (!tsvPath.isEmpty()) {
        if (!tsv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(tsvPath));
            return 1;
        }
        tsvOut << "kind\torigin\tchars\tcld\tcld_reliable\tloader\tshortcut";
        for (const char *code : kCodes)
            tsvOut << '\t' << code;
        tsvOut << "\trival_fr\trival_en\twords\tcaps\tforeign\tlatin\tother\n";
    }

    struct Tally {
        qsizetype texts = 0, shortcut = 0, codeDiffers = 0, loaderDiffers = 0;
    };
    QMap<QString, Tally> tallies;
    Tally total;
    qint64 cldNs = 0, shortcutNs = 0;
    QElapsedTimer timer;
    for (const Sample &s : samples) {
        timer.start();
        const Language::Guess old = Language::identifyWithCld(s.text);
        cldNs += timer.nsecsElapsed();
        timer.start();
        const std::optional<Language::Guess> fast = Language::clearFrenchOrEnglish(s.text);
        shortcutNs += timer.nsecsElapsed();
        const QString before = oldLoaderOutcome(old, s.text);
        // Bucket by the part of the kind before any number.
        const QString bucket = s.kind.section(u' ', 0, 0).remove(QRegularExpression(QStringLiteral("\\d+$")));
        for (Tally *t : {&tallies[bucket], &total}) {
            ++t->texts;
            if (fast) {
                ++t->shortcut;
                t->codeDiffers += fast->code != old.code;
                t->loaderDiffers += fast->code != before;
            }
        }
        if (fast && fast->code != old.code) {
            const Language::StopwordCounts c = Language::countStopwords(s.text);
            out << (fast->code != before ? "LOADER DIFFERS" : "code differs") << " [" << s.kind << "] " << s.origin
                << ": shortcut " << fast->code << ", CLD path " << old.code << (old.reliable ? " (reliable)" : "")
                << ", loader " << before << "; stopwords";
            for (std::size_t l = 0; l < c.counts.size(); ++l)
                out << ' ' << kCodes[l] << ' ' << c.counts[l];
            out << ", rivals of fr " << c.rivalOfFrench << " of en " << c.rivalOfEnglish << ", words " << c.words
                << "\n    " << s.text.left(300).simplified() << "\n";
        }
        if (!tsvPath.isEmpty()) {
            const Language::StopwordCounts c = Language::countStopwords(s.text);
            QString origin = s.origin;
            origin.replace(u'\t', u' ');
            tsvOut << s.kind << '\t' << origin << '\t' << s.text.size() << '\t' << old.code << '\t'
                   << int(old.reliable) << '\t' << before << '\t' << (fast ? fast->code : QString()) << '\t';
            for (const int n : c.counts)
                tsvOut << n << '\t';
            tsvOut << c.rivalOfFrench << '\t' << c.rivalOfEnglish << '\t' << c.words << '\t' << c.capitalized << '\t' << c.foreignLetters << '\t' << c.latinLetters << '\t' << c.otherLetters << '\n';
        }
    }

    out << "\n" << paths.size() << " files read, " << fileSamples << " texts from them (with prefixes), "
        << samples.size() << " in all; French " << french.size() << ", English " << english.size() << "\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("kind"), -18)
               .arg(QStringLiteral("texts"), 8)
               .arg(QStringLiteral("shortcut"), 9)
               .arg(QStringLiteral("code≠"), 7)
               .arg(QStringLiteral("loader≠"), 8);
    auto row = [&](const QString &name, const Tally &t) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -18)
                   .arg(t.texts, 8)
                   .arg(t.shortcut, 9)
                   .arg(t.codeDiffers, 7)
                   .arg(t.loaderDiffers, 8);
    };
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        row(it.key(), it.value());
    row(QStringLiteral("all"), total);
    out << "time: CLD path " << cldNs / 1000000 << " ms, shortcut " << shortcutNs / 1000000 << " ms\n";
    return 0;
}
