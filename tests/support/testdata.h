#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Fixture files under tests/data and small helpers shared by the suites.
namespace TestData {

QString path(const QString &name);
QByteArray bytes(const QString &name);
QJsonObject object(const QString &name);
// The members of two JSON values that differ, as paths ("Phones[0].Value"); empty when equal.
QStringList differences(const QJsonValue &a, const QJsonValue &b,
                        const QString &prefix = QString());
// Bytes the allocator has handed out and not had back: what a piece of code keeps on the heap.
qint64 heapInUse();

} // namespace TestData
