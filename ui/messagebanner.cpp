#include "messagebanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    // Server text (error messages, reasons) is shown as the characters it holds.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::show(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    QPalette p = palette();
    QColor background;
    switch (kind) {
    case Kind::Info:
    case Kind::Busy:
        background = QColor(0xe8, 0xf0, 0xfb);
        break;
    case Kind::Warning:
        background = QColor(0xfd, 0xf3, 0xd8);
        break;
    case Kind::Error:
        background = QColor(0xfb, 0xe3, 0xe3);
        break;
    }
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    QFrame::show();
    // Screen readers announce it like a message box: it appears without taking the focus.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

QPushButton *MessageBanner::addButton(const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false);
    button->setAccessibleName(accessibleName.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                                       : accessibleName);
    m_buttons->addWidget(button);
    return button;
}

void MessageBanner::addWidget(QWidget *widget, int stretch)
{
    widget->setParent(this);
    m_buttons->addWidget(widget, stretch);
}

void MessageBanner::clearButtons()
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QString MessageBanner::text() const
{
    return m_text->text();
}
