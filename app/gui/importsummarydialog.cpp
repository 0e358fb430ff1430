#include "importsummarydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace liaison {

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(tr("Import Summary"));
    auto *layout = new QVBoxLayout(this);

    QString headline = tr("%n file(s) imported", nullptr, int(report.imported.size()));
    if (!report.duplicates.isEmpty())
        headline = tr("%1, %n skipped as duplicate", nullptr, int(report.duplicates.size())).arg(headline);
    if (!report.refused.isEmpty())
        headline = tr("%1, %n refused", nullptr, int(report.refused.size())).arg(headline);
    if (report.cancelled)
        headline = tr("%1 — cancelled before the end").arg(headline);
    if (!report.error.isEmpty())
        headline = tr("Nothing was imported: %1").arg(report.error);
    else if (report.newEntities > 0 || report.newRelations > 0)
        headline = tr("%1; %2 and %3 new", "files; entities and relations")
                       .arg(headline, tr("%n entity(ies)", nullptr, report.newEntities),
                            tr("%n relation(s)", nullptr, report.newRelations));
    auto *label = new QLabel(headline + u'.', this);
    label->setWordWrap(true);
    label->setObjectName(QStringLiteral("summaryHeadline"));
    layout->addWidget(label);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("summaryTree"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("File"), tr("Reason")});
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto addGroup = [tree](const QString &title, int count) {
        auto *group = new QTreeWidgetItem(tree, {title.arg(count)});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        return group;
    };
    if (!report.refused.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Refused (%1)"), int(report.refused.size()));
        for (const auto &[path, reason] : report.refused) {
            auto *item = new QTreeWidgetItem(group, {QFileInfo(path).fileName(), reason});
            item->setToolTip(0, QDir::toNativeSeparators(path));
        }
        group->setExpanded(true);
    }
    if (!report.imported.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Imported (%1)"), int(report.imported.size()));
        for (const QString &path : report.imported)
            new QTreeWidgetItem(group, {QFileInfo(path).fileName()});
        group->setExpanded(report.imported.size() <= 20);
    }
    if (!report.duplicates.isEmpty()) {
        QTreeWidgetItem *group = addGroup(tr("Skipped as duplicate (%1)"), int(report.duplicates.size()));
        for (const QString &path : report.duplicates)
            new QTreeWidgetItem(group, {QFileInfo(path).fileName(), tr("already in the database")});
    }
    layout->addWidget(tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 400);
}

} // namespace liaison
