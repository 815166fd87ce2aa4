#include "identitysection.h"

#include "contactdocument.h"
#include "fieldbinder.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

IdentitySection::IdentitySection(QWidget *parent)
    : FormSection(tr("Company"), parent)
{
    auto *form = new QFormLayout(this);
    auto add = [&](const char *member, const QString &label) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(member));
        auto *caption = new QLabel(label, this);
        form->addRow(caption, edit);
        binder()->bindLineEdit(edit, JsonPath(member), caption, label);
        return std::make_pair(edit, caption);
    };
    m_name = add("Name", tr("&Name")).first;
    add("Department", tr("&Department"));
    auto org = add("OrgNr", tr("&Org. number"));
    m_orgNr = org.first;
    m_orgNrLabel = org.second;
    add("Number1", tr("Number &1"));
    add("Number2", tr("Number &2"));
    auto kana = add("Kananame", tr("&Kana name"));
    m_kana = kana.first;
    m_kanaLabel = kana.second;
}

QString IdentitySection::orgNrLabel() const
{
    const QString text =
        document() ? document()->entity().country().orgNrText().trimmed() : QString();
    return text.isEmpty() ? tr("&Org. number") : text;
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
    connect(document(), &ContactDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && (path.at(0).key == QLatin1String("Country") ||
                                path.at(0).key == QLatin1String("Kananame")))
            applyRights();
    });
}
