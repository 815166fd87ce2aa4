#include "identitysection.h"

#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

IdentitySection::IdentitySection(QWidget *parent)
    : FormSection(tr("Company"), parent)
{
    auto *form = new QFormLayout(this);
    for (const FieldDescriptor &field :
         FieldCatalogue::fields(FieldDescriptor::Section::Identity)) {
        auto *edit = new QLineEdit(this);
        auto *caption = new QLabel(this);
        form->addRow(caption, edit);
        binder()->bindLineEdit(edit, field.member, caption);
        if (field.member == QLatin1String("Name")) {
            m_name = edit;
        } else if (field.member == QLatin1String("OrgNr")) {
            m_orgNr = edit;
            m_orgNrLabel = caption;
        } else if (field.member == QLatin1String("Kananame")) {
            m_kana = edit;
            m_kanaLabel = caption;
        }
    }
}

QString IdentitySection::orgNrLabel() const
{
    const QString text =
        document() ? document()->entity().country().orgNrText().trimmed() : QString();
    return text.isEmpty() ? FieldCatalogue::formLabel(QStringLiteral("OrgNr")) : text;
}

void IdentitySection::load()
{
    binder()->load();
}

void IdentitySection::applyRights()
{
    binder()->applyRights();
    // The country's own name for the number ("Org.nr", "CVR", "Y-tunnus").
    const auto access = binder()->access(JsonPath("OrgNr"));
    const QString label = orgNrLabel();
    m_orgNrLabel->setText(access.mandatory ? label + QStringLiteral(" *") : label);
    m_orgNr->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const bool hasKana = document() && !document()->entity().kananame().isEmpty();
    const bool showKana = binder()->access(JsonPath("Kananame")).visible && (japanese || hasKana);
    m_kana->setVisible(showKana);
    m_kanaLabel->setVisible(showKana);
}

void IdentitySection::documentChanged()
{
    if (!document())
        return;
    connect(document(), &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && (path.at(0).key == QLatin1String("Country") ||
                                path.at(0).key == QLatin1String("Kananame")))
            applyRights();
    });
}
