#include "recordinfosection.h"

#include "displaytext.h"
#include "entitydocument.h"
#include "fieldcatalogue.h"
#include "plaintext.h"

#include <QFormLayout>
#include <QLabel>

RecordInfoSection::RecordInfoSection(QWidget *parent, EntityKind kind)
    : FormSection(tr("Record"), parent, kind)
{
    new QFormLayout(this);
    // Rows named as before (tests and tools look them up); "Created" and "Updated" show the date
    // with who, "Campaign" the UTM parameters.
    auto label = [kind](const char *member) {
        return FieldCatalogue::label(QLatin1String(member), kind);
    };
    addRow(EntityKinds::idMember(kind),
           label(kind == EntityKind::Person ? "PersonId" : "ContactId"));
    addRow(QStringLiteral("Created"), label("CreatedDate"));
    addRow(QStringLiteral("Updated"), label("UpdatedDate"));
    addRow(QStringLiteral("BounceEmails"), label("BounceEmails"));
    // Source and campaign are a company's.
    if (kind == EntityKind::Contact) {
        addRow(QStringLiteral("Source"), label("Source"));
        addRow(QStringLiteral("Campaign"), label("UtmParameters"));
    }
}

QLabel *RecordInfoSection::addRow(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(label);
    value->setWordWrap(true);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    static_cast<QFormLayout *>(layout())->addRow(caption, value);
    m_values.insert(name, value);
    m_captions.insert(name, caption);
    return value;
}

QStringList RecordInfoSection::membersOf(const QString &name) const
{
    if (name == QLatin1String("Created"))
        return {QStringLiteral("CreatedDate"), QStringLiteral("CreatedBy")};
    if (name == QLatin1String("Updated"))
        return {QStringLiteral("UpdatedDate"), QStringLiteral("UpdatedBy")};
    if (name == QLatin1String("Campaign"))
        return {QStringLiteral("UtmParameters")};
    return {name};
}

bool RecordInfoSection::isRowShown(const QString &name) const
{
    const QLabel *label = m_values.value(name);
    return label && !label->isHidden();
}

void RecordInfoSection::applyRights()
{
    if (!document())
        return;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        bool visible = true;
        QString reason;
        for (const QString &member : membersOf(it.key())) {
            const FieldRights::Access a =
                FieldCatalogue::access(member, document()->rights(), kind());
            visible = visible && a.visible;
            if (a.stated && !a.editable && !a.reason.isEmpty())
                reason = a.reason;
        }
        it.value()->setVisible(visible);
        m_captions.value(it.key())->setVisible(visible);
        // Nothing hidden stays in the label for a screen reader or a copy to find.
        if (!visible)
            it.value()->clear();
        it.value()->setToolTip(
            reason.isEmpty() ? QString() : PlainText::toolTip(tr("Read-only: %1").arg(reason)));
    }
}

QString RecordInfoSection::text(const QString &name) const
{
    const QLabel *label = m_values.value(name);
    return label ? label->text() : QString();
}

void RecordInfoSection::load()
{
    if (!document())
        return;
    // Hidden rows stay empty: applyRights() decides what may be read.
    auto shown = [this](const QString &name) {
        for (const QString &member : membersOf(name)) {
            if (!FieldCatalogue::access(member, document()->rights(), kind()).visible)
                return false;
        }
        return true;
    };
    const ContactEntity e = document()->entity();
    auto when = [](const EntityDate &date, const Associate &who) {
        if (date.isEmpty() && who.isEmpty())
            return tr("Not saved yet");
        const QString name = DisplayText::line(who.displayName());
        return name.isEmpty() ? date.displayText() : tr("%1 by %2").arg(date.displayText(), name);
    };
    m_values.value(EntityKinds::idMember(kind()))
        ->setText(document()->isNew() ? tr("New") : QString::number(document()->id()));
    m_values.value(QStringLiteral("Created"))->setText(when(e.createdDate(), e.createdBy()));
    m_values.value(QStringLiteral("Updated"))->setText(when(e.updatedDate(), e.updatedBy()));
    const QStringList bounces = e.bounceEmails();
    m_values.value(QStringLiteral("BounceEmails"))
        ->setText(bounces.isEmpty() ? tr("None")
                                    : DisplayText::line(bounces.join(QStringLiteral(", ")),
                                                        DisplayText::kBlockLength));
    if (kind() == EntityKind::Contact) {
        m_values.value(QStringLiteral("Source"))->setText(QString::number(e.source()));
        const SavedUtmParameters utm = e.utmParameters();
        const QString campaign = utm.campaign().isEmpty()
                                     ? QString()
                                     : QStringList{utm.campaign(), utm.source(), utm.medium()}.join(
                                           QStringLiteral(" / "));
        m_values.value(QStringLiteral("Campaign"))
            ->setText(campaign.isEmpty() ? tr("None") : DisplayText::line(campaign));
    }
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!shown(it.key()))
            it.value()->clear();
    }
}
