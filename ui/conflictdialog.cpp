#include "conflictdialog.h"

#include "displaytext.h"
#include "plaintext.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictDialog::ConflictDialog(const QString &companyName, const ThreeWayMerge::Result &merge,
                               QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(merge.conflicts.size()), 3, this))
{
    setWindowTitle(tr("Changed on the server too"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    QString text = tr("Someone changed %1 on the server while you were editing it. For each field "
                      "below, choose "
                      "which value to keep.")
                       .arg(DisplayText::line(companyName));
    if (!merge.takenFromServer.isEmpty())
        text += QLatin1Char('\n') + tr("Their other changes are taken as they are: %1.")
                                        .arg(merge.takenFromServer.join(QStringLiteral(", ")));
    intro->setText(text);
    layout->addWidget(intro);

    m_table->setObjectName(QStringLiteral("conflicts"));
    m_table->setAccessibleName(tr("Conflicting fields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("On the server")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < merge.conflicts.size(); ++row) {
        const ThreeWayMerge::Conflict &c = merge.conflicts.at(row);
        // Server text (names, values, custom fields' labels): hidden characters shown, long
        // values cut (a note of megabytes in a radio button would freeze the dialog).
        const QString label = DisplayText::line(c.label);
        auto *field = new QTableWidgetItem(label);
        m_table->setItem(row, 0, field);
        auto *group = new QButtonGroup(this);
        const QString mine = c.mineText.isEmpty() ? tr("(empty)") : DisplayText::block(c.mineText);
        const QString theirs =
            c.theirsText.isEmpty() ? tr("(empty)") : DisplayText::block(c.theirsText);
        // Radio button text is plain; a "&" in a value must not become a mnemonic.
        auto *mineButton = new QRadioButton(PlainText::label(mine), m_table);
        auto *theirsButton = new QRadioButton(PlainText::label(theirs), m_table);
        mineButton->setAccessibleName(tr("Keep yours for %1: %2").arg(label, mine));
        theirsButton->setAccessibleName(tr("Take the server's for %1: %2").arg(label, theirs));
        mineButton->setObjectName(QStringLiteral("mine%1").arg(row));
        theirsButton->setObjectName(QStringLiteral("theirs%1").arg(row));
        group->addButton(mineButton, 1);
        group->addButton(theirsButton, 0);
        mineButton->setChecked(true);
        m_table->setCellWidget(row, 1, mineButton);
        m_table->setCellWidget(row, 2, theirsButton);
        m_groups.append(group);
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save with these values"));
    QPushButton *allMine = buttons->addButton(tr("Keep all &yours"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs =
        buttons->addButton(tr("Take all from the ser&ver"), QDialogButtonBox::ActionRole);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

QList<bool> ConflictDialog::choices() const
{
    QList<bool> out;
    for (QButtonGroup *g : m_groups)
        out.append(g->checkedId() == 1);
    return out;
}

void ConflictDialog::chooseAll(bool mine)
{
    for (QButtonGroup *g : std::as_const(m_groups))
        g->button(mine ? 1 : 0)->setChecked(true);
}
