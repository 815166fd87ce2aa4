#include "searchpanel.h"

#include "contactfinder.h"
#include "displaytext.h"
#include "plaintext.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

SearchPanel::SearchPanel(ContactFinder *finder, QWidget *parent)
    : QWidget(parent)
    , m_finder(finder)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_results(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_status(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Find company"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name begins with…"));
    // The clear button shows only over text, so it is added with the first: its icon is the
    // window's first image, and loading the image plugins would delay the first frame.
    connect(
        m_search, &QLineEdit::textChanged, m_search,
        [this] { m_search->setClearButtonEnabled(true); }, Qt::SingleShotConnection);
    m_search->setAccessibleName(tr("Find company"));
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setModel(m_model);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Matching companies"));
    // Rows are one or two lines high.
    m_results->setUniformItemSizes(false);
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_results, 2);
    auto *recentLabel = new QLabel(tr("&Recent"), this);
    recentLabel->setBuddy(m_recent);
    m_recent->setObjectName(QStringLiteral("recent"));
    m_recent->setAccessibleName(tr("Recent companies"));
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::startSearch);
    connect(m_finder, &ContactFinder::found, this, &SearchPanel::showFound);
    connect(m_finder, &ContactFinder::failed, this, &SearchPanel::showFailed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0, 0));
        }
    });
    connect(m_results, &QListView::activated, this, &SearchPanel::openIndex);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(item->data(Qt::UserRole).toInt());
    });
    setFocusProxy(m_search);
}

void SearchPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::startSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        // Nothing to look for: an answer still on its way must not fill the list again.
        m_finder->cancel();
        m_model->clear();
        m_status->clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    m_finder->find(text);
}

void SearchPanel::showFailed(const ApiError &error)
{
    m_status->setText(error.kind() == ApiError::Kind::Cancelled ? QString() : error.message());
}

void SearchPanel::showFound(const QString &text, const QList<ContactSearchJob::Row> &rows)
{
    m_model->clear();
    for (const ContactSearchJob::Row &row : rows) {
        QStringList details;
        for (const QString &part : {row.department, row.city, row.orgNr}) {
            if (!part.trimmed().isEmpty())
                details.append(DisplayText::line(part.trimmed()));
        }
        // Plain text items: a name with markup shows its characters, and one with hidden
        // characters shows them (DisplayText).
        // Name on the first line, the details under it: the panel is narrow, one long line was
        // cut off after the department.
        const QString name = DisplayText::line(row.name);
        auto *item = new QStandardItem(details.isEmpty() ? name
                                                         : name + QLatin1Char('\n') +
                                                               details.join(QStringLiteral(", ")));
        item->setData(row.contactId, Qt::UserRole);
        item->setToolTip(PlainText::toolTip(name));
        m_model->appendRow(item);
    }
    const int n = m_model->rowCount();
    m_status->setText(n == 0 ? tr("No company name begins with “%1”.").arg(text)
                             : tr("%n match(es)", nullptr, n));
}

void SearchPanel::openIndex(const QModelIndex &index)
{
    if (index.isValid())
        emit openRequested(index.data(Qt::UserRole).toInt());
}

void SearchPanel::setRecent(const QList<std::pair<int, QString>> &recent)
{
    m_recent->clear();
    for (const auto &[id, name] : recent) {
        auto *item = new QListWidgetItem(
            name.isEmpty() ? tr("Company %1").arg(id) : DisplayText::line(name), m_recent);
        item->setData(Qt::UserRole, id);
    }
}
