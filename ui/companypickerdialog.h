#pragma once

#include <QDialog>
#include <QJsonObject>

class ContactFinder;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class WebApiClient;

// Choosing the company a person belongs to: a search box that asks the server as the user types
// (a ContactFinder of its own, so the main window's search list is left alone) and the matches.
class CompanyPickerDialog : public QDialog
{
    Q_OBJECT

public:
    CompanyPickerDialog(WebApiClient *client, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *resultsView() const { return m_results; }
    // The chosen company as a person's Contact member holds it: {ContactId, Name}.
    QJsonObject chosen() const;

private:
    void showFound(const QString &text, const QList<std::pair<int, QString>> &rows);

    ContactFinder *m_finder;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QListWidget *m_results;
    QLabel *m_status;
};
