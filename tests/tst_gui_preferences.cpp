#include "importcontroller.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"

#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace liaison;

class tst_GuiPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LiaisonTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_gui_preferences"));
    }

    void init()
    {
        QSettings().clear();
        preferences::setAppliedLanguage(QString());
    }

    void defaults()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.languageBox()->count(), 3);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        QCOMPARE(dialog.maxImportBox()->value(), 50);
        QVERIFY(dialog.databaseField()->text().isEmpty());
        QCOMPARE(dialog.databaseField()->placeholderText(), Database::defaultPath());
        QVERIFY(dialog.restartNote()->isHidden());
        QCOMPARE(preferences::maxImportBytes(), qint64(50) * 1024 * 1024);
        QCOMPARE(preferences::defaultDatabasePath(), Database::defaultPath());
    }

    void storesWhatIsChosen()
    {
        const QString path = m_dir.filePath(QStringLiteral("news.sqlite"));
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            const int french = dialog.languageBox()->findData(QStringLiteral("fr"));
            QVERIFY(french > 0);
            QCOMPARE(dialog.languageBox()->itemText(french), QStringLiteral("Français"));
            dialog.languageBox()->setCurrentIndex(french);
            // Changing the language needs a restart, and the dialog says so at once.
            QVERIFY(dialog.restartNote()->isVisible());
            dialog.maxImportBox()->clear();
            QTest::keyClicks(dialog.maxImportBox(), QStringLiteral("12"));
            QCOMPARE(dialog.maxImportBox()->value(), 12);
            dialog.databaseField()->clear();
            QTest::keyClicks(dialog.databaseField(), path);
            dialog.buttons()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(settings.value(QStringLiteral("import/maxFileSizeMB")).toInt(), 12);
        QCOMPARE(settings.value(QStringLiteral("database/defaultPath")).toString(), path);
        QCOMPARE(preferences::maxImportBytes(), qint64(12) * 1024 * 1024);
        QCOMPARE(preferences::defaultDatabasePath(), path);

        // Reopened, the dialog shows what is stored; the running interface is
        // still in the language it started with, so the note stays up.
        PreferencesDialog again;
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
        QCOMPARE(again.maxImportBox()->value(), 12);
        QCOMPARE(again.databaseField()->text(), path);
        QVERIFY(!again.restartNote()->isHidden());
    }

    void cancelStoresNothing()
    {
        PreferencesDialog dialog;
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        dialog.maxImportBox()->setValue(7);
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QVERIFY(!QSettings().contains(QStringLiteral("import/maxFileSizeMB")));
    }

    void restoreDefaultsClearsTheFields()
    {
        preferences::setLanguage(QStringLiteral("en"));
        preferences::setMaxImportMegabytes(3);
        preferences::setDefaultDatabasePath(m_dir.filePath(QStringLiteral("x.sqlite")));
        preferences::setAppliedLanguage(QStringLiteral("en"));
        PreferencesDialog dialog;
        QCOMPARE(dialog.maxImportBox()->value(), 3);
        dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        QCOMPARE(dialog.maxImportBox()->value(), 50);
        QVERIFY(dialog.databaseField()->text().isEmpty());
        dialog.accept();
        // "System default" and an empty path are stored as no setting at all.
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
        QVERIFY(!QSettings().contains(QStringLiteral("database/defaultPath")));
        QCOMPARE(preferences::maxImportMegabytes(), 50);
    }

    // The size limit reaches imports started from the window: a file over it is refused.
    void importObeysTheSizeLimit()
    {
        preferences::setMaxImportMegabytes(1);
        const QString big = m_dir.filePath(QStringLiteral("big.txt"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // A short article padded with blank space past 1 MB, so that
            // once accepted it still extracts in a moment.
            file.write("Northwind Analytics agreed to acquire Corvane AI, the companies said on Monday. "
                       "The deal gives the analytics group a team of forty engineers in Lyon and Boston.\n");
            file.write(QByteArray(1024 * 1024 + 10, ' '));
            file.write("\nThe acquisition is expected to close before the end of the year.\n");
        }
        MainWindow window(m_dir.filePath(QStringLiteral("limit.sqlite")));
        window.setShowImportSummary(false);
        QSignalSpy finished(window.importController(), &ImportController::finished);
        window.startImport({big});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const auto report = finished.at(0).at(0).value<ImportReport>();
        QCOMPARE(report.refused.size(), 1);
        QVERIFY(report.imported.isEmpty());

        preferences::setMaxImportMegabytes(2);
        window.startImport({big});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(finished.at(1).at(0).value<ImportReport>().imported.size(), 1);
    }

    void editMenuOpensPreferences()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("menu.sqlite")));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        // The action opens the dialog modally; close it from the event loop.
        bool seen = false;
        QTimer::singleShot(0, &window, [&seen] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<PreferencesDialog *>(w)) {
                    seen = true;
                    dialog->reject();
                }
            }
        });
        action->trigger();
        QVERIFY(seen);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_GuiPreferences)
#include "tst_gui_preferences.moc"
