#pragma once

#include "contactsearchjob.h"

#include <QWidget>

class ContactFinder;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QStandardItemModel;
class QTimer;

// Finding a company: a search box that asks the server as the user types (debounced), the
// matches (name, department, city, org. number), and the recently opened companies. The finder
// asks; the panel only shows.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(ContactFinder *finder, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListView *resultsView() const { return m_results; }
    QListWidget *recentView() const { return m_recent; }
    QString statusText() const;

    void setRecent(const QList<std::pair<int, QString>> &recent);
    void focusSearch();

signals:
    void openRequested(int contactId);

private:
    void startSearch();
    void showFound(const QString &text, const QList<ContactSearchJob::Row> &rows);
    void showFailed(const ApiError &error);
    void openIndex(const QModelIndex &index);

    ContactFinder *m_finder;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QListWidget *m_recent;
};
