#include "communicationsection.h"

#include "contactdocument.h"
#include "elementlisteditor.h"
#include "entityelementlistmodel.h"
#include "fieldbinder.h"
#include "rightsapplier.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

CommunicationSection::CommunicationSection(QWidget *parent)
    : FormSection(tr("Communication"), parent)
    , m_domains(new QLineEdit(this))
    , m_domainsLabel(new QLabel(tr("Domain&s"), this))
{
    auto *grid = new QGridLayout(this);
    const QList<std::pair<const char *, QString>> lists{{"Phones", tr("&Phones")},
                                                        {"Emails", tr("E-&mail addresses")},
                                                        {"Urls", tr("&Web addresses")},
                                                        {"Faxes", tr("Fa&xes")}};
    int i = 0;
    for (const auto &[member, title] : lists) {
        auto *editor = new ElementListEditor(title, this);
        editor->setObjectName(QString::fromLatin1(member));
        grid->addWidget(editor, i / 2, i % 2);
        m_editors.append({QString::fromLatin1(member), editor});
        ++i;
    }
    auto *domainRow = new QHBoxLayout;
    m_domains->setObjectName(QStringLiteral("Domains"));
    FieldBinder::leaveUndoToWindow(m_domains);
    m_domains->setPlaceholderText(tr("example.com, example.no"));
    m_domainsLabel->setBuddy(m_domains);
    m_domains->setAccessibleName(RightsApplier::plainLabel(m_domainsLabel->text()));
    domainRow->addWidget(m_domainsLabel);
    domainRow->addWidget(m_domains, 1);
    grid->addLayout(domainRow, 2, 0, 1, 2);
    // Stored as typed (one undo step per visit): nothing typed is missing from a save or a draft.
    connect(m_domains, &QLineEdit::textEdited, this, &CommunicationSection::storeDomains);
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
    connect(document(), &ContactDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && path.at(0).key == QLatin1String("Domains"))
            load();
    });
}

void CommunicationSection::storeDomains()
{
    if (!document())
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
    if (!document())
        return;
    const QString text = document()->entity().domains().join(QStringLiteral(", "));
    if (m_domains->text() != text && !m_domains->hasFocus())
        m_domains->setText(text);
}

void CommunicationSection::applyRights()
{
    if (!document())
        return;
    RightsApplier::apply(document()->rights().field(QStringLiteral("Domains")), m_domains,
                         m_domainsLabel, tr("Domain&s"));
    for (const auto &[member, editor] : std::as_const(m_editors)) {
        const auto access = document()->rights().field(member);
        editor->setVisible(access.visible);
    }
}
