#include "preferencesdialog.h"

#include "preferences.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace liaison {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_startLanguage(preferences::appliedLanguage())
{
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own words, so a user lost in the other one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_restartNote = new QLabel(tr("Liaison will speak this language the next time it starts."), this);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    QFont small = m_restartNote->font();
    small.setItalic(true);
    m_restartNote->setFont(small);

    m_maxImport = new QSpinBox(this);
    m_maxImport->setObjectName(QStringLiteral("maxImportBox"));
    m_maxImport->setRange(1, 4096);
    m_maxImport->setSuffix(tr(" MB", "megabytes, after a number"));
    m_maxImport->setToolTip(tr("Larger files are refused when importing."));

    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseField"));
    m_database->setPlaceholderText(Database::defaultPath());
    m_database->setClearButtonEnabled(true);
    m_database->setToolTip(tr("The database Liaison opens when none is named and the last one used is gone. "
                              "Leave empty for the standard place."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseDatabase"));
    connect(browse, &QPushButton::clicked, this, &PreferencesDialog::browseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Largest file to import:"), m_maxImport);
    form->addRow(tr("Default &database:"), databaseRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(databaseRow)))
        label->setBuddy(m_database);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartNote);
    load();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

void PreferencesDialog::load()
{
    const int index = m_language->findData(preferences::language());
    m_language->setCurrentIndex(index >= 0 ? index : 0);
    m_maxImport->setValue(preferences::maxImportMegabytes());
    m_database->setText(preferences::storedDefaultDatabasePath());
    updateRestartNote();
}

void PreferencesDialog::restoreDefaults()
{
    m_language->setCurrentIndex(0);
    m_maxImport->setValue(preferences::defaultMaxImportMegabytes);
    m_database->clear();
}

void PreferencesDialog::browseDatabase()
{
    const QString current = m_database->text().isEmpty() ? Database::defaultPath() : m_database->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Default Database"), current,
                                                      tr("Liaison databases (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QFileInfo(path).absoluteFilePath());
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void PreferencesDialog::accept()
{
    preferences::setLanguage(m_language->currentData().toString());
    preferences::setMaxImportMegabytes(m_maxImport->value());
    preferences::setDefaultDatabasePath(m_database->text());
    QDialog::accept();
}

} // namespace liaison
