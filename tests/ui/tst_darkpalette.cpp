#include "classificationsection.h"
#include "communicationsection.h"
#include "elementlisteditor.h"
#include "identitysection.h"
#include "palettetones.h"
#include "searchpanel.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStyleFactory>
#include <QtTest>

// The editor in a dark colour scheme (Fusion with dark roles, as a dark desktop gives it):
// banners and problem markers take their colours from the palette, so they are dark with light
// text, not light strips with dark text. Pictures: CE_BINARY_DIR/screenshots/*-dark.png, and a
// light one of the same window for comparison.
class TestDarkPalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void tonesFollowThePalette_data();
    void tonesFollowThePalette();
    void editorDark();
    void viewerBannerDark();
    void errorBannerDark();
    void problemMarkerDark();
    void editorLight();

private:
    static QPalette darkPalette();
    ContactEditor *openAs(const QString &user, int contactId);
    void shoot(QWidget *widget, const QString &name);
    static void checkBanner(MessageBanner *banner, bool dark);

    SandboxProcess m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QDir m_dir;
    QPalette m_light;
};

QPalette TestDarkPalette::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

void TestDarkPalette::initTestCase()
{
    UiTest::isolateSettings();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
    QApplication::setPalette(darkPalette());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_dir.setPath(QStringLiteral(CE_BINARY_DIR "/screenshots"));
    QVERIFY(m_dir.mkpath(QStringLiteral(".")));
}

void TestDarkPalette::cleanup()
{
    m_window.reset();
    m_sandbox.reset();
    QApplication::setPalette(darkPalette());
}

void TestDarkPalette::cleanupTestCase()
{
    m_sandbox.stop();
}

// Banners read in both schemes: at least WCAG AA contrast for their text, dark on dark windows.
void TestDarkPalette::tonesFollowThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDarkPalette::tonesFollowThePalette()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : m_light;
    for (auto tone :
         {PaletteTones::Tone::Info, PaletteTones::Tone::Warning, PaletteTones::Tone::Error}) {
        const QColor background = PaletteTones::background(palette, tone);
        QVERIFY(PaletteTones::contrast(background, palette.color(QPalette::WindowText)) >= 4.5);
        QCOMPARE(PaletteTones::luminance(background) < 0.3, dark);
        // Visibly a banner, not the window itself.
        QVERIFY(background != palette.color(QPalette::Window));
    }
    const QColor problem = PaletteTones::problemText(palette);
    QVERIFY2(PaletteTones::contrast(problem, palette.color(QPalette::Base)) >= 4.5,
             qPrintable(problem.name()));
    QVERIFY(problem.red() > problem.green() && problem.red() > problem.blue());
}

ContactEditor *TestDarkPalette::openAs(const QString &user, int contactId)
{
    m_window = UiTest::signedInWindow(m_sandbox, user);
    if (!m_window)
        return nullptr;
    m_window->resize(1280, 900);
    ContactEditor *editor = UiTest::openAndWait(m_window.get(), contactId);
    if (!editor)
        return nullptr;
    auto *classification = editor->section<ClassificationSection>();
    if (!QTest::qWaitFor([&] {
            return classification->picker(QStringLiteral("CustomerLanguage"))->count() > 1;
        }))
        return nullptr;
    return editor;
}

void TestDarkPalette::shoot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap pixmap = widget->grab();
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QVERIFY2(pixmap.save(path), qPrintable(path));
    QVERIFY(QFileInfo(path).size() > 8 * 1024);
}

void TestDarkPalette::checkBanner(MessageBanner *banner, bool dark)
{
    QVERIFY(banner->isVisible());
    const QColor background = banner->palette().color(QPalette::Window);
    auto *label = banner->findChild<QLabel *>();
    QVERIFY(label);
    const QColor text = label->palette().color(QPalette::WindowText);
    QVERIFY2(PaletteTones::contrast(background, text) >= 4.5,
             qPrintable(background.name() + QLatin1Char('/') + text.name()));
    QVERIFY2((PaletteTones::luminance(background) < 0.3) == dark, qPrintable(background.name()));
    // What is painted is what the palette says (the banner fills its background).
    const QImage image = banner->grab().toImage();
    QCOMPARE(QColor(image.pixel(image.width() - 3, image.height() / 2)).lightness() < 100, dark);
}

void TestDarkPalette::editorDark()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    QTest::keyClicks(m_window->searchPanel()->searchEdit(), QStringLiteral("B"));
    QTRY_VERIFY(m_window->searchPanel()->statusText().contains(QLatin1String("match")));
    QLineEdit *department = editor->findChild<QLineEdit *>(QStringLiteral("Department"));
    department->setFocus();
    QTest::keyClicks(department, QStringLiteral("Consulting"));
    shoot(m_window.get(), QStringLiteral("editor-dark.png"));
}

void TestDarkPalette::viewerBannerDark()
{
    ContactEditor *editor = openAs(QStringLiteral("viewer"), 1);
    QVERIFY(editor);
    checkBanner(editor->statusBanner(), true);
    shoot(m_window.get(), QStringLiteral("editor-viewer-dark.png"));
}

void TestDarkPalette::errorBannerDark()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    QLineEdit *name = editor->section<IdentitySection>()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" Vest"));
    QVERIFY(m_sandbox.addFault({{QStringLiteral("path"), QStringLiteral("SaveContactEntity")},
                                {QStringLiteral("kind"), QStringLiteral("status")},
                                {QStringLiteral("status"), 500}}));
    UiTest::pressKeys(m_window.get(), QKeySequence::Save);
    QTRY_VERIFY(editor->banner()->isVisible());
    QCOMPARE(editor->banner()->kind(), MessageBanner::Kind::Error);
    checkBanner(editor->banner(), true);
    shoot(m_window.get(), QStringLiteral("editor-error-dark.png"));
}

// A list's problem line (an address that does not parse) in a red that reads on dark.
void TestDarkPalette::problemMarkerDark()
{
    ContactEditor *editor = openAs(QStringLiteral("demo"), 1);
    QVERIFY(editor);
    bool checked = false;
    for (ElementListEditor *list : editor->findChildren<ElementListEditor *>()) {
        auto *problems = list->findChild<QLabel *>(QStringLiteral("problems"));
        if (!problems)
            continue;
        const QColor text = problems->palette().color(QPalette::WindowText);
        const QColor window = problems->palette().color(QPalette::Window);
        QVERIFY2(PaletteTones::contrast(text, window) >= 4.5,
                 qPrintable(text.name() + QLatin1Char('/') + window.name()));
        checked = true;
    }
    QVERIFY(checked);
}

void TestDarkPalette::editorLight()
{
    QApplication::setPalette(m_light);
    ContactEditor *editor = openAs(QStringLiteral("viewer"), 1);
    QVERIFY(editor);
    checkBanner(editor->statusBanner(), false);
    shoot(m_window.get(), QStringLiteral("editor-viewer-light.png"));
}

QTEST_MAIN(TestDarkPalette)
#include "tst_darkpalette.moc"
