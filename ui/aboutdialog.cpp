#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("About Contact Editor"));
    setObjectName(QStringLiteral("aboutDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Contact Editor icon"));
    head->addWidget(icon);
    auto *title =
        new QLabel(tr("Contact Editor %1").arg(QCoreApplication::applicationVersion()), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    title->setTextFormat(Qt::PlainText);
    head->addWidget(title, 1);
    layout->addLayout(head);

    // Links as plain text: nothing here opens a browser by a stray click, and all of it copies.
    const QString text =
        tr("Edit SuperOffice CRM companies, online or offline.") + QStringLiteral("\n\n") +
        tr("Version %1").arg(QCoreApplication::applicationVersion()) + QLatin1Char('\n') +
        tr("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
        QLatin1Char('\n') +
        tr("QtKeychain %1").arg(QStringLiteral(CONTACT_EDITOR_QTKEYCHAIN_VERSION)) +
        QLatin1Char('\n') + tr("System: %1").arg(QSysInfo::prettyProductName()) +
        QStringLiteral("\n\n") + tr("Licences") + QLatin1Char('\n') +
        tr("Contact Editor: %1").arg(applicationLicence()) + QLatin1Char('\n') +
        tr("Qt: GNU Lesser General Public License v3 (LGPL-3.0-only); "
           "https://www.qt.io/licensing/") +
        QLatin1Char('\n') +
        tr("QtKeychain: BSD 3-Clause License (BSD-3-Clause); "
           "https://github.com/frankosterfeld/qtkeychain") +
        QStringLiteral("\n\n") + tr("Project: %1").arg(QStringLiteral(CONTACT_EDITOR_HOMEPAGE)) +
        QLatin1Char('\n') +
        tr("Report a problem: %1").arg(QStringLiteral(CONTACT_EDITOR_HOMEPAGE "/issues"));
    m_text->setPlainText(text);
    m_text->setReadOnly(true);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setAccessibleName(tr("About Contact Editor"));
    m_text->setMinimumSize(520, 280);
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setAccessibleName(tr("Copy the versions and licences"));
    copy->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close About"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_text->toPlainText();
}

QString AboutDialog::applicationLicence()
{
    // The repository has no LICENSE file yet: say what that means instead of inventing one.
    return tr("no licence has been chosen yet (LicenseRef-proprietary): the repository grants "
              "no rights beyond using this copy");
}
