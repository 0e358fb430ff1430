#include "welcomeview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace liaison {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomeView"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/liaison.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("Drop French or English articles here"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("Text, Markdown, HTML, PDF, Word and OpenDocument files, or whole folders of them. "
                               "Liaison reads them and finds the companies, people and products they name, and who "
                               "bought, funded, hired or competes with whom."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    text->setStyleSheet(QStringLiteral("color: palette(dark);"));
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addSpacing(8);
    layout->addLayout(textRow);
    layout->addSpacing(20);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *import = new QPushButton(tr("Import Files…"), this);
    import->setObjectName(QStringLiteral("welcomeImport"));
    auto *samples = new QPushButton(tr("Load Sample Articles"), this);
    samples->setObjectName(QStringLiteral("loadSamples"));
    samples->setDefault(true);
    for (QPushButton *button : {import, samples})
        button->setMinimumSize(160, 34);
    buttons->addWidget(import);
    buttons->addSpacing(12);
    buttons->addWidget(samples);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch(3);

    connect(import, &QPushButton::clicked, this, &WelcomeView::importRequested);
    connect(samples, &QPushButton::clicked, this, &WelcomeView::samplesRequested);
}

void WelcomeView::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // A dashed drop zone frames the invitation.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette().color(QPalette::Mid), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(rect().adjusted(24, 24, -24, -24), 16, 16);
}

} // namespace liaison
