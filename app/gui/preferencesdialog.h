#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace liaison {

// Edit > Preferences: interface language, import size limit and default
// database. Settings are written when the dialog is accepted; a new language
// shows the next time Liaison starts, which the dialog says as soon as one is picked.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // For tests.
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *maxImportBox() const { return m_maxImport; }
    QLineEdit *databaseField() const { return m_database; }
    QLabel *restartNote() const { return m_restartNote; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void browseDatabase();
    void updateRestartNote();

    QComboBox *m_language = nullptr;
    QSpinBox *m_maxImport = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_restartNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_startLanguage; // the language the running interface was set up with
};

} // namespace liaison
