#include "companypickerdialog.h"

#include "contactfinder.h"
#include "displaytext.h"
#include "plaintext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

CompanyPickerDialog::CompanyPickerDialog(WebApiClient *client, QWidget *parent)
    : QDialog(parent)
    , m_finder(new ContactFinder(client, this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_results(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Choose the company"));
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(tr("&Company name begins with:"), this);
    caption->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setAccessibleName(tr("Company name"));
    m_search->setPlaceholderText(tr("Type a company's name"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("companyResults"));
    m_results->setAccessibleName(tr("Companies found"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("companyStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("C&hoose"));
    ok->setAccessibleName(tr("Choose the selected company"));
    ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(caption);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(420, 360);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_status->setText(tr("Searching…"));
        m_finder->find(m_search->text().trimmed());
    });
    connect(m_finder, &ContactFinder::found, this,
            [this](const QString &text, const QList<ContactSearchJob::Row> &rows) {
                QList<std::pair<int, QString>> found;
                for (const ContactSearchJob::Row &row : rows)
                    found.append({row.contactId, row.department.isEmpty()
                                                     ? DisplayText::line(row.name)
                                                     : DisplayText::line(row.name) +
                                                           QStringLiteral(", ") +
                                                           DisplayText::line(row.department)});
                showFound(text, found);
                // Keep the bare name for the carrier.
                for (int i = 0; i < m_results->count() && i < rows.size(); ++i)
                    m_results->item(i)->setData(Qt::UserRole + 1, rows.at(i).name);
            });
    connect(m_finder, &ContactFinder::failed, this,
            [this](const ApiError &error) { m_status->setText(error.message()); });
    connect(m_results, &QListWidget::currentRowChanged, ok,
            [ok](int row) { ok->setEnabled(row >= 0); });
    connect(m_results, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_results->currentItem())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_finder->find(QString());
}

void CompanyPickerDialog::showFound(const QString &text, const QList<std::pair<int, QString>> &rows)
{
    Q_UNUSED(text)
    m_results->clear();
    for (const auto &[id, label] : rows) {
        // Server text: shown as its characters (list items do not interpret markup).
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(Qt::UserRole, id);
    }
    m_status->setText(rows.isEmpty() ? tr("No company found.")
                                     : tr("%n companies found.", nullptr, int(rows.size())));
    if (!rows.isEmpty())
        m_results->setCurrentRow(0);
}

QJsonObject CompanyPickerDialog::chosen() const
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return {};
    return {{QStringLiteral("ContactId"), item->data(Qt::UserRole).toInt()},
            {QStringLiteral("Name"), item->data(Qt::UserRole + 1).toString()}};
}
