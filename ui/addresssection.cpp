#include "addresssection.h"

#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "rightsapplier.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AddressSection::AddressSection(QWidget *parent, EntityKind kind)
    : FormSection(FieldCatalogue::label(QStringLiteral("Address"), kind), parent, kind)
    , m_fields(new QWidget(this))
    , m_grid(new QGridLayout(m_fields))
    , m_formatted(new QLabel(this))
    , m_formattedLabel(new QLabel(tr("As written"), this))
{
    auto *layout = new QVBoxLayout(this);
    if (kind == EntityKind::Person) {
        m_ownAddress = new QCheckBox(this);
        binder()->bindCheckBox(m_ownAddress, QStringLiteral("UsePersonAddress"));
        m_usesCompany = new QLabel(tr("Uses the company's address."), this);
        m_usesCompany->setObjectName(QStringLiteral("usesCompanyAddress"));
        m_usesCompany->setWordWrap(true);
        layout->addWidget(m_ownAddress);
        layout->addWidget(m_usesCompany);
    }
    m_grid->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fields);
    m_formatted->setTextFormat(Qt::PlainText);
    m_formatted->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_formatted->setObjectName(QStringLiteral("Formatted"));
    m_formatted->setAccessibleName(tr("As written"));
    m_formatted->setFrameShape(QFrame::StyledPanel);
    m_formatted->setMargin(4);
    m_formattedLabel->setBuddy(m_formatted);
    layout->addWidget(m_formattedLabel);
    layout->addWidget(m_formatted);
}

QString AddressSection::formattedText() const
{
    return m_formatted->text();
}

void AddressSection::documentChanged()
{
    if (!document())
        return;
    connect(document(), &EntityDocument::valueChanged, this, [this](const JsonPath &path) {
        if (!path.isEmpty() && (path.at(0).key == QLatin1String("Address") ||
                                path.at(0).key == QLatin1String("Country")))
            load();
        if (!path.isEmpty() && path.at(0).key == QLatin1String("UsePersonAddress"))
            applyRights();
    });
}

void AddressSection::rebuild()
{
    // The layout can change (another country, an enrichment filling a form): new editors.
    qDeleteAll(m_edits);
    qDeleteAll(m_labels);
    m_edits.clear();
    m_labels.clear();
    const Address address = document()->entity().address();
    int row = 0;
    for (const QList<Address::Part> &line : std::as_const(m_layout)) {
        int column = 0;
        for (Address::Part part : line) {
            auto *label = new QLabel(address.label(part), m_fields);
            auto *edit = new QLineEdit(m_fields);
            edit->setObjectName(Address::partName(part));
            FieldBinder::leaveUndoToWindow(edit);
            label->setBuddy(edit);
            m_grid->addWidget(label, row, column++);
            m_grid->addWidget(edit, row, column++, 1, line.size() == 1 ? 3 : 1);
            m_edits.insert(int(part), edit);
            m_labels.insert(int(part), label);
            connect(edit, &QLineEdit::textEdited, this,
                    [this, part](const QString &text) { store(part, text); });
            connect(edit, &QLineEdit::editingFinished, this, [this] {
                if (document())
                    document()->breakMerge();
            });
        }
        ++row;
    }
    // Tab order follows the layout.
    QWidget *previous = nullptr;
    for (const QList<Address::Part> &line : std::as_const(m_layout)) {
        for (Address::Part part : line) {
            if (previous)
                setTabOrder(previous, m_edits.value(int(part)));
            previous = m_edits.value(int(part));
        }
    }
}

void AddressSection::load()
{
    if (!document())
        return;
    const Address address = document()->entity().address();
    const QList<QList<Address::Part>> layout = address.layout();
    if (layout != m_layout || m_edits.isEmpty()) {
        m_layout = layout;
        rebuild();
        applyRights();
    }
    m_updating = true;
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const QString value = address.value(Address::Part(it.key()));
        if (it.value()->text() != value) {
            const int cursor = it.value()->cursorPosition();
            it.value()->setText(value);
            it.value()->setCursorPosition(qMin(cursor, int(value.size())));
        }
    }
    m_updating = false;
    updateFormatted();
    binder()->load();
}

void AddressSection::store(Address::Part part, const QString &text)
{
    if (!document() || m_updating)
        return;
    Address address = document()->entity().address();
    if (!address.setValue(part, text))
        return;
    document()->setValue(JsonPath("Address"), address.json(), tr("Change address"));
}

void AddressSection::updateFormatted()
{
    const Address address = document()->entity().address();
    const bool edited = document()->base().address().json() != address.json();
    // The server's Formatted is only refreshed on save; after an edit show the composed text.
    const QString text = edited || address.formatted().trimmed().isEmpty()
                             ? address.composed()
                             : address.formatted().trimmed();
    m_formatted->setText(text.isEmpty() ? tr("(no address)") : text);
}

void AddressSection::applyRights()
{
    if (!document())
        return;
    const FieldRights::Access access =
        FieldCatalogue::access(QStringLiteral("Address"), document()->rights(), kind());
    const FieldRights nested = document()->rights().nested(document()->entity().address().json());
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const Address::Part part = Address::Part(it.key());
        FieldRights::Access a = access;
        if (a.editable) {
            const FieldRights::Access own = nested.field(Address::partName(part));
            a.editable = own.editable;
            if (!own.reason.isEmpty())
                a.reason = own.reason;
        }
        a.maxLength = document()->entity().address().maxLength(part);
        if (m_ownAddress && !m_ownAddress->isChecked() && a.editable) {
            // The company's address applies: the person's own is kept but not in use.
            a.editable = false;
            a.reason = tr("The person uses the company's address");
        }
        QLabel *label = m_labels.value(it.key());
        RightsApplier::apply(a, it.value(), label,
                             label->text().remove(RightsApplier::mandatoryMarker()));
    }
    if (m_ownAddress) {
        binder()->applyRights();
        m_usesCompany->setVisible(!m_ownAddress->isChecked());
    }
    setVisible(access.visible);
}
