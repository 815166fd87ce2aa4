#include "messagebanner.h"

#include "palettetones.h"

#include <QAccessible>
#include <QApplication>
#include <QEvent>
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
    // From the palette in use, so a dark scheme gets a dark banner with light text; the text
    // keeps the scheme's own colour, which contrasts with the window it is blended from.
    QPalette p = QApplication::palette(this);
    PaletteTones::Tone tone = PaletteTones::Tone::Info;
    if (kind == Kind::Warning)
        tone = PaletteTones::Tone::Warning;
    else if (kind == Kind::Error)
        tone = PaletteTones::Tone::Error;
    p.setColor(QPalette::Window, PaletteTones::background(p, tone));
    setPalette(p);
    QFrame::show();
    // Screen readers announce it like a message box: it appears without taking the focus.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The scheme changed while the banner is up (a desktop switching to dark): recolour it.
    if (event->type() == QEvent::ApplicationPaletteChange && isVisible())
        show(m_kind, m_text->text());
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
