#pragma once

#include "importcontroller.h"

#include <QDialog>

namespace liaison {

// Lists what an import did: imported, skipped as duplicate, refused and why.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);
};

} // namespace liaison
