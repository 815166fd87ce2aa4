#pragma once

#include <QDialog>

class QPlainTextEdit;

// Help › About: the editor's version, the Qt and QtKeychain versions it was built with and runs
// on, the licences, and where to find the project; all plain text that can be selected and copied.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The whole text shown (tests, and Copy).
    QString text() const;

    // The licence the repository states for the editor, or what it says when it states none.
    static QString applicationLicence();

private:
    QPlainTextEdit *m_text;
};
