#include "palettetones.h"

#include <QtMath>

namespace {

QColor blend(const QColor &under, const QColor &over, qreal amount)
{
    return QColor::fromRgbF(under.redF() + (over.redF() - under.redF()) * amount,
                            under.greenF() + (over.greenF() - under.greenF()) * amount,
                            under.blueF() + (over.blueF() - under.blueF()) * amount);
}

bool isDark(const QColor &colour)
{
    return PaletteTones::luminance(colour) < 0.3;
}

} // namespace

QColor PaletteTones::hue(Tone tone)
{
    switch (tone) {
    case Tone::Info:
        return QColor::fromHsl(213, 200, 128);
    case Tone::Warning:
        return QColor::fromHsl(42, 230, 120);
    case Tone::Error:
        return QColor::fromHsl(0, 190, 120);
    }
    return QColor();
}

QColor PaletteTones::background(const QPalette &palette, Tone tone)
{
    const QColor window = palette.color(QPalette::Window);
    return blend(window, hue(tone), isDark(window) ? 0.32 : 0.16);
}

QColor PaletteTones::problemText(const QPalette &palette)
{
    // As light as the palette's text is dark, or the other way round: the contrast with the
    // base stays what the scheme chose for its text.
    const QColor text = palette.color(QPalette::Text);
    return isDark(palette.color(QPalette::Base))
               ? QColor::fromHsl(0, 220, 175)
               : QColor::fromHsl(0, 180, qMin(95, text.lightness() + 95));
}

qreal PaletteTones::luminance(const QColor &colour)
{
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

qreal PaletteTones::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}
