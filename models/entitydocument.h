#pragma once

#include "contactentity.h"
#include "entityedit.h"
#include "entitykind.h"
#include "fieldrights.h"
#include "jsonpath.h"
#include "listchanges.h"
#include "personentity.h"

#include <QObject>
#include <QUndoStack>

// One open company or person: the base entity as last loaded from the server, the working entity
// the user edits, and the undo stack. Every edit goes through an undo command that calls apply(),
// which changes the working entity in place and announces exactly what changed so item models and
// the draft store can follow.
class EntityDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int UndoLimit = 200;

    explicit EntityDocument(const ContactEntity &base, QObject *parent = nullptr);
    EntityDocument(EntityKind kind, const QJsonObject &base, QObject *parent = nullptr);

    EntityKind kind() const { return m_kind; }
    // ContactId or PersonId of the working entity; 0 while it is not saved yet.
    int id() const;
    bool isNew() const { return id() == 0; }
    ContactEntity base() const { return ContactEntity(m_base); }
    ContactEntity entity() const { return ContactEntity(m_working); }
    PersonEntity person() const { return PersonEntity(m_working); }
    const QJsonObject &working() const { return m_working; }
    const FieldRights &rights() const { return m_rights; }
    QUndoStack *undoStack() const { return m_undo; }

    QJsonValue value(const JsonPath &path) const { return path.get(m_working); }
    bool isModified() const;

    // Edits, each one undoable step. Typing into one field merges into one step until
    // breakMerge() (call it when the editor loses focus).
    void setValue(const JsonPath &path, const QJsonValue &value, const QString &text = QString());
    void setValues(const QList<std::pair<JsonPath, QJsonValue>> &changes, const QString &text);
    void insertElement(const JsonPath &list, int row, const QJsonValue &value,
                       const QString &text = QString());
    void removeElement(const JsonPath &list, int row, const QString &text = QString());
    void moveElement(const JsonPath &list, int from, int to, const QString &text = QString());
    void breakMerge() { ++m_mergeEpoch; }
    int mergeEpoch() const { return m_mergeEpoch; }

    // After a save: the server's answer becomes base and working entity; history is kept but
    // the current state is marked clean. known: a list's changed rows, if already worked out.
    void acceptSaved(const Carrier &saved, const ListChanges &known = ListChanges());
    // While the document announces a new version (reset): what acceptSaved was given.
    const ListChanges &knownChanges() const { return m_known; }
    // Reopening a draft: base and working as stored, no history.
    void restore(const Carrier &base, const Carrier &working);
    // The server's newer value of a member the user does not edit (a company's Persons after one
    // of them was saved): base and working both take it, so it is not a change of the user's.
    void takeServerValue(const QString &member, const QJsonValue &value);
    // Revert: drop every change since the base.
    void revert();

    // The undo commands' way in: makes one edit and announces it; does not push anything.
    void apply(const EntityEdit &edit);
    // After rebuilding history whose clean step matches the base: modified follows the stack.
    void markRestoredClean();

    // A human name for a member, used to name undo steps ("Change Name").
    QString memberLabel(const QString &member) const;

signals:
    void valueChanged(const JsonPath &path);
    void elementsAboutToBeInserted(const JsonPath &list, int row);
    void elementsInserted(const JsonPath &list, int row);
    void elementsAboutToBeRemoved(const JsonPath &list, int row);
    void elementsRemoved(const JsonPath &list, int row);
    void elementAboutToBeMoved(const JsonPath &list, int from, int to);
    void elementMoved(const JsonPath &list, int from, int to);
    void aboutToReset();
    void reset();
    // After every change of the working entity, whatever its kind.
    void edited();
    // The same change as an edit, for the draft store.
    void editApplied(const EntityEdit &edit);
    void modifiedChanged(bool modified);
    void rightsChanged();

private:
    void applyValue(const JsonPath &path, const QJsonValue &value);
    void applyInsert(const JsonPath &list, int row, const QJsonValue &value);
    void applyRemove(const JsonPath &list, int row);
    void applyMove(const JsonPath &list, int from, int to);
    void refreshRights();
    void updateModified();
    // Frees a replaced version (left empty), off this thread when it is very large.
    static void releaseOld(QJsonObject &old);

    EntityKind m_kind = EntityKind::Contact;
    QJsonObject m_base;
    QJsonObject m_working;
    ListChanges m_known;
    FieldRights m_rights;
    bool m_rightsKnown = false;
    QUndoStack *m_undo;
    bool m_restoredDirty = false;
    bool m_lastModified = false;
    int m_mergeEpoch = 0;
};
