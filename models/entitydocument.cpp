#include "entitydocument.h"

#include "backgroundrelease.h"
#include "fieldcatalogue.h"
#include "insertelementcommand.h"
#include "jsonequal.h"
#include "moveelementcommand.h"
#include "removeelementcommand.h"
#include "setvaluecommand.h"

#include <QHash>

#include <utility>

namespace {

bool touchesRights(const JsonPath &path, EntityKind kind)
{
    if (path.isEmpty())
        return true;
    const QString &first = path.at(0).key;
    return first == QLatin1String("TableRight") || first == QLatin1String("FieldProperties") ||
           first == EntityKinds::idMember(kind);
}

} // namespace

EntityDocument::EntityDocument(const ContactEntity &base, QObject *parent)
    : EntityDocument(EntityKind::Contact, base.json(), parent)
{}

EntityDocument::EntityDocument(EntityKind kind, const QJsonObject &base, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_base(base)
    , m_working(base)
    , m_undo(new QUndoStack(this))
{
    // A long session keeps its last steps; older ones go (the edits themselves stay).
    m_undo->setUndoLimit(UndoLimit);
    refreshRights();
    connect(m_undo, &QUndoStack::cleanChanged, this, &EntityDocument::updateModified);
}

int EntityDocument::id() const
{
    return int(m_working.value(EntityKinds::idMember(m_kind)).toInteger());
}

bool EntityDocument::isModified() const
{
    return !m_undo->isClean() || m_restoredDirty;
}

void EntityDocument::updateModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void EntityDocument::setValue(const JsonPath &path, const QJsonValue &value, const QString &text)
{
    if (path.get(m_working) == value)
        return;
    m_undo->push(new SetValueCommand(
        this, {{path, value}},
        text.isEmpty() ? tr("Change %1").arg(memberLabel(path.at(0).key)) : text));
}

void EntityDocument::setValues(const QList<std::pair<JsonPath, QJsonValue>> &changes,
                               const QString &text)
{
    QList<std::pair<JsonPath, QJsonValue>> real;
    for (const auto &change : changes) {
        if (change.first.get(m_working) != change.second)
            real.append(change);
    }
    if (real.isEmpty())
        return;
    auto *command = new SetValueCommand(this, real, text);
    m_undo->push(command);
}

void EntityDocument::insertElement(const JsonPath &list, int row, const QJsonValue &value,
                                   const QString &text)
{
    m_undo->push(new InsertElementCommand(
        this, list, row, value,
        text.isEmpty() ? tr("Add %1").arg(memberLabel(list.at(0).key)) : text));
}

void EntityDocument::removeElement(const JsonPath &list, int row, const QString &text)
{
    m_undo->push(new RemoveElementCommand(
        this, list, row, text.isEmpty() ? tr("Remove %1").arg(memberLabel(list.at(0).key)) : text));
}

void EntityDocument::moveElement(const JsonPath &list, int from, int to, const QString &text)
{
    if (from == to)
        return;
    m_undo->push(new MoveElementCommand(
        this, list, from, to,
        text.isEmpty() ? tr("Move %1").arg(memberLabel(list.at(0).key)) : text));
}

void EntityDocument::acceptSaved(const Carrier &saved, const ListChanges &known)
{
    emit aboutToReset();
    QJsonObject oldBase = std::exchange(m_base, saved.json());
    QJsonObject oldWorking = std::exchange(m_working, saved.json());
    m_restoredDirty = false;
    // The history no longer applies to the server's new version (ids and dates changed).
    m_undo->clear();
    refreshRights();
    m_known = known;
    emit reset();
    // Its lists are let go of here, not kept to be freed on this thread later.
    m_known = ListChanges();
    emit edited();
    updateModified();
    releaseOld(oldBase);
    releaseOld(oldWorking);
}

void EntityDocument::restore(const Carrier &base, const Carrier &working)
{
    emit aboutToReset();
    QJsonObject oldBase = std::exchange(m_base, base.json());
    QJsonObject oldWorking = std::exchange(m_working, working.json());
    m_undo->clear();
    m_restoredDirty = !JsonEqual::equal(m_base, m_working);
    refreshRights();
    emit reset();
    updateModified();
    releaseOld(oldBase);
    releaseOld(oldWorking);
}

void EntityDocument::releaseOld(QJsonObject &old)
{
    // The models and the history have let go of the old version by now (reset, cleared): the
    // caller's copy is its last owner, and a huge company's takes long to free.
    BackgroundRelease::release(old, old);
}

void EntityDocument::takeServerValue(const QString &member, const QJsonValue &value)
{
    if (m_base.value(member) == value && m_working.value(member) == value)
        return;
    m_base.insert(member, value);
    m_working.insert(member, value);
    emit valueChanged(JsonPath(member));
    emit edited();
}

void EntityDocument::revert()
{
    if (!isModified())
        return;
    emit aboutToReset();
    QJsonObject oldWorking = std::exchange(m_working, m_base);
    m_undo->clear();
    m_restoredDirty = false;
    refreshRights();
    emit reset();
    emit edited();
    updateModified();
    releaseOld(oldWorking);
}

void EntityDocument::applyValue(const JsonPath &path, const QJsonValue &value)
{
    // An undefined value is the undo of a member that did not exist before: it goes again.
    const EntityEdit edit = EntityEdit::changeMember(path, path.get(m_working), value);
    edit.applyTo(m_working);
    if (touchesRights(path, m_kind))
        refreshRights();
    emit valueChanged(path);
    emit editApplied(edit);
    emit edited();
}

void EntityDocument::applyInsert(const JsonPath &list, int row, const QJsonValue &value)
{
    QJsonValue current = list.get(m_working);
    QJsonArray array = current.toArray();
    current = QJsonValue();
    row = qBound(0, row, int(array.size()));
    emit elementsAboutToBeInserted(list, row);
    list.set(m_working, QJsonArray()); // drop the document's reference before editing
    array.insert(row, value);
    list.set(m_working, array);
    emit elementsInserted(list, row);
    emit editApplied(EntityEdit::insertElement(list, row, value));
    emit edited();
}

void EntityDocument::applyRemove(const JsonPath &list, int row)
{
    QJsonArray array = list.get(m_working).toArray();
    if (row < 0 || row >= array.size())
        return;
    emit elementsAboutToBeRemoved(list, row);
    list.set(m_working, QJsonArray());
    const QJsonValue element = array.takeAt(row);
    list.set(m_working, array);
    emit elementsRemoved(list, row);
    emit editApplied(EntityEdit::removeElement(list, row, element));
    emit edited();
}

void EntityDocument::applyMove(const JsonPath &list, int from, int to)
{
    QJsonArray array = list.get(m_working).toArray();
    if (from < 0 || from >= array.size() || to < 0 || to >= array.size() || from == to)
        return;
    emit elementAboutToBeMoved(list, from, to);
    list.set(m_working, QJsonArray());
    const QJsonValue v = array.takeAt(from);
    array.insert(to, v);
    list.set(m_working, array);
    emit elementMoved(list, from, to);
    emit editApplied(EntityEdit::moveElement(list, from, to));
    emit edited();
}

void EntityDocument::apply(const EntityEdit &edit)
{
    switch (edit.kind) {
    case EntityEdit::Kind::SetMember:
        applyValue(edit.path, edit.after);
        break;
    case EntityEdit::Kind::RemoveMember:
        applyValue(edit.path, QJsonValue(QJsonValue::Undefined));
        break;
    case EntityEdit::Kind::InsertElement:
        applyInsert(edit.path, edit.from, edit.after);
        break;
    case EntityEdit::Kind::RemoveElement:
        applyRemove(edit.path, edit.from);
        break;
    case EntityEdit::Kind::MoveElement:
        applyMove(edit.path, edit.from, edit.to);
        break;
    }
}

void EntityDocument::markRestoredClean()
{
    m_restoredDirty = false;
    updateModified();
}

void EntityDocument::refreshRights()
{
    // A save's answer mostly leaves the rights as they were: then nothing is told again (every
    // row of 10,000 persons would be).
    FieldRights rights = FieldRights::fromCarrier(m_working, isNew());
    if (rights == m_rights && m_rightsKnown)
        return;
    m_rights = std::move(rights);
    m_rightsKnown = true;
    emit rightsChanged();
}

QString EntityDocument::memberLabel(const QString &member) const
{
    // Undo steps name the field as the form and review do.
    const FieldDescriptor *field = FieldCatalogue::find(member, m_kind);
    return field ? field->entryLabel() : member;
}
