#include "communicationsection.h"

#include "elementlisteditor.h"
#include "entitydocument.h"
#include "entityelementlistmodel.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "rightsapplier.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

CommunicationSection::CommunicationSection(QWidget *parent, EntityKind kind)
    : FormSection(tr("Communication"), parent, kind)
    , m_domains(new QLineEdit(this))
    , m_domainsLabel(new QLabel(FieldCatalogue::formLabel(QStringLiteral("Domains"), kind), this))
{
    auto *grid = new QGridLayout(this);
    int i = 0;
    for (const FieldDescriptor &field :
         FieldCatalogue::fields(FieldDescriptor::Section::Communication, kind)) {
        if (field.kind != FieldDescriptor::Kind::ElementList)
            continue;
        auto *editor = new ElementListEditor(field.formLabel(), this);
        editor->setObjectName(field.member);
        grid->addWidget(editor, i / 2, i % 2);
        m_editors.append({field.member, editor});
        ++i;
    }
    auto *domainRow = new QHBoxLayout;
    m_domains->setObjectName(QStringLiteral("Domains"));
    FieldBinder::leaveUndoToWindow(m_domains);
    m_domains->setPlaceholderText(tr("example.com, example.no"));
    m_domainsLabel->setBuddy(m_domains);
    m_domains->setAccessibleName(FieldCatalogue::label(QStringLiteral("Domains"), kind));
    domainRow->addWidget(m_domainsLabel);
    domainRow->addWidget(m_domains, 1);
    grid->addLayout(domainRow, (i + 1) / 2, 0, 1, 2);
    // Web domains are a company's; a person has none.
    m_domains->setVisible(kind == EntityKind::Contact);
    m_domainsLabel->setVisible(kind == EntityKind::Contact);
    // Stored as typed (one undo step per visit): nothing typed is missing from a save or a draft.
    FieldBinder::onTextChanged(m_domains, this, [this](const QString &) { storeDomains(); });
    connect(m_domains, &QLineEdit::editingFinished, this, [this] {
        if (document())
            document()->breakMerge();
    });

    // Domains was created before the lists but sits below them: Tab reaches it last.
    QWidget *last = nullptr;
    for (QWidget *w = nextInFocusChain(); w && w != this && isAncestorOf(w);
         w = w->nextInFocusChain()) {
        if (w != m_domains && (w->focusPolicy() & Qt::TabFocus))
            last = w;
    }
    if (last)
        setTabOrder(last, m_domains);
}

ElementListEditor *CommunicationSection::editor(const QString &member) const
{
    for (const auto &[name, editor] : m_editors) {
        if (name == member)
            return editor;
    }
    return nullptr;
}

void CommunicationSection::documentChanged()
{
    qDeleteAll(m_models);
    m_models.clear();
    if (!document())
        return;
    for (const auto &[member, editor] : std::as_const(m_editors)) {
        auto *model = new EntityElementListModel(document(), member, this);
        m_models.append(model);
        editor->setModel(model);
    }
    connect(document(), &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && path.at(0).key == QLatin1String("Domains"))
            load();
    });
}

void CommunicationSection::storeDomains()
{
    if (!document() || m_updating)
        return;
    QJsonArray domains;
    for (const QString &part : m_domains->text().split(
             QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        domains.append(part.trimmed().toLower());
    if (document()->working().value(QLatin1String("Domains")).toArray() != domains &&
        !(domains.isEmpty() && !document()->working().contains(QLatin1String("Domains"))))
        document()->setValue(JsonPath("Domains"), domains);
}

void CommunicationSection::load()
{
    if (!document() || kind() != EntityKind::Contact)
        return;
    const QString text = document()->entity().domains().join(QStringLiteral(", "));
    if (m_domains->text() != text && !m_domains->hasFocus()) {
        // The server's spelling is shown as it is: only the user's typing is normalised.
        m_updating = true;
        m_domains->setText(text);
        m_updating = false;
    }
}

void CommunicationSection::applyRights()
{
    if (!document())
        return;
    const QString domains = QStringLiteral("Domains");
    if (kind() == EntityKind::Contact)
        RightsApplier::apply(FieldCatalogue::access(domains, document()->rights(), kind()),
                             m_domains, m_domainsLabel, FieldCatalogue::formLabel(domains));
    for (const auto &[member, editor] : std::as_const(m_editors)) {
        const auto access = FieldCatalogue::access(member, document()->rights(), kind());
        editor->setVisible(access.visible);
        editor->setMandatory(access.mandatory);
    }
}
