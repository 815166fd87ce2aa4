#pragma once

#include <QPointer>
#include <QWidget>

class ContactSearchJob;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QStandardItemModel;
class QTimer;
class WebApiClient;

// Finding a company: a search box that asks the server as the user types (debounced), the
// matches (name, department, city, org. number), and the recently opened companies.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    SearchPanel(WebApiClient *client, QWidget *parent = nullptr);

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
    void onFinished();
    void openIndex(const QModelIndex &index);

    WebApiClient *m_client;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QListWidget *m_recent;
    QPointer<ContactSearchJob> m_job;
};
