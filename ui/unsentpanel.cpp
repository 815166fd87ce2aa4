#include "unsentpanel.h"

#include "displaytextproxymodel.h"
#include "unsentchangesmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

UnsentPanel::UnsentPanel(UnsentChangesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DisplayTextProxyModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_review(new QPushButton(tr("Re&view all…"), this))
    , m_send(new QPushButton(tr("Send a&ll"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("unsentSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_summary, 1);
    for (QPushButton *button : {m_open, m_review, m_send})
        top->addWidget(button);
    layout->addLayout(top);

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(UnsentChangesModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setObjectName(QStringLiteral("unsentView"));
    m_view->setAccessibleName(tr("Unsent changes"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(UnsentChangesModel::LastEdit, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(UnsentChangesModel::Changes, QHeaderView::Stretch);
    m_view->setColumnWidth(UnsentChangesModel::Name, 240);
    m_view->setColumnWidth(UnsentChangesModel::Kind, 80);
    m_view->setColumnWidth(UnsentChangesModel::State, 150);
    // Wide enough for any date and time of this locale, measured once (not over every row).
    const QString longest =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_view->setColumnWidth(UnsentChangesModel::LastEdit,
                           m_view->fontMetrics().horizontalAdvance(longest) + 24);
    layout->addWidget(m_view, 1);

    m_open->setObjectName(QStringLiteral("unsentOpen"));
    m_open->setToolTip(tr("Open the selected one in a tab (Enter)"));
    m_review->setObjectName(QStringLiteral("unsentReview"));
    m_review->setToolTip(tr("Review every unsent change before sending it"));
    m_send->setObjectName(QStringLiteral("unsentSend"));
    m_send->setToolTip(tr("Send every unsent change to SuperOffice"));
    connect(m_open, &QPushButton::clicked, this, &UnsentPanel::openCurrent);
    connect(m_view, &QTreeView::activated, this, &UnsentPanel::openCurrent);
    connect(m_review, &QPushButton::clicked, this, &UnsentPanel::reviewAllRequested);
    connect(m_send, &QPushButton::clicked, this, &UnsentPanel::sendAllRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnsentPanel::update);
    connect(model, &QAbstractItemModel::modelReset, this, &UnsentPanel::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &UnsentPanel::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &UnsentPanel::update);
    update();
}

QString UnsentPanel::summaryText() const
{
    const int count = m_model->rowCount();
    return count ? tr("%n company(ies) and person(s) with changes not on the server yet.", nullptr,
                      count)
                 : tr("Everything is on the server.");
}

void UnsentPanel::openCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid())
        return;
    emit openRequested(m_model->draftId(current.row()), m_model->session(current.row()));
}

void UnsentPanel::update()
{
    const int count = m_model->rowCount();
    m_summary->setText(summaryText());
    m_open->setEnabled(m_view->currentIndex().isValid());
    m_review->setEnabled(count > 0);
    m_send->setEnabled(count > 0);
    emit countChanged(count);
}
