#include "personidentitysection.h"

#include "companypickerdialog.h"
#include "displaytext.h"
#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "mdolistcache.h"
#include "rightsapplier.h"
#include "webapiclient.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

// The birth date edit's minimum stands for "no date" (shown with its special value text).
const QDate kNoDate(1800, 1, 1);

} // namespace

PersonIdentitySection::PersonIdentitySection(QWidget *parent)
    : FormSection(tr("Person"), parent, EntityKind::Person)
{
    using Kind = FieldDescriptor::Kind;
    auto *form = new QFormLayout(this);
    for (const FieldDescriptor &field :
         FieldCatalogue::fields(FieldDescriptor::Section::Identity, EntityKind::Person)) {
        switch (field.kind) {
        case Kind::Text: {
            auto *edit = new QLineEdit(this);
            auto *caption = new QLabel(this);
            form->addRow(caption, edit);
            binder()->bindLineEdit(edit, field.member, caption);
            m_lines.insert(field.member, edit);
            break;
        }
        case Kind::TextChoice: {
            auto *combo = new QComboBox(this);
            auto *caption = new QLabel(this);
            form->addRow(caption, combo);
            binder()->bindTextChoice(combo, field.member, caption);
            m_choices.insert(field.member, combo);
            m_listOf.insert(field.member, field.listName);
            break;
        }
        case Kind::Company: {
            auto *row = new QHBoxLayout;
            m_company = new QLabel(this);
            m_company->setObjectName(QStringLiteral("contactName"));
            m_company->setTextFormat(Qt::PlainText);
            m_company->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                               Qt::TextSelectableByKeyboard);
            m_changeCompany = new QPushButton(tr("C&hange…"), this);
            // Named after the member: the mandatory banner focuses it.
            m_changeCompany->setObjectName(field.member);
            m_changeCompany->setAccessibleName(tr("Change the company"));
            m_changeCompany->setToolTip(tr("Move the person to another company"));
            row->addWidget(m_company, 1);
            row->addWidget(m_changeCompany);
            m_companyCaption = new QLabel(field.formLabel(), this);
            m_companyCaption->setBuddy(m_changeCompany);
            m_company->setAccessibleName(field.label());
            form->addRow(m_companyCaption, row);
            connect(m_changeCompany, &QPushButton::clicked, this,
                    &PersonIdentitySection::chooseCompany);
            break;
        }
        case Kind::Day: {
            m_birthDate = new QDateEdit(this);
            m_birthDate->setCalendarPopup(true);
            m_birthDate->setMinimumDate(kNoDate);
            m_birthDate->setMaximumDate(QDate::currentDate());
            m_birthDate->setSpecialValueText(tr("No date"));
            m_birthDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
            auto *caption = new QLabel(this);
            auto *clear = new QPushButton(tr("No dat&e"), this);
            clear->setObjectName(QStringLiteral("clearBirthDate"));
            clear->setAccessibleName(tr("Clear the birth date"));
            connect(clear, &QPushButton::clicked, m_birthDate, [this] {
                m_birthDate->setDate(kNoDate);
                if (document())
                    document()->breakMerge();
            });
            auto *row = new QHBoxLayout;
            row->addWidget(m_birthDate, 1);
            row->addWidget(clear);
            form->addRow(caption, row);
            binder()->bindDate(m_birthDate, field.member, caption);
            break;
        }
        case Kind::Flag: {
            auto *box = new QCheckBox(this);
            form->addRow(QString(), box);
            binder()->bindCheckBox(box, field.member);
            break;
        }
        default:
            // Position is a picker: ClassificationSection shows it with the person's country.
            break;
        }
    }
}

void PersonIdentitySection::setClient(WebApiClient *client)
{
    m_client = client;
}

QLineEdit *PersonIdentitySection::lineEdit(const QString &member) const
{
    return m_lines.value(member);
}

QComboBox *PersonIdentitySection::choice(const QString &member) const
{
    return m_choices.value(member);
}

void PersonIdentitySection::setListCache(MdoListCache *cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (!cache)
        return;
    connect(cache, &MdoListCache::listReady, this, [this](const QString &listName) {
        for (auto it = m_listOf.constBegin(); it != m_listOf.constEnd(); ++it) {
            if (it.value() == listName)
                fill(m_choices.value(it.key()), listName);
        }
        binder()->load();
    });
    for (auto it = m_listOf.constBegin(); it != m_listOf.constEnd(); ++it) {
        fill(m_choices.value(it.key()), it.value());
        cache->request(it.value());
    }
}

void PersonIdentitySection::fill(QComboBox *combo, const QString &listName)
{
    if (!m_cache || !combo)
        return;
    // Refilling must not change what the person has: the text is the value.
    const QString text = combo->currentText();
    const QSignalBlocker block(combo);
    // The binder hears every change of the edit's text: emptied and refilled is no edit.
    const QSignalBlocker blockEdit(combo->lineEdit());
    combo->clear();
    for (const MDOListItem &item : m_cache->items(listName)) {
        if (!item.isDeleted())
            combo->addItem(item.name());
    }
    combo->setCurrentIndex(combo->findText(text));
    combo->setEditText(text);
}

void PersonIdentitySection::chooseCompany()
{
    if (!m_client || !document())
        return;
    auto *dialog = new CompanyPickerDialog(m_client, this);
    dialog->setObjectName(QStringLiteral("companyPicker"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setCompany(dialog->chosen()); });
    dialog->open();
}

void PersonIdentitySection::setCompany(const QJsonObject &company)
{
    if (!document() || company.value(QLatin1String("ContactId")).toInt() <= 0)
        return;
    if (company.value(QLatin1String("ContactId")) == document()
                                                         ->person()
                                                         .json()
                                                         .value(QLatin1String("Contact"))
                                                         .toObject()
                                                         .value(QLatin1String("ContactId")))
        return;
    document()->breakMerge();
    document()->setValue(JsonPath("Contact"), company, tr("Change company"));
    document()->breakMerge();
}

void PersonIdentitySection::documentChanged()
{
    if (!document())
        return;
    // The company's name is not a bound editor: it follows undo and redo here.
    connect(document(), &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && path.at(0).key == QLatin1String("Contact"))
            load();
    });
}

void PersonIdentitySection::load()
{
    binder()->load();
    if (!document())
        return;
    const QString name = document()->person().contactName();
    m_company->setText(name.isEmpty() ? tr("(no company)") : DisplayText::line(name));
}

void PersonIdentitySection::applyRights()
{
    binder()->applyRights();
    if (!document())
        return;
    const QString member = QStringLiteral("Contact");
    FieldRights::Access access = FieldCatalogue::access(member, document()->rights(), kind());
    RightsApplier::apply(access, m_changeCompany, m_companyCaption,
                         FieldCatalogue::formLabel(member, kind()));
    m_changeCompany->setAccessibleName(tr("Change the company"));
    m_company->setVisible(access.visible);
    if (!m_client)
        m_changeCompany->setEnabled(false);
}
