#pragma once

#include <functional>
#include <QMessageBox>

// Questions to the user through one door: window-modal and asynchronous (no nested event loop),
// and answerable in advance by tests.
class MessageBox
{
public:
    using Answer = std::function<void(QMessageBox::StandardButton)>;

    static void ask(QWidget *parent, const QString &title, const QString &text,
                    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                    const Answer &answer, QMessageBox::Icon icon = QMessageBox::Question);
    static void inform(QWidget *parent, const QString &title, const QString &text,
                       QMessageBox::Icon icon = QMessageBox::Warning);

    // Tests: the next questions get these answers, in order, without showing a dialog.
    static void setNextAnswers(const QList<QMessageBox::StandardButton> &answers);
    static int pendingAnswers();
    static QString lastText();
};
