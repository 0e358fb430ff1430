#pragma once

#include <QWidget>

class QPushButton;

namespace liaison {

// Shown instead of the browser while the database is empty: invites a drop and
// offers the sample articles.
class WelcomeView : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomeView(QWidget *parent = nullptr);

Q_SIGNALS:
    void importRequested();
    void samplesRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace liaison
