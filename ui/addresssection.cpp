#include "addresssection.h"

#include "entitydocument.h"
#include "fieldbinder.h"
#include "fieldcatalogue.h"
#include "rightsapplier.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A part named for the user wherever it came from: "Street address (street)" when a company's
// street and postal parts could be mixed up.
QString partLabel(const Address &address, Address::Part part)
{
    const QString label = address.label(part);
    if (Address::isPersonPart(part))
        return label;
    return Address::isStreet(part) ? AddressSection::tr("%1 (street)").arg(label)
                                   : AddressSection::tr("%1 (postal)").arg(label);
}

} // namespace

AddressSection::AddressSection(QWidget *parent, EntityKind kind)
    : FormSection(FieldCatalogue::label(QStringLiteral("Address"), kind), parent, kind)
    , m_fields(new QWidget(this))
    , m_grid(new QGridLayout(m_fields))
    , m_formatted(new QLabel(this))
    , m_formattedLabel(new QLabel(tr("As written"), this))
    , m_unplaced(new QWidget(this))
{
    // The mandatory banner finds the address by its member and focuses its first field.
    setObjectName(QStringLiteral("Address"));
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
    m_unplaced->setObjectName(QStringLiteral("unplacedAddress"));
    new QVBoxLayout(m_unplaced);
    m_unplaced->layout()->setContentsMargins(0, 0, 0, 0);
    m_unplaced->hide();
    layout->addWidget(m_unplaced);
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
            // The layout's caption ("Postcode/City"), none for the second field on a line; the
            // edit is always named after its own part.
            auto *label = new QLabel(address.caption(part), m_fields);
            auto *edit = new QLineEdit(m_fields);
            edit->setObjectName(Address::partName(part));
            FieldBinder::leaveUndoToWindow(edit);
            if (!label->text().isEmpty())
                label->setBuddy(edit);
            m_grid->addWidget(label, row, column++);
            m_grid->addWidget(edit, row, column++, 1, line.size() == 1 ? 3 : 1);
            m_edits.insert(int(part), edit);
            m_labels.insert(int(part), label);
            FieldBinder::onTextChanged(edit, this,
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
    if (!m_layout.isEmpty() && !m_layout.first().isEmpty())
        setFocusProxy(m_edits.value(int(m_layout.first().first())));
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
    updateUnplaced();
    binder()->load();
}

QString AddressSection::caption(Address::Part part) const
{
    const QLabel *label = m_labels.value(int(part));
    return label ? label->text().remove(RightsApplier::mandatoryMarker()) : QString();
}

void AddressSection::updateUnplaced()
{
    const Address address = document()->entity().address();
    const QList<Address::Part> unplaced = address.unplacedParts();
    QList<Address::Part> placed;
    for (const QList<Address::Part> &line : std::as_const(m_layout))
        placed.append(line);
    // Rebuilt each time: a handful of rows at most, and only after the address changed.
    qDeleteAll(m_unplaced->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_unplacedParts = unplaced;
    m_unplaced->setVisible(!unplaced.isEmpty());
    if (unplaced.isEmpty())
        return;
    const bool editable =
        FieldCatalogue::access(QStringLiteral("Address"), document()->rights(), kind()).editable;
    auto *heading = new QLabel(tr("Not in this country's address (kept until you move or drop "
                                  "them):"),
                               m_unplaced);
    heading->setWordWrap(true);
    m_unplaced->layout()->addWidget(heading);
    for (Address::Part part : unplaced) {
        auto *row = new QWidget(m_unplaced);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        const QString name = partLabel(address, part);
        auto *value = new QLabel(tr("%1: %2").arg(name, address.value(part)), row);
        value->setTextFormat(Qt::PlainText);
        value->setObjectName(QStringLiteral("unplaced_") + Address::partName(part));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        h->addWidget(value, 1);
        auto *move = new QToolButton(row);
        move->setText(tr("Move to"));
        move->setAccessibleName(tr("Move %1 to another field").arg(name));
        move->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(move);
        for (Address::Part target : std::as_const(placed)) {
            connect(menu->addAction(partLabel(address, target)), &QAction::triggered, this,
                    [this, part, target] { moveUnplaced(part, target); });
        }
        move->setMenu(menu);
        move->setEnabled(editable && !placed.isEmpty());
        h->addWidget(move);
        auto *drop = new QPushButton(tr("Drop"), row);
        drop->setAutoDefault(false);
        drop->setAccessibleName(tr("Drop %1").arg(name));
        drop->setEnabled(editable);
        connect(drop, &QPushButton::clicked, this, [this, part] { dropUnplaced(part); });
        h->addWidget(drop);
        m_unplaced->layout()->addWidget(row);
    }
}

void AddressSection::moveUnplaced(Address::Part from, Address::Part to)
{
    if (!document())
        return;
    Address address = document()->entity().address();
    const QString moved = address.value(from);
    const QString there = address.value(to).trimmed();
    if (!address.setValue(to, there.isEmpty() ? moved : there + QLatin1Char(' ') + moved))
        return;
    address.setValue(from, QString());
    document()->breakMerge();
    document()->setValue(
        JsonPath("Address"), address.json(),
        tr("Move %1 into %2").arg(partLabel(address, from), partLabel(address, to)));
    document()->breakMerge();
}

void AddressSection::dropUnplaced(Address::Part part)
{
    if (!document())
        return;
    Address address = document()->entity().address();
    address.setValue(part, QString());
    document()->breakMerge();
    document()->setValue(JsonPath("Address"), address.json(),
                         tr("Drop %1").arg(partLabel(address, part)));
    document()->breakMerge();
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
        // A mandatory address is marked once, on the section, not on every line.
        a.mandatory = false;
        if (m_ownAddress && !m_ownAddress->isChecked() && a.editable) {
            // The company's address applies: the person's own is kept but not in use.
            a.editable = false;
            a.reason = tr("The person uses the company's address");
        }
        QLabel *label = m_labels.value(it.key());
        RightsApplier::apply(a, it.value(), label,
                             label->text().remove(RightsApplier::mandatoryMarker()));
        // A caption's words name its field; one without a caption is named after its part.
        const QString caption = label->text().remove(RightsApplier::mandatoryMarker());
        it.value()->setAccessibleName(caption.isEmpty() ? document()->entity().address().label(part)
                                                        : RightsApplier::plainLabel(caption));
    }
    if (m_ownAddress) {
        binder()->applyRights();
        m_usesCompany->setVisible(!m_ownAddress->isChecked());
    }
    const QString title = FieldCatalogue::label(QStringLiteral("Address"), kind());
    setTitle(access.mandatory ? title + RightsApplier::mandatoryMarker() : title);
    setVisible(access.visible);
}
