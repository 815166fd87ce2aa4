#include "messagebox.h"

#include <QPointer>
#include <QTimer>

namespace {
QList<QMessageBox::StandardButton> s_answers;
QString s_lastText;
} // namespace

void MessageBox::ask(QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton, const Answer &answer,
                     QMessageBox::Icon icon)
{
    s_lastText = text;
    if (!s_answers.isEmpty()) {
        const QMessageBox::StandardButton given = s_answers.takeFirst();
        QTimer::singleShot(0, parent, [answer, given] { answer(given); });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(defaultButton);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, answer](int) { answer(box->standardButton(box->clickedButton())); });
    box->open();
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text,
                        QMessageBox::Icon icon)
{
    ask(
        parent, title, text, QMessageBox::Ok, QMessageBox::Ok, [](QMessageBox::StandardButton) {},
        icon);
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton> &answers)
{
    s_answers = answers;
}

int MessageBox::pendingAnswers()
{
    return int(s_answers.size());
}

QString MessageBox::lastText()
{
    return s_lastText;
}
