#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

// A strip across the top of a form that says something about it (read-only, deleted, an error)
// in plain text, with optional action buttons (Retry, Sign in, Cancel).
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Warning, Error, Busy };

    explicit MessageBanner(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    QPushButton *addButton(const QString &text, const QString &accessibleName = QString());
    // Beside the buttons: e.g. a read-only line with an address too long for the text.
    void addWidget(QWidget *widget, int stretch = 0);
    void clearButtons();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text;
    QHBoxLayout *m_buttons;
    Kind m_kind = Kind::Info;
};
